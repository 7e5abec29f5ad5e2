"""The MIME types of palette drags, shared by the palette (source) and the canvas (drop target).

A role drag carries the role key, a structure drag the template model key ("pod"), as UTF-8
bytes, never a pickled object.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData

PALETTE_MIME = "application/x-orgeditor-role"


def role_mime_data(role_key: str, label: str = "") -> QMimeData:
    """Mime data for dragging one role: the key under PALETTE_MIME, the label as plain text."""
    mime = QMimeData()
    mime.setData(PALETTE_MIME, role_key.encode("utf-8"))
    mime.setText(label or role_key)
    return mime


def role_from_mime(mime: QMimeData) -> str | None:
    """The role key a drag carries, or None when it carries none."""
    if not mime.hasFormat(PALETTE_MIME):
        return None
    key = bytes(mime.data(PALETTE_MIME).data()).decode("utf-8", errors="replace").strip()
    return key or None


# ----- structures (whole generated charts: assembly line, pod, island) ----------------------

STRUCTURE_MIME = "application/x-orgeditor-structure"


def structure_mime_data(model: str, label: str = "") -> QMimeData:
    """Mime data for dragging one structure: the template model key under STRUCTURE_MIME."""
    mime = QMimeData()
    mime.setData(STRUCTURE_MIME, model.encode("utf-8"))
    mime.setText(label or model)
    return mime


def structure_from_mime(mime: QMimeData) -> str | None:
    """The template model key a drag carries, or None when it carries none."""
    if not mime.hasFormat(STRUCTURE_MIME):
        return None
    key = bytes(mime.data(STRUCTURE_MIME).data()).decode("utf-8", errors="replace").strip()
    return key or None
