"""Veranderketen: a project's Theory of Change as columns by level or as a diagram, with its
links and assumptions, what each activity and pathway costs, and the quality check beside it.

Keyboard: in a column Insert adds an element at that level, Enter edits, Delete removes,
Alt+Up/Alt+Down moves it; in the links table Enter edits a link and Delete removes it; a
finding opens (Enter) on the element or link it names.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.access import Area
from fieldlab_desk.domain.enums import ToCLevel
from fieldlab_desk.domain.errors import FieldLabError
from fieldlab_desk.domain.toc import ToCFinding
from fieldlab_desk.services import toc
from fieldlab_desk.services.toc import ChainView, ElementRow, LinkRow
from fieldlab_desk.ui.dialogs.toc_dialogs import (
    ElementDialog,
    LinkDialog,
    TemplateDialog,
    shortened,
)
from fieldlab_desk.ui.errors import show_error
from fieldlab_desk.ui.labels import label
from fieldlab_desk.ui.views import PageContext
from fieldlab_desk.ui.views.toc_diagram import DiagramView
from fieldlab_desk.ui.widgets import (
    KeyActions,
    Retranslating,
    WrappedRows,
    named,
    read_only_table,
    table_cell,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The Alt+letter of each column, the first of these its name has: letters the editor's tabs,
# the menus and the buttons above leave free (Impact has none left; Tab reaches it).
HEADER_LETTERS = {ToCLevel.INPUT: "pn", ToCLevel.ACTIVITEIT: "ct", ToCLevel.OUTPUT: "ut",
                  ToCLevel.OUTCOME_KORT: "ks", ToCLevel.OUTCOME_LANG: "lg", ToCLevel.IMPACT: ""}  # fmt: skip


def with_letter(title: str, letters: str) -> str:
    """``title`` with '&' before the first of ``letters`` it holds (none: no mnemonic)."""
    for letter in letters:
        index = title.lower().find(letter)
        if index >= 0:
            return title[:index] + "&" + title[index:]
    return title


class ToCTab(Retranslating, QWidget):
    SHOWS = frozenset({"assumption_change", "budget_line", "file_info", "indicator",
                       "project", "theme", "toc_element", "toc_link"})  # fmt: skip
    """The record kinds this tab shows: an edit of none of them leaves it as it is."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tocTab")
        self.context = context
        self.document = context.document
        self.project_id: int | None = None
        self.chain: ChainView | None = None
        self.columns: dict[ToCLevel, QListWidget] = {}
        self.headers: dict[ToCLevel, QLabel] = {}
        """Each column's title, whose Alt+letter moves to the column."""
        self.costs: dict[ToCLevel, QLabel] = {}
        self.views = named(QTabWidget(), "tocViews")
        self.views.addTab(self._columns_page(), "")
        self.diagram = DiagramView(context.language, self)
        self.views.addTab(self._diagram_page(), "")
        self.quality = self._quality_panel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.views)
        splitter.addWidget(self.quality)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 330])
        self.views.currentChanged.connect(self._view_chosen)
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons())
        layout.addWidget(splitter, 1)
        self.diagram.element_activated.connect(self.edit_element)
        self.retranslate()

    # building --------------------------------------------------------------------------
    def _buttons(self) -> QHBoxLayout:
        self.add_button = named(QPushButton(), "addElement")
        self.edit_button = named(QPushButton(), "editElement")
        self.delete_button = named(QPushButton(), "deleteElement")
        self.up_button = named(QPushButton(), "moveElementUp")
        self.down_button = named(QPushButton(), "moveElementDown")
        self.link_button = named(QPushButton(), "addLink")
        self.template_button = named(QPushButton(), "applyTemplate")
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.up_button,
                       self.down_button, self.link_button, self.template_button):  # fmt: skip
            row.addWidget(button)
        row.addStretch(1)
        self.add_button.clicked.connect(lambda: self.add_element())
        self.edit_button.clicked.connect(lambda: self.edit_element())
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_element(-1))
        self.down_button.clicked.connect(lambda: self.move_element(1))
        self.link_button.clicked.connect(lambda: self.add_link())
        self.template_button.clicked.connect(self.apply_template)
        return row

    def _columns_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout()
        for index, level in enumerate(ToCLevel):
            header = QLabel()
            header.setStyleSheet("font-weight: 600;")
            cost = QLabel()
            cost.setObjectName(f"tocCost_{level.value}")
            column = named(QListWidget(), f"tocColumn_{level.value}")
            WrappedRows(column)
            column.setAlternatingRowColors(True)  # one element from the next, without borders
            column.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            column.itemDoubleClicked.connect(lambda _item: self.edit_element())
            KeyActions(column, enter=self.edit_element, delete=self.delete_element,
                       insert=partial(self.add_element, level), move=self.move_element)  # fmt: skip
            column.currentItemChanged.connect(self._element_chosen)
            header.setBuddy(column)
            grid.addWidget(header, 0, index)
            grid.addWidget(cost, 1, index)
            grid.addWidget(column, 2, index)
            self.columns[level], self.headers[level], self.costs[level] = column, header, cost
        self.links = read_only_table("tocLinks", 6)
        self.links.doubleClicked.connect(lambda _index: self.edit_link())
        KeyActions(self.links, enter=self.edit_link, delete=self.delete_link)
        self.links_label = QLabel()
        self.links_label.setBuddy(self.links)
        layout = QVBoxLayout(page)
        layout.addLayout(grid, 3)
        layout.addWidget(self.links_label)
        layout.addWidget(self.links, 2)
        return page

    def _diagram_page(self) -> QWidget:
        page = QWidget()
        self.zoom_in = named(QPushButton(), "zoomIn")
        self.zoom_out = named(QPushButton(), "zoomOut")
        self.zoom_fit = named(QPushButton(), "zoomFit")
        self.export_png = named(QPushButton(), "exportPng")
        self.export_svg = named(QPushButton(), "exportSvg")
        self.zoom_in.clicked.connect(lambda: self.diagram.zoom(1.2))
        self.zoom_out.clicked.connect(lambda: self.diagram.zoom(1 / 1.2))
        self.zoom_fit.clicked.connect(self.diagram.fit)
        self.export_png.clicked.connect(lambda: self.export_diagram("png"))
        self.export_svg.clicked.connect(lambda: self.export_diagram("svg"))
        self.diagram_score = named(QLabel(), "tocDiagramScore")
        self.diagram_score.setVisible(False)
        row = QHBoxLayout()
        for button in (
            self.zoom_in,
            self.zoom_out,
            self.zoom_fit,
            self.export_png,
            self.export_svg,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.diagram_score)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.diagram, 1)
        return page

    def _view_chosen(self, index: int) -> None:
        """The diagram takes the whole width, so that its text reads at normal size; the
        score stays in view above it."""
        self.quality.setVisible(index == 0)
        self.diagram_score.setVisible(index == 1)

    def _quality_panel(self) -> QWidget:
        panel = QWidget()
        panel.setMinimumWidth(300)
        self.score = named(QLabel(), "tocScore")
        self.score.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.parts = read_only_table("tocScoreParts", 3, stretch_last=False)
        self.parts.setMaximumHeight(240)
        self.parts.setWordWrap(True)
        self.parts.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.parts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.findings = named(QListWidget(), "tocFindings")
        WrappedRows(self.findings)
        self.findings.setAlternatingRowColors(True)
        self.findings.itemActivated.connect(self._finding_opened)
        self.findings_label = QLabel()
        self.findings_label.setBuddy(self.findings)
        self.cost_rule = QLabel()
        self.cost_rule.setWordWrap(True)
        self.cost_rule.setObjectName("tocCostRule")
        layout = QVBoxLayout(panel)
        layout.addWidget(self.score)
        layout.addWidget(self.parts)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.cost_rule)
        return panel

    # showing ---------------------------------------------------------------------------
    def load(self, project_id: int) -> None:
        self.project_id = project_id
        self.chain = self.document.read(toc.chain, project_id)
        if self.chain is None:
            return
        language = self.context.language
        selected = self.selected_element()
        for level, column in self.columns.items():
            column.clear()
            for element in self.chain.at(level):
                item = QListWidgetItem(self._element_text(element, language))
                item.setData(ID_ROLE, element.id)
                item.setToolTip(element.text)
                column.addItem(item)
            self.costs[level].setText(self._cost(level))
        self._fill_links(language)
        self._fill_quality(language)
        self.diagram.show_chain(self.chain, language)
        if selected is not None:
            self.select_element(selected.id, focus=False)
        writable = not self.document.held(Area.PROJECT, self.project_id)
        for button in (self.add_button, self.edit_button, self.delete_button, self.up_button,
                       self.down_button, self.link_button, self.template_button):  # fmt: skip
            button.setEnabled(writable)

    def _cost(self, level: ToCLevel) -> str:
        """What the activities cost together; the other columns show their costs per row."""
        assert self.chain is not None
        total = sum(e.cost_cents for e in self.chain.at(level))
        if level is not ToCLevel.ACTIVITEIT or not total:
            return ""
        return formats.money(total, self.context.language)

    def _element_text(self, element: ElementRow, language: str) -> str:
        lines = [element.text]
        if element.level is ToCLevel.ACTIVITEIT:
            lines.append(formats.money(element.cost_cents, language) if element.cost_cents
                         else self.tr("geen begroting gekoppeld"))  # fmt: skip
        elif element.pathway_cents is not None:
            lines.append(
                self.tr("route: {0}").format(formats.money(element.pathway_cents, language))
            )
        if element.level.is_outcome:
            lines.append(self.tr("{0} indicator(en)").format(element.indicators))
        if element.level is ToCLevel.IMPACT and self.chain is not None:
            theme = next((t for t in self.chain.themes if t.id == element.theme_id), None)
            lines.append(f"→ {theme.name(language)}" if theme else self.tr("→ nog geen opgave"))
        return "\n".join(lines)

    def _fill_links(self, language: str) -> None:
        assert self.chain is not None
        table = self.links
        table.setRowCount(len(self.chain.links))
        for row, link in enumerate(self.chain.links):
            source, target = self.chain.element(link.from_id), self.chain.element(link.to_id)
            since = formats.date(link.status_since, language)
            cells = (shortened(source.text if source else "?", 40),
                     shortened(target.text if target else "?", 40), link.rationale,
                     link.assumption, label(link.status, language) if link.assumption else "—",
                     since)  # fmt: skip
            for column, text in enumerate(cells):
                table.setItem(row, column, table_cell(text))
        table.resizeColumnsToContents()
        for column in (2, 3):
            table.setColumnWidth(column, min(table.columnWidth(column), 260))

    def _fill_quality(self, language: str) -> None:
        assert self.chain is not None
        quality = self.chain.quality
        self.score.setText(self.tr("Kwaliteit: {0}/100").format(quality.score))
        self.score.setAccessibleName(self.score.text())
        self.diagram_score.setText(
            self.tr("Kwaliteit: {0}/100, {1} bevinding(en) (zie Kolommen)")
            .format(quality.score, len(quality.findings))
        )  # fmt: skip
        self.parts.setRowCount(len(quality.parts))
        for row, part in enumerate(quality.parts):
            cells = (label(part.part, language), f"{part.passed}/{part.total}",
                     f"{part.points:.1f} / {part.weight}".replace(".", "," if language == "nl" else "."))  # fmt: skip
            for column, text in enumerate(cells):
                self.parts.setItem(row, column, table_cell(text, money=column > 0))
        self.parts.resizeRowsToContents()
        self.findings.clear()
        for finding in quality.findings:
            item = QListWidgetItem(self.chain.describe(finding, language))
            item.setData(ID_ROLE, finding)
            self.findings.addItem(item)
        if not self.chain.elements:  # nothing to find fault with yet: say what is missing
            self.findings.addItem(
                self.tr("De keten is nog leeg: voeg input, activiteiten, outputs, outcomes en "
                        "een impact toe, of begin met een sjabloon (Sjabloon…).")
            )  # fmt: skip
        elif not quality.findings:
            self.findings.addItem(self.tr("Geen bevindingen: de keten is compleet."))
        self.cost_rule.setText(
            self.tr("Kosten per route: een outcome kost wat de activiteiten kosten die ernaartoe "
                    "leiden (hun gekoppelde begrotingsregels, alle jaren). Leidt een activiteit "
                    "naar meer outcomes van hetzelfde niveau, dan wordt ze gelijk verdeeld. "
                    "Gekoppeld: {0} van {1} begroting.")
            .format(formats.money(self.chain.attached_cents, self.context.language),
                    formats.money(self.chain.budget_cents, self.context.language))
        )  # fmt: skip

    # selection -------------------------------------------------------------------------
    def selected_element(self) -> ElementRow | None:
        if self.chain is None:
            return None
        if self.views.currentIndex() == 1:
            current = self.diagram.current_element()
            return self.chain.element(current) if current is not None else None
        for column in self.columns.values():
            if column.hasFocus() and column.currentItem() is not None:
                return self.chain.element(int(column.currentItem().data(ID_ROLE)))
        for column in self.columns.values():
            item = column.currentItem()
            if item is not None and item.isSelected():
                return self.chain.element(int(item.data(ID_ROLE)))
        return None

    def _element_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        for column in self.columns.values():  # one selection across the columns
            if column is not current.listWidget():
                column.clearSelection()

    def select_element(self, element_id: int, *, focus: bool = True) -> None:
        if self.chain is None or self.chain.element(element_id) is None:
            return
        if self.views.currentIndex() == 1:
            self.diagram.focus_element(element_id)
            return
        level = self.chain.element(element_id).level  # type: ignore[union-attr]
        column = self.columns[level]
        for row in range(column.count()):
            if column.item(row).data(ID_ROLE) == element_id:
                column.setCurrentRow(row)
                column.item(row).setSelected(True)
                if focus:
                    column.setFocus()

    def selected_link(self) -> LinkRow | None:
        rows = self.links.selectionModel().selectedRows()
        if self.chain is None or not rows:
            return None
        return self.chain.links[rows[0].row()]

    def _finding_opened(self, item: QListWidgetItem) -> None:
        finding = item.data(ID_ROLE)
        if not isinstance(finding, ToCFinding) or self.chain is None:
            return
        if finding.link_id is not None and self.views.currentIndex() == 0:
            row = next(i for i, li in enumerate(self.chain.links) if li.id == finding.link_id)
            self.links.selectRow(row)
            self.links.setFocus()
        elif finding.element_ids:
            self.select_element(finding.element_ids[0])
        elif finding.level is not None:
            self.views.setCurrentIndex(0)
            self.columns[finding.level].setFocus()

    # edits -----------------------------------------------------------------------------
    def _level_here(self) -> ToCLevel:
        for level, column in self.columns.items():
            if column.hasFocus():
                return level
        chosen = self.selected_element()
        return chosen.level if chosen is not None else ToCLevel.ACTIVITEIT

    def add_element(self, level: ToCLevel | None = None) -> None:
        if self.chain is None or self.document.held(Area.PROJECT, self.project_id):
            return
        dialog = ElementDialog(self.chain, None, level or self._level_here(),
                               self.context.language, self)  # fmt: skip
        if dialog.exec():
            inverse = self.document.edit(toc.add_element, self.tr("Element toevoegen"),
                                         self.chain.project_id, dialog.values())  # fmt: skip
            self._select_created(inverse)

    def _select_created(self, inverse: object) -> None:
        from fieldlab_desk.services.edits import Edit, created_id

        if isinstance(inverse, Edit):
            new = created_id(inverse)
            if new is not None:
                self.select_element(new)

    def edit_element(self, element_id: int | None = None) -> None:
        if self.chain is None or self.document.held(Area.PROJECT, self.project_id):
            return
        element = self.chain.element(element_id) if element_id else self.selected_element()
        if element is None:
            return
        dialog = ElementDialog(self.chain, element, element.level, self.context.language, self)
        if dialog.exec():
            self.document.edit(toc.change_element, self.tr("Element wijzigen"), element.id,
                               dialog.values())  # fmt: skip
            self.select_element(element.id)

    def delete_selected(self) -> None:
        if self.links.hasFocus() and self.selected_link() is not None:
            self.delete_link()
        else:
            self.delete_element()

    def delete_element(self) -> None:
        element = self.selected_element()
        if element is not None:
            self.document.edit(toc.delete_element, self.tr("Element verwijderen"), element.id)

    def move_element(self, step: int) -> None:
        element = self.selected_element()
        if element is not None:
            self.document.edit(toc.move_element, self.tr("Element verplaatsen"), element.id, step)
            self.select_element(element.id)

    def add_link(self) -> None:
        if self.chain is None or self.document.held(Area.PROJECT, self.project_id):
            return
        chosen = self.selected_element()
        dialog = LinkDialog(self.chain, None, chosen.id if chosen else None,
                            self.context.language, self)  # fmt: skip
        if dialog.exec():
            self.document.edit(toc.add_link, self.tr("Verbinding toevoegen"), dialog.values(),
                               who=self.document.who)  # fmt: skip

    def edit_link(self) -> None:
        link = self.selected_link()
        if link is None or self.chain is None or self.document.held(Area.PROJECT, self.project_id):
            return
        dialog = LinkDialog(self.chain, link, None, self.context.language, self)
        if dialog.exec():
            self.document.edit(toc.change_link, self.tr("Verbinding wijzigen"), link.id,
                               dialog.values(), who=self.document.who)  # fmt: skip

    def delete_link(self) -> None:
        link = self.selected_link()
        if link is not None:
            self.document.edit(toc.delete_link, self.tr("Verbinding verwijderen"), link.id)

    def apply_template(self) -> None:
        if self.chain is None or self.document.held(Area.PROJECT, self.project_id):
            return
        preferred = self.document.read(toc.template_of_project, self.chain.project_id)
        dialog = TemplateDialog(self.context.language, self, preferred)
        if dialog.exec():
            self.document.edit(toc.apply_template, self.tr("Keten uit sjabloon"),
                               self.chain.project_id, dialog.code(), self.context.language,
                               who=self.document.who)  # fmt: skip

    def export_diagram(self, kind: str) -> None:
        if self.chain is None:
            return
        suggested = f"{self.chain.code}-veranderketen.{kind}"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Diagram exporteren"), suggested,
            self.tr("PNG-afbeelding (*.png)") if kind == "png" else self.tr("SVG-tekening (*.svg)"),
        )  # fmt: skip
        if name:
            path = Path(name)
            if path.suffix.lower() != f".{kind}":
                path = path.with_name(path.name + f".{kind}")
            try:
                self.diagram.export(path)
            except OSError as error:  # a folder without rights, a full disk: nothing written
                problem = FieldLabError("file.os_error", path=str(path),
                                        reason=error.strerror or str(error))  # fmt: skip
                show_error(self, problem, self.context.language)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Element toevoegen…"))
        self.add_button.setToolTip(self.tr("Insert"))
        self.edit_button.setText(self.tr("Bewerken…"))  # Enter; the letters go to the columns
        self.edit_button.setToolTip(self.tr("Enter"))
        self.delete_button.setText(self.tr("Ve&rwijderen"))
        self.delete_button.setToolTip(self.tr("Delete"))
        self.up_button.setText(self.tr("Omhoog"))
        self.up_button.setToolTip(self.tr("Alt+Pijl omhoog"))
        self.down_button.setText(self.tr("Omlaag"))
        self.down_button.setToolTip(self.tr("Alt+Pijl omlaag"))
        self.link_button.setText(self.tr("Verbi&nding toevoegen…"))
        self.template_button.setText(self.tr("&Sjabloon…"))
        self.views.setTabText(0, self.tr("Kolommen"))  # Ctrl+Tab; its letters serve the columns
        self.views.setTabText(1, self.tr("&Diagram"))
        self.zoom_in.setText(self.tr("In&zoomen"))
        self.zoom_in.setToolTip(self.tr("Ctrl++"))
        self.zoom_out.setText(self.tr("&Uitzoomen"))
        self.zoom_out.setToolTip(self.tr("Ctrl+-"))
        self.zoom_fit.setText(self.tr("&Passend"))
        self.zoom_fit.setToolTip(self.tr("Ctrl+0"))
        self.export_png.setText(self.tr("Als P&NG…"))
        self.export_svg.setText(self.tr("Als S&VG…"))
        self.diagram.setAccessibleName(self.tr("Diagram van de veranderketen"))
        self.links_label.setText(self.tr("Verbindingen en aann&ames:"))
        self.links.setHorizontalHeaderLabels([self.tr("Van"), self.tr("Naar"),
                                              self.tr("Onderbouwing"), self.tr("Aanname"),
                                              self.tr("Status"), self.tr("Sinds")])  # fmt: skip
        self.links.setAccessibleName(self.tr("Verbindingen"))
        self.parts.setHorizontalHeaderLabels([self.tr("Onderdeel"), self.tr("Voldoet"),
                                              self.tr("Punten")])  # fmt: skip
        self.parts.setAccessibleName(self.tr("Onderdelen van de score"))
        self.findings_label.setText(self.tr("Be&vindingen (Enter gaat erheen):"))
        self.findings.setAccessibleName(self.tr("Bevindingen"))
        language = self.context.language
        for level, column in self.columns.items():
            column.setAccessibleName(label(level, language))
            self.headers[level].setText(with_letter(label(level, language), HEADER_LETTERS[level]))
        if self.project_id is not None:
            self.load(self.project_id)
