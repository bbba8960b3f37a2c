"""The dashboard's indicators that lag behind (off track, then at risk): rows kept as they came,
cells made when shown.

The national file has thousands of them; a table widget made an item per cell
and took up to 100 ms on the UI thread to fill. This model formats a cell only when the view
paints it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldlab_desk.domain import figures, formats
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.services.yearplan import IndicatorStatus
from fieldlab_desk.ui.labels import label

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 6


def _number(value: Any, language: str) -> str:
    return formats.number(value, language) if value is not None else formats.DASH


class IndicatorStatusModel(QAbstractTableModel):
    def __init__(self, language: Callable[[], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: list[IndicatorStatus] = []

    def set_rows(self, rows: list[IndicatorStatus]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        s = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return s.name  # whole, where the column elides it
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        language = self.language()
        cells = (
            lambda: s.code,
            lambda: s.name,
            lambda: label(s.status, language),
            lambda: formats.share(s.progress, language),
            lambda: formats.share(s.expected, language),
            lambda: f"{_number(s.actual, language)} / {_number(s.target, language)}",
        )
        return cells[index.column()]()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("DashboardPage", "Project"),
            QCoreApplication.translate("DashboardPage", "Indicator"),
            figures.name(Figure.STATUS, self.language()),
            figures.name(Figure.VOORTGANG, self.language()),
            figures.name(Figure.VERWACHT, self.language()),
            QCoreApplication.translate("DashboardPage", "Nu / doel"),
        )
        return titles[section] if 0 <= section < COLUMNS else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self.rows:  # the status in the new language
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.rows) - 1, 2))
