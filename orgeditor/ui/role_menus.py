"""Menus that list the role catalogue, grouped by family as in the palette.

The same filling serves the long-lived Edit menu's submenus and the context menus, which build
their own copies every time: a temporary menu never holds an action of a long-lived one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from orgeditor.model import catalogue
from orgeditor.ui.labels import family_text, role_text
from orgeditor.ui.panels.role_style import FAMILY_ORDER, family_icon

INFERRED = ""  # the Change Role entry that lets the title decide again


def fill_role_menu(
    menu: QMenu,
    on_role: Callable[[str], object],
    checked: str | None = None,
    inferred_entry: bool = False,
) -> None:
    """Add one entry per role (a section per family) to `menu`; triggering one calls
    on_role(key). With `inferred_entry` a first entry "From Title" calls on_role(INFERRED).
    `checked` marks the current choice (INFERRED for "From Title")."""
    cat = catalogue()
    checkable = checked is not None
    group = QActionGroup(menu) if checkable else None
    if inferred_entry:
        act = menu.addAction(QCoreApplication.translate("RoleMenus", "From the Title"))
        act.setStatusTip(
            QCoreApplication.translate("RoleMenus", "Let the title decide the role, as on import")
        )
        _wire(act, on_role, INFERRED, checked, group)
    for family in FAMILY_ORDER:
        keys = cat.keys_in_family(family)
        if not keys:
            continue
        menu.addSection(family_text(family))
        for key in keys:
            act = menu.addAction(family_icon(family), role_text(key))
            _wire(act, on_role, key, checked, group)


def _wire(act, on_role: Callable[[str], object], key: str, checked, group) -> None:
    if group is not None:
        act.setCheckable(True)
        act.setChecked(key == checked)
        group.addAction(act)
    act.triggered.connect(lambda _checked=False, k=key: on_role(k))
