"""The Linux desktop files of the standalone build (packaging/linux): the desktop entry, the
shared-mime-info definition of .orgchart, and the application icon in every size."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
from pathlib import Path

import defusedxml.ElementTree as SafeTree
import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "orgeditor.desktop"
MIME = LINUX / "orgeditor-mime.xml"
ICONS = ROOT / "resources" / "icons" / "app"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive (Name, Name[nb])
    parser.read_string(DESKTOP.read_text("utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def mime_types() -> list:
    root = SafeTree.parse(MIME).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    return root.findall(f"{MIME_NS}mime-type")


def test_desktop_entry_has_the_required_keys() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "orgeditor"
    assert entry["Exec"].split()[0] == "orgeditor" and entry["Exec"].split()[1] in ("%f", "%F")
    assert entry["Icon"] == "orgeditor"  # the icon theme name the installer uses
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["MimeType"].endswith(";")


def test_desktop_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        # without the tool (desktop-file-utils) the parse above is the check; the entry must
        # still be plain key=value lines of UTF-8 without tabs or trailing blanks
        text = DESKTOP.read_text("utf-8")
        assert all(line == line.rstrip() and "\t" not in line for line in text.splitlines())
        desktop_entry()
        return
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", done.stdout  # no hints either


def test_mime_definition_names_the_glob_and_the_desktop_type() -> None:
    (kind,) = mime_types()
    globs = [g.get("pattern") for g in kind.findall(f"{MIME_NS}glob")]
    assert globs == ["*.orgchart"]
    assert kind.get("type") == "application/vnd.orgeditor.orgchart+json"
    desktop = [t for t in desktop_entry()["MimeType"].split(";") if t]
    assert desktop == [kind.get("type")]
    assert kind.find(f"{MIME_NS}comment").text == "Org chart"
    assert kind.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"


def test_update_mime_database_accepts_the_definition(tmp_path: Path) -> None:
    tool = shutil.which("update-mime-database")
    if tool is None:  # without shared-mime-info, the parse is the check
        assert len(mime_types()) == 1
        return
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / "orgeditor.xml")
    done = subprocess.run(
        [tool, str(tmp_path / "mime")], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    globs = (tmp_path / "mime" / "globs2").read_text("utf-8")
    assert "application/vnd.orgeditor.orgchart+json:*.orgchart" in globs


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    assert data.endswith(b"IEND\xaeB`\x82"), path
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", SIZES)
def test_the_icon_exists_in_every_size(size: int) -> None:
    path = ICONS / f"orgeditor-{size}.png"
    assert png_size(path) == (size, size)
    assert path.stat().st_size < 64 * 1024  # small enough to commit


def test_the_svg_icon_is_square_and_drawable(qapp) -> None:
    root = SafeTree.parse(ICONS / "orgeditor.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "orgeditor.svg"))
    assert renderer.isValid() and renderer.defaultSize().width() == 256


def test_windows_and_macos_icons_hold_the_sizes() -> None:
    ico = (ROOT / "packaging" / "windows" / "orgeditor.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides
    icns = (ROOT / "packaging" / "macos" / "orgeditor.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"ic07" in icns  # 1024 (512@2x) and 128


def test_the_spec_and_the_build_script_pin_the_same_pyinstaller() -> None:
    import tomllib

    extra = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    (pin,) = extra["optional-dependencies"]["build"]
    assert f'PYINSTALLER="{pin}"' in (ROOT / "packaging" / "build.sh").read_text("utf-8")
