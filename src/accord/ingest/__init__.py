"""The ingest stage: read user input (scraped text, HTML, JSON Lines) into Articles.

    from accord.ingest import read_inputs
    for result in read_inputs(["articles/", "-"]):
        ...  # Article, InputFailure or Skipped, in input order
"""

from accord.ingest.article import Article, InputFailure, Skipped, content_id
from accord.ingest.sources import read_inputs

__all__ = ["Article", "InputFailure", "Skipped", "content_id", "read_inputs"]
