"""The committed brand images are exactly what ``scripts/make_brand.py`` draws."""

from __future__ import annotations

from pathlib import Path
import subprocess
import sys

from PIL import Image
import pytest

ROOT = Path(__file__).parent.parent
SCRIPT = ROOT / "scripts" / "make_brand.py"
BRAND = ROOT / "custom_components" / "nuisance_calls" / "brand"
REBUILD = ".venv/bin/python scripts/make_brand.py"
SQUARE = {"icon.png": 256, "icon@2x.png": 512}
LOGOS = ("logo.png", "dark_logo.png")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The images as the script draws them now, in a fresh folder."""
    out = tmp_path_factory.mktemp("brand")
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True, timeout=120)
    return out


def test_committed_images_are_reproducible(generated: Path) -> None:
    """Same file names, same bytes: nobody edited an image by hand or forgot to rerun."""
    made = sorted(path.name for path in generated.iterdir())
    assert made == sorted(path.name for path in BRAND.iterdir()), f"run `{REBUILD}`"
    for name in made:
        assert (generated / name).read_bytes() == (BRAND / name).read_bytes(), (
            f"brand/{name} is not what the script draws; run `{REBUILD}`"
        )


@pytest.mark.parametrize(("name", "side"), SQUARE.items())
def test_icons_are_square_and_trimmed(name: str, side: int) -> None:
    """256 and 512 px square, transparent around the drawing, which touches the edges."""
    with Image.open(BRAND / name) as image:
        assert image.format == "PNG"
        assert image.mode == "RGBA"
        assert image.size == (side, side)
        assert image.getbbox() == (0, 0, side, side)
        assert image.getpixel((side - 1, side - 1))[3] == 0  # a corner shows the background


@pytest.mark.parametrize("name", LOGOS)
def test_logos_are_wide_and_their_2x_is_twice_the_size(name: str) -> None:
    """Logos are 256 (and 512) px high, landscape, and @2x doubles both sides."""
    with (
        Image.open(BRAND / name) as logo,
        Image.open(BRAND / name.replace(".png", "@2x.png")) as logo_2x,
    ):
        assert logo.mode == logo_2x.mode == "RGBA"
        assert logo.height == 256
        assert logo.width > 2 * logo.height
        assert logo_2x.size == (2 * logo.width, 2 * logo.height)


def test_light_and_dark_logo_differ_only_in_the_text() -> None:
    """The dark logo keeps the icon and lightens the name."""
    with (
        Image.open(BRAND / "logo.png") as light,
        Image.open(BRAND / "dark_logo.png") as dark,
        Image.open(BRAND / "icon.png") as icon,
    ):
        assert light.size == dark.size
        mark = (0, 0, icon.width, icon.height)
        assert light.crop(mark).tobytes() == dark.crop(mark).tobytes()
        light_text = light.convert("L").crop((icon.width, 0, light.width, light.height))
        dark_text = dark.convert("L").crop((icon.width, 0, dark.width, dark.height))
        assert light_text.getextrema()[0] < 64  # dark letters
        assert dark_text.getextrema()[1] > 192  # light letters
