"""Every user edit is one QUndoCommand (or a macro of them) that calls model methods only."""

from orgeditor.ui.commands.dotted import AddDottedLineCommand, RemoveDottedLineCommand
from orgeditor.ui.commands.insert_structure import InsertStructureCommand
from orgeditor.ui.commands.positions import (
    AddPositionCommand,
    EditFieldsCommand,
    MoveCardsCommand,
    RemovePositionsCommand,
    ReparentCommand,
    push_reparent,
)
from orgeditor.ui.commands.scenarios import (
    CopyScenarioCommand,
    DeleteScenarioCommand,
    RenameScenarioCommand,
    ShowScenarioCommand,
)
from orgeditor.ui.commands.structure import AutoLayoutCommand, PasteCommand, SettingsCommand
from orgeditor.ui.commands.teams import (
    AddToTeamCommand,
    CreateTeamCommand,
    DissolveTeamCommand,
    RemoveFromTeamCommand,
    RenameTeamCommand,
    SetTeamFieldsCommand,
)
from orgeditor.ui.commands.title_roles import SetTitleRolesCommand

__all__ = [
    "AddDottedLineCommand",
    "AddPositionCommand",
    "AddToTeamCommand",
    "AutoLayoutCommand",
    "CopyScenarioCommand",
    "CreateTeamCommand",
    "DeleteScenarioCommand",
    "DissolveTeamCommand",
    "EditFieldsCommand",
    "InsertStructureCommand",
    "MoveCardsCommand",
    "PasteCommand",
    "RemoveDottedLineCommand",
    "RemoveFromTeamCommand",
    "RemovePositionsCommand",
    "RenameScenarioCommand",
    "RenameTeamCommand",
    "ReparentCommand",
    "SetTeamFieldsCommand",
    "SetTitleRolesCommand",
    "SettingsCommand",
    "ShowScenarioCommand",
    "push_reparent",
]
