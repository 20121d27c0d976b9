"""What the analyst keeps beside the cases: saved searches and glossary entries.

:class:`SavedQueries` is mixed into :class:`~casefile.library.Library`. Names of saved searches
are told apart without regard to case or accents' capitals ("Éxito" is "éxito"), in Python:
SQLite's ``lower()`` folds ASCII only, and an analyst keeps tens of searches, not thousands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from sqlmodel import Session, col, select

from casefile.errors import LibraryError, NotFoundError
from casefile.models import GlossaryEntry, SavedSearch


def _name(typed: str) -> str:
    return " ".join(typed.split())


def glossary_cell(cell: str) -> str:
    """One side of a glossary entry tidied: its forms, each on one line, joined by " | "."""
    return " | ".join(" ".join(form.split()) for form in cell.split("|") if form.strip())


class SavedQueries:
    """Saved searches and the analyst's glossary, on the library's sessions."""

    def session(self) -> AbstractContextManager[Session]:  # Library's
        raise NotImplementedError

    # Saved searches

    def saved_searches(self) -> list[SavedSearch]:
        """Every saved search, by name."""
        with self.session() as session:
            found = list(session.exec(select(SavedSearch)))
        return sorted(found, key=lambda saved: (saved.name.casefold(), saved.id or 0))

    def find_saved_search(self, name: str) -> SavedSearch:
        """The saved search called ``name`` (in any case, spaces as typed or not)."""
        wanted = _name(name).casefold()
        for saved in self.saved_searches():
            if saved.name.casefold() == wanted:
                return saved
        raise NotFoundError(key="no_saved_search_named", name=name)

    def _named(self, session: Session, name: str) -> Iterator[SavedSearch]:
        wanted = name.casefold()
        return (s for s in session.exec(select(SavedSearch)) if s.name.casefold() == wanted)

    def save_search(self, name: str, query: str) -> SavedSearch:
        """Keep ``query`` under ``name``; a saved search of the same name takes the new
        query (and the name as now typed)."""
        name, query = _name(name), query.strip()
        if not name:
            raise LibraryError(key="search_needs_name")
        if not query:
            raise LibraryError(key="search_needs_query")
        with self.session() as session:
            saved = next(self._named(session, name), None)
            if saved is None:
                saved = SavedSearch(name=name, query=query)
            else:
                saved.name, saved.query = name, query
            session.add(saved)
            session.commit()
            session.refresh(saved)
            return saved

    def put_back_saved_search(self, snapshot: dict[str, Any]) -> SavedSearch:
        """A saved search as ``snapshot`` (``model_dump()``) had it, under its own id (undo):
        it takes the place of one of the same id or name."""
        with self.session() as session:
            for other in [*self._named(session, snapshot["name"])]:
                if other.id != snapshot["id"]:
                    session.delete(other)
            session.flush()
            saved = session.get(SavedSearch, snapshot["id"])
            if saved is None:
                saved = SavedSearch(id=snapshot["id"], name="", query="")
            saved.name, saved.query = snapshot["name"], snapshot["query"]
            created = snapshot.get("created_at")
            if isinstance(created, dt.datetime):
                saved.created_at = created
            session.add(saved)
            session.commit()
            session.refresh(saved)
            return saved

    def rename_saved_search(self, search_id: int, name: str) -> SavedSearch:
        """Give a saved search another name (not one another saved search has)."""
        name = _name(name)
        if not name:
            raise LibraryError(key="search_needs_name")
        with self.session() as session:
            saved = session.get(SavedSearch, search_id)
            if saved is None:
                raise NotFoundError(key="saved_search_gone")
            if any(other.id != search_id for other in self._named(session, name)):
                raise LibraryError(key="saved_search_exists", name=name)
            saved.name = name
            session.add(saved)
            session.commit()
            session.refresh(saved)
            return saved

    def delete_saved_search(self, search_id: int) -> SavedSearch:
        """Forget a saved search; returns it (to put back with :meth:`put_back_saved_search`)."""
        with self.session() as session:
            saved = session.get(SavedSearch, search_id)
            if saved is None:
                raise NotFoundError(key="saved_search_gone")
            session.delete(saved)
            session.commit()
            return saved

    # The glossary

    def glossary(self) -> list[GlossaryEntry]:
        """The analyst's glossary entries (the shipped ones are in casefile/data)."""
        with self.session() as session:
            return list(session.exec(select(GlossaryEntry).order_by(col(GlossaryEntry.id))))

    def set_glossary(self, entries: Sequence[tuple[str, str]]) -> list[GlossaryEntry]:
        """Make the analyst's glossary ``entries`` ((spanish, english), forms separated by
        " | "). A row with neither side is left out; a row with one side only is refused
        (a word with no translation finds nothing more)."""
        wanted: list[tuple[str, str]] = []
        for spanish, english in entries:
            row = (glossary_cell(spanish), glossary_cell(english))
            if not any(row) or row in wanted:
                continue
            if not all(row):
                raise LibraryError(key="glossary_needs_both", term=row[0] or row[1])
            wanted.append(row)
        with self.session() as session:
            # Entries that stay keep their row (and id); only the changes are written.
            for entry in session.exec(select(GlossaryEntry)):
                row = (entry.spanish, entry.english)
                if row in wanted:
                    wanted.remove(row)
                else:
                    session.delete(entry)
            session.add_all(GlossaryEntry(spanish=es, english=en) for es, en in wanted)
            session.commit()
        return self.glossary()

    def change_glossary(
        self, added: Sequence[tuple[str, str]], removed: Sequence[tuple[str, str]]
    ) -> list[GlossaryEntry]:
        """Add and remove entries, keeping whatever else the glossary holds now (entries
        another analyst or the command line added meanwhile)."""
        gone = {(glossary_cell(es), glossary_cell(en)) for es, en in removed}
        current = [(e.spanish, e.english) for e in self.glossary()]
        return self.set_glossary([row for row in current if row not in gone] + list(added))
