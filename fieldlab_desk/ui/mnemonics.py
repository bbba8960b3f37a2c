"""One target per Alt+letter in every window state.

The texts keep the letters their translators chose where they are free; a text whose letter
is already taken — by the menu bar or by an earlier control of the same window state — gets
the first free letter of one of its words (else of any letter), and no mnemonic when none is
free. Run again whenever what is visible changes (another page, another tab, another
language), as KDE's accelerator manager does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

MNEMONIC = re.compile(r"&([^&\s])")
Target = tuple[str, Callable[[str], None]]


def letter_of(text: str) -> str | None:
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


def _with_free_letter(text: str, taken: set[str]) -> str:
    plain = _plain(text)
    starts = [
        i for i, c in enumerate(plain) if c.isalnum() and (i == 0 or not plain[i - 1].isalnum())
    ]
    rest = [i for i, c in enumerate(plain) if c.isalnum() and i not in starts]
    for index in starts + rest:
        if plain[index].lower() not in taken and plain[index].isascii():
            taken.add(plain[index].lower())
            return plain[:index] + "&" + plain[index:]
    return plain


def targets(root: QWidget, window: QWidget) -> list[Target]:
    """The visible texts of ``root`` that can carry a mnemonic, in creation order."""
    found: list[Target] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue  # hidden, or in a dialog of its own (its letters are its own)
        if (isinstance(widget, QAbstractButton) and widget.text()) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            found.append((widget.text(), widget.setText))
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                found.append((widget.tabText(index), partial(_set_tab_text, widget, index)))
    return found


def _set_tab_text(tabs: QTabWidget, index: int, text: str) -> None:
    tabs.setTabText(index, text)


def make_unique(found: Iterable[Target], taken: set[str]) -> None:
    """Keep free letters, move taken ones (``taken`` grows with what is assigned)."""
    moving: list[Target] = []
    for text, apply in found:
        letter = letter_of(text)
        if letter is not None and letter not in taken:
            taken.add(letter)
        elif letter is not None or "&" in text:
            moving.append((text, apply))
    for text, apply in moving:
        new = _with_free_letter(text, taken)
        if new != text:
            apply(new)


def unique_in(root: QWidget, reserved: Iterable[str] = ()) -> None:
    make_unique(
        targets(root, root.window()),
        {letter for letter in (letter_of(t) for t in reserved) if letter},
    )


class UniqueMnemonics:
    """Mixin for dialogs: each dialog is a window state of its own, sorted out as it shows."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        unique_in(self)  # type: ignore[arg-type]
