"""Wire body sentences, probe 24: team-written sentences from West Africa, the Andes, Central
Asia, the Caucasus, Southeast Asia, the Pacific, the Balkans and the Gulf. The first table failed
before this round: a list of states the parser reads as a state with an apposition ("Saudi
Arabia, the United Arab Emirates, Bahrain and Egypt") acts as all of them; whom an "on charges
of ..." phrase names is no party to a sentence or an arrest; blocking the start of talks is a
rejection (120), not the talks; "declared X persona non grata" read as a clause of "persona" is
161. The second table holds near-misses that must keep their code and dyad."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, code, actor, recipient", [
    ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic ties with Qatar, "
     "accusing it of supporting terrorism, state news agencies reported on Monday.",
     "161", {"SAU", "ARE", "BHR", "EGY"}, {"QAT"}),
    ("Bahrain sentenced 12 people to death on charges of forming a terrorist cell with links to Iran's "
     "Revolutionary Guards, the public prosecutor said in a statement.", "116", {"BHR"}, {"BHR"}),
    ("Bulgaria blocked the start of North Macedonia's membership talks with the European Union over a "
     "dispute about language and history, the foreign minister said.", "120", {"BGR"}, {"MKD"}),
])
def test_fixed(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert len(record["events"]) == 1, dyads(record)
    assert_some_event(record, code, actor, recipient, exact=True)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A list parsed as plain conjuncts, and a state with a true apposition.
    ("Kyrgyz and Tajik border guards exchanged fire near a disputed water facility on Thursday, killing "
     "at least two people, officials from both countries said.", "19", {"KGZ", "TJK"}, set()),
    ("Oman's sultan received the Iranian foreign minister in Muscat on Sunday and discussed regional "
     "developments, the state news agency said in a brief statement.", "043", {"OMN"}, {"IRN"}),
    # The charge names nobody else; the arrested are foreigners: they stay the target.
    ("Kosovo police arrested a Serbian police officer near the border on suspicion of war crimes, the "
     "interior minister said in a post on Facebook on Monday.", "173", {"XKX"}, {"SRB"}),
    ("Sri Lanka's navy arrested 12 Indian fishermen for illegally fishing in its waters off the northern "
     "coast, a navy spokesman said on Saturday.", "173", {"LKA"}, {"IND"}),
    ("Myanmar's military government sentenced Aung San Suu Kyi, the country's ousted leader, to four years "
     "in prison for incitement and breaching coronavirus rules, a junta spokesman said.", "116", {"MMR"}, {"MMR"}),
    # Expulsions and recalls keep their dyad.
    ("Montenegro expelled the Serbian ambassador, Vladimir Bozovic, on Saturday over remarks in which he "
     "described the country's 1918 union with Serbia as liberation, the government said.", "16", {"MNE"}, {"SRB"}),
    ("Senegal recalled its ambassador to Mali on Thursday after Malian soldiers detained three Senegalese "
     "nationals near the border, the foreign ministry in Dakar said in a statement.", "161", {"SEN"}, {"MLI"}),
    # Welcoming a decision to open talks is approval, not the talks.
    ("Albania and North Macedonia welcomed the decision by European Union leaders to open accession talks "
     "with the two countries, their foreign ministries said in statements.", "051", {"ALB", "MKD"}, {"IGOEEC"}),
])
def test_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert_some_event(record, code, actor, recipient)
