"""The standalone build (packaging/build.sh, packaging/orgeditor.spec): built once into a
temporary folder, then every command is run from the bundle, with an environment that has no
Python of ours on its path, as on a machine without Python.

Marked `slow` (PyInstaller analyses and copies about 130 MB: half a minute here, from scratch:
its cache of processed libraries goes to the temporary folder too, since a warm one saved
nothing measurable); CI runs it.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest
from support.bundle_env import bundle_env

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
BUILD_TIMEOUT = 1200
RUN_TIMEOUT = 120
# what the offscreen platform says when a window asks it for size hints: a notice of the test
# platform, not of orgeditor (the xcb and wayland platforms support them)
OFFSCREEN_NOTICES = {"This plugin does not support propagateSizeHints()"}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dist folder of one build: dist/orgeditor/ and the tarball."""
    base = tmp_path_factory.mktemp("bundle")
    dist, work = base / "dist", base / "work"
    env = {**os.environ, "PYTHON": sys.executable, "PYINSTALLER_CONFIG_DIR": str(base / "cache")}
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh"), "--dist", str(dist), "--work", str(work)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    return dist


def run_bundle(build: Path, args: list[str], home: Path, **extra: str):
    return subprocess.run(
        [str(build / "orgeditor" / "orgeditor"), *args],
        cwd=home,
        env=bundle_env(home, **extra),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )


def test_version_names_the_build(build: Path, tmp_path: Path) -> None:
    done = run_bundle(build, ["--version"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    line = done.stdout.strip()
    assert line.startswith(f"orgeditor {VERSION} (standalone build "), line
    assert ", Qt 6." in line and ", Python 3." in line, line
    info = json.loads(
        (build / "orgeditor" / "_internal" / "orgeditor" / "build_info.json").read_text()
    )
    assert info["version"] == VERSION and info["qt"] in line


def test_check_and_new_and_diff_run_from_the_bundle(build: Path, tmp_path: Path) -> None:
    example = build / "orgeditor" / "_internal" / "orgeditor" / "resources" / "examples" / "pod.csv"
    checked = run_bundle(build, ["check", str(example)], tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith(f"{example}: pod model"), checked.stdout
    assert "0 errors" in checked.stdout

    chart = tmp_path / "pods.orgchart"
    made = run_bundle(build, ["new", "--model", "pod", "-o", str(chart)], tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"wrote {chart}:") and chart.is_file()

    report = run_bundle(
        build, ["check", "--format", "json", "--fail-on", "never", str(chart)], tmp_path
    )
    assert report.returncode == 0, report.stderr
    assert json.loads(report.stdout)["model"] == "pod"

    diff = run_bundle(build, ["diff", str(chart), str(chart)], tmp_path)
    assert diff.returncode == 0, diff.stderr
    assert "model unchanged" in diff.stdout

    missing = run_bundle(build, ["check", str(tmp_path / "nothing.csv")], tmp_path)
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr and missing.stderr.strip()


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", data[:16]
    return struct.unpack(">II", data[16:24])


def test_export_to_png_headless(build: Path, tmp_path: Path) -> None:
    example = (
        build / "orgeditor" / "_internal" / "orgeditor" / "resources" / "examples" / "island.csv"
    )
    out = tmp_path / "chart.png"
    # no DISPLAY and no platform chosen: the export draws offscreen by itself
    done = run_bundle(build, ["export", str(example), "-o", str(out)], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    data = out.read_bytes()
    width, height = png_size(data)
    assert 400 < width < 16_384 and 200 < height < 16_384, (width, height)
    assert len(data) > 10_000  # cards and text drawn, not an empty canvas
    assert data.endswith(b"IEND\xaeB`\x82")

    svg = tmp_path / "chart.svg"
    done = run_bundle(build, ["export", str(example), "-o", str(svg)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "<svg" in svg.read_text("utf-8")


def test_the_gui_starts_offscreen_and_quits_cleanly(build: Path, tmp_path: Path) -> None:
    chart = tmp_path / "start.orgchart"
    made = run_bundle(build, ["new", "--model", "island", "-o", str(chart)], tmp_path)
    assert made.returncode == 0, made.stderr
    ready = tmp_path / "ready.txt"
    done = run_bundle(
        build,
        [str(chart)],
        tmp_path,
        QT_QPA_PLATFORM="offscreen",
        ORGEDITOR_READY_FILE=str(ready),
        ORGEDITOR_QUIT_AFTER_MS="3000",  # a few seconds of the running window
    )
    assert done.returncode == 0, done.stderr
    assert ready.is_file(), "the window never reported itself ready"
    problems = [line for line in done.stderr.splitlines() if line.strip() not in OFFSCREEN_NOTICES]
    assert problems == [], done.stderr


def test_the_bundle_is_trimmed_and_carries_its_licences(build: Path) -> None:
    internal = build / "orgeditor" / "_internal"
    qt = internal / "PySide6" / "Qt"
    libs = {p.name.split(".so")[0] for p in (qt / "lib").iterdir()}
    assert {"libQt6Core", "libQt6Gui", "libQt6Widgets", "libQt6Svg", "libQt6PrintSupport"} <= libs
    unwanted = [
        n
        for n in libs
        if any(k in n for k in ("Quick", "Qml", "WebEngine", "3D", "Multimedia", "Pdf"))
    ]
    assert unwanted == []
    plugins = {p.parent.name + "/" + p.name for p in (qt / "plugins").glob("*/*")}
    for wanted in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "platforms/libqwayland.so",
        "imageformats/libqsvg.so",
        "imageformats/libqjpeg.so",
        "iconengines/libqsvgicon.so",
        "printsupport/libcupsprintersupport.so",
    ):
        assert wanted in plugins, sorted(plugins)
    assert not any(p.startswith(("egldeviceintegrations/", "generic/", "tls/")) for p in plugins)
    assert sorted(p.name for p in (qt / "translations").iterdir()) == ["qtbase_nn.qm"]

    resources = internal / "orgeditor" / "resources"
    for name in (
        "roles.toml",
        "rules.toml",
        "title_words.toml",
        "examples/pod.csv",
        "icons/undo.svg",
        "icons/app/orgeditor.svg",
        "icons/app/orgeditor-32.png",
        "i18n/orgeditor_nb.qm",
        "licenses/LGPL-3.0.txt",
    ):
        assert (resources / name).is_file(), name
    shipped = sorted(p.name for p in (build / "orgeditor" / "licenses").iterdir())
    assert shipped == sorted(p.name for p in (ROOT / "resources" / "licenses").iterdir())
    assert (
        "GNU LESSER GENERAL PUBLIC LICENSE"
        in (build / "orgeditor" / "licenses" / "LGPL-3.0.txt").read_text()
    )
    size = sum(p.stat().st_size for p in (build / "orgeditor").rglob("*") if p.is_file())
    # Qt trimmed: far below the 400 MB of all of PySide6
    assert size < 250 * 2**20, f"{size / 2**20:.0f} MB"


def test_the_tarball_holds_bundle_desktop_files_and_installer(build: Path, tmp_path: Path) -> None:
    tarball = build / f"orgeditor-{VERSION}-linux-{os.uname().machine}.tar.gz"
    top = tarball.name.removesuffix(".tar.gz")
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
        for name in (
            "install.sh",
            "README.txt",
            "orgeditor/orgeditor",
            "share/orgeditor.desktop",
            "share/orgeditor-mime.xml",
            "share/icons/orgeditor.svg",
            "share/icons/orgeditor-512.png",
            "orgeditor/licenses/LGPL-3.0.txt",
        ):
            assert f"{top}/{name}" in names, name
        archive.extractall(tmp_path, filter="tar")
    prefix = tmp_path / "my programs"  # a space, as in many home folders
    done = subprocess.run(
        ["sh", str(tmp_path / top / "install.sh"), "--prefix", str(prefix)],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
        env=bundle_env(tmp_path / "home"),
    )
    assert done.returncode == 0, done.stderr
    share = prefix / "share"
    entry = (share / "applications" / "orgeditor.desktop").read_text("utf-8")
    assert f'Exec="{prefix}/lib/orgeditor/orgeditor" %f' in entry  # quoted: the space
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(share / "applications" / "orgeditor.desktop")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert checked.returncode == 0 and "error" not in checked.stdout, checked.stdout
    assert (share / "mime" / "packages" / "orgeditor.xml").is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / "orgeditor.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "orgeditor.svg").is_file()
    version = subprocess.run(
        [str(prefix / "bin" / "orgeditor"), "--version"],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
        env=bundle_env(tmp_path / "home"),
    )
    assert version.returncode == 0 and version.stdout.startswith(f"orgeditor {VERSION} ("), version
