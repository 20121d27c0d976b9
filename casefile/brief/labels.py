"""Words the brief prints in Spanish or English, and dates written the way each language does."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from casefile.domain import EventStatus, Precision
from casefile.errors import CasefileError

LANGUAGES = ("es", "en")


# A text wholly inside one pair of quotation marks, and a pair of straight or double marks
# inside a text.
_WRAPPED = re.compile(r'["“«](?P<inside>[^"“”«»]*)["”»]')
_STRAIGHT_PAIR = re.compile(r'["“](?P<inside>[^"“”\n]+)["”]')


@dataclass(frozen=True)
class Labels:
    """Every fixed string of the brief in one language."""

    language: str
    brief: str
    summary: str
    timeline: str
    quotes: str
    captions: str
    actors: str
    sources: str
    countries: str
    period: str
    author: str
    organisation: str
    issued: str
    date: str
    development: str
    status: str
    notes: str
    name: str
    kind: str
    role: str
    country: str
    people: str
    organisations: str
    places: str
    no_items: str
    image_missing: str
    photograph: str
    since: str
    until: str
    page: str  # "Page {n} of" — the total is drawn after it once known
    open_quote: str
    close_quote: str
    inner_open_quote: str  # quotation marks inside a quotation ("‘…’" in English)
    inner_close_quote: str
    months: tuple[str, ...]
    statuses: dict[str, str]
    country_names: dict[str, str]
    reported_by: str = "Reported by {n} sources"
    days_differ: str = "Sources give different days: {days}"
    relation: str = "The relation month by month: events of cooperation above, of conflict below"
    earlier_not_charted: str = "{n} earlier events, from {year}, are in the table, not the picture"
    earlier_one_not_charted: str = "An earlier event, of {year}, is in the table, not the picture"
    cooperation: str = "cooperation"
    conflict: str = "conflict"

    def section_title(self, section: str) -> str:
        """The heading of one of the brief's sections ("summary", "timeline", ...)."""
        return str(getattr(self, section))

    def quoted(self, text: str) -> str:
        """``text`` inside the language's typographic quotation marks; a text that is itself
        all in quotation marks ("“La Argentina es un país en marcha”", a headline that quotes
        someone) keeps one pair, and quotation marks inside it become the inner ones."""
        wrapped = _WRAPPED.fullmatch(text)
        if wrapped is not None:
            text = wrapped["inside"]
        text = _STRAIGHT_PAIR.sub(
            lambda m: f"{self.inner_open_quote}{m['inside']}{self.inner_close_quote}", text
        )
        return f"{self.open_quote}{text}{self.close_quote}"

    def status_name(self, status: str) -> str:
        return self.statuses.get(status, status)

    def country_name(self, code: str) -> str:
        """The country's name for an ISO code; unknown codes print as given."""
        return self.country_names.get(code.upper(), code.upper())


_SPANISH_COUNTRIES = {
    "MX": "México",
    "US": "Estados Unidos",
    "CA": "Canadá",
    "GT": "Guatemala",
    "BZ": "Belice",
    "HN": "Honduras",
    "SV": "El Salvador",
    "NI": "Nicaragua",
    "CR": "Costa Rica",
    "PA": "Panamá",
    "CU": "Cuba",
    "CO": "Colombia",
    "VE": "Venezuela",
    "EC": "Ecuador",
    "PE": "Perú",
    "BO": "Bolivia",
    "BR": "Brasil",
    "CL": "Chile",
    "AR": "Argentina",
    "UY": "Uruguay",
    "PY": "Paraguay",
    "DO": "República Dominicana",
    "HT": "Haití",
    "ES": "España",
    "FR": "Francia",
    "DE": "Alemania",
    "GB": "Reino Unido",
    "IT": "Italia",
    "CN": "China",
    "RU": "Rusia",
    "IN": "India",
    "JP": "Japón",
    "EU": "Unión Europea",
}

_ENGLISH_COUNTRIES = {
    "MX": "Mexico",
    "US": "United States",
    "CA": "Canada",
    "GT": "Guatemala",
    "BZ": "Belize",
    "HN": "Honduras",
    "SV": "El Salvador",
    "NI": "Nicaragua",
    "CR": "Costa Rica",
    "PA": "Panama",
    "CU": "Cuba",
    "CO": "Colombia",
    "VE": "Venezuela",
    "EC": "Ecuador",
    "PE": "Peru",
    "BO": "Bolivia",
    "BR": "Brazil",
    "CL": "Chile",
    "AR": "Argentina",
    "UY": "Uruguay",
    "PY": "Paraguay",
    "DO": "Dominican Republic",
    "HT": "Haiti",
    "ES": "Spain",
    "FR": "France",
    "DE": "Germany",
    "GB": "United Kingdom",
    "IT": "Italy",
    "CN": "China",
    "RU": "Russia",
    "IN": "India",
    "JP": "Japan",
    "EU": "European Union",
}

SPANISH = Labels(
    language="es",
    brief="Informe",
    summary="Resumen",
    timeline="Hechos clave",
    quotes="Declaraciones clave",
    captions="Imágenes y pies de foto",
    actors="Actores",
    sources="Fuentes",
    countries="Países",
    period="Periodo",
    author="Autor",
    organisation="Organización",
    issued="Fecha de emisión",
    date="Fecha",
    development="Hecho",
    status="Estado",
    notes="Notas",
    reported_by="Lo recogen {n} fuentes",
    days_differ="Las fuentes dan días distintos: {days}",
    relation="La relación mes a mes: hechos de cooperación arriba, de conflicto abajo",
    earlier_not_charted=(
        "{n} hechos anteriores, desde {year}, figuran en la tabla, no en el gráfico"
    ),
    earlier_one_not_charted="Un hecho anterior, de {year}, figura en la tabla, no en el gráfico",
    cooperation="cooperación",
    conflict="conflicto",
    name="Nombre",
    kind="Tipo",
    role="Papel",
    country="País",
    people="Persona",
    organisations="Organización",
    places="Lugar",
    no_items="Sin elementos aceptados para este apartado.",
    image_missing="(imagen no disponible)",
    photograph="Fotografía",
    since="desde el {date}",
    until="hasta el {date}",
    page="Página {n} de",
    open_quote="«",
    close_quote="»",
    inner_open_quote="“",
    inner_close_quote="”",
    months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    statuses={
        EventStatus.OCCURRED.value: "ocurrido",
        EventStatus.PLANNED.value: "previsto",
        EventStatus.REPORTED.value: "reportado",
    },
    country_names=_SPANISH_COUNTRIES,
)

ENGLISH = Labels(
    language="en",
    brief="Brief",
    summary="Summary",
    timeline="Key developments",
    quotes="Key quotes",
    captions="Images and captions",
    actors="Actors",
    sources="Sources",
    countries="Countries",
    period="Period covered",
    author="Author",
    organisation="Organisation",
    issued="Date of issue",
    date="Date",
    development="Development",
    status="Status",
    notes="Notes",
    name="Name",
    kind="Type",
    role="Role",
    country="Country",
    people="Person",
    organisations="Organisation",
    places="Place",
    no_items="No accepted items for this section.",
    image_missing="(image not available)",
    photograph="Photograph",
    since="from {date}",
    until="until {date}",
    page="Page {n} of",
    open_quote="“",
    close_quote="”",
    inner_open_quote="‘",
    inner_close_quote="’",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    statuses={
        EventStatus.OCCURRED.value: "occurred",
        EventStatus.PLANNED.value: "planned",
        EventStatus.REPORTED.value: "reported",
    },
    country_names=_ENGLISH_COUNTRIES,
)


def labels_for(language: str) -> Labels:
    """The labels of ``language`` ("es" or "en")."""
    if language == "es":
        return SPANISH
    if language == "en":
        return ENGLISH
    raise CasefileError(
        f"The brief can be written in Spanish (es) or English (en), not {language!r}."
    )


def format_date(value: dt.date, precision: str, labels: Labels) -> str:
    """A date at its precision: "23 de enero de 2026" / "January 23, 2026", "febrero de 2026"."""
    month = labels.months[value.month - 1]
    if precision == Precision.YEAR:
        return str(value.year)
    if labels.language == "es":
        if precision == Precision.MONTH:
            return f"{month} de {value.year}"
        return f"{value.day} de {month} de {value.year}"
    if precision == Precision.MONTH:
        return f"{month} {value.year}"
    return f"{month} {value.day}, {value.year}"


def format_range(start: dt.date, end: dt.date | None, precision: str, labels: Labels) -> str:
    """A date or a span of dates, sharing the month and year when both ends share them."""
    if end is None or end == start:
        return format_date(start, precision, labels)
    if precision == Precision.YEAR:
        return f"{start.year}–{end.year}"
    if precision == Precision.MONTH:
        if start.year == end.year:
            return f"{labels.months[start.month - 1]}–{format_date(end, precision, labels)}"
        return f"{format_date(start, precision, labels)} – {format_date(end, precision, labels)}"
    return _day_range(start, end, labels)


def _day_range(start: dt.date, end: dt.date, labels: Labels) -> str:
    if start.year != end.year:
        return f"{format_date(start, 'day', labels)} – {format_date(end, 'day', labels)}"
    start_month = labels.months[start.month - 1]
    if labels.language == "es":
        if start.month == end.month:
            return f"{start.day}–{format_date(end, 'day', labels)}"
        return f"{start.day} de {start_month} – {format_date(end, 'day', labels)}"
    if start.month == end.month:
        return f"{start_month} {start.day}–{end.day}, {end.year}"
    return f"{start_month} {start.day} – {format_date(end, 'day', labels)}"


def format_period(
    start: dt.date | None,
    end: dt.date | None,
    labels: Labels,
    precision: tuple[str, str] = (Precision.DAY, Precision.DAY),
) -> str:
    """The period a brief covers, each end at its precision; "—" when nothing dates it."""
    if start is None and end is None:
        return "—"
    if end is None:
        assert start is not None
        return labels.since.format(date=format_date(start, precision[0], labels))
    if start is None:
        return labels.until.format(date=format_date(end, precision[1], labels))
    if precision[0] != precision[1]:
        first, last = (
            format_date(start, precision[0], labels),
            format_date(end, precision[1], labels),
        )
        return first if first == last else f"{first} – {last}"
    if format_date(start, precision[0], labels) == format_date(end, precision[0], labels):
        return format_date(start, precision[0], labels)  # one month or year: no "May–May"
    return format_range(start, end, precision[0], labels)
