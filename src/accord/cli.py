"""accord's command line. Each command parses its options and makes one library call;
library errors become one clear line on stderr and a non-zero exit code."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import click

from accord import __version__

DEFAULT_DB = "accord.duckdb"


class Tally:
    """Counts what a run did and reports problems, one line per input, on stderr."""

    def __init__(self) -> None:
        self.failed = 0
        self.skipped = 0
        self.coded = 0
        self.stored = 0  # already in the store, not coded again

    def fail(self, message: str) -> None:
        self.failed += 1
        click.echo(f"accord: error: {message}", err=True)

    def skip(self, message: str) -> None:
        self.skipped += 1
        click.echo(f"accord: {message}", err=True)

    def already(self, article_id: str) -> bool:
        """Count an article found already stored; always False, for use in a filter."""
        self.stored += 1
        return False


def _articles(inputs: tuple[str, ...], tally: Tally, max_bytes: int) -> Iterator:
    from accord.ingest import InputFailure, Skipped, read_inputs

    for item in read_inputs(inputs, max_bytes=max_bytes, stdin=sys.stdin.buffer if "-" in inputs else None):
        if isinstance(item, InputFailure):
            tally.fail(item.message())
        elif isinstance(item, Skipped):
            tally.skip(item.message())
        else:
            yield item


def _coded(inputs: tuple[str, ...], tally: Tally, max_bytes: int, batch_size: int, workers: int,
           known: set[str] | None = None) -> Iterator:
    """Records of the inputs, coded; articles whose id is in ``known`` (already stored) are
    counted but not coded again, which is what makes a rerun after a crash cheap."""
    from accord.pipeline import Options, code_articles

    options = Options(batch_size=batch_size, workers=workers)
    articles = _articles(inputs, tally, max_bytes)
    if known:
        articles = (a for a in articles if a.id not in known or tally.already(a.id))
    with _progress() as advance:
        for coded in code_articles(articles, options):
            advance()
            if coded.error:
                tally.fail(f"{coded.article.source}: {coded.error}")
                continue
            tally.coded += 1
            yield coded.record


def _linked(records: Iterator[dict]) -> Iterator[dict]:
    """Records with ``duplicate_of`` set against the earlier records of the run."""
    from accord.dedup import NearDuplicates, link_duplicates, remember

    index = NearDuplicates()
    for record in records:
        remember(index, link_duplicates([record], index))
        yield record


class _progress:
    """A progress counter on stderr, only when stderr is a terminal."""

    def __enter__(self):
        if not sys.stderr.isatty():
            return lambda: None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._bar = Progress(SpinnerColumn(), TextColumn("coded {task.completed} articles"),
                             TimeElapsedColumn(), transient=True)
        self._bar.start()
        task = self._bar.add_task("coding", total=None)
        return lambda: self._bar.advance(task)

    def __exit__(self, *exc) -> None:
        if hasattr(self, "_bar"):
            self._bar.stop()


input_argument = click.argument("inputs", nargs=-1, required=True)
max_bytes_option = click.option("--max-bytes", default=20_000_000, show_default=True,
                                help="Inputs larger than this are refused.")
batch_option = click.option("--batch-size", default=16, show_default=True, help="Articles per spaCy batch.")
workers_option = click.option("--workers", default=0, show_default=True, type=click.IntRange(0, 256),
                              help="Processes coding articles (0: one per CPU core).")


@click.group()
@click.version_option(__version__, prog_name="accord")
def main() -> None:
    """accord: who did what to whom, when, where, and who said so — from news text."""


@main.command()
@input_argument
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write JSON Lines here instead of stdout.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="jsonl: the output contract; table: a readable summary of events and quotes.")
@max_bytes_option
@batch_option
@workers_option
def code(inputs, output, fmt, max_bytes, batch_size, workers) -> None:
    """Code articles (files, directories, - for stdin) into events, quotes and places."""
    tally = Tally()
    if fmt == "table":
        from accord.report import print_record

        for record in _linked(_coded(inputs, tally, max_bytes, batch_size, workers)):
            print_record(record, sys.stdout)
    elif output:
        # Written beside the target and renamed at the end: never a half-written file.
        target = Path(output)
        handle, tmp = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                for record in _linked(_coded(inputs, tally, max_bytes, batch_size, workers)):
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; give it normal permissions
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    else:
        for record in _linked(_coded(inputs, tally, max_bytes, batch_size, workers)):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    _finish(tally)


@main.command()
@input_argument
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False), help="DuckDB store.")
@max_bytes_option
@batch_option
@workers_option
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: code here and write the DuckDB store; dask: code on a Dask cluster and write "
                   "partitioned Parquet with DuckDB views over it.")
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local cluster.")
@click.option("--parquet", type=click.Path(file_okay=False), help="Parquet folder for --engine dask "
              "(default: DB name + .parquet).")
def ingest(inputs, db, max_bytes, batch_size, workers, engine, scheduler, parquet) -> None:
    """Code articles and store them in a DuckDB file (one transaction per batch).

    Ingesting the same article again changes nothing.
    """
    if engine == "dask":
        _ingest_dask(inputs, db, max_bytes, batch_size, workers, scheduler, parquet)
        return
    from accord.dedup import NearDuplicates
    from accord.store import StoreError, open_store, stored_signatures

    tally = Tally()
    counts = [0, 0]  # inserted, unchanged
    try:
        con = open_store(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        index = NearDuplicates()
        index.load(stored_signatures(con))
        known = {row[0] for row in con.execute("SELECT id FROM articles").fetchall()}
        batch: list[dict] = []
        for record in _coded(inputs, tally, max_bytes, batch_size, workers, known):
            batch.append(record)
            if len(batch) >= batch_size:
                _write(con, batch, index, tally, counts)
                batch = []
        if batch:
            _write(con, batch, index, tally, counts)
    finally:
        con.close()
    inserted, unchanged = counts[0], counts[1] + tally.stored
    click.echo(f"accord: stored {inserted} new article(s), {unchanged} already in {db}; "
               f"{tally.failed} failed, {tally.skipped} skipped", err=True)
    _finish(tally)


def _ingest_dask(inputs, db, max_bytes, batch_size, workers, scheduler, parquet) -> None:
    from accord.dist import attach_views, run_on_dask
    from accord.parallel import worker_count
    from accord.pipeline import Options
    from accord.store import StoreError, open_store

    tally = Tally()
    out_dir = Path(parquet) if parquet else Path(str(db) + ".parquet")
    options = Options(batch_size=batch_size, workers=1)
    run = run_on_dask(_articles(inputs, tally, max_bytes), out_dir, options, scheduler, worker_count(workers))
    for source, reason in run.errors:
        tally.fail(f"{source}: {reason}")
    try:
        con = open_store(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        views = attach_views(con, out_dir)
    finally:
        con.close()
    click.echo(f"accord: coded {run.articles} article(s) on Dask into {run.partitions} partition(s) under "
               f"{out_dir}; views lake.{{{','.join(views)}}} in {db}; {tally.failed} failed, "
               f"{tally.skipped} skipped", err=True)
    _finish(tally)


def _write(con, batch: list[dict], index, tally: Tally, counts: list[int]) -> None:
    """One batch, one transaction; near duplicates linked to their first copy."""
    from accord.dedup import link_duplicates, remember
    from accord.store import StoreError, write_batch

    signatures = link_duplicates(batch, index)
    try:
        result = write_batch(con, batch, signatures)
    except StoreError as exc:
        for record in batch:
            tally.fail(f"{record.get('source') or record.get('id')}: not stored: {exc}")
        return
    remember(index, signatures)
    counts[0] += result.inserted
    counts[1] += result.unchanged


date_type = click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"])
format_option = click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
                             show_default=True)
db_option = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))


def _open_existing(db: str):
    from accord.store import open_store

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such store; create it with `accord ingest INPUT... --db {db}`")
    return open_store(db)


@main.command()
@db_option
@click.option("--actor", help="Actor code (RUS, RUSGOV) or part of a name.")
@click.option("--recipient", help="Recipient code or part of a name.")
@click.option("--event", "event_type", help="PLOVER event type, e.g. AGREE.")
@click.option("--since", type=date_type, help="First date (YYYY-MM-DD), inclusive.")
@click.option("--until", type=date_type, help="Last date (YYYY-MM-DD), inclusive.")
@click.option("--limit", type=click.IntRange(1, 1_000_000), help="At most this many rows.")
@format_option
def events(db, actor, recipient, event_type, since, until, limit, fmt) -> None:
    """List stored events."""
    from accord.store import query_events, write_rows

    con = _open_existing(db)
    try:
        rows = query_events(con, actor=actor, recipient=recipient, event=event_type, since=since, until=until,
                            limit=limit)
    finally:
        con.close()
    columns = ["date", "event", "cameo", "quad_class", "goldstein", "actor", "recipient", "historical", "future",
               "hypothetical", "negated", "location", "sentence"] if fmt == "table" else None
    write_rows(rows, fmt, sys.stdout, columns=columns, title="events")


@main.command()
@db_option
@click.option("--speaker", help="Part of the speaker's name.")
@click.option("--actor", help="Speaker's actor code (XSO, RUSGOV).")
@click.option("--since", type=date_type, help="First date (YYYY-MM-DD), inclusive.")
@click.option("--until", type=date_type, help="Last date (YYYY-MM-DD), inclusive.")
@click.option("--limit", type=click.IntRange(1, 1_000_000), help="At most this many rows.")
@format_option
def quotes(db, speaker, actor, since, until, limit, fmt) -> None:
    """List stored quotes."""
    from accord.store import query_quotes, write_rows

    con = _open_existing(db)
    try:
        rows = query_quotes(con, speaker=speaker, actor=actor, since=since, until=until, limit=limit)
    finally:
        con.close()
    columns = ["date", "speaker", "speaker_code", "type", "content"] if fmt == "table" else None
    write_rows(rows, fmt, sys.stdout, columns=columns, title="quotes")


@main.command()
@click.argument("sentence")
def explain(sentence) -> None:
    """Show the parse of SENTENCE and why each word was or was not coded as an event."""
    from accord.events.explain import explain_text
    from accord.pipeline import Pipeline

    for line in explain_text(Pipeline(), sentence):
        click.echo(line)


@main.group()
def actors() -> None:
    """The actor knowledge base: states, organisations, persons and their offices."""


@actors.command("lookup")
@click.argument("text")
@click.option("--date", "on", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Read TEXT as if published on this date (YYYY-MM-DD): offices are resolved for it.")
def actors_lookup(text, on) -> None:
    """Show what each actor mention in TEXT resolves to, and why."""
    from accord.actors.lookup import lookup
    from accord.pipeline import Pipeline

    for line in lookup(Pipeline(), text, on.date() if on else None):
        click.echo(line)


@main.group("eval")
def eval_group() -> None:
    """Measure accord against gold sets."""


@eval_group.command("events")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="PLOVER gold standard records (JSON), e.g. ../shared/gold/plover-gsr/PLOVER_GSR_CAMEO.json")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False), help="Write the misses here (JSON Lines).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--in-article", is_flag=True,
              help="CAMEO-coded sets whose lines point into articles: read each whole article and score the "
                   "events found in the gold sentence (as accord runs on news), not the sentence alone.")
def eval_events(gold, errors_path, as_json, in_article) -> None:
    """Per-type precision/recall/F1, macro-F1 and source-actor accuracy."""
    from accord.evaluation.events import evaluate_events
    from accord.pipeline import Pipeline

    if gold.endswith(".jsonl"):
        _eval_wire(gold, errors_path, as_json, in_article)
        return
    try:
        result = evaluate_events(Path(gold), Pipeline())
    except (ValueError, KeyError) as exc:
        raise click.ClickException(f"{gold}: not a PLOVER gold file ({exc})") from None
    if errors_path:
        _write_misses(errors_path, result.errors)
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=2))
        return
    click.echo(f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
    for s in result.scores:
        click.echo(f"{s.label:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.support:4d}")
    click.echo(f"macro-F1 {result.macro_f1:.3f} over {len(result.scores)} types, {result.records} sentences "
               f"({result.no_event} without an event)")
    click.echo(f"source country: {result.source_primary:.3f} on the primary event, "
               f"{result.source_any:.3f} among all actors found")


def _eval_wire(gold: str, errors_path: str | None, as_json: bool, in_article: bool = False) -> None:
    """CAMEO-coded sentences (JSON Lines): root-code + dyad and full-code + dyad scores."""
    from accord.evaluation.wire import evaluate_wire
    from accord.pipeline import Pipeline

    try:
        result = evaluate_wire(Path(gold), Pipeline(), in_article)
    except (ValueError, KeyError, json.JSONDecodeError) as exc:
        raise click.ClickException(f"{gold}: not CAMEO-coded JSON Lines ({exc})") from None
    if errors_path:
        _write_misses(errors_path, result.misses)
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=2))
        return
    for label, s in (("root code + dyad", result.root), ("full code + dyad", result.full)):
        click.echo(f"{label:<17} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
                   f"(tp {s.tp}, fp {s.fp}, fn {s.fn})")
    click.echo(f"{result.sentences} sentences; {result.quiet_sentences} with no political event, "
               f"where accord found {result.quiet_false_alarms} event(s)")
    for failure in result.failures:
        click.echo(f"accord: could not code {failure}", err=True)
    if result.failures:
        raise SystemExit(1)  # scores with lines lost to an internal error are not the coder's


@eval_group.command("quotes")
@click.option("--gold", required=True, type=click.Path(exists=True, file_okay=False),
              help="PolNeAR split directory with attributions/ and text/, e.g. ../shared/gold/polnear/dev")
@click.option("--threshold", default=0.3, show_default=True, type=click.FloatRange(0.01, 1.0),
              help="Share of tokens (of the longer span) two contents must share to match.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False), help="Write misses here (JSON Lines).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_quotes(gold, threshold, errors_path, as_json) -> None:
    """Content precision/recall/F1 (partial and exact) and speaker-mention accuracy."""
    from accord.evaluation.quotes import evaluate_quotes
    from accord.pipeline import Pipeline

    result = evaluate_quotes(Path(gold), Pipeline(), threshold)
    if result.articles == 0:
        raise click.ClickException(f"{gold}: no PolNeAR articles found (expected attributions/*.ann and text/*.txt)")
    if errors_path:
        _write_misses(errors_path, result.misses)
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=2))
        return
    for label, s in ((f"overlap>={threshold}", result.partial), ("exact", result.exact)):
        click.echo(f"content {label:<13} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
                   f"(tp {s.tp}, fp {s.fp}, fn {s.fn})")
    click.echo(f"speaker mention accuracy on matched quotes: {result.speaker_accuracy:.3f} "
               f"({result.speaker_right}/{result.speaker_matched}); {result.articles} articles")
    click.echo(f"  on matched quotes whose gold names a source: {result.sourced_speaker_accuracy:.3f} "
               f"({result.sourced_right}/{result.sourced_matched})")
    click.echo(f"  counting 'no source' on both sides as right: {result.lenient_speaker_accuracy:.3f} "
               f"({result.speaker_right + result.none_agreed}/{result.speaker_matched})")


@eval_group.command("geo")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="GeoWebNews XML, e.g. ../shared/gold/geo/GWN.xml")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False), help="Write misses here (JSON Lines).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_geo(gold, errors_path, as_json) -> None:
    """Share of gold toponyms found, accuracy within 161 km, median error."""
    from accord.evaluation.geo import evaluate_geo
    from accord.pipeline import Pipeline

    result = evaluate_geo(Path(gold), Pipeline())
    if errors_path:
        _write_misses(errors_path, result.misses)
    figures = result.as_dict()
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        click.echo(f"{key:<28} {value}")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the store to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", envvar="ACCORD_TOKEN", help="Accept POST /api/articles with 'Authorization: Bearer "
              "TOKEN' (also read from $ACCORD_TOKEN). Without it the server is read-only.")
@click.option("--max-body", default=1_000_000, show_default=True, type=click.IntRange(1, 100_000_000),
              help="Largest request body accepted, in bytes (413 above it).")
def serve(db, host, port, token, max_body) -> None:
    """Serve the store: JSON API (/openapi.json), exports, and the dashboard at /."""
    from accord.serve import LOOPBACK, run
    from accord.store import StoreError

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such store; create it with `accord ingest INPUT... --db {db}`")
    if token is not None and not token.strip():
        raise click.ClickException("--token is empty; give a token or leave it out for a read-only server")
    if host not in LOOPBACK:
        click.echo(f"accord: warning: listening on {host}, not only on this machine", err=True)
    try:
        run(db, host=host, port=port, token=token, max_body_bytes=max_body)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["plover", "gdelt", "parquet"]), required=True,
              help="plover: PLOVER JSON Lines; gdelt: GDELT 2.0 Event TSV (61 columns); parquet: one file per table.")
@click.option("-o", "--output", required=True, type=click.Path(),
              help="Output file (plover, gdelt; - for stdout) or directory (parquet).")
@click.option("--since", type=date_type, help="First date (YYYY-MM-DD), inclusive.")
@click.option("--until", type=date_type, help="Last date (YYYY-MM-DD), inclusive.")
@click.option("--actor", help="Only events with this actor or recipient (code, code+sector, or part of a name).")
@click.option("--header", is_flag=True, help="gdelt: write a header row (GDELT's own files have none).")
def export(db, fmt, output, since, until, actor, header) -> None:
    """Export stored events as PLOVER, GDELT 2.0 or Parquet."""
    from accord.export import Selection, SelectionError, write_gdelt, write_parquet, write_plover

    selection = Selection(since=since, until=until, actor=actor)
    try:
        selection.clauses()
    except SelectionError as exc:
        raise click.ClickException(str(exc)) from None
    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such store; create it with `accord ingest INPUT... --db {db}`")
    import duckdb

    try:
        con = duckdb.connect(db, read_only=True)  # read-only: a running `accord serve` may hold it too
    except duckdb.Error as exc:
        raise click.ClickException(f"{db}: cannot open the store: {exc}") from None
    try:
        if fmt == "parquet":
            if output == "-":
                raise click.ClickException("parquet needs a directory for -o")
            counts = write_parquet(con, output, selection)
            summary = ", ".join(f"{n} {table}" for table, n in counts.items())
            click.echo(f"accord: wrote {summary} to {output}/", err=True)
            return
        writer = write_plover if fmt == "plover" else write_gdelt
        kwargs = {"header": header} if fmt == "gdelt" else {}
        if output == "-":
            count = writer(con, sys.stdout, selection, **kwargs)
        else:
            target = Path(output)
            handle, tmp = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.", suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
                    count = writer(con, out, selection, **kwargs)
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
                os.replace(tmp, target)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        click.echo(f"accord: wrote {count} {'event(s)' if fmt == 'plover' else 'row(s)'} to {output}", err=True)
    finally:
        con.close()


def _write_misses(path: str, misses: list[dict]) -> None:
    """An evaluation's misses, one JSON object a line, for error analysis."""
    with open(path, "w", encoding="utf-8") as out:
        for miss in misses:
            out.write(json.dumps(miss, ensure_ascii=False) + "\n")


def _finish(tally: Tally) -> None:
    if tally.failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
