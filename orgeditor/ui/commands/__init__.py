"""Every user edit is one QUndoCommand (or a macro of them) that calls model methods only."""

from orgeditor.ui.commands.positions import (
    AddPositionCommand,
    EditFieldsCommand,
    MoveCardsCommand,
    RemovePositionsCommand,
    ReparentCommand,
)
from orgeditor.ui.commands.structure import AutoLayoutCommand, PasteCommand, SettingsCommand

__all__ = [
    "AddPositionCommand",
    "AutoLayoutCommand",
    "EditFieldsCommand",
    "MoveCardsCommand",
    "PasteCommand",
    "RemovePositionsCommand",
    "ReparentCommand",
    "SettingsCommand",
]
