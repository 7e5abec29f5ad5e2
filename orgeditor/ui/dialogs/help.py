"""Help menu dialogs: the keyboard shortcuts and the About box.

The About box names the version (and, in the standalone build, what it was built from), the
libraries orgeditor runs on and their licences; the licence texts ship in
resources/licenses (in the standalone build also beside the program, in licenses/). Qt is
under the LGPL-3.0, which asks that a user can replace the Qt libraries of a program that
bundles them: the note on PySide6 and Qt says how (README.md, "Standalone build").
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from orgeditor.build_info import standalone_build
from orgeditor.cli import package_version

# (keys, what they do); keys written in words are translated, key names like Ctrl+N are not
SHORTCUTS = [
    ("Ctrl+N / Ctrl+O / Ctrl+S", QT_TRANSLATE_NOOP("ShortcutsDialog", "New, open, save")),
    ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("ShortcutsDialog", "Save as")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("ShortcutsDialog", "New chart from a template")),
    ("Ctrl+I", QT_TRANSLATE_NOOP("ShortcutsDialog",
                                 "Insert a structure (assembly line, pod, island)")),
    ("Ctrl+E / Ctrl+P", QT_TRANSLATE_NOOP("ShortcutsDialog", "Export, print")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("ShortcutsDialog", "Undo")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Shift+Z or Ctrl+Y"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Redo")),
    ("Ctrl+X / Ctrl+C / Ctrl+V",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Cut, copy, paste positions with their reports")),
    ("Delete",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete the selected positions (their reports move up)")),
    ("Ctrl+Delete",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete the selected positions with their reports")),
    ("F2", QT_TRANSLATE_NOOP("ShortcutsDialog", "Rename the selected position")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutsDialog", "Find by name or title")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Arrow keys"),
     QT_TRANSLATE_NOOP("ShortcutsDialog",
                       "Go to manager (Up), first report (Down), siblings (Left/Right)")),
    ("Ctrl+A", QT_TRANSLATE_NOOP("ShortcutsDialog", "Select all")),
    ("Ctrl++ / Ctrl+- / Ctrl+0",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom in, zoom out, fit the chart")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("ShortcutsDialog", "Auto layout")),
    ("- / +", QT_TRANSLATE_NOOP("ShortcutsDialog",
                                "Collapse, expand the selected branch (or click the marker "
                                "under a card)")),
    ("Ctrl+Shift+E", QT_TRANSLATE_NOOP("ShortcutsDialog", "Expand all folded branches")),
    ("Ctrl+Shift+F / Ctrl+Shift+W",
     QT_TRANSLATE_NOOP("ShortcutsDialog",
                       "Focus on the selected branch, show the whole chart")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Mouse wheel"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Middle button drag, or Space + drag"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag on empty canvas"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Select several cards")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag a card onto another"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Make it (and its team) report there")),
    ("Ctrl+M", QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the selected positions under…")),
    ("Ctrl+Shift+T", QT_TRANSLATE_NOOP("ShortcutsDialog",
                                       "New scenario from the one shown")),
    ("Ctrl+PgUp / Ctrl+PgDown", QT_TRANSLATE_NOOP("ShortcutsDialog",
                                                  "Previous, next scenario")),
    ("Ctrl+Shift+D", QT_TRANSLATE_NOOP("ShortcutsDialog", "Compare scenarios")),
    ("F5", QT_TRANSLATE_NOOP("ShortcutsDialog",
                             "Presentation mode (Esc leaves; Left, Right: previous, next "
                             "scenario)")),
    ("F6", QT_TRANSLATE_NOOP("ShortcutsDialog", "Findings strip in presentation mode")),
    ("F1", QT_TRANSLATE_NOOP("ShortcutsDialog", "These keyboard shortcuts")),
]  # fmt: skip


def _shortcuts(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def shortcuts_html() -> str:
    """The shortcuts as an HTML table, in the interface language."""
    rows = "".join(
        f"<tr><td><b>{_shortcuts(keys)}</b></td><td>{_shortcuts(what)}</td></tr>"
        for keys, what in SHORTCUTS
    )
    return f"<table cellspacing='6'>{rows}</table>"


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts, in a scrolling table with a Close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QLabel(shortcuts_html())
        table.setObjectName("shortcutsTable")
        table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        table.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        table.setContentsMargins(8, 8, 8, 8)
        scroll = QScrollArea()
        scroll.setWidget(table)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        # as wide as the table (no sideways scrolling), as tall as a small screen allows
        self.resize(max(620, table.sizeHint().width() + 60), 560)


@dataclass(frozen=True)
class Component:
    """A library orgeditor runs on (or the standalone build carries) and its licence."""

    name: str
    distribution: str  # the installed distribution its version is read from ("" for none)
    licence: str  # SPDX expression
    files: tuple[str, ...]  # licence texts in resources/licenses
    note: str  # translated in the "AboutDialog" context


QT_NOTE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Qt and its Python bindings PySide6 are used under the GNU Lesser General Public License "
    "version 3 (LGPL-3.0), whose text follows; it adds permissions to the GNU General Public "
    "License version 3, also included. Their sources are at https://code.qt.io.\n\n"
    "The standalone build keeps Qt as separate shared libraries, so you may replace them with "
    "your own builds of the same Qt version: on Linux they are in _internal/PySide6/Qt/lib "
    "(the Qt plugins in _internal/PySide6/Qt/plugins), on Windows in _internal/PySide6, on "
    "macOS in orgeditor.app/Contents/Frameworks/PySide6/Qt/lib. Put the compatible libraries "
    "with the same file names in their place and start orgeditor again.",
)
COMPONENTS = (
    Component(
        "orgeditor", "orgeditor", "MIT", ("orgeditor.txt",),
        QT_TRANSLATE_NOOP("AboutDialog", "orgeditor itself."),
    ),
    Component(
        "Qt / PySide6", "PySide6_Essentials", "LGPL-3.0-only", ("LGPL-3.0.txt", "GPL-3.0.txt"),
        QT_NOTE,
    ),
    Component(
        "networkx", "networkx", "BSD-3-Clause", ("networkx.txt",),
        QT_TRANSLATE_NOOP("AboutDialog", "The graph of positions and reporting lines."),
    ),
    Component(
        "openpyxl", "openpyxl", "MIT", ("openpyxl.txt",),
        QT_TRANSLATE_NOOP("AboutDialog", "Reading and writing Excel files."),
    ),
    Component(
        "et_xmlfile", "et_xmlfile", "MIT", ("et_xmlfile.txt",),
        QT_TRANSLATE_NOOP("AboutDialog", "Used by openpyxl to write Excel files."),
    ),
    Component(
        "defusedxml", "defusedxml", "PSF-2.0", ("defusedxml.txt",),
        QT_TRANSLATE_NOOP("AboutDialog", "Safe reading of XML files (Excel, GraphML)."),
    ),
    Component(
        "Python", "", "PSF-2.0", ("Python.txt",),
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "The Python runtime, which the standalone build carries with parts of its "
            "standard library; the licence text lists the libraries Python itself includes.",
        ),
    ),
    Component(
        "PyInstaller", "", "GPL-2.0-or-later WITH Bootloader-exception", ("PyInstaller.txt",),
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Only in the standalone build: its start-up program (the bootloader), which the "
            "bootloader exception lets any program carry.",
        ),
    ),
)  # fmt: skip


def licences_folder() -> Path:
    """resources/licenses: the licence texts of orgeditor and everything it ships with."""
    return Path(str(resources.files("orgeditor.resources").joinpath("licenses")))


def licence_text(component: Component) -> str:
    texts = []
    for name in component.files:
        try:
            texts.append((licences_folder() / name).read_text("utf-8"))
        except OSError:
            texts.append(f"({name} is missing)")
    return ("\n\n" + "─" * 72 + "\n\n").join(texts)


def component_version(component: Component) -> str:
    if component.name == "Python":
        return platform.python_version()
    if component.name.startswith("Qt"):
        return qVersion()
    if component.distribution == "orgeditor":
        return package_version()
    try:
        return metadata.version(component.distribution) if component.distribution else ""
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    """The version, the build, and the libraries with their licences (one tab each)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About orgeditor"))
        tabs = QTabWidget()
        tabs.setObjectName("aboutTabs")
        tabs.addTab(self._about_tab(), self.tr("About"))
        tabs.addTab(self._licences_tab(), self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._header())
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.tabs = tabs
        self.resize(680, 720)

    def _header(self) -> QWidget:
        from orgeditor.ui.app import application_icon

        header = QWidget()
        row = QHBoxLayout(header)
        icon = QLabel()
        icon.setObjectName("aboutIcon")
        icon.setPixmap(application_icon().pixmap(64, 64))
        title = QLabel(f"<h2>orgeditor {package_version()}</h2>")
        title.setObjectName("aboutVersion")
        build = QLabel(self.build_text())
        build.setObjectName("aboutBuild")
        build.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(build)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        return header

    def build_text(self) -> str:
        """What this orgeditor runs on; in the standalone build also when and from what it was
        built."""
        info = standalone_build()
        if info is None:
            return (
                self.tr("Qt %1, Python %2")
                .replace("%1", qVersion())
                .replace("%2", platform.python_version())
            )
        made = " ".join(part for part in (info.get("date", ""), info.get("git", "")) if part)
        return (
            self.tr("Standalone build %1, with Qt %2 and Python %3")
            .replace("%1", made)
            .replace("%2", info.get("qt", qVersion()))
            .replace("%3", info.get("python", platform.python_version()))
        )

    def _about_tab(self) -> QWidget:
        text = QLabel(
            self.tr(
                "<p>An org chart editor for sales organisations: build assembly line, pod or "
                "island structures and check them live against sales-organisation best "
                "practice.</p>"
                "<p>Copyright © 2026 orgeditor contributors. orgeditor is free software under "
                "the MIT licence.</p>"
                "<p>It runs on Qt (through PySide6) under the LGPL-3.0, and on networkx, "
                "openpyxl and defusedxml; the Licences tab names them all and holds their "
                "licence texts.</p>"
            )
        )
        text.setObjectName("aboutText")
        text.setContentsMargins(12, 12, 12, 12)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        return text

    def _licences_tab(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr("orgeditor includes these libraries. Select one to read its licence.")
        )
        intro.setWordWrap(True)
        self.components = QListWidget()
        self.components.setObjectName("aboutComponents")
        self.components.setAlternatingRowColors(True)
        for component in COMPONENTS:
            version = component_version(component)
            name = f"{component.name} {version}".strip()
            item = QListWidgetItem(f"{name} — {component.licence}")
            item.setData(Qt.ItemDataRole.UserRole, component.name)
            self.components.addItem(item)
        # every library in sight without scrolling
        rows = self.components.sizeHintForRow(0) * len(COMPONENTS)
        self.components.setFixedHeight(rows + 2 * self.components.frameWidth() + 4)
        self.note = QLabel()
        self.note.setObjectName("aboutLicenceNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setObjectName("aboutLicenceText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.components)
        layout.addWidget(self.note)
        layout.addWidget(self.text, 1)
        self.components.currentRowChanged.connect(self._show_licence)
        self.components.setCurrentRow(1)  # Qt: the licence that asks the most of a user
        return page

    def _show_licence(self, row: int) -> None:
        if not 0 <= row < len(COMPONENTS):
            return
        component = COMPONENTS[row]
        self.note.setText(QCoreApplication.translate("AboutDialog", component.note))
        self.text.setPlainText(licence_text(component))


def show_shortcuts(parent: QWidget) -> ShortcutsDialog:
    """Shows the shortcuts (window-modal, without blocking) and returns the dialog."""
    dialog = ShortcutsDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_about(parent: QWidget) -> AboutDialog:
    """Shows the About box (window-modal, without blocking) and returns it."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
