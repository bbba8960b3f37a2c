"""The projects table: rows from one SQL query, shown in batches, sorted in memory.

Filtering happens in SQL (``services.projects.project_rows``, run on the worker by the list
view); the model holds the matching rows and hands them to the view 500 at a time (``fetchMore``), so even the national file's
5.000 projects appear at once and scroll smoothly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldlab_desk.domain import formats
from fieldlab_desk.services.projects import ProjectRow
from fieldlab_desk.ui.labels import label

BATCH = 500
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS: list[tuple[str, Callable[[ProjectRow], Any]]] = [
    ("Code", lambda r: r.code),
    ("Titel", lambda r: r.title),
    ("Fieldlab", lambda r: r.fieldlab),
    ("Penvoerder", lambda r: r.lead),
    ("Fase", lambda r: list(type(r.phase)).index(r.phase)),
    ("Primaire opgave", lambda r: r.opgave),
    ("Start", lambda r: r.start_date or dt.date.min),
    ("Einde", lambda r: r.end_date or dt.date.min),
    ("SGIA-bedrag", lambda r: r.sgia_cents),
    ("Ketenscore", lambda r: 0),  # sorted by the scores the model holds (see _sorted)
]
SCORE_COLUMN = 9
AMOUNT_COLUMN = 8
TRANSLATED = (4, 5, 6, 7, 8)  # phase, opgave, dates and amount: written the language's way


def _header(column: int) -> str:
    titles = (
        QCoreApplication.translate("ProjectTableModel", "Code"),
        QCoreApplication.translate("ProjectTableModel", "Titel"),
        QCoreApplication.translate("ProjectTableModel", "Fieldlab"),
        QCoreApplication.translate("ProjectTableModel", "Penvoerder"),
        QCoreApplication.translate("ProjectTableModel", "Fase"),
        QCoreApplication.translate("ProjectTableModel", "Primaire opgave"),
        QCoreApplication.translate("ProjectTableModel", "Start"),
        QCoreApplication.translate("ProjectTableModel", "Einde"),
        QCoreApplication.translate("ProjectTableModel", "SGIA-bedrag"),
        QCoreApplication.translate("ProjectTableModel", "Ketenscore"),
    )
    return titles[column]


class ProjectTableModel(QAbstractTableModel):
    """The rows of one filter, set by the list view when the worker brought them;
    ``language`` says which language the interface speaks now."""

    def __init__(self, language: Callable[[], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self._all: list[ProjectRow] = []
        self.scores: dict[int, int] = {}
        """The quality score of each project's veranderketen; they arrive after the rows."""
        self._shown = 0
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    # loading ---------------------------------------------------------------------------
    def set_rows(self, rows: list[ProjectRow]) -> None:
        self.beginResetModel()
        self._all = self._sorted(rows)
        self._shown = min(BATCH, len(self._all))
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many projects match the filter (shown or still to be fetched)."""
        return len(self._all)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(BATCH, len(self._all) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # the model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        row = self._all[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole and column == SCORE_COLUMN:
            return QCoreApplication.translate(
                "ProjectTableModel",
                "Kwaliteit van de veranderketen (0–100), zie het tabblad Veranderketen",
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AMOUNT_COLUMN, SCORE_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.id
        return None

    def _display(self, row: ProjectRow, column: int) -> str:
        if column == 4:
            return label(row.phase, self.language())
        if column in (6, 7):
            day = row.start_date if column == 6 else row.end_date
            return formats.date(day, self.language())
        if column == AMOUNT_COLUMN:  # exact, as every other output shows it
            return formats.money(row.sgia_cents, self.language()) if row.sgia_cents else ""
        if column == SCORE_COLUMN:
            score = self.scores.get(row.id)
            return "" if score is None else str(score)
        if column == 5 and self.language() == "en":
            return row.opgave_en
        return str(COLUMNS[column][1](row))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return _header(section)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [(self._all[i.row()].id, i.column()) for i in old]
        self._all = self._sorted(self._all)
        position = {r.id: n for n, r in enumerate(self._all[: self._shown])}
        new = [
            self.index(position[pid], c) if pid in position else QModelIndex() for pid, c in kept
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[ProjectRow]) -> list[ProjectRow]:
        column, order = self._sort
        key: Callable[[ProjectRow], Any] = COLUMNS[column][1]
        if column in TRANSLATED:  # by the words shown, in the language shown
            key = partial(self._shown_key, column=column)
        elif column == SCORE_COLUMN:
            key = self._score_key
        return sorted(
            rows, key=lambda r: (key(r), r.code), reverse=order == Qt.SortOrder.DescendingOrder
        )

    def _score_key(self, row: ProjectRow) -> int:
        return self.scores.get(row.id, -1)

    def set_scores(self, scores: dict[int, int]) -> None:
        """Show the chains' scores (computed on the worker after the rows came)."""
        self.scores = scores
        if self._sort[0] == SCORE_COLUMN:
            self.sort(*self._sort)
        if self._shown:
            self.dataChanged.emit(
                self.index(0, SCORE_COLUMN), self.index(self._shown - 1, SCORE_COLUMN)
            )

    def _shown_key(self, row: ProjectRow, *, column: int) -> str:
        return self._display(row, column).casefold()

    def project_id(self, row: int) -> int | None:
        return self._all[row].id if 0 <= row < self._shown else None

    def row_of(self, project_id: int) -> int | None:
        for number, row in enumerate(self._all):
            if row.id == project_id:
                while number >= self._shown and self.canFetchMore():
                    self.fetchMore()
                return number
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._sort[0] in TRANSLATED:  # the words changed: so does their order
            self.sort(*self._sort)
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(COLUMNS) - 1))
