"""Role names in the interface's language: the ui names roles, role families and stages through
the "Labels" context (orgeditor/ui/labels.py), and the role catalogue's Bokmål labels (label_nb
in resources/roles.toml) are their Bokmål translations, so the catalogue and the shipped
translation never disagree."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from support.translation_script import load_script

from orgeditor.model import catalogue, role_family_label, role_label, stage_label
from orgeditor.ui.labels import role_short_text, role_text

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "orgeditor_nb.ts"


def shipped_labels() -> dict[str, str]:
    """English -> Bokmål of the "Labels" context of the shipped .ts (finished entries)."""
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != "Labels":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                found[message.findtext("source") or ""] = translation.text or ""
    return found


def catalogue_names() -> dict[str, str]:
    """English label -> label_nb of every role, family and stage of the catalogue."""
    cat = catalogue()
    names = {role_label(key): role.label_nb for key, role in cat.roles.items()}
    names |= {role_family_label(f): labels["label_nb"] for f, labels in cat.families.items()}
    names |= {stage_label(s): labels["label_nb"] for s, labels in cat.stages.items()}
    return names


def test_every_role_name_is_extracted_under_labels() -> None:
    texts = set(load_script().label_texts())
    assert set(catalogue_names()) <= texts


def test_the_bokmal_translation_of_each_role_name_is_the_catalogues_label() -> None:
    shipped = shipped_labels()
    wrong = {
        english: (shipped.get(english), bokmal)
        for english, bokmal in catalogue_names().items()
        if shipped.get(english) != bokmal
    }
    assert not wrong, wrong


def test_role_names_read_in_english_without_a_translator(qapp) -> None:
    assert role_text("ae") == "Account Executive (closing)"
    assert role_short_text("ae") == "Account Executive"
    assert role_short_text("cro") == "Chief Revenue Officer"
