"""The core of Briefing: domain, store, interchange and pack assembly. No Qt here."""
