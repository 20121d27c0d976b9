"""The library: one database and one folder of original files, opened from a folder or a URL."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import event as sa_event
from sqlalchemy import func, text
from sqlalchemy import update as sa_update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlmodel import Session, SQLModel, col, create_engine, select

from casefile import bulk, change_log, integrity, migrations, search
from casefile.domain import Review
from casefile.errors import EditConflictError, LibraryError, NotFoundError
from casefile.files import DatabaseFileStore, FileStore
from casefile.folding import name_key
from casefile.lock import OpenLock
from casefile.models import (
    ITEM_TABLES,
    Actor,
    Case,
    CaseSource,
    Event,
    EventSource,
    ItemTag,
    Quote,
    Source,
    Tag,
    utcnow,
)
from casefile.queries import CaseQueries
from casefile.query import Vocabulary, glossary_groups
from casefile.saved import SavedQueries
from casefile.search import SearchHit
from casefile.storage import folder_is_writable, read_only_url, write_failure

# The key a deleted event's snapshot keeps its links under, for undo.
_LINKS = "_links"

DATABASE_NAME = "casefile.db"
FILES_DIR = "files"


def default_library_dir() -> Path:
    """Where the library lives unless ``--library`` or ``CASEFILE_LIBRARY`` says otherwise."""
    override = os.environ.get("CASEFILE_LIBRARY")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("Casefile", appauthor=False)) / "library"


def default_location() -> Path | str:
    """The default library folder, or the team library ``CASEFILE_LIBRARY`` names."""
    override = os.environ.get("CASEFILE_LIBRARY", "")
    return override if is_team_url(override) else default_library_dir()


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-16384")  # 16 MiB, not 2: a 100k-event case fits
    cursor.close()


def _set_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


TEAM_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_team_url(location: object) -> bool:
    """True when ``location`` names a team library on a PostgreSQL server, not a folder."""
    return isinstance(location, str) and location.split("://", 1)[0] in TEAM_SCHEMES


def team_cache_dir(url: str) -> Path:
    """Where a team library's originals are written out on this computer when opened."""
    parsed = make_url(url)
    name = f"{parsed.host or 'local'}-{parsed.port or 5432}-{parsed.database or 'casefile'}"
    return Path(platformdirs.user_cache_dir("Casefile", appauthor=False)) / "team" / name / "files"


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout on every connect.

    ``postgresql://`` URLs go through psycopg 3, whose libpq reads a password from
    ``~/.pgpass`` or a ``service=`` from ``pg_service.conf``; else the system keyring may hold
    one (casefile/credentials.py). Nothing secret is kept by Casefile itself.
    """
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername.startswith("postgresql") and parsed.password is None:
        from casefile import credentials

        kept = credentials.password_for(parsed)  # None: libpq's .pgpass, service, PGPASSWORD
        if kept is not None:
            parsed = parsed.set(password=kept)
    if parsed.drivername.startswith("postgresql"):
        # A server gone away (a laptop closed) is found out when a connection is taken. Times
        # are stored in UTC whatever the server's time zone: the columns hold no zone, and
        # PostgreSQL would otherwise convert an aware time to its own zone's clock.
        engine = create_engine(
            parsed, pool_pre_ping=True, connect_args={"options": "-c timezone=UTC"}
        )
    else:
        engine = create_engine(parsed)
    if engine.dialect.name == "sqlite":
        pragmas = _set_read_only_pragmas if read_only else _set_sqlite_pragmas
        sa_event.listen(engine, "connect", pragmas)
    return engine


class Library(CaseQueries, SavedQueries):
    """Owns the engine and the files folder; hands out one session per unit of work.

    What the lists and counts of a case read (rows per kind, tallies, tags) is in
    :class:`~casefile.queries.CaseQueries`.
    """

    def __init__(self, url: str, files_dir: Path | None, *, read_only: bool = False) -> None:
        """A library on ``url``, its originals in ``files_dir`` (None: in the database)."""
        self.url = url
        self.read_only = read_only
        self.engine = make_engine(url, read_only=read_only)
        self.files = (
            FileStore(files_dir)
            if files_dir is not None
            else DatabaseFileStore(self.engine, team_cache_dir(url))
        )
        self.sweep_report: integrity.SweepReport | None = None
        self._checks_pending = False  # the open's database checks, left for finish_checks
        self._open_lock: OpenLock | None = None
        self._glossary_rows: tuple[tuple[str, str], ...] = ()
        self._glossary_vocabulary = Vocabulary.shipped()
        try:
            if read_only:
                _check_schema_is_current(self.engine, url)
            else:
                migrations.upgrade(self.engine)
        except OperationalError as exc:
            self.engine.dispose()
            raise LibraryError(key="cannot_open_library", url=url, detail=str(exc.orig)) from exc

    @classmethod
    def open(
        cls,
        folder: Path | str | None = None,
        *,
        read_only: bool | None = None,
        open_lock: OpenLock | None = None,
        defer_checks: bool = False,
    ) -> Library:
        """Open (creating if needed) the library folder holding casefile.db and files/, or
        the team library a ``postgresql://`` URL names (see :meth:`open_team`).

        ``read_only`` None means: read-only when the folder or database cannot be written,
        so a library on a read-only medium can still be browsed. A writable library is
        swept on open (see ``integrity``); its report is kept in ``sweep_report``.
        ``open_lock`` is the folder's open lock when this process holds it already (see
        :meth:`reopen`): the library takes it over, and the sweep runs alone only if it is held
        exclusively. If opening fails, the caller still holds it.

        ``defer_checks`` leaves the sweep's database checks (``PRAGMA quick_check``, the search
        index) to :meth:`finish_checks`, which a window runs in the background once it has
        painted: on a large library they cost a noticeable part of the first screen, they need
        no lock and change nothing a window lists. The files are tidied here, under the lock,
        either way.
        """
        location = folder if folder is not None else default_location()
        if is_team_url(location):
            return cls.open_team(str(location))
        folder = Path(location).expanduser()
        if read_only is None:
            read_only = not folder_is_writable(folder, DATABASE_NAME)
        if read_only:
            database = folder / DATABASE_NAME
            if not database.is_file():
                raise LibraryError(key="no_library", folder=folder, database=DATABASE_NAME)
            library = cls(read_only_url(database), folder / FILES_DIR, read_only=True)
            library._hold_open_lock(folder, open_lock)
            return library
        try:
            (folder / FILES_DIR).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(
                key="cannot_create_library", folder=folder, detail=exc.strerror
            ) from exc
        library = cls(f"sqlite:///{folder / DATABASE_NAME}", folder / FILES_DIR)
        library._sweep_on_open(folder, open_lock, defer_checks=defer_checks)
        return library

    def _hold_open_lock(self, folder: Path, held: OpenLock | None = None) -> None:
        """Take the shared open lock, so a restore elsewhere knows this reader is here."""
        lock = held or OpenLock(folder)
        if lock.share():
            self._open_lock = lock

    def _sweep_on_open(
        self, folder: Path, held: OpenLock | None = None, *, defer_checks: bool = False
    ) -> None:
        # A lock this process already holds is never upgraded here: a failed upgrade would
        # let it go for an instant (see OpenLock.try_exclusive).
        lock = held or OpenLock(folder)
        alone = lock.exclusive if held is not None else lock.try_exclusive()
        try:
            self.sweep_report = integrity.tidy(self.engine, self.files.root, alone=alone)
            self._checks_pending = True
            if not defer_checks:
                self.finish_checks()
        except OperationalError as exc:
            failure = write_failure(exc, folder)
            if failure is None:
                raise
            self.sweep_report = None  # e.g. a full disk: browsing still works
        finally:
            lock.share()
        self._open_lock = lock

    def finish_checks(self) -> integrity.SweepReport | None:
        """Run the open's database checks if they were deferred and have not run (see
        :meth:`open`); returns the sweep's report, None when there was nothing to run."""
        if not self._checks_pending or self.sweep_report is None:
            return None
        self._checks_pending = False
        try:
            integrity.check(self.engine, self.sweep_report)
        except OperationalError as exc:
            failure = write_failure(exc, self.folder)
            if failure is None:
                raise
            self.sweep_report = None  # e.g. a full disk: browsing still works
        return self.sweep_report

    @classmethod
    def open_team(cls, url: str) -> Library:
        """Open the team library on a PostgreSQL server (upgrading its schema if need be).

        Its originals are in the database; no folder is shared, locked or swept: the server
        keeps its own data sound, and several analysts work on it at once.
        """
        try:
            make_url(url)
        except ArgumentError as exc:
            raise LibraryError(key="bad_team_url", url=url) from exc
        library = cls(url, None)
        with library.engine.begin() as connection:
            change_log.prune(connection)
        return library

    @property
    def is_team(self) -> bool:
        return isinstance(self.files, DatabaseFileStore)

    @property
    def display_name(self) -> str:
        """What the library is called in a window's title: its folder, or for a team
        library its database and server ("seguridad on db.example.org")."""
        if not self.is_team:
            return str(self.folder)
        parsed = make_url(self.url)
        return f"{parsed.database} @ {parsed.host or 'localhost'}"

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def folder(self) -> Path:
        return self.files.root.parent

    @property
    def open_lock(self) -> OpenLock | None:
        """The folder's open lock while this library holds it (None: not held, or Windows)."""
        return self._open_lock

    def suspend(self) -> None:
        """Close the database but keep the open lock, to replace the database in place.

        Until :meth:`reopen`, every use of the library raises LibraryError instead of quietly
        opening the file behind the replacement's back (a view refreshing on a timer, say).
        """
        self.engine.dispose()
        self.engine = _refusing_engine(self.engine, "library_suspended", self.folder)

    def reopen(self) -> None:
        """Close, then open the same folder again into this object (after a restore).

        As :meth:`open`: an older schema is upgraded, the library swept; everything holding
        this object sees the new database. The open lock this object holds goes to the
        reopened library without being let go, so no other process can sweep or restore the
        folder in between. If opening fails it stays here, held shared, and the library
        refuses to be used until it is reopened or closed.
        """
        folder, read_only = self.folder, self.read_only
        lock, self._open_lock = self._open_lock, None
        self.engine.dispose()
        try:
            fresh = Library.open(folder, read_only=read_only, open_lock=lock)
        except BaseException:
            if lock is not None:
                lock.share()
            self._open_lock = lock
            self.engine = _refusing_engine(self.engine, "library_not_reopened", folder)
            raise
        vars(self).update(vars(fresh))

    def close(self) -> None:
        self.engine.dispose()
        if self._open_lock is not None:
            self._open_lock.release()
            self._open_lock = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one unit of work; commit inside, rolled back if it raises.

        A write refused by a read-only folder or a full disk becomes a LibraryWriteError.
        """
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
            except OperationalError as exc:
                failure = write_failure(exc, self.folder)
                if failure is None:
                    raise
                raise failure from exc

    def schema_version(self) -> str | None:
        return migrations.current_revision(self.engine)

    # Cases

    def create_case(self, title: str, countries: Sequence[str] = (), description: str = "") -> Case:
        title = title.strip()
        if not title:
            raise LibraryError(key="case_needs_title")
        case = Case(
            title=title,
            countries=",".join(code.strip().upper() for code in countries if code.strip()),
            description=description,
        )
        with self.session() as session:
            session.add(case)
            session.commit()
            session.refresh(case)
        return case

    def cases(self, *, include_archived: bool = True) -> list[Case]:
        with self.session() as session:
            query = select(Case).order_by(col(Case.title), col(Case.id))
            if not include_archived:
                query = query.where(Case.archived == False)  # noqa: E712
            return list(session.exec(query))

    def case(self, case_id: int) -> Case:
        with self.session() as session:
            case = session.get(Case, case_id)
        if case is None:
            raise NotFoundError(key="no_case", case_id=case_id)
        return case

    def find_case(self, reference: str) -> Case:
        """The case whose id or exact title is ``reference``."""
        with self.session() as session:
            if reference.isdigit():
                case = session.get(Case, int(reference))
                if case is not None:
                    return case
            matches = list(session.exec(select(Case).where(Case.title == reference)))
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            ids = ", ".join(str(case.id) for case in matches)
            raise NotFoundError(key="ambiguous_case", reference=reference, ids=ids)
        raise NotFoundError(key="no_case_named", reference=reference)

    def case_counts(self) -> dict[int, dict[str, int]]:
        """Per case, how many sources, events, quotes, captions and actors it holds."""
        counts: dict[int, dict[str, int]] = {}
        with self.session() as session:
            rows = session.exec(
                select(col(CaseSource.case_id), func.count()).group_by(col(CaseSource.case_id))
            )
            for case_id, count in rows:
                counts.setdefault(case_id, {})["source"] = count
            for kind in ("event", "quote", "caption", "actor"):
                table = ITEM_TABLES[kind]
                column = table.case_id  # type: ignore[attr-defined]
                for case_id, count in session.exec(select(column, func.count()).group_by(column)):
                    counts.setdefault(case_id, {})[kind] = count
        return counts

    # Items (events, quotes, captions, actors, sources, cases)

    def get(self, kind: str, item_id: int) -> Any:
        table = _table(kind)
        with self.session() as session:
            item = session.get(table, item_id)
        if item is None:
            raise NotFoundError(key="no_item", kind=kind, item_id=item_id)
        return item

    def add(self, item: SQLModel) -> Any:
        """Insert a new item typed by hand (or restored by undo) and return it with its id."""
        with self.session() as session:
            session.add(item)
            session.commit()
            session.refresh(item)
            self._touch_case(session, item)
            session.commit()
        return item

    def update(
        self, kind: str, item_id: int, *, seen: dict[str, Any] | None = None, **fields: Any
    ) -> Any:
        """Change fields of one item; returns the values it had before, for undo.

        ``seen`` is what the editor showed of those fields: if someone else has changed one
        of them since (a colleague on a team library, the command line), nothing is written
        and EditConflictError says so with the values as they are now. A change to other
        fields of the same item meanwhile is no conflict: both edits stay. Each update adds
        one to the item's version, in the same statement that checks it has not moved.
        """
        table = _table(kind)
        for name in fields:
            if name not in table.model_fields:
                raise LibraryError(key="no_field", kind=kind, field=name)
        for _attempt in range(5):
            with self.session() as session:
                item = session.get(table, item_id)
                if item is None:
                    raise NotFoundError(key="no_item", kind=kind, item_id=item_id)
                before = {name: getattr(item, name) for name in fields}
                if seen is not None and any(
                    name in seen and before[name] != seen[name] for name in fields
                ):
                    conflict = EditConflictError(key="edited_elsewhere")
                    conflict.current = before
                    raise conflict
                values = dict(fields)
                if isinstance(item, Quote) and "speaker" in fields:
                    # whoever the analyst names now is who it links to (or no one)
                    values.setdefault(
                        "speaker_actor_id", _actor_named(session, item.case_id, fields["speaker"])
                    )
                values["version"] = item.version + 1
                if "modified_at" in table.model_fields and "modified_at" not in fields:
                    values["modified_at"] = utcnow()
                if isinstance(item, Case):
                    values["updated_at"] = utcnow()
                written: Any = session.execute(
                    sa_update(table)
                    .where(table.id == item_id, table.version == item.version)
                    .values(**values)
                )
                if written.rowcount != 1:  # written by someone else since it was read
                    session.rollback()
                    continue
                self._touch_case(session, item)
                session.commit()
                return before
        raise EditConflictError(key="edited_elsewhere")

    def delete(self, kind: str, item_id: int) -> dict[str, Any]:
        """Delete one item; returns its full row so that undo can put it back."""
        table = _table(kind)
        with self.session() as session:
            item = session.get(table, item_id)
            if item is None:
                raise NotFoundError(key="no_item", kind=kind, item_id=item_id)
            snapshot: dict[str, Any] = item.model_dump()
            if isinstance(item, Event):
                # its links go with it (ON DELETE CASCADE); undo puts them back
                snapshot[_LINKS] = [
                    link.model_dump()
                    for link in session.exec(
                        select(EventSource).where(EventSource.event_id == item_id)
                    )
                ]
            self._touch_case(session, item)
            session.delete(item)
            for link in session.exec(
                select(ItemTag).where(ItemTag.item_kind == kind, ItemTag.item_id == item_id)
            ):
                session.delete(link)
            session.commit()
        return snapshot

    def restore(self, kind: str, snapshot: dict[str, Any]) -> Any:
        """Put back an item deleted by :meth:`delete`; returns it as stored.

        It keeps its old id unless an item added since holds it (SQLite hands the highest
        freed ids out again), in which case it gets a new one.
        """
        table = _table(kind)
        snapshot = dict(snapshot)
        links = snapshot.pop(_LINKS, [])
        with self.session() as session:
            if session.get(table, snapshot["id"]) is not None:
                snapshot = {name: value for name, value in snapshot.items() if name != "id"}
        restored = self.add(table.model_validate(snapshot))
        if links:
            with self.session() as session:
                for link in links:
                    session.add(
                        EventSource.model_validate({**link, "id": None, "event_id": restored.id})
                    )
                session.commit()
        return restored

    def items(self, kind: str, case_id: int, reviews: Sequence[str] | None = None) -> list[Any]:
        """A case's events, quotes, captions or actors, optionally only in some review states."""
        table = _table(kind)
        with self.session() as session:
            query = select(table).where(table.case_id == case_id)
            if reviews is not None:
                query = query.where(table.review.in_(reviews))
            return list(session.exec(query.order_by(*_item_order(table))))

    def bulk_insert(self, kind: str, rows: Sequence[dict[str, Any]]) -> int:
        """Insert many items in one transaction, straight through the driver (see ``bulk``).

        Missing fields take the model's defaults. Searches find the rows at once: their index
        entries are written by the next search or :meth:`catch_up_index` (see
        ``search.deferred_indexing``).
        """
        if not rows:
            return 0
        statement, values = bulk.insert_statement(_table(kind), rows, self.engine.dialect)
        cases = {int(row["case_id"]) for row in rows if row.get("case_id") is not None}
        with self.engine.begin() as connection:
            with search.deferred_indexing(connection, kind), _unlogged(connection, kind):
                connection.exec_driver_sql(statement, values)
            if self.is_sqlite:
                change_log.log_bulk(connection, kind, cases)  # one row a case, not a row
        return len(rows)

    def search(self, query: str, **filters: Any) -> list[search.SearchHit]:
        """Ranked hits for ``query``; the filters are those of :func:`casefile.search.search`.
        Words meet their translations in the shipped glossary and the library's own."""
        with self.engine.connect() as connection:
            # One connection for the backlog check, the glossary and the search: each
            # checkout costs as much as a short query (issue 13's 2x budget).
            behind = not self.read_only and self.is_sqlite and search.backlog_waiting(connection)
            if not behind:
                return self._search_on(connection, query, filters)
        self.catch_up_index()
        with self.engine.connect() as connection:
            return self._search_on(connection, query, filters)

    def _search_on(self, connection: Any, query: str, filters: dict[str, Any]) -> list[SearchHit]:
        if "vocabulary" not in filters:
            filters = {**filters, "vocabulary": self._vocabulary(connection)}
        return search.search(connection, query, **filters)

    def _vocabulary(self, connection: Any) -> Vocabulary:
        """The shipped vocabulary with this library's glossary entries, rebuilt only when
        they change (whoever changed them: this window, the command line, a colleague)."""
        rows = tuple(
            (str(spanish), str(english))
            for spanish, english in connection.execute(
                text("SELECT spanish, english FROM glossary_entry ORDER BY id")
            )
        )
        if self._glossary_rows != rows:
            self._glossary_vocabulary = Vocabulary.shipped(glossary_groups(rows))
            self._glossary_rows = rows
        return self._glossary_vocabulary

    def catch_up_index(self) -> None:
        """Index the rows bulk loads left for later; read-only libraries search without them."""
        if self.read_only:
            return
        with self.engine.connect() as connection:
            if not search.has_backlog(connection):
                return
        with self.engine.begin() as connection:
            search.catch_up(connection)

    def sources(self, case_id: int) -> list[Source]:
        with self.session() as session:
            query = (
                select(Source)
                .join(CaseSource, CaseSource.source_id == Source.id)  # type: ignore[arg-type]
                .where(CaseSource.case_id == case_id)
                .order_by(Source.published, Source.id)  # type: ignore[arg-type]
            )
            return list(session.exec(query))

    def source_count(self) -> int:
        with self.session() as session:
            return session.exec(select(func.count()).select_from(Source)).one()

    def set_review(self, kind: str, item_id: int, review: str) -> str:
        """Accept or reject one proposal; returns its previous review state."""
        before = self.update(kind, item_id, review=review)
        return str(before["review"])

    # Tags

    def tags(self, kind: str, item_id: int) -> list[str]:
        with self.session() as session:
            query = (
                select(Tag.name)
                .join(ItemTag, ItemTag.tag_id == Tag.id)  # type: ignore[arg-type]
                .where(ItemTag.item_kind == kind, ItemTag.item_id == item_id)
                .order_by(Tag.name)
            )
            return list(session.exec(query))

    def set_tags(self, kind: str, item_id: int, names: Sequence[str]) -> list[str]:
        """Replace the tags on one item; returns the tags it had before."""
        _table(kind)
        before = self.tags(kind, item_id)
        wanted = sorted({name.strip() for name in names if name.strip()})
        with self.session() as session:
            for link in session.exec(
                select(ItemTag).where(ItemTag.item_kind == kind, ItemTag.item_id == item_id)
            ):
                session.delete(link)
            for name in wanted:
                tag = session.exec(select(Tag).where(Tag.name == name)).first()
                if tag is None:
                    tag = Tag(name=name)
                    session.add(tag)
                    session.flush()
                assert tag.id is not None
                session.add(ItemTag(tag_id=tag.id, item_kind=kind, item_id=item_id))
            session.commit()
        return before

    def tagged(self, kind: str, tag_names: Sequence[str]) -> set[int]:
        """Ids of the items of ``kind`` carrying any of ``tag_names``."""
        with self.session() as session:
            query = (
                select(ItemTag.item_id)
                .join(Tag, ItemTag.tag_id == Tag.id)  # type: ignore[arg-type]
                .where(ItemTag.item_kind == kind, Tag.name.in_(tag_names))  # type: ignore[attr-defined]
            )
            return set(session.exec(query))

    def _touch_case(self, session: Session, item: Any) -> None:
        case_id = getattr(item, "case_id", None)
        if case_id is not None and not isinstance(item, Case):
            session.execute(
                text('UPDATE "case" SET updated_at = :now WHERE id = :id'),
                {"now": utcnow(), "id": case_id},
            )


@contextmanager
def _unlogged(connection: Any, kind: str) -> Iterator[None]:
    """On SQLite, within a bulk load's transaction: its rows are not logged one by one
    (``change_log.log_bulk`` logs the load). PostgreSQL logs them as any insert."""
    if connection.dialect.name != "sqlite" or kind not in change_log.LOGGED:
        yield
        return
    connection.execute(text(f"DROP TRIGGER {kind}_log_insert"))
    yield
    connection.execute(text(change_log.sqlite_trigger_sql(kind, "insert")))


def _refusing_engine(engine: Engine, key: str, folder: Path) -> Engine:
    """An engine of the same kind that raises LibraryError(key, folder) instead of connecting."""

    def refuse() -> Any:
        raise LibraryError(key=key, folder=folder)

    return create_engine(engine.url, creator=refuse)


def _check_schema_is_current(engine: Engine, url: str) -> None:
    if migrations.current_revision(engine) != migrations.head_revision():
        raise LibraryError(key="older_read_only_library", url=url)


def _table(kind: str) -> Any:
    try:
        return ITEM_TABLES[kind]
    except KeyError:
        raise LibraryError(key="unknown_kind", kind=kind) from None


def _item_order(table: Any) -> tuple[Any, ...]:
    if hasattr(table, "date"):
        return (table.date, table.id)
    return (table.id,)


def _actor_named(session: Session, case_id: int, name: str) -> int | None:
    """The case's actor (not rejected) with ``name`` as its name or an alias, if exactly one."""
    key = name_key(name)
    if not key:
        return None
    found = {
        actor.id
        for actor in session.exec(select(Actor).where(Actor.case_id == case_id))
        if actor.review != Review.REJECTED.value and key in {name_key(form) for form in actor.names}
    }
    return found.pop() if len(found) == 1 else None
