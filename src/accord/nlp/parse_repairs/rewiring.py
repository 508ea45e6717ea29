"""Tree rewiring shared by the repairs: labels of a verb's subjects, and ``_rewire``, which gives
tokens new heads and labels without ever leaving a cycle and only when the result is one tree.
"""

from __future__ import annotations

from spacy.tokens import Span, Token


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


def _rewire(sent: Span, changes: dict[Token, tuple[Token, str]]) -> bool:
    """Give each token in ``changes`` its new head and label, in an order that never leaves a
    cycle between two assignments. A token that becomes its own head is the sentence's new root.
    Nothing is changed, and False returned, when the tree that would result is not one tree."""
    heads = {t.i: t.head.i for t in sent}
    heads.update({t.i: h.i for t, (h, _) in changes.items()})
    for i in heads:  # every word must reach the one root without passing a word twice
        seen = {i}
        while heads[i] != i:
            i = heads[i]
            if i in seen or i not in heads:
                return False
            seen.add(i)
    if sum(1 for i, h in heads.items() if i == h) != 1:
        return False
    pending = dict(changes)
    roots = [t for t, (h, _) in pending.items() if t == h]
    for token in roots:  # the new root first: a root is under nothing
        token.head = token
        token.dep_ = pending.pop(token)[1]
    while pending:
        token = next((t for t, (h, _) in pending.items() if t not in [h, *h.ancestors]), None)
        if token is None:  # cannot happen for a tree; leave rather than loop
            return False
        head, dep = pending.pop(token)
        token.head = head
        token.dep_ = dep
    return True
