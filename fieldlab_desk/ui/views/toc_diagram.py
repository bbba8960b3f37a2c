"""The veranderketen as a diagram: the shared layout drawn in a QGraphicsView.

Boxes take keyboard focus: arrow keys move between them (Up/Down in a column, Left/Right
along the links), Enter edits the element; Tab leaves the diagram, so it is no keyboard trap.
Each box has an accessible name (level, text and cost), which the view reports as its
accessible description when the box has focus. Zoom with Ctrl++ / Ctrl+- / Ctrl+0 or
Ctrl+wheel; export writes the same SVG as ``fieldlab-desk toc --out``, and PNG from it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from fieldlab_desk.domain.enums import AssumptionStatus
from fieldlab_desk.domain.toc_layout import (
    FONT_SIZE,
    LINE_HEIGHT,
    PADDING,
    STYLES,
    Arrow,
    Box,
    Layout,
)
from fieldlab_desk.exporting.files import write_whole
from fieldlab_desk.exporting.toc_svg import chain_layout
from fieldlab_desk.services.toc import ChainView
from fieldlab_desk.ui.labels import label

ZOOM_STEP = 1.2


class BoxItem(QGraphicsRectItem):
    """One element: a rounded box with its wrapped text and its cost; focusable."""

    def __init__(self, box: Box, accessible_name: str, view: DiagramView) -> None:
        super().__init__(box.x, box.y, box.width, box.height)
        self.box, self.accessible_name, self.view = box, accessible_name, view
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setToolTip(box.element.text)

    @property
    def element_id(self) -> int:
        return self.box.element.id

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        focused = self.hasFocus()
        painter.setPen(QPen(QColor("#1565c0" if focused else "#455a64"), 3 if focused else 1))
        painter.setBrush(QBrush(QColor(self.box.fill)))
        painter.drawRoundedRect(self.rect(), 6, 6)
        font = QFont(painter.font())
        font.setPixelSize(FONT_SIZE)
        painter.setFont(font)
        painter.setPen(QColor("#212121"))
        y = self.box.y + PADDING
        width = self.box.width - 2 * PADDING
        for line in self.box.lines:
            painter.drawText(QRectF(self.box.x + PADDING, y, width, LINE_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)  # fmt: skip
            y += LINE_HEIGHT
        if self.box.element.note:
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#37474f"))
            painter.drawText(QRectF(self.box.x + PADDING, y, width, LINE_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.box.element.note)  # fmt: skip

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.view.box_focused(self)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.view.element_activated.emit(self.element_id)


def _arrow_path(arrow: Arrow) -> QPainterPath:
    path = QPainterPath(QPointF(*arrow.start))
    path.cubicTo(QPointF(*arrow.control1), QPointF(*arrow.control2), QPointF(*arrow.end))
    return path


def _head(arrow: Arrow) -> QPolygonF:
    x, y = arrow.end
    return QPolygonF([QPointF(x, y), QPointF(x - 9, y - 4.5), QPointF(x - 9, y + 4.5)])


class DiagramView(QGraphicsView):
    element_activated = Signal(int)
    """Emitted with an element's id when the user opens it (Enter or double-click)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tocDiagram")
        self.language = language
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chain: ChainView | None = None
        self.layout_: Layout | None = None
        self.boxes: dict[int, BoxItem] = {}
        self.fitted = True

    # drawing ---------------------------------------------------------------------------
    def show_chain(self, chain: ChainView, language: str) -> None:
        focused = self.current_element()
        self.chain, self.language = chain, language
        self.layout_ = chain_layout(chain, language)
        scene = self.scene()
        scene.clear()
        self.boxes = {}
        for column in self.layout_.columns:
            title = scene.addSimpleText(column.title)
            font = title.font()
            font.setBold(True)
            font.setPixelSize(FONT_SIZE + 2)
            title.setFont(font)
            title.setPos(column.x, 24)
        for arrow in self.layout_.arrows:
            self._draw_arrow(arrow)
        for box in self.layout_.boxes:
            item = BoxItem(box, self._accessible_name(box), self)
            scene.addItem(item)
            self.boxes[box.element.id] = item
        self._draw_legend(self.layout_.height + 12)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        if self.fitted:
            self.fit_width()
        if focused is not None and focused in self.boxes:
            self.focus_element(focused)

    def _accessible_name(self, box: Box) -> str:
        name = f"{label(box.element.level, self.language)}: {box.element.text}"
        return f"{name}, {box.element.note}" if box.element.note else name

    def _draw_arrow(self, arrow: Arrow) -> None:
        style = arrow.style
        pen = QPen(QColor(style.colour), style.width)
        if style.dashes:
            pen.setDashPattern([d / style.width for d in style.dashes])
        item = self.scene().addPath(_arrow_path(arrow), pen)
        status = arrow.link.status
        item.setToolTip(label(status, self.language) if status else "")
        self.scene().addPolygon(_head(arrow), QPen(QColor(style.colour)), QColor(style.colour))
        if style.sign:
            x, y = arrow.middle
            pen = QPen(QColor(style.colour), 1.2)
            self.scene().addEllipse(x - 8, y - 8, 16, 16, pen, QBrush(Qt.GlobalColor.white))
            sign = self.scene().addSimpleText(style.sign)
            sign.setBrush(QColor(style.colour))
            font = sign.font()
            font.setBold(True)
            font.setPixelSize(FONT_SIZE)
            sign.setFont(font)
            bounds = sign.boundingRect()
            sign.setPos(x - bounds.width() / 2, y - bounds.height() / 2)

    def _draw_legend(self, y: float) -> None:
        x = 24.0
        for status in AssumptionStatus:
            style = STYLES[status]
            pen = QPen(QColor(style.colour), style.width)
            if style.dashes:
                pen.setDashPattern([d / style.width for d in style.dashes])
            self.scene().addLine(x, y + 8, x + 36, y + 8, pen)
            text = self.scene().addSimpleText(f"{style.sign} {label(status, self.language)}")
            text.setPos(x + 44, y)
            x += 60 + text.boundingRect().width()

    # zoom ------------------------------------------------------------------------------
    def fit(self) -> None:
        """The whole chain in view (Ctrl+0)."""
        self.fitted = False
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def fit_width(self) -> None:
        """As wide as the view, at most life size: a tall chain scrolls, its text stays legible."""
        self.fitted = True
        width = self.scene().sceneRect().width()
        if width <= 0:
            return
        scale = min(1.0, max(0.5, (self.viewport().width() - 4) / width))
        self.resetTransform()
        self.scale(scale, scale)

    def zoom(self, factor: float) -> None:
        self.fitted = False
        current = self.transform().m11()
        factor = max(0.2, min(current * factor, 4.0)) / current
        self.scale(factor, factor)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.fitted:
            self.fit_width()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            return
        super().wheelEvent(event)

    # keyboard --------------------------------------------------------------------------
    def current_element(self) -> int | None:
        item = self.scene().focusItem()
        return item.element_id if isinstance(item, BoxItem) else None

    def focus_element(self, element_id: int) -> None:
        item = self.boxes.get(element_id)
        if item is None:
            return
        self.setFocus()
        self.scene().setFocusItem(item)
        self.scene().clearSelection()
        item.setSelected(True)
        self.ensureVisible(item, 20, 20)

    def box_focused(self, item: BoxItem) -> None:
        self.setAccessibleDescription(item.accessible_name)
        for box in self.boxes.values():
            box.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current_element() is None and self.layout_ is not None and self.layout_.boxes:
            self.focus_element(self.layout_.boxes[0].element.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.zoom(ZOOM_STEP)
                return
            if key == Qt.Key.Key_Minus:
                self.zoom(1 / ZOOM_STEP)
                return
            if key == Qt.Key.Key_0:
                self.fit()
                return
        current = self.current_element()
        if current is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.element_activated.emit(current)
            return
        target = self._neighbour(current, key) if current is not None else None
        if target is not None:
            self.focus_element(target)
            return
        super().keyPressEvent(event)

    def _neighbour(self, current: int, key: int) -> int | None:
        """The box Up/Down in the same column, or Left/Right along a link (else the nearest
        box of the next column)."""
        if self.layout_ is None or self.chain is None:
            return None
        here = self.boxes[current].box
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            column = sorted((b for b in self.layout_.boxes if b.x == here.x), key=lambda b: b.y)
            index = [b.element.id for b in column].index(current) + (
                1 if key == Qt.Key.Key_Down else -1
            )
            return column[index].element.id if 0 <= index < len(column) else None
        if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return None
        forward = key == Qt.Key.Key_Right
        linked = [li.to_id if forward else li.from_id for li in self.chain.links
                  if (li.from_id if forward else li.to_id) == current]  # fmt: skip
        candidates = [self.boxes[i].box for i in linked if i in self.boxes]
        if not candidates:
            columns = sorted({b.x for b in self.layout_.boxes})
            step = columns.index(here.x) + (1 if forward else -1)
            if not 0 <= step < len(columns):
                return None
            candidates = [b for b in self.layout_.boxes if b.x == columns[step]]
        middle = here.y + here.height / 2
        best = min(candidates, key=lambda b: abs(b.y + b.height / 2 - middle))
        return best.element.id

    # export ----------------------------------------------------------------------------
    def export(self, path: Path) -> None:
        """Write the diagram as SVG or (by the file's suffix) PNG; whole or not at all."""
        if self.chain is None:
            return
        from fieldlab_desk.outputs import Output, chain_picture

        kind = Output.CHAIN_SVG if path.suffix.lower() == ".svg" else Output.CHAIN_PNG
        write_whole(path, chain_picture(self.chain, kind, self.language))
