"""One class per canvas gesture; the view routes events to the active one."""

from orgeditor.ui.canvas.interactions.base import Interaction
from orgeditor.ui.canvas.interactions.card_drag import CardDragInteraction
from orgeditor.ui.canvas.interactions.dotted_line import DottedLineInteraction
from orgeditor.ui.canvas.interactions.fold_toggle import FoldToggleInteraction
from orgeditor.ui.canvas.interactions.palette_drop import STRUCTURE_MIME, PaletteDropInteraction
from orgeditor.ui.canvas.interactions.pan import PanInteraction
from orgeditor.ui.canvas.interactions.rubber_band import RubberBandInteraction
from orgeditor.ui.canvas.interactions.team_drag import TeamDragInteraction

__all__ = [
    "STRUCTURE_MIME",
    "CardDragInteraction",
    "DottedLineInteraction",
    "FoldToggleInteraction",
    "Interaction",
    "PaletteDropInteraction",
    "PanInteraction",
    "RubberBandInteraction",
    "TeamDragInteraction",
]
