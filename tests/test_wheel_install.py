"""The built wheel on its own: the resources are inside it, and the installed command works.

The wheel is built without build isolation (the setuptools of this environment, no download)
from a copy of the sources, so that no build/ folder or stale file of the checkout takes part.
It is installed with --no-deps into a fresh virtual environment that borrows this environment's
dependencies (PySide6, networkx, ...) through a .pth file, so nothing is downloaded either; the
checkout is not on that environment's path, so everything comes from the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

venv = pytest.importorskip("venv", reason="the venv module is missing")  # Debian's python3-venv

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
TIMEOUT = 300


# run by the installed environment's python: where the package and its resources come from, and
# whether the toolbar icons load (offscreen)
PROBE = """
from importlib.resources import files
import orgeditor, orgeditor.model
from PySide6.QtWidgets import QApplication
app = QApplication([])
from orgeditor.ui.toolbar import load_icon
resources = files("orgeditor.resources")
print(orgeditor.__file__)
print(resources.joinpath("examples", "pod.csv"))
print(resources.joinpath("rules.toml").read_text("utf-8").splitlines()[0])
print(len(orgeditor.model.catalogue().roles))
print(all(not load_icon(n).pixmap(20, 20).isNull() for n in ("undo", "save", "fit")))
"""


def run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None):
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def source_files(folder: Path) -> list[Path]:
    """The files of a source folder, without caches, relative to it."""
    return sorted(
        p.relative_to(folder)
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("orgeditor", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    out = work / "dist"
    built = run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            out,
            source,
        ],
        cwd=work,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = out.glob("orgeditor-*.whl")
    return wheel


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed; its folder."""
    env_dir = tmp_path_factory.mktemp("venv") / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    where = run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=env_dir
    )
    assert where.returncode == 0, where.stderr
    site_packages = Path(where.stdout.strip())
    # this environment's dependencies, after the new environment's own site-packages
    borrowed = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (site_packages / "_borrowed_dependencies.pth").write_text("\n".join(borrowed) + "\n")
    # pip of this environment installs into the new one (--python), so the new one needs no pip
    done = run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "--no-deps",
            "--no-index",
            wheel,
        ],
        cwd=env_dir,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return env_dir


def isolated_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_the_wheel_holds_the_code_the_resources_and_the_license(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata,) = (n for n in names if n.endswith(".dist-info/METADATA"))
        meta = archive.read(metadata).decode("utf-8")
    for name in ("__init__.py", "rules.toml", "roles.toml"):
        assert f"orgeditor/resources/{name}" in names
    icons = sorted(p.name for p in (RESOURCES / "icons").glob("*.svg"))
    examples = sorted(p.name for p in (RESOURCES / "examples").iterdir() if p.is_file())
    assert icons and examples
    for icon in icons:
        assert f"orgeditor/resources/icons/{icon}" in names
    for example in examples:
        assert f"orgeditor/resources/examples/{example}" in names
    # every module of the package (a subpackage missing from pyproject's list would be left out)
    missing = [
        str(p) for p in source_files(ROOT / "orgeditor") if f"orgeditor/{p.as_posix()}" not in names
    ]
    assert not missing, f"not in the wheel (add the package to pyproject.toml): {missing}"
    # the resources are shipped inside the package only, never as a top-level package
    assert not [n for n in names if n.startswith("resources/")]
    assert "License-Expression: MIT" in meta
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


def test_the_installed_wheel_runs_check_and_new(installed: Path, tmp_path: Path) -> None:
    python, orgeditor = installed / "bin" / "python", installed / "bin" / "orgeditor"
    env = isolated_env()

    # the package, its resources and the icons come from the installed wheel, not the checkout
    probe = run([python, "-c", PROBE], cwd=tmp_path, env=env)
    assert probe.returncode == 0, probe.stderr
    module, example, rules, roles, icons = probe.stdout.splitlines()
    assert Path(module).is_relative_to(installed), module
    assert Path(example).is_relative_to(installed) and Path(example).is_file(), example
    assert rules.strip() and int(roles) > 0 and icons == "True", probe.stdout

    version = run([orgeditor, "--version"], cwd=tmp_path, env=env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"orgeditor {VERSION}"

    checked = run([orgeditor, "check", example], cwd=tmp_path, env=env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith(f"{example}: pod model"), checked.stdout

    chart = tmp_path / "x.orgchart"
    made = run([orgeditor, "new", "--model", "pod", "-o", chart], cwd=tmp_path, env=env)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"wrote {chart}:") and "pod model" in made.stdout
    assert chart.is_file()

    again = run([orgeditor, "check", "--format", "json", chart], cwd=tmp_path, env=env)
    assert again.returncode == 0, again.stdout + again.stderr
    report = json.loads(again.stdout)
    assert report["model"] == "pod" and report["counts"]["positions"] > 0, report
