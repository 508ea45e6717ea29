"""The lexicon for CAMEO roots 15-20 (PLOVER MOBILIZE, SANCTION, COERCE, ASSAULT).

Team-written wire-style sentences: one family of expressions per row, the CAMEO code prefix
the most specific entry should give, and the actor/recipient codes. Negative rows use the same
verbs outside politics (sport, business, entertainment) and must give no event from roots 15-20.
"""

from __future__ import annotations

import pytest

from eventkit import codes, only_event

ROOTS = ("15", "16", "17", "18", "19", "20")




@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # 15 MOBILIZE
    ("Azerbaijan mobilised reservists and border units on Sunday.", "154", "MOBILIZE", {"AZE"}, set()),
    ("Moscow deployed tanks and artillery near the Finnish border.", "154", "MOBILIZE", {"RUS"}, {"FIN"}),
    ("Serbia called up 5,000 reservists after the border incident.", "154", "MOBILIZE", {"SRB"}, set()),
    ("Kenya deployed riot police across Nairobi ahead of the vote.", "153", "MOBILIZE", {"KEN"}, {"KEN"}),
    ("China held large naval drills in the Taiwan Strait on Friday.", "150", "MOBILIZE", {"CHN"}, {"TWN"}),
    ("Pakistan test-fired a nuclear-capable ballistic missile on Tuesday.", "150", "MOBILIZE", {"PAK"}, set()),
    # 16 SANCTION
    ("Poland expelled three Belarusian diplomats on Thursday.", "161", "SANCTION", {"POL"}, {"BLR"}),
    ("Bahrain broke off diplomatic relations with Qatar.", "161", "SANCTION", {"BHR"}, {"QAT"}),
    ("The EU slapped fresh sanctions on Iranian drone makers.", "163", "SANCTION", {"IGOEEC"}, {"IRN"}),
    ("Canada imposed an arms embargo on Venezuela.", "163", "SANCTION", {"CAN"}, {"VEN"}),
    ("Norway froze development aid to Malawi.", "162", "SANCTION", {"NOR"}, {"MWI"}),
    ("Washington suspended military aid to Pakistan.", "1622", "SANCTION", {"USA"}, {"PAK"}),
    ("The Netherlands cut budget aid to Uganda over the new law.", "1621", "SANCTION", {"NLD"}, {"UGA"}),
    ("Sudan suspended negotiations with South Sudan over oil fees.", "164", "SANCTION", {"SDN"}, {"SSD"}),
    ("Eritrea expelled United Nations observers from the border zone.", "1662", "SANCTION", {"ERI"}, {"IGOUNO"}),
    ("The AU suspended Guinea from the bloc after the coup.", "166", "SANCTION", {"IGOAFU"}, {"GIN"}),
    ("Russia cut off gas supplies to Moldova.", "160", "SANCTION", {"RUS"}, {"MDA"}),
    ("The Chinese foreign minister cancelled a planned visit to Japan.", "161", "SANCTION", {"CHN"}, {"JPN"}),
    ("The Egyptian president postponed his trip to Ethiopia.", "161", "SANCTION", {"EGY"}, {"ETH"}),
    # 17 COERCE
    ("Belarusian police detained dozens of opposition supporters in Minsk.", "173", "COERCE", {"BLR"}, {"BLR"}),
    ("Egyptian security forces rounded up activists before the rally.", "173", "COERCE", {"EGY"}, {"EGY"}),
    ("Malaysia deported 40 Indonesian migrants on Monday.", "174", "COERCE", {"MYS"}, {"IDN"}),
    ("Sri Lankan authorities imposed a curfew in Colombo after the riots.", "1723", "COERCE", {"LKA"}, {"LKA"}),
    ("Austria imposed restrictions on Romanian workers.", "172", "COERCE", {"AUT"}, {"ROU"}),
    ("The Thai army declared martial law in Bangkok.", "1724", "COERCE", {"THA"}, {"THA"}),
    ("Cambodia outlawed the main opposition party.", "1722", "COERCE", {"KHM"}, {"KHM"}),
    ("Russian authorities blocked independent news websites.", "1721", "COERCE", {"RUS"}, {"RUS"}),
    ("Ugandan police raided the headquarters of the opposition party.", "1711", "COERCE", {"UGA"}, {"UGA"}),
    ("Iranian forces seized a British-flagged tanker in the Gulf.", "1711", "COERCE", {"IRN"}, {"GBR"}),
    ("Israel sealed off the West Bank town after the shooting.", "191", "COERCE", {"ISR"}, {"PSE"}),
    ("Russian hackers hacked into German parliament computers.", "176", "COERCE", {"RUS"}, {"DEU"}),
    # 18 ASSAULT (unconventional violence)
    ("Nigerian militants kidnapped four Italian oil workers.", "181", "ASSAULT", {"NGA"}, {"ITA"}),
    ("Somali pirates hijacked a Danish cargo ship off the coast.", "181", "ASSAULT", {"SOM"}, {"DNK"}),
    ("Zimbabwean police beat up opposition activists in Harare.", "182", "ASSAULT", {"ZWE"}, {"ZWE"}),
    ("Syrian guards tortured Lebanese detainees, the report said.", "1822", "ASSAULT", {"SYR"}, {"LBN"}),
    ("A Palestinian suicide bomber blew himself up near an Israeli checkpoint.", "1831", "ASSAULT", {"PSE"}, {"ISR"}),
    ("Iraqi insurgents detonated a car bomb outside the Jordanian embassy.", "1832", "ASSAULT", {"IRQ"}, {"JOR"}),
    ("Colombian rebels assassinated a provincial governor.", "186", "ASSAULT", {"COL"}, {"COL"}),
    ("Israeli bulldozers demolished Palestinian homes near Hebron.", "1712", "ASSAULT", {"ISR"}, {"PSE"}),
    # 19 ASSAULT (conventional force)
    ("Ukrainian forces shelled Russian positions near Bakhmut.", "194", "ASSAULT", {"UKR"}, {"RUS"}),
    ("Hezbollah fired rockets into northern Israel overnight.", "194", "ASSAULT", {"LBNHEZ"}, {"ISR"}),
    ("Saudi warplanes carried out air strikes on Houthi positions.", "195", "ASSAULT", {"SAU"}, {"YEMHOU"}),
    ("Turkish jets bombed Kurdish militants in northern Iraq.", "195", "ASSAULT", {"TUR"}, {"IRQ"}),
    ("Indian troops opened fire on Pakistani soldiers across the line of control.", "193", "ASSAULT", {"IND"}, {"PAK"}),
    # (A clash with an armed group is a small-arms fight, 193: sixth session.)
    ("Sudanese troops clashed with Ethiopian militia near the border.", "193", "ASSAULT", {"SDN"}, {"ETH"}),
    ("Kyrgyz and Tajik border guards clashed near the disputed enclave.", "190", "ASSAULT", {"KGZ", "TJK"}, set()),
    ("The Nigerian army launched an offensive against Boko Haram.", "190", "ASSAULT", {"NGA"}, {"NGABKH"}),
    # (Territory taken by force is 192, typed ASSAULT like the PLOVER GSR: twelfth session.)
    ("Malian soldiers recaptured the town from Islamist rebels.", "192", "ASSAULT", {"MLI"}, {"MLI"}),
    ("Armenian forces violated the truce with Azerbaijan on Monday.", "196", "ASSAULT", {"ARM"}, {"AZE"}),
    ("China blockaded Taiwan's main ports during the exercise.", "191", "COERCE", {"CHN"}, {"TWN"}),
    ("Russia annexed four Ukrainian regions in September.", "192", "COERCE", {"RUS"}, {"UKR"}),
    # 20 ASSAULT (mass violence)
    ("Sudanese militias massacred villagers in Darfur.", "202", "ASSAULT", {"SDN"}, {"SDN"}),
    # (Mass violence with no other party named is domestic: the villages are in Iraq.)
    ("The Iraqi regime used chemical weapons against Kurdish villages.", "2041", "ASSAULT", {"IRQ"}, {"IRQ"}),
])
def test_lexicon_15_20_families(code_text, text, cameo, plover, actor, recipient):
    # When no actor is named as the target, the country of the place aimed at is
    # ("near the Finnish border" → FIN), as CAMEO coders do.
    # Repression with no other party named is domestic: the country is its own target.
    # Domestic events keep a recipient of the same country in another sector (police →
    # opposition supporters): CAMEO codes the opposition, rebels or villagers of the country.
    event = only_event(code_text(text), cameo)
    assert event["event"] == plover
    assert codes(event["actor"]) == actor
    assert codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text", [
    "Federer beat Nadal in straight sets to reach the final in Melbourne.",
    "England crushed Italy 52-10 in the Six Nations on Saturday.",
    "The Wales striker fired a shot at goal in the final minute.",
    "The club suspended its captain for two matches after the brawl.",
    "Sony deployed new software across its European network.",
    "The film captured the imagination of audiences in Japan.",
    "Microsoft shares were hit by weak sales in China.",
    "The prime minister's plan came under attack from his own backbenchers.",
    "The broadcaster banned the song from its playlists.",
    "Apple launched an attack on the music download market.",
    "The Scotland coach blasted his players after the defeat.",
    "The Ireland forwards battled for possession in the second half.",
    "Samsung cut prices of its phones in India.",
    "The studio shot the film in Morocco last year.",
    "Spain's Rafael Nadal set up a quarter-final clash with Roger Federer.",
    "The French finance minister clashed with the EU over the budget rules.",
    "The film conquered the box office in Japan.",
    "The striker was displaced by the arrival of a Brazilian forward.",
    "Six Elvis tracks are occupying spots in the Spanish top 40.",
    "Vodafone hit its sales target in Germany.",
    "Fans bombarded the Italian broadcaster with complaints.",
])
def test_non_political_uses_give_no_conflict_event(code_text, text):
    events = [e for e in code_text(text)["events"] if e["cameo"][:2] in ROOTS]
    assert events == [], [(e["cameo"], e["trigger"]["text"]) for e in events]


def test_condemned_strikes_are_not_the_condemners(code_text):
    # The strikes may be coded (by an unidentified force), but never with Iran attacking.
    events = [e for e in code_text("Iran condemned the air strikes on Syria.")["events"]
              if e["cameo"].startswith("19")]
    assert all("IRN" not in {a["code"] for a in e["actor"]} for e in events)


def test_own_ambassador_recalled(code_text):
    event = only_event(code_text("Lithuania recalled its ambassador from China."), "161")
    assert codes(event["actor"]) == {"LTU"}


# ---------------------------------------------------------------- wire-text families (added with
# the lexicon's wire-text additions): ordinary wire constructions, one family per row. Expected
# codes are what accord produces and what a CAMEO coder would assign.
from eventkit import codes as _kit_codes, only_event as _only_event  # noqa: E402


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    ("Niger ordered the French ambassador to leave.", "161", "SANCTION", {"NER"}, {"FRA"}),
    ("The United States withheld $95 million in aid to Egypt.", "162", "SANCTION", {"USA"}, {"EGY"}),
    ("Burkina Faso suspended French broadcasters.", "1721", "COERCE", {"BFA"}, {"FRA"}),
    ("Iranian authorities arrested a French tourist in Tehran.", "173", "COERCE", {"IRN"}, {"FRA"}),
    ("Gunmen shot dead a provincial governor in Afghanistan.", "186", "ASSAULT", {"AFG"}, {"AFG"}),
    ("An attacker stabbed two Israeli police officers in Jerusalem.", "182", "ASSAULT", {"ISR"}, {"ISR"}),
    ("Russian drones hit a residential building in Odesa.", "195", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russian missiles hit an energy facility in Kharkiv.", "190", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Israeli forces fought with Hezbollah fighters near the border.", "190", "ASSAULT", {"ISR"}, {"LBNHEZ"}),
])
def test_lexicon_15_20_wire_families(code_text, text, cameo, plover, actor, recipient):
    event = _only_event(code_text(text), cameo)
    assert event["event"] == plover
    assert _kit_codes(event["actor"]) == actor
    assert _kit_codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text", [
    'Shares in Vodafone hit a record high in London.',
    'A powerful storm hit the port city of Odesa.',
    'An earthquake hit a residential building in Izmir.',
])
def test_lexicon_15_20_wire_families_stay_out_of_sport_and_business(code_text, text):
    roots = {f"{n:02d}" for n in range(15, 20 + 1)}
    events = [e for e in code_text(text)["events"] if e["cameo"][:2] in roots]
    assert events == [], [(e["cameo"], e["trigger"]["text"]) for e in events]
