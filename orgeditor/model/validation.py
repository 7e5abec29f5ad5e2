"""The checks every change of a position or team goes through (Chart keeps its invariants
with them): a value a saved file could not hold never gets into a chart."""

from __future__ import annotations

import math
from collections.abc import Container

from orgeditor.model.errors import InvalidFieldError
from orgeditor.model.limits import MAX_COORDINATE, MAX_COST, sane_coordinate, sane_cost
from orgeditor.model.position import STATUSES, Position
from orgeditor.model.roles import catalogue
from orgeditor.model.settings import SALES_MODELS
from orgeditor.model.team import TEAM_KINDS


def validate_fields(values: dict[str, object]) -> None:
    """Raise InvalidFieldError for the first position value the model refuses."""
    status = values.get("status")
    if status is not None and status not in STATUSES:
        raise InvalidFieldError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    role = values.get("explicit_role")
    if role is not None and role not in catalogue().roles:
        raise InvalidFieldError(f"unknown role {role!r}")
    # what a saved file could not hold must not get into the chart (the file would not open)
    if "id" in values and not (isinstance(values["id"], str) and values["id"]):
        raise InvalidFieldError(f"a position id must be a non-empty text, not {values['id']!r}")
    cost = values.get("cost")
    if cost is not None and not _finite_number(cost):
        raise InvalidFieldError(f"cost must be a number, not {_shown(cost)}")
    if cost is not None and not sane_cost(float(cost)):  # type: ignore[arg-type]
        raise InvalidFieldError(f"cost must be within ±{MAX_COST:,.0f}, not {_shown(cost)}")
    xy = values.get("xy")
    if xy is not None and not (
        isinstance(xy, tuple | list) and len(xy) == 2 and all(_finite_number(v) for v in xy)
    ):
        raise InvalidFieldError(f"a card place must be two numbers, not {_shown(xy)}")
    if xy is not None and not all(sane_coordinate(float(v)) for v in xy):  # type: ignore[union-attr]
        raise InvalidFieldError(
            f"a card place must be within ±{MAX_COORDINATE:,.0f}, not {_shown(xy)}"
        )


def validate_position(position: Position, roles: Container[str]) -> None:
    """validate_fields(vars_of(position)), at a fraction of its cost for the usual position
    (positions added in bulk: 50,000 on opening a file). `roles`: catalogue().roles."""
    pid = position.id
    role = position.explicit_role
    if not (
        type(pid) is str and pid and position.status in STATUSES and (role is None or role in roles)  # type: ignore[operator]
    ):
        validate_fields(vars_of(position))
    elif position.xy is not None or not _plain_cost(position.cost):
        validate_fields({"cost": position.cost, "xy": position.xy})


def validate_team(values: dict[str, object]) -> None:
    """Raise InvalidFieldError for the first team value the model refuses."""
    if "id" in values and not (isinstance(values["id"], str) and values["id"]):
        raise InvalidFieldError(f"a team id must be a non-empty text, not {values['id']!r}")
    kind = values.get("kind")
    if kind is not None and kind not in TEAM_KINDS:
        raise InvalidFieldError(f"team kind must be one of {', '.join(TEAM_KINDS)}")
    model = values.get("declared_model")
    if model is not None and model not in SALES_MODELS:
        raise InvalidFieldError(f"unknown sales model {model!r}")


def _shown(value: object) -> str:
    """A value in a message, cut short: a message stays one line."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _plain_cost(cost: float | None) -> bool:
    """None or a plain number within the model's range (validate_fields lets it through)."""
    if cost is None:
        return True
    return (type(cost) is float or type(cost) is int) and -MAX_COST <= cost <= MAX_COST


def _finite_number(value: object) -> bool:
    """A number a float (and so a saved file, and the cost sums) can hold."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:  # an int beyond ±1.8e308
        return False


def vars_of(obj: object) -> dict[str, object]:
    return {name: getattr(obj, name) for name in obj.__slots__}  # type: ignore[attr-defined]
