"""CAMEO sub-codes (fifth session): the exact 3/4-digit code, not only the root.

Team-written sentences, none from a gold set. Each row: the exact CAMEO code, the PLOVER type
and the actor/recipient codes. Sanctions are 163 (typed SANCTION); demands, appeals, protests
and rejections take the sub-code of what they ask for (``accord.events.aims``).
"""

from __future__ import annotations

import pytest

from eventkit import assert_event


def _exact(record: dict, cameo: str, plover: str, actor: set[str], recipient: set[str] | None) -> None:
    event = assert_event(record, cameo[:2], plover, actor, recipient) if actor is not None else None
    if event is None:
        event = next(e for e in record["events"] if e["cameo"].startswith(cameo[:2]))
        assert event["event"] == plover
    assert event["cameo"] == cameo, (event["cameo"], event["explanation"])


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # Sanctions, embargoes, trade bans, asset freezes: CAMEO 163, PLOVER SANCTION.
    ("Canada imposed sanctions on three Iranian generals on Tuesday.", "163", "SANCTION", {"CAN"}, {"IRN"}),
    ("The European Union extended its arms embargo on Belarus for another year.", "163", "SANCTION",
     {"IGOEEC"}, {"BLR"}),
    ("Japan froze the assets of two North Korean trading companies.", "163", "SANCTION", {"JPN"}, {"PRK"}),
    ("Beijing banned imports of Taiwanese pineapples, citing pests.", "163", "SANCTION", {"CHN"}, {"TWN"}),
    # Money pledged is economic aid (0331); leaders meeting on a summit's sidelines meet at a third
    # location (044); warplanes striking is bombing from aircraft (195).
    ("Qatar pledged $2 billion to shore up Egypt's reserves.", "0331", "AGREE", {"QAT"}, {"EGY"}),
    ("The presidents of Kenya and Tanzania met on the sidelines of the African Union summit in Addis Ababa.",
     "044", "CONSULT", {"KEN", "TZA"}, None),
    ("Turkish warplanes struck Kurdish militant positions in northern Iraq.", "195", "ASSAULT", {"TUR"}, None),
    # Demands by what they ask for (CAMEO 104x, 105x, 101).
    ("The opposition alliance in Senegal demanded that President Macky Sall step down.", "1041", "REQUEST",
     {"SEN"}, {"SEN"}),
    ("Egypt demanded that Ethiopia halt the filling of its dam on the Blue Nile.", "1042", "REQUEST",
     {"EGY"}, {"ETH"}),
    ("Ankara demanded that Stockholm grant extradition hearings to PKK suspects and respect Turkish rights.",
     "1043", "REQUEST", {"TUR"}, {"SWE"}),
    ("Colombia demanded that the ELN free the kidnapped soldiers.", "1053", "REQUEST", {"COL"}, {"COLELN"}),
    ("Seoul demanded an explanation from Tokyo over the textbook revisions.", "101", "REQUEST", {"KOR"}, {"JPN"}),
    ("Iran demanded that Washington lift its oil sanctions.", "1054", "REQUEST", {"IRN"}, {"USA"}),
    ("Kyiv demanded that Paris deliver more air defence missiles.", "1032", "REQUEST", {"UKR"}, {"FRA"}),
    ("The Security Council demanded that Myanmar allow aid workers into Rakhine state.", "1055", "REQUEST",
     {"IGOUNOUSC"}, {"MMR"}),
    # Accusations by what the accused did (CAMEO 1121-1125).
    ("Georgia accused Russia of committing war crimes in South Ossetia.", "1124", "ACCUSE", {"GEO"}, {"RUS"}),
    ("Beijing accused a Canadian businessman of spying for Ottawa.", "1125", "ACCUSE", {"CHN"}, None),
    ("Nigeria accused a former oil minister of embezzling public funds.", "1121", "ACCUSE", {"NGA"}, {"NGA"}),
    ("Azerbaijan accused Armenia of shelling its positions along the border.", "1123", "ACCUSE",
     {"AZE"}, {"ARM"}),
    # Threats by what would be stopped (CAMEO 1311, 134).
    ("Washington threatened to cut off military aid to Guatemala.", "1311", "THREATEN", {"USA"}, {"GTM"}),
    ("The rebels threatened to walk out of the peace talks with the Sudanese government.", "134", "THREATEN",
     None, None),
    # Investigations by what is investigated (091-094), aid cut by its kind (1621-1623).
    ("Spanish prosecutors opened an investigation into the bribery of regional officials.", "091", "ACCUSE",
     {"ESP"}, None),
    ("Danish police are investigating suspected sabotage of a gas pipeline by a Russian trawler.",
     "091", "ACCUSE", {"DNK"}, None),
    ("Sweden suspended development aid worth 40 million dollars to Tanzania.", "1621", "SANCTION",
     {"SWE"}, {"TZA"}),
    ("Estonia asked Germany for additional air-defence batteries.", "0232", "REQUEST", {"EST"}, {"DEU"}),
    ("Kenya urged Ethiopia and Eritrea to accept African Union mediation.", "028", "REQUEST", {"KEN"}, None),
    ("The pope appealed to the rival factions in Libya to lay down their weapons.", "0256", "REQUEST",
     None, None),
    ("Serbia rejected the Western peace plan for Kosovo.", "127", "REJECT", {"SRB"}, None),
    ("Pyongyang warned Tokyo that it would use force if Japanese warships entered its waters.", "138",
     "THREATEN", {"PRK"}, {"JPN"}),
    ("Vietnam's prime minister urged South Korean firms to invest in its semiconductor industry.", "0211",
     "REQUEST", {"VNM"}, {"KOR"}),
    ("Turkey demanded that Sweden extradite two journalists it accuses of links to the coup plotters.", "1013",
     "REQUEST", {"TUR"}, {"SWE"}),
    # An attempt on a leader's life is 185, not 186.
    ("Gunmen tried to kill the governor of Kandahar province on Tuesday.", "185", "ASSAULT", None, None),
    # Appeals by what they ask for (CAMEO 024x, 025x).
    ("Germany urged Serbia to free the detained Kosovo police officers.", "0253", "REQUEST", {"DEU"}, {"SRB"}),
    ("Caracas appealed to the European Union to ease the sanctions on its oil exports.", "0254", "REQUEST",
     {"VEN"}, {"IGOEEC"}),
    # Protests by what they are for or against (CAMEO 141x, 143x).
    ("Thousands of Peruvians marched in Lima demanding the resignation of President Dina Boluarte.", "1411",
     "PROTEST", {"PER"}, None),
    ("Tens of thousands of Spaniards rallied in Madrid against the government's amnesty law.", "1412",
     "PROTEST", {"ESP"}, None),
    ("Thousands of Iranian women marched in Tehran to demand equal rights.", "1413", "PROTEST", {"IRN"}, None),
    # Rejections of a request, by what was requested (CAMEO 123x).
    ("The Georgian government rejected opposition calls for the prime minister's resignation.", "1231",
     "REJECT", {"GEO"}, None),
])
def test_subcode(code_text, text, cameo, plover, actor, recipient):
    _exact(code_text(text), cameo, plover, actor, recipient)


@pytest.mark.parametrize("text, cameo", [
    # No aim named, or not a request turned down: the generic code stays.
    ("The junta in Niger reneged on its pledge to hold elections within two years.", "120"),
    ("Hungary demanded that the European Commission do more.", "100"),
    ("Thousands of students rallied in Dhaka on Sunday.", "141"),
])
def test_generic_code_stays(code_text, text, cameo):
    record = code_text(text)
    assert cameo in [e["cameo"] for e in record["events"]], [(e["cameo"], e["explanation"]) for e in record["events"]]
