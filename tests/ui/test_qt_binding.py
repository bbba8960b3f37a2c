"""The Qt binding we ship must not corrupt Python's reference counts.

PySide6 6.12.0 drops one reference to ``None`` each time Qt hands Python an empty value (an
empty combo's ``currentData()``, an item without data, an invalid index). Every page does
that many times; after enough of them Python frees ``None`` and the app dies with "Fatal
Python error: deallocating None" (seen on the national file). We pin a release without it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QListWidgetItem


def test_empty_qt_values_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    combo = QComboBox()
    item = QListWidgetItem("zonder gegevens")
    before = sys.getrefcount(None)
    for _ in range(200):
        assert combo.currentData() is None
        assert item.data(Qt.ItemDataRole.UserRole) is None
        assert QModelIndex().data() is None
    assert sys.getrefcount(None) >= before - 10  # a little slack for unrelated objects
