"""Every palette entry explains itself: each role says what it does in an assembly line, a pod
or on an island (model/role_notes.py, with the checks' default numbers), each structure what the
model is."""

from html import escape

import pytest

from orgeditor.model import catalogue
from orgeditor.model.role_notes import ROLE_NOTES
from orgeditor.rules import default_config
from orgeditor.ui.dialogs.structure_info import structure_blurb
from orgeditor.ui.panels.palette import PaletteWidget, role_note_text
from orgeditor.ui.panels.palette_model import STRUCTURE_KEY


@pytest.fixture
def palette(qtbot):
    widget = PaletteWidget()
    qtbot.addWidget(widget)
    return widget


def test_every_role_in_the_catalogue_has_a_note():
    assert set(ROLE_NOTES) == set(catalogue().roles)
    for key, note in ROLE_NOTES.items():
        assert note.text.count("%") == len(note.numbers), key
        for rule, setting in note.numbers:
            assert setting in default_config()[rule].values, (key, rule, setting)


def test_every_role_entry_has_a_tooltip_explaining_the_role(palette):
    keys = palette.role_keys()
    assert len(keys) == len(catalogue().roles)
    for key in keys:
        tip = palette.role_tooltip(key)
        assert tip.strip(), key
        assert "%1" not in tip and "%2" not in tip, key  # the numbers are filled in
        assert escape(role_note_text(key)) in tip, key


def test_role_tooltips_speak_the_article_and_the_checks_numbers(palette):
    config = default_config()
    sdr = palette.role_tooltip("sdr")
    assert "books meetings for the account executives" in sdr
    assert "first stage of an assembly line" in sdr
    assert "Typical titles" in sdr  # the details stay below the note
    enabler = palette.role_tooltip("enablement_specialist")
    per_enabler = config["enablement.understaffed"]["max_sellers_per_enabler"]
    assert f"at least one enabler per {per_enabler} sellers" in enabler
    island = palette.role_tooltip("generalist")
    assert f"above {config['model.island_scale']['island_max_sellers']} sellers" in island


def test_every_structure_entry_explains_its_model(palette):
    model = palette.structures_model
    for key in palette.structure_keys():
        tip = model.itemFromIndex(model.index_of_structure(key)).toolTip()
        assert structure_blurb(key) and structure_blurb(key) in tip.replace("&amp;", "&"), key
        assert model.itemFromIndex(model.index_of_structure(key)).data(STRUCTURE_KEY) == key
