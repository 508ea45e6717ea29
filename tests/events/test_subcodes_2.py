"""CAMEO sub-codes, eighth session: the exact 3/4-digit code on team-written wire sentences.

None of these sentences comes from a gold set. Each row: the exact CAMEO code, and the actor and
recipient codes (None: not checked). The mechanisms are in ``accord.events.aims`` (aims, kinds,
handing over, and the rows of ``accord/data/subcode_words.tsv``) and ``accord.events.governed``.
"""

from __future__ import annotations

import pytest

from eventkit import codes

# Tried in the eighth session and left out (no change on the tuning sets); all three are right
# since: the threats to leave a mediation (135) and to close broadcasters (1321) since the
# twenty-ninth session (a governed act may specify 131 and 136: governed.SPECIFIED_BELOW), land
# asked to be handed over (025) since the thirtieth (the aim reader moves the "call on ... to hand
# over" row's 0213 by what is handed: aims.FAMILIES["0213"]; look-alikes in test_xfail_30.py).


def _has(record: dict, cameo: str, actor: set[str] | None, recipient: set[str] | None) -> None:
    found = [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]
    assert any(code == cameo and (actor is None or who == actor) and (recipient is None or whom == recipient)
               for code, who, whom in found), [(e["cameo"], e["explanation"]) for e in record["events"]]


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Intent to cooperate by its field (0311-0314, 031 for two fields), to settle a dispute (037), to
    # send peacekeepers (0334) and humanitarian aid promised (0333).
    ("Hungary pledged to deepen trade and investment ties with Serbia.", "0311", {"HUN"}, {"SRB"}),
    ("Greece offered to let French warships use the naval base at Souda Bay.", "0312", {"GRC"}, {"FRA"}),
    ("Colombia pledged to cooperate with Spanish prosecutors in the extradition of drug lords.",
     "0313", {"COL"}, {"ESP"}),
    ("Jordan vowed to expand energy and defence cooperation with Iraq.", "031", {"JOR"}, {"IRQ"}),
    ("Cambodia and Thailand pledged to settle their border dispute through talks.", "037", {"KHM", "THA"}, None),
    ("Rwanda offered to send peacekeepers to the Central African Republic.", "0334", {"RWA"}, {"CAF"}),
    ("Moscow promised to scale back its military presence near the Finnish border.", "0356", {"RUS"}, None),
    ("Italy pledged tents and blankets for flood victims in Libya.", "0333", {"ITA"}, None),
    # Appeals and demands by what is asked for: debt relief (0231), relief goods (0233), protection
    # (1034), something handed back (1053), land handed over (025), an embargo eased (0254), a
    # policy stopped (0242), civilian rule (0244), talks (026).
    ("Malawi appealed to the World Bank to write off its debts.", "0231", {"MWI"}, {"IGOUNOWBK"}),
    ("Moldova asked Romania for tents, blankets and medicine for refugees.", "0233", {"MDA"}, {"ROU"}),
    ("Latvia demanded that NATO station more troops and peacekeeping brigades on its territory.",
     "1034", {"LVA"}, {"IGOWSTNAT"}),
    ("Lithuania demanded that Belarus hand over the wreckage of the drone.", "1053", {"LTU"}, {"BLR"}),
    ("Turkey demanded that Greece return the eight soldiers who fled by helicopter after the coup attempt.",
     "1053", {"TUR"}, {"GRC"}),
    ("Bolivia called on Chile to hand over the disputed coastal territory.", "025", {"BOL"}, {"CHL"}),
    ("Manila urged Tokyo to expand joint naval exercises in the South China Sea.", "0212", {"PHL"}, {"JPN"}),
    ("Islamabad demanded that Kabul shut down the militant training camps near the border.", "1042", {"PAK"}, {"AFG"}),
    ("Canberra urged Beijing to lift its ban on Australian wine exports.", "0254", {"AUS"}, {"CHN"}),
    ("Seoul urged Tokyo to stop dumping radioactive water into the Pacific.", "0242", {"KOR"}, {"JPN"}),
    ("Ghana urged the junta in Niger to restore civilian rule.", "0244", {"GHA"}, {"NER"}),
    # Rejections by what was asked (1232, 126, 125 for a request in the passive, 1222).
    ("Peru called on Ecuador to return to the negotiating table.", "026", {"PER"}, {"ECU"}),
    ("Kenya rejected Somalia's demand that it halt flights to Somaliland.", "1232", {"KEN"}, {"SOM"}),
    ("Colombia rejected a Venezuelan offer to mediate in its talks with the rebels.", "126", {"COL"}, {"VEN"}),
    ("Israel's proposal for talks on a prisoner exchange was rejected by Hezbollah.", "125", None, None),
    # Yielding to demands for reform (083).
    ("Norway rejected a Polish request to re-export its artillery shells to Ukraine.", "1222", {"NOR"}, {"POL"}),
    # Threats by what is threatened: expelling monitors (136), leaving a mediation (135), nuclear
    # weapons (1385), a blockade with a nuclear condition left aside (1381), economic countermeasures
    # (131), military action in general (138), closing broadcasters (1321).
    ("Jordan's king bowed to protesters' demands for reform and dismissed the cabinet.", "083", {"JOR"}, None),
    ("Ankara threatened to expel the U.N. monitors from northern Cyprus.", "136", {"TUR"}, None),
    ("Egypt threatened to pull out of its mediation between Israel and Hamas.", "135", {"EGY"}, None),
    ("Pyongyang threatened a nuclear strike on the United States.", "1385", {"PRK"}, {"USA"}),
    ("Iran threatened to shut the Strait of Hormuz if Washington bombed its nuclear sites.", "1381", {"IRN"}, None),
    ("China threatened Manila with economic countermeasures over the shoal.", "131", {"CHN"}, {"PHL"}),
    ("Azerbaijan threatened to take military action against Armenian positions.", "138", {"AZE"}, None),
    # Protests by the demand they state (1442 policy, 1444 institutions).
    ("Burundi's president threatened to suspend radio stations that criticise the government.", "1321", {"BDI"},
     None),
    ("Farmers blocked roads in Warsaw demanding that the government halt grain imports from Ukraine.",
     "1442", {"POL"}, None),
    # Parties banned and unbanned (1722, 0812), aircraft and artillery (195, 194), war crimes alleged
    # (1124), investigations by what is investigated (092, 093), power handed to civilians (0341).
    ("Thousands of Kurds rallied in Diyarbakir to demand official recognition of their language.", "1413", None, None),
    ("Students blocked the main bridge in Dhaka demanding a caretaker government.", "1444", {"BGD"}, None),
    ("Nicaragua outlawed two opposition parties ahead of the vote.", "1722", {"NIC"}, {"NIC"}),
    ("Egypt lifted a ban on opposition parties.", "0812", {"EGY"}, {"EGY"}),
    ("Russian drones struck a power plant in Kharkiv.", "195", {"RUS"}, {"UKR"}),
    ("Syrian artillery shelled rebel positions near Idlib.", "194", {"SYR"}, None),
    ("Kyiv accused Moscow of war crimes in Bucha.", "1124", {"UKR"}, {"RUS"}),  # coded since session 24
    ("Malaysia set up a commission to investigate allegations of police torture of detainees.", "092", {"MYS"}, None),
    ("Britain opened an investigation into a raid by British soldiers in which Iraqi civilians died.",
     "093", {"GBR"}, None),
    ("A U.N. panel began collecting evidence of atrocities against civilians in Darfur.", "094", {"IGOUNO"}, None),
    ("Nigeria's anti-graft agency is investigating the sale of oil blocks by the former minister.", "091",
     {"NGA"}, None),
    ("Dutch prosecutors opened an investigation into a cyber attack on the foreign ministry's network.", "091",
     {"NLD"}, None),
    ("The Houthis released the seized cargo ship Galaxy Leader and its crew.", "084", None, None),
    ("Iran freed two French citizens held in Tehran.", "0841", {"IRN"}, {"FRA"}),
    ("Mali's junta promised to hand power to an elected government by 2026.", "0341", {"MLI"}, None),
])
def test_subcode(code_text, text, cameo, actor, recipient):
    _has(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo", [
    # Stopping something that is fighting stays de-escalation; tanks moving in are not artillery fire;
    # sea drones are not aircraft; a peace plan proposed by a third party is no settlement of its own.
    ("The African Union urged the army and the RSF to stop the fighting in Khartoum.", "0256"),
    ("Israeli tanks pushed into the southern Gaza town of Khan Younis.", "190"),
    ("Ukrainian sea drones struck a Russian patrol ship off Crimea.", "190"),
    ("Brazil proposed a peace plan for Ukraine.", "030"),
    # An apology demanded has no aim CAMEO splits, whatever the incident involved.
    ("Ankara demanded an apology from Athens after its warplanes intercepted a Turkish jet.", "100"),
])
def test_narrower_code_not_taken(code_text, text, cameo):
    record = code_text(text)
    assert cameo in [e["cameo"] for e in record["events"]], [(e["cameo"], e["explanation"]) for e in record["events"]]
