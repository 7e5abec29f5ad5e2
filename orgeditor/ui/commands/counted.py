"""Undo texts that count positions, with Qt's plural forms ("%n position(s)").

pyside6-lupdate reads a %n text as a plural (one form per number class of the language) only
from self.tr() inside a QObject class: QCoreApplication.translate(context, text, "", n) becomes
a message with a single form. Undo commands are no QObjects, so their counted texts are made
here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class CountedTexts(QObject):
    def insert_structure(self, count: int, model: str = "") -> str:
        """'Insert pod structure (19 positions)'; `model`: the model's name, in the sentence."""
        if not model:
            return self.tr("Insert structure (%n position(s))", "", count)
        return self.tr("Insert %1 structure (%n position(s))", "", count).replace("%1", model)

    def set_roles(self, count: int) -> str:
        return self.tr("Set roles of %n position(s)", "", count)

    def make_team(self, count: int, pod: bool = False) -> str:
        if pod:
            return self.tr("Make pod from %n position(s)", "", count)
        return self.tr("Make team from %n position(s)", "", count)

    def remove_from_team(self, count: int) -> str:
        return self.tr("Remove %n position(s) from team", "", count)

    def add_to_team(self, count: int, team: str) -> str:
        return self.tr("Add %n position(s) to %1", "", count).replace("%1", team)
