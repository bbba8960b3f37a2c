"""The dashboard's indicators off track: rows kept as they came, cells made when shown.

The national file has thousands of indicators off track; a table widget made an item per cell
and took up to 100 ms on the UI thread to fill. This model formats a cell only when the view
paints it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldlab_desk.domain.money import format_decimal
from fieldlab_desk.services.yearplan import IndicatorStatus

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 5


def _percent(value: Any) -> str:
    return f"{format_decimal(value * 100, 0)} %" if value is not None else "—"


def _number(value: Any) -> str:
    return format_decimal(value) if value is not None else "—"


class IndicatorStatusModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
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
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        s = self.rows[index.row()]
        cells = (
            lambda: s.code,
            lambda: s.name,
            lambda: _percent(s.progress),
            lambda: _percent(s.expected),
            lambda: f"{_number(s.actual)} / {_number(s.target)}",
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
            QCoreApplication.translate("DashboardPage", "Voortgang"),
            QCoreApplication.translate("DashboardPage", "Verwacht"),
            QCoreApplication.translate("DashboardPage", "Nu / doel"),
        )
        return titles[section] if 0 <= section < COLUMNS else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
