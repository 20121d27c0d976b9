"""The ``casefile`` command: drives a library without a screen; with no command, opens the app.

Every command is a thin call into the modules it names. Errors a person can act on go to
stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casefile.errors import CasefileError, NotFoundError

if TYPE_CHECKING:  # imported when a command needs it: ``extract`` and ``dates`` do not
    from casefile.library import Library

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``casefile`` console script."""
    args = build_parser().parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        return _open_app(args)
    try:
        return handler(args)
    except CasefileError as exc:
        print(f"casefile: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library",
        metavar="DIR|URL",
        type=_library_location,
        default=argparse.SUPPRESS,
        help="library folder, or a team library's postgresql://user@server/database "
        "(default: CASEFILE_LIBRARY or the user data directory)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output"
    )
    parser = argparse.ArgumentParser(
        prog="casefile", parents=[common], description="Offline case files for analysts."
    )
    from casefile.version import casefile_version

    parser.add_argument("--version", action="version", version=f"casefile {casefile_version()}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    case = commands.add_parser("case", help="create and list cases")
    case_commands = case.add_subparsers(title="case commands", metavar="ACTION", required=True)
    new = case_commands.add_parser("new", parents=[common], help="create a case")
    new.add_argument("title")
    new.add_argument("--countries", default="", help="ISO codes, comma-separated: MX,US")
    new.add_argument("--description", default="")
    new.set_defaults(handler=_case_new)
    listing = case_commands.add_parser("list", parents=[common], help="list cases")
    listing.set_defaults(handler=_case_list)

    importing = commands.add_parser("import", parents=[common], help="import files or folders")
    importing.add_argument("case", help="case id or exact title")
    importing.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    importing.add_argument("--accept", action="store_true", help="accept every proposal")
    importing.set_defaults(handler=_import)

    searching = commands.add_parser("search", parents=[common], help="search the library")
    searching.add_argument("query", nargs="?", default="")
    searching.add_argument("--save", metavar="NAME", help="keep this search under NAME")
    searching.add_argument(
        "--saved",
        nargs="?",
        const="",
        metavar="NAME",
        help="run the saved search NAME; without a name, list the saved searches",
    )
    searching.add_argument("--case", help="only this case (id or exact title)")
    searching.add_argument(
        "--kind", action="append", choices=["source", "event", "quote", "caption"]
    )
    searching.add_argument("--from", dest="date_from", type=parse_date, metavar="YYYY-MM-DD")
    searching.add_argument("--to", dest="date_to", type=parse_date, metavar="YYYY-MM-DD")
    searching.add_argument("--limit", type=int, default=50)
    searching.set_defaults(handler=_search)

    glossary = commands.add_parser(
        "glossary", help="the library's own glossary entries (Spanish = English)"
    )
    glossary_commands = glossary.add_subparsers(dest="glossary_command", required=True)
    glossary_list = glossary_commands.add_parser("list", parents=[common], help="list entries")
    glossary_list.set_defaults(handler=_glossary_list)
    glossary_add = glossary_commands.add_parser("add", parents=[common], help="add an entry")
    glossary_add.add_argument("spanish", help='Spanish forms, separated by " | "')
    glossary_add.add_argument("english", help='English forms, separated by " | "')
    glossary_add.set_defaults(handler=_glossary_add)
    glossary_remove = glossary_commands.add_parser(
        "remove", parents=[common], help="remove an entry"
    )
    glossary_remove.add_argument("entry", type=int, help="the entry's id (see glossary list)")
    glossary_remove.set_defaults(handler=_glossary_remove)

    syncing = commands.add_parser(
        "sync", parents=[common], help="sync this library with a team library"
    )
    syncing.add_argument("team", metavar="TEAM_URL", help="postgresql://user@server/database")
    syncing.add_argument("--case", help="also follow this case (id or exact title, here or there)")
    syncing.set_defaults(handler=_sync)
    conflicts = commands.add_parser(
        "conflicts", help="values a sync replaced with a later change from the other side"
    )
    conflict_commands = conflicts.add_subparsers(dest="conflicts_command", required=True)
    conflict_list = conflict_commands.add_parser("list", parents=[common], help="list them")
    conflict_list.add_argument("--all", action="store_true", help="restored and dismissed too")
    conflict_list.set_defaults(handler=_conflicts_list)
    for verb, helped in (
        ("restore", "put the value that lost back"),
        ("dismiss", "keep the value that won"),
    ):
        resolving = conflict_commands.add_parser(verb, parents=[common], help=helped)
        resolving.add_argument("conflict", type=int)
        resolving.set_defaults(handler=_conflict_resolve, verb=verb)

    show = commands.add_parser("show", parents=[common], help="a case with its items")
    show.add_argument("case")
    show.set_defaults(handler=_show)

    extract = commands.add_parser(
        "extract", parents=[common], help="what the app proposes from a file (no library)"
    )
    extract.add_argument("path", type=Path)
    extract.add_argument("--published", type=parse_date, metavar="YYYY-MM-DD")
    extract.set_defaults(handler=_extract)

    dates = commands.add_parser("dates", parents=[common], help="temporal expressions in text")
    dates.add_argument("text", help="the text, or - to read one text per line from stdin")
    dates.add_argument("--ref", type=parse_date, metavar="YYYY-MM-DD", help="reference date")
    dates.add_argument("--lang", choices=["es", "en"])
    dates.set_defaults(handler=_dates)

    brief = commands.add_parser("brief", parents=[common], help="export a PDF brief")
    brief.add_argument("case")
    brief.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    brief.add_argument("--from", dest="date_from", type=parse_date, metavar="YYYY-MM-DD")
    brief.add_argument("--to", dest="date_to", type=parse_date, metavar="YYYY-MM-DD")
    brief.add_argument("--lang", choices=["es", "en"], default="en")
    brief.add_argument("--paper", choices=["a4", "letter"], default="a4")
    brief.add_argument("--sections", help="comma-separated: summary,timeline,quotes,…")
    brief.add_argument("--tags", default="", help="only items with any of these tags")
    brief.add_argument("--author", default="")
    brief.add_argument("--organisation", default="")
    brief.add_argument("--classification", default="")
    brief.set_defaults(handler=_brief)

    _add_bundle_commands(commands, common)
    return parser


def _add_bundle_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser("backup", parents=[common], help="back up the library")
    backup.add_argument("-o", "--output", type=Path, metavar="FILE")
    backup.set_defaults(handler=_backup)
    export = commands.add_parser("export", parents=[common], help="export a case bundle")
    export.add_argument("case")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.casefile")
    export.set_defaults(handler=_export_bundle)
    bundle = commands.add_parser("import-bundle", parents=[common], help="import a case bundle")
    bundle.add_argument("bundle", type=Path, metavar="FILE")
    bundle.set_defaults(handler=_import_bundle)


def _library_location(value: str) -> Path | str:
    """A folder, or a team library's URL as typed (a Path would fold its "//")."""
    from casefile.library import is_team_url

    return value if is_team_url(value) else Path(value)


def _library(args: argparse.Namespace) -> Library:
    from casefile.library import Library

    return Library.open(getattr(args, "library", None))


def parse_date(value: str) -> dt.date:
    """A ``YYYY-MM-DD`` date typed by a user, with a message they can act on."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date; write it as YYYY-MM-DD"
        ) from None


def _wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=None, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _open_app(args: argparse.Namespace) -> int:
    from ui.app import main as app_main  # the core never imports Qt; only this command does

    argv = [sys.argv[0]]
    if getattr(args, "library", None):
        argv += ["--library", str(args.library)]
    return int(app_main(argv) or 0)


def _case_new(args: argparse.Namespace) -> int:
    case = _library(args).create_case(args.title, args.countries.split(","), args.description)
    if _wants_json(args):
        _print_json(case.model_dump())
    else:
        print(f"{case.id}\t{case.title}")
    return 0


def _case_list(args: argparse.Namespace) -> int:
    library = _library(args)
    counts = library.case_counts()
    rows = []
    for case in library.cases():
        assert case.id is not None
        rows.append({**case.model_dump(), "counts": counts.get(case.id, {})})
    if _wants_json(args):
        _print_json(rows)
        return 0
    for row in rows:
        count = row["counts"]
        archived = " (archived)" if row["archived"] else ""
        print(
            f"{row['id']}\t{row['title']}{archived}\t{row['countries']}\t"
            f"{count.get('source', 0)} sources, {count.get('event', 0)} events"
        )
    return 0


def _import(args: argparse.Namespace) -> int:
    from casefile.importer import import_paths

    library = _library(args)
    case = library.find_case(args.case)
    assert case.id is not None
    report = import_paths(library, case.id, args.paths, accept=args.accept)
    if _wants_json(args):
        _print_json(
            {
                "added": [{"name": n, "source": i} for n, i in report.added],
                "linked": [{"name": n, "source": i} for n, i in report.linked],
                "duplicates": report.duplicates,
                "unreadable": report.unreadable,
            }
        )
    else:
        for name, source_id in report.added:
            print(f"added\t{source_id}\t{name}")
        for name, source_id in report.linked:
            print(f"linked\t{source_id}\t{name}")
        for message in report.duplicates:
            print(f"duplicate\t{message}")
        for message in report.unreadable:
            print(f"unreadable\t{message}", file=sys.stderr)
        print(report.summary())
    return 1 if report.unreadable and not (report.added or report.linked) else 0


def _search(args: argparse.Namespace) -> int:
    library = _library(args)
    query = args.query
    if args.saved is not None and query:
        raise CasefileError("Give either a query or --saved NAME, not both.")
    if args.saved == "":
        saved = library.saved_searches()
        if _wants_json(args):
            _print_json([{"name": entry.name, "query": entry.query} for entry in saved])
        else:
            print("\n".join(f"{entry.name}\t{entry.query}" for entry in saved))
        return 0
    if args.saved is not None:
        query = library.find_saved_search(args.saved).query
    if not query.strip():
        raise CasefileError("Type what to search for, or run a saved search: --saved NAME.")
    if args.save and (args.case or args.kind or args.date_from or args.date_to):
        raise CasefileError(
            "--save keeps the query only: write its filters into it "
            "(case:…, kind:event, after:2026-01, before:2026-03-15)."
        )
    case_id = library.find_case(args.case).id if args.case else None
    hits = library.search(
        query,
        case_id=case_id,
        kinds=args.kind,
        date_from=args.date_from,
        date_to=args.date_to,
        limit=args.limit,
    )
    if args.save:
        library.save_search(args.save, query)  # once the search ran: a failed one is not kept
    if _wants_json(args):
        _print_json(
            [
                {
                    "kind": hit.kind,
                    "id": hit.id,
                    "case": hit.case,
                    "title": hit.title,
                    "snippet": hit.plain_snippet(),
                    "score": round(hit.score, 6),
                    "matched": list(hit.matched),
                }
                for hit in hits
            ]
        )
    else:
        for hit in hits:
            print(f"{hit.kind}:{hit.id}\tcase {hit.case}\t{hit.title}\n    {hit.plain_snippet()}")
    return 0


def _glossary_list(args: argparse.Namespace) -> int:
    entries = _library(args).glossary()
    if _wants_json(args):
        _print_json([{"id": e.id, "spanish": e.spanish, "english": e.english} for e in entries])
    else:
        for entry in entries:
            print(f"{entry.id}\t{entry.spanish} = {entry.english}")
    return 0


def _glossary_add(args: argparse.Namespace) -> int:
    library = _library(args)
    before = len(library.glossary())
    if not (args.spanish.strip() or args.english.strip()):
        raise CasefileError("A glossary entry needs its Spanish and its English forms.")
    if len(library.change_glossary([(args.spanish, args.english)], [])) == before:
        print("Already in the glossary.", file=sys.stderr)
    return 0


def _glossary_remove(args: argparse.Namespace) -> int:
    library = _library(args)
    entries = library.glossary()
    if not any(entry.id == args.entry for entry in entries):
        raise NotFoundError(key="no_item", kind="glossary entry", item_id=args.entry)
    library.set_glossary([(e.spanish, e.english) for e in entries if e.id != args.entry])
    return 0


def _sync(args: argparse.Namespace) -> int:
    from casefile import sync
    from casefile.library import Library, is_team_url

    if not is_team_url(args.team):
        raise CasefileError(f"{args.team}: a team library's address is postgresql://…")
    from sqlalchemy.exc import SQLAlchemyError

    laptop = _library(args)
    team = Library.open_team(args.team)
    try:
        report = sync.sync(
            laptop,
            team,
            args.case,
            progress=None if _wants_json(args) else _print_progress,
        )
    except SQLAlchemyError as exc:  # a server gone midway: each side is whole, as it was
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise CasefileError(
            f"The sync stopped ({detail}); both libraries are consistent: run it again."
        ) from exc
    finally:
        team.close()
    if _wants_json(args):
        _print_json(report.as_dict())
    else:
        pushed = ", ".join(f"{n} {what}" for what, n in report.pushed.items()) or "nothing"
        pulled = ", ".join(f"{n} {what}" for what, n in report.pulled.items()) or "nothing"
        print(f"sent: {pushed}; {report.files_sent} originals")
        print(f"received: {pulled}; {report.files_received} originals")
        if report.conflicts:
            print(f"{report.conflicts} values replaced by later changes: casefile conflicts list")
    return 0


def _print_progress(done: int, total: int, what: str) -> None:
    print(f"[{done}/{total}] {what}", file=sys.stderr)


def _conflicts_list(args: argparse.Namespace) -> int:
    from casefile import sync_conflicts

    found = sync_conflicts.conflicts(_library(args), include_closed=args.all)
    if _wants_json(args):
        _print_json(
            [
                {
                    "id": c.id,
                    "kind": c.table,
                    "uid": c.key,
                    "field": c.field,
                    "kept": c.kept,
                    "lost": c.lost,
                    "lost_side": c.lost_side,
                    "label": c.label,
                    "state": c.state,
                }
                for c in found
            ]
        )
        return 0
    for c in found:
        kept, lost = json.dumps(c.kept, ensure_ascii=False), json.dumps(c.lost, ensure_ascii=False)
        print(f"{c.id}\t{c.table} “{c.label}” {c.field}: kept {kept}, lost {lost} ({c.lost_side})")
    return 0


def _conflict_resolve(args: argparse.Namespace) -> int:
    from casefile import sync_conflicts

    library = _library(args)
    if args.verb == "restore":
        sync_conflicts.restore_conflict(library, args.conflict)
    else:
        sync_conflicts.dismiss_conflict(library, args.conflict)
    return 0


def _show(args: argparse.Namespace) -> int:
    from casefile.records import case_as_dict

    library = _library(args)
    case = library.find_case(args.case)
    assert case.id is not None
    value = case_as_dict(library, case.id)
    if _wants_json(args):
        _print_json(value)
        return 0
    print(f"{case.title} [{case.countries}]")
    for kind in ("sources", "events", "quotes", "captions", "actors"):
        print(f"\n{kind.capitalize()} ({len(value[kind])})")
        for item in value[kind]:
            print("  " + _one_line(kind, item))
    return 0


def _one_line(kind: str, item: dict[str, Any]) -> str:
    review = "" if item.get("review", "accepted") == "accepted" else f" [{item['review']}]"
    if kind == "sources":
        return f"{item['id']}\t{item['published'] or '????-??-??'}  {item['title']}"
    if kind == "events":
        return f"{item['id']}\t{item['date']}  {item['title']}{review}"
    if kind == "quotes":
        return f"{item['id']}\t“{item['text'][:80]}” — {item['speaker']}{review}"
    if kind == "captions":
        return f"{item['id']}\t{item['caption']} / {item['credit']}{review}"
    return f"{item['id']}\t{item['name']} ({item['kind']}){review}"


def _extract(args: argparse.Namespace) -> int:
    from casefile.records import extraction_as_dict

    _print_json(extraction_as_dict(args.path, args.published))
    return 0


def _dates(args: argparse.Namespace) -> int:
    from casefile.records import dates_as_list

    if args.text == "-":
        for line in sys.stdin:
            _print_json(dates_as_list(line.rstrip("\n"), args.ref, args.lang))
        return 0
    found = dates_as_list(args.text, args.ref, args.lang)
    if _wants_json(args):
        _print_json(found)
    else:
        for item in found:
            end = f"..{item['end_value']}" if item["end_value"] else ""
            print(f"{item['text']}\t{item['value']}{end}\t{item['precision']}")
    return 0


def _brief(args: argparse.Namespace) -> int:
    from casefile.brief import ALL_SECTIONS, BriefOptions, build

    library = _library(args)
    case = library.find_case(args.case)
    assert case.id is not None
    sections = ALL_SECTIONS
    if args.sections:
        sections = frozenset(s.strip() for s in args.sections.split(",") if s.strip())
        unknown = sections - ALL_SECTIONS
        if unknown:
            known = ", ".join(sorted(ALL_SECTIONS))
            raise CasefileError(f"Unknown section(s) {', '.join(sorted(unknown))}; use {known}.")
    options = BriefOptions(
        language=args.lang,
        date_from=args.date_from,
        date_to=args.date_to,
        sections=sections,
        tags=frozenset(t.strip() for t in args.tags.split(",") if t.strip()),
        author=args.author,
        organisation=args.organisation,
        classification=args.classification,
        paper=args.paper,
    )
    report = build(library, case.id, options, args.output)
    if _wants_json(args):
        _print_json({"output": str(args.output), "pages": report.pages})
    else:
        print(f"{args.output}: {report.pages} pages")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from casefile.backup import backup

    target = backup(_library(args), args.output)
    print(target)
    return 0


def _export_bundle(args: argparse.Namespace) -> int:
    from casefile.bundle import export_case

    library = _library(args)
    case = library.find_case(args.case)
    assert case.id is not None
    export_case(library, case.id, args.output)
    print(args.output)
    return 0


def _import_bundle(args: argparse.Namespace) -> int:
    from casefile.bundle import import_bundle

    result = import_bundle(_library(args), args.bundle)
    if _wants_json(args):
        _print_json(result)
    else:
        verb = "new case" if result["new_case"] else "into existing case"
        print(
            f"{result['case_id']}\t{result['case_title']} ({verb}): "
            f"{_counts(result['added'])} added, {_counts(result['skipped'])} already there"
        )
    return 0


def _counts(value: Any) -> str:
    """``{"events": 3, "quotes": 1}`` as "3 events, 1 quotes"; a plain number as itself."""
    if not isinstance(value, dict):
        return str(value)
    parts = [f"{count} {kind.replace('_', ' ')}" for kind, count in value.items() if count]
    return ", ".join(parts) or "nothing"


if __name__ == "__main__":
    raise SystemExit(main())
