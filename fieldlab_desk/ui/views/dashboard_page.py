"""Dashboard: the chosen year's money against the norm, projects by phase, spending over the
year, warnings and indicators off track. matplotlib is imported when the page is first shown."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import figures
from fieldlab_desk.domain.enums import Phase
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.domain.progress import BEHIND
from fieldlab_desk.domain.texts import no_warnings, text
from fieldlab_desk.domain.yearplan import YearPlanResult
from fieldlab_desk.services.yearplan import (
    DashboardFigures,
    IndicatorStatus,
    dashboard_figures,
    plan_years,
)
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.models.indicator_table import IndicatorStatusModel
from fieldlab_desk.ui.tasks import Loader
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.views.yearplan_page import (
    default_year,
    fill_year_combo,
    summary_html,
    warning_style,
    warnings_html,
)
from fieldlab_desk.ui.widgets import Retranslating, named, select_data

CHARTS = ("budgetChart", "phaseChart", "spendingChart")
STEP_MS = 10  # between the pieces of the page: time for input and repaints in between


@dataclass(frozen=True)
class DashboardLoad:
    """What one background load brings: the years to choose from and the chosen year's figures."""

    years: list[int]
    figures: DashboardFigures


class DashboardPage(Retranslating, QWidget):
    figures_shown = Signal()
    """Emitted when the figures computed in the background are on screen."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.context = context
        self.document = context.document
        self.loader = Loader(context.tasks, self)
        self.loaded = False
        self.shown: tuple[int, bool] | None = None
        """The (year, what-if) whose figures are on screen."""
        self.charts: dict[str, object] = {}
        self.title = named(QLabel(), "dashboardTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.year = named(QComboBox(), "dashboardYear")
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.what_if = named(QCheckBox(), "dashboardWhatIf")
        self.busy = named(QLabel(), "dashboardBusy")
        self.busy.hide()
        self.summary = named(QLabel(), "dashboardSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = named(QLabel(), "dashboardWarnings")
        self.warnings.setWordWrap(True)
        self.grid = QGridLayout()
        self.behind_rows = IndicatorStatusModel(lambda: context.language, self)
        self.behind = named(QTableView(), "behindTable")
        self.behind.setModel(self.behind_rows)
        self.behind.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.behind.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.behind.verticalHeader().hide()
        header = self.behind.horizontalHeader()
        header.setResizeContentsPrecision(100)
        # the indicator's name takes what the other columns leave (elided), so that status and
        # figures stay in view at 1366×768
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.behind_box = QGroupBox()
        QVBoxLayout(self.behind_box).addWidget(self.behind)
        self.grid.addWidget(self.behind_box, 1, 1)
        top = QHBoxLayout()
        for widget in (self.title, self.year_label, self.year, self.what_if, self.busy):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addLayout(self.grid, 1)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh(frozenset()))
        self.what_if.toggled.connect(lambda _on: self.refresh(frozenset()))
        self.loader.busy_changed.connect(self._show_busy)
        self.retranslate()

    def _make_charts(self) -> None:
        from fieldlab_desk.ui.charts.panel import ChartPanel  # first use: imports matplotlib

        for name, (row, column) in zip(CHARTS, ((0, 0), (0, 1), (1, 0)), strict=True):
            panel = ChartPanel(name, self.context.tasks, self)
            self.charts[name] = panel
            self.grid.addWidget(panel, row, column)

    def refresh(self, _tables: frozenset[str]) -> None:
        """Compute the figures on the worker thread; draw them when they arrive."""
        if not self.charts:
            self._make_charts()
        document, year, what_if = self.document, self.year.currentData(), self.what_if.isChecked()
        self.loaded = False

        def work() -> DashboardLoad:
            years = document.read(plan_years)
            chosen = year if year is not None else default_year(years)
            return DashboardLoad(years, document.read(dashboard_figures, chosen, what_if))

        self.loader.load(work, self._show)

    def _show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _show(self, loaded: DashboardLoad) -> None:
        figures = loaded.figures
        if self.year.findData(figures.year) < 0:
            fill_year_combo(self.year, loaded.years, with_this_year=False, chosen=figures.year)
        select_data(self.year, figures.year)  # the year named is always the year shown
        self.shown = (figures.year, figures.what_if)
        self._show_warnings(figures)
        # off track first, then at risk, each in the order they came
        behind = sorted(
            (s for s in figures.statuses if s.status in BEHIND),
            key=lambda s: BEHIND.index(s.status),
        )
        ticket = self.loader.latest
        steps = [
            lambda: self._show_behind(behind),
            lambda: self._draw(
                figures.plan, dict(figures.summary), figures.counts, figures.spending
            ),
        ]
        self._next_step(steps, ticket)

    def _next_step(self, steps: list[Callable[[], None]], ticket: int) -> None:
        """One piece of the page per turn of the event loop, so the window keeps answering."""
        if ticket == self.loader.latest and steps:  # else a newer choice draws its own
            steps[0]()
            QTimer.singleShot(STEP_MS, self, lambda: self._next_step(steps[1:], ticket))

    def _show_warnings(self, figures_: DashboardFigures) -> None:
        language, plan = self.context.language, figures_.plan
        scaled = ""
        if figures_.spread:  # the portfolio's, whatever the year: where innovations run now
            scaled = "<br>" + html.escape(
                text("in_core", language).format(count=figures_.in_core, total=figures_.spread)
            )
        self.summary.setText(summary_html(figures_.summary, language) + scaled)
        lines = [
            line
            for year, found in sorted(figures_.warnings.items())
            for line in warnings_html(found, language, prefix=f"<b>{year}</b>: ")
        ]
        shown = [w for found in figures_.warnings.values() for w in found]
        if plan.what_if and not figures_.warnings.get(plan.year):
            what_if = self.tr("wat als")
            prefix = f"<b>{plan.year}</b> ({what_if}): "
            lines += warnings_html(figures_.plan_warnings, language, prefix=prefix)
            shown += figures_.plan_warnings
        self.warnings.setText("<br>".join(lines) or html.escape(no_warnings(language)))
        self.warnings.setStyleSheet(warning_style(shown) or "padding: 6px;")

    def _draw(
        self,
        plan: YearPlanResult,
        sums: dict[Figure, int | Decimal | None],
        counts: dict[Phase, int],
        spending: list[int],
    ) -> None:
        """The charts, from the figures summed on the worker."""
        from fieldlab_desk.ui.charts.dashboard_charts import (
            BudgetBars,
            draw_budget,
            draw_phases,
            draw_spending,
        )
        from fieldlab_desk.ui.charts.panel import ChartPanel

        language = self.context.language

        def cents(figure: Figure) -> int:
            return int(sums.get(figure) or 0)

        norm, granted, committed, spent = (
            figures.name(f, language)
            for f in (Figure.NORM, Figure.TOEGEKEND, Figure.VERPLICHT, Figure.BESTEED)
        )
        names = [norm, granted]
        bars = BudgetBars((norm, granted, committed, spent, figures.lower_name(Figure.PIJPLIJN, language)),
                          cents(Figure.NORM), cents(Figure.TOEGEKEND), cents(Figure.VERPLICHT),
                          cents(Figure.BESTEED), 0 if plan.what_if else cents(Figure.PIJPLIJN),
                          cents(Figure.OVERSCHRIJDING), figures.lower_name(Figure.OVERSCHRIJDING, language),
                          language)  # fmt: skip
        months = [self.tr("jan"), self.tr("feb"), self.tr("mrt"), self.tr("apr"), self.tr("mei"), self.tr("jun"),
                  self.tr("jul"), self.tr("aug"), self.tr("sep"), self.tr("okt"), self.tr("nov"), self.tr("dec")]  # fmt: skip
        panels = {
            name: panel for name, panel in self.charts.items() if isinstance(panel, ChartPanel)
        }
        phases = [label(p, language) for p in counts]
        numbers = list(counts.values())
        lines = (self.tr("Besteed (cumulatief)"), names[1], names[0])
        charts = [
            (panels["budgetChart"], self.tr("SGIA %1: norm, toegekend, verplicht, besteed").replace("%1", str(plan.year)),
             lambda f: draw_budget(f, bars)),
            (panels["phaseChart"], self.tr("Projecten per fase"), lambda f: draw_phases(f, phases, numbers)),
            (panels["spendingChart"], self.tr("Besteding over %1").replace("%1", str(plan.year)),
             lambda f: draw_spending(f, months, spending, cents(Figure.TOEGEKEND), cents(Figure.NORM), lines, language)),
        ]  # fmt: skip
        for panel, title, draw in charts:
            panel.show_chart(title, draw)  # drawn on the worker; the images follow
        self.loaded = True
        self.figures_shown.emit()

    def _show_behind(self, rows: list[IndicatorStatus]) -> None:
        self.behind_rows.set_rows(rows)
        self.behind.resizeColumnsToContents()  # measures the first 100 rows (see __init__)
        self.behind_box.setTitle(
            self.tr("Indicatoren die achterlopen (%1)").replace("%1", str(len(rows)))
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        self.year_label.setText(self.tr("&Jaar:"))
        self.year.setAccessibleName(self.tr("Jaar"))
        self.what_if.setText(self.tr("&Wat als: pijplijn toegekend"))
        self.behind_rows.retranslate()
        self.behind.setAccessibleName(self.tr("Indicatoren die achterlopen"))
        self.busy.setText(self.tr("Cijfers worden berekend…"))
        self.behind_box.setTitle(self.tr("Indicatoren die achterlopen"))
        if self.charts:
            self.refresh(frozenset())
