"""The twenty-eighth session's rules (helper wt-xfail28), each on sentences of its own and on
look-alikes that must keep their code or stay quiet. The rules came from seven strict xfails of
``test_probe_27.py``; none of these sentences is from bench/data or that probe.
"""

from __future__ import annotations

import pytest

from eventkit import asserted, dyads, has_asserted, has_asserted_code


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A gerund subject with no object of its own is the noun: "Fighting between X and Y ...".
    ("Fighting between Ethiopian troops and Eritrean forces near Badme killed at least forty soldiers on Tuesday, officials said.",
     "190", {"ETH", "ERI"}, set()),
    ("Fighting between the Congolese army and M23 rebels around Goma has displaced thousands of families this month.",
     "190", {"COD", "CODM23"}, {"COD"}),
    # "over" read as "more than" of the count is still the particle of "hand over".
    ("Japan's ambassador handed over 10,000 tonnes of rice to the government of Haiti on Monday.",
     "073", {"JPN"}, {"HTI"}),
    ("The Saudi envoy handed over 3,000 tons of dates donated by Riyadh to Yemen's government in Aden.",
     "070", {"SAU"}, {"YEM"}),
    # Places coordinated after "from" are all sources of what is turned down.
    ("The Chilean government turned down offers of firefighters from Argentina and Brazil, saying it had the wildfires under control.",
     "120", {"CHL"}, {"ARG", "BRA"}),
    # The addressee of a letter an appeal or demand is made in is its target. (The sentences asked for
    # "a ban on" the imports until the thirty-fifth session; a sanction named by a noun and called for
    # is now 113 against whoever it would hit, convention 10, so they ask for new rules instead.)
    ("In a letter to the European Commission, the Polish agriculture ministry called for new rules on Ukrainian grain imports.",
     "020", {"POL"}, {"IGOEECCOM"}),
    ("The Libyan foreign minister appealed in a letter to the Arab League for help in securing the border with Chad.",
     "023", {"LBY"}, {"IGOARL"}),
    ("In a letter to the African Union, Ethiopia's prime minister renewed his call for talks with Egypt over the dam.",
     "026", {"ETH"}, {"IGOAFU"}),
    # The party promised passes to the promised act coded from the that-clause.
    ("The Indian prime minister promised his Kenyan counterpart that New Delhi would help finance a new railway.",
     "0331", {"IND"}, {"KEN"}),
    ("China's premier assured his Pakistani counterpart that Beijing would help fund a new port.",
     "0331", {"CHN"}, {"PAK"}),
    # Goods supplied under a trade deal are trade, not aid.
    ("Pakistan started supplying rice to Russia under a barter agreement signed in June.",
     "061", {"PAK"}, {"RUS"}),
    ("Russia delivered wheat to Syria under a commercial contract, the Syrian trade ministry said.",
     "061", {"RUS"}, {"SYR"}),
    # Aid asked of donor countries: the donors, with no code, not those helped, are asked.
    ("Lebanon's prime minister called on donor countries to increase funding for Syrian refugees in Lebanon.",
     "023", {"LBN"}, set()),
    ("The Ugandan president called on donor governments to help South Sudanese refugees.",
     "023", {"UGA"}, set()),
    # A handover's receiver after the verb, wherever the parser hangs the "to" phrase.
    ('Panama extradited arms dealer Luis "El Gordo" Pardo to Spain on Monday, two days before the new cabinet was sworn in.',
     "063", {"PAN"}, {"ESP"}),
    # Diplomats ordered to leave are expelled: diplomatic relations reduced (161 since the thirty-fourth
    # session, bench/data/README.md convention 14; it was 174).
    ("Mali ordered Ivorian diplomats to leave the country within 72 hours.", "161", {"MLI"}, {"CIV"}),
    # "their" after a subject naming two parties is theirs, not the venue's.
    ("The foreign ministers of Serbia and Kosovo met in Brussels for their first talks in a year.",
     "04", {"SRB", "XKX"}, set()),
    # Intelligence or information given "with" is intelligence sharing; what it is about is no party.
    ("Britain supplied Kenyan police with information on the smuggling network.", "064", {"GBR"}, {"KEN"}),
    ("Israel provided Ukraine with military intelligence on Iranian drones.", "064", {"ISR"}, {"UKR"}),
    ("France provided Chad with intelligence on the movements of Boko Haram fighters in northern Nigeria.",
     "064", {"FRA"}, {"TCD"}),
    ("Germany provided Ukraine with weapons against Russian drones.", "072", {"DEU"}, {"UKR"}),
    # "barred from broadcasting / preaching" is a restriction, as "banned from" is (the new "bar"
    # row; short sentences like these were already reached by other rows).
    ("Turkmenistan barred a Russian radio station from broadcasting in the country.", "172", {"TKM"}, {"RUS"}),
    ("Tajikistan barred an Iranian cleric from preaching in its mosques.", "172", {"TJK"}, {"IRN"}),
])
def test_rule(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, by_country=False), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A rejection from one country keeps that one.
    ("The Lebanese army rejected a proposal from the United States on Monday.", "120", {"LBN"}, {"USA"}),
    # Goods received from two countries were already read as theirs.
    ("Ukraine received tanks from Germany and Poland last month.", "072", {"DEU", "POL"}, {"UKR"}),
    # A statement to a news agency is no letter: the target stays the one the call names.
    ("In a statement to Reuters, the Polish agriculture ministry called for new rules on Ukrainian grain imports.",
     "020", {"POL"}, {"UKR"}),
    # A condemnation in a letter is aimed at whom it condemns (root 11 is no appeal).
    ("In a letter to the United Nations, Hungary's foreign minister condemned the Russian strikes on Kyiv.",
     "111", {"HUN"}, {"RUS"}),
    # Supplies given as aid, or under an aid programme or agreement, stay aid.
    ("Kazakhstan began supplying wheat and flour to Afghanistan as humanitarian aid, the ministry said.",
     "073", {"KAZ"}, {"AFG"}),
    ("Turkey delivered food to Syria under a UN programme.", "073", {"TUR"}, {"SYR"}),
    # Aid asked of a named state is aimed at it.
    ("The United States called on Egypt to help Sudanese refugees.", "023", {"USA"}, {"EGY"}),
    # Asked of world powers to punish a third party, the third party is the target (113).
    ("The Ukrainian foreign minister called on world powers to punish Belarus for its role in the war.",
     "113", {"UKR"}, {"BLR"}),
    # "step down" is still a call for a change of leadership.
    ("The Zimbabwean opposition urged President Mnangagwa to step down after the disputed vote.",
     "0241", {"ZWE"}, {"ZWE"}),
    # The handover of suspects keeps its code.
    ("Venezuela handed over 12 suspects to Colombian police at the border.", "063", {"VEN"}, {"COL"}),
    # An ambassador ordered to leave is relations cut (161), as before.
    ("Burkina Faso ordered the French ambassador to leave within two days.", "161", {"BFA"}, {"FRA"}),
    # A "to" phrase in the next sentence is no receiver of the extradition.
    ('Peru extradited businessman Carlos "The Fox" Mendoza on Monday. He was later flown to Spain.',
     "063", {"PER"}, {"PER"}),
])
def test_look_alike_keeps(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, by_country=False), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # "step up" is no "step down": no call for a change of leadership.
    ("Britain called on France to step up patrols in the Channel.", "0241"),
    ("The Somali president urged donor nations to step up aid for drought victims.", "0241"),
    # Goods supplied under a trade deal are no aid.
    ("India shipped 40,000 tonnes of wheat to Afghanistan under a barter deal.", "07"),
    ("Uzbekistan sent flour to Afghanistan under a trade agreement.", "07"),
])
def test_rule_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)


@pytest.mark.parametrize("text", [
    # A gerund with an object of its own is a clause, not the noun "fighting".
    "Fighting corruption remains the Kenyan government's main priority, the president said.",
    # Fighting with no state party stays quiet.
    "Fighting between rival fans at the stadium injured twelve people, Italian police said.",
    # A sports body barring a player, a company informing customers: no state acts.
    "The Premier League barred the striker from playing for six matches.",
    "Apple provided customers with information on the new phone.",
])
def test_quiet(code_text, text):
    record = code_text(text)
    assert not asserted(record), dyads(record)
