"""The thirty-fifth session's rules for long body sentences on Russia and its neighbours (helper
wt-dev37, from the misses on `wire_dev_23`), each on sentences of the helper's own, with look-alikes
that must keep their code or stay quiet."""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A two-object verb whose objects the model both labels dobj: the second is what is given
    # ("gave the garrison an ultimatum" is an ultimatum, not forces shown).
    ("The Serbian army command gave the Croatian garrison in Vukovar an ultimatum to lay down its weapons by noon.",
     "139", {"SRB"}, {"HRV"}),
    ("Georgian police handed the Abkhaz militia an ultimatum to leave the gorge within two days.",
     "139", {"GEO"}, {"GEO"}),
    # Foreign troops that take over the guarding of a site provide military protection, not an occupation.
    ("French marines took over the protection of the port in Djibouti on Monday, the French defence ministry said.",
     "074", {"FRA"}, {"DJI"}),
    ("Turkish soldiers took over the protection of the airport in Kabul after the Afghan army withdrew.",
     "074", {"TUR"}, {"AFG"}),
    # "a squadron of tanks" is tanks sent (military aid; promised, 0332).
    ("Canada will send Latvia a squadron of Leopard tanks along with their crews, the defence minister said.",
     "0332", {"CAN"}, {"LVA"}),
    ("Poland sent Ukraine a squadron of T-72 tanks last month.", "072", {"POL"}, {"UKR"}),
    # "the bloc" refers back to the union named before, also when the model tags it a proper noun.
    ("EU foreign ministers said the bloc would suspend its visa deal with Belarus.", "13", {"IGOEEC"}, {"BLR"}),
    ("European Union foreign ministers said the bloc was ready to ease its sanctions on Minsk if the vote was fair.",
     "0354", {"IGOEEC"}, {"BLR"}),
    # Drills held near a front line whose phrase hangs on a participle aim at the other side.
    ("Armenia held large military drills involving thousands of soldiers near the line of contact on Friday.",
     "150", {"ARM"}, {"AZE"}),
    # A government named by its seat, whose "in" phrase the parser hangs on the verb.
    ("The Turkish foreign minister urged the government in Baku and the Armenian leaders to resume talks.",
     "026", {"TUR"}, {"AZE", "ARM"}),
    # People "at" a body act for it: the court's judges authorise the court's prosecutor.
    ("Judges at the International Criminal Court authorised the prosecutor to investigate alleged war crimes "
     "committed in Darfur.", "094", {"IGOICC"}, {"SDN"}),
    # Goods whose participle names their giver ("promised by", "pledged by") come from it.
    ("Forty armoured howitzers pledged by Norway reached Lithuania on Sunday, the Lithuanian army said.",
     "072", {"NOR"}, {"LTU"}),
    ("The Patriot missiles supplied by the United States arrived in Poland on Monday.", "072", {"USA"}, {"POL"}),
    # Maps of minefields handed over are information shared.
    ("Croatia handed over maps of the minefields along the old front line to Serbia on Monday.",
     "064", {"HRV"}, {"SRB"}),
    # An inquiry into abuses committed during a state's invasion or occupation looks at that state.
    ("The U.N. Human Rights Council voted in Geneva to set up an independent commission of inquiry into human "
     "rights abuses committed during Iraq's occupation of Kuwait.", "092", {"IGOUNOHRC"}, {"IRQ"}),
    ("The United Nations opened an inquiry into killings committed during the Indonesian occupation of East Timor.",
     "09", {"IGOUNO"}, {"IDN"}),
    # Aid let through "to reach" someone goes to them, not to whose trucks carry it.
    ("Israel allowed a convoy of U.N. trucks loaded with food to reach the Palestinians of northern Gaza on Sunday.",
     "0863", {"ISR"}, {"PSE"}),
    # Interior ministry troops are a police force: deploying them shows police power.
    ("The Georgian government sent interior ministry troops to the village on Friday.", "153", {"GEO"}, {"GEO"}),
    # A warning that a state "would respond" names no means: a threat not specified (130) ...
    ("The Kremlin warned that Russia would respond to Finland's decision to join NATO.", "130", {"RUS"}, {"FIN"}),
    # A subject after a fronted phrase that the parser hangs as an apposition on that phrase's last name.
    ("In a message to President Aliyev, the U.N. human rights chief, Michelle Bachelet, urged the Azerbaijani "
     "authorities to release jailed journalists.", "0253", {"IGOUNO"}, {"AZE"}),
    # An appeal to let people work or campaign freely is an appeal for rights (0243).
    ("The EU urged Belarus to allow opposition parties to campaign freely before the election.",
     "0243", {"IGOEEC"}, {"BLR"}),
])
def test_post_soviet_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, by_country=False), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Drills away from any front line keep no recipient.
    ("India staged military exercises involving 20,000 troops in the Thar desert.", "150", {"IND"}, set()),
    # ... while force named, or retaliation, keeps the threat of force.
    ("The United States warned Iraq that it would respond with overwhelming force if its troops moved south.",
     "138", {"USA"}, {"IRQ"}),
    ("China warned that it would retaliate if Japan deployed missiles on the islands.", "138", {"CHN"}, {"JPN"}),
    # Letting outsiders in stays an appeal to allow international involvement.
    ("The UN urged Myanmar to let aid agencies into Rakhine state.", "0255", {"IGOUNO"}, {"MMR"}),
    # A fronted place phrase leaves the real subject alone.
    ("In Moscow, the Russian foreign minister criticised NATO's expansion.", "111", {"RUS"}, {"IGOWSTNAT"}),
    # Army troops deployed at a border stay a military build-up.
    ("Russia deployed troops along the border with Ukraine.", "154", {"RUS"}, {"UKR"}),
    # Aid let through with no one named "to reach" keeps the carrier's body.
    ("Serbia allowed an aid convoy of the Red Cross to enter the enclave on Monday.", "0863", {"SRB"}, {"NGOIRC"}),
])
def test_post_soviet_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, by_country=False), dyads(record)


def test_minsk_group_is_no_belarusian_party(code_text):
    # The OSCE's Minsk Group is the OSCE's, not the Belarusian government's.
    record = code_text("The Minsk Group co-chairs met the Armenian foreign minister in Yerevan on Monday.")
    assert record["events"], dyads(record)
    assert all("BLR" not in {a["code"][:3] for a in e["actor"] + e["recipient"]} for e in record["events"]), \
        dyads(record)


@pytest.mark.parametrize("text", [
    # Tanks captured by a state are no gift of its own; maps handed from one museum to another are no
    # state's information.
    "Tanks captured by Ukraine arrived in Kiev for a display.",
    "The museum handed over maps of the old city to the library.",
    # A tour given to visitors is no ultimatum; a firm guarding a building is no military protection.
    "The team gave the visitors a tour of the new stadium.",
    "The company took over the protection of the data centre.",
])
def test_post_soviet_quiet(code_text, text):
    assert code_text(text)["events"] == []


def test_people_of_a_republics_name_are_no_crowd(code_text):
    # "they" after "the leaders of the ... people's republics" is not a crowd of "people" placed by
    # every town of the sentence (Minsk, where the deal was agreed, gave Belarus).
    record = code_text("The leaders of the Donetsk and Luhansk people's republics said they would pull their tanks "
                       "back from the front line, as agreed in Minsk.")
    assert all("BLR" not in {a["code"][:3] for a in e["actor"] + e["recipient"]} for e in record["events"]), \
        dyads(record)
    # A crowd of people still acts where it marches.
    record = code_text("Thousands of people marched in Kiev on Sunday to demand the president's resignation.")
    assert has_asserted(record, "14", {"UKR"}, {"UKR"}, root=True), dyads(record)
