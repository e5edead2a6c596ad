"""Draw the integration's brand images, reproducibly.

    .venv/bin/python scripts/make_brand.py            # rewrites the committed images
    .venv/bin/python scripts/make_brand.py --out DIR  # writes them into DIR instead

Home Assistant shows a custom integration's own ``brand/`` images (its
icon and logo in the integrations list, HACS and the Marketplace). The
motif: a telephone handset with a red stop mark on a transparent background;
the icon is square, trimmed and has no text; the logo adds the name. Each
image is drawn once at four times its @2x size and scaled down with LANCZOS
to @2x and 1x, text uses the font bundled with Pillow, and the PNGs carry no
metadata, so every run writes the same bytes (``tests/test_brand.py``).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
BRAND_DIR = ROOT / "custom_components" / "nuisance_calls" / "brand"

SUPERSAMPLE = 4
ICON_SIZE = 256  # 1x; @2x is twice this
LOGO_HEIGHT = 256
HANDSET = (25, 118, 210)  # a mid blue: reads on white and on dark grey alike
STOP_RED = (229, 57, 53)
STOP_BAR = (255, 255, 255)
TEXT_ON_LIGHT = (33, 37, 41)
TEXT_ON_DARK = (241, 243, 245)
NAME = "Nuisance Calls"

# Design units. The handset is a quarter ring around CENTER (earpiece on the
# left, mouthpiece at the bottom) whose ends carry the two cups, standing out
# towards the face. The stop mark sits in the corner the curve leaves free.
CENTER = (80.0, 20.0)
OUTER_RADIUS = 80.0
BAND = 19.0
CUP_DEPTH = 34.0  # across the ring
CUP_LENGTH = 26.0  # along the ring, beyond the band's end
CUP_OVERLAP = 12.0  # into the band, so cup and band join smoothly
CUP_ROUNDING = 9.0
FILLET = 2.2  # blur radius that rounds the joins between cups and band
BADGE_CENTER = (76.0, 24.0)
BADGE_RADIUS = 29.0
BADGE_GAP = 5.0  # transparent ring between the stop mark and the handset
BAR_LENGTH = 0.62  # of the badge's radius, each side of its centre
BAR_HEIGHT = 0.22

# The icon's square is the handset's bounding box: the cups' outer faces
# touch its edges, so the icon is trimmed by construction.
VIEW_LEFT = CENTER[0] - OUTER_RADIUS
VIEW_TOP = CENTER[1] - CUP_LENGTH
VIEW_SIDE = OUTER_RADIUS + CUP_LENGTH


@dataclass(frozen=True)
class Canvas:
    """A square of ``side`` pixels showing the view, inside a ``pad`` margin.

    The margin keeps blurring and anti-aliasing away from the image's edge;
    it is cropped off at the end.
    """

    side: int

    @property
    def pad(self) -> int:
        return self.side // 8

    @property
    def size(self) -> tuple[int, int]:
        full = self.side + 2 * self.pad
        return full, full

    def length(self, value: float) -> float:
        return value * self.side / VIEW_SIDE

    def box(self, left: float, top: float, right: float, bottom: float) -> list[float]:
        return [
            self.pad + self.length(left - VIEW_LEFT),
            self.pad + self.length(top - VIEW_TOP),
            self.pad + self.length(right - VIEW_LEFT),
            self.pad + self.length(bottom - VIEW_TOP),
        ]

    def circle(self, center: tuple[float, float], radius: float) -> list[float]:
        x, y = center
        return self.box(x - radius, y - radius, x + radius, y + radius)

    def mask(self) -> Image.Image:
        return Image.new("L", self.size, 0)

    def crop(self, image: Image.Image) -> Image.Image:
        return image.crop((self.pad, self.pad, self.pad + self.side, self.pad + self.side))


def _handset_mask(canvas: Canvas) -> Image.Image:
    mask = canvas.mask()
    draw = ImageDraw.Draw(mask)
    cx, cy = CENTER
    outer, inner = OUTER_RADIUS, OUTER_RADIUS - BAND
    draw.pieslice(canvas.circle(CENTER, outer), 90, 180, fill=255)
    draw.ellipse(canvas.circle(CENTER, inner), fill=0)
    earpiece = (cx - outer, cy - CUP_LENGTH, cx - outer + CUP_DEPTH, cy + CUP_OVERLAP)
    mouthpiece = (cx - CUP_OVERLAP, cy + outer - CUP_DEPTH, cx + CUP_LENGTH, cy + outer)
    for cup in (earpiece, mouthpiece):
        draw.rounded_rectangle(canvas.box(*cup), radius=canvas.length(CUP_ROUNDING), fill=255)
    # Blur and threshold: straight edges stay put, inner corners get fillets.
    soft = mask.filter(ImageFilter.GaussianBlur(canvas.length(FILLET)))
    return soft.point(lambda value: 255 if value >= 128 else 0)


def _badge_mask(canvas: Canvas, radius: float) -> Image.Image:
    mask = canvas.mask()
    ImageDraw.Draw(mask).ellipse(canvas.circle(BADGE_CENTER, radius), fill=255)
    return mask


def _bar_mask(canvas: Canvas) -> Image.Image:
    mask = canvas.mask()
    x, y = BADGE_CENTER
    half_length, half_height = BADGE_RADIUS * BAR_LENGTH, BADGE_RADIUS * BAR_HEIGHT
    ImageDraw.Draw(mask).rounded_rectangle(
        canvas.box(x - half_length, y - half_height, x + half_length, y + half_height),
        radius=canvas.length(half_height * 0.45),
        fill=255,
    )
    return mask


def _layer(color: tuple[int, int, int], mask: Image.Image) -> Image.Image:
    layer = Image.new("RGBA", mask.size, (*color, 0))
    layer.putalpha(mask)
    return layer


def draw_icon(side: int) -> Image.Image:
    """The icon drawn at ``side`` pixels square (before any scaling down)."""
    canvas = Canvas(side)
    badge = _badge_mask(canvas, BADGE_RADIUS)
    bar = _bar_mask(canvas)
    handset = ImageChops.subtract(
        _handset_mask(canvas), _badge_mask(canvas, BADGE_RADIUS + BADGE_GAP)
    )
    image = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    image.alpha_composite(_layer(HANDSET, handset))
    image.alpha_composite(_layer(STOP_RED, ImageChops.subtract(badge, bar)))
    image.alpha_composite(_layer(STOP_BAR, bar))
    return canvas.crop(image)


def draw_logo(height: int, text_color: tuple[int, int, int]) -> Image.Image:
    """The icon with the name beside it, ``height`` pixels high.

    The width is a multiple of ``2 * SUPERSAMPLE``, so both scaled-down
    sizes have whole pixels and the same proportions.
    """
    font = ImageFont.load_default(size=round(height * 0.36))
    stroke = round(height * 0.008)  # the bundled font has only a regular weight
    gap = round(height * 0.14)
    left, top, right, bottom = ImageDraw.Draw(Image.new("L", (1, 1))).textbbox(
        (0, 0), NAME, font=font, stroke_width=stroke
    )
    step = 2 * SUPERSAMPLE
    width = -(-(height + gap + right - left) // step) * step
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    image.alpha_composite(draw_icon(height))
    ImageDraw.Draw(image).text(
        (height + gap - left, (height - (bottom - top)) // 2 - top),
        NAME,
        font=font,
        fill=(*text_color, 255),
        stroke_width=stroke,
        stroke_fill=(*text_color, 255),
    )
    return image


def scale_down(image: Image.Image, factor: int) -> Image.Image:
    """``image`` at 1/``factor`` of its size; clear pixels carry no colour."""
    small = image.resize((image.width // factor, image.height // factor), Image.Resampling.LANCZOS)
    visible = small.getchannel("A").point(lambda value: 255 if value else 0)
    return Image.composite(small, Image.new("RGBA", small.size, (0, 0, 0, 0)), visible)


def save_png(image: Image.Image, path: Path) -> None:
    """Write without metadata (no time, no dpi, no text) at a fixed compression."""
    image.save(path, format="PNG", compress_level=9)


def brand_images() -> dict[str, Image.Image]:
    """Every brand image by file name."""
    icon = draw_icon(2 * ICON_SIZE * SUPERSAMPLE)
    logos = {
        "": draw_logo(2 * LOGO_HEIGHT * SUPERSAMPLE, TEXT_ON_LIGHT),
        # The icon reads on dark backgrounds as it is; only the name changes.
        "dark_": draw_logo(2 * LOGO_HEIGHT * SUPERSAMPLE, TEXT_ON_DARK),
    }
    images = {
        "icon.png": scale_down(icon, 2 * SUPERSAMPLE),
        "icon@2x.png": scale_down(icon, SUPERSAMPLE),
    }
    for prefix, logo in logos.items():
        images[f"{prefix}logo.png"] = scale_down(logo, 2 * SUPERSAMPLE)
        images[f"{prefix}logo@2x.png"] = scale_down(logo, SUPERSAMPLE)
    return images


def render(out: Path) -> list[Path]:
    """Write every brand image into ``out``; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, image in brand_images().items():
        save_png(image, out / name)
        written.append(out / name)
    return written


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description="Draw the brand images.")
    parser.add_argument("--out", type=Path, default=BRAND_DIR, help="output folder")
    for path in render(parser.parse_args().out):
        print(path)


if __name__ == "__main__":
    main()
