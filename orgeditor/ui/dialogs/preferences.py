"""Edit ▸ Preferences: how often unsaved changes are kept for recovery, the interface scale
(ui/interface_scale.py), the interface language (ui/language.py) and the theme (ui/theme.py,
applied when the dialog is accepted)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orgeditor.ui.interface_scale import MAX_PERCENT, MIN_PERCENT, interface_scale
from orgeditor.ui.language import BOKMAAL, ENGLISH, SYSTEM, language_setting
from orgeditor.ui.safety.preferences import MAX_INTERVAL_SECONDS, autosave_interval
from orgeditor.ui.theme import theme_names, theme_setting


class PreferencesDialog(QDialog):
    def __init__(self, autosave_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.interval = QSpinBox()
        self.interval.setObjectName("autosaveInterval")
        self.interval.setRange(0, MAX_INTERVAL_SECONDS)
        self.interval.setSingleStep(10)
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setSpecialValueText(self.tr("Off"))
        self.interval.setValue(autosave_interval())
        self.interval.setMinimumWidth(110)
        self.interval.setToolTip(self.tr("0 turns autosave off"))
        self.scale = QSpinBox()
        self.scale.setObjectName("interfaceScale")
        self.scale.setRange(MIN_PERCENT, MAX_PERCENT)
        self.scale.setSingleStep(25)
        self.scale.setSuffix(" %")
        self.scale.setValue(interface_scale())
        self.scale.setMinimumWidth(110)
        self.scale.setToolTip(
            self.tr("Everything in the window larger, for a projector: from the next start")
        )
        self.language = QComboBox()
        self.language.setObjectName("interfaceLanguage")
        self.language.addItem(self.tr("System"), SYSTEM)
        self.language.addItem("English", ENGLISH)  # each language in its own words
        self.language.addItem("Norsk bokmål", BOKMAAL)
        self.language.setCurrentIndex(max(self.language.findData(language_setting()), 0))
        self.language.setToolTip(
            self.tr("System follows the computer's language; a change shows from the next start")
        )
        self.theme = QComboBox()
        self.theme.setObjectName("interfaceTheme")
        for key, name in theme_names().items():
            self.theme.addItem(name, key)
        self.theme.setCurrentIndex(max(self.theme.findData(theme_setting()), 0))
        self.theme.setToolTip(self.tr("Light or dark; System follows the computer's setting"))
        where = QLabel(
            self.tr(
                "Charts with unsaved changes are kept in %1 and offered back after a crash."
            ).replace("%1", str(autosave_folder))
        )
        where.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Autosave every"), self.interval)
        form.addRow(self.tr("Interface scale (next start)"), self.scale)
        form.addRow(self.tr("Language (next start)"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(where)
        column.addWidget(buttons)
        self.resize(460, 230)
