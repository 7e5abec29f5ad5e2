"""Every text the interface shows is translatable: a static reading (ast) of orgeditor/ui.

A string literal or f-string given straight to a Qt call that shows text (setText, setToolTip,
addAction, QLabel(...), QMessageBox.warning, an undo command's text, ...) is English forever:
it must go through self.tr / QCoreApplication.translate / a QT_TRANSLATE_NOOP table instead.
And pyside6-lupdate only extracts a literal first text inside tr()/translate(): a variable there
is never extracted (except from a QT_TRANSLATE_NOOP table), nor is `other.tr("...")` filed
under the right context.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from support.translation_script import load_script

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "orgeditor" / "ui"

# methods whose every argument may be a shown text
TEXT_METHODS = frozenset(
    {
        "setText",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setWindowTitle",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "setSubTitle",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setTabText",
        "setTabToolTip",
        "setItemText",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setHeaderLabels",
        "setHeaderData",
        "showMessage",
        "addAction",
        "addMenu",
        "addTab",
        "insertTab",
        "addButton",
        "setButtonText",
        "setSpecialValueText",
        "setSuffix",
        "setPrefix",
        "setHtml",
        "setPlainText",
        "setMarkdown",
        "showText",
        "setItemData",
    }
)
# combo and list entries: the text comes first (after an icon), user data after it
ITEM_METHODS = frozenset({"addItem", "insertItem"})
# QFormLayout.addRow(label, field): only the label
ROW_METHODS = frozenset({"addRow", "insertRow"})
# widgets and objects whose constructor takes a shown text
TEXT_CLASSES = frozenset(
    {
        "QAction",
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QToolButton",
        "QMenu",
        "QUndoCommand",
        "QCommandLinkButton",
        "QListWidgetItem",
        "QTableWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
        "QMessageBox",
        "QProgressDialog",
    }
)
# static calls with a title, a text, a caption or a file filter
STATIC_CALLS = {
    "QMessageBox": frozenset({"information", "warning", "critical", "question", "about"}),
    "QInputDialog": frozenset({"getText", "getItem", "getInt", "getDouble", "getMultiLineText"}),
    "QFileDialog": frozenset(
        {"getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"}
    ),
}

# Texts that are not words, shown as they are in every language. Text without any letter
# (punctuation, symbols, numbers, "") is not a word either and needs no entry.
ALLOWED = frozenset(
    {
        "orgeditor",  # the product's name
        "*.csv",
        "*.xlsx",
        "*.orgchart",
        "*.orgchart.json",
        "*.json",
        "*.svg",
        "*.png",
        "*.pdf",
        "English",  # the interface languages, each in its own words
        "Norsk bokmål",
        "Norsk (bokmål)",
    }
)
# contexts whose texts come from a QT_TRANSLATE_NOOP table outside orgeditor/ui: the model's
# words and the roles' notes, written for lupdate by scripts/update_translations.py
GENERATED_CONTEXTS = frozenset({"Labels", "RoleNotes"})


def ui_files() -> list[Path]:
    """The files whose texts go through Qt's translator: the ui and drawing layers."""
    return load_script().ui_sources(ROOT)


TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}


def call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def owner_name(node: ast.Call) -> str:
    """'QMessageBox' for QMessageBox.warning(...)."""
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id
    return ""


_MARKUP = re.compile(r"<[^>]*>|&#?\w+;")


def has_letter(text: str) -> bool:
    """Whether a text has words, once its HTML tags and entities and the allowed texts (the
    product's name in "<h2>orgeditor 1.2</h2>") are taken out."""
    text = _MARKUP.sub("", text)
    for allowed in sorted(ALLOWED, key=len, reverse=True):
        text = text.replace(allowed, " ")
    return any(ch.isalpha() for ch in text)


def untranslated(node: ast.AST) -> str | None:
    """The English words of an expression that is a bare literal text, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if has_letter(node.value) else None
    if isinstance(node, ast.JoinedStr):
        words = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        return f"f-string {words!r}" if has_letter(words) else None
    if isinstance(node, ast.BinOp):
        return untranslated(node.left) or (
            untranslated(node.right) if isinstance(node.op, ast.Add) else None
        )
    if isinstance(node, ast.IfExp):
        return untranslated(node.body) or untranslated(node.orelse)
    if isinstance(node, ast.BoolOp):
        return next(filter(None, map(untranslated, node.values)), None)
    # "Moved {name}".format(...), "Moved %1".replace(...): the literal before the method
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"format", "replace", "arg"}
    ):
        return untranslated(node.func.value)
    return None


def looks_like_icon(node: ast.AST) -> bool:
    text = ast.unparse(node)
    return "icon" in text.lower() or "pixmap" in text.lower()


def text_arguments(node: ast.Call, in_command: bool) -> list[ast.AST]:
    """The arguments of a call that the user reads; [] for a call that shows no text."""
    name = call_name(node)
    owner = owner_name(node)
    keywords = [kw.value for kw in node.keywords if kw.arg not in {"objectName", "data"}]
    if name in TEXT_METHODS or (isinstance(node.func, ast.Name) and name in TEXT_CLASSES):
        return [*node.args, *keywords]
    if owner == "QtWidgets" and name in TEXT_CLASSES:
        return [*node.args, *keywords]
    if owner in STATIC_CALLS and name in STATIC_CALLS[owner]:
        return [*node.args, *keywords]
    if name in ITEM_METHODS and node.args:
        first = 1 if name == "insertItem" else 0
        args = node.args[first:]
        if args and looks_like_icon(args[0]):
            return args[1:2]
        return args[:1]
    if name in ROW_METHODS and node.args:
        return node.args[1:2] if name == "insertRow" else node.args[:1]
    if name == "emit" and "essage" in ast.unparse(node.func):  # statusMessage.emit("...")
        return [*node.args]
    if in_command and is_super_init(node):
        return [*node.args, *keywords]
    return []


def is_super_init(node: ast.Call) -> bool:
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and call_name(func.value) == "super"
    )


def base_names(cls: ast.ClassDef) -> set[str]:
    return {ast.unparse(base).rsplit(".", 1)[-1] for base in cls.bases}


def module_strings(tree: ast.Module) -> dict[str, str]:
    """NAME -> text of the module's constant strings (CONTEXT = "Labels")."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    found[target.id] = node.value.value
    return found


def context_of(node: ast.AST, names: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return names.get(node.id)
    return None


def noop_contexts(tree: ast.Module, names: dict[str, str]) -> set[str]:
    """The contexts of the module's QT_TRANSLATE_NOOP tables."""
    return {
        context
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and call_name(node) == "QT_TRANSLATE_NOOP" and node.args
        for context in [context_of(node.args[0], names)]
        if context is not None
    }


def is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def literal_text(args: list[ast.expr]) -> str:
    """The text of a literal first argument, '' for anything else."""
    return args[0].value if args and is_literal(args[0]) else ""  # type: ignore[attr-defined]


def plain_count(node: ast.Call) -> bool:
    """Whether lupdate reads this translate(): its %n count (4th argument) must be a name or a
    number (len(x), x.count, x[0] make it skip the call; self.tr has no such limit)."""
    if len(node.args) < 4:
        return not any(kw.arg == "n" for kw in node.keywords)
    count = node.args[3]
    if isinstance(count, ast.UnaryOp):
        count = count.operand
    return isinstance(count, (ast.Name, ast.Constant))


def command_calls(tree: ast.Module) -> set[int]:
    """id() of the super().__init__ calls inside undo command classes."""
    found: set[int] = set()
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef) and any(
            name.endswith("Command") for name in base_names(cls)
        ):
            found |= {id(node) for node in ast.walk(cls) if isinstance(node, ast.Call)}
    return found


def problems(source: str, where: str) -> Iterator[str]:
    """Each shown text of `source` that is not translatable, as 'file:line: why'."""
    tree = ast.parse(source, where)
    names = module_strings(tree)
    tables = noop_contexts(tree, names) | GENERATED_CONTEXTS
    in_command = command_calls(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        # Qt's translate, not QPainter.translate or str.translate
        translate = name == "translate" and (
            isinstance(node.func, ast.Name) or owner_name(node) in TRANSLATE_OWNERS
        )
        for arg in text_arguments(node, id(node) in in_command):
            words = untranslated(arg)
            if words is not None:
                yield f"{where}:{node.lineno}: {name}() shows untranslated {words!r}"
        if name == "tr" and isinstance(node.func, ast.Attribute):
            owner = ast.unparse(node.func.value)
            if owner not in {"self", "cls"}:
                yield f"{where}:{node.lineno}: {owner}.tr() files the text under {owner}'s class"
            if node.args and not is_literal(node.args[0]):
                yield f"{where}:{node.lineno}: tr() of a non-literal: lupdate cannot extract it"
        if name == "tr" and isinstance(node.func, ast.Name):
            yield f"{where}:{node.lineno}: tr() helper: lupdate cannot file it under a context"
        if translate and "%n" in literal_text(node.args[1:2]):
            yield (
                f"{where}:{node.lineno}: translate() of a %n text: lupdate gives it one form, "
                "not the language's plural forms (use self.tr in a QObject)"
            )
        if translate and not plain_count(node):
            yield (
                f"{where}:{node.lineno}: translate() with a count that is not a plain name or "
                "number: lupdate skips the whole call"
            )
        if translate and len(node.args) >= 2 and not is_literal(node.args[1]):
            context = context_of(node.args[0], names)
            if context not in tables:
                yield (
                    f"{where}:{node.lineno}: translate() of a non-literal outside a "
                    "QT_TRANSLATE_NOOP table: lupdate cannot extract it"
                )


def all_problems() -> list[str]:
    return [
        problem
        for path in ui_files()
        for problem in problems(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())
    ]


def check(source: str) -> list[str]:
    """The problems of a piece of code, as if it were a file of orgeditor/ui."""
    return list(problems(source, "orgeditor/ui/probe.py"))


def test_every_shown_text_of_the_ui_is_translatable() -> None:
    found = all_problems()
    assert not found, "\n".join(found)


def test_the_check_finds_bare_texts() -> None:
    code = """
class Panel(QWidget):
    def build(self, name):
        self.label.setText("Hello")
        self.label.setToolTip(f"About {name}")
        menu.addAction(icon("x"), "Delete")
        box = QGroupBox("Settings")
        combo.addItem("Region", "region")
        form.addRow("Name:", edit)
        QMessageBox.warning(self, self.tr("Oops"), "It broke")
        self.status.showMessage("Saved " + name)
        self.scene.statusMessage.emit(f"Moved {name}")
"""
    found = check(code)
    assert len(found) == 9, "\n".join(found)


def test_the_check_lets_translated_and_symbol_texts_pass() -> None:
    code = """
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
KINDS = {"a": QT_TRANSLATE_NOOP("Kinds", "Apple")}
class Panel(QWidget):
    def build(self, n, name):
        self.label.setText(self.tr("Hello"))
        self.label.setText("")
        self.label.setText("…")
        self.count.setText(f"{n} / {n}")
        self.label.setText(f"<b>{name}</b><br>&nbsp;")
        combo.addItem(self.tr("Region"), "region")
        combo.addItem(family_icon("x"), self.tr("Sales"), "sales")
        self.setWindowTitle("orgeditor")
        self.setWindowTitle(f"{name}[*] — orgeditor")
        self.label.setText(self.tr("%n card(s)", "", n))
        self.label.setText(QCoreApplication.translate("Kinds", KINDS["a"]))
        self.label.setText(QCoreApplication.translate("Labels", name))
class Undo(QUndoCommand):
    def __init__(self):
        super().__init__(QCoreApplication.translate("Commands", "Move"))
"""
    assert check(code) == []


def test_the_check_refuses_texts_lupdate_cannot_extract() -> None:
    code = """
def _tr(text):
    return QCoreApplication.translate("Commands", text)
class Panel(QWidget):
    def build(self, parent, text):
        self.label.setText(self.tr(text))
        self.label.setText(parent.tr("Hello"))
        self.label.setText(tr("Hello"))
        self.label.setText(QCoreApplication.translate("Panel", "%n card(s)", "", len(text)))
class Undo(QUndoCommand):
    def __init__(self):
        super().__init__("Move")
"""
    found = check(code)
    assert len(found) == 7, "\n".join(found)


def test_the_generated_contexts_are_the_ones_the_script_writes() -> None:
    script = load_script()
    assert {script.LABELS_CONTEXT, script.NOTES_CONTEXT} == GENERATED_CONTEXTS


def test_every_percent_n_text_is_extracted_with_plural_forms(tmp_path) -> None:
    """lupdate reads %n texts as plurals from self.tr() only; a translate() with a count
    becomes a message with one form, wrong for every other number."""
    script = load_script()
    ts = tmp_path / "extracted.ts"
    script.lupdate(ts, [*script.ui_sources(), script.write_label_source(tmp_path)], cwd=tmp_path)
    single = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes"
    ]
    assert not single, "\n".join(single)
