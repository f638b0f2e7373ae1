"""Guards against a Qt binding that corrupts reference counts.

PySide6 6.12.0 on Python 3.11 released a reference to None on every call of a
Qt method that returns nothing; a session of a few thousand such calls aborted
with "none_dealloc". constraints.txt pins a release without the bug.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert abs(sys.getrefcount(None) - before) < 50
