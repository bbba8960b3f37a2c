"""Begroting: a project's budget lines, what is committed and spent on them, and the totals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import figures, formats
from fieldlab_desk.domain.access import Area
from fieldlab_desk.domain.budget import Coverage
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.domain.terms import TermKind, Terms
from fieldlab_desk.domain.texts import coverage_text as coverage_words
from fieldlab_desk.services import budget, catalog
from fieldlab_desk.services.budget import BookingKind, BookingRow, LineRow, ProjectBudgetView
from fieldlab_desk.services.yearplan import norm_cents
from fieldlab_desk.ui.dialogs.budget_dialogs import BookingDialog, BudgetLineDialog
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import KeyActions, Retranslating, named, read_only_table, table_cell

RED = QColor("#b3261e")


DESCRIPTION, SOURCE = 2, 3  # the budget table's columns that give way to the figures
SOURCE_WIDTH = 150  # px: "Cofinanciering partner (…)" is whole on hover


class BudgetTab(Retranslating, QWidget):
    SHOWS = frozenset({"budget_line", "change_request", "commitment", "decision", "decision_grant",
                       "expense", "meeting", "organisation", "project",
                       "reference_term"})  # fmt: skip
    """The record kinds this tab shows: an edit of none of them leaves it as it is."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetTab")
        self.context = context
        self.document = context.document
        self.project_id: int | None = None
        self.views: list[LineRow] = []
        self.categories = Terms(TermKind.COST_CATEGORY)
        self.booked: list[BookingRow] = []
        self.lines = read_only_table("budgetTable", 11)
        self.bookings = read_only_table("bookingTable", 4)
        self.add_button = named(QPushButton(), "addBudgetLine")
        self.edit_button = named(QPushButton(), "editBudgetLine")
        self.delete_button = named(QPushButton(), "deleteBudgetLine")
        self.book_button = named(QPushButton(), "addBooking")
        self.unbook_button = named(QPushButton(), "deleteBooking")
        self.totals = named(QLabel(), "budgetTotals")
        self.coverage = named(QLabel(), "budgetCoverage")
        self.coverage.setWordWrap(True)
        self.by_category = read_only_table("totalsByCategory", 2)
        self.by_source = read_only_table("totalsBySource", 2)
        self._layout()
        self.lines.itemSelectionChanged.connect(self._show_bookings)
        self.lines.doubleClicked.connect(lambda _index: self.edit_line())
        KeyActions(self.lines, enter=self.edit_line, delete=self.delete_line)
        KeyActions(self.bookings, delete=self.delete_booking)
        self.add_button.clicked.connect(self.add_line)
        self.edit_button.clicked.connect(self.edit_line)
        self.delete_button.clicked.connect(self.delete_line)
        self.book_button.clicked.connect(self.add_booking)
        self.unbook_button.clicked.connect(self.delete_booking)
        self.retranslate()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.lines, 1)
        top_layout.addLayout(buttons)
        self.bookings_box = QGroupBox()
        booking_layout = QVBoxLayout(self.bookings_box)
        booking_layout.addWidget(self.bookings, 1)
        booking_buttons = QHBoxLayout()
        booking_buttons.addWidget(self.book_button)
        booking_buttons.addWidget(self.unbook_button)
        booking_buttons.addStretch(1)
        booking_layout.addLayout(booking_buttons)
        self.totals_box = QGroupBox()
        grid = QGridLayout(self.totals_box)
        grid.addWidget(self.totals, 0, 0, 1, 2)
        grid.addWidget(self.coverage, 1, 0, 1, 2)
        grid.addWidget(self.by_category, 2, 0)
        grid.addWidget(self.by_source, 2, 1)
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.bookings_box, 1)
        bottom_layout.addWidget(self.totals_box, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([380, 300])
        QVBoxLayout(self).addWidget(splitter)

    def load(self, project_id: int) -> None:
        self.project_id = project_id
        selected = self.selected_line()
        view = self.document.read(budget.project_budget_view, project_id)
        self.views = view.lines
        self.categories = view.categories
        self._show_lines()
        self._show_totals(view)
        writable = not self.document.held(Area.PROJECT, self.project_id)
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.book_button,
            self.unbook_button,
        ):
            button.setEnabled(writable)
        rows = [n for n, v in enumerate(self.views) if selected is not None and v.id == selected.id]
        with QSignalBlocker(self.lines):  # the bookings are read once, just below
            self.lines.selectRow(rows[0] if rows else 0)
        self._show_bookings()

    def _show_lines(self) -> None:
        self.lines.setRowCount(len(self.views))
        language = self.context.language

        def money(cents: int) -> str:
            return formats.money(cents, language)

        for row, line in enumerate(self.views):
            f = line.figures
            if line.hours is not None:
                amount = (
                    self.tr("%1 u × %2")
                    .replace("%1", formats.number(line.hours, language))
                    .replace("%2", formats.money(line.hourly_rate_cents or 0, language))
                )
                if line.rate_frozen:
                    amount += " " + self.tr("(tarief vast)")
            else:
                amount = formats.money(line.amount_cents or 0, language)
            source = label(line.funding_source, language) + (
                f" ({line.cofinancier})" if line.cofinancier else ""
            )
            cells = [
                table_cell(str(line.year)), table_cell(self.categories.name(line.category, language)), table_cell(line.description), table_cell(source),
                table_cell(self.tr("ja") if line.in_kind else ""), table_cell(amount, money=True),
                table_cell(money(f.planned_cents), money=True), table_cell(money(f.committed_cents), money=True),
                table_cell(money(f.spent_cents), money=True),
                table_cell(money(f.remaining_cents), money=True, colour=RED if f.remaining_cents < 0 else None),
                table_cell(money(f.forecast_cents), money=True, colour=RED if f.forecast_cents > f.planned_cents else None),
            ]  # fmt: skip
            for column in (DESCRIPTION, SOURCE):  # shown whole on hover where they give way
                cells[column].setToolTip(cells[column].text())
            for column, item in enumerate(cells):
                self.lines.setItem(row, column, item)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The figures keep their width; the description takes the rest, and the source gives
        way to it (at most SOURCE_WIDTH, whole on hover): at 1366×768 both stay readable."""
        header = self.lines.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        wanted = max(self.lines.sizeHintForColumn(SOURCE), header.sectionSizeHint(SOURCE))
        header.resizeSection(SOURCE, min(wanted, SOURCE_WIDTH))

    def _show_totals(self, view: ProjectBudgetView) -> None:
        budget, language = view.budget, self.context.language

        def money(cents: int) -> str:
            return formats.money(cents, language)

        parts = [
            (Figure.BEGROOT, budget.planned_cents), (Figure.VERPLICHT, budget.committed_cents),
            (Figure.BESTEED, budget.spent_cents), (Figure.RESTEREND, budget.remaining_cents),
            (Figure.PROGNOSE, budget.forecast_cents),
            (Figure.COFINANCIERINGSAANDEEL, budget.cofinancing_percent),
        ]  # fmt: skip
        shown = [f"{figures.name(f, language)} {figures.show(f, v, language)}" for f, v in parts]
        self.totals.setText(" · ".join(shown[:3]) + "\n" + " · ".join(shown[3:]))
        self.coverage.setText(
            coverage_words(
                view.coverage, budget.sgia_cents, view.granted_cents, view.years, language
            )
        )
        styles = {
            Coverage.OVERSPENT: "color: #b3261e; font-weight: 600;",  # bad news
            Coverage.BUDGET_OVER_GRANT: "color: #b3261e; font-weight: 600;",
            Coverage.UNDECIDED: "color: #5c4a00;",  # not decided yet: neither good nor bad
            Coverage.COVERED: "color: #1e6b34;",
        }
        self.coverage.setStyleSheet(styles[view.coverage])
        self._fill_totals(
            self.by_category,
            [(view.categories.name(k, language), v) for k, v in budget.by_category.items()],
            language,
        )
        self._fill_totals(
            self.by_source,
            [(label(k, language), v) for k, v in budget.by_source.items()],
            language,
        )

    @staticmethod
    def _fill_totals(table: QTableWidget, rows: list[tuple[str, int]], language: str) -> None:
        table.setRowCount(len(rows))
        for row, (text, cents) in enumerate(rows):
            table.setItem(row, 0, table_cell(text))
            table.setItem(row, 1, table_cell(formats.money(cents, language), money=True))
        table.resizeColumnsToContents()

    def selected_line(self) -> LineRow | None:
        rows = self.lines.selectionModel().selectedRows() if self.lines.selectionModel() else []
        return self.views[rows[0].row()] if rows and rows[0].row() < len(self.views) else None

    def _show_bookings(self) -> None:
        line = self.selected_line()
        self.booked = [] if line is None else self.document.read(budget.bookings, line.id)
        self.bookings.setRowCount(len(self.booked))
        for row, booking in enumerate(self.booked):
            expense = booking.kind is BookingKind.EXPENSE
            cells = (
                table_cell(formats.date(booking.day, self.context.language)),
                table_cell(self.tr("Uitgave") if expense else self.tr("Verplichting")),
                table_cell(formats.money(booking.cents, self.context.language), money=True),
                table_cell(booking.note),
            )
            for column, item in enumerate(cells):
                self.bookings.setItem(row, column, item)
        self.bookings.resizeColumnsToContents()

    # editing ---------------------------------------------------------------------------
    def _norm(self, year: int) -> int:
        return self.document.read(norm_cents, year)

    def _organisations(self) -> list[tuple[str, int]]:
        return [(c.name_nl, c.id) for c in self.document.read(catalog.organisations)]

    def add_line(self) -> None:
        if self.project_id is None or self.document.held(Area.PROJECT, self.project_id):
            return
        year = self.views[-1].year if self.views else dt.date.today().year
        dialog = BudgetLineDialog(None, year, self._organisations(), self.context.language, self,
                                  norm_of=self._norm, categories=self.categories)  # fmt: skip
        if dialog.exec() and dialog.result_input is not None:
            self.document.edit(budget.add_line, self.tr("Begrotingsregel toevoegen"),
                               self.project_id, dialog.result_input)  # fmt: skip

    def edit_line(self) -> None:
        line = self.selected_line()
        if line is None or self.document.held(Area.PROJECT, self.project_id):
            return
        dialog = BudgetLineDialog(
            line,
            line.year,
            self._organisations(),
            self.context.language,
            self,
            norm_of=self._norm,
            categories=self.categories,
        )
        if dialog.exec() and dialog.result_input is not None:
            self.document.edit(budget.change_line, self.tr("Begrotingsregel wijzigen"), line.id,
                               dialog.result_input)  # fmt: skip

    def delete_line(self) -> None:
        line = self.selected_line()
        if line is None or self.document.held(Area.PROJECT, self.project_id):
            return
        booked = line.figures.committed_cents + line.figures.spent_cents
        if booked:
            question = self.tr(
                "Op deze regel is %1 geboekt. De regel met al zijn boekingen verwijderen? U kunt dit ongedaan maken."
            )
            answer = QMessageBox.question(self, self.tr("Begrotingsregel verwijderen"),
                                          question.replace("%1", formats.money(booked, self.context.language)),
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.document.edit(budget.delete_line, self.tr("Begrotingsregel verwijderen"), line.id)

    def add_booking(self) -> None:
        line = self.selected_line()
        if line is None or self.document.held(Area.PROJECT, self.project_id):
            return
        language = self.context.language
        booked = line.figures.committed_cents + line.figures.spent_cents
        dialog = BookingDialog(
            f"{line.year} · {self.categories.name(line.category, language)} · {line.description}", language, self,
            planned_cents=line.figures.planned_cents, booked_cents=booked, norm_cents=self._norm(line.year),
        )  # fmt: skip
        if dialog.exec() and dialog.values is not None:
            kind, day, cents, note = dialog.values
            expense = kind is BookingKind.EXPENSE
            title = self.tr("Uitgave boeken") if expense else self.tr("Verplichting boeken")
            self.document.execute(budget.add_booking(title, kind, line.id, day, cents, note))

    def delete_booking(self) -> None:
        rows = self.bookings.selectionModel().selectedRows()
        if not rows:
            return
        booking = self.booked[rows[0].row()]
        self.document.edit(
            budget.delete_booking, self.tr("Boeking verwijderen"), booking.kind, booking.id
        )

    def retranslate(self) -> None:
        language = self.context.language
        self.lines.setHorizontalHeaderLabels([
            self.tr("Jaar"), self.tr("Kostensoort"), self.tr("Omschrijving"), self.tr("Financieringsbron"),
            self.tr("In natura"), self.tr("Bedrag / uren × tarief"),
            *(figures.name(f, language) for f in (Figure.BEGROOT, Figure.VERPLICHT, Figure.BESTEED,
                                                   Figure.RESTEREND, Figure.PROGNOSE)),
        ])  # fmt: skip
        self.bookings.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Soort"), self.tr("Bedrag"), self.tr("Notitie")]
        )
        planned = figures.name(Figure.BEGROOT, language)
        self.by_category.setHorizontalHeaderLabels([self.tr("Kostensoort"), planned])
        self.by_source.setHorizontalHeaderLabels([self.tr("Financieringsbron"), planned])
        self.lines.setAccessibleName(self.tr("Begrotingsregels"))
        self.bookings.setAccessibleName(self.tr("Boekingen op de gekozen regel"))
        self.by_category.setAccessibleName(self.tr("Totalen per kostensoort"))
        self.by_source.setAccessibleName(self.tr("Totalen per financieringsbron"))
        self.bookings_box.setTitle(self.tr("Verplichtingen en uitgaven op de gekozen regel"))
        self.totals_box.setTitle(self.tr("Totalen"))
        self.add_button.setText(self.tr("Regel &toevoegen…"))
        self.edit_button.setText(self.tr("Regel &bewerken…"))
        self.delete_button.setText(self.tr("Regel &verwijderen"))
        self.book_button.setText(self.tr("&Boeken…"))
        self.unbook_button.setText(self.tr("Boeking verwijderen"))
        if self.project_id is not None:
            self.load(self.project_id)
