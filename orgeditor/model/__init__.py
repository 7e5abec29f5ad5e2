"""Qt-free domain model: the chart, its positions, teams, settings and the role catalogue."""

from orgeditor.model.changes import Change, ChangeKind
from orgeditor.model.chart import Chart, RemovedPosition
from orgeditor.model.errors import (
    ChartError,
    CycleError,
    DuplicateIdError,
    InvalidFieldError,
    UnknownPositionError,
    UnknownTeamError,
)
from orgeditor.model.position import SEGMENT_DIMENSIONS, STATUSES, Position
from orgeditor.model.problems import ImportProblem
from orgeditor.model.roles import EXECUTIVE_SPONSORS, SELLER_STAGES, Role, RoleCatalogue, catalogue
from orgeditor.model.settings import SALES_MODELS, ChartSettings
from orgeditor.model.state import chart_from_state, chart_state
from orgeditor.model.team import TEAM_KINDS, Team

__all__ = [
    "EXECUTIVE_SPONSORS",
    "SALES_MODELS",
    "SEGMENT_DIMENSIONS",
    "SELLER_STAGES",
    "STATUSES",
    "TEAM_KINDS",
    "Change",
    "ChangeKind",
    "Chart",
    "ChartError",
    "ChartSettings",
    "CycleError",
    "DuplicateIdError",
    "ImportProblem",
    "InvalidFieldError",
    "Position",
    "RemovedPosition",
    "Role",
    "RoleCatalogue",
    "Team",
    "UnknownPositionError",
    "UnknownTeamError",
    "catalogue",
    "chart_from_state",
    "chart_state",
]
