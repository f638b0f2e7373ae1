"""The wrapping layout used by the filter bars: one row when there is room, more lines when not."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from ui.flow_layout import FlowLayout


def _panel(qtbot, texts: list[str]) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    panel = QWidget()
    qtbot.addWidget(panel)
    outer = QVBoxLayout(panel)
    flow = FlowLayout(spacing=6, line_spacing=4)
    buttons = [QPushButton(t, panel) for t in texts]
    flow.addWidgets(*buttons)
    outer.addLayout(flow)
    outer.addStretch(1)
    panel.show()
    return panel, flow, buttons


def _lines(buttons: list[QPushButton]) -> int:
    return len({b.geometry().top() for b in buttons if b.isVisible()})


def test_one_row_when_wide_and_wrapped_when_narrow_without_overlap(qtbot):
    panel, flow, buttons = _panel(qtbot, ["Edit…", "New request…", "Hand over…", "Legal-basis finder"])
    one_line = max(b.sizeHint().height() for b in buttons)
    wide = sum(b.sizeHint().width() for b in buttons) + 6 * 3
    assert flow.heightForWidth(wide) == one_line
    assert flow.heightForWidth(wide - 1) > one_line  # the last button goes to a second line
    narrow = max(b.sizeHint().width() for b in buttons)
    assert flow.heightForWidth(narrow) == 4 * one_line + 3 * 4  # one button per line
    assert flow.minimumSize().width() == max(b.minimumSizeHint().width() for b in buttons)

    panel.resize(wide + 40, 300)
    QApplication.processEvents()
    assert _lines(buttons) == 1
    panel.resize(narrow + 30, 300)
    QApplication.processEvents()
    assert _lines(buttons) == 4
    rects = [b.geometry() for b in buttons]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert all(b.width() == b.sizeHint().width() for b in buttons)  # whole, never squeezed


def test_hidden_items_take_no_room(qtbot):
    panel, flow, buttons = _panel(qtbot, ["One", "Two", "Three"])
    widths = [b.sizeHint().width() for b in buttons]
    buttons[1].hide()
    assert flow.sizeHint().width() == widths[0] + 6 + widths[2]
    panel.resize(widths[0] + widths[2] + 40, 200)
    QApplication.processEvents()
    assert buttons[2].geometry().left() == buttons[0].geometry().right() + 1 + 6
