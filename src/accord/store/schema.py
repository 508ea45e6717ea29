"""Store schema as an ordered list of named, idempotent migrations.

Why named migrations rather than ``CREATE TABLE IF NOT EXISTS`` everywhere: later
accord versions will add columns/tables, and a store written by an old version must
be upgradable in place.  Each migration runs in its own transaction and is recorded
in ``_migrations`` so re-opening a store never re-applies anything.

Offsets (``start``/``end``) are character offsets into ``articles.text``.  Note that
``end`` is an SQL keyword: quote it (``"end"``) in hand-written queries.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb


@dataclass(frozen=True)
class Migration:
    name: str
    statements: tuple[str, ...]


_INITIAL = (
    # The full record JSON is kept so fields added by later pipeline versions are
    # never lost, even before a migration gives them a column.
    """
    CREATE TABLE articles (
        id          VARCHAR PRIMARY KEY,
        title       VARCHAR,
        date        TIMESTAMP,
        language    VARCHAR,
        url         VARCHAR,
        source      VARCHAR,
        text        VARCHAR,
        record      JSON,
        ingested_at TIMESTAMP NOT NULL
    )
    """,
    # One row per event, denormalised for the common analyst filters (type, CAMEO,
    # quad class, modality, place, actor codes) so most questions need no join.
    """
    CREATE TABLE events (
        id                VARCHAR PRIMARY KEY,
        article_id        VARCHAR NOT NULL,
        event             VARCHAR,
        mode              VARCHAR,
        contexts          VARCHAR[],
        cameo             VARCHAR,
        goldstein         DOUBLE,
        quad_class        INTEGER,
        date              TIMESTAMP,
        actor_codes       VARCHAR[],
        recipient_codes   VARCHAR[],
        actor             JSON,
        recipient         JSON,
        historical        BOOLEAN,
        future            BOOLEAN,
        hypothetical      BOOLEAN,
        negated           BOOLEAN,
        location_name     VARCHAR,
        lat               DOUBLE,
        lon               DOUBLE,
        location_country  VARCHAR,
        sentence_index    INTEGER,
        sentence_start    INTEGER,
        sentence_end      INTEGER,
        sentence_text     VARCHAR,
        trigger_text      VARCHAR,
        trigger_start     INTEGER,
        trigger_end       INTEGER,
        reported_by_name  VARCHAR,
        reported_by_quote VARCHAR,
        explanation       VARCHAR
    )
    """,
    # Long form of actor/recipient so "everything RUS did to anyone" is a plain
    # WHERE on an indexed-by-zonemap column instead of list/JSON gymnastics.
    """
    CREATE TABLE event_actors (
        event_id   VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        role       VARCHAR NOT NULL CHECK (role IN ('actor', 'recipient')),
        ordinal    INTEGER NOT NULL,
        code       VARCHAR,
        sector     VARCHAR,
        name       VARCHAR,
        text       VARCHAR,
        start      INTEGER,
        "end"      INTEGER,
        PRIMARY KEY (event_id, role, ordinal)
    )
    """,
    """
    CREATE TABLE quotes (
        id                    VARCHAR PRIMARY KEY,
        article_id            VARCHAR NOT NULL,
        type                  VARCHAR,
        content_text          VARCHAR,
        content_start         INTEGER,
        content_end           INTEGER,
        cue_text              VARCHAR,
        cue_start             INTEGER,
        cue_end               INTEGER,
        speaker_name          VARCHAR,
        speaker_mention_text  VARCHAR,
        speaker_mention_start INTEGER,
        speaker_mention_end   INTEGER,
        speaker_code          VARCHAR,
        speaker_sector        VARCHAR,
        speaker_actor_name    VARCHAR
    )
    """,
    # Article-level mentions have no ids of their own; (article_id, ordinal) keeps
    # them unique and preserves document order.
    """
    CREATE TABLE locations (
        article_id VARCHAR NOT NULL,
        ordinal    INTEGER NOT NULL,
        text       VARCHAR,
        start      INTEGER,
        "end"      INTEGER,
        name       VARCHAR,
        lat        DOUBLE,
        lon        DOUBLE,
        country    VARCHAR,
        geonameid  BIGINT,
        PRIMARY KEY (article_id, ordinal)
    )
    """,
    """
    CREATE TABLE amounts (
        article_id VARCHAR NOT NULL,
        ordinal    INTEGER NOT NULL,
        value      DOUBLE,
        unit       VARCHAR,
        text       VARCHAR,
        start      INTEGER,
        "end"      INTEGER,
        PRIMARY KEY (article_id, ordinal)
    )
    """,
    """
    CREATE TABLE entities (
        article_id VARCHAR NOT NULL,
        ordinal    INTEGER NOT NULL,
        text       VARCHAR,
        label      VARCHAR,
        start      INTEGER,
        "end"      INTEGER,
        PRIMARY KEY (article_id, ordinal)
    )
    """,
)

# No secondary ART indexes: DuckDB scans are columnar with zonemaps, and extra
# indexes only slow bulk inserts.  Foreign keys are omitted for the same reason
# (and because DuckDB FKs forbid some update patterns a future migration may need).

_VIEWS = (
    # Analyst-facing views: the effective date is the event date, falling back to
    # the article date, which is what every time filter should use.
    """
    CREATE OR REPLACE VIEW v_events AS
    SELECT e.*,
           coalesce(e.date, a.date) AS effective_date,
           a.date   AS article_date,
           a.title  AS article_title,
           a.url    AS article_url,
           a.source AS article_source
    FROM events e JOIN articles a ON a.id = e.article_id
    """,
    """
    CREATE OR REPLACE VIEW v_quotes AS
    SELECT q.*,
           a.date   AS date,
           a.title  AS article_title,
           a.url    AS article_url,
           a.source AS article_source
    FROM quotes q JOIN articles a ON a.id = q.article_id
    """,
)

# Near-duplicate articles (accord.dedup) point to their first copy; an event reported in
# several copies is one event with GDELT-style counts: NumArticles (copies that carry it),
# NumMentions (times it was coded across them), NumSources (distinct outlets: URL host, else
# the input's folder).
_DEDUP = (
    "ALTER TABLE articles ADD COLUMN duplicate_of VARCHAR",
    "CREATE TABLE article_signatures (article_id VARCHAR PRIMARY KEY, minhash BLOB NOT NULL)",
    """
    CREATE VIEW event_clusters AS
    WITH mentions AS (
        SELECT e.*, coalesce(a.duplicate_of, a.id) AS first_article,
               coalesce(nullif(regexp_extract(a.url, '://([^/:]+)', 1), ''),
                        regexp_replace(coalesce(a.source, ''), '/[^/]*$', '')) AS outlet,
               list_sort(e.actor_codes) AS actors_key, list_sort(e.recipient_codes) AS recipients_key
        FROM events e JOIN articles a ON a.id = e.article_id
    )
    SELECT arg_min(id, article_id = first_article) AS id,
           first_article AS article_id, cameo, any_value(event) AS event,
           any_value(quad_class) AS quad_class, any_value(goldstein) AS goldstein,
           actors_key AS actor_codes, recipients_key AS recipient_codes, min(date) AS date,
           count(*) AS num_mentions, count(DISTINCT outlet) AS num_sources,
           count(DISTINCT article_id) AS num_articles
    FROM mentions
    GROUP BY first_article, cameo, actors_key, recipients_key
    """,
)

# 0003's view named each cluster after an event of a duplicate copy (arg_min over a boolean
# takes the false side); a cluster is named after the event of its first copy.
_CLUSTER_FIRST_COPY = (_DEDUP[2].replace("CREATE VIEW event_clusters", "CREATE OR REPLACE VIEW event_clusters")
                       .replace("arg_min(id, article_id = first_article)", "arg_max(id, article_id = first_article)"),)

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial_tables", _INITIAL),
    Migration("0002_analyst_views", _VIEWS),
    Migration("0003_near_duplicates", _DEDUP),
    Migration("0004_event_clusters_named_by_first_copy", _CLUSTER_FIRST_COPY),
)

# Data tables in dependency order (parents first); used by count_rows and tests.
TABLES: tuple[str, ...] = (
    "articles", "events", "event_actors", "quotes", "locations", "amounts", "entities",
)


def applied_migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of migrations already applied to this store, in application order."""
    _ensure_tracking_table(con)
    rows = con.execute("SELECT name FROM _migrations ORDER BY applied_at, name").fetchall()
    return [r[0] for r in rows]


def migrate(
    con: duckdb.DuckDBPyConnection, migrations: tuple[Migration, ...] = MIGRATIONS
) -> list[str]:
    """Apply pending migrations; return the names applied by this call.

    Each migration is its own transaction so a failure leaves the store at the
    last fully-applied migration rather than half-way through one.
    """
    _ensure_tracking_table(con)
    applied: list[str] = []
    for migration in migrations:
        con.begin()
        try:
            # Checked inside the transaction so two openers cannot both apply it.
            done = con.execute(
                "SELECT count(*) FROM _migrations WHERE name = ?", [migration.name]
            ).fetchone()
            if done and done[0]:
                con.rollback()
                continue
            for statement in migration.statements:
                con.execute(statement)
            con.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, current_timestamp)",
                [migration.name],
            )
            con.commit()
        except BaseException:
            con.rollback()
            raise
        applied.append(migration.name)
    return applied


def _ensure_tracking_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "CREATE TABLE IF NOT EXISTS _migrations ("
        " name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
    )
