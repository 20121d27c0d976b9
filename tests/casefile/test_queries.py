"""The library's read-only questions about one case (casefile/queries.py), on a real library."""

from __future__ import annotations

import datetime as dt
import uuid

from casefile.domain import Review
from casefile.library import Library
from casefile.models import Actor, Caption, CaseSource, Event, Quote, Source
from casefile.queries import SHOWN_CHARACTERS, CaseTally, SourceSummary

PROPOSED, ACCEPTED, REJECTED = Review.PROPOSED.value, Review.ACCEPTED.value, Review.REJECTED.value


def add_source(library: Library, case_id: int, **fields: object) -> int:
    """A source linked to ``case_id``; returns its id."""
    with library.session() as session:
        source = Source.model_validate({"content_hash": uuid.uuid4().hex, **fields})
        session.add(source)
        session.flush()
        assert source.id is not None
        session.add(CaseSource(case_id=case_id, source_id=source.id))
        session.commit()
        return source.id


def new_case(library: Library, title: str = "Seguridad") -> int:
    case = library.create_case(title)
    assert case.id is not None
    return case.id


def test_event_rows_come_by_date_with_rejected_left_out_unless_asked(library: Library) -> None:
    case_id = new_case(library)
    other = new_case(library, "Other")
    late = library.add(Event(case_id=case_id, date=dt.date(2026, 3, 1), title="Visit"))
    early = library.add(
        Event(
            case_id=case_id,
            date=dt.date(2026, 1, 5),
            end_date=dt.date(2026, 1, 7),
            precision="month",
            title="Talks",
            place="Washington",
            status="planned",
            review=PROPOSED,
        )
    )
    rejected = library.add(
        Event(case_id=case_id, date=dt.date(2026, 2, 1), title="No", review=REJECTED)
    )
    library.add(Event(case_id=other, date=dt.date(2026, 1, 1), title="Elsewhere"))

    rows = library.event_rows(case_id)

    assert rows == [
        (
            early.id,
            "2026-01-05",
            "month",
            "2026-01-07",
            "Talks",
            "Washington",
            "planned",
            PROPOSED,
            None,  # source
            "",  # category
            0,  # corroboration: typed by hand, no source
            0,  # days its sources give
            None,  # same as
        ),
        (
            late.id,
            "2026-03-01",
            "day",
            None,
            "Visit",
            "",
            "occurred",
            ACCEPTED,
            None,
            "",
            0,
            0,
            None,
        ),
    ]
    with_rejected = library.event_rows(case_id, include_rejected=True)
    assert [row[0] for row in with_rejected] == [early.id, rejected.id, late.id]


def test_an_item_id_reads_that_row_only_and_none_when_it_is_not_shown(library: Library) -> None:
    case_id = new_case(library)
    kept = library.add(Quote(case_id=case_id, text="Sí", speaker="Ruiz"))
    rejected = library.add(Quote(case_id=case_id, text="No", review=REJECTED))

    assert library.quote_rows(case_id, item_id=kept.id) == [(kept.id, None, "Ruiz", "Sí", ACCEPTED)]
    assert library.quote_rows(case_id, item_id=rejected.id) == []
    assert len(library.quote_rows(case_id, include_rejected=True, item_id=rejected.id)) == 1
    assert library.quote_rows(new_case(library, "Other"), item_id=kept.id) == []


def test_quote_and_caption_rows_carry_only_the_start_of_long_text(library: Library) -> None:
    case_id = new_case(library)
    long_text = "«No vamos a aceptar acciones unilaterales» " * 20
    quote = library.add(Quote(case_id=case_id, text=long_text, date=dt.date(2026, 1, 2)))
    caption = library.add(Caption(case_id=case_id, caption=long_text, credit="Especial"))

    [quote_row] = library.quote_rows(case_id)
    [caption_row] = library.caption_rows(case_id)

    assert quote_row == (quote.id, "2026-01-02", "", long_text[:SHOWN_CHARACTERS], ACCEPTED)
    assert caption_row == (caption.id, long_text[:SHOWN_CHARACTERS], "Especial", ACCEPTED, "")


def test_quotes_come_by_date_and_captions_in_the_order_they_were_added(library: Library) -> None:
    case_id = new_case(library)
    later = library.add(Quote(case_id=case_id, text="b", date=dt.date(2026, 2, 1)))
    sooner = library.add(Quote(case_id=case_id, text="a", date=dt.date(2026, 1, 1)))
    first = library.add(Caption(case_id=case_id, caption="Z"))
    second = library.add(Caption(case_id=case_id, caption="A"))

    assert [row[0] for row in library.quote_rows(case_id)] == [sooner.id, later.id]
    assert [row[0] for row in library.caption_rows(case_id)] == [first.id, second.id]


def test_a_quote_without_its_own_date_shows_and_sorts_by_its_source_date(
    library: Library,
) -> None:
    case_id = new_case(library)
    source = add_source(library, case_id, title="Nota", published=dt.date(2026, 1, 15))
    undated = library.add(Quote(case_id=case_id, text="sin día", source_id=source))
    dated = library.add(Quote(case_id=case_id, text="con día", date=dt.date(2026, 1, 20)))
    typed = library.add(Quote(case_id=case_id, text="escrita a mano"))

    rows = library.quote_rows(case_id)

    assert [(row[0], row[1]) for row in rows] == [
        (typed.id, None),  # no date of its own and no source: first, as before
        (undated.id, "2026-01-15"),
        (dated.id, "2026-01-20"),
    ]
    assert library.get("quote", undated.id).date is None  # shown, not stored


def test_actor_rows_come_by_name(library: Library) -> None:
    case_id = new_case(library)
    sheinbaum = library.add(
        Actor(
            case_id=case_id,
            name="Sheinbaum",
            role="presidenta",
            country="MX",
            aliases="Claudia Sheinbaum",
            review=PROPOSED,
        )
    )
    fbi = library.add(Actor(case_id=case_id, name="FBI", kind="organisation", country="US"))

    for text, review in (("Uno", ACCEPTED), ("Dos", PROPOSED), ("Tres", REJECTED)):
        library.add(
            Quote(case_id=case_id, text=text, speaker="Sheinbaum", review=review,
                  speaker_actor_id=sheinbaum.id)
        )  # fmt: skip
    assert library.actor_rows(case_id) == [
        (fbi.id, "FBI", "organisation", "", "US", "", ACCEPTED, 0),
        (sheinbaum.id, "Sheinbaum", "person", "presidenta", "MX", "Claudia Sheinbaum", PROPOSED, 2),
    ]  # a rejected quote is no one's
    assert library.quotes_by_actor(case_id) == {sheinbaum.id: 2}


def test_source_rows_are_the_case_sources_by_publication_date(library: Library) -> None:
    case_id = new_case(library)
    other = new_case(library, "Other")
    later = add_source(
        library,
        case_id,
        title="Acuerdo",
        outlet="La Jornada",
        author="Ruiz",
        published=dt.date(2026, 2, 1),
    )
    sooner = add_source(
        library, case_id, title="", original_name="nota.pdf", published=dt.date(2026, 1, 1)
    )
    add_source(library, other, title="Elsewhere")

    assert library.source_rows(case_id) == [
        (sooner, "2026-01-01", "", "", "article", "", "nota.pdf"),
        (later, "2026-02-01", "Acuerdo", "La Jornada", "article", "Ruiz", ""),
    ]
    assert [row[0] for row in library.source_rows(case_id, item_id=later)] == [later]
    assert library.source_rows(other, item_id=later) == []


def test_case_tally_leaves_rejected_out_and_counts_what_awaits_review(library: Library) -> None:
    case_id = new_case(library)
    add_source(library, case_id, title="A")
    add_source(library, case_id, title="B")
    for review in (ACCEPTED, PROPOSED, REJECTED):
        library.add(Event(case_id=case_id, date=dt.date(2026, 1, 1), review=review))
    library.add(Quote(case_id=case_id, text="x", review=PROPOSED))
    library.add(Caption(case_id=case_id, caption="only rejected", review=REJECTED))
    library.add(Event(case_id=new_case(library, "Other"), date=dt.date(2026, 1, 1)))

    assert library.case_tally(case_id) == CaseTally(
        counts={"source": 2, "event": 2, "quote": 1}, proposed=2
    )


def test_pending_counts_are_per_source_over_every_kind(library: Library) -> None:
    case_id = new_case(library)
    first = add_source(library, case_id, title="A")
    second = add_source(library, case_id, title="B")
    library.add(Event(case_id=case_id, date=dt.date(2026, 1, 1), source_id=first, review=PROPOSED))
    library.add(Quote(case_id=case_id, text="x", source_id=first, review=PROPOSED))
    library.add(Actor(case_id=case_id, name="Ruiz", source_id=second, review=PROPOSED))
    library.add(Caption(case_id=case_id, caption="done", source_id=second, review=ACCEPTED))
    library.add(Quote(case_id=case_id, text="typed by hand", review=PROPOSED))

    assert library.pending_counts(case_id) == {first: 2, second: 1}


def test_source_summaries_name_the_asked_sources_of_the_case(library: Library) -> None:
    case_id = new_case(library)
    dated = add_source(
        library,
        case_id,
        title="Acuerdo",
        url="https://example.com/a",
        outlet="La Jornada",
        published=dt.date(2026, 2, 1),
    )
    undated = add_source(library, case_id, title="", original_name="nota.pdf")
    unasked = add_source(library, case_id, title="Not asked")
    elsewhere = add_source(library, new_case(library, "Other"), title="Elsewhere")

    summaries = library.source_summaries(case_id, {dated, undated, elsewhere})

    assert summaries == [
        SourceSummary(undated, "", "nota.pdf", "", "", None),
        SourceSummary(
            dated, "Acuerdo", "", "https://example.com/a", "La Jornada", dt.date(2026, 2, 1)
        ),
    ]
    assert unasked not in [summary.id for summary in summaries]


def test_items_from_source_come_in_the_order_of_their_evidence(library: Library) -> None:
    case_id = new_case(library)
    source = add_source(library, case_id, title="A")
    actor = library.add(
        Actor(case_id=case_id, name="Ruiz", source_id=source, evidence_start=40, review=REJECTED)
    )
    event = library.add(
        Event(case_id=case_id, date=dt.date(2026, 1, 1), source_id=source, evidence_start=5)
    )
    quote = library.add(Quote(case_id=case_id, text="x", source_id=source, evidence_start=40))
    caption = library.add(Caption(case_id=case_id, caption="no evidence", source_id=source))
    library.add(Quote(case_id=case_id, text="another source's", source_id=None))

    found = library.items_from_source(case_id, source)

    assert [(kind, item.id) for kind, item in found] == [
        ("event", event.id),
        ("actor", actor.id),  # at the same place as the quote: kinds by name
        ("quote", quote.id),
        ("caption", caption.id),  # no evidence: last
    ]
    assert isinstance(found[0][1], Event)
    assert found[0][1].date == dt.date(2026, 1, 1)


def test_tags_in_case_gather_the_case_its_sources_and_its_items(library: Library) -> None:
    case_id = new_case(library)
    other = new_case(library, "Other")
    source = add_source(library, case_id, title="A")
    event = library.add(Event(case_id=case_id, date=dt.date(2026, 1, 1)))
    quote = library.add(Quote(case_id=case_id, text="x"))
    caption = library.add(Caption(case_id=case_id, caption="y"))
    elsewhere = library.add(Event(case_id=other, date=dt.date(2026, 1, 1)))
    library.set_tags("case", case_id, ["seguridad"])
    library.set_tags("source", source, ["Armas"])
    library.set_tags("event", event.id, ["fentanilo", "aduanas"])
    library.set_tags("quote", quote.id, ["Aranceles"])
    library.set_tags("caption", caption.id, ["foto"])
    library.set_tags("event", elsewhere.id, ["ajeno"])
    library.set_tags("case", other, ["otro"])

    assert library.tags_in_case(case_id) == [
        "aduanas",
        "Aranceles",
        "Armas",
        "fentanilo",
        "foto",
        "seguridad",
    ]


def test_event_span_is_the_first_and_last_event_dates(library: Library) -> None:
    case_id = new_case(library)
    assert library.event_span(case_id) is None
    library.add(Event(case_id=case_id, date=dt.date(2026, 3, 1)))
    library.add(Event(case_id=case_id, date=dt.date(2025, 11, 20), end_date=dt.date(2026, 4, 1)))
    library.add(Event(case_id=new_case(library, "Other"), date=dt.date(2020, 1, 1)))

    assert library.event_span(case_id) == (dt.date(2025, 11, 20), dt.date(2026, 3, 1))
