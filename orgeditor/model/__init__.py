"""Qt-free domain model: the chart, its positions, teams, settings and the role catalogue."""

from orgeditor.model.changes import Change, ChangeKind
from orgeditor.model.chart import Chart, RemovedPosition
from orgeditor.model.dotted import DottedRefusal, dotted_line_refusal, refusal_message
from orgeditor.model.errors import (
    ChartError,
    CycleError,
    DuplicateIdError,
    InvalidFieldError,
    UnknownPositionError,
    UnknownTeamError,
)
from orgeditor.model.labels import (
    DIMENSION_LABELS,
    MODEL_LABELS,
    STATUS_LABELS,
    TEAM_KIND_LABELS,
    dimension_label,
    display_label,
    distinct_label,
    full_label,
    model_label,
    plural,
    role_family_label,
    role_label,
    stage_label,
    status_label,
    team_kind_label,
)
from orgeditor.model.position import SEGMENT_DIMENSIONS, STATUSES, Position
from orgeditor.model.problems import ImportProblem
from orgeditor.model.roles import EXECUTIVE_SPONSORS, SELLER_STAGES, Role, RoleCatalogue, catalogue
from orgeditor.model.settings import LAYOUT_STYLES, SALES_MODELS, ChartSettings
from orgeditor.model.state import chart_from_state, chart_state
from orgeditor.model.team import TEAM_KINDS, Team
from orgeditor.model.title_roles import (
    TitleRow,
    adopt_title_roles,
    apply_title_roles,
    remembered_role,
    title_key,
    title_role_changes,
    title_rows,
)

__all__ = [
    "DIMENSION_LABELS",
    "EXECUTIVE_SPONSORS",
    "LAYOUT_STYLES",
    "MODEL_LABELS",
    "SALES_MODELS",
    "SEGMENT_DIMENSIONS",
    "SELLER_STAGES",
    "STATUSES",
    "STATUS_LABELS",
    "TEAM_KINDS",
    "TEAM_KIND_LABELS",
    "Change",
    "ChangeKind",
    "Chart",
    "ChartError",
    "ChartSettings",
    "CycleError",
    "DottedRefusal",
    "DuplicateIdError",
    "ImportProblem",
    "InvalidFieldError",
    "Position",
    "RemovedPosition",
    "Role",
    "RoleCatalogue",
    "Team",
    "TitleRow",
    "UnknownPositionError",
    "UnknownTeamError",
    "adopt_title_roles",
    "apply_title_roles",
    "catalogue",
    "chart_from_state",
    "chart_state",
    "dimension_label",
    "display_label",
    "distinct_label",
    "dotted_line_refusal",
    "full_label",
    "model_label",
    "plural",
    "refusal_message",
    "remembered_role",
    "role_family_label",
    "role_label",
    "stage_label",
    "status_label",
    "team_kind_label",
    "title_key",
    "title_role_changes",
    "title_rows",
]
