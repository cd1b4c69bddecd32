"""The people of a visit: who comes and who receives them, with their role and order of precedence.
People are added from the contacts library (search as you type) or made on the spot. A person's
details here are the visit's own (the person's role at that time, what matters on this visit): they
start from the library's contact, are edited for this visit alone, and take the library's newer
details only when the officer applies them. Each change is one undoable edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.core import edit
from briefing.core.errors import NotFound
from briefing.core.model import RANKED_ROLES, Contact, ContactSummary, Precedence, Role
from briefing.core.store import queries, repo
from briefing.ui.pages.base import Page
from briefing.ui.session import Session, one_undo_step
from briefing.ui.widgets import connect_click
from briefing.ui.widgets.contact_dialog import ContactDialog, organisation_change
from briefing.ui.widgets.ordered_picker import OrderedPicker, OrderedTree, button
from briefing.ui.widgets.roles import ID_ROLE, NEWER_ROLE

# what each kind of edit touches
PARTICIPANT_AREAS = ("people", "programme")
NEW_CONTACT_AREAS = ("contacts", "library", "people")


def organisation_names(store) -> list[str]:
    return repo.organisation_names(store)


def update_participant(
    session: Session, visit_id: int, contact: Contact, organisation_now: str, fields: dict, organisation: str
) -> bool:
    """Save what the dialog changed in a person's details for this visit, as one undoable edit. The
    organisation must already be in the library (the dialog suggests the known ones); an unknown name
    keeps the current organisation and the session says so. Returns whether anything was saved."""
    changes = {k: v for k, v in fields.items() if getattr(contact, k) != v}
    changes.update(organisation_change(session, contact.name, organisation_now, organisation, contact.organisation_id))
    if not changes or contact.id is None:
        return False
    contact_id = contact.id
    label = QCoreApplication.translate("PeoplePage", "Edit {} for this visit").format(
        fields.get("name") or contact.name
    )
    return (
        session.do(
            lambda: edit.update_participant(session.store, visit_id, contact_id, label=label, **changes),
            PARTICIPANT_AREAS,
            label,
        )
        is not None
    )


class PeoplePage(Page):
    areas = frozenset({"people", "contacts"})

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("People")
        self._loading = False
        self._contacts: dict[int, tuple[Contact, str]] = {}  # the visit's people: their details, organisation
        self._library: repo.LibraryDetails | None = None  # the library's side of the visit's people
        self.role_names = {
            Role.DELEGATION: self.tr("Delegation"),
            Role.HOST: self.tr("Host"),
            Role.SPEAKER: self.tr("Speaker"),
            Role.ESCORT: self.tr("Escort"),
            Role.OTHER: self.tr("Other"),
        }

        self.empty = QLabel(self.tr("Choose a visit on the left to see and arrange its people."), self)
        self.empty.setObjectName("people_hint")
        self.empty.setWordWrap(True)

        # -- the visit's people, beside the contacts library
        self.tree = OrderedTree()
        self.tree.setObjectName("people_list")
        self.picker = OrderedPicker(
            self,
            name="people",
            view=self.tree,
            heading=self.tr("People of this visit, in order of precedence"),
            search_label=self.tr("&Search contacts"),
            search_placeholder=self.tr("Name, function, organisation or e-mail"),
            columns=[
                (self.tr("Name"), _contact_name),
                (self.tr("Function"), lambda r: r.function),
                (self.tr("Organisation"), lambda r: r.organisation),
            ],
            fetch=lambda query, offset, limit: queries.contacts(self.store, query, offset, limit),
            shared=(0, 1, 2),
            texts={
                "up": self.tr("Move &up"),
                "down": self.tr("Move do&wn"),
                "remove": self.tr("&Remove"),
                "add": self.tr("A&dd"),
                "new": self.tr("&New contact…"),
            },
            on_add=self.add_selected_contact,
            on_remove=self.remove_selected,
            on_move=self.move_selected,
            on_drop=self.apply_list_order,
            on_new=self.new_contact,
            can_move=lambda row, step: self._neighbour(row, step) is not None,
        )
        left, right = self.picker.left, self.picker.right
        self.up, self.down, self.remove = self.picker.up, self.picker.down, self.picker.remove
        self.add, self.new, self.search = self.picker.add, self.picker.new, self.picker.search
        self.library, self.library_model = self.picker.library, self.picker.library_model
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Function, organisation")])
        self.tree.setToolTip(
            self.tr("Drag (or Ctrl+Up, Ctrl+Down) to change the order within a role. Delete removes the person.")
        )
        # name and role as wide as they need within a share of the list; function, organisation the rest
        self.tree.fit_columns({0: 0.4, 1: 0.3})
        self.role = QComboBox(left)
        self.role.setObjectName("people_role")
        for value, text in self.role_names.items():
            self.role.addItem(text, str(value))
        role_label = QLabel(self.tr("Ro&le"), left)
        role_label.setBuddy(self.role)
        self.precedence = QComboBox(left)
        self.precedence.setObjectName("people_precedence")
        self.precedence.addItem(self.tr("—"), str(Precedence.NONE))
        self.precedence.addItem(self.tr("Head"), str(Precedence.HEAD))
        self.precedence.addItem(self.tr("Deputy head"), str(Precedence.DEPUTY))
        self.precedence.setToolTip(
            self.tr("The head of the delegation (or of the hosts) comes first, the deputy second")
        )
        self.edit_button = button(self.tr("&Edit for this visit…"), "people_edit", left)
        self.newer = QLabel(left)
        self.newer.setObjectName("people_newer")
        self.newer.setWordWrap(True)
        self.apply_library = button(self.tr("Apply &library details"), "people_apply_library", left)
        self.apply_library.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.apply_library.setToolTip(self.tr("Take the library's newer details into this visit (undo takes them out)"))
        row = QHBoxLayout()  # short rows, so the page fits a small window in every language
        row.addWidget(role_label)
        row.addWidget(self.role)
        row.addWidget(self.precedence)
        row.addStretch(1)
        row_edit = QHBoxLayout()
        row_edit.addWidget(self.edit_button)
        row_edit.addStretch(1)
        row3 = QHBoxLayout()
        row3.addWidget(self.newer, 1)
        row3.addWidget(self.apply_library)
        self.picker.add_left(self.tree, 1)
        self.picker.add_left(row)
        self.picker.add_left(self.picker.move_row)
        self.picker.add_left(row_edit)
        self.picker.add_left(row3)
        self.picker.needs_selection(self.role, self.edit_button)
        self.library.setColumnWidth(0, 200)
        self.add_role = QComboBox(right)
        self.add_role.setObjectName("people_add_role")
        for value, text in self.role_names.items():
            self.add_role.addItem(text, str(value))
        add_role_label = QLabel(self.tr("Add &as"), right)
        add_role_label.setBuddy(self.add_role)
        row = QHBoxLayout()
        row.addWidget(add_role_label)
        row.addWidget(self.add_role, 1)
        self.picker.add_right(row)

        self.content = self.picker
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.picker, 1)

        # -- wiring
        self.tree.currentItemChanged.connect(lambda *_: self._show_selection())
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.role.activated.connect(lambda _i: self.set_role(self.role.currentData()))
        self.precedence.activated.connect(lambda _i: self.set_precedence(self.precedence.currentData()))
        connect_click(self.apply_library, self.apply_library_details)
        connect_click(self.edit_button, self.edit_selected)

        self.reload()
        self.library.select_id(None)

    # -- reading
    def reload(self) -> None:
        self._loading = True
        try:
            has_visit = self.visit_id is not None
            self.empty.setVisible(not has_visit)
            self.content.setEnabled(has_visit)
            keep = self.current_contact_id()
            self.tree.clear()
            self._contacts = {}
            self._library = None
            visit_id = self.visit_id
            if visit_id is not None:
                try:
                    bundle = repo.visit_bundle(self.store, visit_id)
                    self._library = repo.library_details(self.store, visit_id)
                except NotFound:
                    self.visit_id = None
                    self.reload()
                    return
                newer_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
                for participant in bundle.participants:
                    contact = bundle.contacts[participant.contact_id]
                    org = bundle.organisations.get(contact.organisation_id) if contact.organisation_id else None
                    org_name = org.name if org else ""
                    self._contacts[participant.contact_id] = (contact, org_name)
                    name = _display_name(contact.name, contact.name_latin)
                    rank = {Precedence.HEAD: self.tr("head"), Precedence.DEPUTY: self.tr("deputy head")}.get(
                        participant.precedence
                    )
                    role = self.role_names[participant.role]
                    item = QTreeWidgetItem(
                        [
                            name,
                            f"{role} ({rank})" if rank and participant.role in RANKED_ROLES else role,
                            ", ".join(t for t in (contact.function, org_name) if t),
                        ]
                    )
                    item.setData(0, ID_ROLE, participant.contact_id)
                    item.setData(1, ID_ROLE, str(participant.role))
                    item.setData(2, ID_ROLE, str(participant.precedence))
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                    )
                    details = [contact.title, contact.email, contact.phone, contact.notes]
                    newer = self._library.newer_people.get(participant.contact_id)
                    if newer:
                        item.setIcon(0, newer_icon)
                        details.append(self._newer_text(newer))
                    item.setData(0, NEWER_ROLE, bool(newer))
                    item.setToolTip(0, "\n".join(t for t in details if t))
                    self.tree.addTopLevelItem(item)
                self._select_contact(keep)
        finally:
            self._loading = False
        self._show_selection()

    def _newer_text(self, newer) -> str:
        """'The library has newer details: function, phone.'"""
        names = {
            "name": self.tr("name"),
            "name_latin": self.tr("name in Latin script"),
            "title": self.tr("honorific"),
            "function": self.tr("function"),
            "organisation": self.tr("organisation"),
            "email": self.tr("e-mail"),
            "phone": self.tr("phone"),
            "notes": self.tr("notes"),
        }
        return self.tr("The library has newer details: {}.").format(
            ", ".join(names.get(d.field, d.field) for d in newer)
        )

    def _on_changed(self, areas: frozenset[str]) -> None:
        if areas & self.areas:
            self.reload()
        if areas & {"contacts", "library"}:
            self.refresh_library()

    def refresh_library(self) -> None:
        self.picker.refresh_library()

    def apply_search(self) -> None:
        """Search the library for what is in the search field now (typing waits a moment first)."""
        self.picker.apply_search()

    def _items(self) -> list[QTreeWidgetItem]:
        """The list's rows, top to bottom."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def participant_ids(self) -> list[int]:
        """The visit's people as the list shows them."""
        return [item.data(0, ID_ROLE) for item in self._items()]

    def current_contact_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _select_contact(self, contact_id: int | None) -> None:
        items = self._items()
        for item in items:
            if item.data(0, ID_ROLE) == contact_id:
                self.tree.setCurrentItem(item)
                return
        if items:
            self.tree.setCurrentItem(items[0])

    def _show_selection(self) -> None:
        if self._loading:
            return
        item = self.tree.currentItem()
        if item is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(item.data(1, ID_ROLE))))
            self.precedence.setCurrentIndex(max(0, self.precedence.findData(item.data(2, ID_ROLE))))
        newer = self._newer_of(self.current_contact_id())
        self.newer.setText(self._newer_text(newer) if newer else "")
        self.newer.setVisible(bool(newer))
        self._update_buttons()

    def _newer_of(self, contact_id: int | None) -> tuple:
        if contact_id is None or self._library is None:
            return ()
        return self._library.newer_people.get(contact_id, ())

    def _update_buttons(self) -> None:
        self.picker.enabled_for_visit = self.visit_id is not None
        self.picker.update_buttons()
        item = self.picker.selected_item()
        self.precedence.setEnabled(item is not None and item.data(1, ID_ROLE) in RANKED_ROLES)
        self.apply_library.setEnabled(item is not None and bool(self._newer_of(self.current_contact_id())))

    def _neighbour(self, index: int, step: int) -> int | None:
        """The row next to ``index`` in the same role (the list keeps roles together)."""
        other = index + step
        if index < 0 or not (0 <= other < self.tree.topLevelItemCount()):
            return None
        here, there = self.tree.topLevelItem(index), self.tree.topLevelItem(other)
        if here is None or there is None:
            return None
        return other if here.data(1, ID_ROLE) == there.data(1, ID_ROLE) else None

    # -- editing: one undoable step each
    def _do(self, action, label: str, areas: tuple[str, ...] = PARTICIPANT_AREAS):
        if self.visit_id is None:
            return None
        return self.session.do(action, areas, label)

    def add_contact(self, contact_id: int, role: str | None = None) -> bool:
        visit_id = self.visit_id
        if visit_id is None:
            return False
        role = role or self.add_role.currentData()
        name = self._library_name(contact_id)
        change = self._do(
            lambda: edit.add_participant(self.store, visit_id, contact_id, role),
            self.tr("Add {}").format(name) if name else self.tr("Add person"),
        )
        if change is not None:
            self._select_contact(contact_id)
        return change is not None

    def add_selected_contact(self) -> None:
        contact_id = self.library.current_id()
        if contact_id is not None:
            self.add_contact(contact_id)

    def _library_name(self, contact_id: int) -> str:
        row = self.library_model.row_of_id(contact_id)
        obj = self.library_model.row_object(row)
        return obj.name if isinstance(obj, ContactSummary) else ""

    def _do_for(self, contact_id: int | None, action: Callable[[int, int], edit.Change], label: str) -> None:
        """``action(visit_id, contact_id)`` for the person ``contact_id`` (None: the current one), as
        one undoable edit named ``label`` with their name for its {}."""
        contact_id = contact_id if contact_id is not None else self.current_contact_id()
        if contact_id is None or self.visit_id is None:
            return
        visit_id, person = self.visit_id, contact_id
        name = self._contacts[contact_id][0].name if contact_id in self._contacts else ""
        self._do(lambda: action(visit_id, person), label.format(name))

    def set_role(self, role: str, contact_id: int | None = None) -> None:
        self._do_for(
            contact_id,
            lambda visit_id, person: edit.set_participant_role(self.store, visit_id, person, role),
            self.tr("Role of {}"),
        )

    def set_precedence(self, precedence: str, contact_id: int | None = None) -> None:
        """Make the person head or deputy head of their delegation or of the hosts ("" for neither)."""
        self._do_for(
            contact_id,
            lambda visit_id, person: edit.set_participant_precedence(self.store, visit_id, person, precedence),
            self.tr("Precedence of {}"),
        )

    def apply_library_details(self, contact_id: int | None = None) -> None:
        """Take the library's newer details of the person into this visit."""
        self._do_for(
            contact_id,
            lambda visit_id, person: edit.apply_library_details(self.store, visit_id, contact_ids=[person]),
            self.tr("Library details for {}"),
        )

    def remove_selected(self) -> None:
        item = self.tree.currentItem()
        contact_id = self.current_contact_id()
        if item is None or contact_id is None or self.visit_id is None:
            return
        visit_id = self.visit_id
        index = self.tree.indexOfTopLevelItem(item)
        name = self._contacts[contact_id][0].name if contact_id in self._contacts else ""
        self._do(
            lambda: edit.remove_participant(self.store, visit_id, contact_id),
            self.tr("Remove {}").format(name),
        )
        items = self._items()
        if items:  # keep the cursor where it was, for removing several
            self.tree.setCurrentItem(items[min(index, len(items) - 1)])

    def reorder(self, contact_ids: list[int]) -> None:
        """Put the visit's people in this order of precedence (within each role)."""
        if self.visit_id is None:
            return
        visit_id, ordered = self.visit_id, list(contact_ids)
        self._do(lambda: edit.reorder_participants(self.store, visit_id, ordered), self.tr("Reorder people"))

    def apply_list_order(self) -> None:
        """After a drag: store the order the list now shows."""
        keep = self.current_contact_id()
        self.reorder(self.participant_ids())
        self.reload()  # also when nothing changed: the list shows the stored order again
        self._select_contact(keep)

    def move_selected(self, step: int) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        index = self.tree.indexOfTopLevelItem(item)
        other = self._neighbour(index, step)
        if other is None:
            return
        ids = self.participant_ids()
        ids[index], ids[other] = ids[other], ids[index]
        self.reorder(ids)

    def new_contact(self) -> None:
        if self.visit_id is None:
            return
        dialog = ContactDialog(self, organisations=organisation_names(self.store))
        text = self.search.text().strip()
        if text and self.library_model.rowCount() == 0:
            dialog.lines["name"].setText(text)  # what was searched for and not found
        if dialog.exec() == QDialog.DialogCode.Accepted:
            fields, organisation = dialog.values()
            self.add_new_contact(fields, organisation)

    def add_new_contact(self, fields: dict, organisation: str = "", role: str | None = None) -> int | None:
        """Make a contact in the library and add it to the visit: one step to undo."""
        if self.visit_id is None:
            return None
        visit_id, role = self.visit_id, role or self.add_role.currentData()
        contact = Contact(**{k: v for k, v in fields.items() if k in ContactDialog.FIELDS})
        label = self.tr("New contact {}").format(contact.name)
        with one_undo_step(self.session, label):
            made = self.session.do(lambda: edit.create_contact(self.store, contact, organisation), NEW_CONTACT_AREAS)
            if made is None:
                return None
            contact_id = made.result
            self.session.do(lambda: edit.add_participant(self.store, visit_id, contact_id, role), PARTICIPANT_AREAS)
        self._select_contact(contact_id)
        return contact_id

    def edit_selected(self) -> None:
        """Edit the selected person's details for this visit, the library's shown beside them."""
        contact_id = self.current_contact_id()
        if contact_id is None or contact_id not in self._contacts:
            return
        contact, org_name = self._contacts[contact_id]
        library = None
        if self._library is not None and contact_id in self._library.contacts:
            held = self._library.contacts[contact_id]
            library = (held, self._library.organisations.get(held.organisation_id, "") if held.organisation_id else "")
        dialog = ContactDialog(self, contact, org_name, organisations=organisation_names(self.store), library=library)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            fields, organisation = dialog.values()
            self.edit_contact(contact_id, fields, organisation)

    def edit_contact(self, contact_id: int, fields: dict, organisation: str) -> bool:
        """Save a person's details for this visit (the library's contact keeps its own)."""
        if contact_id not in self._contacts or self.visit_id is None:
            return False
        contact, org_name = self._contacts[contact_id]
        return update_participant(self.session, self.visit_id, contact, org_name, fields, organisation)

    def show_row(self, contact_id: int) -> bool:
        """Select the visit's person ``contact_id``; False if the visit has no such person."""
        if contact_id not in self._contacts:
            return False
        self._select_contact(contact_id)
        return True


def _display_name(name: str, latin: str) -> str:
    return f"{name} ({latin})" if latin and latin != name else name


def _contact_name(row: ContactSummary) -> str:
    return _display_name(row.name, row.name_latin)


__all__ = [
    "PeoplePage",
    "one_undo_step",
    "organisation_names",
    "update_participant",
]
