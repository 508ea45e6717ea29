"""Full-code probe, twenty-ninth round (helper wt-fullprobe28): 80 wire-style sentences of the
helper's own (none from bench/data or the other tests), each with one event whose gold is a
four-digit CAMEO code (or a three-digit leaf), with the actor and recipient countries, all decided
from the CAMEO 1.1b3 codebook (shared/reference/cameo) and the tuning gold's conventions before
accord was run on them. They are spread over the sub-code families where coders go wrong: the
kinds of appeal, intent, demand and rejection (cooperation, aid, reform, yielding), yielding
itself (0811-0814, 0861-0863), inquiries (091-094), accusations (1121-1125), threats (131x, 132x,
138x), protests (14x1-14x2), cuts and expulsions (162x, 166x), seizures and bans (171x, 172x),
assaults (182x) and chemical weapons (2041).

Compared as test_probe_28.py compares (actor codes by their country part, negated events left out,
some asserted event must match). At first sight 74 of 80 were right at root and dyad and 70 of 80
at full code. The misses: a text "released" read as persons set free (0242 -> 0253); fighters
pulled back read as fighter jets (1056 -> 1032); "financial aid ... to pay its soldiers" read as
protection (1031 -> 1034); "expand trade ... with" and "opened a war crimes case" not coded;
"protest leaders" with no code; the partner of "cooperate with X investigating ..." dropped as an
absolute clause; two bare verbs after "demanded that X" ("free", "extradite") that the small
model tags as adjectives; and "The leader of ... called on ... to resign", where the model reads
"called" as a participle on "leader" (two parse repairs now read both). After the session's rules
all 80 are right at root and dyad and at full code. The xfail tables are kept, empty, for the
next round.
"""

from __future__ import annotations

import pytest

from eventkit import dyads, full_probe_tests, has_asserted, has_asserted_code


# text, gold full code, actor countries, recipient countries
EVENTS = [
    # 02 appeal
    ("Moldova's president urged Romania on Friday to expand trade and energy links with Chisinau, her office said.", "0211", {"MDA"}, {"ROU"}),
    ("Estonia's defence minister called on Finland to deepen military cooperation in the Baltic Sea, the ministry said in a statement.", "0212", {"EST"}, {"FIN"}),
    ("Peru asked Bolivia to extradite a former regional governor wanted on corruption charges, the Peruvian justice ministry said on Wednesday.", "0213", {"PER"}, {"BOL"}),
    ("Kenya urged Somalia to share intelligence on militant cells operating near their common border, a Kenyan security official said.", "0214", {"KEN"}, {"SOM"}),
    ("Ukraine's foreign minister appealed to Canada for more air defence systems and artillery shells, according to a ministry statement.", "0232", {"UKR"}, {"CAN"}),
    ("Haiti's prime minister appealed to the Dominican Republic for food and medicine for families displaced by the hurricane, his office said.", "0233", {"HTI"}, {"DOM"}),
    ("Mozambique asked Rwanda to send more troops to protect gas projects in the north from insurgents, a government spokesman said.", "0234", {"MOZ"}, {"RWA"}),
    ("The leader of Georgia's main opposition party called on Georgia's prime minister to resign over the disputed election, party officials said.", "0241", {"GEO"}, {"GEO"}),
    ("The Mexican president urged the United States to change its immigration policy toward Central American migrants, in a letter released on Monday.", "0242", {"MEX"}, {"USA"}),
    ("Australia urged Cambodia to guarantee freedom of speech and assembly ahead of next month's vote, the foreign ministry said.", "0243", {"AUS"}, {"KHM"}),
    ("Colombia urged Venezuela to lift the state of emergency in towns along their shared border, the Colombian foreign ministry said.", "0251", {"COL"}, {"VEN"}),
    ("Cuba's foreign minister called on the United States to lift its economic embargo against the island, speaking at the United Nations.", "0254", {"CUB"}, {"USA"}),
    ("Kenya urged Ethiopia to let foreign aid agencies into the northern region, a Kenyan government spokesman said.", "0255", {"KEN"}, {"ETH"}),
    ("Brazil's foreign minister urged Russia to pull its troops out of Ukraine, his ministry said on Thursday.", "0256", {"BRA"}, {"RUS"}),
    # 03 intent
    ("Vietnam said it would expand trade and investment ties with Indonesia, the Vietnamese trade ministry said after talks in Hanoi.", "0311", {"VNM"}, {"IDN"}),
    ("Greece pledged to hold joint naval exercises with Egypt in the eastern Mediterranean next year, a Greek defence official said.", "0312", {"GRC"}, {"EGY"}),
    ("Spain pledged to cooperate with Moroccan prosecutors investigating the train bombing, the Spanish justice minister said.", "0313", {"ESP"}, {"MAR"}),
    ("India and Sri Lanka agreed to share intelligence on drug smuggling across the Palk Strait, officials from both countries said.", "0314", {"IND", "LKA"}, set()),
    ("Saudi Arabia pledged a 3 billion dollar loan to Pakistan to shore up its foreign reserves, the Pakistani finance ministry said.", "0331", {"SAU"}, {"PAK"}),
    ("Poland promised to send more tanks and armoured vehicles to Ukraine, the Polish defence minister said on Tuesday.", "0332", {"POL"}, {"UKR"}),
    ("Turkey pledged to send tents, blankets and food to earthquake survivors in Afghanistan, the Turkish disaster agency said.", "0333", {"TUR"}, {"AFG"}),
    ("Nigeria offered to send peacekeeping troops to Guinea-Bissau after the failed coup attempt, a Nigerian presidential aide said.", "0334", {"NGA"}, {"GNB"}),
    ("Bahrain's king pledged to guarantee freedom of expression for Bahraini citizens, the state news agency reported.", "0343", {"BHR"}, {"BHR"}),
    ("Iran said it would release two detained French tourists in the coming days, the Iranian judiciary spokesman said.", "0353", {"IRN"}, {"FRA"}),
    ("Britain said it would ease its sanctions on the Belarusian potash industry, a Foreign Office minister said.", "0354", {"GBR"}, {"BLR"}),
    ("Azerbaijan said it would pull its troops back from the border with Armenia, the Azerbaijani defence ministry said.", "0356", {"AZE"}, {"ARM"}),
    ("The Sri Lankan government said it would lift the curfew in Colombo on Saturday morning, a police spokesman said.", "0351", {"LKA"}, {"LKA"}),
    # 06 cooperate
    ("Japanese and Australian warships carried out joint drills off Darwin this week, the Australian defence department said.", "062", {"JPN", "AUS"}, set()),
    ("Thai police handed over a wanted Australian fraud suspect to Australian federal police at Bangkok airport, a Thai police spokesman said.", "063", {"THA"}, {"AUS"}),
    ("Jordan shared intelligence with Iraq that led to the capture of a senior militant commander, Iraqi security officials said.", "064", {"JOR"}, {"IRQ"}),
    # 08 yield
    ("Uzbekistan lifted restrictions on independent newspapers on Monday, the Uzbek information agency said.", "0811", {"UZB"}, {"UZB"}),
    ("Pakistan lifted a ban on a hardline Islamist party after weeks of violent protests, the interior ministry said.", "0812", {"PAK"}, {"PAK"}),
    ("Authorities in Ecuador lifted a night curfew in the port city of Guayaquil on Wednesday, the interior ministry said.", "0813", {"ECU"}, {"ECU"}),
    ("Peru's government ended the state of emergency in the southern region of Puno, according to a decree published on Friday.", "0814", {"PER"}, {"PER"}),
    ("Lebanon received a new contingent of Irish peacekeepers in the south on Sunday, the Lebanese army said.", "0861", {"LBN"}, {"IRL"}),
    ("Belarus allowed Polish inspectors to visit the nuclear power plant at Astravets, the Belarusian foreign ministry said.", "0862", {"BLR"}, {"POL"}),
    ("Sudan's army allowed a convoy of Chadian aid trucks into Darfur, a Chadian official said on Thursday.", "0863", {"SDN"}, {"TCD"}),
    # 09 investigate
    ("Brazilian prosecutors opened an investigation into bribes paid by a Chinese construction company to win road contracts, a prosecutor said.", "091", {"BRA"}, {"CHN"}),
    ("Nepal set up a commission to investigate human rights abuses committed by the army during the civil war, a government spokesman said.", "092", {"NPL"}, {"NPL"}),
    ("Thailand launched an inquiry into a Cambodian artillery strike on a border village, the Thai army said.", "093", {"THA"}, {"KHM"}),
    ("Georgian prosecutors opened a war crimes case over the bombing of a school by Russian aircraft in Gori, the chief prosecutor's office said.", "094", {"GEO"}, {"RUS"}),
    # 10 demand
    ("Nigeria demanded that Niger reopen its border to trade, the Nigerian foreign ministry said in a statement.", "1011", {"NGA"}, {"NER"}),
    ("Turkey demanded that Sweden extradite Kurdish militants wanted in Turkish courts, a Turkish official said.", "1013", {"TUR"}, {"SWE"}),
    ("Protest leaders in Serbia demanded the resignation of Serbia's prime minister, a spokesman for the movement said.", "1041", {"SRB"}, {"SRB"}),
    ("French farmers' unions demanded that the French government scrap new pesticide rules, union leaders said on Tuesday.", "1042", {"FRA"}, {"FRA"}),
    ("Armenia demanded that Azerbaijan free Armenian prisoners of war held since the fighting, the Armenian foreign ministry said.", "1053", {"ARM"}, {"AZE"}),
    ("Iran demanded that the United States lift oil sanctions before any new talks, the Iranian foreign ministry spokesman said.", "1054", {"IRN"}, {"USA"}),
    ("Israel demanded that Lebanon pull Hezbollah fighters back from the border, an Israeli official said.", "1056", {"ISR"}, {"LBN"}),
    ("Somalia demanded more financial aid from Turkey to pay its soldiers, a Somali finance ministry official said.", "1031", {"SOM"}, {"TUR"}),
    # 11 disapprove
    ("Ecuador accused a former Peruvian minister of laundering drug money through Ecuadorian banks, the Ecuadorian attorney general said.", "1121", {"ECU"}, {"PER"}),
    ("Canada accused Iran of torturing detained protesters, the Canadian foreign minister said on Wednesday.", "1122", {"CAN"}, {"IRN"}),
    ("Kyrgyzstan accused Tajikistan of attacking its border posts with drones, the Kyrgyz border service said.", "1123", {"KGZ"}, {"TJK"}),
    ("China accused a Japanese businessman of espionage, a Chinese foreign ministry spokeswoman said on Monday.", "1125", {"CHN"}, {"JPN"}),
    # 12 reject
    ("Indonesia turned down an Australian proposal for joint naval patrols in the Timor Sea, the Indonesian military said.", "1212", {"IDN"}, {"AUS"}),
    ("Argentina rejected a request from Bolivia for an emergency loan, the Argentine economy ministry said.", "1221", {"ARG"}, {"BOL"}),
    ("The Thai government refused to lift the state of emergency in the southern provinces, a government spokesman said.", "1241", {"THA"}, {"THA"}),
    ("Iran refused to free a jailed Swedish researcher, the Iranian judiciary spokesman said on Tuesday.", "1243", {"IRN"}, {"SWE"}),
    ("The United States refused to ease its sanctions on Cuba, a State Department spokesman said.", "1244", {"USA"}, {"CUB"}),
    ("Russia refused on Monday to pull its soldiers out of Georgia's breakaway region of Abkhazia, Russia's deputy foreign minister said.", "1246", {"RUS"}, {"GEO"}),
    # 13 threaten
    ("The United States threatened to cut military aid to Egypt over its human rights record, a senior U.S. senator said.", "1311", {"USA"}, {"EGY"}),
    ("China threatened to impose sanctions on Lithuanian companies, the Chinese commerce ministry said.", "1312", {"CHN"}, {"LTU"}),
    ("Algeria threatened to cut diplomatic ties with Spain over its stance on Western Sahara, the Algerian presidency said.", "1313", {"DZA"}, {"ESP"}),
    ("Authorities in Bangladesh threatened to impose a curfew in Dhaka if the protests continued, the home minister said.", "1323", {"BGD"}, {"BGD"}),
    ("China threatened to blockade Taiwan's ports if Taipei declared independence, a Chinese military spokesman said.", "1381", {"CHN"}, {"TWN"}),
    ("North Korea threatened to use nuclear weapons against South Korea, the state news agency KCNA said.", "1385", {"PRK"}, {"KOR"}),
    # 14 protest
    ("Thousands of Armenians demonstrated in Yerevan on Saturday to demand the resignation of Armenia's prime minister, witnesses said.", "1411", {"ARM"}, {"ARM"}),
    ("Belgian farmers protested outside parliament in Brussels against the Belgian government's new nitrogen rules, police said.", "1412", {"BEL"}, {"BEL"}),
    ("Nigerian unions went on a general strike against the Nigerian government's removal of fuel subsidies, union officials said.", "1432", {"NGA"}, {"NGA"}),
    # 16 reduce relations
    ("Japan suspended new loans to Myanmar after the military coup, the Japanese foreign ministry said.", "1621", {"JPN"}, {"MMR"}),
    ("The United States halted military aid to Niger after the coup, the State Department said.", "1622", {"USA"}, {"NER"}),
    ("Sweden suspended humanitarian aid to Afghanistan, the Swedish development agency said on Friday.", "1623", {"SWE"}, {"AFG"}),
    ("Russia expelled Norwegian weapons inspectors, the Norwegian defence ministry said.", "1662", {"RUS"}, {"NOR"}),
    ("Burundi expelled a Belgian aid agency, accusing it of meddling in politics, the Burundian interior ministry said.", "1663", {"BDI"}, {"BEL"}),
    # 17 coerce
    ("Venezuela seized the properties of a Spanish hotel chain on Margarita island, the Spanish company said.", "1711", {"VEN"}, {"ESP"}),
    ("Myanmar soldiers burned down the homes of Rohingya villagers in Rakhine state, according to a rights group.", "1712", {"MMR"}, {"MMR"}),
    ("Pakistan banned the party of the jailed former prime minister, the Pakistani interior minister said.", "1722", {"PAK"}, {"PAK"}),
    ("Authorities in Indonesia's Papua province imposed a curfew after rioting, police said on Sunday.", "1723", {"IDN"}, {"IDN"}),
    # 18 assault
    ("Eritrean soldiers raped women in Ethiopia's Tigray region, survivors told investigators.", "1821", {"ERI"}, {"ETH"}),
    ("Egyptian police tortured a detained Italian student, Italian prosecutors said.", "1822", {"EGY"}, {"ITA"}),
    # 20 mass violence
    ("Myanmar's army used poison gas against villagers in the Sagaing region, a rebel spokesman said.", "2041", {"MMR"}, {"MMR"}),

]

# Wrong at root or dyad after the session: text -> reason (strict xfail of both tests).
ROOT_WRONG: dict[str, str] = {}

# Right at root and dyad but wrong at full code after the session: text -> reason (strict xfail).
FULL_WRONG: dict[str, str] = {}


test_probe_size, test_probe_root, test_probe_full = full_probe_tests(EVENTS, ROOT_WRONG, FULL_WRONG, size=80)


# The session's rules, each on sentences of the helper's own, with look-alikes.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # A text "released" (a statement, a letter) sets no one free: the appeal keeps its own aim.
    ("The Peruvian president urged Chile to change its fishing policy, in a statement released on Sunday.",
     "0242", {"PER"}, {"CHL"}),
    # ... but people to be released still are (0253).
    ("Colombia urged Ecuador to release detained Colombian fishermen, in a statement released on Sunday.",
     "0253", {"COL"}, {"ECU"}),
    # Forces pulled back or out are standing down (0256, 1056), whatever names them.
    ("Seoul demanded that Pyongyang pull its artillery units back from the border.", "1056", {"KOR"}, {"PRK"}),
    ("Turkey urged Armenia to pull its troops out of the disputed villages.", "0256", {"TUR"}, {"ARM"}),
    # Fighter jets asked for stay military aid.
    ("Ukraine demanded more fighter jets from Sweden.", "1032", {"UKR"}, {"SWE"}),
    # The aid's own modifier names its kind before a purpose clause does.
    ("Jordan appealed to Japan for economic aid to pay soldiers' salaries.", "0231", {"JOR"}, {"JPN"}),
    ("Mali asked France for military protection.", "0234", {"MLI"}, {"FRA"}),
    # ... and only an aid noun's own: money "in humanitarian aid" stays humanitarian.
    ("Qatar pledged 20 million dollars in humanitarian aid to Yemen.", "0333", {"QAT"}, {"YEM"}),
    # Trade expanded or boosted is economic cooperation (061), promised 0311.
    ("Ghana said it would expand trade with Togo.", "0311", {"GHA"}, {"TGO"}),
    ("Ghana boosted trade with Togo last year.", "061", {"GHA"}, {"TGO"}),
    # A crime case opened is an investigation of the kind named.
    ("Dutch prosecutors opened a war crimes case against a Syrian colonel.", "094", {"NLD"}, {"SYR"}),
    ("Police in Leeds opened a hate crime case after an attack on a mosque.", "091", {"GBR"}, {"GBR"}),
    # Protest leaders are activists of their country.
    ("Protest leaders in Bolivia called for the resignation of Bolivia's interior minister.", "0241", {"BOL"}, {"BOL"}),
    # A partner verb's "with" names the partner even before a participle.
    ("Italy promised to work with Albanian police investigating the smuggling ring.", "030", {"ITA"}, {"ALB"}),
    # ... but an absolute "with ... looking on" after a comma stays the setting.
    ("France signed a defence agreement with Chad, with German officials looking on.", "057", {"FRA"}, {"TCD"}),
    # A bare verb after "demanded that X" read as an adjective is the verb demanded (parse repair).
    ("Greece demanded that Germany extradite Turkish officers wanted in Greek courts, a Greek official said.",
     "1013", {"GRC"}, {"DEU"}),
    # A finite verb read as a participle on its subject takes back its infinitive (parse repair).
    ("The leader of Kenya's largest opposition party called on Kenya's finance minister to resign over the tax bill, party officials said.",
     "0241", {"KEN"}, {"KEN"}),
    # ... and a sentence the model already reads right keeps its code.
    ("The head of Chile's biggest miners' union urged Chile's labour minister to step down over the pension law, the union said.",
     "0241", {"CHL"}, {"CHL"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # An ambassador pulled out is no standing down of forces.
    ("Iraq urged Kuwait to pull its ambassador out of Baghdad.", "0256"),
    # A noun with its own subjunctive verb keeps the adjective before it ("free speech be curbed").
    ("Moscow demanded that Tbilisi free speech be curbed.", "1053"),
    # Trading in shares is no cooperation between states.
    ("The exchange plans to expand trade in its futures contracts.", "0"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)
