"""The words of what a request, protest or rejection asks for: CAMEO's parallel aims.

Word lists (lemmas and forms) for the aims :func:`accord.events.aims.aim_of` reads -- a change in
leadership, of policy, rights, institutions, the release of persons or property, the easing of
sanctions, access for outsiders, de-escalation, talks, mediation, aid, reparations -- in the order
they are tried (`AIMS_IN_ORDER`), and the nouns that make a rejection one of a request.
"""

from __future__ import annotations



# Aim word lists (lemmas), in the order they are tried on the whole phrase.
LEADERSHIP = {"resign", "resignation", "quit", "ouster", "oust", "removal", "reinstate",
              "reinstatement", "impeach", "impeachment", "abdicate", "abdication", "concede",
              "overthrow", "topple", "toppling", "downfall"}
RIGHTS = {"right", "rights", "citizenship", "freedoms", "liberties"}
# Elections asked for are a change in leadership (codebook 0241: "Also code appeals for elections
# here"), unless the words name a change of the system itself ("free multiparty elections").
ELECTIONS = {"election", "elections"}
INSTITUTIONS = {"multiparty", "multi-party", "constitution", "constitutional", "referendum", "monarchy",
                "democracy", "civilian", "caretaker", "technocratic", "transitional", "electoral", "dissolve",
                "dissolution", "disband", "disbandment", "legislature", "judiciary"}
# Independence or autonomy asked for is a change of the whole system (codebook 1414, 1424, 1434,
# 1444, 1454: "call for independence or autonomy ... hence coded here"); read only in lower case
# and not as part of a name ("Independence Square", "the Autonomy Party"): see `aims.aim_of`.
SELF_RULE = {"independence", "autonomy", "self-rule", "self-government", "self-determination", "secession"}
SANCTION_WORDS = {"sanction", "sanctions", "embargo"}
EASING = {"lift", "ease", "end", "scrap", "remove", "drop", "relax", "loosen"}
RELEASE = {"release", "free", "freedom", "freeing"}
INFORMATION = {"explanation", "explain", "information", "evidence", "clarification", "clarify",
               "investigation", "inquiry", "probe", "answer", "answers"}
# Letting outsiders in: inspectors, aid workers, monitors (codebook 0255, 1055, 1245).
INVOLVEMENT = {"allow", "let", "admit", "permit", "access"}
CEASEFIRE = {"ceasefire", "cease-fire", "truce", "restraint"}  # ("to show restraint": 0256)
# Outsiders whose access or presence is asked for or refused: international involvement
# (0255, 1055, 1245) before the rights they may come to look into.
OUTSIDERS = {"inspector", "inspectors", "investigator", "investigators", "monitor", "monitors", "observer",
             "observers"}
# Handing over or giving back: persons wanted by a court are judicial cooperation (0213, 1013),
# land or power a concession (025, 105, 124), anything else a release or return (0253, 1053, 1243).
HANDING = {"return", "hand", "give"}
WANTED = {"militant", "militants", "suspect", "suspects", "fugitive", "fugitives", "perpetrator", "perpetrators",
          "killer", "killers", "culprit", "culprits", "terrorist", "terrorists", "criminal", "criminals"}
# Participles that make the persons handed over wanted by a court, whoever they are ("former
# officials wanted over the bombing", "officers accused of taking part in the coup").
WANTED_BY = {"want", "accuse", "charge", "indict", "suspect", "convict", "seek"}
HELD_LAND = {"island", "islands", "territory", "territories", "region", "province", "land", "control", "power",
             "sovereignty"}
# Whose letting in is a right, not international involvement; and who is foreign.
OWN_PEOPLE = {"girl", "girls", "woman", "women", "student", "students", "child", "children", "pupil", "pupils"}
FOREIGN = {"foreign", "international", "u.n.", "un", "aid", "agency", "agencies", "peacekeeper", "peacekeepers",
           "journalist", "journalists", "convoy", "convoys", "diplomat", "diplomats"}
# An eased ban on trade is left to the other rules; one on anything else is an administrative
# sanction eased (0251/1051/1241).
EASED_TRADE = {"import", "imports", "export", "exports", "trade", "tariff", "tariffs"}
ADMINISTRATIVE = {"restriction", "restrictions", "curb", "curbs", "ban", "curfew", "emergency", "lockdown"}
# Popular dissent to be ended (codebook 0252, 1052, 1242).
DISSENT = {"protest", "protests", "blockade", "blockades", "strike", "strikes", "demonstration", "demonstrations",
           "sit-in", "sit-ins", "rally", "rallies", "riot", "riots", "boycott", "occupation", "march", "marches"}
# What makes "strikes" armed attacks, not labour strikes ("halt air strikes", "stop drone strikes").
ARMED_STRIKE = {"air", "aerial", "drone", "missile", "rocket", "artillery", "military"}
# Fighting to be stopped: de-escalation of military engagement, not a change of policy.
FIGHTING = {"fighting", "hostilities", "shelling", "offensive", "violence", "war", "bombing", "bombardment",
            "firing", "clashes", "bloodshed", "incursion", "incursions", "airstrikes", "air-strikes", "attacks",
            "raids", "assault", "bombardments", "killing", "killings"}
# Verbs of protecting: the civilians they govern are no civilian government (0244, 1044).
PROTECTING = {"protect", "shield", "safeguard", "guard", "defend", "evacuate", "rescue", "spare"}
# Forces asked to be sent: protection asked for (0234, 1034, 1224 by the aid kinds), whatever they are to do.
DEPLOYING = {"deploy", "send", "dispatch", "station"}
PROTECTORS = {"peacekeeper", "peacekeepers", "troop", "troops", "soldier", "soldiers", "force", "forces"}
# Verbs that open or hold talks, and verbs of settling (what is asked: 026, 027).
TALK_OPENERS = {"resume", "hold", "open", "start", "begin", "restart", "reopen", "launch", "enter", "join"}
SETTLING = {"settle", "resolve"}
# Acts of fighting named by a verb after "stop", "halt", "end" ("stop bombing civilian areas",
# "halt shelling the town"): de-escalation (0256, 1056, 1246), not a change of policy.
FIGHTING_VERBS = {"bomb", "shell", "bombard", "attack", "strike", "fire", "fight", "raid", "shoot", "invade",
                  "target", "pound", "blitz"}
# A blockade by its field: an economic one eased is sanctions eased (0254, 1054, 1244), a naval or
# military one de-escalation (0256, 1056, 1246); a road blockade stays popular dissent.
ECONOMIC_BLOCKADE = {"economic", "trade", "commercial", "financial"}
MILITARY_BLOCKADE = {"naval", "military", "sea", "maritime", "air"}
# Standing down (codebook 0256, 1056, 1246: de-escalation of military engagement).
DEESCALATION = {"withdraw", "disarm", "de-escalate", "deescalate", "demobilise", "demobilize"}
TALKS = {"talks", "talk", "negotiation", "negotiations", "negotiate", "negotiating", "dialogue", "summit",
         "conference"}
MEDIATION = {"mediation", "mediator", "mediate"}
PEACE = {"peace", "reunification", "settlement"}  # a peace plan or deal turned down: "Reject plan, agreement to settle dispute" (127)
POLICY = {"stop", "halt", "end", "scrap", "freeze", "dismantle", "reverse", "abandon", "drop", "shut",
          "rethink", "reconsider", "cancel", "revoke", "repeal", "shelve"}
MILITARY_AID = {"drone", "drones", "battery", "batteries", "weapon", "weapons", "arms", "ammunition", "missile",
                "missiles", "jet", "jets", "fighter", "tank", "tanks", "destroyer", "howitzer", "artillery", "patriot",
                "air-defence", "air-defense",
                # helicopters, warplanes and armour asked for are arms too ("asked Washington for attack
                # helicopters and armoured vehicles": 0232)
                "helicopter", "helicopters", "gunship", "gunships", "warplane", "warplanes", "interceptor",
                "interceptors", "munition", "munitions", "armoured", "armored"}
# Relief goods named beside helicopters or vehicles make the request one for humanitarian aid
# ("appealed for tarpaulins, medicine and helicopters" after an earthquake: 0233, not 0232).
RELIEF_GOODS = {"food", "medicine", "medicines", "medical", "tent", "tents", "tarpaulin", "tarpaulins", "blanket",
                "blankets", "shelter", "humanitarian", "rescue", "rescuers", "relief", "evacuation", "evacuate"}
AID = {"aid", "assistance", "relief", "loan", "loans", "funding", "bailout", "fund", "funds", "financing"}
# Material cooperation asked for or turned down (codebook 0211/1011/1211, 0213/1013/1213).
ECONOMIC = {"invest", "investment", "investor", "investors", "market", "markets", "acquire", "acquisition",
            "takeover", "merger",
            # (codebook 0211 "called for greater impetus towards free trade", 1211 "rejected an Indian
            # proposal for signing Free Trade Agreement")
            "trade", "free-trade", "fta"}
# Barriers to trade asked to be dropped are economic cooperation asked for, not a change of policy
# (codebook 1011: "China must drop barriers to U.S. exports or face tariff penalties").
TRADE_BARRIERS = {"barrier", "barriers", "quota", "quotas"}
JUDICIAL = {"extradite", "extradition"}


APOLOGY = {"apology", "apologise", "apologize"}
# Reparations asked for or refused are economic aid (this batch of gold: 1031, 1221).
REPARATIONS = {"compensation", "compensate", "reparation", "reparations"}
AIMS_IN_ORDER = (
    ("leadership", LEADERSHIP), ("rights", RIGHTS), ("institutions", INSTITUTIONS), ("institutions", SELF_RULE),
    ("leadership", ELECTIONS),
    ("release", RELEASE),
    ("information", INFORMATION), ("involvement", INVOLVEMENT), ("deescalation", CEASEFIRE), ("talks", TALKS),
    ("peace", PEACE), ("policy", POLICY), ("military_aid", MILITARY_AID), ("reparations", REPARATIONS),
    ("aid", AID), ("judicial", JUDICIAL), ("economic", ECONOMIC), ("support", {"support"}),
    ("reform", {"reform", "reforms", "democratisation", "democratization", "liberalisation", "liberalization"}),
    ("yield", {"cede", "surrender", "relinquish", "concession", "concessions"}),
    ("cooperation", {"joint", "cooperation", "alliance"}),
)
# Giving something up asked for or refused (codebook 025, 105, 124), by the verb asked for.
# (codebook 105 example: "demanded that the DPRK forsake its nuclear program")
YIELD_VERBS = {"cede", "surrender", "relinquish", "concede", "forsake", "renounce"}
# The aims a protest is split by (codebook 141x-145x: leadership, policy, rights, institutions);
# others it may name are passed over ("against the pension reform" is about policy).
PROTEST_AIMS = {"leadership", "policy", "rights", "institutions"}
# Backing asked for: policy or diplomatic support (codebook 022 appeal, 102 demand).
SUPPORT = {"back", "support", "endorse", "recognise", "recognize", "reaffirm"}


# Things a protest is against that make it a protest for a change of policy.
POLICY_TARGETS = {"plan", "plans", "contract", "contracts", "cancellation", "reform", "law", "bill", "policy", "decision", "measure", "tax",
                  "rule", "rules", "austerity", "hike", "increase", "cut", "project", "deal", "agreement",
                  "acquittal", "verdict", "ruling", "legislation", "budget", "price", "prices", "subsidy",
                  "subsidies", "wage", "wages", "pension", "pensions", "fare", "fares", "fee", "fees", "taxes",
                  "purchase", "privatisation", "privatization", "rate", "rates", "tariff", "tariffs",
                  "removal", "rise", "rises", "abolition", "scrapping", "import", "imports", "export", "exports",
                  "quota", "quotas", "ban"}

# A pay claim asked for by a strike or protest is no change of policy the codebook splits out.
# What was going on when a protest turned violent, told in a clause with one of these
# conjunctions ("stormed parliament as lawmakers passed a finance bill", "torched stations as
# protests over a fare rise spiralled"), is what the crowd protested: a bill passed or voted on
# (verbs of making law or raising charges), or protests over something.
OCCASION_MARKS = {"as", "after", "while", "when"}
PROTEST_NOUNS = {"protest", "demonstration", "unrest", "anger", "outrage", "riot", "rally", "march"}
LAWMAKING_VERBS = {"pass", "approve", "adopt", "debate", "vote", "raise", "hike", "introduce", "enact", "impose"}
PAY = {"wage", "wages", "pay", "salary", "salaries", "bonus", "bonuses"}

# What a rejection (123x/124x, 125) must turn down to be coded by its aim.
REQUEST_NOUNS = {"demand", "call", "request", "plea", "appeal", "proposal", "offer", "plan", "ultimatum",
                 "pressure", "suggestion", "proposition", "invitation", "bid"}
