"""A page's publication date when no header or page metadata gives it: from its address, a
date line near its top, or a wire dateline, checked against a month-only date line."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile import ingest
from casefile.ingest.dates import date_in_url, date_stamp

BODY = (
    "Los cancilleres de ambos países se reunieron este lunes en la frontera para revisar el "
    "acuerdo migratorio y los pasos fronterizos que comparten desde hace décadas.\n\n"
    "«Fue una reunión franca y útil», dijo la canciller Ana Ruiz a la prensa."
)


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://diario.example/mundo/2022/09/26/dos-paises-reabren/", dt.date(2022, 9, 26)),
        ("https://diario.example/mundo/20231214/dos-paises", dt.date(2023, 12, 14)),
        ("https://radio.example/news/20220920_12/", dt.date(2022, 9, 20)),
        ("https://wire.example/article/idXYZ0MD1PN20150317", dt.date(2015, 3, 17)),
        ("https://radio.example/pais/29/11/2025/alcalde-pide", dt.date(2025, 11, 29)),
        ("https://diario.example/espana/reunion-20230205-11451895716/", dt.date(2023, 2, 5)),
        ("https://diario.example/news/12345678/x", None),  # an id, not a date
        ("https://diario.example/?p=439279", None),
        ("https://diario.example/2031/01/01/too-late", None),  # after today: no date
    ],
)
def test_a_date_in_the_pages_address(url: str, date: dt.date | None) -> None:
    assert date_in_url(url, today=dt.date(2026, 12, 1)) == date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("March 17, 2015 / 2:38 PM / 3 years ago", dt.date(2015, 3, 17)),
        ("Saturday, August 5, 2023", dt.date(2023, 8, 5)),
        ("22 March 2024", dt.date(2024, 3, 22)),
        ("lunes 12  de  enero 2026", dt.date(2026, 1, 12)),
        ("27 de enero de 2025", dt.date(2025, 1, 27)),
        ("17/03/2026 | 12:53", dt.date(2026, 3, 17)),
        ("2024-11-26 21:36", dt.date(2024, 11, 26)),
        ("30.Abr.2023 / 03:45 pm / Haga un comentario", dt.date(2023, 4, 30)),
        (
            "15 de enero de 2025 2:50 PM Actualizado: 15 de enero de 2025 3:10 PM",
            dt.date(2025, 1, 15),
        ),
        ("El 27 de enero de 2025 se firmó el acuerdo en la frontera. Hubo fiesta.", None),
        ("El 27 de enero de 2025 se firmó el acuerdo.", None),
    ],
)
def test_a_date_line_near_the_top(line: str, date: dt.date | None) -> None:
    assert date_stamp(f"Titular de la noticia\n{line}\n\n{BODY}") == date


def test_a_pasted_page_is_dated_by_its_address() -> None:
    text = f"url https://diario.example/mundo/2025/03/10/cancilleres-se-reunen/\n\n{BODY}"
    assert ingest.read_text(text).published == dt.date(2025, 3, 10)


def test_a_date_line_dates_a_pasted_page_without_an_address() -> None:
    text = f"Cancilleres se reúnen en la frontera\n\n27 de enero de 2025\n\n{BODY}"
    assert ingest.read_text(text).published == dt.date(2025, 1, 27)


def test_a_month_only_date_line_picks_the_candidate_in_its_month() -> None:
    text = (
        "url https://diario.example/mundo/2024/12/13/maniobras/\n"
        " date 2024-12 MADRID 13 Dic. (EUROPA PRESS) - El Gobierno anunció maniobras.\n\n"
        f"{BODY}"
    )
    assert ingest.read_text(text).published == dt.date(2024, 12, 13)


def test_an_address_in_another_month_than_the_date_line_dates_nothing() -> None:
    text = f"url https://diario.example/2019/05/02/archivo/\n date 2024-12 Texto.\n\n{BODY}"
    assert ingest.read_text(text).published is None


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("MADRID 27 Mar. (AGENCIA NORTE) - El ministro habló.", dt.date(2024, 3, 27)),
        ("Quito/Lima, 7 March 2024 (dpa) - Leaders met.", dt.date(2024, 3, 7)),
    ],
)
def test_a_wire_dateline_in_capitals_or_from_two_cities(opening: str, date: dt.date) -> None:
    text = f"url https://wire.example/noticia-lideres-se-reunen\n date 2024-03 {opening}\n\n{BODY}"
    assert ingest.read_text(text).published == date
