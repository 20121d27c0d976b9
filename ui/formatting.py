"""Dates and review states as the window shows them, in the UI language.

A date is written only as precisely as its source gave it: "23 ene 2026", "feb 2026", "2026".
Short month names come from our own table, not the locale database, so that they read the
same on every machine ("sep", not "sept." on one and "set" on another).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from casefile.domain import Precision

SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
}
UI_LANGUAGES = ("en", "es")


def ui_language() -> str:
    """The language the window speaks: Spanish when the default locale is Spanish, else English."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def as_date(value: dt.date | str | None) -> dt.date | None:
    """A date from a date or an ISO string as SQLite stores it ("2026-01-23")."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def format_date(value: dt.date | str | None, precision: str, language: str | None = None) -> str:
    """``value`` at ``precision``: "23 ene 2026", "feb 2026" or "2026"; "" when there is none."""
    value = as_date(value)
    if value is None:
        return ""
    months = SHORT_MONTHS.get(language or ui_language(), SHORT_MONTHS["en"])
    if precision == Precision.YEAR:
        return f"{value.year}"
    if precision == Precision.MONTH:
        return f"{months[value.month - 1]} {value.year}"
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_span(
    start: dt.date | str | None,
    end: dt.date | str | None,
    precision: str,
    language: str | None = None,
) -> str:
    """A date, or a span "23 ene 2026 – 25 ene 2026" when the event has a different end."""
    start, end = as_date(start), as_date(end)
    first = format_date(start, precision, language)
    if end is None or end == start:
        return first
    return f"{first} – {format_date(end, precision, language)}"


def date_input_text(value: dt.date | None, precision: str) -> str:
    """The editable form of a date: ``2026-01-23``, ``2026-01`` or ``2026``."""
    if value is None:
        return ""
    if precision == Precision.YEAR:
        return f"{value.year:04d}"
    if precision == Precision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def parse_date_input(text: str) -> tuple[dt.date, str] | None:
    """A typed ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` as (first day, precision), or None."""
    text = text.strip()
    try:
        if len(text) == 4 and text.isdigit():
            return dt.date(int(text), 1, 1), Precision.YEAR.value
        if len(text) == 7 and text[4] == "-":
            return dt.date(int(text[:4]), int(text[5:]), 1), Precision.MONTH.value
        return dt.date.fromisoformat(text), Precision.DAY.value
    except ValueError:
        return None


def review_name(review: str) -> str:
    """ "proposed", "accepted" or "rejected" in the UI language."""
    names = {
        "proposed": QCoreApplication.translate("Review", "proposed"),
        "accepted": QCoreApplication.translate("Review", "accepted"),
        "rejected": QCoreApplication.translate("Review", "rejected"),
    }
    return names.get(review, review)


def status_name(status: str) -> str:
    """An event's status ("occurred", "planned", "reported") in the UI language."""
    names = {
        "occurred": QCoreApplication.translate("EventStatus", "occurred"),
        "planned": QCoreApplication.translate("EventStatus", "planned"),
        "reported": QCoreApplication.translate("EventStatus", "reported"),
    }
    return names.get(status, status)


def category_name(category: str) -> str:
    """An event's category (a PLOVER kind, ``domain.Category``) in the UI language."""
    names = {
        "consult": QCoreApplication.translate("Category", "meeting"),
        "agree": QCoreApplication.translate("Category", "agreement"),
        "cooperate": QCoreApplication.translate("Category", "cooperation"),
        "aid": QCoreApplication.translate("Category", "aid"),
        "request": QCoreApplication.translate("Category", "request"),
        "accuse": QCoreApplication.translate("Category", "accusation"),
        "reject": QCoreApplication.translate("Category", "rejection"),
        "threaten": QCoreApplication.translate("Category", "threat"),
        "sanction": QCoreApplication.translate("Category", "sanction"),
        "force": QCoreApplication.translate("Category", "force"),
        "other": QCoreApplication.translate("Category", "other"),
    }
    return names.get(category, category)


def corroboration_text(sources: int, days: int) -> str:
    """How many sources report an event, and whether they disagree on its day: "3", "2 ⚠"."""
    if sources <= 1 and days <= 1:
        return str(sources) if sources else ""
    return f"{sources} ⚠" if days > 1 else str(sources)


def precision_name(precision: str) -> str:
    """ "day", "month" or "year" in the UI language."""
    names = {
        "day": QCoreApplication.translate("Precision", "day"),
        "month": QCoreApplication.translate("Precision", "month"),
        "year": QCoreApplication.translate("Precision", "year"),
    }
    return names.get(precision, precision)


def actor_kind_name(kind: str) -> str:
    """ "person", "organisation" or "place" in the UI language."""
    names = {
        "person": QCoreApplication.translate("ActorKind", "person"),
        "organisation": QCoreApplication.translate("ActorKind", "organisation"),
        "place": QCoreApplication.translate("ActorKind", "place"),
    }
    return names.get(kind, kind)


def source_kind_name(kind: str) -> str:
    """A source kind ("article", "communique", …) in the UI language."""
    names = {
        "article": QCoreApplication.translate("SourceKind", "article"),
        "communique": QCoreApplication.translate("SourceKind", "communiqué"),
        "statement": QCoreApplication.translate("SourceKind", "statement"),
        "transcript": QCoreApplication.translate("SourceKind", "transcript"),
        "social_post": QCoreApplication.translate("SourceKind", "social media post"),
        "image": QCoreApplication.translate("SourceKind", "image"),
        "other": QCoreApplication.translate("SourceKind", "other"),
    }
    return names.get(kind, kind)


def kind_name(kind: str) -> str:
    """An item kind ("event", "quote", …) in the UI language, for messages and undo texts."""
    names = {
        "case": QCoreApplication.translate("ItemKind", "case"),
        "source": QCoreApplication.translate("ItemKind", "source"),
        "event": QCoreApplication.translate("ItemKind", "event"),
        "quote": QCoreApplication.translate("ItemKind", "quote"),
        "caption": QCoreApplication.translate("ItemKind", "caption"),
        "actor": QCoreApplication.translate("ItemKind", "actor"),
    }
    return names.get(kind, kind)


def format_moment(utc: dt.datetime) -> str:
    """A moment stored in UTC (naive or not), in the reader's time zone and language, to
    the minute ("1 Dec 2026, 14:32")."""
    if utc.tzinfo is None:
        utc = utc.replace(tzinfo=dt.UTC)
    local = utc.astimezone()
    when = QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)
    return QLocale().toString(when, "d MMM yyyy, HH:mm")
