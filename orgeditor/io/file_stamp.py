"""What a file looked like when we last read or wrote it, to notice changes made by others.

The size, modification time, inode and change time answer quickly; when any differs, the
content hash decides, so a `touch` or a copy that keeps the bytes does not count as a change,
while a replacement that keeps the modification time (`cp -p`, `rsync -t`) is still noticed:
nobody can set the change time.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Any

_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class FileStamp:
    size: int
    mtime_ns: int
    sha256: str
    inode: int = 0
    ctime_ns: int = 0

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> FileStamp | None:
        """The file's stamp now, or None when it cannot be read (missing, no permission)."""
        try:
            stat = os.stat(path)
            digest = _sha256(path)
        except OSError:
            return None
        return cls(stat.st_size, stat.st_mtime_ns, digest, stat.st_ino, stat.st_ctime_ns)

    def matches(self, path: str | os.PathLike[str]) -> bool:
        """True when the file still holds the bytes this stamp was taken from."""
        try:
            stat = os.stat(path)
        except OSError:
            return False
        if stat.st_size != self.size:
            return False
        if (stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns) == (
            self.mtime_ns,
            self.inode,
            self.ctime_ns,
        ):
            return True
        try:
            return _sha256(path) == self.sha256
        except OSError:
            return False

    def to_json(self) -> dict[str, Any]:
        return {
            "size": self.size,
            "mtime_ns": self.mtime_ns,
            "sha256": self.sha256,
            "inode": self.inode,
            "ctime_ns": self.ctime_ns,
        }

    @classmethod
    def from_json(cls, data: object) -> FileStamp | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(
                int(data["size"]),
                int(data["mtime_ns"]),
                str(data["sha256"]),
                int(data.get("inode", 0)),
                int(data.get("ctime_ns", 0)),
            )
        except (KeyError, TypeError, ValueError):
            return None


def _sha256(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
