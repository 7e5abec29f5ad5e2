"""Title inference on every title in the real data and on messy titles of our own."""

import csv

import pytest

from orgeditor.model import catalogue

EXPECTED = {
    # real titles, northwind_employees.csv
    "Sales Representative": "generalist",
    "Vice President, Sales": "sales_leader",
    "Sales Manager": "sales_manager",
    "Inside Sales Coordinator": "sales_ops",
    # messy titles of our own
    "Key Account Manager": "am",
    "Accounts Manager": "other",
    "Accounts Receivable Specialist": "other",
    "Salgssjef": "sales_manager",
    "Regionsalgssjef Vest": "sales_manager",
    "Salgsleder Øst": "sales_manager",
    "Salgsdirektør": "sales_leader",
    "Daglig leder": "executive",
    "Administrerende direktør": "executive",
    "Chief Executive Officer": "executive",
    "CEO & Founder": "executive",
    "Chief Financial Officer": "other",
    "Vice President of Production": "other",
    "Head of Sales, EMEA": "sales_leader",
    "SVP Sales": "sales_leader",
    "Chief Revenue Officer": "cro",
    "CRO": "cro",
    "Chief Enablement Officer": "chief_enablement_officer",
    "VP of Sales Enablement": "vp_enablement",
    "Vice President, Sales Enablement": "vp_enablement",
    "Director of Sales Enablement": "director_enablement",
    "Direktør for salgsaktivering": "director_enablement",
    "Sales Enablement Program Manager": "enablement_program_manager",
    "Salgsaktiveringsprogramleder": "enablement_program_manager",
    "Sales Enablement Specialist": "enablement_specialist",
    "Enablement Coordinator": "enablement_specialist",
    "Sales Operations Manager": "sales_ops",
    "Revenue Operations Analyst": "sales_ops",
    "CRM Administrator": "sales_ops",
    "Salgskoordinator": "sales_ops",
    "Sales Development Representative": "sdr",
    "BDR": "sdr",
    "SDR Team Lead": "sales_manager",
    "Account Executive": "ae",
    "Senior Account Executive - Enterprise": "ae",
    "Customer Success Manager": "csm",
    "Kundesuksessansvarlig": "csm",
    "Kundeansvarlig bedrift": "am",
    "Selger": "generalist",
    "Butikkselger": "generalist",
    "Salgsrepresentant": "generalist",
    "Sales Executive": "generalist",
    "Marketing Manager": "marketing",
    "Product Marketing Manager": "marketing",
    "Markedssjef": "marketing",
    "Brand Manager": "marketing",
    "Production Technician": "other",
    "Pacific Sales Manager": "sales_manager",
    "": "other",
}


@pytest.mark.parametrize(("title", "role"), sorted(EXPECTED.items()))
def test_title_inference(title, role):
    assert catalogue().infer(title).role == role


def test_every_real_title_gets_a_known_role(data_dir):
    cat = catalogue()
    titles = set()
    for name in ("northwind_employees.csv", "softuni_employees.csv"):
        with open(data_dir / name, encoding="utf-8") as handle:
            titles |= {row["title"] for row in csv.DictReader(handle)}
    inferred = {t: cat.infer(t).role for t in titles}
    assert set(inferred.values()) <= set(cat.roles)
    sellers = {t for t, r in inferred.items() if cat.role(r).is_seller}
    assert sellers == {"Sales Representative"}
    leaders = {t for t, r in inferred.items() if r in ("sales_leader", "sales_manager")}
    assert leaders == {
        "Vice President, Sales",
        "Vice President of Sales",
        "Sales Manager",
        "Pacific Sales Manager",
        "North American Sales Manager",
        "European Sales Manager",
    }
    assert inferred["Marketing Manager"] == "marketing"
    assert inferred["Accounts Manager"] == "other"


def test_inference_says_which_pattern_decided():
    inference = catalogue().infer("Key Account Manager")
    assert inference.role == "am"
    assert "key account" in inference.pattern


def test_catalogue_has_labels_in_both_languages():
    cat = catalogue()
    for role in cat.roles.values():
        assert role.label_en and role.label_nb
    assert cat.label("generalist", "nb") == "Selger (generalist)"
    assert set(cat.families) == {"leadership", "seller", "operations", "enablement", "other"}
