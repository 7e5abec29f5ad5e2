"""The environment a standalone bundle runs in for its tests and its start-up benchmark."""

from __future__ import annotations

from pathlib import Path


def bundle_env(home: Path, **extra: str) -> dict[str, str]:
    """A plain user's environment: no virtual environment, no PYTHONPATH, a fresh home."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "LANG": "C.UTF-8",
    }
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    return {**env, **extra}
