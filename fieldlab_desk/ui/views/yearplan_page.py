"""Jaarplanning: the SGIA money of a year against its norm, per project, with the pipeline."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import figures, formats
from fieldlab_desk.domain.access import Area
from fieldlab_desk.domain.errors import InvalidInput
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.domain.money import parse_cents
from fieldlab_desk.domain.texts import plan_warning, text
from fieldlab_desk.domain.yearplan import (
    NormWarning,
    PlanWarning,
    ProjectYearFigures,
    YearPlanResult,
)
from fieldlab_desk.services.steering import set_norm
from fieldlab_desk.services.yearplan import YearPlanView, plan_years, year_plan_view
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.tasks import Loader
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.widgets import (
    Retranslating,
    explain_held,
    fill_combo,
    named,
    read_only_table,
    select_data,
    show_problem,
    table_cell,
)

RED = QColor("#b3261e")
WARNING_STYLE = {
    NormWarning.NEAR_NORM: "background: #fff4ce; color: #4a3b00;",
    NormWarning.OVER_NORM: "background: #fde7e9; color: #5c0f14;",
}


def warnings_html(warnings: Iterable[PlanWarning], language: str, prefix: str = "") -> list[str]:
    """A plan's warnings as lines for this page and the dashboard (escaped)."""
    return [prefix + html.escape(plan_warning(w, language)) for w in warnings]


def warning_style(found: list[PlanWarning]) -> str:
    """Red when a plan is over the norm or overspent, amber for the other warnings."""
    if not found:
        return ""
    worst = NormWarning.OVER_NORM if any(w.severe for w in found) else NormWarning.NEAR_NORM
    return f"{WARNING_STYLE[worst]} padding: 6px; border-radius: 4px; font-weight: 600;"


def summary_html(summary: Iterable[tuple[Figure, int | Decimal | None]], language: str) -> str:
    """The year's figures, named and written as every output names and writes them; the
    overschrijding in red when there is one."""
    parts = []
    for figure, value in summary:
        shown = html.escape(figures.show(figure, value, language))
        if figure is Figure.OVERSCHRIJDING and value:
            shown = f'<span style="color: #b3261e;">{shown} ⚠</span>'
        name = html.escape(figures.name(figure, language)).replace(" ", "&nbsp;")
        parts.append(f"<b>{name}</b>&nbsp;{shown.replace(' ', '&nbsp;')}")  # wraps between figures
    return " &nbsp; ".join(parts)


PROJECT_FIGURES = (
    Figure.BEGROOT, Figure.TOEGEKEND, Figure.OVERGEHEVELD_UIT, Figure.OVERGEHEVELD_NAAR,
    Figure.OVERSCHRIJDING, Figure.VERPLICHT, Figure.BESTEED,
)  # fmt: skip
"""The columns of money per project, in the order of the table."""

PLAN_AHEAD = 3  # years beyond this one that can be planned
TITLE_WIDTH = 170  # px: a project's title wraps onto two lines, whole on hover


def default_year(planned: list[int]) -> int:
    """The latest planned year up to this one; this year when nothing is planned yet."""
    today = dt.date.today().year
    return max((y for y in planned if y <= today), default=planned[-1] if planned else today)


def fill_year_combo(
    combo: QComboBox, planned: list[int], *, with_this_year: bool, chosen: int | None = None
) -> None:
    """The years to choose from; keeps the chosen one, else the latest planned year up to now."""
    today = dt.date.today().year
    years = sorted(set(planned) | ({today} if not planned else set()))
    if with_this_year:  # planning: every year from the earliest on to three years ahead
        years = list(range(min([*planned, today]), today + PLAN_AHEAD + 1))
    current = chosen if chosen is not None else combo.currentData()
    fill_combo(
        combo, [(str(y), y) for y in years], current if current in years else default_year(planned)
    )


class YearPlanPage(Retranslating, QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearPlanPage")
        self.context = context
        self.document = context.document
        self.loader = Loader(context.tasks, self)
        self.plan: YearPlanResult | None = None
        self.title = named(QLabel(), "yearPlanTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.year = named(QComboBox(), "yearPlanYear")
        self.norm = named(QLineEdit(), "yearPlanNorm")
        self.norm.setMaximumWidth(160)
        self.norm_error = named(QLabel(), "yearPlanNormError")
        self.norm_error.setStyleSheet("color: #b3261e;")
        self.norm_error.hide()
        self.what_if = named(QCheckBox(), "yearPlanWhatIf")
        self.year_label, self.norm_label = QLabel(), QLabel()
        self.year_label.setBuddy(self.year)
        self.norm_label.setBuddy(self.norm)
        self.summary = named(QLabel(), "yearPlanSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.warning = named(QLabel(), "yearPlanWarning")
        self.warning.setWordWrap(True)
        self.projects = read_only_table("yearPlanProjects", 11)
        self.pipeline = read_only_table("yearPlanPipeline", 5)
        self.projects_box, self.pipeline_box = QGroupBox(), QGroupBox()
        QVBoxLayout(self.projects_box).addWidget(self.projects)
        QVBoxLayout(self.pipeline_box).addWidget(self.pipeline)
        controls = QHBoxLayout()
        for widget in (
            self.year_label,
            self.year,
            self.norm_label,
            self.norm,
            self.norm_error,
            self.what_if,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.projects_box, 3)
        layout.addWidget(self.pipeline_box, 1)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh(frozenset()))
        self.what_if.toggled.connect(lambda _on: self.refresh(frozenset()))
        self.norm.editingFinished.connect(self.save_norm)
        self.loader.busy_changed.connect(self._show_busy)
        self.retranslate()

    def select_year(self, year: int) -> None:
        """Show ``year`` (the year list is filled first when the page has not loaded yet)."""
        if self.year.findData(year) < 0:
            fill_year_combo(
                self.year, self.document.read(plan_years), with_this_year=True, chosen=year
            )
        index = max(self.year.findData(year), 0)
        if index != self.year.currentIndex():
            self.year.setCurrentIndex(index)  # loads through currentIndexChanged
        else:
            self.refresh(frozenset())  # the combo already says so: ask for its figures anyway

    def refresh(self, _tables: frozenset[str]) -> None:
        """Load the chosen year's plan on the worker; show it when it arrives."""
        document, year, what_if = self.document, self.year.currentData(), self.what_if.isChecked()

        def work() -> tuple[list[int], YearPlanView]:
            years = document.read(plan_years)
            chosen = year if year is not None else default_year(years)
            return years, document.read(year_plan_view, chosen, what_if=what_if)

        self.loader.load(work, self._show)

    def _show_busy(self, busy: bool) -> None:
        for widget in (self.projects, self.pipeline, self.summary):
            widget.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _show(self, loaded: tuple[list[int], YearPlanView]) -> None:
        years, view = loaded
        plan, shares, year = view.plan, view.other_years, view.plan.year
        if self.year.findData(year) < 0:
            fill_year_combo(self.year, years, with_this_year=True, chosen=year)
        select_data(self.year, year)  # the year named is always the year shown
        self.plan = plan
        self.norm.setText(formats.money(plan.norm_cents, self.context.language, symbol=False))
        self.norm.setReadOnly(self.document.held(Area.STEERING))
        explain_held(self, self.document.why_held(Area.STEERING, language=self.context.language))
        show_problem(self.norm_error, None)
        self.summary.setText(summary_html(view.summary, self.context.language))
        warnings = warnings_html(view.warnings, self.context.language)
        self.warning.setText("<br>".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.warning.setStyleSheet(warning_style(list(view.warnings)))
        self._project_headers()
        self._fill(self.projects, list(plan.counted), shares, year, with_bookings=True)
        self._fill(self.pipeline, list(plan.pipeline), shares, year, with_bookings=False)

    def _fill(
        self,
        table: QTableWidget,
        rows: list[ProjectYearFigures],
        shares: dict[int, dict[int, int]],
        year: int,
        *,
        with_bookings: bool,
    ) -> None:
        table.setRowCount(len(rows))
        language = self.context.language

        def money(cents: int) -> str:
            return formats.money(cents, language)

        for row, p in enumerate(rows):
            others = " · ".join(
                f"{y}: {money(c)}"
                for y, c in sorted(shares.get(p.project_id, {}).items())
                if y != year
            )
            phase = label(p.phase, self.context.language)
            if p.deferred:
                phase += " " + self.tr("(aangehouden)")
            cells = [table_cell(p.code), table_cell(p.title), table_cell(phase)]
            if with_bookings:
                planned = table_cell(
                    money(p.planned_cents), money=True, colour=RED if p.over_grant else None
                )
                if p.over_grant:
                    planned.setText(planned.text() + " ⚠")
                    planned.setToolTip(self.tr("De SGIA-regels vragen meer dan toegekend is."))
                over = table_cell(
                    money(p.overspend_cents) + (" ⚠" if p.overspend_cents else ""),
                    money=True, colour=RED if p.overspend_cents else None,
                )  # fmt: skip
                if p.overspend_cents:
                    over.setToolTip(figures.meaning(Figure.OVERSCHRIJDING, language))
                cells += [
                    planned,
                    table_cell(money(p.awarded_cents), money=True),
                    table_cell(money(p.carried_in_cents), money=True),
                    table_cell(money(p.carried_out_cents), money=True),
                    over,
                    table_cell(money(p.committed_cents), money=True),
                    table_cell(money(p.spent_cents), money=True),
                ]
            else:
                cells.append(table_cell(money(p.awarded_cents), money=True))
            cells.append(table_cell(others))
            cells[1].setToolTip(p.title)
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        if with_bookings:  # the title gives way, so every figure stays in view at 1366 wide
            table.setColumnWidth(1, min(table.columnWidth(1), TITLE_WIDTH))
            table.setWordWrap(True)
            table.resizeRowsToContents()

    def _project_headers(self) -> None:
        """The money columns by their figures' names; a carry-over's names the year it came
        from or goes to (*Overgeheveld uit 2024*), its meaning on hover."""
        language = self.context.language
        year = self.plan.year if self.plan is not None else None
        names = []
        for figure in PROJECT_FIGURES:
            name = figures.name(figure, language)
            if year is not None and figure is Figure.OVERGEHEVELD_UIT:
                name = self.tr("Overgeheveld\nuit %1").replace("%1", str(year - 1))
            elif year is not None and figure is Figure.OVERGEHEVELD_NAAR:
                name = self.tr("Overgeheveld\nnaar %1").replace("%1", str(year + 1))
            names.append(name)
        self.projects.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Titel"), self.tr("Fase"), *names, self.tr("Andere jaren")]
        )
        for column, figure in enumerate(PROJECT_FIGURES, start=3):
            header = self.projects.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(figures.meaning(figure, language))

    def save_norm(self) -> None:
        if self.plan is None or self.document.held(Area.STEERING):
            return
        try:
            cents = parse_cents(self.norm.text(), self.context.language)
        except InvalidInput as error:
            show_problem(self.norm_error, error.message(self.context.language))
            return
        if cents <= 0:
            show_problem(self.norm_error, text("norm.positive", self.context.language))
            return
        if cents == self.plan.norm_cents:
            show_problem(self.norm_error, None)
            return
        year = self.plan.year
        self.document.edit(
            set_norm, self.tr("Norm %1 wijzigen").replace("%1", str(year)), year, cents
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Jaarplanning SGIA"))
        self.year_label.setText(self.tr("&Jaar:"))
        self.norm_label.setText(self.tr("&Norm (€):"))
        self.year.setAccessibleName(self.tr("Jaar"))
        self.norm.setAccessibleName(self.tr("Norm van dit jaar"))
        self.what_if.setText(self.tr("&Wat als: voorstellen in de pijplijn toegekend"))
        self.projects_box.setTitle(self.tr("Projecten met SGIA-geld in dit jaar"))
        self.pipeline_box.setTitle(self.tr("Voorstellen in de pijplijn"))
        self._project_headers()
        self.pipeline.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Titel"),
                self.tr("Fase"),
                self.tr("Gevraagd"),
                self.tr("Andere jaren"),
            ]
        )
        self.projects.setAccessibleName(self.tr("Projecten met SGIA-geld in dit jaar"))
        self.pipeline.setAccessibleName(self.tr("Voorstellen in de pijplijn"))
        if self.plan is not None:  # shown before: show it again in the new language
            self.refresh(frozenset())
        if self.document.held(Area.STEERING):  # the reason, in the language now spoken
            explain_held(
                self, self.document.why_held(Area.STEERING, language=self.context.language)
            )
