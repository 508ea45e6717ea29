"""What is done in real news, round 9 (fifteenth session): classes of verbs rather than single
phrasings. Praise of an actor ("admires", "spoke warmly of": 051); a request filed, lodged or
submitted with someone (02); an assurance that a party will honour or respect something (03);
a reported clause that says an actor lied, misled or deceived (112), or bungled, mishandled or
over-reacted (111), or that a plan breaches a rule (111), and more verdicts of "said X was ..."
(unworkable, undemocratic, discriminatory, a betrayal: 111); an actor's impartiality
questioned, an actor likened to Hitler or the Nazis, an actor cursed (111); "rounded on" and an angry reaction
(111); people shoved, punched, kicked or pepper-sprayed (182; crowds: 175); access to data
blocked (172, not a blockade); "looks forward to working with" (an intention, 03, not the
cooperation itself); a deal sealed with someone (057); loans received from someone (071; a
company's, 061), with sums written "£5m" or "$2bn". Team-written sentences; each row of the
first table failed before. Sentences with the same words that tell no such act must stay
silent."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Praise of an actor (codebook 051).
    ("Mr Lula said he greatly admires Argentina's president.", "051", {"BRA"}, {"ARG"}),
    ("The Brazilian president spoke warmly of Argentina's leader.", "051", {"BRA"}, {"ARG"}),
    ("The Kenyan president spoke highly of the Chinese investment.", "051", {"KEN"}, {"CHN"}),
    # A request filed or submitted with someone: an appeal (02).
    ("A Chilean watchdog filed a request with the Peruvian foreign ministry for the contracts.", "020",
     {"CHL"}, {"PER"}),
    ("The Polish government submitted a request to the European Commission for flood aid.", "02",
     {"POL"}, {"IGOEECCOM"}),
    # An assurance that a party will honour something: intent to cooperate (03).
    ("Egypt assured Israel that it would honour the peace treaty.", "03", {"EGY"}, {"ISR"}),
    # A reported clause saying an actor lied or misled: an accusation (112).
    ("The Dutch minister said Russia had misled the inspectors.", "112", {"NLD"}, {"RUS"}),
    ("The Bolivian minister said the Chilean company had deceived local farmers.", "112", {"BOL"}, {"CHL"}),
    # ... or bungled or mishandled something: criticism (111).
    ("Argentina's opposition said the government had bungled the debt talks.", "111", {"ARG"}, {"ARG"}),
    ("The Thai opposition claimed that the government had mishandled the floods.", "111", {"THA"}, {"THA"}),
    # Rounding on someone, an angry reaction (111).
    ("The Turkish president rounded on the European Union over the report.", "111", {"TUR"}, {"IGOEEC"}),
    ("The Indian government reacted angrily to the Pakistani statement.", "111", {"IND"}, {"PAK"}),
    ("Spain responded with scorn to the Moroccan proposal.", "111", {"ESP"}, {"MAR"}),
    ("The Austrian foreign ministry responded angrily to the Hungarian decision.", "111", {"AUT"}, {"HUN"}),
    # People shoved or punched (182), protesters pepper-sprayed (175).
    ("Supporters of the Peruvian president punched the opposition candidate in Lima.", "182", {"PER"}, None),
    ("Security guards shoved the opposition leader at the rally in Nairobi.", "182", {"KEN"}, {"KEN"}),
    ("Riot police in Lima pepper-sprayed protesters outside the congress.", "175", {"PER"}, None),
    # Access to data blocked: an administrative measure (172), not a blockade.
    ("The Kenyan campaign blocked the opposition's access to its voter data.", "172", {"KEN"}, {"KEN"}),
    # Looking forward to working with someone: an intention (03), not the cooperation.
    ("Tony Blair said he looks forward to working with the new Irish taoiseach.", "03", {"GBR"}, {"IRL"}),
    # A plan said to breach or violate a rule: criticism of the plan (111).
    ("The German minister said the Italian budget would breach EU rules.", "111", {"DEU"}, {"ITA"}),
    ("Kenya's opposition argued that the Chinese deal violated the constitution.", "111", {"KEN"}, {"CHN"}),
    # More verdicts of "said X was ...": unworkable, undemocratic, discriminatory, a betrayal (111).
    ("The Irish foreign minister said the British plan was unworkable.", "111", {"IRL"}, {"GBR"}),
    ("The Danish minister said Poland's new law was discriminatory.", "111", {"DNK"}, {"POL"}),
    ("The German chancellor said the Hungarian policy was inhumane.", "111", {"DEU"}, {"HUN"}),
    ("The Greek opposition said the budget was a betrayal.", "111", {"GRC"}, None),
    # Questioning a judge's impartiality, likening a government to the Nazis, cursing a president (111).
    ("Trump questioned the Mexican judge's impartiality.", "111", {"USA"}, {"MEX"}),
    ("The Turkish president likened the Dutch government to the Nazis.", "111", {"TUR"}, {"NLD"}),
    ("The Philippine president cursed Obama.", "111", {"PHL"}, {"USA"}),
    # A deal sealed with someone (057).
    ("The Greek government sealed a deal with China on the port.", "057", {"GRC"}, {"CHN"}),
    # A loan received from someone: the lender gives economic aid (071) ...
    ("Egypt obtained a $3bn loan from the IMF.", "071", {"IGOIMF"}, {"EGY"}),
    ("The Ghanaian government received $2bn in loans from China.", "071", {"CHN"}, {"GHA"}),
    # ... also when the sum is written "£5m" or "$2bn" (and so for aid withheld, 1622) ...
    ("Britain gave £5m to Ghana for flood relief.", "071", {"GBR"}, {"GHA"}),
    ("The US withheld $300m in military aid from Pakistan.", "1622", {"USA"}, {"PAK"}),
    # ... but a company's loan is commerce (061).
    ("The Russian oil firm received $3bn in credits from China's Sinopec.", "061", {"CHN"}, {"RUS"}),
    ("The Chinese bank Exim lent $2bn to Kenya.", "061", {"CHN"}, {"KEN"}),
])
def test_what_is_done_coded(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=len(code) > 2)


@pytest.mark.parametrize("text, root", [
    # Admiring a view praises nobody.
    ("The fans admired the view from the stadium.", "05"),
    # "lies in" is no lie.
    ("He said the answer lies in talks with Spain.", "11"),
    ("She said the future of Britain lies in Europe.", "11"),
    # Markets reacting sharply disapprove of nothing.
    ("The markets reacted sharply to the Russian decision.", "11"),
    # Players shoving or kicking on the pitch, a minister pushing a colleague to resign.
    ("The striker shoved the defender.", "18"),
    ("He kicked the ball past the goalkeeper.", "18"),
    ("The minister pushed the leader to resign.", "18"),
    # Crops sprayed with pesticide.
    ("The crew sprayed the crops with pesticide in Kenya.", "17"),
    ("The crew sprayed the crops with pesticide in Kenya.", "18"),
    # A coach's assurance to fans, a brief remark.
    ("The coach assured fans that the team would keep fighting.", "03"),
    ("The Mexican minister spoke briefly about the meeting.", "05"),
    # A coach's view of a law (no coded actor), a plan said to undermine research.
    ("The coach said the new law would undermine grassroots football.", "11"),
    ("The scientist said the plan would undermine the research.", "11"),
    # A referee's decision, a team's play, a film: no coded party.
    ("The manager said the referee's decision was a scandal.", "11"),
    ("The coach said France were arrogant in the second half.", "11"),
    ("The critic said the film was flawed but brilliant.", "11"),
    # A singer likened to Elvis, a crisis to the Depression, one's own luck cursed.
    ("The critic compared the singer to Elvis.", "11"),
    ("The historian compared the crisis to the Great Depression.", "11"),
    ("He cursed his luck after the defeat.", "11"),
    # Force ruled out against a country is no court ruling against it.
    ("India ruled out military action against Pakistan.", "11"),
    # A club's loan offer, a runner's metres, a final won.
    ("Arsenal received a loan offer from Real Madrid for the striker.", "07"),
    ("The Welsh runner finished 5 m behind the winner.", "07"),
    # A written sum given to nobody with a code is no aid.
    ("The American singer donated $5m to local charities in Ohio.", "07"),
    ("England defeated France in the final.", "12"),
])
def test_same_words_elsewhere_stay_silent(code_text, text, root):
    record = code_text(text)
    assert not any(e["cameo"].startswith(root) for e in record["events"]), dyads(record)


def test_access_to_a_crossing_blocked_stays_a_blockade(code_text):
    # The data row is narrower than the blockade row: a crossing is still obstructed (144).
    assert_some_event(code_text("Protesters blocked access to the border crossing in Kenya."), "144",
                      {"KEN"}, None, exact=True)


def test_a_court_ruling_against_a_country_stays_a_verdict(code_text):
    # The "ruled against" row now refuses the particle "out"; a court's ruling keeps 116.
    assert_some_event(code_text("The court in The Hague ruled against Kenya."), "116", {"NLD"}, {"KEN"},
                      exact=True)


def test_strikes_not_ruled_out_are_a_threat_not_an_attack(code_text):
    # "refused to rule out air strikes": the two negations cancel; the strikes are a possible
    # future act, so a threat (13x), not an attack (19x) and not a negated event. (Who the
    # strikes are aimed at is the argument reader's: checked by root only.)
    record = code_text("The Israeli premier refused to rule out air strikes against Iran.")
    roots = {e["cameo"][:2] for e in record["events"] if not e["modality"]["negated"]}
    assert "13" in roots and "19" not in roots, dyads(record)
