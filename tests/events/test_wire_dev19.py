"""Rules from the wire_dev_19 session (1979-1995 agency prose: the Cold War's last decade, much of
it domestic politics), each on team-written sentences (none from bench/data; other names, places
and numbers), with look-alikes that must keep their reading or stay quiet.

The era's names (Czechoslovak, the Sandinistas); forgiving a person (056); intelligence passed
to a state whose "to" phrase the parser hangs on the topic (064, the topic no recipient); a meeting
held for peace talks or a round of negotiations (046, also in a third capital); the sub-codes of
demanded reparations (1031), of ships to be protected (0234), of letting people emigrate (0243),
of seeking a settlement (027), of accusations of using chemical weapons (1124) and of incitement
(1121), of a ban on a congress lifted (0812), of a strike for a union's legalisation (1433); a
killing by burning (1823); diplomats expelled with journalists (174); a mediator accepted (038);
workers placed by the town of their workplace; strikers of a labour strike are no sport; the dead of a fight already told ("died in the
fighting") are no event of their own; an act set aside by "rather than" or "instead of" is not
done; a clause of time the parser made the root; the kidnappers "of" their hostages are not of the
hostages' state; a mediator "in the chair" is no party to talks; troops crossing out of a country
and an intervention ended (0874); a head of state or church wounded (185); a Portuguese name
particle read as a verb ("dos Santos").
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Forgiving a person (056), by the parser's own past-tense lemma.
    ("Pope John Paul II forgave the Spanish priest who had attacked him with a bayonet at Fatima, "
     "the Vatican said on Sunday.", "056", {"VAT"}, {"ESP"}),
    # Intelligence passed to a state, the "to" phrase hung on the topic (064); the topic is no recipient.
    ("Britain passed radar intelligence on Argentine air force movements to Chile during the war in the "
     "South Atlantic, officials in London said.", "064", {"GBR"}, {"CHL"}),
    # A meeting held for peace talks, or for a new round of negotiations, is negotiation (046).
    ("President Alfredo Cristiani met rebel commanders in the Salvadoran town of Chalatenango on Friday for the first "
     "peace talks of the year.", "046", {"SLV"}, {"SLV"}),
    ("Syrian and Israeli negotiators met in Geneva on Monday for a new round of peace talks, a U.S. "
     "official said.", "046", {"SYR", "ISR"}, set()),
    # Reparations demanded are economic aid demanded (1031), not a return (1053).
    ("Kuwait demanded on Tuesday that Iraq pay compensation for the oil wells its troops set on fire, "
     "the Kuwaiti news agency KUNA said.", "1031", {"KWT"}, {"IRQ"}),
    # Ships to be protected by the state asked: an appeal for military protection (0234).
    ("Saudi Arabia asked Britain to protect its tankers in the Gulf from Iranian gunboats, shipping "
     "sources said.", "0234", {"SAU"}, {"GBR"}),
    # Letting people emigrate is a right (0243), not outsiders let in (0255).
    ("The Dutch foreign minister urged Romania on Monday to let thousands of ethnic Germans emigrate.",
     "0243", {"NLD"}, {"ROU"}),
    # Seeking a peaceful settlement of a dispute (027).
    ("The Organisation of African Unity appealed to Ethiopia and Somalia to seek a peaceful settlement "
     "of their border dispute.", "027", {"IGOOAU"}, {"ETH", "SOM"}),
    # Accused of using chemical weapons: war crimes (1124); of inciting riots: a crime (1121).
    ("Iraq accused Iran on Saturday of using chemical weapons against its soldiers near Mehran, the "
     "official Iraqi News Agency said.", "1124", {"IRQ"}, {"IRN"}),
    ("Burma's military government accused Aung San Suu Kyi of inciting the unrest in Rangoon, state "
     "radio said.", "1121", {"MMR"}, {"MMR"}),
    # A ban on a congress lifted is a ban on a party eased (0812).
    ("The Kenyan government lifted its ban on the Pan Africanist Congress on Thursday.", "0812",
     {"KEN"}, {"KEN"}),
    # Troops crossing out of a country, and an intervention ended: a military retreat (0874).
    ("The last Vietnamese troops crossed the border out of Cambodia on Tuesday, ending a ten-year "
     "military occupation.", "0874", {"VNM"}, {"KHM"}),
    # Burned to death by a mob: a killing by physical assault (1823), not a riot.
    ("A crowd of villagers beat and burned to death a police informer near Durban, police said on "
     "Tuesday.", "1823", {"ZAF"}, {"ZAF"}),
    # Diplomats expelled with people of other callings: individuals expelled (174).
    ("France expelled 12 Soviet diplomats, journalists and trade representatives on Monday, accusing "
     "them of spying.", "174", {"FRA"}, {"RUS"}),
    # A mediator accepted (038), with "as mediator in ceasefire talks" misread as a clause.
    ("The Guatemalan government accepted Bishop Rodolfo Quezada as mediator in ceasefire talks with the "
     "leftist rebels.", "038", {"GTM"}, {"GTM"}),
    # A strike for the legalisation of a union is a strike for rights (1433); the workers are placed
    # by the town of their workplace, and the strikers are no football forwards.
    ("Workers at the shipyard in Szczecin went on strike on Tuesday demanding the legalisation of "
     "independent unions, a spokesman for the strikers said.", "1433", {"POL"}, {"POL"}),
    # A head of state or church shot and wounded: an attempt on his life (185).
    ("A Sikh gunman shot and seriously wounded President Zail Singh at a rally in New Delhi on Friday.",
     "185", {"IND"}, {"IND"}),
])
def test_full_code(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # The era's names: Czechoslovak (CZE), the Sandinistas (NIC).
    ("Czechoslovak police arrested 30 dissidents on Saturday, the official news agency CTK said.", "17",
     {"CZE"}, {"CZE"}),
    ("The Honduran president urged the Sandinistas on Tuesday to free political prisoners.", "02",
     {"HND"}, {"NIC"}),
    # A clause of time the parser made the root: the main act is coded, the clause of time is not.
    ("The Chilean junta closed the opposition newspaper Fortin Mapocho indefinitely on Friday, a day after "
     "the U.S. Senate approved 20 million dollars in loans for Chile.", "17", {"CHL"}, {"CHL"}),
    # The kidnappers of Britons in Beirut are placed by Beirut, not by their hostages.
    ("The British foreign secretary appealed to the kidnappers of two Britons in Beirut to release them.",
     "02", {"GBR"}, {"LBN"}),
    # A mediator in the chair is no party to the talks (joint, no recipient).
    ("Negotiators from Ethiopia and Eritrea resumed talks in Algiers on Monday on the border, with "
     "Algerian mediator Ahmed Ouyahia in the chair.", "04", {"ETH", "ERI"}, set()),
    # A name particle read as a verb: the signer is found, and the accord is domestic.
    ("Mozambican President Joaquim Alberto Chissano and Renamo leader Afonso Dhlakama signed a peace "
     "accord in Rome on Sunday, ending the civil war.", "05", {"MOZ"}, {"MOZ"}),
])
def test_root_and_dyad(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, root=True), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Hiding chemical weapons is no war crime accused (112 stays).
    ("The United States accused Libya on Monday of hiding chemical weapons from international "
     "inspectors.", "112", {"USA"}, {"LBY"}),
    # Letting inspectors in stays international involvement (0255).
    ("The Security Council urged Iraq to let U.N. inspectors into its presidential sites.", "0255",
     {"IGOUNO"}, {"IRQ"}),
    # A meeting for talks of no negotiating kind stays a meeting (040 at home).
    ("Chancellor Helmut Kohl met union leaders in Bonn on Tuesday for talks on unemployment.", "040",
     {"DEU"}, {"DEU"}),
    # A ban on a newspaper lifted stays a ban on the media eased (0811).
    ("The government lifted its ban on the opposition newspaper Ya Basta in Kenya on Monday.", "0811",
     {"KEN"}, {"KEN"}),
    # A soldier wounded is force, not an attempt on a leader's life.
    ("A sniper wounded two Serbian soldiers near Sarajevo on Monday, U.N. officials said.", "190",
     {"BIH"}, {"SRB"}),
    # A debt forgiven stays aid (071), not a person forgiven.
    ("Canada forgave Bolivia's debt on Monday.", "071", {"CAN"}, {"BOL"}),
    # Diplomats alone expelled stay a cut of ties (161).
    ("Moscow expelled four British diplomats on Friday, accusing them of espionage.", "161", {"RUS"}, {"GBR"}),
    # A march for the legalisation of a drug is no rights protest (141 stays).
    ("Thousands of students marched in Montevideo on Saturday demanding the legalisation of cannabis.", "141",
     {"URY"}, {"URY"}),
    # Rioters burning shops stay a riot (145).
    ("Rioters burned shops and cars in Soweto on Monday.", "145", {"ZAF"}, {"ZAF"}),
    # Troops crossing into a country still invade it.
    ("Iraqi troops crossed into Kuwait before dawn on Thursday.", "19", {"IRQ"}, {"KWT"}),
])
def test_look_alikes_keep_their_code(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=len(code) > 2, root=len(code) == 2), dyads(record)


@pytest.mark.parametrize("text, quiet_code", [
    # The dead of a fight already told are no event of their own.
    ("Rebel forces clashed with the army near Huambo on Sunday, and 12 people died in the fighting, "
     "Angolan radio said.", "190"),
    # An act set aside by "rather than" / "instead of" is not done.
    ("Western diplomats said the Syrian army appeared to be digging trenches near the Golan for a long stay "
     "rather than preparing to attack.", "1"),
    ("Egypt's president said Cairo would seek a settlement rather than bomb the Libyan border posts.", "1"),
    ("Diplomats said the Libyan forces seemed to be regrouping in the north instead of attacking the "
     "capital.", "19"),
])
def test_no_such_event(code_text, text, quiet_code):
    record = code_text(text)
    assert not has_asserted_code(record, quiet_code), dyads(record)


def test_the_clause_of_time_made_root_is_no_event(code_text):
    # (the model makes "approved" the root and "closed" its complement; the repair gives the root back)
    record = code_text("The Chilean junta closed the opposition newspaper Fortin Mapocho indefinitely on Friday, a "
                       "day after the U.S. Senate approved 20 million dollars in loans for Chile.")
    assert not has_asserted_code(record, "07"), dyads(record)


def test_a_newspaper_shut_without_a_particle(code_text):
    record = code_text("Chile's military government shut the opposition newspaper El Siglo on Monday.")
    assert has_asserted(record, "1721", {"CHL"}, {"CHL"}, exact=True), dyads(record)


def test_the_fight_itself_is_still_coded(code_text):
    # (beside the toll left out above, the clash stays)
    record = code_text("Rebel forces clashed with the army near Huambo on Sunday, and 12 people died in the fighting, "
                       "Angolan radio said.")
    assert has_asserted(record, "193", {"AGO"}, {"AGO"}, exact=True), dyads(record)


def test_the_dead_of_a_war_named_alone_keep_their_event(code_text):
    # Without a fight told in the sentence, dying in "the fighting" keeps its code.
    record = code_text("Twelve people died in the fighting near Huambo on Sunday, Angolan radio said.")
    assert has_asserted_code(record, "19"), dyads(record)


def test_a_preference_with_rather_than_keeps_what_was_done(code_text):
    # The act done stays; only what "rather than" sets aside is dropped.
    record = code_text("Kenyan police fired tear gas rather than live rounds at protesters in Nairobi on Monday.")
    assert has_asserted(record, "17", {"KEN"}, {"KEN"}, root=True), dyads(record)
