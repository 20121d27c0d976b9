"""The analyst's preferences, kept in QSettings under stable keys shared by every dialog.

Keys (also read by the export dialog):
``library/path``, ``analyst/name``, ``analyst/organisation``, ``brief/language`` ("es"/"en"),
``brief/classification``, ``ui/language`` ("system"/"en"/"es"), ``session/last_case``,
``window/geometry``, ``window/state``, ``window/splitter``, ``review/splitters`` (the Review
tab's two splitters, one blob), ``timeline/splitter``, ``window/sidebar``,
``view/show_archived``, ``view/show_rejected``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LIBRARY_PATH = "library/path"
ANALYST_NAME = "analyst/name"
ORGANISATION = "analyst/organisation"
BRIEF_LANGUAGE = "brief/language"
CLASSIFICATION = "brief/classification"
UI_LANGUAGE = "ui/language"
LAST_CASE = "session/last_case"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER_STATE = "window/splitter"
REVIEW_SPLITTERS = "review/splitters"
TIMELINE_SPLITTER = "timeline/splitter"  # the picture over the table
SIDEBAR_SPLITTER = "window/sidebar"  # the case list over the saved searches
SHOW_ARCHIVED = "view/show_archived"
SHOW_REJECTED = "view/show_rejected"

UI_LANGUAGE_CHOICES = ("system", "en", "es")
BRIEF_LANGUAGE_CHOICES = ("es", "en")


class Preferences:
    """Typed reads and writes over one QSettings."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _text(self, key: str, default: str = "") -> str:
        value = self.settings.value(key, default)
        return default if value is None else str(value)

    def _flag(self, key: str) -> bool:
        value = self.settings.value(key, False)
        return value in (True, "true", "1", 1)

    @property
    def library_path(self) -> Path | None:
        text = self._text(LIBRARY_PATH)
        return Path(text).expanduser() if text else None

    @library_path.setter
    def library_path(self, value: Path | None) -> None:
        self.settings.setValue(LIBRARY_PATH, str(value) if value else "")

    @property
    def analyst_name(self) -> str:
        return self._text(ANALYST_NAME)

    @analyst_name.setter
    def analyst_name(self, value: str) -> None:
        self.settings.setValue(ANALYST_NAME, value)

    @property
    def organisation(self) -> str:
        return self._text(ORGANISATION)

    @organisation.setter
    def organisation(self, value: str) -> None:
        self.settings.setValue(ORGANISATION, value)

    @property
    def brief_language(self) -> str:
        value = self._text(BRIEF_LANGUAGE, "es")
        return value if value in BRIEF_LANGUAGE_CHOICES else "es"

    @brief_language.setter
    def brief_language(self, value: str) -> None:
        self.settings.setValue(BRIEF_LANGUAGE, value)

    @property
    def classification(self) -> str:
        return self._text(CLASSIFICATION)

    @classification.setter
    def classification(self, value: str) -> None:
        self.settings.setValue(CLASSIFICATION, value)

    @property
    def ui_language(self) -> str:
        value = self._text(UI_LANGUAGE, "system")
        return value if value in UI_LANGUAGE_CHOICES else "system"

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        self.settings.setValue(UI_LANGUAGE, value)

    @property
    def last_case(self) -> int | None:
        value = self._text(LAST_CASE)
        return int(value) if value.isdigit() else None

    @last_case.setter
    def last_case(self, value: int | None) -> None:
        self.settings.setValue(LAST_CASE, "" if value is None else str(value))

    @property
    def show_archived(self) -> bool:
        return self._flag(SHOW_ARCHIVED)

    @show_archived.setter
    def show_archived(self, value: bool) -> None:
        self.settings.setValue(SHOW_ARCHIVED, value)

    @property
    def show_rejected(self) -> bool:
        return self._flag(SHOW_REJECTED)

    @show_rejected.setter
    def show_rejected(self, value: bool) -> None:
        self.settings.setValue(SHOW_REJECTED, value)

    def bytes(self, key: str) -> QByteArray | None:
        """A saved geometry or state, or None."""
        value = self.settings.value(key)
        if isinstance(value, bytes | bytearray):  # what an ini file gives back
            value = QByteArray(bytes(value))
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
