"""Whoever brokered, mediated or backs what a cooperative act is about does another act and is
no party to this one (targets.one_other_party): "signed a deal, mediated by Burkina Faso" has no
Burkinabe recipient; a partner the sentence names with "with" still is one."""

from __future__ import annotations


def _dyads(code_text, text):
    return [(e["cameo"][:2], sorted(a["code"] for a in e["actor"]), sorted(r["code"] for r in e["recipient"]))
            for e in code_text(text)["events"]]


def test_mediator_of_a_deal_is_no_recipient(code_text):
    dyads = _dyads(code_text, "Ivory Coast's government and rebels signed a power-sharing deal in Ouagadougou, "
                              "mediated by Burkina Faso.")
    assert dyads and all("BFA" not in recipients for _, _, recipients in dyads)


def test_broker_of_a_ceasefire_is_no_recipient(code_text):
    dyads = _dyads(code_text, "Uganda's government and LRA rebels signed a truce in Juba, brokered by South Sudan.")
    assert dyads and all("SSD" not in recipients for _, _, recipients in dyads)


def test_partner_named_with_with_stays_the_recipient(code_text):
    dyads = _dyads(code_text, "Ethiopia signed a border agreement with Eritrea, brokered by Algeria.")
    assert ("05", ["ETH"], ["ERI"]) in dyads
