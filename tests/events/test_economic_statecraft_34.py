"""Economic statecraft found short on wire_dev_20 (thirty-fourth session, helper wt-dev34), tested
on sentences written for this file (other states, firms, goods and numbers than the set's):

- a state that blocks, vetoes or prohibits a takeover, merger or a firm's bid for another firm
  rejects investment ties (1211), and a supplier that halts or cuts off gas or oil deliveries
  reduces existing relations (160 since the thirty-fourth session, bench/data/README.md convention
  11; it was 1211), as does one that stops pumping gas or halts its transit; a state that seizes control of
  a carmaker or chipmaker confiscates property (1711);
- export controls are sanctions (163), aimed at the buyers' state, not at whoever pressed for
  them ("under pressure from Washington"): exports blocked, a firm denied access to chips, firms added to a state's (entity) list, a maker blocked
  or barred from shipping goods to a country, a border closed "to trade"; an asset freeze is a
  sanction even when a football club is what it hits;
- a complaint or case filed or lodged at the WTO or a court is a lawsuit (115);
- a lender that refuses to disburse or release a loan rejects a request for economic aid (1221);
  a state that refuses to renew a licence or waiver easing sanctions refuses to ease them (1244);
- accession talks postponed are negotiations halted (164), and the opening of a bloc's accession
  talks with a state vetoed or blocked is aimed at that state, not at the bloc qualifying the talks; inspectors barred from working in a
  country are withdrawn (1662), while inspectors barred from a site stay 1245;
- tariffs imposed on imports or goods, anti-dumping or punitive duties, and retaliation "with
  tariffs" or "by raising duties" are trade sanctions (163), not force; lending suspended is
  economic aid stopped (1621), as are new lending frozen and a loan programme suspended; a state
  that stops buying a neighbour's goods imposes an embargo (163); a price cap on a state's oil is a
  sanction (163);
- food aid halved or slashed is humanitarian aid reduced (1623); workers who walk out strike
  (143); a cabinet's resignation accepted is a change of government (0831);
- the euro zone's finance ministers are the European Union (IGOEEC); two carmakers of one country
  signing a deal "for the Indian market" are commerce, not a state's agreement; a minister
  "optimistic" or "hopeful that" others "would agree" reports no agreement, and a bloc (OPEC,
  BRICS) agreeing among its members with nobody outside named is no intent towards anyone.
"""

from __future__ import annotations

from eventkit import full_code_tests, probe_tests

EVENTS = [
    # investment ties refused (1211); energy flows halted reduce relations (160, convention 11)
    ("Germany blocked the takeover of a Bavarian robot maker by a Chinese appliance group on security grounds.",
     [("1211", {"DEU"}, None)]),
    ("Washington vetoed the acquisition of a Texas steel plant by Japan's Nippon Steel, the White House said.",
     [("1211", {"USA"}, {"JPN"})]),
    ("Italy's government blocked a Chinese state-owned investor's bid for a Milan tyre manufacturer on Friday.",
     [("1211", {"ITA"}, {"CHN"})]),
    ("Russia halted oil deliveries to Lithuania through the Druzhba pipeline on Monday.",
     [("160", {"RUS"}, {"LTU"})]),
    ("Algeria's Sonatrach stopped pumping gas to Spain through the Maghreb pipeline on Sunday.",
     [("160", {"DZA"}, {"ESP"})]),
    ("Hungary's government seized control of the local carmaker owned by a German group on Monday.",
     [("1711", {"HUN"}, None)]),
    ("Belarus halted the transit of Russian oil to Poland through the Druzhba pipeline.", [("160", {"BLR"}, None)]),
    # export controls, entity lists, trade closures, asset freezes (163)
    ("The U.S. Commerce Department added Hikvision and eleven other Chinese companies to its entity list on Tuesday.",
     [("163", {"USA"}, {"CHN"})]),
    ("Japan barred its chip-equipment makers from exporting advanced tools to Russia in March.",
     [("163", {"JPN"}, {"RUS"})]),
    ("Washington denied ZTE access to American semiconductors for seven years.", [("163", {"USA"}, {"CHN"})]),
    ("Beijing blocked exports of rare earths to Japan in September.", [("163", {"CHN"}, {"JPN"})]),
    ("South Korea, under pressure from Washington, barred its chipmakers from selling memory chips to Russian buyers.",
     [("163", {"KOR"}, {"RUS"})]),
    ("Ghana closed its border with Togo to all trade on Friday, officials said.",
     [("163", {"GHA"}, {"TGO"})]),
    ("France froze the assets of a Russian businessman who owns a Ligue 1 football club on Wednesday.",
     [("163", {"FRA"}, {"RUS"})]),
    # tariffs and trade retaliation (163), lending suspended (1621)
    ("Washington imposed tariffs on imports from Vietnam on Tuesday.", [("163", {"USA"}, {"VNM"})]),
    ("India imposed anti-dumping duties on Chinese solar panels.", [("163", {"IND"}, {"CHN"})]),
    ("Ottawa retaliated with tariffs on U.S. whiskey and orange juice.", [("163", {"CAN"}, {"USA"})]),
    ("The Asian Development Bank suspended lending to Myanmar after the coup.", [("1621", {"IGOADB"}, {"MMR"})]),
    ("The African Development Bank froze new lending to Guinea after the coup.", [("1621", {"IGOAFB"}, {"GIN"})]),
    ("The IMF suspended its loan programme for Malawi after the budget overran.", [("1621", {"IGOIMF"}, {"MWI"})]),
    ("Beijing stopped buying Norwegian salmon after the Nobel award.", [("163", {"CHN"}, {"NOR"})]),
    ("The G7 imposed a price cap on Russian diesel on Sunday.", [("163", {"IGOGOS"}, {"RUS"})]),
    # trade cases (115)
    ("Brazil filed a complaint at the World Trade Organization against U.S. subsidies to cotton farmers.",
     [("115", {"BRA"}, {"USA"})]),
    ("Australia lodged a case at the World Trade Organization against Chinese tariffs on barley.",
     [("115", {"AUS"}, {"CHN"})]),
    # loans and waivers withheld (1221, 1244)
    ("The World Bank refused to disburse a $400 million loan to Ecuador after the government missed reform targets.",
     [("1221", {"IGOWBK"}, {"ECU"})]),
    ("The Trump administration refused to renew waivers that let India buy Iranian oil despite sanctions.",
     [("1244", {"USA"}, None)]),
    # negotiations halted, inspectors withdrawn (164, 1662)
    ("The European Union postponed the start of accession talks with Albania on Tuesday.",
     [("164", {"IGOEEC"}, {"ALB"})]),
    ("Cyprus vetoed the opening of EU accession talks with Turkey on energy in December.",
     [("129", {"CYP"}, {"TUR"})]),
    ("Syria barred United Nations inspectors from working in the country, the agency said.",
     [("1662", {"SYR"}, {"IGOUNO"})]),
    # humanitarian aid cut, strikes, a cabinet's resignation
    ("The World Food Programme slashed food aid to refugees in Uganda on Monday, blaming a funding shortfall.",
     [("1623", {"IGOUNOWFP"}, {"UGA"})]),
    ("Italian air traffic controllers walked out on Friday over pay, grounding hundreds of flights.",
     [("143", {"ITA"}, {"ITA"})]),
    ("Peruvian President Pedro Castillo accepted the resignation of his cabinet on Tuesday.",
     [("0831", {"PER"}, {"PER"})]),
    # the euro zone as the EU
    ("Euro zone finance ministers agreed on Monday to give Cyprus a 10 billion euro bailout.",
     [("0331", {"IGOEEC"}, {"CYP"})]),
]

# Look-alikes that keep their own code.
KEEPS = [
    # inspectors barred from a site: international involvement refused, not withdrawn
    ("Iran barred IAEA inspectors from a military site near Tehran on Sunday.", "1245", {"IRN"}, {"IGOUNOIAE"}),
    # a border closed to people and vehicles is a blockade of movement
    ("Pakistan closed its border with Afghanistan after deadly clashes on Sunday.", "191", {"PAK"}, {"AFG"}),
]

QUIET = [
    "Honda and Suzuki signed an agreement on Monday to build motorcycles together for the Indian market.",
    "Spain's economy shrank in the second quarter as strikes by dockers and truck drivers hit exports.",
    # a bloc agreeing among its members, nobody outside named
    "OPEC agreed on Sunday to extend its output cuts until the end of the year.",
    "BRICS finance ministers agreed on Friday to create a common currency reserve pool.",
    # a hope about what others will do reports no act
    "Nigeria's oil minister said he was hopeful that OPEC members would agree on new production quotas.",
]

test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, {})


test_full_codes, test_look_alikes_keep_their_code = full_code_tests(EVENTS, KEEPS)
