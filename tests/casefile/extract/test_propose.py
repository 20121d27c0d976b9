"""propose(): every kind of item from one text, with offsets that slice that text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.domain import ActorKind
from casefile.extract import propose
from casefile.extract.actors import propose_actors
from casefile.extract.captions import propose_captions
from casefile.extract.quotes import propose_quotes

ARTICLE = (
    "La canciller Alicia Rendón y el secretario de Estado Daniel Price acordaron el pasado "
    "3 de marzo revisar el tratado en Ottawa.\n\n"
    "La canciller Alicia Rendón en la sede de la cancillería / FB: @SREMX\n\n"
    "“Ningún acuerdo estará por encima de la soberanía de nuestro país”, dijo Rendón "
    "ante la prensa.\n"
)

# Text built from the characters extraction reacts to, so odd combinations get tried.
_PIECES = st.sampled_from(
    [
        "“",
        "”",
        "«",
        "»",
        '"',
        "‘",
        "’",
        "'",
        " / ",
        "|",
        "(",
        ")",
        "Foto:",
        "@",
        "FB: @X",
        "dijo",
        "said",
        "según",
        ", ",
        ". ",
        "\n",
        "\n\n",
        "De la",
        "de",
        "y",
        "EU",
        "EE.UU.",
        "Marco",
        "Rubio",
        "Secretaría",
        "(SRE)",
        "El",
        "Especial",
        "REUTERS/",
        "Photo by ",
        "11 de enero",
        "el próximo mes",
        "Washington",
        "Ciudad de México",
        "á",
        "\u200b",
        " ",
    ]
)
HOSTILE_TEXT = st.one_of(
    st.text(max_size=300), st.lists(_PIECES | st.text(max_size=5), max_size=60).map("".join)
)


@settings(max_examples=300, deadline=None)
@given(HOSTILE_TEXT)
def test_extractors_never_raise_and_offsets_slice_the_text(text: str) -> None:
    for quote in propose_quotes(text):
        assert text[quote.start : quote.end] == quote.evidence
        # a hard-wrapped quote's words are joined by a space: its words, not its line breaks
        assert " ".join(quote.text.split()) in " ".join(quote.evidence.split())
    for caption in propose_captions(text):
        assert 0 <= caption.start <= caption.end <= len(text)
        assert caption.caption in text[caption.start : caption.end]
    for actor in propose_actors(text, [("Marco Rubio", ["Rubio"]), ("", ["("])]):
        assert 0 <= actor.start < actor.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(HOSTILE_TEXT, st.none() | st.dates(), st.sampled_from([None, "es", "en"]))
def test_propose_never_raises_and_offsets_slice_the_text(
    text: str, published: dt.date | None, language: str | None
) -> None:
    proposals = propose(text, published, language)
    for event in proposals.events:
        assert 0 <= event.start <= event.end_offset <= len(text)
    for quote in proposals.quotes:
        assert text[quote.start : quote.end] == quote.evidence
    for item in [*proposals.captions, *proposals.actors]:
        assert 0 <= item.start <= item.end <= len(text)


def test_propose_gathers_every_kind_of_item() -> None:
    proposals = propose(ARTICLE, dt.date(2026, 3, 10), "es")
    assert [q.speaker for q in proposals.quotes] == ["Alicia Rendón"]
    assert [(c.caption, c.credit) for c in proposals.captions] == [
        ("La canciller Alicia Rendón en la sede de la cancillería", "FB: @SREMX")
    ]
    people = [a.name for a in proposals.actors if a.kind is ActorKind.PERSON]
    assert people == ["Alicia Rendón", "Daniel Price"]
    assert any(e.date == dt.date(2026, 3, 3) for e in proposals.events)


def test_a_caption_line_gives_the_day_it_names_once() -> None:
    text = "Texto sin fechas.\n\nLa comitiva llegó el 2 de febrero a la frontera / Especial\n"
    proposals = propose(text, dt.date(2026, 3, 10), "es")
    assert proposals.captions
    assert [event.date for event in proposals.events] == [dt.date(2026, 2, 2)]


def test_known_actors_reach_the_actor_proposals() -> None:
    proposals = propose(ARTICLE, None, "es", known_actors=[("Alicia Rendón", ["la canciller"])])
    assert any(a.known_as == "Alicia Rendón" for a in proposals.actors)


def test_a_photographer_credited_in_a_caption_is_not_an_actor() -> None:
    text = (
        "Agents of the Border Patrol met Laura Kessler in El Paso on Tuesday.\n"
        "Agents inspect a truck at the crossing. Photo by Daniel Fuentes\n"
    )
    proposals = propose(text, dt.date(2026, 3, 20), "en")
    assert [c.credit for c in proposals.captions] == ["Daniel Fuentes"]
    names = [actor.name for actor in proposals.actors]
    assert "Laura Kessler" in names
    assert "Daniel Fuentes" not in names


def test_an_event_takes_its_place_from_the_clause() -> None:
    text = (
        "Los cancilleres se reunieron el 3 de marzo de 2026 en la Ciudad de México. "
        "Agents from Texas will meet on March 9, 2026."
    )
    events = propose(text, dt.date(2026, 3, 20), "es").events
    assert [event.place for event in events] == ["Ciudad de México", ""]


def test_bylines_and_reporting_credits_are_not_actors() -> None:
    text = (
        "Treasury sanctions money brokers\n"
        "By Sarah Kendell and Diego Ferrán\n\n"
        "WASHINGTON, March 3 (Reuters) - The Treasury sanctioned Héctor Ruiz on Tuesday.\n\n"
        "Por su parte, la canciller Alicia Bárcena habló con Ruiz.\n\n"
        "(Reporting by Ana Vélez in Washington; Editing by Paul Ambrose)\n"
        "Associated Press writer Tom Weiss in Houston contributed to this report.\n"
    )
    names = {actor.name for actor in propose(text, dt.date(2026, 3, 4), "en").actors}
    assert {"Héctor Ruiz", "Alicia Bárcena"} <= names
    journalists = {"Sarah Kendell", "Diego Ferrán", "Ana Vélez", "Paul Ambrose", "Tom Weiss"}
    assert not names & journalists
    assert "Houston" not in names


def test_a_quote_takes_the_day_its_sentence_says_it_was_said() -> None:
    text = (
        "“La frontera seguirá abierta”, afirmó este lunes la ministra Elena Sáenz en Quito.\n\n"
        "“Nos reuniremos de nuevo”, añadió la ministra, que viajará el próximo viernes a Lima.\n\n"
        "“Nada cambia”, dijo Sáenz.\n"
    )
    said, planned, undated = propose(text, dt.date(2025, 3, 12), "es").quotes

    assert said.date == dt.date(2025, 3, 10)  # "este lunes", said on a Wednesday
    assert planned.date is None  # the day to come is the trip's, not the words'
    assert undated.date is None  # the list shows the article's date for it instead


def test_the_headline_the_page_was_read_to_have_is_never_a_caption() -> None:
    text = "Cancilleres firman un acuerdo de aguas | Diario del Sur\n\nLos cancilleres firmaron.\n"
    assert [c.credit for c in propose(text, None, "es").captions] == ["Diario del Sur"]
    headline = "Cancilleres firman un acuerdo de aguas"
    assert propose(text, None, "es", headline=headline).captions == []
