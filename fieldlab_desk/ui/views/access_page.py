"""Toegang: who may do what on the server — every login with its roles, its projects and the
name it gave, and giving or taking a role. Shown only to a beheerder on a server (on a file
there are no logins); the same as ``fieldlab-desk access``. The server holds the rules: this
page only makes logins members of its roles."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain.enums import Role
from fieldlab_desk.services import access
from fieldlab_desk.services.access import AccessRow
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import KeyActions, Retranslating, named, read_only_table, table_cell


class AccessPage(Retranslating, QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessPage")
        self.context = context
        self.document = context.document
        self.rows: list[AccessRow] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = read_only_table("accessTable", 4)
        self.table.itemSelectionChanged.connect(self._chosen)
        KeyActions(self.table, delete=self.remove_all)
        self.login = named(QLineEdit(), "accessLogin")
        self.role = named(QComboBox(), "accessRole")
        self.projects = named(QLineEdit(), "accessProjects")
        self.labels = {edit: QLabel() for edit in (self.login, self.role, self.projects)}
        for edit, shown in self.labels.items():
            shown.setBuddy(edit)
        self.give = named(QPushButton(), "accessGive")
        self.take_role = named(QPushButton(), "accessTakeRole")
        self.take_all = named(QPushButton(), "accessTakeAll")
        self.give.setDefault(True)
        self.give.clicked.connect(self.give_access)
        self.login.returnPressed.connect(self.give_access)
        self.projects.returnPressed.connect(self.give_access)
        self.take_role.clicked.connect(self.remove_role)
        self.take_all.clicked.connect(self.remove_all)
        form = QFormLayout()
        for edit, shown in self.labels.items():
            form.addRow(shown, edit)
        buttons = QHBoxLayout()
        for button in (self.give, self.take_role, self.take_all):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.retranslate()

    def refresh(self, tables: frozenset[str]) -> None:
        if self.document.closed:
            return
        chosen = self._selected()
        self.rows = self.document.read(access.access_list)
        language = self.context.language
        self.table.setRowCount(len(self.rows))
        for row, shown in enumerate(self.rows):
            roles = ", ".join(label(role, language) for role in shown.roles) or "—"
            cells = (shown.login, roles, ", ".join(shown.projects) or "—", shown.display_name)
            for column, value in enumerate(cells):
                self.table.setItem(row, column, table_cell(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        logins = [r.login for r in self.rows]
        if chosen is not None and chosen.login in logins:
            self.table.selectRow(logins.index(chosen.login))
        self._chosen()

    def _selected(self) -> AccessRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _chosen(self) -> None:
        chosen = self._selected()
        self.take_role.setEnabled(chosen is not None and bool(chosen.roles))
        self.take_all.setEnabled(chosen is not None)
        if chosen is None:
            return
        self.login.setText(chosen.login)
        if chosen.roles:
            self.role.setCurrentIndex(list(Role).index(chosen.roles[0]))
        self.projects.setText(", ".join(chosen.projects))

    def _codes(self) -> tuple[str, ...]:
        words = self.projects.text().replace(";", ",").split(",")
        return tuple(word.strip() for word in words if word.strip())

    def _role(self) -> Role | None:
        data = self.role.currentData()
        return Role(data) if data else None

    def give_access(self) -> None:
        role = self._role()
        if not self.login.text().strip() or role is None:
            self.login.setFocus()
            return
        codes = self._codes() if role is Role.PROJECTLEIDER else ()
        if self.document.manage(access.grant_access, self.login.text(), role, codes):
            self.refresh(frozenset())

    def remove_role(self) -> None:
        chosen = self._selected()
        role = self._role()
        if chosen is None or role is None:
            return
        if self.document.manage(access.revoke_access, chosen.login, role):
            self.refresh(frozenset())

    def remove_all(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Toegang intrekken"),
            self.tr(
                "Alle rollen en projecten van %1 intrekken? Daarna kan deze login de "
                "database niet meer openen."
            ).replace("%1", chosen.login),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Intrekken"))
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        if self.document.manage(access.revoke_access, chosen.login):
            self.refresh(frozenset())

    def retranslate(self) -> None:
        language = self.context.language
        self.heading.setText(self.tr("Toegang"))
        self.intro.setText(
            self.tr("Wie wat mag op deze server. De database houdt iedere login aan zijn rol, "
                    "ook buiten deze app. Een login maakt de databasebeheerder aan; hier geeft "
                    "u hem een rol, en een projectleider zijn projecten (codes, met komma's).")
        )  # fmt: skip
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Rollen"), self.tr("Projecten"), self.tr("Naam")]
        )
        self.table.setAccessibleName(self.tr("Logins en hun rollen"))
        chosen = self.role.currentIndex()
        self.role.clear()
        for role in Role:
            self.role.addItem(label(role, language), role.value)
        self.role.setCurrentIndex(max(chosen, 0) if chosen >= 0 else list(Role).index(Role.LEZER))
        self.labels[self.login].setText(self.tr("&Login:"))
        self.labels[self.role].setText(self.tr("&Rol:"))
        self.labels[self.projects].setText(self.tr("&Projecten:"))
        self.projects.setPlaceholderText(self.tr("alleen voor een projectleider, bv. SGIA-2024-05"))
        self.give.setText(self.tr("Toegang &geven"))
        self.take_role.setText(self.tr("Rol &intrekken"))
        self.take_all.setText(self.tr("&Alles intrekken"))
