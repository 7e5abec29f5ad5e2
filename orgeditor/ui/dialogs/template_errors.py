"""Why the template wizard cannot build a chart, in the interface's language: the template's
TemplateError names its kind and values (templates/params.py), this table says it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from orgeditor.templates import TemplateError
from orgeditor.ui.labels import dimension_text, model_text

CONTEXT = "TemplateErrors"
# kind -> the text, %1, %2 the values in the order of _ORDER
_TEXTS = {
    "segment.no_values": QT_TRANSLATE_NOOP(
        "TemplateErrors", "Segment by %1: give one or more values, separated by commas."
    ),
    "segment.twice": QT_TRANSLATE_NOOP("TemplateErrors", "Segment by %1: “%2” is given twice."),
    "segment.too_many": QT_TRANSLATE_NOOP("TemplateErrors", "Segment by %1: at most %2 values."),
    "pod.no_pods": QT_TRANSLATE_NOOP("TemplateErrors", "A pod model needs 1 or more pods."),
    "pod.no_sellers": QT_TRANSLATE_NOOP("TemplateErrors", "A pod needs 1 or more sellers."),
    "pod.too_big": QT_TRANSLATE_NOOP(
        "TemplateErrors",
        "A pod of %1 sellers has more than one pod lead can manage (%2 sellers per manager): "
        "make smaller pods or raise the sellers per manager.",
    ),
    "no_sellers": QT_TRANSLATE_NOOP("TemplateErrors", "The %1 template needs 1 or more sellers."),
    "too_many_sellers": QT_TRANSLATE_NOOP(
        "TemplateErrors", "%1 sellers: a template makes at most %2."
    ),
}
_ORDER = {
    "segment.no_values": ("dimension",),
    "segment.twice": ("dimension", "value"),
    "segment.too_many": ("dimension", "limit"),
    "pod.too_big": ("size", "limit"),
    "no_sellers": ("model",),
    "too_many_sellers": ("sellers", "limit"),
}


def template_error_text(error: TemplateError) -> str:
    """The error in the interface's language; the template's own words for a kind not here."""
    text = _TEXTS.get(error.kind)
    if text is None:
        return str(error)
    values = error.values
    words = []
    for name in _ORDER.get(error.kind, ()):
        value = values[name]
        if name == "dimension":
            value = dimension_text(str(value), capital=False)
        elif name == "model":
            value = model_text(str(value)).lower()
        words.append(str(value))
    shown = QCoreApplication.translate(CONTEXT, text)
    for number, word in reversed(list(enumerate(words, 1))):  # %1 after %10 and up
        shown = shown.replace(f"%{number}", word)
    return shown
