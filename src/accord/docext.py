"""The Doc extensions accord's stages write to, registered once at import.

Every stage reads the parse and earlier stages' results from the Doc and adds its own; the
serializer turns the finished Doc into the output record.
"""

from spacy.tokens import Doc

# `dropped_events`: trigger token index -> ("merged" or "dropped", why) for a coded event left out
# (for `accord explain`); `era_codes`: mention start -> (today's code, the era's, why) for a name whose
# code the article's date or the sentence's era changed (accord.actors.eras).
_FIELDS = ("article", "actors", "persons", "places", "quotes", "events", "dropped_events", "amounts", "error",
           "era_codes")

for _name in _FIELDS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
