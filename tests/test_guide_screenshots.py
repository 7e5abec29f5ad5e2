"""The user guide (docs/guide) and the script that takes its screenshots from the real window
(scripts/guide_screenshots.py): one shot taken for real, and the guides link every shot the
script knows, each of them present."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO / "docs" / "guide"
GUIDES = {"USER_GUIDE.md": "en", "BRUKERVEILEDNING.md": "nb"}
IMAGE_LINK = re.compile(r"!\[[^\]]*\]\(([^)\s]+\.png)\)")


def guide_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "guide_screenshots", REPO / "scripts" / "guide_screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def linked_images(guide: str) -> list[str]:
    return IMAGE_LINK.findall((GUIDE / guide).read_text(encoding="utf-8"))


def test_the_script_takes_the_start_page_from_the_real_window(qapp, tmp_path):
    script = guide_script()
    assert script.main(["--lang", "en", "--only", "start_page", "--out", str(tmp_path)]) == 0
    picture = tmp_path / "en" / "start_page.png"
    assert picture.is_file()
    assert 20_000 < picture.stat().st_size <= script.MAX_BYTES
    image = QImage(str(picture))
    # the 1440x900 window scaled to the guide's width, its proportions kept
    assert image.width() == script.MAX_WIDTH
    assert image.height() == pytest.approx(script.MAX_WIDTH * 900 / 1440, abs=2)
    assert list(tmp_path.rglob("*.png")) == [picture]  # only what was asked for


def test_an_unknown_shot_is_refused_by_name(qapp, tmp_path):
    with pytest.raises(SystemExit, match="no_such_shot"):
        guide_script().main(["--lang", "en", "--only", "no_such_shot", "--out", str(tmp_path)])


@pytest.mark.parametrize("guide", sorted(GUIDES))
def test_every_image_a_guide_links_exists(guide):
    links = linked_images(guide)
    assert links, f"{guide} shows no screenshot"
    missing = [link for link in links if not (GUIDE / link).is_file()]
    assert not missing, f"{guide} links missing images: {missing}"
    limit = guide_script().MAX_BYTES
    too_big = [link for link in links if (GUIDE / link).stat().st_size > limit]
    assert not too_big, f"images over the size limit: {too_big}"


@pytest.mark.parametrize("guide", sorted(GUIDES))
def test_every_shot_of_the_script_is_in_both_guides(guide):
    language = GUIDES[guide]
    linked = set(linked_images(guide))
    wanted = {f"images/{language}/{name}.png" for name in guide_script().SHOTS}
    assert not wanted - linked, f"{guide} does not show {sorted(wanted - linked)}"
    assert not linked - wanted, (
        f"{guide} links pictures the script does not take: {linked - wanted}"
    )
