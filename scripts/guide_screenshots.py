"""Screenshots for the user guide (docs/guide), taken from the real editor.

    python scripts/guide_screenshots.py                  # English and Bokmål into docs/guide/images
    python scripts/guide_screenshots.py --lang nb --out DIR
    python scripts/guide_screenshots.py --only start_page --only checks

The main window is started offscreen as `orgeditor` starts it (the interface language through
orgeditor/ui/language.py, settings and autosaves in fresh temporary folders, so the user's own
are never touched), at 1440x900 on a 1920x1080 screen, and driven through its widgets, keys and
actions: the start page, a pod chart with findings, the inspector, the figures and segmentation
panels, two scenarios and the compare view, presentation mode, and the import, export and
preferences dialogs. Each shot is grabbed from the widget (the window, or a dialog shown for
real), scaled to at most 1200 px wide and written as <out>/<lang>/<name>.png.

Without --lang each language runs in a process of its own (a fresh application, its own
translators). Re-running replaces the pictures.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction, QImage, QImageWriter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "docs" / "guide" / "images"
LANGUAGES = ("en", "nb")
WINDOW_SIZE = (1440, 900)
SCREEN_SIZE = (1920, 1080)  # presentation mode fills it
MAX_WIDTH = 1200  # pictures wider than this are scaled down
MAX_BYTES = 400_000
IMPORT_SAMPLE = REPO / "tests" / "data" / "northwind_employees.csv"  # a real HR export
POLL_MS = 20
SETTLE_MS = 350  # debounced panels and the layout timer have run by then
MODAL_TIMEOUT_MS = 15_000

# The shots in the order they are taken (each one sets up the state it needs, so any subset
# can be taken alone). The guides link every one of them.
SHOTS = (
    "start_page", "template_wizard", "checks", "inspector", "scenarios", "compare",
    "presentation", "figures", "segmentation", "import", "export", "preferences", "shortcuts",
)  # fmt: skip


# ----- the application --------------------------------------------------------------------------


def _screen_config(folder: Path) -> str:
    """The offscreen platform with a 1920x1080 screen (its default is 800x600)."""
    config = folder / "screen.json"
    width, height = SCREEN_SIZE
    screen = {"name": "guide", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


@contextmanager
def application(language: str) -> Iterator[QApplication]:
    """The QApplication as orgeditor.ui.app.run_app makes it, with `language`'s translators and
    fresh settings; an application that exists already (a test's) is used as it is."""
    existing = QApplication.instance()
    sandbox = Path(tempfile.mkdtemp(prefix="orgeditor-guide-"))
    saved = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "QT_QPA_PLATFORM")}
    translators: list = []
    try:
        if existing is None:
            os.environ["XDG_CONFIG_HOME"] = str(sandbox / ".config")  # a home of its own
            os.environ["XDG_DATA_HOME"] = str(sandbox / ".local" / "share")
            os.environ["QT_QPA_PLATFORM"] = _screen_config(sandbox)
            os.environ.pop("QT_SCALE_FACTOR", None)  # the pictures are taken at 100 %
            app = QApplication(sys.argv[:1])
            app.setApplicationName("orgeditor")
            app.setOrganizationName("orgeditor")
            app.setApplicationDisplayName("orgeditor")
            qInstallMessageHandler(_quiet_platform)
        else:
            app = existing
        from orgeditor.ui.language import install_translators, set_language_setting

        if existing is None:
            set_language_setting(language)  # as Edit ▸ Preferences ▸ Language leaves it
        translators = install_translators(app, language)
        yield app
    finally:
        if translators:
            from orgeditor.ui.language import remove_translators

            remove_translators(app, translators)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(sandbox, ignore_errors=True)


def _quiet_platform(kind: QtMsgType, _context: object, message: str) -> None:
    """Qt's messages on stderr, without the offscreen platform's notes on what it cannot do
    ("This plugin does not support raise()")."""
    if not message.startswith("This plugin does not support"):
        sys.stderr.write(message + "\n")


def wait(ms: int = SETTLE_MS) -> None:
    QTest.qWait(ms)


# ----- modal dialogs ----------------------------------------------------------------------------


def answering(trigger: Callable[[], object], *answers: Callable[[QWidget], None]) -> None:
    """Run `trigger` (which opens modal dialogs one after another and returns when they are
    closed) and give each new modal dialog, once shown and settled, to the next answer; an
    answer closes its dialog. Raises when a dialog did not come or an answer is left over."""
    pending = list(answers)
    state = {"seen": None, "since": 0, "polls": 0, "error": ""}

    def poll() -> None:
        state["polls"] += 1
        modal = QApplication.activeModalWidget()
        if state["polls"] * POLL_MS > MODAL_TIMEOUT_MS:
            state["error"] = f"no answer for {modal!r}; {len(pending)} answers left"
            if modal is not None:
                modal.close()
            return
        if modal is None or not modal.isVisible() or not pending:
            if pending:
                QTimer.singleShot(POLL_MS, poll)
            return
        if modal is not state["seen"]:
            state["seen"], state["since"] = modal, state["polls"]
        if (state["polls"] - state["since"]) * POLL_MS >= SETTLE_MS:
            state["seen"] = None
            pending.pop(0)(modal)
        if pending:
            QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(POLL_MS, poll)
    trigger()
    if state["error"] or pending:
        raise RuntimeError(state["error"] or f"{len(pending)} dialog(s) never opened")


def choose_file(path: Path) -> Callable[[QWidget], None]:
    """Answer a file dialog with `path`, as typed into its file name field."""

    def answer(dialog: QWidget) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")  # Qt's own file dialog
        name.setText(str(path))
        QTest.keyClick(name, Qt.Key.Key_Return)

    return answer


def press(button: str) -> Callable[[QWidget], None]:
    """Answer a message box with one of its standard buttons ("Discard", "Ok", ...)."""

    def answer(box: QMessageBox) -> None:
        box.button(getattr(QMessageBox.StandardButton, button)).click()

    return answer


def accept(dialog: QDialog) -> None:
    dialog.accept()


# ----- the session ------------------------------------------------------------------------------


class GuideSession:
    """One main window driven from shot to shot; `shoot(name)` sets up a state and saves it."""

    def __init__(self, out: Path, language: str) -> None:
        from orgeditor.ui.main_window import MainWindow

        self.out = out / language
        self.out.mkdir(parents=True, exist_ok=True)
        self.language = language
        self.scratch = Path(tempfile.mkdtemp(prefix="orgeditor-guide-files-"))
        self.window = MainWindow()
        self.window.resize(*WINDOW_SIZE)
        self.window.move(0, 0)
        self.window.show()
        self.activate()
        self.state = "start"  # "pod", "scenarios", "example": what the window shows
        self.written: list[Path] = []
        wait()

    def activate(self) -> None:
        """The window active, as a user's is: its shortcuts (Delete, F5, ...) need that."""
        for _ in range(50):
            if QApplication.activeWindow() is self.window or QApplication.activeModalWidget():
                return
            self.window.activateWindow()
            wait(20)

    def close(self) -> None:
        w = self.window
        if w.presentation.active:
            w.presentation.set_active(False)
        if w.compare_dialog is not None:
            w.compare_dialog.close()
        w.document.undo_stack.clear()
        w.document.undo_stack.setClean()  # closing must not ask about unsaved changes
        w.close()
        w.deleteLater()
        wait(50)
        shutil.rmtree(self.scratch, ignore_errors=True)

    def shoot(self, name: str) -> Path:
        return getattr(self, f"shot_{name}")()

    # ----- saving ---------------------------------------------------------------------------

    def save(self, widget: QWidget, name: str) -> Path:
        """The widget as it looks now, in <out>/<lang>/<name>.png."""
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        if image.width() > MAX_WIDTH:
            image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
        path = self.out / f"{name}.png"
        while True:
            write_png(image, path)
            if path.stat().st_size <= MAX_BYTES or image.width() < MAX_WIDTH // 2:
                break
            # too big for the repository: a little smaller (a palette would spoil the colours)
            image = image.scaledToWidth(
                image.width() * 9 // 10, Qt.TransformationMode.SmoothTransformation
            )
        self.written.append(path)
        return path

    # ----- states ---------------------------------------------------------------------------

    def action(self, act: QAction) -> None:
        """A menu entry chosen: the action's own trigger."""
        act.trigger()
        wait()

    def key(self, widget: QWidget, key: Qt.Key) -> None:
        self.activate()  # a dialog closed a moment ago may have taken the activation along
        QTest.keyClick(widget, key)
        wait()

    def click(self, widget: QWidget, point: QPoint | None = None) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point or widget.rect().center())
        wait()

    def click_card(self, pid: str) -> None:
        w = self.window
        w.view.reveal(pid)
        w.scene.flush()
        point = w.view.mapFromScene(w.scene.card(pid).centre())
        self.click(w.view.viewport(), point)

    def forget_changes(self) -> None:
        """Start a new state without the 'save the changes?' question."""
        stack = self.window.document.undo_stack
        stack.clear()
        stack.setClean()

    def show_pod_template(self) -> None:
        """The start page's Pod template, clicked; then two seats deleted from the canvas so
        that the checks have something to say (a pod without retention, no sales operations)."""
        w = self.window
        self.forget_changes()
        if not w.start_page_shown():
            self.action(w.actions.show_start_page)
        self.click(w.start_page.template_buttons["pod"])  # a new chart: nothing to ask
        w.view.setFocus()
        for pid in ("pod-3-am-1", "sales-ops-1"):
            self.click_card(pid)
            self.key(w.view, _key("Delete"))
        w.view.fit()
        self.state = "pod"
        wait()

    def show_example(self, key: str) -> None:
        """File ▸ Open Example ▸ <key>, answering 'Discard' to the unsaved changes."""
        from orgeditor.ui.examples import EXAMPLES

        w = self.window
        menu = w.actions.examples_menu
        index = list(EXAMPLES).index(key)
        act = menu.actions()[index]
        if w.document.modified:
            answering(act.trigger, press("Discard"))
        else:
            act.trigger()
        w.palette_panel.view.clearSelection()  # the roles picked for the last chart
        wait()
        self.state = f"example:{key}"

    def ensure_pod(self) -> None:
        if self.state not in ("pod", "scenarios"):
            self.show_pod_template()

    def ensure_scenarios(self) -> None:
        """As-is (the pod chart with its findings) and a proposal that fixes both: + New
        Scenario, then an account manager added to pod 3 and a sales operations seat under the
        VP Sales, from the palette with the keyboard, named on the card."""
        if self.state == "scenarios":
            return
        self.ensure_pod()
        w = self.window
        answering(lambda: self.click(w.scenario_bar.add_button), accept)
        pod = w.document.chart.position("pod-3-sdr-1").team
        self.add_report("pod-3-lead", "am", "Nora Vik")
        self.choose(w.inspector.team_combo, pod)  # into the pod's team, as the rest of it
        self.add_report("sales-leader", "sales_ops", "Lars Moe")
        w.view.fit()
        self.state = "scenarios"
        wait()

    def add_report(self, manager: str, role: str, name: str) -> None:
        """The manager's card clicked, Return on the role in the palette (a new seat under
        it), the name typed into the card and kept with Return."""
        w = self.window
        self.click_card(manager)
        palette = w.palette_panel
        palette.view.setFocus()
        index = palette.proxy.mapFromSource(palette.model.index_of_role(role))
        palette.view.setCurrentIndex(index)
        self.key(palette.view, _key("Return"))
        editor = w.view.findChild(QLineEdit, "cardNameEditor")
        if editor is None or not editor.isVisible():
            raise RuntimeError("the new card's name editor did not open")
        QTest.keyClicks(editor, name)
        self.key(editor, _key("Return"))

    def choose(self, combo: QComboBox, data: object) -> None:
        """A combo box's entry chosen with the arrow keys, as from the keyboard."""
        target = combo.findData(data)
        if target < 0:
            raise RuntimeError(f"{combo.objectName()} has no entry {data!r}")
        combo.setFocus()
        while combo.currentIndex() != target:
            self.key(combo, _key("Down" if combo.currentIndex() < target else "Up"))

    def raise_dock(self, name: str) -> None:
        dock = next(d for d in self.window.docks if d.objectName() == name)
        dock.show()
        dock.raise_()
        wait()

    # ----- the shots ------------------------------------------------------------------------

    def shot_start_page(self) -> Path:
        w = self.window
        if not w.start_page_shown():
            self.action(w.actions.show_start_page)
        return self.save(w, "start_page")

    def dialog_shot(
        self,
        trigger: Callable[[], object],
        name: str,
        *before: Callable[[QWidget], None],
        prepare: Callable[[QDialog], None] | None = None,
    ) -> Path:
        """A modal dialog opened by `trigger` (after the dialogs answered by `before`), shot,
        then cancelled: nothing is changed or written."""
        shots: list[Path] = []

        def answer(dialog: QDialog) -> None:
            if prepare is not None:
                prepare(dialog)
                wait(50)
            shots.append(self.save(dialog, name))
            dialog.reject()

        answering(trigger, *before, answer)
        return shots[0]

    def shot_template_wizard(self) -> Path:
        """File ▸ New from Template…: the wizard on the pod model."""
        self.forget_changes()
        return self.dialog_shot(self.window.actions.new_from_template.trigger, "template_wizard")

    def shot_checks(self) -> Path:
        """The checks list with the incomplete pod selected: its cards are selected."""
        self.ensure_pod()
        w = self.window
        self.raise_dock("checksDock")
        w.checks.refresh_now()
        wait()
        view = w.checks.list_view
        rows = [w.checks.model.finding(r) for r in range(w.checks.model.rowCount())]
        row = next((i for i, f in enumerate(rows) if f.rule == "model.pod_incomplete"), 0)
        self.click(view.viewport(), view.visualRect(w.checks.model.index(row)).center())
        self.action(w.actions.fit)  # the whole chart, the finding's cards still selected
        return self.save(w, "checks")

    def shot_inspector(self) -> Path:
        """A seat clicked and named in the inspector (Return keeps it), its status Filled."""
        self.ensure_pod()
        w = self.window
        inspector_dock = next(d for d in w.docks if d.objectName() == "inspectorDock")
        checks_dock = next(d for d in w.docks if d.objectName() == "checksDock")
        w.resizeDocks([checks_dock, inspector_dock], [300, 660], Qt.Orientation.Vertical)
        self.click_card("pod-1-ae-1")
        name = w.inspector.findChild(QLineEdit, "nameEdit")
        self.click(name)
        name.selectAll()
        QTest.keyClicks(name, "Ingrid Berg")
        self.key(name, _key("Return"))
        self.choose(w.inspector.status_combo, "filled")
        shot = self.save(w, "inspector")
        w.resizeDocks([checks_dock, inspector_dock], [640, 320], Qt.Orientation.Vertical)
        return shot

    def shot_scenarios(self) -> Path:
        self.ensure_scenarios()
        self.raise_dock("checksDock")
        return self.save(self.window, "scenarios")

    def shot_compare(self) -> Path:
        """Scenario ▸ Compare Scenarios…: As-is against the proposal."""
        self.ensure_scenarios()
        w = self.window
        self.action(w.scenario_actions.compare_scenarios)
        dialog = w.compare_dialog
        dialog.resize(*WINDOW_SIZE)
        wait()
        shot = self.save(dialog, "compare")
        dialog.close()
        wait()
        return shot

    def shot_presentation(self) -> Path:
        """F5 on the chart, F6 for the findings strip, Left to the as-is; Esc leaves."""
        self.ensure_scenarios()
        w = self.window
        w.view.setFocus()
        self.key(w.view, _key("F5"))
        if not w.presentation.strip_action.isChecked():
            self.key(w.view, _key("F6"))
        self.key(w.view, _key("Left"))
        wait(600)
        shot = self.save(w, "presentation")
        self.key(w.view, _key("Escape"))
        return shot

    def shot_figures(self) -> Path:
        self.show_example("assembly_line")
        self.raise_dock("figuresDock")
        return self.save(self.window, "figures")

    def shot_segmentation(self) -> Path:
        """The segmentation panel, cards coloured by region."""
        if self.state != "example:assembly_line":
            self.show_example("assembly_line")
        w = self.window
        self.raise_dock("segmentationDock")
        self.choose(w.segmentation.colour_combo, "region")
        return self.save(w, "segmentation")

    def shot_import(self) -> Path:
        """File ▸ Import CSV or Excel…: the file chosen, the column mapping shot."""
        w = self.window
        before = [press("Discard")] if w.document.modified else []
        before.append(choose_file(IMPORT_SAMPLE))
        return self.dialog_shot(w.actions.import_csv.trigger, "import", *before)

    def shot_export(self) -> Path:
        """File ▸ Export… as a PDF: its options."""
        if self.state == "start":
            self.ensure_pod()
        target = choose_file(self.scratch / "chart.pdf")
        return self.dialog_shot(self.window.actions.export.trigger, "export", target)

    def shot_preferences(self) -> Path:
        """Edit ▸ Preferences…, the language row in focus (the one the guide talks about)."""

        def focus_language(dialog: QDialog) -> None:
            dialog.language.setFocus()

        trigger = self.window.actions.preferences.trigger
        return self.dialog_shot(trigger, "preferences", prepare=focus_language)

    def shot_shortcuts(self) -> Path:
        """Help ▸ Keyboard Shortcuts (window-modal, not blocking)."""
        w = self.window
        self.action(w.actions.shortcuts)
        dialog = next(d for d in w.findChildren(QDialog) if d.objectName() == "shortcutsDialog")
        # wide enough for its longest line without a scroll bar, as a user would pull it
        table = dialog.findChild(QLabel, "shortcutsTable")
        if table is not None:
            dialog.resize(max(dialog.width(), table.sizeHint().width() + 60), dialog.height())
            wait()
        shot = self.save(dialog, "shortcuts")
        dialog.close()
        wait(50)
        return shot


def _key(name: str) -> Qt.Key:
    return getattr(Qt.Key, f"Key_{name}")


def write_png(image: QImage, path: Path) -> None:
    """The image as a PNG at Qt's strongest compression, then squeezed by a tool if any."""
    writer = QImageWriter(str(path), b"png")
    writer.setQuality(0)  # for PNG: zlib level 9
    if not writer.write(image):
        raise RuntimeError(f"{path}: {writer.errorString()}")
    optimise(path)


def optimise(path: Path) -> None:
    """Squeeze a PNG with optipng or oxipng where one is installed (lossless)."""
    for tool, args in (("oxipng", ["-o", "4", "--strip", "safe"]), ("optipng", ["-quiet", "-o2"])):
        exe = shutil.which(tool)
        if exe:
            subprocess.run([exe, *args, str(path)], check=False, capture_output=True)
            return


# ----- entry --------------------------------------------------------------------------------


def take(language: str, out: Path, only: Sequence[str] = ()) -> list[Path]:
    """Take the shots (all, or those named in `only`) in `language`; the files written."""
    unknown = sorted(set(only) - set(SHOTS))
    if unknown:
        raise SystemExit(f"unknown shot(s): {', '.join(unknown)}; known: {', '.join(SHOTS)}")
    with application(language):
        session = GuideSession(out, language)
        try:
            for name in SHOTS:
                if not only or name in only:
                    session.shoot(name)
        finally:
            session.close()
        return session.written


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=LANGUAGES, help="one language (default: both)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder of <lang>/ folders")
    parser.add_argument("--only", action="append", default=[], metavar="SHOT", help="repeatable")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.lang is None:  # each language in a fresh process: translators are per application
        failed = False
        for language in LANGUAGES:  # one failing language does not hold up the other
            command = [sys.executable, __file__, "--lang", language, "--out", str(args.out)]
            command += [arg for name in args.only for arg in ("--only", name)]
            failed |= subprocess.run(command, check=False).returncode != 0
        return 1 if failed else 0
    if str(REPO) not in sys.path:  # the checkout's orgeditor, also when not installed
        sys.path.insert(0, str(REPO))
    written = take(args.lang, args.out, args.only)
    total = sum(p.stat().st_size for p in written)
    folder = args.out / args.lang
    print(f"{args.lang}: {len(written)} picture(s), {total / 1000:.0f} kB in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
