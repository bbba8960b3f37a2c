"""The indicator chart on paper, drawn with Qt's painter: the ticks a reader can count on, the
running total of a per-period indicator, and a real PNG of the screen chart's size."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from fieldlab_desk.domain.enums import ValueSemantics
from fieldlab_desk.render.paper_chart import (
    HEIGHT,
    WIDTH,
    month_ticks,
    nice_step,
    paper_chart_png,
    values,
)
from fieldlab_desk.services.portfolio import open_portfolio
from fieldlab_desk.services.report import half_year_report, parse_period


@pytest.mark.parametrize(
    ("span", "whole", "step"),
    [
        (158.0, True, 50.0),
        (1.0, False, 0.2),
        (3.0, True, 1.0),
        (0.04, False, 0.01),
        (9000.0, True, 2000.0),
    ],
)
def test_steps_are_round_and_whole_numbers_never_step_below_one(
    span: float, whole: bool, step: float
) -> None:
    assert nice_step(span, 6, whole) == pytest.approx(step)


def test_month_ticks_are_first_days_and_at_most_six() -> None:
    ticks = month_ticks(dt.date(2023, 4, 12), dt.date(2025, 11, 3))
    assert 3 <= len(ticks) <= 6 and all(t.day == 1 for t in ticks)
    assert ticks == sorted(ticks) and ticks[0] >= dt.date(2023, 4, 12)


def test_every_indicator_of_a_report_draws_a_png_with_its_running_totals(
    demo_path: Path, qapp: object
) -> None:
    """(``qapp``: the widgets application the UI tests after this one need; a chart drawn first
    would otherwise start a bare GUI application in this process.)"""
    with open_portfolio(demo_path, read_only=True) as portfolio:
        report = portfolio.read(half_year_report, parse_period("2024H2"))
    rows = [i for p in report.projects for i in p.indicators]
    per_period = [
        i for i in rows if i.semantics is ValueSemantics.PER_PERIODE and len(i.measurements) > 2
    ]
    assert per_period
    for row in per_period:
        shown = [v for _, v in values(row)]
        assert shown == sorted(shown)  # a running total never goes down for counts
    for row in rows:
        image = QImage.fromData(paper_chart_png(row, "nl"))
        assert (image.width(), image.height()) == (WIDTH, HEIGHT)


def test_the_screen_chart_writes_months_as_the_paper_chart_in_each_language(
    demo_path: Path,
) -> None:
    """English: 2024-03 on screen and on paper; Dutch: 03-2024 (the screen chart is matplotlib)."""
    import re

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from fieldlab_desk.render.indicator_chart import ChartWords, draw_indicator

    with open_portfolio(demo_path, read_only=True) as portfolio:
        report = portfolio.read(half_year_report, parse_period("2024H2"))
    row = report.projects[0].indicators[0]
    for months, shape in (("%Y-%m", r"^\d{4}-\d{2}$"), ("%m-%Y", r"^\d{2}-\d{4}$")):
        figure = Figure()
        FigureCanvasAgg(figure)
        draw_indicator(figure, row, ChartWords("m", "b", "t", "e", months))
        figure.canvas.draw()
        labels = [t.get_text() for t in figure.axes[0].get_xticklabels() if t.get_text()]
        assert labels and all(re.match(shape, label) for label in labels), labels
