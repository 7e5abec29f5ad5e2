"""`orgeditor --version`: the package's version on stdout, exit 0, and no Qt loaded for it."""

import os
import subprocess
import sys
from importlib import metadata

import pytest

import orgeditor
from orgeditor import cli
from orgeditor.cli import main

EXPECTED = f"orgeditor {metadata.version('orgeditor')}"


def test_version_prints_the_package_version(capsys):
    assert main(["--version"]) == 0
    out, err = capsys.readouterr()
    assert out == EXPECTED + "\n"
    assert err == ""
    assert EXPECTED == "orgeditor 0.1.0"


def test_version_falls_back_to_the_source_tree(capsys, monkeypatch):
    def not_installed(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(cli.metadata, "version", not_installed)
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"orgeditor {orgeditor.__version__}\n"


def test_help_still_works_and_names_version(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: orgeditor")
    assert "--version" in out and "check" in out


def child_env():
    # a screen is not needed and must not be asked for
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_python_m_orgeditor_version():
    done = subprocess.run(
        [sys.executable, "-m", "orgeditor", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        env=child_env(),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == EXPECTED + "\n"
    assert done.stderr == ""


def test_version_does_not_import_qt():
    script = (
        "import sys\n"
        "from orgeditor.cli import main\n"
        "code = main(['--version'])\n"
        "qt = sorted(name for name in sys.modules if name.split('.')[0] == 'PySide6')\n"
        "print('qt modules:', qt)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=child_env(),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [EXPECTED, "qt modules: []"]
