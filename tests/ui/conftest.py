"""UI tests: no background job outlives its test (a thread destroyed while running aborts Qt)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _join_background_jobs(qapp):
    yield
    from briefing.ui.worker import wait_all

    wait_all()
