"""Where cards stood before each step of the undo stack, so that undo puts them back.

With re-layout off (settings.auto_layout False) cards stay where they are, and a card that
comes back (undo of a delete), goes back under its old manager (undo of a reparent) or loses
its hand placement (undo of a drag) cannot be placed by the layout where it stood before:
that place is history, not a function of the chart. The canvas's scene (edit_scene.py) logs
every place a step changed; undoing that step restores the places from before it. Redo needs
no log: from the exact places before a step, laying out again gives the same places as the
first time.

Only single steps (Undo and Redo, a push) are logged; a jump over several steps, or a
cleared stack, forgets the log and lets the layout place the cards.
"""

from __future__ import annotations

Point = tuple[float, float]


class PlaceLog:
    def __init__(self, index: int = 0, keep: bool = False) -> None:
        self.index = index  # the undo stack's index the current places belong to
        self.keep = keep  # cards keep their places at this index (re-layout off)
        self._steps: dict[int, dict[str, Point]] = {}  # step -> places before it
        self._pending: dict[str, Point | None] = {}  # this burst: id -> place before it
        self._forward = False  # the step being laid out is a push or a redo

    def moved(self, position_id: str, old: Point | None) -> None:
        """A card's place changed (old None: it is new; a removed card: its last place)."""
        self._pending.setdefault(position_id, old)

    def step_to(self, index: int, count: int) -> dict[str, Point] | None:
        """The stack moved to `index` (of `count` commands). For an undo of one step: the
        places the cards had before that step; otherwise None. Call before laying out."""
        previous, self.index = self.index, index
        self._forward = index == previous + 1 and count > 0
        if count == 0 or abs(index - previous) != 1:
            self._steps.clear()
            return None
        if index == previous - 1:
            return self._steps.get(previous)
        return None

    def settle(self, keep: bool) -> None:
        """After laying out for a step (`keep`: cards keep their places now). A push or redo
        logs the places it changed, when cards kept their places before it: undoing a step
        done with re-layout on lands with re-layout on, and the layout knows the places."""
        pending, self._pending = self._pending, {}
        if self._forward and self.keep:
            self._steps[self.index] = {k: v for k, v in pending.items() if v is not None}
        elif self._forward:
            self._steps.pop(self.index, None)  # whatever an undone branch logged here
        self._forward = False
        self.keep = keep

    def reset(self, index: int, keep: bool) -> None:
        """A different chart, or its stack cleared: nothing to put back."""
        self.index, self.keep = index, keep
        self._steps.clear()
        self._pending.clear()
        self._forward = False
