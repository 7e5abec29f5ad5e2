"""Random edits of a small chart for the equality tests of the incremental paths (the kept
layout, the scene): adds, removals, reparents, team changes, hand placements, folds and focus
changes, drawn by Hypothesis and applied to the model directly."""

from __future__ import annotations

from hypothesis import strategies as st

from orgeditor.model import Chart, Position, Team

STRUCTURE = ("add", "add", "remove", "reparent", "team", "fold", "focus")
TEAMS = (None, "north", "south")
WITH_PLACES = (*STRUCTURE, "place", "unplace")


def three_teams() -> Chart:
    """A CEO over three sales managers with 1, 4 and 7 account executives, and two teams
    (no members yet)."""
    chart = Chart()
    chart.add_team(Team("north", "North", "pod"))
    chart.add_team(Team("south", "South", "stage"))
    chart.add_position(Position("ceo", title="CEO"))
    for m in range(3):
        chart.add_position(Position(f"m{m}", title="Sales Manager"), "ceo")
        for r in range(m * 3 + 1):
            chart.add_position(Position(f"m{m}r{r}", title="Account Executive"), f"m{m}")
    return chart


def random_edit(
    chart: Chart, data: st.DataObject, serial: list[int], actions: tuple[str, ...] = STRUCTURE
) -> None:
    """One edit drawn from `actions`; serial[0] numbers the new positions."""
    ids = sorted(chart.position_ids())
    action = data.draw(st.sampled_from(actions))
    pick = data.draw(st.sampled_from(ids))
    if action == "add":
        serial[0] += 1
        manager = None if data.draw(st.integers(0, 9)) == 0 else pick
        chart.add_position(Position(f"n{serial[0]}", title="SDR"), manager)
    elif action == "remove" and len(ids) > 1:
        chart.remove_position(pick)
    elif action == "reparent":
        target = data.draw(st.sampled_from([None, *ids]))
        if target != pick and (target is None or not chart.would_cycle(pick, target)):
            chart.set_manager(pick, target)
    elif action == "team":
        chart.update_position(pick, team=data.draw(st.sampled_from(TEAMS)))
    elif action == "place":  # a card dropped by hand somewhere
        x = float(data.draw(st.integers(-5, 40)) * 50)
        y = float(data.draw(st.integers(-5, 30)) * 50)
        chart.update_position(pick, xy=(x, y))
    elif action == "unplace":
        chart.update_position(pick, xy=None)
    elif action == "fold":
        chart.set_view(collapsed=chart.view.collapsed ^ {pick})
    elif action == "focus":
        chart.set_view(focus=data.draw(st.sampled_from([None, pick])))
