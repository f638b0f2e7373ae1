"""The list-in-the-middle, record-on-the-right page shared by Cases and Persons:
how it loads, empties itself before a lock, and counts for the navigation column."""

from __future__ import annotations

from .sections import SectionPage


class ListDetailPage(SectionPage):
    """Subclasses provide ``view``, ``editor``, ``right``, ``nothing``,
    ``list_layout``, ``_build_list()`` and ``_count_rows() -> int``; the list
    view and its model exist only while the vault is open."""

    list_view = None
    model = None
    _count: int | None = None

    def _count_rows(self) -> int:
        raise NotImplementedError

    def _recount(self) -> None:
        self._count = self._count_rows()

    def load(self) -> None:
        if self.list_view is None:
            self._build_list()
        else:
            assert self.model is not None
            self.model.reset()
        self._recount()

    def clear(self) -> None:
        self.view.clear()
        self.editor.start_new()  # the editor's fields are emptied too
        self.right.setCurrentWidget(self.nothing)
        if self.list_view is not None:
            self.list_layout.removeWidget(self.list_view)
            self.list_view.deleteLater()
            self.list_view = None
        if self.model is not None:
            self.model.deleteLater()
            self.model = None
        self._count = None

    def nav_count(self) -> int | None:
        return self._count or None
