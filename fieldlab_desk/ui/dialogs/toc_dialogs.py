"""Dialogs of the veranderketen: an element, a link with its assumption, a template to start from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QListWidgetItem,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.enums import AssumptionStatus, ToCLevel
from fieldlab_desk.domain.errors import FieldLabError, ValidationError
from fieldlab_desk.domain.toc import link_problem
from fieldlab_desk.services.templates import Template, templates
from fieldlab_desk.services.toc import ChainView, ElementInput, ElementRow, LinkInput, LinkRow
from fieldlab_desk.ui.forms.ui_toc_element_dialog import Ui_ElementDialog
from fieldlab_desk.ui.forms.ui_toc_link_dialog import Ui_LinkDialog
from fieldlab_desk.ui.forms.ui_toc_template_dialog import Ui_TemplateDialog
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.mnemonics import UniqueMnemonics
from fieldlab_desk.ui.widgets import (
    EnterAccepts,
    select_data,
    show_problem,
    without_keyboard_traps,
)

LINE_ROLE = Qt.ItemDataRole.UserRole + 1


def shortened(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def element_name(element: ElementRow, language: str, width: int = 70) -> str:
    """``Output: Deelnemers oefenen wekelijks``, shortened to fit a list."""
    return f"{label(element.level, language)}: {shortened(element.text, width)}"


class ElementDialog(UniqueMnemonics, QDialog):
    """Adds or edits an element: its level, text, the theme an impact contributes to, and the
    budget lines an activity pays for."""

    def __init__(
        self,
        chain: ChainView,
        element: ElementRow | None,
        level: ToCLevel,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("elementDialog")
        self.chain, self.element, self.language = chain, element, language
        self.ui = Ui_ElementDialog()
        self.ui.setupUi(self)
        for choice in ToCLevel:
            self.ui.levelCombo.addItem(label(choice, language), choice)
        select_data(self.ui.levelCombo, element.level if element else level)
        self.ui.themeCombo.addItem(self.tr("(nog geen)"), None)
        kept = element.theme_id if element is not None else None
        for theme in chain.themes:  # a retired theme only where the impact points at it already
            if theme.retired and theme.id != kept:
                continue
            self.ui.themeCombo.addItem(f"{label(theme.kind, language)}: {theme.name(language)}",
                                       theme.id)  # fmt: skip
        if element is not None:
            self.ui.textEdit.setPlainText(element.text)
            select_data(self.ui.themeCombo, element.theme_id)
        self._fill_lines()
        self.ui.linesNote.setText(
            self.tr("Een begrotingsregel hoort bij één activiteit: aanvinken verplaatst hem naar "
                    "deze. Zo toont de keten wat elke activiteit en elke route kost.")
        )  # fmt: skip
        self.ui.levelCombo.currentIndexChanged.connect(self._level_chosen)
        self._level_chosen()
        EnterAccepts(self.ui.textEdit, self.accept)
        without_keyboard_traps(self)

    def _fill_lines(self) -> None:
        box = self.ui.linesList
        box.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        others = {e.id: e for e in self.chain.elements}
        mine = self.element.id if self.element is not None else None
        for line in self.chain.lines:
            text = f"{line.year} · {line.description or '—'} · {formats.money(line.planned_cents, self.language)}"
            if line.activity_id is not None and line.activity_id != mine:
                holder = others.get(line.activity_id)
                if holder is not None:
                    text += self.tr(" (nu bij: {0})").format(shortened(holder.text, 40))
            item = QListWidgetItem(text)
            item.setData(LINE_ROLE, line.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            attached = mine is not None and line.activity_id == mine
            item.setCheckState(Qt.CheckState.Checked if attached else Qt.CheckState.Unchecked)
            box.addItem(item)
        if box.count():
            box.setCurrentRow(0)

    def level(self) -> ToCLevel:
        return ToCLevel(self.ui.levelCombo.currentData())

    def _level_chosen(self) -> None:
        impact = self.level() is ToCLevel.IMPACT
        activity = self.level() is ToCLevel.ACTIVITEIT
        theme_widgets: tuple[QWidget, ...] = (self.ui.themeCombo, self.ui.themeComboLabel)
        for widget in theme_widgets:
            widget.setVisible(impact)
        line_widgets: tuple[QWidget, ...] = (self.ui.linesList, self.ui.linesListLabel,
                                             self.ui.linesNote)  # fmt: skip
        for widget in line_widgets:
            widget.setVisible(activity and bool(self.chain.lines))

    def values(self) -> ElementInput:
        lines = None
        if self.level() is ToCLevel.ACTIVITEIT:
            box = self.ui.linesList
            lines = tuple(
                int(box.item(i).data(LINE_ROLE))
                for i in range(box.count())
                if box.item(i).checkState() == Qt.CheckState.Checked
            )
        theme = self.ui.themeCombo.currentData() if self.level() is ToCLevel.IMPACT else None
        return ElementInput(self.level(), self.ui.textEdit.toPlainText().strip(), theme, lines)

    def accept(self) -> None:
        if not self.values().text:
            problem = ValidationError("toc.text_empty", field="text")
            show_problem(self.ui.textError, problem.message(self.language))
            self.ui.textEdit.setFocus()
            return
        super().accept()


class LinkDialog(UniqueMnemonics, QDialog):
    """Adds or edits a link: from, to, why it holds, the assumption, its status and evidence;
    shows the assumption's dated history."""

    def __init__(
        self,
        chain: ChainView,
        link: LinkRow | None,
        from_id: int | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.chain, self.link, self.language = chain, link, language
        self.ui = Ui_LinkDialog()
        self.ui.setupUi(self)
        for element in chain.elements:
            if element.level is not ToCLevel.IMPACT:
                self.ui.fromCombo.addItem(element_name(element, language), element.id)
        for status in AssumptionStatus:
            self.ui.statusCombo.addItem(label(status, language), status)
        start = link.from_id if link is not None else from_id
        if start is not None:
            select_data(self.ui.fromCombo, start)
        self._fill_targets(link.to_id if link is not None else None)
        if link is not None:
            self.ui.rationaleEdit.setPlainText(link.rationale)
            self.ui.assumptionEdit.setPlainText(link.assumption)
            self.ui.evidenceEdit.setPlainText(link.evidence)
            select_data(self.ui.statusCombo, link.status)
        self._fill_history()
        self.ui.fromCombo.currentIndexChanged.connect(lambda _i: self._fill_targets(None))
        self.ui.statusCombo.currentIndexChanged.connect(self._status_chosen)
        self._status_chosen()
        for box in (self.ui.rationaleEdit, self.ui.assumptionEdit, self.ui.evidenceEdit):
            EnterAccepts(box, self.accept)
        without_keyboard_traps(self)

    def _fill_targets(self, chosen: int | None) -> None:
        """Only later levels: a chain runs forward, so the choice cannot make a cycle."""
        source = self.chain.element(self.ui.fromCombo.currentData() or 0)
        combo = self.ui.toCombo
        keep = chosen if chosen is not None else combo.currentData()
        combo.clear()
        for element in self.chain.elements:
            if source is not None and element.level.rank > source.level.rank:
                combo.addItem(element_name(element, self.language), element.id)
        if keep is not None:
            select_data(combo, keep)

    def _fill_history(self) -> None:
        table = self.ui.historyTable
        history = self.link.history if self.link is not None else ()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Door"), self.tr("Status"), self.tr("Waarom")]
        )
        table.setRowCount(len(history))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        for row, change in enumerate(reversed(history)):
            old = label(change.old_status, self.language) if change.old_status else "—"
            cells = (formats.date(change.changed_on, self.language), change.changed_by,
                     f"{old} → {label(change.new_status, self.language)}", change.reason)  # fmt: skip
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.setVisible(bool(history))
        self.ui.historyTableLabel.setVisible(bool(history))

    def _status_chosen(self) -> None:
        changed = self.link is None or self.ui.statusCombo.currentData() != self.link.status
        self.ui.reasonEdit.setEnabled(changed)
        self.ui.reasonEdit.setPlaceholderText(
            self.tr("bijvoorbeeld: tussenmeting laat minder bereik zien") if changed else ""
        )

    def values(self) -> LinkInput:
        return LinkInput(
            from_id=int(self.ui.fromCombo.currentData() or 0),
            to_id=int(self.ui.toCombo.currentData() or 0),
            rationale=self.ui.rationaleEdit.toPlainText().strip(),
            assumption=self.ui.assumptionEdit.toPlainText().strip(),
            status=AssumptionStatus(self.ui.statusCombo.currentData()),
            evidence=self.ui.evidenceEdit.toPlainText().strip(),
            reason=self.ui.reasonEdit.text().strip() if self.ui.reasonEdit.isEnabled() else "",
        )

    def accept(self) -> None:
        data = self.values()
        source, target = self.chain.element(data.from_id), self.chain.element(data.to_id)
        try:
            if source is None or target is None:
                raise ValidationError("toc.link_backward", field="to")
            link_problem(source.level, target.level)
            taken = [li for li in self.chain.links if (li.from_id, li.to_id) == (
                data.from_id, data.to_id) and (self.link is None or li.id != self.link.id)]  # fmt: skip
            if taken:
                raise ValidationError("toc.link_exists", field="to")
        except FieldLabError as problem:
            show_problem(self.ui.linkError, problem.message(self.language))
            self.ui.toCombo.setFocus()
            return
        super().accept()


class TemplateDialog(UniqueMnemonics, QDialog):
    """Chooses a template per line of work and shows what it will add."""

    def __init__(
        self, language: str, parent: QWidget | None = None, preferred: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.language = language
        self.ui = Ui_TemplateDialog()
        self.ui.setupUi(self)
        self.choices: tuple[Template, ...] = templates()
        for template in self.choices:
            self.ui.templateCombo.addItem(template.title(language), template.code)
        self.ui.preview.setHeaderHidden(True)
        self.ui.templateNote.setText(
            self.tr("De elementen en verbindingen komen bij de keten die er al is, met hun "
                    "aannames (onbevestigd). Pas ze daarna aan op uw project.")
        )  # fmt: skip
        if preferred is not None:  # the template of the project's own line of work
            index = self.ui.templateCombo.findData(preferred)
            self.ui.templateCombo.setCurrentIndex(max(index, 0))
        self.ui.templateCombo.currentIndexChanged.connect(self._show)
        self._show()
        without_keyboard_traps(self)

    def code(self) -> str:
        return str(self.ui.templateCombo.currentData())

    def _show(self) -> None:
        tree = self.ui.preview
        tree.clear()
        chosen = next((t for t in self.choices if t.code == self.code()), None)
        if chosen is None:
            return
        for level in ToCLevel:
            texts = [e.text[self.language] for e in chosen.elements if e.level is level]
            if texts:
                parent = QTreeWidgetItem([label(level, self.language)])
                parent.addChildren([QTreeWidgetItem([t]) for t in texts])
                tree.addTopLevelItem(parent)
        tree.expandAll()
