"""Exports of a store: PLOVER JSON Lines, GDELT 2.0 Event TSV and Parquet (one file per table).

    from accord.export import Selection, write_plover
    write_plover(con, sys.stdout, Selection(since="2024-01-01", actor="RUS"))
"""

from .gdelt import COLUMNS as GDELT_COLUMNS
from .gdelt import gdelt_lines, gdelt_rows, write_gdelt
from .parquet import write_parquet
from .plover import plover_records, write_plover
from .selection import Selection, SelectionError, parse_bound

FORMATS = ("plover", "gdelt", "parquet")

__all__ = [
    "FORMATS",
    "GDELT_COLUMNS",
    "Selection",
    "SelectionError",
    "gdelt_lines",
    "gdelt_rows",
    "parse_bound",
    "plover_records",
    "write_gdelt",
    "write_parquet",
    "write_plover",
]
