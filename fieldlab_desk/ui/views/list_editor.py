"""A list of records beside the form that edits the selected one: fieldlabs, organisations, people.

Subclasses name their kind of record and how the form shows one; listing, saving, creating,
deleting and undo are the same for all of them (named edits of ``services.catalog``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain.access import Area
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.services import catalog
from fieldlab_desk.services.catalog import Participation, RecordKind
from fieldlab_desk.services.edits import created_id
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import (
    KeyActions,
    explain_held,
    filter_field,
    named,
    show_problem,
    showing_closed_file,
)


class ListEditor(QWidget):
    project_requested = Signal(int)
    """Emitted with a project id when the user opens a project this record takes part in."""

    kind: RecordKind
    ui: Any  # the compiled Designer form of the editor on the right

    def __init__(
        self, context: PageContext, form: QWidget, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.context = context
        self.document = context.document
        self.current_id: int | None = None
        self._loading = False
        self.form = form
        self.filter = filter_field(f"{name}Filter")
        self.list = named(QListWidget(), f"{name}List")
        self.new_button = named(QPushButton(), f"{name}New")
        self.delete_button = named(QPushButton(), f"{name}Delete")
        self.empty = named(QLabel(), f"{name}Empty")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(form, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([320, 640])
        QVBoxLayout(self).addWidget(splitter)
        self.list.currentItemChanged.connect(self._selected)
        self.filter.textChanged.connect(self._apply_filter)
        self.new_button.clicked.connect(self.create_record)
        self.delete_button.clicked.connect(self.delete_record)
        KeyActions(self.list, delete=self.delete_record)
        self.retranslate_base()

    # to fill in ------------------------------------------------------------------------
    def show_record(self, record_id: int) -> None:
        raise NotImplementedError

    def validate(self, values: dict[str, Any]) -> list[ValidationError]:
        """The rules ``values`` (one field being saved) break; by default, the name's."""
        if "name" not in values:
            return []
        return self.document.read(catalog.validate_name, self.kind, values["name"], self.current_id)

    def error_labels(self) -> dict[str, QLabel]:
        return {}

    def texts(self) -> dict[str, str]:
        """new, delete, filter, empty, create, edit, remove, confirm (with %1)."""
        raise NotImplementedError

    # the shared part -------------------------------------------------------------------
    def reload(self) -> None:
        self._loading = True
        try:
            self.list.clear()
            for record in self.document.read(catalog.records, self.kind):
                item = QListWidgetItem(record.name_nl)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                self.list.addItem(item)
        finally:
            self._loading = False
        self._apply_filter(self.filter.text())
        self.select(self.current_id)
        writable = not self.document.held(Area.REFERENCE)
        self.new_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and self.current_id is not None)
        self.form.setEnabled(self.current_id is not None)
        for child in self.form.findChildren(QWidget):
            if hasattr(child, "setReadOnly"):
                child.setReadOnly(not writable)
            elif isinstance(child, QComboBox | QAbstractButton):
                child.setEnabled(writable)
        explain_held(self, self.document.why_held(Area.REFERENCE, language=self.context.language))

    def select(self, record_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
                self.list.setCurrentRow(row)
                return
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show(None)

    def _selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._loading:
            return
        self._show(current.data(Qt.ItemDataRole.UserRole) if current is not None else None)

    def _show(self, record_id: int | None) -> None:
        self.current_id = record_id
        self.form.setVisible(record_id is not None)
        self.empty.setVisible(record_id is None)
        self.delete_button.setEnabled(
            record_id is not None and not self.document.held(Area.REFERENCE)
        )
        if record_id is None:
            return
        self._loading = True
        try:
            for label in self.error_labels().values():
                show_problem(label, None)
            self.show_record(record_id)
        finally:
            self._loading = False

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def save(self, field: str, value: Any) -> None:
        """Save one field of the selected record, after validating the whole form."""
        if self._loading or self.current_id is None or self.document.held(Area.REFERENCE):
            return
        problems = self.validate({field: value})
        for name, label in self.error_labels().items():
            message = next(
                (p.message(self.context.language) for p in problems if p.field == name), None
            )
            show_problem(label, message)
        if any(p.field == field for p in problems):
            return
        self.document.edit(catalog.set_record_field, self.texts()["edit"], self.kind,
                           self.current_id, field, value)  # fmt: skip

    def create_record(self) -> None:
        if self.document.held(Area.REFERENCE):
            return
        texts = self.texts()
        inverse = self.document.edit(catalog.add_record, texts["create"], self.kind, texts["base"])
        if inverse is not None:
            self.current_id = created_id(inverse)
            self.reload()
            name = self.form.findChild(QLineEdit, "nameEdit")
            if name is not None:  # the new record's name, selected: typing replaces it
                name.setFocus(Qt.FocusReason.OtherFocusReason)
                name.selectAll()
            else:
                self.form.setFocus()

    def delete_record(self) -> None:
        if self.current_id is None or self.document.held(Area.REFERENCE):
            return
        name = self.list.currentItem().text() if self.list.currentItem() else ""
        answer = QMessageBox.question(
            self, self.texts()["remove"], self.texts()["confirm"].replace("%1", name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.document.edit(
            catalog.delete_record, self.texts()["remove"], self.kind, self.current_id
        ):
            self.current_id = None
            self.reload()

    def show_participations(
        self, widget: QListWidget, items: list[Participation], suffix: dict[int, str] | None = None
    ) -> None:
        """The projects a record takes part in; Enter or a double-click opens one."""
        widget.clear()
        for item in items:
            entry = QListWidgetItem(
                f"{item.code} — {item.title}" + (suffix or {}).get(item.project_id, "")
            )
            entry.setData(Qt.ItemDataRole.UserRole, item.project_id)
            widget.addItem(entry)
        if not widget.property("opensProjects"):
            widget.setProperty("opensProjects", True)
            widget.itemActivated.connect(self._open_project)

    def _open_project(self, item: QListWidgetItem) -> None:
        project_id = item.data(Qt.ItemDataRole.UserRole)
        if project_id is not None:
            self.project_requested.emit(int(project_id))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not showing_closed_file(self):
            self.ui.retranslateUi(self.form)
            self.retranslate_base()
            if self.current_id is not None:
                self._show(self.current_id)
        super().changeEvent(event)

    def retranslate_base(self) -> None:
        texts = self.texts()
        self.new_button.setText(texts["new"])
        self.new_button.setAccessibleName(texts["new"].replace("&", "").rstrip("…"))
        self.delete_button.setText(texts["delete"])
        self.delete_button.setAccessibleName(texts["delete"].replace("&", ""))
        self.filter.setPlaceholderText(texts["filter"])
        self.filter.setAccessibleName(texts["filter"])
        self.list.setAccessibleName(texts["list"])
        self.empty.setText(texts["empty"])
        if self.document.held(Area.REFERENCE):  # the reason, in the language now spoken
            explain_held(
                self, self.document.why_held(Area.REFERENCE, language=self.context.language)
            )

    def refresh(self, _tables: frozenset[str]) -> None:
        self.reload()
