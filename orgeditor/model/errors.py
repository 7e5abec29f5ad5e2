"""Exceptions raised by chart mutations that would break an invariant."""


class ChartError(ValueError):
    """Base class: a mutation was refused and the chart is unchanged."""


class UnknownPositionError(ChartError, KeyError):
    def __init__(self, position_id: str) -> None:
        super().__init__(f"no position with id {position_id!r}")
        self.position_id = position_id

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return self.args[0]


class DuplicateIdError(ChartError):
    def __init__(self, position_id: str) -> None:
        super().__init__(f"a position with id {position_id!r} already exists")
        self.position_id = position_id


class CycleError(ChartError):
    """A solid reporting line would make a position report to itself or its own subtree."""

    def __init__(self, position_id: str, manager_id: str) -> None:
        super().__init__(
            f"{position_id!r} cannot report to {manager_id!r}: "
            f"{manager_id!r} already reports (directly or indirectly) to {position_id!r}"
            if position_id != manager_id
            else f"{position_id!r} cannot report to itself"
        )
        self.position_id = position_id
        self.manager_id = manager_id


class InvalidFieldError(ChartError):
    """An unknown field name or a value outside a field's allowed set."""


class UnknownTeamError(ChartError, KeyError):
    def __init__(self, team_id: str) -> None:
        super().__init__(f"no team with id {team_id!r}")
        self.team_id = team_id

    def __str__(self) -> str:
        return self.args[0]
