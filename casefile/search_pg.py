"""Full-text search on a PostgreSQL team library: PostgreSQL's own, with the query syntax and
results of casefile/search.py.

A ``search_index`` table mirrors SQLite's FTS5 one (the same row ids, kinds, cases, dates and
review states, so the same filters apply), kept in step by triggers. Its ``tsv`` column holds
each text three times: through Spanish and English configurations (Snowball stems, accents
removed by ``unaccent``), so that a word meets its other forms in either language, and through
a configuration that only removes accents and case, for exact phrases, names and prefixes.
A GIN index serves the matches, ``ts_rank`` the order and ``ts_headline`` the snippets.
"""

from __future__ import annotations

from casefile.query import Alternative

CONFIGURATIONS = {"casefile_es": "spanish", "casefile_en": "english", "casefile_exact": None}

# What each kind puts in the index: (title, body, case, date), over the row as NEW.
INDEXED = {
    "source": (
        "NEW.title",
        "concat_ws(' ', NEW.outlet, NEW.text, NEW.notes)",
        "NULL",
        "NEW.published::text",
    ),
    "event": (
        "NEW.title",
        "concat_ws(' ', NEW.description, NEW.place, NEW.evidence_text)",
        "NEW.case_id",
        "NEW.date::text",
    ),
    "quote": ("NEW.speaker", "NEW.text", "NEW.case_id", "NEW.date::text"),
    "caption": ("NEW.credit", "NEW.caption", "NEW.case_id", "NULL"),
}


def _document(column: str) -> str:
    """``column``'s text with anything but letters and digits made a space, so "EE.UU." is
    the words "ee" and "uu" as on SQLite (PostgreSQL's parser would read a host name)."""
    return f"regexp_replace(coalesce({column}, ''), '[^[:alnum:]]+', ' ', 'g')"


def _vector(column: str, weight: str) -> str:
    parts = [f"to_tsvector('{name}'::regconfig, {_document(column)})" for name in CONFIGURATIONS]
    return f"setweight({' || '.join(parts)}, '{weight}')"


def create_sql() -> list[str]:
    """Statements that create the configurations, the index, its triggers, and fill it."""
    from casefile.search import KIND_CODES  # the row ids of SQLite's index (it imports us)

    statements = ["CREATE EXTENSION IF NOT EXISTS unaccent"]
    for name, language in CONFIGURATIONS.items():
        source = f"pg_catalog.{language}" if language else "pg_catalog.simple"
        dictionaries = f"unaccent, {language}_stem" if language else "unaccent, simple"
        statements += [
            f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source})",
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR "
            f"asciiword, asciihword, hword_asciipart, word, hword, hword_part "
            f"WITH {dictionaries}",
        ]
    statements += [
        "CREATE TABLE search_index ("
        " rowid bigint PRIMARY KEY,"
        " kind text NOT NULL,"
        " case_id integer,"
        " title text NOT NULL DEFAULT '',"
        " body text NOT NULL DEFAULT '',"
        " item_date text,"
        " review text NOT NULL,"
        f" tsv tsvector GENERATED ALWAYS AS ({_vector('title', 'A')} || {_vector('body', 'B')})"
        " STORED)",
        "CREATE INDEX ix_search_index_tsv ON search_index USING gin (tsv)",
        "CREATE INDEX ix_search_index_case ON search_index (case_id)",
    ]
    for kind, (title, body, case, day) in INDEXED.items():
        code = KIND_CODES[kind]
        review = "'accepted'" if kind == "source" else "NEW.review"
        statements += [
            f"CREATE FUNCTION {kind}_index() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE rowid = OLD.id * 8 + {code};"
            " END IF; "
            "IF TG_OP <> 'DELETE' THEN INSERT INTO search_index "
            "(rowid, kind, case_id, title, body, item_date, review) VALUES "
            f"(NEW.id * 8 + {code}, '{kind}', {case}, coalesce({title}, ''), {body}, {day}, "
            f"{review}); END IF; RETURN NULL; END $$",
            f'CREATE TRIGGER {kind}_index AFTER INSERT OR UPDATE OR DELETE ON "{kind}" '
            f"FOR EACH ROW EXECUTE FUNCTION {kind}_index()",
            _backfill(kind),
        ]
    return statements


def _backfill(kind: str) -> str:
    from casefile.search import KIND_CODES

    title, body, case, day = (part.replace("NEW.", "") for part in INDEXED[kind])
    review = "'accepted'" if kind == "source" else "review"
    return (
        "INSERT INTO search_index (rowid, kind, case_id, title, body, item_date, review) "
        f"SELECT id * 8 + {KIND_CODES[kind]}, '{kind}', {case}, coalesce({title}, ''), "
        f'{body}, {day}, {review} FROM "{kind}"'
    )


def drop_sql() -> list[str]:
    statements = []
    for kind in INDEXED:
        statements += [
            f'DROP TRIGGER IF EXISTS {kind}_index ON "{kind}"',
            f"DROP FUNCTION IF EXISTS {kind}_index()",
        ]
    statements.append("DROP TABLE IF EXISTS search_index")
    statements += [f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}" for name in CONFIGURATIONS]
    return statements


def tsquery(
    groups: list[list[Alternative]], excluded: list[Alternative], params: dict[str, object]
) -> str:
    """The SQL expression of the tsquery for ``groups`` (each must match one of its
    alternatives) and ``excluded`` (none may); the values go into ``params``."""
    positive = " && ".join(_any(group, params) for group in groups)
    if excluded:
        return f"(({positive}) && !!({_any(excluded, params)}))"
    return f"({positive})"


def _any(group: list[Alternative], params: dict[str, object]) -> str:
    parts = []
    for alternative in group:
        name = f"q{len(params)}"
        if alternative.how == "word":
            # Each language's stems: "reuniones" meets "reunión", "meetings" "meeting".
            params[name] = alternative.words[0]
            parts += [
                f"plainto_tsquery('casefile_es', :{name})",
                f"plainto_tsquery('casefile_en', :{name})",
            ]
            continue
        # The words are letters and digits only (casefile.query folds and splits them), so
        # they are written into the tsquery's text as quoted lexemes.
        weight = ":A" if alternative.how == "title" else ""
        lexemes = [f"'{word}'{weight}" for word in alternative.words]
        if alternative.how == "prefix":
            lexemes[-1] = lexemes[-1] + ":*"
        params[name] = " <-> ".join(lexemes)
        parts.append(f"to_tsquery('casefile_exact', :{name})")
    return "(" + " || ".join(parts) + ")"


def search_sql(where: list[str], match: str, start: str, end: str) -> str:
    """The query for the hits: the columns of casefile.search's FTS5 query, in its order.
    The snippets are made for the chosen rows only, in Spanish then, where that highlights
    nothing, in English."""
    options = f"StartSel={start}, StopSel={end}, MaxWords=24, MinWords=8, MaxFragments=1"
    headline = "ts_headline('{config}', top.title || ' ' || top.body, query, '" + options + "')"
    return (
        "WITH query AS (SELECT " + match + " AS query), "
        "top AS (SELECT rowid, kind, case_id, title, body, item_date, "
        "-ts_rank(tsv, query) AS rank FROM search_index, query WHERE tsv @@ query AND "
        + " AND ".join(where)
        + " ORDER BY rank, rowid LIMIT :limit) "
        "SELECT kind, rowid / 8, case_id, title, "
        f"CASE WHEN strpos(h.es, '{start}') > 0 THEN h.es ELSE h.en END, rank, item_date "
        "FROM top, query, LATERAL (SELECT "
        + headline.format(config="casefile_es")
        + " AS es, "
        + headline.format(config="casefile_en")
        + " AS en) h ORDER BY rank, rowid"
    )
