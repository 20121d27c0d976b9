"""Event categories (a small PLOVER set) and directions, on our own sentences."""

from __future__ import annotations

import pytest

from casefile.domain import Category
from casefile.extract.categories import categorize, country_names, direction


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("La canciller se reunió con su homólogo en Lima.", Category.CONSULT),
        ("The ministers met in Ottawa to review security cooperation.", Category.CONSULT),
        ("Ambos gobiernos firmaron un memorando de entendimiento.", Category.AGREE),
        ("Se reunieron y firmaron un acuerdo de aguas.", Category.AGREE),
        ("Both navies will run joint patrols in the gulf.", Category.COOPERATE),
        ("El gobierno entregó ayuda humanitaria a los damnificados.", Category.AID),
        ("El canciller exigió la liberación de los detenidos.", Category.REQUEST),
        ("La cancillería condenó el ataque contra la embajada.", Category.ACCUSE),
        ("The ministry rejected the accusations as baseless.", Category.REJECT),
        ("El presidente amenazó con cerrar la frontera.", Category.THREATEN),
        ("Washington impuso aranceles del 25% al acero.", Category.SANCTION),
        ("El gobierno expulsó al embajador.", Category.SANCTION),
        ("Soldiers seized 300 rifles at the crossing.", Category.FORCE),
        # force that two sides do together, or whose record they share, is cooperation
        ("Customs agencies would share seizure data in real time.", Category.COOPERATE),
        ("Una operación conjunta decomisó 300 kilos de fentanilo.", Category.COOPERATE),
        ("Las fiscalías compartirán información sobre detenciones.", Category.COOPERATE),
        ("Agents coordinated the arrests of eleven suspects.", Category.COOPERATE),
        ("The minister sharply criticised the raid.", Category.ACCUSE),
        ("Tropas detuvieron a doce personas tras una reunión conjunta.", Category.FORCE),
        ("El informe anual se publicará en marzo.", Category.OTHER),
    ],
)
def test_a_clause_s_first_pointed_happening_is_its_category(text: str, category: Category) -> None:
    assert categorize(text) is category


def test_categories_run_from_cooperation_to_conflict() -> None:
    assert Category.AGREE.cooperative
    assert not Category.AGREE.conflictive
    assert Category.SANCTION.conflictive
    assert not Category.OTHER.cooperative
    assert not Category.OTHER.conflictive


MX_US = [(code, country_names(code)) for code in ("MX", "US")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EE.UU. impuso aranceles a México.", "US>MX"),
        ("The US imposed tariffs on Mexican steel.", "US>MX"),
        ("El gobierno mexicano condenó el ataque contra Estados Unidos.", "MX>US"),
        ("Estados Unidos entregó ayuda humanitaria a México.", "US>MX"),
        # a country named after the verb but not as whom it is aimed at: no direction
        ("Mexican soldiers seized 300 rifles smuggled from the US.", ""),
        # both sides as one subject: no direction
        ("México y Estados Unidos firmaron un acuerdo de seguridad.", ""),
    ],
)
def test_direction_is_who_acts_on_whom_when_the_clause_says(text: str, expected: str) -> None:
    assert direction(text, MX_US) == expected


def test_a_country_s_names_come_in_both_languages_with_their_abbreviations() -> None:
    names = country_names("US")
    assert {"Estados Unidos", "United States", "EE.UU."} <= set(names)
    assert country_names("ZZ") == ()
    assert country_names("XQ") == ()
