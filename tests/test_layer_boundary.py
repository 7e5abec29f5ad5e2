"""Layer contracts (docs/ARCHITECTURE.md, 'Layers'): what each layer of orgeditor may import.

- The Qt-free layers (model, rules, analysis, layout, io, templates) and the CLI's modules
  import no PySide6: the CLI checks and converts charts without Qt, and starts fast.
- model imports nothing else of orgeditor (its data files aside): every other layer builds
  on it.
- drawing (the Qt scene and its items) imports neither ui nor render; render (export) imports
  no ui: the canvas and the exports share the drawing, and the GUI stays on top.

Every module of a layer is imported (pkgutil.walk_packages), in a fresh interpreter per layer,
so nothing else has loaded anything yet; then sys.modules must hold nothing the layer may not
use. Importing only the packages' __init__s would miss a module that no __init__ imports.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import orgeditor

ROOT = Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6")
QT_FREE = ["model", "rules", "analysis", "layout", "io", "templates"]
# Qt only once the GUI or an export starts
CLI = ["cli", "cli_check", "cli_diff", "cli_export", "cli_new", "build_info"]
# the GUI on top of everything, `python -m orgeditor`, and the data files' package (roles,
# rules, examples, icons: orgeditor.resources, which may live outside orgeditor/)
UNCONSTRAINED = {"ui", "__main__", "resources"}


def top_level() -> list[str]:
    """orgeditor's own packages and modules (from the files: nothing is imported)."""
    return sorted(info.name for info in pkgutil.iter_modules(orgeditor.__path__))


def forbidden_for(name: str) -> tuple[str, ...]:
    """The modules (with their submodules) that the top-level package or module `name` must
    not load. Its own modules, and the packages above it, are always allowed."""
    rules: list[str] = []
    if name in QT_FREE or name in CLI:
        rules += QT
    if name == "model":
        rules += ["orgeditor"]
    if name == "drawing":
        rules += ["orgeditor.ui", "orgeditor.render"]
    if name == "render":
        rules += ["orgeditor.ui"]
    return tuple(rules)


DATA = ("orgeditor.resources",)  # data files (roles, rules): no code, allowed to every layer


LAYERS = [*QT_FREE, *CLI, "drawing", "render"]

# Run in a fresh interpreter: argv[1] the package or module to walk, argv[2] the forbidden
# and the allowed module prefixes (JSON). Prints JSON: the modules walked, and per forbidden
# module loaded the place that imported it (the innermost frame of the walked project:
# "module:line").
CHECK = r"""
import importlib, json, pkgutil, sys

root = sys.argv[1]
rules = json.loads(sys.argv[2])
parts = root.split(".")
project = parts[0]
above = {".".join(parts[:i]) for i in range(1, len(parts))}
found = {}


def under(name, prefixes):
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def bad(name):
    if name in above or under(name, [root, *rules["allowed"]]):
        return False
    return under(name, rules["forbidden"])


class Watch:
    # asked for every module not loaded yet: notes who imports a forbidden one, finds nothing
    @staticmethod
    def find_spec(name, path=None, target=None):
        if bad(name) and name not in found:
            frame = sys._getframe(1)
            while frame is not None:
                module = frame.f_globals.get("__name__") or ""
                if module == project or module.startswith(project + "."):
                    break
                frame = frame.f_back
            found[name] = f"{module}:{frame.f_lineno}" if frame is not None else "?"
        return None


def reraise(_name):
    raise  # an ImportError in a subpackage: the test fails on it, not past it


sys.meta_path.insert(0, Watch)
walked = [root]
importlib.import_module(root)
path = getattr(sys.modules[root], "__path__", None)
if path is not None:
    for info in pkgutil.walk_packages(path, root + ".", onerror=reraise):
        importlib.import_module(info.name)
        walked.append(info.name)
found.update({name: "?" for name in sys.modules if bad(name) and name not in found})
print(json.dumps({"walked": walked, "found": found}))
"""


def check(
    root: str, forbidden: tuple[str, ...], allowed: tuple[str, ...] = DATA, cwd: Path = ROOT
) -> dict:
    rules = {"forbidden": forbidden, "allowed": allowed}
    out = subprocess.run(
        [sys.executable, "-c", CHECK, root, json.dumps(rules)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def explain(found: dict[str, str]) -> str:
    """Who imports what it may not: one entry per importing line of the layer itself (the
    forbidden modules' own imports, and modules loaded unseen ("?"), only when none is)."""
    by_place: dict[str, list[str]] = {}
    for module, place in sorted(found.items()):
        by_place.setdefault(place, []).append(module)
    own = {place: mods for place, mods in by_place.items() if place.split(":")[0] not in found}
    own.pop("?", None)
    return "; ".join(
        f"{place} imports {', '.join(modules[:3])}"
        + (f" (+{len(modules) - 3} more)" if len(modules) > 3 else "")
        for place, modules in sorted((own or by_place).items())
    )


def test_every_top_level_package_has_a_place():
    """A new package under orgeditor gets its contract here (or is named unconstrained)."""
    unplaced = [name for name in top_level() if name not in LAYERS and name not in UNCONSTRAINED]
    assert unplaced == [], f"add to the layer contracts: {unplaced}"


@pytest.mark.parametrize("layer", LAYERS)
def test_layer_imports_only_what_it_may(layer):
    forbidden = forbidden_for(layer)
    assert forbidden, layer
    result = check(f"orgeditor.{layer}", forbidden)
    if layer not in CLI:  # a package: walked into its modules, not only its __init__
        assert len(result["walked"]) > 1, result["walked"]
    assert result["found"] == {}, explain(result["found"])


def test_the_check_finds_a_forbidden_import_deep_in_a_package(tmp_path):
    """The walk reaches a module no __init__ imports, and names it."""
    package = tmp_path / "layered" / "inner"
    package.mkdir(parents=True)
    (tmp_path / "layered" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "quiet.py").write_text("import string\n")
    (package / "leaky.py").write_text("import wave\n")
    result = check("layered.inner", ("wave", "layered"), allowed=(), cwd=tmp_path)
    assert "layered.inner.quiet" in result["walked"]  # its own package and modules: allowed
    assert result["found"] == {"wave": "layered.inner.leaky:1"}
