"""The QApplication: name, icon, Fusion style with a calm palette, font, translators and
layout direction (Arabic mirrors the whole window). Also the shared look: colours, the style
sheet of the shell's named widgets, and SVG icons tinted to the palette."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from functools import cache
from typing import TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desk import APP_NAME, __version__
from desk.i18n.translators import is_right_to_left, resources_dir, use_language

_W = TypeVar("_W", bound=QWidget)

ACCENT = "#1F6F8B"
ACCENT_DARK = "#17566C"
ACCENT_SOFT = "#E3F0F4"
TEXT = "#1F2933"
MUTED = "#5B6B7A"
WINDOW = "#F4F6F8"
BORDER = "#D5DCE3"
ERROR = "#B42318"
WARNING_BG = "#FEF0C7"
WARNING_TEXT = "#7A4A00"

# Fonts with Arabic glyphs first: Segoe UI on Windows, Noto/DejaVu on Linux test machines.
_FONT_FAMILIES = ("Segoe UI", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", "Tahoma", "Arial")
FONT_POINT_SIZE = 10

STYLE_SHEET = f"""
#navigation {{
    background: #FFFFFF; border: none; border-right: 1px solid {BORDER};
    outline: 0; padding: 8px 6px;
}}
#navigation[rtl="true"] {{ border-right: none; border-left: 1px solid {BORDER}; }}
#navigation::item {{ padding: 0 10px; border-radius: 6px; color: {TEXT}; }}
#navigation::item:hover {{ background: {ACCENT_SOFT}; }}
#navigation::item:selected {{ background: {ACCENT}; color: #FFFFFF; }}
#header {{ background: #FFFFFF; border-bottom: 1px solid {BORDER}; }}
#associationName {{ font-size: 15pt; font-weight: 600; color: {TEXT}; }}
#fileName {{ color: {MUTED}; }}
#readOnlyBadge {{
    background: {WARNING_BG}; color: {WARNING_TEXT}; border-radius: 10px;
    padding: 3px 10px; font-weight: 600;
}}
#welcomeTitle {{ font-size: 20pt; font-weight: 600; color: {TEXT}; }}
#welcomeSubtitle {{ color: {MUTED}; font-size: 11pt; }}
#sectionTitle {{ font-weight: 600; color: {MUTED}; }}
QPushButton#bigButton {{
    text-align: left; padding: 12px 16px; font-size: 11pt; border: 1px solid {BORDER};
    border-radius: 8px; background: #FFFFFF; color: {TEXT};
}}
QPushButton#bigButton:hover {{ border-color: {ACCENT}; background: {ACCENT_SOFT}; }}
QPushButton#bigButton:default, QPushButton#bigButton[primary="true"] {{
    background: {ACCENT}; color: #FFFFFF; border-color: {ACCENT};
}}
QPushButton#bigButton[primary="true"]:hover {{ background: {ACCENT_DARK}; }}
#recentFiles {{ border: 1px solid {BORDER}; border-radius: 8px; background: #FFFFFF; }}
#recentFiles::item {{ padding: 6px 8px; border-radius: 6px; }}
#recentFiles::item:hover {{ background: {ACCENT_SOFT}; color: {TEXT}; }}
#fieldError {{ color: {ERROR}; }}
#placeholderPage {{ color: {MUTED}; font-size: 12pt; }}
"""


def calm_palette() -> QPalette:
    """Light, low-contrast surfaces, dark text, one teal accent for selection and links."""
    palette = QPalette()
    group = QPalette.ColorRole
    colours = {
        group.Window: WINDOW,
        group.WindowText: TEXT,
        group.Base: "#FFFFFF",
        group.AlternateBase: "#F7F9FA",
        group.Text: TEXT,
        group.Button: "#FBFCFD",
        group.ButtonText: TEXT,
        group.Highlight: ACCENT,
        group.HighlightedText: "#FFFFFF",
        group.ToolTipBase: "#FFFFFF",
        group.ToolTipText: TEXT,
        group.PlaceholderText: "#8A97A3",
        group.Link: ACCENT,
        group.Mid: BORDER,
        group.Midlight: "#E7ECF0",
        group.Light: "#FFFFFF",
        group.Dark: "#AEB8C2",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (group.Text, group.WindowText, group.ButtonText):
        palette.setColor(disabled, role, QColor("#9AA5B1"))
    return palette


def default_font() -> QFont:
    """A readable 10 pt sans-serif that has Arabic glyphs (first installed of a short list)."""
    installed = set(QFontDatabase.families())
    family = next((f for f in _FONT_FAMILIES if f in installed), QFont().family())
    font = QFont(family, FONT_POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def named(widget: _W, name: str) -> _W:
    """`widget` with its object name set (style sheet selectors and tests find it by name)."""
    widget.setObjectName(name)
    return widget


def icon_path(name: str) -> str:
    """Path of resources/icons/<name> (for example "nav/treasury.svg" or "assodesk.png")."""
    return str(resources_dir() / "icons" / name)


@cache
def _svg_source(name: str) -> bytes:
    with open(icon_path(name), "rb") as handle:
        return handle.read()


def svg_pixmap(name: str, size: int, colour: str) -> QPixmap:
    """A line icon drawn in `colour` (the SVGs use stroke="currentColor")."""
    data = _svg_source(name).replace(b"currentColor", colour.encode())
    renderer = QSvgRenderer(QByteArray(data))
    app = QCoreApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
    pixmap = QPixmap(QSize(int(size * ratio), int(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return pixmap


def svg_icon(name: str, colour: str = MUTED, selected: str = "#FFFFFF", size: int = 20) -> QIcon:
    """A tinted icon with a white variant for selected items (white text on the accent)."""
    icon = QIcon()
    icon.addPixmap(svg_pixmap(name, size, colour), QIcon.Mode.Normal)
    icon.addPixmap(svg_pixmap(name, size, selected), QIcon.Mode.Selected)
    icon.addPixmap(svg_pixmap(name, size, "#9AA5B1"), QIcon.Mode.Disabled)
    return icon


def app_icon() -> QIcon:
    icon = QIcon(icon_path("assodesk.svg"))
    icon.addFile(icon_path("assodesk.png"))
    return icon


def align_leading(label: QLabel) -> None:
    """Align `label` at the start of the line in the window's direction. Qt aligns plain text
    by the text's own direction, so a Latin name in the Arabic window would stick to the left
    edge while everything else starts at the right."""
    vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        horizontal = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    else:
        horizontal = Qt.AlignmentFlag.AlignLeft
    label.setAlignment(horizontal | vertical)


def apply_language(app: QApplication, lang: str) -> None:
    """Install the translators of `lang` and mirror the layout for right-to-left languages."""
    use_language(lang)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if is_right_to_left(lang) else Qt.LayoutDirection.LeftToRight
    )


def apply_look(app: QApplication) -> None:
    """Fusion style (the same on every Windows version), calm palette, font, style sheet.
    Applied once: re-polishing every widget of a running application is slow and needless."""
    if app.property("assodesk_look"):
        return
    app.setStyle("Fusion")
    app.setPalette(calm_palette())
    app.setFont(default_font())
    app.setStyleSheet(STYLE_SHEET)
    app.setProperty("assodesk_look", True)


def create_application(argv: Sequence[str] | None, lang: str) -> QApplication:
    """The application object, configured and speaking `lang` ("fr", "en" or "ar")."""
    existing = QApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("a non-GUI QCoreApplication already exists")
    app = existing or QApplication(list(argv) if argv is not None else sys.argv[:1])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    apply_look(app)
    apply_language(app, lang)
    return app
