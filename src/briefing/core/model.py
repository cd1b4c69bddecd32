"""Domain dataclasses shared by the store, the interchange file, the pack and the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class Status(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    DONE = "done"


class Role(StrEnum):
    """A participant's role in a visit, in the order the pack lists them."""

    DELEGATION = "delegation"
    HOST = "host"
    SPEAKER = "speaker"
    ESCORT = "escort"
    OTHER = "other"


ROLE_ORDER = {role: rank for rank, role in enumerate(Role)}


def stored_id(object_id: int | None) -> int:
    """The id of an object read from the store, which always has one (``id`` is None only on an
    object not saved yet); ValueError for None."""
    if object_id is None:
        raise ValueError("the object is not in the store: it has no id yet")
    return object_id


class Precedence(StrEnum):
    """Within the delegation and the hosts: the head comes first, the deputy head second."""

    NONE = ""
    HEAD = "head"
    DEPUTY = "deputy"


PRECEDENCE_ORDER = {Precedence.HEAD: 0, Precedence.DEPUTY: 1, Precedence.NONE: 2}
RANKED_ROLES = (Role.DELEGATION, Role.HOST)  # the roles that have a head and a deputy head

# Programme item kinds the pack tells apart; any other text is kept as entered.
ITEM_KINDS = (
    "meeting",
    "presentation",
    "site_visit",
    "workshop",
    "panel",
    "meal",
    "transfer",
    "reception",
    "other",
)


@dataclass
class Organisation:
    name: str
    country: str = ""
    notes: str = ""
    id: int | None = None


@dataclass
class Contact:
    name: str
    name_latin: str = ""
    title: str = ""  # honorific
    function: str = ""
    organisation_id: int | None = None
    email: str = ""
    phone: str = ""
    notes: str = ""
    id: int | None = None


@dataclass
class Theme:
    title: str
    summary: str = ""
    talking_points: list[str] = field(default_factory=list)
    id: int | None = None


@dataclass
class Article:
    title: str
    published: str = ""  # ISO date or ""
    source: str = ""
    url: str = ""
    summary: str = ""
    body: str = ""
    theme_ids: list[int] = field(default_factory=list)
    id: int | None = None


@dataclass
class Visit:
    title: str
    start: str  # ISO date
    end: str  # ISO date
    delegation: str = ""
    country: str = ""
    direction: Direction = Direction.INBOUND
    host: str = ""
    location: str = ""
    purpose: str = ""
    classification: str = ""
    status: Status = Status.DRAFT
    id: int | None = None


@dataclass
class Participant:
    contact_id: int
    role: Role = Role.OTHER
    position: int = 0
    precedence: Precedence = Precedence.NONE

    @property
    def rank(self) -> tuple[int, int, int]:
        """Where the pack lists the person: by role, then head and deputy head, then the officer's order."""
        first = PRECEDENCE_ORDER[self.precedence] if self.role in RANKED_ROLES else PRECEDENCE_ORDER[Precedence.NONE]
        return (ROLE_ORDER[self.role], first, self.position)


@dataclass
class ProgrammeItem:
    title: str
    date: str = ""  # ISO date or "" (not yet scheduled)
    start: str = ""  # HH:MM or ""
    end: str = ""  # HH:MM or ""
    location: str = ""
    kind: str = ""
    description: str = ""
    contact_ids: list[int] = field(default_factory=list)
    theme_ids: list[int] = field(default_factory=list)
    position: int = 0
    id: int | None = None

    @property
    def ends_before_start(self) -> bool:
        return bool(self.start and self.end and self.end < self.start)


@dataclass
class VisitArticle:
    article_id: int
    position: int = 0
    full_text: bool = True
    shareable: bool = False  # may go into the pack for the delegation (external audience)


@dataclass
class VisitBundle:
    """A visit with everything it selects, in the visit's order: what dump and the pack read."""

    visit: Visit
    participants: list[Participant]  # role order, then head and deputy head, then the officer's order
    # every contact the visit names (participants and items); a participant with the values it has
    # for this visit, not the library's
    contacts: dict[int, Contact]
    organisations: dict[int, Organisation]  # the visit's own values, in the visit's order
    themes: list[Theme]  # the themes the visit selected, in its order, with the visit's own texts
    items: list[ProgrammeItem]  # by date, start, position
    articles: list[Article]  # the visit's order; theme_ids are the visit's links, in its theme order
    full_text: dict[int, bool]  # article id -> print the full text (else the summary only)
    shareable: dict[int, bool] = field(default_factory=dict)  # article id -> shareable with the delegation
    # themes a programme item or an article names that the visit did not select (not in the pack)
    unselected_themes: list[Theme] = field(default_factory=list)

    def role_of(self, contact_id: int) -> Role:
        for participant in self.participants:
            if participant.contact_id == contact_id:
                return participant.role
        return Role.OTHER


# ------------------------------------------------------------------ summaries
#
# The app's lists show a few fields of many rows (100,000 articles scroll a page at a time), so the
# paged list queries (core/store/queries.py) return these light, read-only views rather than whole
# objects. A summary is not a second model: each one is a subset of its model's fields, under the
# same names and with the same meaning, and its ``id`` is always set (it was read from the store).
# The one field a model lacks is ContactSummary.organisation, the name its organisation_id points to.
# To edit or show the whole thing, read the model object by id (repo.get_contact, get_theme, …).


@dataclass(frozen=True)
class VisitSummary:
    """A Visit in the visit list."""

    id: int
    title: str
    start: str
    end: str
    status: Status
    delegation: str


@dataclass(frozen=True)
class ContactSummary:
    """A Contact in the contact lists; ``organisation`` is its organisation's name ("" for none)."""

    id: int
    name: str
    name_latin: str
    function: str
    organisation: str
    email: str
    phone: str


@dataclass(frozen=True)
class ArticleSummary:
    """An Article in the article lists (no text: a body can be megabytes)."""

    id: int
    title: str
    published: str
    source: str


@dataclass(frozen=True)
class ThemeSummary:
    """A Theme in the theme lists (no talking points)."""

    id: int
    title: str
    summary: str
