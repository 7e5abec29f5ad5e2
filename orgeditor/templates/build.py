"""build_chart(params): the whole template chart, one top, spans within span.too_wide.

    sales leader (VP Sales)                       <- the single top (or a CRO above it, when the
      [Sales Director, <value>]                      CRO is the enablement sponsor)
        first-line managers of the copy           <- structures.py
          sellers
      sales operations
      sales enablement (sponsor > director > program managers, specialists)

A copy gets its own Sales Director when it has two or more first-line managers; with one, that
manager reports to the sales leader directly. Where a manager would get more than `span_max`
direct reports (rules.toml), Sales Directors are put in between, each over an even share.
"""

from __future__ import annotations

from orgeditor.model import Chart, ChartSettings
from orgeditor.rules import default_config
from orgeditor.templates.params import TemplateParams, validate
from orgeditor.templates.seats import Draft, Seat, group, slug, unique
from orgeditor.templates.structures import COPY_BUILDERS
from orgeditor.templates.support import SupportPlan, plan_support
from orgeditor.templates.titles import chart_name, team_name, with_value
from orgeditor.templates.titles import title as seat_title


def span_max() -> int:
    return int(default_config()["span.too_wide"]["span_max"])


def support_plan(params: TemplateParams) -> SupportPlan:
    # every seat of a template is planned, so every seller seat is an open one
    return plan_support(
        params.sellers, params.sellers, params.include_sales_ops, params.include_enablement
    )


def build_chart(params: TemplateParams) -> Chart:
    """The chart a template makes. Raises TemplateError for parameters it cannot build from."""
    params = validate(params)
    dimension = params.segment[0] if params.segment else None
    draft = Draft(params.language, dimension)
    limit = span_max()

    units: list[Seat] = []
    prefixes: set[str] = set()
    for value in params.copies:
        prefix = f"{unique(slug(value), prefixes)}-" if value else ""
        managers = COPY_BUILDERS[params.model](draft, params, value, prefix)
        units.extend(_copy_head(draft, managers, value, prefix, limit))

    plan = support_plan(params)
    operations = _sales_ops(draft, plan.sales_ops, limit)
    enablement = _enablement(draft, plan, params.enablement_sponsor, limit)
    cro_on_top = plan.sponsor and params.enablement_sponsor == "cro"
    beside_units = operations + ([] if cro_on_top else enablement)
    leader = draft.seat(
        "sales-leader",
        "sales_leader",
        "sales_leader",
        title=params.leader_title.strip(),
        reports=_directors(draft, units, limit - len(beside_units), "", "") + beside_units,
    )
    top = leader
    if cro_on_top:
        top = draft.seat("cro", "cro", "cro", reports=[leader, *enablement])
    settings = ChartSettings(name=params.name.strip() or chart_name(params.model, params.language))
    return draft.chart(top, settings)


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
