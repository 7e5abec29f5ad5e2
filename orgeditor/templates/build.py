"""build_chart(params): the whole template chart, one top, spans within span.too_wide and at
most management.too_many_layers managers above a seller where the sizes allow it.

    sales leader (VP Sales)                       <- the single top (or a CRO above it, when the
      [Sales Director, <value>]                      CRO is the enablement sponsor)
        first-line managers of the copy           <- structures.py
          sellers
      sales operations
      sales enablement (sponsor > director > program managers, specialists)

A copy gets its own Sales Director when it has two or more first-line managers; with one, that
manager reports to the sales leader directly. Where the copies' directors would be more than the
sales leader can take (`span_max` of rules.toml), Sales Directors take several whole copies
each instead (a layer of directors over the copies' directors would be one layer too many);
failing that, Sales Directors are put in between, each over an even share.

A CRO as the enablement sponsor sits above the sales leader, unless that puts more than
`max_layers` managers above a seller: then the CRO leads sales itself (the article: a CRO may
run sales, sales operations and enablement) and there is no VP Sales.
"""

from __future__ import annotations

from orgeditor.analysis import scope_for
from orgeditor.model import Chart, ChartSettings
from orgeditor.rules import default_config
from orgeditor.templates.params import TemplateParams, validate
from orgeditor.templates.seats import Draft, Seat, group, slug, unique
from orgeditor.templates.structures import COPY_BUILDERS
from orgeditor.templates.support import SupportPlan, plan_support
from orgeditor.templates.titles import chart_name, listed_values, team_name, with_value
from orgeditor.templates.titles import title as seat_title

Copy = tuple[str, str, list[Seat]]  # (segment value, id prefix, first-line managers)


def span_max() -> int:
    return int(default_config()["span.too_wide"]["span_max"])


def max_layers() -> int:
    return int(default_config()["management.too_many_layers"]["max_layers"])


def support_plan(params: TemplateParams) -> SupportPlan:
    # every seat of a template is planned, so every seller seat is an open one
    return plan_support(
        params.sellers, params.sellers, params.include_sales_ops, params.include_enablement
    )


def build_chart(params: TemplateParams) -> Chart:
    """The chart a template makes. Raises TemplateError for parameters it cannot build from."""
    params = validate(params)
    chart = _build(params, cro_leads_sales=False)
    if chart.roots() == ["cro"] and scope_for(chart).max_layers > max_layers():
        chart = _build(params, cro_leads_sales=True)
    return chart


def _build(params: TemplateParams, cro_leads_sales: bool) -> Chart:
    dimension = params.segment[0] if params.segment else None
    draft = Draft(params.language, dimension)
    limit = span_max()

    copies: list[Copy] = []
    prefixes: set[str] = set()
    for value in params.copies:
        prefix = f"{unique(slug(value), prefixes)}-" if value else ""
        copies.append((value, prefix, COPY_BUILDERS[params.model](draft, params, value, prefix)))

    plan = support_plan(params)
    operations = _sales_ops(draft, plan.sales_ops, limit)
    enablement = _enablement(draft, plan, params.enablement_sponsor, limit)
    cro_on_top = plan.sponsor and params.enablement_sponsor == "cro"
    if cro_on_top and cro_leads_sales:
        beside = operations + enablement
        units = _copy_units(draft, copies, limit, limit - len(beside))
        top = draft.seat(
            "cro", "cro", "cro", reports=_directors(draft, units, limit - len(beside), "", "")
        )
        top.reports += beside
    else:
        beside = operations + ([] if cro_on_top else enablement)
        units = _copy_units(draft, copies, limit, limit - len(beside))
        leader = draft.seat(
            "sales-leader",
            "sales_leader",
            "sales_leader",
            title=params.leader_title.strip(),
            reports=_directors(draft, units, limit - len(beside), "", "") + beside,
        )
        top = leader
        if cro_on_top:
            top = draft.seat("cro", "cro", "cro", reports=[leader, *enablement])
    settings = ChartSettings(name=params.name.strip() or chart_name(params.model, params.language))
    return draft.chart(top, settings)


def _copy_units(draft: Draft, copies: list[Copy], limit: int, room: int) -> list[Seat]:
    """What reports to the top of sales for the copies: each copy's Sales Director (or its one
    manager). When those are more than `room` and whole copies fit under fewer directors
    (at most `limit` managers each), directors over several copies instead."""
    heads = sum(1 if value and len(seats) >= 2 else len(seats) for value, _p, seats in copies)
    if heads > max(room, 2) and len(copies) > 1:
        packs = _pack_copies(copies, limit)
        if packs is not None and len(packs) < heads and len(packs) <= max(room, 2):
            numbers = iter(range(1, len(packs) + 1))
            return [_pack_head(draft, pack, limit, next(numbers)) for pack in packs]
    units: list[Seat] = []
    for value, prefix, managers in copies:
        units.extend(_copy_head(draft, managers, value, prefix, limit))
    return units


def _pack_copies(copies: list[Copy], limit: int) -> list[list[Copy]] | None:
    """Neighbouring whole copies grouped so that each group has at most `limit` managers;
    None when a copy alone has more."""
    packs: list[list[Copy]] = []
    size = 0
    for copy in copies:
        managers = len(copy[2])
        if managers > limit:
            return None
        if packs and size + managers <= limit:
            packs[-1].append(copy)
            size += managers
        else:
            packs.append([copy])
            size = managers
    return packs


def _pack_head(draft: Draft, pack: list[Copy], limit: int, number: int) -> Seat:
    """A Sales Director over whole copies (a copy alone: as _copy_head makes it)."""
    if len(pack) == 1:
        value, prefix, managers = pack[0]
        if len(managers) < 2:
            return managers[0]
        return _copy_head(draft, managers, value, prefix, limit)[0]
    values = [value for value, _prefix, _managers in pack]
    return draft.seat(
        f"sales-director-{number}",
        "unit_head",
        "sales_leader",
        title=with_value(
            seat_title("unit_head", draft.language),
            listed_values(values, draft.language),
            draft.language,
        ),
        reports=[manager for _value, _prefix, managers in pack for manager in managers],
    )


def _copy_head(
    draft: Draft, managers: list[Seat], value: str, prefix: str, limit: int
) -> list[Seat]:
    """A segment copy's first-line managers, under a Sales Director of the copy when there are
    two or more of them."""
    if not value or len(managers) < 2:
        return managers
    head = draft.seat(
        f"{prefix}head",
        "unit_head",
        "sales_leader",
        segment=value,
        title=with_value(seat_title("unit_head", draft.language), value, draft.language),
    )
    head.reports = _directors(draft, managers, limit, value, prefix)
    return [head]


def _directors(draft: Draft, units: list[Seat], limit: int, value: str, prefix: str) -> list[Seat]:
    """Units grouped under Sales Directors until at most `limit` remain."""
    numbers = iter(range(1, len(units) + 1))

    def director(chunk: list[Seat]) -> Seat:
        return draft.seat(
            f"{prefix}director-{next(numbers)}",
            "unit_head",
            "sales_leader",
            segment=value,
            title=with_value(seat_title("unit_head", draft.language), value, draft.language),
            reports=chunk,
        )

    return group(units, limit, director)


def _sales_ops(draft: Draft, count: int, limit: int) -> list[Seat]:
    """Sales operations: up to two report to the sales leader; three or more get a manager."""
    if not count:
        return []
    team = draft.team("sales-ops", team_name("sales_ops", draft.language), "operations")
    if count <= 2:
        return [
            draft.seat(f"sales-ops-{n}", "sales_ops", "sales_ops", team=team)
            for n in range(1, count + 1)
        ]
    analysts = [
        draft.seat(f"sales-ops-{n}", "sales_ops", "sales_ops", team=team) for n in range(1, count)
    ]
    numbers = iter(range(2, count + 1))

    def manager(chunk: list[Seat]) -> Seat:
        return draft.seat(
            f"sales-ops-lead-{next(numbers)}",
            "sales_ops_lead",
            "sales_ops",
            team=team,
            reports=chunk,
        )

    return [
        draft.seat(
            "sales-ops-lead",
            "sales_ops_lead",
            "sales_ops",
            team=team,
            reports=group(analysts, limit, manager),
        )
    ]


def _enablement(draft: Draft, plan: SupportPlan, sponsor: str, limit: int) -> list[Seat]:
    """The enablement team's seats that report to the sales leader (or the CRO).

    With a sponsor: VP of Sales Enablement > [director > specialists], program managers
    (without a director the specialists report to the VP). Without one (two people at most,
    by the rules' thresholds) they report to the sales leader."""
    if not (plan.specialists or plan.program_managers):
        return []
    team = draft.team("enablement", team_name("enablement", draft.language), "enablement")
    program_managers = [
        draft.seat(
            f"enablement-pm-{n}",
            "enablement_program_manager" if n == 1 else "onboarding_program_manager",
            "enablement_program_manager",
            team=team,
        )
        for n in range(1, plan.program_managers + 1)
    ]
    specialists = [
        draft.seat(
            f"enablement-specialist-{n}",
            "enablement_specialist",
            "enablement_specialist",
            team=team,
        )
        for n in range(1, plan.specialists + 1)
    ]
    numbers = iter(range(1, plan.specialists + 1))

    def lead(chunk: list[Seat]) -> Seat:  # only past span_max specialists (hundreds of sellers)
        return draft.seat(
            f"enablement-lead-{next(numbers)}",
            "enablement_program_manager",
            "enablement_program_manager",
            team=team,
            reports=chunk,
        )

    specialists = group(specialists, limit, lead)
    if plan.director:
        director = draft.seat(
            "enablement-director",
            "director_enablement",
            "director_enablement",
            team=team,
            reports=specialists,
        )
        below = [director, *program_managers]
    else:
        below = [*program_managers, *specialists]
    if plan.sponsor and sponsor == "vp_enablement":
        return [
            draft.seat("enablement-vp", "vp_enablement", "vp_enablement", team=team, reports=below)
        ]
    return below
