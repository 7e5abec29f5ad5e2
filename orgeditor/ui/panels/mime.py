"""The MIME types of palette drags, shared by the palette (source) and the canvas (drop target).

A role drag carries the role key, a structure drag the template model key ("pod"), as UTF-8
bytes, never a pickled object.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData

PALETTE_MIME = "application/x-orgeditor-role"


def _key_mime_data(mime_type: str, key: str, label: str) -> QMimeData:
    """The key under mime_type (UTF-8), the label (or the key) as plain text."""
    mime = QMimeData()
    mime.setData(mime_type, key.encode("utf-8"))
    mime.setText(label or key)
    return mime


def _key_from_mime(mime: QMimeData, mime_type: str) -> str | None:
    if not mime.hasFormat(mime_type):
        return None
    key = bytes(mime.data(mime_type).data()).decode("utf-8", errors="replace").strip()
    return key or None


def role_mime_data(role_key: str, label: str = "") -> QMimeData:
    """Mime data for dragging one role: the key under PALETTE_MIME, the label as plain text."""
    return _key_mime_data(PALETTE_MIME, role_key, label)


def role_from_mime(mime: QMimeData) -> str | None:
    """The role key a drag carries, or None when it carries none."""
    return _key_from_mime(mime, PALETTE_MIME)


# ----- structures (whole generated charts: assembly line, pod, island) ----------------------

STRUCTURE_MIME = "application/x-orgeditor-structure"


def structure_mime_data(model: str, label: str = "") -> QMimeData:
    """Mime data for dragging one structure: the template model key under STRUCTURE_MIME."""
    return _key_mime_data(STRUCTURE_MIME, model, label)


def structure_from_mime(mime: QMimeData) -> str | None:
    """The template model key a drag carries, or None when it carries none."""
    return _key_from_mime(mime, STRUCTURE_MIME)
