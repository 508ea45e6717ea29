"""Full (four-digit) sub-codes, twenty-sixth session: helicopters, warplanes and armour asked for
(0232) unless relief goods are named; electric shocks, waterboarding or torture a prisoner is
subjected to (1822); a police force, army or constitution to be overhauled or rewritten (0344);
parliament or the constitution suspended, the press or gatherings curbed (1721); intelligence to be
shared (1014); demands acceded to, by what was demanded (0831-0834); shelter given to a person (075).

Team-written sentences in the style of agency copy, not the tuning sentences that prompted the
rules: the exact CAMEO code and the actor/recipient codes, and for each rule a near miss that must
keep its other code.
"""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Arms asked for: helicopters, warplanes and armoured vehicles are military aid (0232).
    ("Nigeria asked the United States for attack helicopters to fight Boko Haram.", "0232", {"NGA"}, {"USA"}),
    ("Somalia asked Turkey for armoured vehicles and drones.", "0232", {"SOM"}, {"TUR"}),
    # Electric shocks beside a beating, or torture a prisoner is subjected to: torture (1822).
    ("Ukrainian prisoners were beaten and given electric shocks by Russian guards, the U.N. said.", "1822",
     {"RUS"}, {"UKR"}),
    ("Egyptian guards subjected detained activists to torture, Human Rights Watch said.", "1822", {"EGY"},
     {"EGY"}),
    # A police force or army to be overhauled, a constitution rewritten: intent to change institutions.
    ("Ecuador's president promised to overhaul the national police after a string of abuses.", "0344",
     {"ECU"}, {"ECU"}),
    ("Tunisia's president promised to rewrite the constitution.", "0344", {"TUN"}, {"TUN"}),
    # Parliament or the constitution suspended, the press or gatherings curbed (1721).
    ("Tunisia's president suspended parliament and dismissed the prime minister.", "1721", {"TUN"}, {"TUN"}),
    ("China imposed tight restrictions on the press in Tibet.", "1721", {"CHN"}, {"CHN"}),
    # Intelligence to be shared, demanded (1014), also when "share" is parsed as a noun.
    ("The United States demanded that Pakistan share intelligence on militant networks.", "1014", {"USA"},
     {"PAK"}),
    # Demands acceded to, by what was demanded (0834, 0831).
    ("Bolivia's president acceded to demands for a new constitution.", "0834", {"BOL"}, {"BOL"}),
    ("Togo's president acceded to opposition demands for his resignation.", "0831", {"TGO"}, {"TGO"}),
    # Shelter or refuge given to a deposed leader or a minister: asylum (075).
    ("Belarus offered refuge to the ousted Kyrgyz president Kurmanbek Bakiyev.", "075", {"BLR"}, {"KGZ"}),
])
def test_full_subcode(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient, exact=True)


@pytest.mark.parametrize("text, cameo, actor, recipient, not_codes", [
    # Helicopters asked for beside tents and medicine after a disaster: humanitarian aid (0233).
    ("Nepal's prime minister appealed to India and China for tarpaulins, medicine and helicopters after the "
     "earthquake.", "0233", {"NPL"}, {"IND", "CHN"}, {"0232"}),
    # A beating with no torture named stays a physical assault (182).
    ("Indian police beat the Kashmiri protesters with batons.", "182", {"IND"}, {"IND"}, {"1822"}),
    # A journalist's travel curbed is a plain administrative sanction (172), not a curb on the press.
    ("Russia imposed restrictions on foreign journalists' travel.", "172", {"RUS"}, {"RUS"}, {"1721"}),
    # Shelter given to refugees stays humanitarian aid (073), not asylum.
    ("Jordan gave shelter to 600,000 refugees from Syria.", "073", {"JOR"}, {"SYR"}, {"075"}),
    # Demands for reform acceded to, naming nothing more, stay 083.
    ("Kuwait's emir acceded to opposition demands for political reform.", "083", {"KWT"}, {"KWT"},
     {"0834", "0832"}),
])
def test_near_misses_keep_their_code(code_text, text, cameo, actor, recipient, not_codes):
    record = code_text(text)
    assert_some_event(record, cameo, actor, recipient, exact=True)
    assert not any(code in not_codes for code, _a, _r in dyads(record))
