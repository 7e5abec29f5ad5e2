"""The interface in Norwegian Bokmål (orgeditor/ui/language.py, resources/i18n): the language
setting, the translators, and every menu and action of the menu bar translated. Each test
removes what it installed, so the other tests see the English interface."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMenu, QTabBar

from orgeditor.ui.commands import CopyScenarioCommand
from orgeditor.ui.language import (
    BOKMAAL,
    ENGLISH,
    LANGUAGE_KEY,
    SYSTEM,
    _settings,
    install_translators,
    interface_language,
    language_setting,
    remove_translators,
    system_language,
)

# the same word in both languages (a loanword Norwegian sales teams use as it is)
SAME_IN_BOKMAAL = {"Pod"}


# menus whose entries are names, not interface texts: recent files, the example companies,
# the role catalogue (its names come from the catalogue's labels: test_role_names_are_...)
def name_menus(window) -> list[QMenu]:
    acts = window.actions
    return [acts.recent_menu, acts.examples_menu, acts.add_report_menu, acts.change_role_menu]


def menu_texts(
    menu: QMenu, skip: list[QMenu], path: str = "", names: bool = False
) -> list[tuple[str, str]]:
    """(path, text) of every action and submenu of `menu`, depth first; separators without
    text skipped; in a menu of names only its sections."""
    found = []
    for act in menu.actions():
        if act.isSeparator() and not act.text():
            continue
        sub = act.menu()
        where = f"{path} ▸ {act.text()}"
        if names and sub is None and not act.isSeparator():
            continue
        found.append((where, act.text()))
        if sub is not None:
            found += menu_texts(sub, skip, where, names or sub in skip)
    return found


def bar_texts(window) -> list[tuple[str, str]]:
    found = []
    for act in window.menuBar().actions():
        found.append((act.text(), act.text()))
        found += menu_texts(act.menu(), name_menus(window), act.text())
    return found


def forget_unsaved_changes(win):
    win.document.undo_stack.clear()
    win.document.undo_stack.setClean()


@pytest.fixture
def make_window(qtbot, tmp_path, monkeypatch):
    from orgeditor.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    def make() -> MainWindow:
        win = MainWindow()
        qtbot.addWidget(win, before_close_func=forget_unsaved_changes)
        return win

    return make


def test_the_tests_run_in_english(qapp):
    assert language_setting() == SYSTEM
    assert interface_language() == ENGLISH
    assert QCoreApplication.translate("WindowActions", "&File") == "&File"


def test_english_gets_only_its_plural_forms(qapp):
    """English is the source language: its one translator holds the forms of the counted
    texts, so the interface never says "position(s)"."""
    translators = install_translators(qapp, ENGLISH)
    try:
        assert len(translators) == 1
        assert QCoreApplication.translate("WindowActions", "&File") == "&File"
        counted = "CountedTexts", "Make pod from %n position(s)"
        assert QCoreApplication.translate(*counted, None, 1) == "Make pod from 1 position"
        assert QCoreApplication.translate(*counted, None, 3) == "Make pod from 3 positions"
    finally:
        remove_translators(qapp, translators)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "nb_NO.UTF-8"}, BOKMAAL),
        ({"LANG": "no_NO"}, BOKMAAL),
        ({"LANG": "nn_NO.UTF-8"}, BOKMAAL),
        ({"LANG": "C.UTF-8"}, ENGLISH),
        ({"LANG": "en_GB.UTF-8"}, ENGLISH),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "nb_NO.UTF-8"}, BOKMAAL),
        ({"LANG": "nb_NO.UTF-8", "LC_ALL": "C"}, ENGLISH),
    ],
)
def test_system_follows_the_locale(environ, expected):
    assert system_language(environ) == expected


def test_the_setting_overrides_the_locale(qapp):
    nb = {"LANG": "nb_NO.UTF-8"}
    try:
        _settings().setValue(LANGUAGE_KEY, ENGLISH)
        assert interface_language(nb) == ENGLISH
        _settings().setValue(LANGUAGE_KEY, BOKMAAL)
        assert interface_language({"LANG": "C.UTF-8"}) == BOKMAAL
        _settings().setValue(LANGUAGE_KEY, "klingon")  # damaged: the system's
        assert language_setting() == SYSTEM
        assert interface_language(nb) == BOKMAAL
    finally:
        _settings().remove(LANGUAGE_KEY)


def test_starts_in_bokmaal_under_a_norwegian_locale(qapp, make_window, monkeypatch):
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    translators = install_translators(qapp)
    try:
        assert len(translators) == 2  # ours and Qt's (Nynorsk for Bokmål)
        assert QLocale().language() == QLocale.Language.NorwegianBokmal
        assert QLocale().toString(1234.5, "f", 1) == "1\xa0234,5"
        # Qt's own buttons
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        window = make_window()
        titles = [act.text() for act in window.menuBar().actions()]
        assert titles == ["&Fil", "&Rediger", "&Team", "&Scenarioer", "&Vis", "&Hjelp"]
    finally:
        remove_translators(qapp, translators)
    assert QCoreApplication.translate("WindowActions", "&File") == "&File"
    assert QLocale().language() != QLocale.Language.NorwegianBokmal


def test_every_menu_and_action_is_translated(qapp, make_window, bokmaal):
    norwegian = bar_texts(make_window())
    remove_translators(qapp, bokmaal)
    bokmaal.clear()
    english = bar_texts(make_window())
    assert len(norwegian) == len(english) > 80
    same = [
        (where, text)
        for (where, text), (_nb_where, nb_text) in zip(english, norwegian, strict=True)
        if text == nb_text and text not in SAME_IN_BOKMAAL
    ]
    assert same == []


def test_accelerators_are_unique_in_each_menu(make_window, bokmaal):
    window = make_window()

    def check(menu: QMenu, where: str) -> None:
        keys: dict[str, str] = {}
        for act in menu.actions():
            text = act.text().replace("&&", "")
            if "&" in text:
                key = text[text.index("&") + 1].lower()
                assert key not in keys, f"{where}: {act.text()} and {keys[key]} share &{key}"
                keys[key] = act.text()
            if act.menu() is not None:
                check(act.menu(), f"{where} ▸ {act.text()}")

    check(window.menuBar(), "menu bar")
    for act in window.menuBar().actions():
        check(act.menu(), act.text())


def test_preferences_offer_the_language(make_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QComboBox, QDialog

    from orgeditor.ui.dialogs.preferences import PreferencesDialog

    window = make_window()
    dialog = PreferencesDialog(window.autosaver.store.folder, window)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "interfaceLanguage")
    assert [combo.itemData(i) for i in range(combo.count())] == [SYSTEM, ENGLISH, BOKMAAL]
    assert combo.currentData() == SYSTEM
    try:
        combo.setCurrentIndex(combo.findData(BOKMAAL))
        monkeypatch.setattr(PreferencesDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
        monkeypatch.setattr("orgeditor.ui.main_window.PreferencesDialog", lambda *_args: dialog)
        window.show_preferences()
        assert language_setting() == BOKMAAL
        # the interface stays as it started: the language changes at the next start
        assert window.menuBar().actions()[0].text() == "&File"
    finally:
        _settings().remove(LANGUAGE_KEY)


def start_page_texts(window) -> list[str]:
    """The start page's headings (title, subtitle, sections) and the three model titles."""
    from PySide6.QtWidgets import QLabel

    page = window.start_page
    headings = [
        label.text()
        for name in ("startTitle", "startSubtitle", "startSection")
        for label in page.findChildren(QLabel, name)
    ]
    models = [button.title_label.text() for button in page.template_buttons.values()]
    return headings + models


def test_the_start_page_and_the_checks_panel_are_in_bokmaal(qapp, make_window, bokmaal):
    window = make_window()  # made after the translators are installed, as run_app does
    assert window.start_page_shown()
    norwegian = start_page_texts(window)
    window.checks.refresh_now()  # a fresh window's chart is empty
    empty_text = window.checks.list_view.empty_text
    remove_translators(qapp, bokmaal)
    bokmaal.clear()
    english = start_page_texts(make_window())
    assert len(norwegian) == len(english) >= 7  # title, subtitle, 3 sections, 3 models
    assert english[0] == "Start a sales organisation chart"
    same = [
        text
        for text, nb_text in zip(english, norwegian, strict=True)
        if text == nb_text and text not in SAME_IN_BOKMAAL
    ]
    assert same == []
    assert "Samlebånd" in norwegian and "Øy" in norwegian
    assert empty_text == "Kartet er tomt. Dra roller fra paletten for å begynne."


def role_words(window) -> dict[str, list[str]]:
    """The role names the palette, the Add Report menu and the cards show."""
    from orgeditor.ui.panels.palette_model import ROLE_KEY

    model = window.palette_panel.model
    palette = [
        model.item(row).child(kid).text()
        for row in range(model.rowCount())
        for kid in range(model.item(row).rowCount())
        if model.item(row).child(kid).data(ROLE_KEY)
    ]
    window.show_example()
    scene, chart = window.scene, window.document.chart
    cards = sorted({scene.card(pid).content.role_label for pid in chart.position_ids()})
    window.actions.add_report_menu.aboutToShow.emit()  # as when it opens: filled then
    menu = [a.text() for a in window.actions.add_report_menu.actions() if a.text()]
    return {"palette": palette, "cards": cards, "menu": menu}


def test_role_names_are_the_catalogues_bokmaal(qapp, make_window, bokmaal):
    """The palette, the Add Report menu and the cards name each role with the catalogue's
    Norwegian label (label_nb), and in English with its English one."""
    norwegian = role_words(make_window())
    remove_translators(qapp, bokmaal)
    bokmaal.clear()
    _settings().remove(LANGUAGE_KEY)
    english = role_words(make_window())
    assert "SDR / BDR (leadgenerering)" in norwegian["palette"]
    assert "SDR / BDR (lead generation)" in english["palette"]
    assert "Salgssjef / salgsleder" in norwegian["cards"]
    assert "Sales manager / team lead" in english["cards"]
    assert any("Kundeansvarlig" in text for text in norwegian["menu"])
    assert not any("Kundeansvarlig" in text for text in english["menu"])
    for where in ("palette", "cards"):
        assert len(norwegian[where]) == len(english[where]) > 3


def test_the_first_scenario_is_named_in_bokmaal(make_window, bokmaal):
    """The default name of a chart's first scenario shows in the interface's language; the
    name in the file stays as it is, and the tab still shows that scenario."""
    window = make_window()
    window.show_example()
    tabs = window.findChild(QTabBar, "scenarioTabs")
    assert tabs.tabText(0) != "As-is" and tabs.tabText(0)
    assert window.document.scenarios.names() == ["As-is"]
    window.scenario_actions.push(CopyScenarioCommand(window.document, "As-is", "Forslag A"))
    assert tabs.tabText(1) == "Forslag A"
    tabs.setCurrentIndex(0)
    assert window.document.scenarios.current == "As-is"


def test_the_compare_view_names_the_first_scenario_in_bokmaal(make_window, bokmaal):
    window = make_window()
    window.show_example()
    window.scenario_actions.push(CopyScenarioCommand(window.document, "As-is", "Forslag A"))
    dialog = window.show_compare()
    texts = [dialog.before_box.itemText(i) for i in range(dialog.before_box.count())]
    assert texts == ["Nåsituasjon", "Forslag A"]
    assert dialog.before_box.currentData() == "As-is"  # the name in the file
    assert dialog.before_pane.title.text() == "Nåsituasjon"
    dialog.close()
