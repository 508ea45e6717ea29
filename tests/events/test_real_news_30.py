"""Real-news misses, thirtieth session (helper wt-real30): a verdict in reported speech whose
clause the coder could not read. Three general readings of the reported clause: a word the
tokenizer split at its hyphen counts whole ("was 'ill-judged'", "had over-reacted"), a participle
the parser reads as a passive says what its subject is ("the plan was misguided"), and a clause of
the speaker's own opinion ("I believe ...", "he thought ...") or of what evidence shows ("the
inquiry proved that ...") is read through to the clause it governs. The helper's own sentences,
none from bench/data; each reading has look-alikes that must stay quiet."""

from __future__ import annotations

import pytest

from eventkit import asserted, dyads, has_asserted


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A hyphenated verdict after "be", in quotes or not.
    ("Norway's prime minister said Russia's decision to expel the diplomats was \"short-sighted\".",
     "111", {"NOR"}, {"RUS"}),
    ("The Irish foreign minister said the British government's handling of the border talks had been "
     "\"ill-judged\".", "111", {"IRL"}, {"GBR"}),
    # A verdict participle the parser takes for a passive.
    ("The Polish president said the German plan was misguided.", "111", {"POL"}, {"DEU"}),
    # A hyphenated verb of fault in the reported clause, under the speaker's own opinion.
    ("Greece's foreign minister said: \"I believe Turkey has over-reacted.\"", "111", {"GRC"}, {"TUR"}),
    ("The Greek foreign minister said he thought Turkey had over-reacted to the naval exercise.",
     "111", {"GRC"}, {"TUR"}),
    # What the speaker says the evidence shows is the speaker's accusation.
    ("Lithuania's defence minister said the evidence showed that Belarus was responsible for the cyber attack.",
     "112", {"LTU"}, {"BLR"}),
    ("The Estonian president said the investigation had proved that Russia was behind the sabotage of the cable.",
     "112", {"EST"}, {"RUS"}),
])
def test_verdict_in_reported_clause(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text", [
    # Evidence that did not show it is no accusation.
    "Lithuania's defence minister said the evidence did not show that Belarus was responsible for the outage.",
    # Others' opinion, not the speaker's: the clause under "analysts think" is not read through.
    "The Dutch foreign minister said many analysts think Iran has over-reacted.",
    # A hyphenated word or a passive that is no verdict.
    "The Kenyan minister said the Ugandan delegation was well-prepared.",
    "The Chilean minister said the Argentine plan was published on Monday.",
    # An opinion or a finding of good conduct.
    "The Spanish prime minister said he believed Morocco had been patient.",
    "The Latvian president said the evidence showed that Estonia had acted lawfully.",
])
def test_reported_clause_that_is_no_verdict(code_text, text):
    record = code_text(text)
    assert not [e for e in asserted(record) if e["cameo"].startswith("11")], dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # An organisation named in full, then by the last word of its name alone.
    ("The European Commission opened an inquiry into the merger on Monday. Two days later the Commission "
     "accused the two telecoms firms of abusing their dominant position.", "112", {"IGO"}, None),
    ("The Arab League met in Cairo on Sunday. The League condemned the Israeli strikes on Lebanon.",
     "111", {"IGO"}, {"ISR"}),
])
def test_organisation_named_again_by_its_head(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text", [
    # A name of its own that begins with the same word is another body.
    "The European Commission opened an inquiry into the merger. The Commission for Rural Water Supply criticised "
    "the Kenyan police.",
    # Two banks named before: "the Bank" is neither.
    "Deutsche Bank and the Asian Development Bank signed a loan deal. The Bank criticised the Philippine government.",
    # Nothing named in full before.
    "The Commission criticised the Philippine government.",
])
def test_head_word_without_one_organisation_before(code_text, text):
    record = code_text(text)
    assert not any(a["code"].startswith("IGO") or a["code"] == "DEU" for e in asserted(record)
                   if e["cameo"].startswith("11") for a in e["actor"]), dyads(record)


@pytest.mark.parametrize("text, actor", [
    # Advice to step down is an appeal for a change in leadership (0241), as "urged" is; the
    # resignation it asks for is not told as done. (Encouragement already was, by the act it governs.)
    ("A Kenyan opposition leader advised the interior minister to step down.", {"KEN"}),
    ("Kenya's opposition leader encouraged the interior minister to resign over the scandal.", {"KEN"}),
])
def test_advice_to_resign_is_an_appeal(code_text, text, actor):
    record = code_text(text)
    assert has_asserted(record, "0241", actor), dyads(record)
    assert not any(e["cameo"].startswith("083") for e in asserted(record)), dyads(record)


def test_other_advice_is_no_appeal_for_a_leadership_change(code_text):
    # A doctor's advice to rest asks for no change in leadership.
    record = code_text("The doctor advised the Kenyan president to rest for a week.")
    assert not any(e["cameo"].startswith("024") for e in asserted(record)), dyads(record)


@pytest.mark.parametrize("text, actor, recipient", [
    # A verdict whose only party was the speaker's own country for want of another takes the party
    # that what it is about names ("saying: 'I am opposed to ... even in France'").
    ("Archbishop Tutu condemned the new rules, saying: \"I am opposed to any detention without charge that is "
     "taking place, even in France.\"", {"ZAF"}, {"FRA"}),
    ("The Dalai Lama condemned the new rules, saying: \"I am opposed to any detention without charge that is "
     "taking place, even in France.\"", {"CHN"}, {"FRA"}),
    ("Pope Francis criticised the laws, saying: \"I am opposed to any arbitrary detention that is happening, "
     "even in Italy.\"", {"VAT"}, {"ITA"}),
    # A party the verdict names itself is kept, though its topic names another.
    ("The Kenyan president criticised the police for attacking Ugandan traders.", {"KEN"}, {"KEN"}),
])
def test_verdict_aimed_where_its_topic_says(code_text, text, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, "111", actor, recipient), dyads(record)
