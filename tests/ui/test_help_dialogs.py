"""Help ▸ About orgeditor and Help ▸ Keyboard Shortcuts: real dialogs opened from the window's
actions; the About box names the version, the build and every bundled library's licence."""

from __future__ import annotations

import json
import sys
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QPlainTextEdit

from orgeditor import build_info
from orgeditor.cli import package_version
from orgeditor.ui.app import ICON_SIZES, application_icon
from orgeditor.ui.dialogs import help as help_dialogs
from orgeditor.ui.dialogs.help import COMPONENTS, SHORTCUTS, AboutDialog, licences_folder

ROOT = Path(__file__).resolve().parents[2]


def open_about(window, qtbot) -> AboutDialog:
    window.actions.about.trigger()
    dialog = window.findChild(QDialog, "aboutDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_about_names_the_version_and_what_it_runs_on(window, qtbot) -> None:
    dialog = open_about(window, qtbot)
    assert dialog.isModal() and dialog.windowTitle() == "About orgeditor"
    version = dialog.findChild(QLabel, "aboutVersion").text()
    assert f"orgeditor {package_version()}" in version
    build = dialog.findChild(QLabel, "aboutBuild").text()
    assert build.startswith("Qt 6.") and "Python 3." in build
    assert not dialog.findChild(QLabel, "aboutIcon").pixmap().isNull()
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "aboutDialog") is None)


def test_about_names_the_standalone_build(window, qtbot, monkeypatch, tmp_path) -> None:
    (tmp_path / "orgeditor").mkdir()
    info = {"version": "0.1.0", "date": "2026-12-03", "git": "v0.1.0-4-gabcdef0",
            "qt": "6.11.3", "python": "3.11.7"}  # fmt: skip
    (tmp_path / "orgeditor" / "build_info.json").write_text(json.dumps(info))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    dialog = open_about(window, qtbot)
    build = dialog.findChild(QLabel, "aboutBuild").text()
    assert build == (
        "Standalone build 2026-12-03 v0.1.0-4-gabcdef0, with Qt 6.11.3 and Python 3.11.7"
    )
    assert build_info.version_line("0.1.0") == (
        "orgeditor 0.1.0 (standalone build 2026-12-03 v0.1.0-4-gabcdef0, Qt 6.11.3, Python 3.11.7)"
    )
    dialog.reject()


def test_the_licences_tab_shows_each_library_and_its_text(window, qtbot) -> None:
    dialog = open_about(window, qtbot)
    dialog.tabs.setCurrentIndex(1)
    listing = dialog.findChild(QListWidget, "aboutComponents")
    text = dialog.findChild(QPlainTextEdit, "aboutLicenceText")
    note = dialog.findChild(QLabel, "aboutLicenceNote")
    rows = [listing.item(i).text() for i in range(listing.count())]
    assert any(r.startswith("Qt / PySide6 6.") and r.endswith("LGPL-3.0-only") for r in rows)
    assert any(r.startswith("networkx") and r.endswith("BSD-3-Clause") for r in rows)
    assert any(r.startswith("openpyxl") and r.endswith("MIT") for r in rows)
    # Qt is shown first: its note says how to replace the libraries, and both texts follow
    assert listing.currentRow() == 1
    assert "_internal/PySide6/Qt/lib" in note.text() and "replace" in note.text()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text.toPlainText()
    assert "GNU GENERAL PUBLIC LICENSE" in text.toPlainText()
    for row, component in enumerate(COMPONENTS):
        listing.setCurrentRow(row)
        assert len(text.toPlainText()) > 500, component.name
        assert "is missing" not in text.toPlainText(), component.name
    dialog.reject()


@pytest.mark.parametrize(
    "distribution", ["networkx", "openpyxl", "et_xmlfile", "defusedxml", "PySide6_Essentials"]
)
def test_every_runtime_dependency_is_listed_with_its_own_licence(distribution) -> None:
    """The licence the About box states is the one the installed package declares."""
    component = next(c for c in COMPONENTS if c.distribution == distribution)
    meta = metadata.metadata(distribution)
    declared = meta.get("License-Expression") or meta.get("License") or ""
    classifiers = " ".join(meta.get_all("Classifier") or [])
    first = component.licence.split("-")[0]
    assert (
        first in declared
        or first in classifiers
        or (component.licence == "PSF-2.0" and "Python Software Foundation" in classifiers)
    ), (component.licence, declared)


def test_every_dependency_in_pyproject_has_a_component() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    names = {d.split(">")[0].split("<")[0].split("=")[0].split(";")[0].strip().lower()
             for d in project["dependencies"]}  # fmt: skip
    listed = {c.distribution.lower().replace("_", "-") for c in COMPONENTS}
    assert names <= listed, names - listed


def test_the_licence_files_are_shipped_and_equal_the_project_licence() -> None:
    folder = licences_folder()
    for component in COMPONENTS:
        for name in component.files:
            assert (folder / name).is_file(), name
    assert (folder / "orgeditor.txt").read_text() == (ROOT / "LICENSE").read_text()


def test_shortcuts_dialog_lists_every_shortcut(window, qtbot) -> None:
    window.actions.shortcuts.trigger()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    table = dialog.findChild(QLabel, "shortcutsTable").text()
    for keys, what in SHORTCUTS:
        assert keys in table and what in table
    dialog.reject()


def test_every_shortcut_of_the_window_is_in_the_list(window) -> None:
    """The list is written by hand: each action's main shortcut must be in it, so a new
    shortcut cannot be left out (key names as the list writes them)."""
    listed = {key for keys, _what in SHORTCUTS for key in keys.replace(" or ", " / ").split(" / ")}
    spelled = {"Del": "Delete", "Ctrl+Del": "Ctrl+Delete"}
    missing = set()
    for action in window.findChildren(QAction):
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        if shortcut and spelled.get(shortcut, shortcut) not in listed:
            missing.add(f"{shortcut} ({action.text()})")
    assert sorted(missing) == []


def test_the_application_icon_has_every_size(qapp) -> None:
    icon = application_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert set(ICON_SIZES) <= sizes
    assert not icon.pixmap(16, 16).isNull() and not icon.pixmap(64, 64).isNull()


def test_the_texts_are_translatable_in_their_contexts() -> None:
    source = Path(help_dialogs.__file__).read_text("utf-8")
    assert 'QT_TRANSLATE_NOOP("AboutDialog"' in source
    assert source.count('QT_TRANSLATE_NOOP("ShortcutsDialog"') >= len(SHORTCUTS)
