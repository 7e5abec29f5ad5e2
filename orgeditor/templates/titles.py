"""Titles and team names the templates give, in English and Norwegian (Bokmål).

Every title infers the role the template sets explicitly (tests check it against the role
catalogue), so a chart exported without its role column still reads the same.
"""

from __future__ import annotations

# role key (or a template-specific seat) -> (English, Norwegian)
_TITLES: dict[str, tuple[str, str]] = {
    "sales_leader": ("VP Sales", "Salgsdirektør"),
    "unit_head": ("Sales Director", "Salgsdirektør"),
    "cro": ("Chief Revenue Officer", "Inntektsdirektør (CRO)"),
    "manager_lead_generation": ("Sales Manager, Lead Generation", "Salgsleder leadgenerering"),
    "manager_closing": ("Sales Manager, Closing", "Salgsleder nysalg"),
    "manager_retention": ("Sales Manager, Retention", "Salgsleder kundeoppfølging"),
    "pod_lead": ("Pod Sales Lead", "Salgsleder pod"),
    "team_lead": ("Sales Team Lead", "Teamleder salg"),
    "sdr": ("Sales Development Representative", "Salgsutvikler (SDR)"),
    "ae": ("Account Executive", "Account Executive"),
    "am": ("Account Manager", "Kundeansvarlig"),
    "csm": ("Customer Success Manager", "Kundesuksessansvarlig"),
    "generalist": ("Sales Representative", "Selger"),
    "sales_ops_lead": ("Sales Operations Manager", "Leder salgsoperasjoner"),
    "sales_ops": ("Sales Operations Analyst", "Salgsanalytiker"),
    "vp_enablement": ("VP of Sales Enablement", "Visepresident salgsaktivering"),
    "director_enablement": ("Director of Sales Enablement", "Direktør for salgsaktivering"),
    "enablement_program_manager": (
        "Sales Enablement Program Manager",
        "Programleder salgsaktivering",
    ),
    "onboarding_program_manager": (
        "Sales Enablement Program Manager, Onboarding",
        "Programleder salgsaktivering, onboarding",
    ),
    "enablement_specialist": ("Sales Enablement Specialist", "Spesialist salgsaktivering"),
}

_TEAMS: dict[str, tuple[str, str]] = {
    "lead_generation": ("Lead generation", "Leadgenerering"),
    "closing": ("Closing", "Avslutning"),
    "retention": ("Retention", "Kundeoppfølging"),
    "pod": ("Pod", "Pod"),
    "team": ("Team", "Team"),
    "sales_ops": ("Sales operations", "Salgsoperasjoner"),
    "enablement": ("Sales enablement", "Salgsaktivering"),
}

_CHART_NAMES: dict[str, tuple[str, str]] = {
    "assembly_line": ("Sales team: assembly line", "Salgsteam: samlebånd"),
    "pod": ("Sales team: pods", "Salgsteam: pods"),
    "island": ("Sales team: island", "Salgsteam: øya"),
}


def _pick(table: dict[str, tuple[str, str]], key: str, language: str) -> str:
    english, norwegian = table[key]
    return norwegian if language == "nb" else english


def title(seat: str, language: str = "en") -> str:
    return _pick(_TITLES, seat, language)


def with_value(title: str, value: str, language: str = "en") -> str:
    """'Sales Director, North' / 'Salgsdirektør Nord'; the title alone without a value."""
    if not value:
        return title
    return f"{title} {value}" if language == "nb" else f"{title}, {value}"


# how a manager of several stages names them: "Sales Manager, Lead Generation and Closing"
_STAGE_WORDS: dict[str, tuple[str, str]] = {
    "lead_generation": ("Lead Generation", "leadgenerering"),
    "closing": ("Closing", "nysalg"),
    "retention": ("Retention", "kundeoppfølging"),
}
_AND = {"en": "and", "nb": "og"}


def stages_manager_title(stages: list[str], language: str = "en") -> str:
    """The title of a sales manager over one or more stages' sellers:
    'Sales Manager, Lead Generation and Closing' / 'Salgsleder leadgenerering og nysalg'."""
    if len(stages) == 1:
        return title(f"manager_{stages[0]}", language)
    words = [_pick(_STAGE_WORDS, stage, language) for stage in stages]
    listed = f"{', '.join(words[:-1])} {_AND[language]} {words[-1]}"
    if language == "nb":
        return f"Salgsleder {listed}"
    return f"Sales Manager, {listed}"


def listed_values(values: list[str], language: str = "en") -> str:
    """'North, South and East' / 'Nord, Sør og Øst'."""
    if len(values) == 1:
        return values[0]
    return f"{', '.join(values[:-1])} {_AND[language]} {values[-1]}"


def team_name(kind: str, language: str = "en") -> str:
    return _pick(_TEAMS, kind, language)


def chart_name(model: str, language: str = "en") -> str:
    return _pick(_CHART_NAMES, model, language)


def seats() -> tuple[str, ...]:
    """Every seat key that has a title (for the tests)."""
    return tuple(_TITLES)
