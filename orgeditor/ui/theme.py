"""Light and dark: the interface's theme (the setting "interface/theme": "system", "light" or
"dark"), applied live to the whole application.

Light and Dark use Qt's Fusion style with a palette of their own; System leaves the style and
palette the application started with (a desktop in dark mode gives a dark one). Whatever sets
the palette, the chart follows it: drawing_scheme() picks the dark chart colours
(drawing/scheme.py) when the palette's window is dark, so presentation mode's high-contrast
palette (ui/presentation.py) gets light cards while it is on. Presentation mode keeps its
palette while a theme is chosen and asks theme_palette() for the theme's when it ends.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal, SignalInstance
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from orgeditor.drawing.scheme import DARK, LIGHT, Scheme

THEME_KEY = "interface/theme"
SYSTEM, LIGHT_THEME, DARK_THEME = "system", "light", "dark"
CHOICES = (SYSTEM, LIGHT_THEME, DARK_THEME)
STYLE = "Fusion"


def _settings() -> QSettings:
    if not QCoreApplication.organizationName():  # before run_app named the application
        return QSettings("orgeditor", "orgeditor")
    return QSettings()


def theme_setting() -> str:
    """The theme chosen: "system", "light" or "dark" (anything else reads as "system")."""
    value = str(_settings().value(THEME_KEY, SYSTEM) or SYSTEM)
    return value if value in CHOICES else SYSTEM


def set_theme_setting(value: str) -> None:
    _settings().setValue(THEME_KEY, value if value in CHOICES else SYSTEM)


def theme_names() -> dict[str, str]:
    """Each choice in words, translated (the View menu and the preferences)."""
    return {
        SYSTEM: QCoreApplication.translate("Theme", "System"),
        LIGHT_THEME: QCoreApplication.translate("Theme", "Light"),
        DARK_THEME: QCoreApplication.translate("Theme", "Dark"),
    }


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    roles = QPalette.ColorRole
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.HighlightedText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    """Light text on dark grey; body text at least 7:1, muted text at least 4.5:1."""
    r = QPalette.ColorRole
    return _palette(
        {
            r.Window: "#202429",
            r.WindowText: "#E8EAED",
            r.Base: "#16191E",
            r.AlternateBase: "#1F232A",
            r.Text: "#E8EAED",
            r.PlaceholderText: "#A4ACB9",
            r.Button: "#2B3038",
            r.ButtonText: "#E8EAED",
            r.BrightText: "#FF8A80",
            r.Light: "#454C57",
            r.Midlight: "#353B44",
            r.Mid: "#2A2F36",
            r.Dark: "#121418",
            r.Shadow: "#08090B",
            r.Highlight: "#2F6FEB",
            r.HighlightedText: "#FFFFFF",
            r.Link: "#8AB4F8",
            r.LinkVisited: "#C58AF9",
            # tooltips stay light: their rich text (a card's, a finding's) is coloured for it
            r.ToolTipBase: "#F2F4F7",
            r.ToolTipText: "#101828",
        },
        "#7D8591",
    )


def light_palette() -> QPalette:
    """Fusion's own light palette."""
    style = QStyleFactory.create(STYLE)
    return style.standardPalette() if style is not None else QPalette()


class _ThemeState(QObject):
    """What the application started with, and the theme now applied."""

    changed = Signal(str)  # the theme applied: "system", "light" or "dark"

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.style_name = app.style().name()
        self.palette = QPalette(app.palette())
        self.applied = SYSTEM


def _state(app: QApplication) -> _ThemeState:
    state = app.findChild(_ThemeState)
    if state is None:
        state = _ThemeState(app)
    return state


def theme_changed(app: QApplication | None = None) -> SignalInstance:
    """The signal emitted after a theme was applied (its name)."""
    app = app or QApplication.instance()
    return _state(app).changed


def applied_theme(app: QApplication | None = None) -> str:
    return _state(app or QApplication.instance()).applied


def theme_palette(app: QApplication | None = None, theme: str | None = None) -> QPalette:
    """The palette of `theme` (default: the one applied)."""
    state = _state(app or QApplication.instance())
    theme = state.applied if theme is None else theme
    if theme == DARK_THEME:
        return dark_palette()
    if theme == LIGHT_THEME:
        return light_palette()
    return QPalette(state.palette)


def apply_theme(
    app: QApplication | None = None, theme: str | None = None, keep_palette: bool = False
) -> str:
    """Apply `theme` (default: the setting) to the whole application now; keep_palette: set
    the style only and leave the palette (presentation mode's) until theme_palette() is asked
    for. Returns the theme applied."""
    app = app or QApplication.instance()
    state = _state(app)
    theme = theme_setting() if theme is None else theme
    if theme not in CHOICES:
        theme = SYSTEM
    if theme == state.applied:
        return theme
    state.applied = theme
    style = state.style_name if theme == SYSTEM else STYLE
    if app.style().name().lower() != style.lower():
        app.setStyle(style)
    if not keep_palette:
        app.setPalette(theme_palette(app, theme))
    state.changed.emit(theme)
    return theme


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette's windows are dark (light text on them)."""
    palette = palette or QApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def drawing_scheme(palette: QPalette | None = None) -> Scheme:
    """The chart's colours for this palette (default: the application's)."""
    return DARK if is_dark(palette) else LIGHT


def muted_colour(palette: QPalette | None = None) -> str:
    """A quieter text colour that still reads on the palette's window (#rrggbb)."""
    palette = palette or QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    keep = 0.68
    return QColor(
        round(text.red() * keep + back.red() * (1 - keep)),
        round(text.green() * keep + back.green() * (1 - keep)),
        round(text.blue() * keep + back.blue() * (1 - keep)),
    ).name()
