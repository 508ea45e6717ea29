"""Who does what to whom, eleventh session (argument and clause owner): a conjunct of an intent
verb, a gerund only weighed, an intention noun's infinitive, an offer or a promise to act, support
asked for the asker itself, what a rejected call asked, mediation left "between X and Y", "U.N."
before a field word, "the two Koreas", exiles abroad, a town's name inside another name, and gangs
and police not placed by the foreigners they seize.

Team-written sentences (not taken from any tuning or held-out set): the CAMEO code (root or
full), the actor and the recipient codes. Each failed before the change it stands for, except
those in ``test_arguments_11_unchanged``, which guard what a change must leave alone.
"""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # An intent verb ("set", "pledge") makes future only what it governs, not a verb conjoined
    # with it: a riot, not a threat of one.
    ("Rioters in Paris set fire to cars and smashed shop windows.", "145", {"FRA"}, {"FRA"}),
    ("Protesters in Lagos set fire to a police station and attacked officers.", "145", {"NGA"}, {"NGA"}),
    ("Demonstrators in Santiago set fire to a metro station and looted supermarkets.", "145", {"CHL"}, {"CHL"}),
    # The intention shown is the one its noun's infinitive names.
    ("Pakistan signalled its readiness to hold talks with India.", "036", {"PAK"}, {"IND"}),
    ("North Korea signalled its readiness to resume talks with the United States.", "036", {"PRK"}, {"USA"}),
    ("Iran expressed willingness to free the detained British sailors.", "0353", {"IRN"}, {"GBR"}),
    ("Turkey voiced readiness to host peace talks between Russia and Ukraine.", "039", {"TUR"},
     {"RUS", "UKR"}),
    # What is offered or promised is announced, not done.
    ("Qatar renewed its offer to mediate between Israel and Hamas.", "039", {"QAT"}, {"ISR", "PSEHMS"}),
    ("Iran made a promise to release the British sailors.", "0353", {"IRN"}, {"GBR"}),
    # Support asked of others for the asker itself is an appeal to them (022), not rallying.
    ("Netanyahu urged Germany to back his plan.", "022", {"ISR"}, {"DEU"}),
    ("Ukraine urged NATO members to support its bid for membership.", "022", {"UKR"}, {"IGOWSTNAT"}),
    ("Kosovo's president urged Spain to recognise Kosovo.", "022", {"XKX"}, {"ESP"}),
    # Mediation left names its sides in the "of"/"from" phrase.
    ("Egypt pulled out of mediating between Israel and Hamas.", "165", {"EGY"}, {"ISR", "PSEHMS"}),
    ("Qatar withdrew from mediating between Israel and Hamas.", "165", {"QAT"}, {"ISR", "PSEHMS"}),
    ("Kenya pulled out of its mediation between Ethiopia and Eritrea.", "165", {"KEN"}, {"ETH", "ERI"}),
    # "U.N." before a field word and its staff is that agency.
    ("Iran expelled U.N. nuclear inspectors.", "166", {"IRN"}, {"IGOUNOIAE"}),
    ("North Korea barred U.N. nuclear inspectors from the Yongbyon complex.", "12", {"PRK"}, {"IGOUNOIAE"}),
    ("Syria allowed U.N. nuclear experts to visit the site.", "08", {"SYR"}, {"IGOUNOIAE"}),
    # "The two Koreas" as the subject: both states act together.
    ("The two Koreas held talks at Panmunjom.", "040", {"PRK", "KOR"}, set()),
    ("Both Koreas exchanged artillery fire across the border.", "19", {"PRK", "KOR"}, set()),
    # Exiles abroad act on their own state, not on where they gather.
    ("Iraqi exiles held a hunger strike in London to draw attention to the plight of political prisoners.",
     "142", {"IRQ"}, {"IRQ"}),
    ("Iranian exiles protested in Paris against the execution of political prisoners.", "14", {"IRN"},
     {"IRN"}),
    # A town's name read as the first word of another name is no place.
    ("Beijing outlawed the Falun Gong spiritual movement on Thursday.", "172", {"CHN"}, {"CHN"}),
    # What a rejected call asked is no act of its own, however the parser hangs its second
    # infinitive (on the call, on the verb of rejecting, or on its object).
    ("Myanmar's junta rejected Thai calls to free Aung San Suu Kyi and to open a dialogue with the opposition.",
     "12", {"MMR"}, {"THA"}),
    ("Venezuela rejected Colombian demands to free the hostages and to open talks with the rebels.", "12",
     {"VEN"}, {"COL"}),
    ("Belarus rejected Lithuanian calls to free opposition leaders and to open a dialogue with protesters.",
     "12", {"BLR"}, {"LTU"}),
    ("Sudan rebuffed British calls to free detained activists and to start a dialogue with the protesters.",
     "12", {"SDN"}, {"GBR"}),
    # A gang is not of its victims' country, nor are police of the foreigner they arrest.
    ("A gang kidnapped 17 American missionaries near Port-au-Prince.", "181", {"HTI"}, {"USA"}),
    ("Federal agents arrested a Chinese national accused of smuggling military drones out of the United "
     "States.", "173", {"USA"}, {"CHN"}),
    ("Police detained a Japanese businessman accused of bribing officials in South Korea.", "173", {"KOR"},
     {"JPN"}),
])
def test_arguments_11(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # What an intent verb governs is still announced; two acts told by one subject stay acts.
    ("Russia agreed to sign and ratify the treaty.", "03", {"RUS"}, set()),
    # Support asked for a third party is still rallying on its behalf (053).
    ("Poland lobbied fellow EU members to back Ukraine's bid to open accession talks.", "053", {"POL"},
     {"UKR"}),
    ("Turkey lobbied Muslim governments to support the Turkish Cypriots.", "053", {"TUR"}, {"XNC"}),
    # "U.N." alone, or before peacekeepers, stays the United Nations.
    ("The U.N. criticised Iran over the executions.", "11", {"IGOUNO"}, {"IRN"}),
    # "the two Koreas" inside a phrase: the visit stays the event.
    ("South Korea's president arrived in Pyongyang for the first summit between the leaders of the two "
     "Koreas.", "042", {"KOR"}, {"PRK"}),
    # Protesters who are not exiles act against where they protest.
    ("Protesters rallied in London against the war.", "14", {"GBR"}, {"GBR"}),
])
def test_arguments_11_unchanged(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text", [
    # A gerund only weighed or considered is no act.
    "Japan is mulling sending warships to the Gulf.",
    "France is considering sending troops to Ukraine.",
    "The United States is weighing imposing new sanctions on Venezuela.",
    "Australia is weighing expelling Chinese diplomats.",
    # Whose gunmen or police are is not told by the foreigners they seize.
    "A criminal gang kidnapped a Japanese tourist.",
    "Police arrested a British tourist on drugs charges.",
    "Federal prosecutors charged a Russian businessman with sanctions evasion.",
])
def test_arguments_11_codes_nothing(code_text, text):
    assert dyads(code_text(text)) == []
