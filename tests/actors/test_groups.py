"""Armed groups, parties and sub-state peoples from organisations.tsv / countries.tsv."""

from __future__ import annotations

import pytest

from accord.ingest import Article


@pytest.mark.parametrize("text, surface, code, sector", [
    # non-state armed groups
    ("Shining Path guerrillas attacked a patrol near Ayacucho.", "Shining Path guerrillas", "PERSHP", "REB"),
    ("NPA rebels ambushed an army convoy on Samar.", "NPA rebels", "PHLNPA", "REB"),
    ("The New People's Army released two captives.", "New People's Army", "PHLNPA", "REB"),
    ("The MILF signed a peace deal.", "MILF", "PHLMLF", "REB"),
    ("Abu Sayyaf kidnapped three fishermen.", "Abu Sayyaf", "PHLASF", "REB"),  # convention 18: home state
    ("ISWAP fighters attacked a base in Borno.", "ISWAP fighters", "IMGMOSISW", "REB"),
    ("The Arakan Army seized a border post.", "Arakan Army", "MMRARA", "REB"),
    ("The Tatmadaw shelled a village in Sagaing.", "Tatmadaw", "MMRTAT", "MIL"),
    ("Naxalites ambushed a patrol in Chhattisgarh.", "Naxalites", "INDNAX", "REB"),
    ("The SPLM-IO accused the army of attacks.", "SPLM-IO", "SSDSPO", "REB"),
    ("The Polisario Front rejected the plan.", "Polisario Front", "ESHPOL", "REB"),
    ("The Provisional IRA declared a ceasefire.", "Provisional IRA", "GBRIRA", "REB"),
    ("The Azov Regiment defended the steel plant.", "Azov Regiment", "UKRAZV", "MIL"),
    ("The TPLF rejected the proposal.", "TPLF", "ETHTPL", "REB"),
    ("Kataib Hezbollah fired rockets at the base.", "Kataib Hezbollah", "IRQKTH", "PRM"),
    ("The Peshmerga deployed more troops.", "Peshmerga", "IRQPES", "MIL"),
    # parties and movements
    ("The ANC lost its majority.", "ANC", "ZAFANC", "PTY"),
    ("Zanu-PF won the vote.", "Zanu-PF", "ZWEZPF", "PTY"),
    ("Ennahda boycotted the referendum.", "Ennahda", "TUNENN", "PTY"),
    ("UNITA called for protests.", "UNITA", "AGOUNI", "PTY"),
    ("The KDP and the PUK held talks.", "PUK", "IRQPUK", "PTY"),
    ("The Muslim Brotherhood condemned the verdict.", "Muslim Brotherhood", "NGMMOSMBR", "OPP"),
    ("The KMT criticised the budget.", "KMT", "TWNKMT", "PTY"),
    # sub-state peoples coded by their state (countries.tsv demonyms)
    ("Bosnian Serb leaders rejected the ruling.", "Bosnian Serb", "BIH", None),
    ("Kosovo Albanians marched in Pristina.", "Kosovo Albanians", "XKX", None),
    ("Uyghur activists met the envoy.", "Uyghur activists", "CHN", "CVL"),
    ("Rohingya refugees reached the coast.", "Rohingya refugees", "MMR", "REF"),
    ("Igbo leaders demanded a referendum.", "Igbo", "NGA", None),
])
def test_group_recognised(mentions_of, text, surface, code, sector):
    found = mentions_of(text)
    assert surface in found, found
    assert found[surface] == (code, sector)


def test_spl_movements_kept_apart(mentions_of):
    found = mentions_of("The SPLM-IO accused the SPLM of breaking the deal.")
    assert found["SPLM-IO"][0] == "SSDSPO"
    assert found["SPLM"] == ("SSDSPL", "GOV")


@pytest.mark.parametrize("text, surface", [
    ("The IRA bill cut drug prices.", "IRA"),          # Inflation Reduction Act
    ("Two soldiers were listed as KIA.", "KIA"),        # killed in action
    ("The Sea of Azov froze early.", "Azov"),
    ("Kurdish fighters attacked the base.", "Kurdish"),  # four states: left uncoded
])
def test_ambiguous_forms_left_out(mentions_of, text, surface):
    found = mentions_of(text)
    assert found.get(surface, (None, None))[0] is None


@pytest.fixture(scope="module")
def mention_kinds(pipeline):
    def run(text: str) -> dict[str, tuple[str | None, str | None, str]]:
        doc = pipeline.nlp(pipeline._make_doc(Article(id="t", text=text)))
        return {doc[m.start:m.end].text: (m.actor.code, m.actor.sector, m.actor.kind) for m in doc._.actors}

    return run


@pytest.mark.parametrize("text, surface, code, sector, kind", [
    # groups.tsv: a people or movement with no state of its own is a group, placed later
    ("Kurds marched through Diyarbakir.", "Kurds", None, "CVL", "group"),
    ("Islamic fundamentalists staged a rally.", "fundamentalists", None, "OPP", "group"),
    ("Tibetans protested outside the embassy.", "Tibetans", "CHN", "CVL", "country"),
    # a group word before a role word only modifies it
    ("Shiite militiamen seized the bridge.", "militiamen", None, "UAF", "role"),
    # a demonym read as a people: the demonym's state is only the last resort
    ("Ethnic Albanians gathered in the square.", "Ethnic Albanians", "ALB", "CVL", "group"),
    ("The Hungarian minority voted for the party.", "Hungarian minority", "HUN", "CVL", "group"),
    ("Ethnic Serb guerrillas blocked the road.", "Ethnic Serb guerrillas", "SRB", "REB", "group"),
    # one nation's people in another state
    ("Croatian Serbs returned to Knin.", "Croatian Serbs", "HRV", "CVL", "country"),
    # a role phrase may start with an adjective
    ("Iraqi armed groups fired rockets at the base.", "Iraqi armed groups", "IRQ", "UAF", "country"),
])
def test_group_mentions(mention_kinds, text, surface, code, sector, kind):
    found = mention_kinds(text)
    assert found.get(surface) == (code, sector, kind), found


def test_stance_prefix_is_not_an_actor(mention_kinds):
    found = mention_kinds("Police dispersed pro-EU and anti-Russian demonstrators.")
    assert "EU" not in found and "Russian" not in found


@pytest.mark.parametrize("text, surface, code", [
    # former names in older wire text: the state that continues them
    ("Soviet troops left Kabul.", "Soviet troops", "RUS"),
    ("Zaire closed its border.", "Zaire", "COD"),
    ("Yugoslav forces shelled the town.", "Yugoslav forces", "SRB"),
    ("Kampuchean guerrillas attacked the camp.", "Kampuchean guerrillas", "KHM"),
])
def test_former_state_names(mentions_of, text, surface, code):
    found = mentions_of(text)
    assert found.get(surface, (None,))[0] == code, found
