"""Full-code rules from the tuning sentences right at root and dyad but wrong at full code
(thirty-second session, helper wt-fulltune32). Every sentence is the helper's own, with other
states, names and places than the tuning sentence that showed the cause; each rule has sentences
it must change and look-alikes that must keep their code.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from accord.events.aim_phrase import request_content
from eventkit import dyads, has_asserted, has_asserted_code


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Outside forces let onto one's bases, promised or asked for: military cooperation (0312, 0212),
    # as refusing it already was (1212) and as "offered to let U.S. forces use an air base" is.
    ("Portugal agreed to let American forces use two more air bases in the Azores, the Portuguese foreign "
     "ministry said on Tuesday.", "0312", {"PRT"}, {"USA"}),
    ("Estonia urged Finland to let allied warplanes use its northern air bases.", "0212", {"EST"}, {"FIN"}),
    # A tribunal's or commission's ruling on a dispute accepted: intent to settle it (037).
    ("Peru agreed in principle to accept an international tribunal's ruling on its disputed maritime border "
     "with Chile, diplomats in Lima said.", "037", {"PER"}, {"CHL"}),
    # An antitrust inquiry over "abuse of its dominant position" is an inquiry into a crime (091).
    ("The European Commission opened an antitrust investigation into Telefonica on Monday over suspected "
     "abuse of its dominant position in Spain.", "091", {"IGOEECCOM"}, {"ESP"}),
    # What an appeal asks, with its day between the request and the infinitive (0211, 0253).
    ("Venezuela made a fresh appeal to Spain, Italy and Portugal on Wednesday to keep its oil trade flowing "
     "in the face of new U.S. sanctions, the foreign minister said.", "0211", {"VEN"}, {"ESP", "ITA", "PRT"}),
    ("Venezuela made a fresh appeal to Spain on Wednesday to free three jailed oil executives.",
     "0253", {"VEN"}, {"ESP"}),
    # A clause of time misparsed as a conjunct is no aim of the riot: plain rioting (145).
    ("Opposition supporters burned shops and fought running battles with police in Lusaka's Kanyama township "
     "on Tuesday, a day after President Edgar Lungu was declared the winner of the election.",
     "145", {"ZMB"}, {"ZMB"}),
    ("Opposition supporters looted shops and fought running battles with police in Harare's Mbare district "
     "on Sunday, a day after President Emmerson Mnangagwa was declared the winner of the election.",
     "145", {"ZWE"}, {"ZWE"}),
    # A ruler asked to leave the country or office: a change in leadership (1231, 0241).
    ("Managua brushed aside American demands that Daniel Ortega leave the country, saying the president "
     "would stay.", "1231", {"NIC"}, {"USA"}),
    ("Washington urged the Gambian military junta to leave office.", "0241", {"USA"}, {"GMB"}),
    # Changes to a court undone: a change of institutions demanded (1044).
    ("The Council of Europe demanded that Hungary reverse changes to its constitutional court.",
     "1044", {"IGOCOE"}, {"HUN"}),
    # Aid whose kind the participle of what was flown in names: humanitarian aid (073).
    ("Italy rushed aid to flood-hit eastern Libya on Tuesday, flying in a rescue team and relief supplies "
     "worth two million euros.", "073", {"ITA"}, {"LBY"}),
    ("Canada rushed aid to storm-hit southern Haiti on Saturday, flying in medicine, tents and water purifiers.",
     "073", {"CAN"}, {"HTI"}),
    # An apposition the parser hangs as a second object describes a party, not the accusation (112).
    ("Uganda accused South Sudan of sheltering the Lord's Resistance Army, a rebel group blamed for massacres "
     "and war crimes across the region.", "112", {"UGA"}, {"SSD"}),
    # Working together "to" do something says in what: economic cooperation promised (0311).
    ("India is ready to work with Vietnam to expand trade and investment, the Indian commerce minister told "
     "his Vietnamese counterpart.", "0311", {"IND"}, {"VNM"}),
])
def test_full_code_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Monitors let onto a base stay international involvement (0355).
    ("Portugal agreed to let United Nations monitors use an air base in the Azores, the foreign ministry said.",
     "0355", {"PRT"}, {"IGOUNO"}),
    # Observers accepted on a border are no ruling accepted (0355).
    ("Peru agreed to accept international observers on its border with Chile.", "0355", {"PER"}, {"CHL"}),
    # An inquiry into the abuse of detainees stays one into rights abuses (092).
    ("Spanish prosecutors opened an investigation into Telefonica over suspected abuse of detainees at a "
     "company site.", "092", {"ESP"}, {"ESP"}),
    # A riot to demand the president's resignation keeps its aim (1451), whether the aim is a purpose
    # participle or a conjoined demand.
    ("Opposition supporters burned shops and fought running battles with police in Harare's Mbare district "
     "on Sunday, demanding the resignation of President Emmerson Mnangagwa.", "1451", {"ZWE"}, {"ZWE"}),
    ("Opposition supporters burned shops in Harare's Mbare district on Sunday and demanded the resignation "
     "of President Emmerson Mnangagwa.", "1451", {"ZWE"}, {"ZWE"}),
    # A minister flown in names no kind of aid: the aid stays unspecified (070).
    ("Italy rushed aid to flood-hit eastern Libya on Tuesday, flying in its foreign minister for talks with "
     "local officials.", "070", {"ITA"}, {"LBY"}),
    # War crimes the accusation itself names keep their code (1124).
    ("Kenya accused Somalia of war crimes, including the massacre of civilians in Gedo.", "1124", {"KEN"}, {"SOM"}),
    # Working closely with a government, no field named, stays unspecified cooperation (030).
    ("Australia said it would work closely with the new government in Fiji.", "030", {"AUS"}, {"FJI"}),
    # Changes to a pension law undone stay a change of policy (1042).
    ("The Council of Europe demanded that Hungary reverse changes to its pension law.",
     "1042", {"IGOCOE"}, {"HUN"}),
])
def test_full_code_look_alikes_keep_their_code(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # Foreign troops or a journalist asked to leave the country are no change in leadership.
    ("Managua brushed aside American demands that Russian troops leave the country.", "1231"),
    ("Kenya rejected Ugandan demands that the journalist Peter Mwangi leave the country.", "1231"),
    ("Washington urged the Nigerian troops to leave the country.", "0241"),
])
def test_full_code_look_alikes_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)


VOCAB = spacy.blank("en").vocab  # (with the lexical attributes, so a word's lower case is read)


def _appeal(between: list[tuple[str, str, int, str]]) -> Doc:
    """"Iran made an appeal to Spain <between> to keep trade", parsed by hand: (word, dep, head,
    entity) for the words between the request's phrase and the infinitive, which hang on "made"."""
    words = ["Iran", "made", "an", "appeal", "to", "Spain"]
    heads = [1, 1, 3, 1, 3, 4]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"]
    ents = ["B-GPE", "O", "O", "O", "O", "B-GPE"]
    for word, dep, head, ent in between:
        words.append(word)
        heads.append(head)
        deps.append(dep)
        ents.append(ent)
    start = len(words)
    words += ["to", "keep", "trade"]
    heads += [start + 1, 1, start + 1]
    deps += ["aux", "advcl", "dobj"]
    ents += ["O", "O", "O"]
    tags = ["VB" if w == "keep" else "NN" for w in words]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, ents=ents, tags=tags, lemmas=[w.lower() for w in words])


def test_request_content_across_a_date():
    doc = _appeal([("on", "prep", 1, "O"), ("Monday", "pobj", 6, "B-DATE")])
    assert request_content(doc[1], doc[9])


def test_request_content_not_across_another_phrase():
    # (a phrase that is no date between the request and the infinitive: the infinitive may be the
    # purpose of the act, so it is not read as what the request asks)
    doc = _appeal([("at", "prep", 1, "O"), ("talks", "pobj", 6, "O")])
    assert not request_content(doc[1], doc[9])


def test_request_content_right_after_the_request():
    doc = _appeal([])
    assert request_content(doc[1], doc[7])
