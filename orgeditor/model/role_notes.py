"""What each role does, in the source article's terms (RULES.md, "The domain in one page"): the
one place for the explanations the palette's tooltips show.

The texts are English; the ui shows them through Qt's translator (context "RoleNotes", see
orgeditor/ui/panels/palette.py), and scripts/update_translations.py hands them to lupdate. A
`%1`, `%2` in a text is a number from the checks' default settings (resources/rules.toml),
named by `numbers` as (rule id, setting): the ui fills them in, so a text never disagrees with
the checks. Every role of resources/roles.toml has a note
(tests/ui/panels/test_palette_notes.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RoleNote:
    text: str  # English; %1, %2: the numbers below
    numbers: tuple[tuple[str, str], ...] = ()  # (rule id, setting) for %1, %2, …


ROLE_NOTES: dict[str, RoleNote] = {
    "executive": RoleNote(
        "Leads the company: chooses the sales model (assembly line, pod or island) and "
        "invests in the structure and the support functions that make it work."
    ),
    "cro": RoleNote(
        "Owns all revenue: sales, sales operations and often the other go-to-market teams. "
        "The article names the CRO as a possible executive sponsor of sales enablement."
    ),
    "sales_leader": RoleNote(
        "Leads the sales organisation and decides how it is built: an assembly line, pods or "
        "islands, segmented by region, product line, customer size or vertical."
    ),
    "sales_manager": RoleNote(
        "First-line manager of sellers: leads a stage team in an assembly line, a pod as its "
        "pod lead, or a group of generalists on an island. The checks warn above %1 direct "
        "reports.",
        (("span.too_wide", "span_max"),),
    ),
    "sdr": RoleNote(
        "Lead generation: finds and qualifies prospects and books meetings for the account "
        "executives. The first stage of an assembly line; in a pod, the seat that fills the "
        "pipeline."
    ),
    "ae": RoleNote(
        "Closing: takes the meetings the SDRs booked, runs the deal and signs the customer, then "
        "hands over to account management. The middle stage of an assembly line; a seat in "
        "every pod."
    ),
    "am": RoleNote(
        "Retention: looks after the customer once signed (renewals, growth). The last stage of "
        "an assembly line, the \u201cfarmer\u201d of hunter-farmer; in a pod, the retention "
        "seat."
    ),
    "csm": RoleNote(
        "Retention: onboards the customer and makes them successful, so they stay. Shares the "
        "last stage of an assembly line with the account managers; in a pod, the retention "
        "seat."
    ),
    "generalist": RoleNote(
        "The island model: one seller owns a customer from prospecting to onboarding, doing "
        "every stage alone. Simple and high output per head, but hard to scale: the checks "
        "warn above %1 sellers on an island.",
        (("model.island_scale", "island_max_sellers"),),
    ),
    "sales_ops": RoleNote(
        "Sales operations: runs the day-to-day of the sales organisation (administration, CRM "
        "data, forecasting, tools) so that sellers can sell. The checks expect one from %1 "
        "sellers.",
        (("operations.missing", "operations_min_sellers"),),
    ),
    "chief_enablement_officer": RoleNote(
        "Leads sales enablement: the executive sponsor the article says enablement needs to "
        "win its investment and start programmes."
    ),
    "vp_enablement": RoleNote(
        "Heads sales enablement; in smaller companies doubles as its executive sponsor. The "
        "checks look for a sponsor from %1 sellers.",
        (("enablement.no_executive", "exec_min_sellers"),),
    ),
    "director_enablement": RoleNote(
        "Runs sales enablement day to day and is the bridge between sales and marketing "
        "(product marketing and field sales)."
    ),
    "enablement_program_manager": RoleNote(
        "Builds and runs the enablement programmes; where the budget allows, one is dedicated "
        "to onboarding and training. The checks suggest one from %1 sellers.",
        (("enablement.no_program_manager", "program_manager_min_sellers"),),
    ),
    "enablement_specialist": RoleNote(
        "Trains and equips the sellers: sales plays, content and the enablement platform. The "
        "checks expect enablement from %1 sellers, and at least one enabler per %2 sellers.",
        (
            ("enablement.missing", "enablement_min_sellers"),
            ("enablement.understaffed", "max_sellers_per_enabler"),
        ),
    ),
    "marketing": RoleNote(
        "Marketing: not a seller. Works with enablement on content and with the SDRs on leads."
    ),
    "other": RoleNote(
        "Any other job: counted in headcount and cost, not as a seller, enablement or sales "
        "operations."
    ),
}


def role_note(key: str) -> RoleNote | None:
    return ROLE_NOTES.get(key)
