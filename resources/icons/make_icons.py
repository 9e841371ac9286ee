"""Draw the linreg-gui application icon in every size and format a platform wants.

    python resources/icons/make_icons.py

The icon is a scatter of points with their least-squares line on a rounded blue
square: the one picture the app is about, and recognisable at 16 px.  It is drawn
from one geometry as SVG (the master, also installed as the scalable theme icon),
rendered by Qt's SVG renderer to PNGs, and packed into ``.ico`` (Windows) and
``.icns`` (macOS) here rather than with Pillow or ``iconutil``, which a Linux
build machine may lack.  Small sizes use a simpler drawing (fewer, larger points)
because six dots and axes turn to mud at 16 px.  The outputs are committed; run
this again only after changing the drawing.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
RUNTIME = ROOT / "linreg_gui" / "assets" / "icons"

#: PNG sizes shipped with the package (window icon, Linux icon theme).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Sizes packed into the Windows icon (256 is the largest Windows uses).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: macOS icon types (PNG payloads) and their pixel sizes.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
#: Below this size the simple drawing is used.
SMALL = 32

BACKGROUND_TOP = "#3d86cf"
BACKGROUND_BOTTOM = "#1d4f8f"
LINE = "#ffb23f"
POINT = "#ffffff"
AXIS = "#ffffff"


def line_y(x: float) -> float:
    """The fitted line in the 256-unit drawing: falls left to right in SVG terms."""
    return 186.0 - (118.0 / 156.0) * (x - 52.0)


def svg(small: bool = False) -> str:
    """The icon as an SVG document in a 256 x 256 view box."""
    if small:
        # Three large points well off the line, so both stay visible at 16 px.
        offsets = ((72, -46, 24), (128, 44, 24), (186, -46, 24))
        points = [(x, line_y(x) + dy, r) for x, dy, r in offsets]
        line_width, axes = 28, ""
        x0, x1 = 30.0, 226.0
    else:
        residuals = ((80, -30), (104, 28), (130, -28), (154, 30), (180, -30), (204, 24))
        points = [(x, line_y(x) + dy, 12) for x, dy in residuals]
        line_width = 13
        axes = (
            f'<path d="M52 52 V204 H212" fill="none" stroke="{AXIS}" '
            'stroke-opacity="0.45" stroke-width="7" stroke-linecap="round" '
            'stroke-linejoin="round"/>'
        )
        x0, x1 = 52.0, 220.0
    dots = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{POINT}" '
        f'stroke="{BACKGROUND_BOTTOM}" stroke-opacity="0.35" stroke-width="2"/>'
        for x, y, r in points
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" '
        'viewBox="0 0 256 256">'
        '<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">'
        f'<stop offset="0" stop-color="{BACKGROUND_TOP}"/>'
        f'<stop offset="1" stop-color="{BACKGROUND_BOTTOM}"/>'
        "</linearGradient></defs>"
        '<rect x="12" y="12" width="232" height="232" rx="52" fill="url(#bg)"/>'
        f"{axes}"
        f'<line x1="{x0:.1f}" y1="{line_y(x0):.1f}" '
        f'x2="{x1:.1f}" y2="{line_y(x1):.1f}" '
        f'stroke="{LINE}" stroke-width="{line_width}" stroke-linecap="round"/>'
        f"{dots}"
        "</svg>\n"
    )


def render_png(document: str, size: int) -> bytes:
    """The SVG drawn at ``size`` pixels square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(document.encode()))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding PNG images (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon family with PNG payloads, as ``iconutil`` would write it."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    full, small = svg(), svg(small=True)
    (HERE / "linreg-gui.svg").write_text(full, encoding="utf-8")
    wanted = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {s: render_png(small if s < SMALL else full, s) for s in sorted(wanted)}
    RUNTIME.mkdir(parents=True, exist_ok=True)
    for old in RUNTIME.glob("linreg-gui-*.png"):
        old.unlink()
    for size in PNG_SIZES:
        (RUNTIME / f"linreg-gui-{size}.png").write_bytes(pngs[size])
    (HERE / "linreg-gui.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (HERE / "linreg-gui.icns").write_bytes(icns(pngs))
    del app
    print(f"wrote {HERE / 'linreg-gui.svg'}, .ico, .icns and {len(PNG_SIZES)} PNGs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
