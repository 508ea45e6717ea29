"""The same text gives the same record whatever Python's hash seed.

A set of strings iterates in an order that changes with PYTHONHASHSEED; where such an order picks
the winner (the first office that fits a title, the domain of a story whose sport and entertainment
words tie), two runs on one text could disagree. The text is coded in two fresh interpreters with
different seeds (seeds under which the old set order gave different answers) and the outputs compared.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from accord.actors.people import load_person_base
from accord.nlp.domains import load_domain_terms, story_domain

TEXTS = [
    "The Estonian foreign minister criticised Belarus on Tuesday over the detention of two journalists.",
    "Kenyan police fired tear gas at opposition supporters marching through Mombasa, witnesses said.",
    "Peru and Ecuador signed an agreement in Lima to reopen three border crossings, officials said.",
    "President Duvalier met the Dominican ambassador in Port-au-Prince to discuss the border.",
    "Prime Minister Gandhi accused Pakistan of sheltering the gunmen who attacked the border post.",
    "The film festival opened in Cannes. The striker scored twice in the league match. "
    "The singer released an album. The Bulgarian president praised Greece for its help with the floods.",
]

# Codes TEXTS and prints, one line each, what the record says of every event and mention, then
# the office a bare title and surname picks and the domain of a story whose domains tie.
SCRIPT = """
import json, sys
from accord.actors.people import load_person_base
from accord.nlp.domains import load_domain_terms, story_domain
from accord.ingest import Article
from accord.pipeline import Pipeline

texts = json.loads(sys.stdin.read())
pipeline = Pipeline()
for coded in pipeline.code([Article(id=str(i), text=t, language="en", source="<test>") for i, t in enumerate(texts)]):
    record = coded.record or {}
    print(json.dumps([(e["cameo"], e["actor"], e["recipient"], e["trigger"], e["modality"], e["explanation"])
                      for e in record.get("events", [])], sort_keys=True))
    print(json.dumps(record.get("actors"), sort_keys=True))
people = load_person_base()
for name, role in (("Duvalier", "president"), ("Gandhi", "prime minister"), ("Deby", "president")):
    office, alone = people.titled(name, (role,))
    print(office.name, office.start, alone)
doc = pipeline.nlp("The film premiered in Venice. The midfielder joined the club. "
                   "The singer toured Asia. The referee sent him off.")
print(story_domain(doc, load_domain_terms()))
"""


def _run(seed: int) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parents[1] / "src"),
                                                        os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", SCRIPT], input=json.dumps(TEXTS), env=env,
                          capture_output=True, text=True, timeout=600, check=True)
    return done.stdout.splitlines()


def test_same_record_under_two_hash_seeds():
    first, second = _run(2), _run(3)
    assert len(first) == 2 * len(TEXTS) + 4
    assert any('"cameo"' not in line and line != "[]" for line in first)  # mentions were printed
    assert sum(line != "[]" for line in first[:2 * len(TEXTS):2]) >= 4  # events were coded
    assert first == second


def test_title_and_surname_pick_by_name_not_by_set_order():
    # Two Haitian presidents named Duvalier: with no date to choose, the office of the one first
    # by name, every run; the flag says the surname did not single out one person.
    office, alone = load_person_base().titled("Duvalier", ("president",))
    assert (office.name, office.country, alone) == ("Francois Duvalier", "HTI", False)
    # A date inside one presidency still picks that one.
    from datetime import date
    office, alone = load_person_base().titled("Duvalier", ("president",), date(1980, 5, 1))
    assert (office.name, alone) == ("Jean-Claude Duvalier", True)


def test_story_domain_tie_goes_to_the_domain_named_first(pipeline):
    terms = load_domain_terms()
    film_first = pipeline.nlp("The film premiered in Venice. The midfielder joined the club. "
                              "The singer toured Asia. The referee sent him off.")
    sport_first = pipeline.nlp("The midfielder joined the club. The film premiered in Venice. "
                               "The referee sent him off. The singer toured Asia.")
    assert story_domain(film_first, terms)[0] == "entertainment"
    assert story_domain(sport_first, terms)[0] == "sport"
    # No tie: the domain most sentences name wins wherever it is first named.
    more_sport = pipeline.nlp("The film premiered in Venice. The midfielder joined the club. "
                              "The referee sent him off. The striker scored twice.")
    assert story_domain(more_sport, terms)[0] == "sport"
