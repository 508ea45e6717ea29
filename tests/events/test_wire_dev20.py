"""Economic statecraft frames found short on wire_dev_20 (thirty-second session, helper wt-dev33),
tested on sentences of the helper's own (other names, places and numbers than the set's):

- a trade case brought "at the WTO" is a lawsuit (115), and a complaint or case whose only named
  party is the body qualifying it ("a WTO case against Brazil") is aimed at whom it is against,
  the body being only its forum;
- a state's seizure of a yacht is a confiscation (1711), as is a state's seizing control of a
  firm, a bank or a company's unit, while seizing control of a town stays 192; a seized
  supertanker is property seized (171), like any tanker.
"""

from __future__ import annotations

from eventkit import full_code_tests, probe_tests

EVENTS = [
    ("Japan launched a case at the World Trade Organization against South Korea on Monday over its curbs on chemical exports.",
     [("115", {"JPN"}, {"KOR"})]),
    ("Canada launched a WTO case against Brazil on Friday over subsidies to its regional jet maker, the trade ministry said.",
     [("115", {"CAN"}, {"BRA"})]),
    ("Mexico brought a case before an international tribunal against Guatemala over cement duties.",
     [("115", {"MEX"}, {"GTM"})]),
    ("The U.S. Treasury seized the superyacht of a sanctioned Russian businessman in a Spanish port on Monday.",
     [("1711", {"USA"}, {"RUS"})]),
    ("Venezuela seized control of the local unit of a U.S. oil company on Tuesday, the energy ministry said.",
     [("1711", {"VEN"}, {"USA"})]),
    ("Greek coastguards seized a Turkish-flagged supertanker off Crete, the shipping ministry said.",
     [("1711", {"GRC"}, {"TUR"})]),
    ("Hungary's banking regulator seized control of a troubled Austrian-owned lender on Wednesday.",
     [("1711", {"HUN"}, {"AUT"})]),
]

# Look-alikes that must keep their own code or stay quiet.
KEEPS = [
    # seizing control of ground is still an occupation
    ("Congolese rebels seized control of the town of Kindu on Sunday.", "192", {"COD"}, None),
    # a condemned act's doer stays the recipient though the act is "against" someone
    ("Iran condemned the Israeli strikes against Gaza on Saturday.", "111", {"IRN"}, {"ISR"}),
    # a WTO case against nobody named keeps the body it is brought to
    ("Canada launched a WTO case on Friday over aircraft subsidies.", "115", {"CAN"}, {"IGOWTO"}),
]

QUIET = [
    "Two European carmakers launched a case at a commercial court in Paris against each other over a patent.",
    "A Greek shipping family sold its superyacht to a Dubai-based buyer for 40 million euros.",
]

test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, {})


test_full_codes, test_look_alikes_keep_their_code = full_code_tests(EVENTS, KEEPS)
