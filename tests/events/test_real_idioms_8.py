"""What is done in real news, round 8 (fourteenth session): the acts of BBC politics and business
copy that had no frame. Proceedings begun or opened against someone and a ruling challenged are
a case brought (115); a finding of guilt or liability is 116; union members voting to strike is
the strike called (143); a cool reception from someone is disapproval (110); contracts or
licences revoked are an administrative sanction (172); asylum seekers returned are deported
(174); an order that contracts be examined is an inquiry (090); a verdict of "worthless" on an
actor's plan, or any verdict on a tax plan or budget, is criticism (111). Team-written sentences;
each row of the first table failed before. Sentences with the same words that tell no such act
must stay silent."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Proceedings begun or opened against someone: a case brought (codebook 115).
    ("France's market regulator has begun proceedings against the Italian bank Unicredit.", "115", {"FRA"}, {"ITA"}),
    # Governments challenging a ruling of a named body take it to court (115).
    ("The Greek and Cypriot governments are challenging a European Commission ruling on the name.", "115",
     {"GRC", "CYP"}, {"IGOEECCOM"}),
    # A party found guilty or liable by a court (116, like "convicted"; the passive).
    ("The Russian oil firm was found liable by a Dutch court.", "116", {"NLD"}, {"RUS"}),
    # Workers voting to strike (143).
    ("Nurses in Kenya have voted to strike over unpaid wages.", "143", {"KEN"}, {"KEN"}),
    # A cool or frosty reception from someone: disapproval by whoever gave it (110).
    ("The plan met a frosty reception from the Spanish government.", "110", {"ESP"}, set()),
    # Contracts or licences revoked: an administrative sanction (172).
    ("Indonesia revoked the mining contracts of an Australian company.", "172", {"IDN"}, {"AUS"}),
    ("The Nigerian government revoked the operating licence of the Chinese firm.", "172", {"NGA"}, {"CHN"}),
    # Asylum seekers or migrants returned: deported (174), not released.
    ("Germany returned hundreds of asylum seekers to Serbia last year.", "174", {"DEU"}, None),
    # Ordering contracts to be examined or investigated: an inquiry (090).
    ("President Evo Morales ordered all gas contracts with foreign firms to be examined.", "090", {"BOL"}, None),
    ("Kenya's president ordered the deals with Chinese firms to be investigated.", "090", {"KEN"}, None),
    # A verdict of "worthless" on an actor's plan, or a verdict on a tax plan or a budget (111).
    ("The Dutch finance minister said Belgium's budget plan was worthless.", "111", {"NLD"}, {"BEL"}),
    ("Spain's opposition said the budget was a disgrace.", "111", {"ESP"}, None),
])
def test_what_is_done_coded(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=True)


@pytest.mark.parametrize("text, root", [
    # A sports verdict stays a comment.
    ("The manager said the referee's decision was ridiculous.", "11"),
    # A decision of a referee or a club is no court ruling.
    ("The club challenged the referee's decision.", "11"),
    # A warm reception is no disapproval.
    ("The film met a warm reception from critics in Cannes.", "11"),
    # A jury finding lyrics offensive convicts nobody.
    ("The jury found the song's lyrics offensive.", "11"),
    # Shareholders voting for a merger strike nobody.
    ("Shareholders voted to approve the merger.", "14"),
    # A band returning to a country deports nobody.
    ("The band returned to Albania for a concert.", "17"),
    # A studio revoking an actor's contract sanctions no political actor.
    ("The studio revoked the actor's contract after the scandal.", "17"),
])
def test_same_words_elsewhere_stay_silent(code_text, text, root):
    record = code_text(text)
    assert not any(e["cameo"].startswith(root) for e in record["events"]), dyads(record)
