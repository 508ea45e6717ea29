"""Reported speech and attributed beliefs from the dependency parse.

A cue word from the lexicon (``quote_cues.tsv``) with one of the complements it takes makes a
candidate attribution: the complement's words are the content, the cue's subject the source.

- clause: "Lula noted that trade had doubled", "Trade has doubled, Lula said"
- inf: "Russia intends to prioritise support", "Police urged people not to spread rumours"
- obj: "She denied the report", "He accused Moscow of meddling" (object and what follows)
- oprd: "He called it a disgrace"
- a preposition: "called for talks", "warned of war", "talked about trade"
- "according to X, …", "as noted by X, …", "as X said, …": the clause around is X's.

This module is the finder (which kind of cue each word is, and what every candidate gets after)
and the frames of a cue verb. The rest has a module of its own: `nominal` (a noun or adjective
cue, "X's response was that …"), `passives` (a passive cue that names no source),
`parentheticals` (a cue set off from the clause it reports, "…, Lula said"), `second_reports`
(a second report by the same source cut out of a first one's content) and `complements` (the
parse tests they share: a phrase of time or occasion, a to-infinitive).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.actors.tables import word_sets
from accord.quotes.boundaries import CLAUSE_FRAMES, run_to_closing_mark, trim_asides
from accord.quotes.candidate import Candidate, subtree, trim_leading
from accord.quotes.complements import RELATIVE, has_to, prep_is_occasion, prep_is_time
from accord.quotes.cues import Cue, CueLexicon
from accord.quotes.nominal import adjective_cue, copula_cue, noun_cue
from accord.quotes.parentheticals import clause_before
from accord.quotes.passives import addressed_participle, passive, passive_subject
from accord.quotes.phrases import DOCUMENTS, according, in_document, in_view
from accord.quotes.second_reports import finite_conjuncts, participial_reports
from accord.quotes.sources import stranded_subject, subject_of

# The word sets are data: each one's words and why are in accord/data/words/quotes_reported.tsv.
WORD_SETS = word_sets("quotes_reported")

OBJECT_PREPS = WORD_SETS["OBJECT_PREPS"]
# Complements that never belong to the content.
NEVER = {"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "punct", "cc", "mark", "agent", "expl",
         "npadvmod", "advmod", "prt", "dative", "intj", "det"}


ANSWERS = WORD_SETS["ANSWERS"]


class ReportedFinder:
    def __init__(self, lexicon: CueLexicon):
        self.lexicon = lexicon

    def find(self, doc: Doc) -> list[Candidate]:
        out: list[Candidate] = []
        self._inherit: dict[int, Token] = {}  # participles cut from a report: their source
        nouns, adjectives = self.lexicon.nouns, self.lexicon.adjectives
        for token in doc:
            lemma = token.lemma_.lower()
            if token.lower_ == "according":
                cand = according(token)
            elif lemma in self.lexicon and token.pos_ in ("VERB", "AUX"):
                cand = self._verb(token, lemma)
            elif token.pos_ == "VERB" and self.lexicon.introduces_with_it(token):
                cand = self._put_it(token, lemma)
            elif token.pos_ == "NOUN" and lemma in nouns:
                cand = noun_cue(token, lemma, self.lexicon)
            elif token.pos_ == "ADJ" and lemma in adjectives:
                cand = adjective_cue(token, lemma, self.lexicon)
            elif lemma == "be" and token.pos_ == "AUX":
                cand = copula_cue(token, self.lexicon)
            elif token.lower_ == "in" and token.dep_ == "prep":
                cand = in_document(token, self.lexicon) or in_view(token)
            else:
                continue
            if cand is not None and cand.tokens and any(doc[i].is_alpha or doc[i].like_num for i in cand.tokens):
                if token.pos_ == "VERB" and cand.frame not in CLAUSE_FRAMES:
                    cand.tokens |= self._gerund_series(token, cand.tokens)
                cand.tokens = trim_asides(doc, cand.tokens, cand.frame)
                cand.tokens = run_to_closing_mark(doc, cand.tokens)
                out.append(cand)
        # "in a poll, …" only where nothing else in the sentence attributes ("in an interview, she said …")
        cued = {doc[c.cue[0]].sent.start for c in out if c.cue and c.frame != "in-document"}
        return [c for c in out if c.frame != "in-document" or doc[c.cue[0]].sent.start not in cued]

    def _gerund_series(self, verb: Token, tokens: set[int]) -> set[int]:
        """"supported eliminating caucuses, limiting the number of delegates and binding them":
        gerunds after a gerund content that the parser hung on the cue verb continue the list."""
        doc = verb.doc
        roots = [doc[i] for i in tokens if doc[i].head.i not in tokens or doc[i].head.i == i]
        if not roots or roots[0].tag_ != "VBG":
            return set()
        extra: set[int] = set()
        last = max(tokens)
        for c in sorted(verb.children, key=lambda t: t.i):
            if c.i <= last or c.dep_ not in ("advcl", "conj") or c.tag_ != "VBG" \
                    or c.lemma_.lower() in self.lexicon \
                    or any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children):
                continue
            if any(not (doc[i].is_punct or doc[i].dep_ == "cc") for i in range(last + 1, c.left_edge.i)):
                break
            extra |= set(range(last + 1, c.left_edge.i)) | subtree(c)
            last = max(extra)
        return extra

    # -- "as X put it, …" -------------------------------------------------------------------
    def _put_it(self, verb: Token, lemma: str) -> Candidate | None:
        """"As Ridge put it, the barbarians are inside", "The plan, as she puts it, is dead": the
        clause around is X's; "X put it: “…”" is left to the quotation."""
        speaker = subject_of(verb)
        if speaker is None or verb.head is verb:
            return None
        if any(c.dep_ in ("ccomp", "xcomp", "oprd") or c.dep_ == "advmod" and c.i > verb.i + 1 for c in verb.children):
            return None  # "put it this way", "put it mildly": a manner, not a report
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            tokens = trim_leading(verb.doc, subtree(verb.head, subtree(verb)))
            tokens = {i for i in tokens if not verb.doc[i].is_punct or verb.doc[i].text in ("“", "”", '"')}
            return Candidate("indirect", tokens, (verb.i, verb.i + 2), speaker,
                             f"reported speech: 'as … {verb.text} it'", frame="as", lemma=lemma)
        return None

    # -- cue verbs ----------------------------------------------------------------------
    def _verb(self, verb: Token, lemma: str) -> Candidate | None:
        """A cue verb's candidate, by the first of its frames that its complements fill: a
        participle naming what a noun is taken for, a question asked, "as X said", an answer, a
        clause, an infinitive, a passive with its source, an object with its predicate, a stance,
        "for X to", a preposition, an object, else the clause the cue hangs off."""
        cue = self.lexicon.verb(lemma)
        children = list(verb.children)
        participle = verb.dep_ == "acl" and verb.tag_ == "VBN"
        if participle:
            named = self._naming_participle(verb, lemma, cue)
            if named is not None:
                return named
        asked = addressed_participle(verb, lemma, cue, children)
        if asked is not None:
            return asked
        speaker = self._inherit.get(verb.i) or subject_of(verb)
        if lemma in FINDING_VERBS and speaker is not None and speaker.lemma_.lower() in FINDING_SOURCES:
            # "a CNN survey found 90 percent support", "…, records show": a finding reported
            cue = Cue(cue.lemma, cue.pos, cue.frames | {"obj", "quote"})
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
            around = self._clause_around(verb, lemma, cue, children, speaker)
            if around is not None or not any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep") and c.i > verb.i
                                             for c in children):
                return around
            # "… as he urged voters to stay home": a cue of the clause's own, with its complement
        if speaker is None and cue.takes("clause") and any(c.dep_ == "ccomp" and c.i > verb.i for c in children):
            speaker = stranded_subject(verb)
        if speaker is None:
            return passive(verb, lemma, cue, children)
        if cue.takes("seem"):
            looks = self._appearance(verb, lemma, speaker)
            if looks is not None:
                return looks
        for frame in (self._answer, self._clause_content, self._infinitive_content):
            found = frame(verb, lemma, cue, children, speaker)
            if found is not None:
                return found
        obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
        found = self._passive_attribution(verb, lemma, cue, children, speaker, obj)
        if found is not None:
            return found
        found = self._predicate_content(verb, lemma, cue, children, speaker, obj, participle)
        if found is not None:
            return found
        stance = _stance_phrase(verb, cue)
        if stance is not None:
            frame, inner = stance
            return Candidate("indirect", subtree(inner) - {inner.i}, (verb.i, inner.i + 1), speaker,
                             f"attribution: '{verb.text}' in {frame} of", frame=frame, lemma=lemma)
        found = self._for_clause(verb, lemma, cue, children, speaker)
        if found is not None:
            return found
        found, obj = self._prep_content(verb, lemma, cue, children, speaker, obj)
        if found is not None:
            return found
        if obj is not None and cue.takes("obj"):
            return self._object_content(verb, lemma, cue, children, speaker, obj)
        # "Trade has doubled, Lula said" / "This campaign, he says, is different": the cue hangs
        # off the clause it reports.
        return clause_before(verb, lemma, cue, children, speaker)

    # The frames of _verb, in the order it tries them.

    def _clause_around(self, verb: Token, lemma: str, cue: Cue, children: list[Token],
                       speaker: Token | None) -> Candidate | None:
        """"as noted by X, CLAUSE" / "as X said, CLAUSE": the clause around is X's."""
        # not "as Trump called it", which names rather than reports (0 of 4 right on train)
        if (cue.takes("quote") or cue.takes("clause")) and lemma != "call" \
                and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in children) and speaker is not None:
            tokens = subtree(verb.head, subtree(verb))
            return Candidate("indirect", tokens, (verb.i, verb.i + 1), speaker,
                             f"reported speech: 'as {verb.text}'", frame="as", lemma=lemma)
        return None

    def _answer(self, verb: Token, lemma: str, cue: Cue, children: list[Token], speaker: Token) -> Candidate | None:
        """"half said so", "46 percent said yes", "he said no to the war"."""
        answer = next((c for c in children if c.i == verb.i + 1 and c.lower_ in ANSWERS
                       and c.dep_ in ("advmod", "intj", "dobj")), None)
        if answer is not None and cue.takes("quote"):
            tokens = {answer.i} | {t.i for c in children if c.dep_ == "prep" and c.i > answer.i and c.lower_ == "to"
                                   for t in c.subtree}
            return Candidate("indirect", tokens, (verb.i, verb.i + 1), speaker,
                             f"reported answer: '{verb.text} {answer.text}'", frame="answer", lemma=lemma)
        return None

    def _clause_content(self, verb: Token, lemma: str, cue: Cue, children: list[Token],
                        speaker: Token) -> Candidate | None:
        """"Lula noted that trade had doubled": the clause complement, less the reports of the
        same source cut out of it."""
        clauses = [c for c in children if c.dep_ == "ccomp"]
        if not clauses and cue.takes("clause") and not cue.takes("inf"):
            # "said seeing so many officers there was a relief": the parser makes the gerund
            # subject of the reported clause the cue's complement, and the clause the gerund's
            clauses = [c for c in children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1
                       and any(g.dep_ == "ccomp" and g.i > c.i for g in c.children)]
        if clauses and cue.takes("clause"):
            tokens: set[int] = set()
            for c in clauses:
                tokens |= subtree(c)
            tokens -= participial_reports(clauses, speaker, self.lexicon, self._inherit)
            if min(tokens) < verb.i:
                tokens = trim_leading(verb.doc, tokens)  # "But the truce will hold, officials said"
            return Candidate("indirect", tokens, (verb.i, verb.i + 1), speaker,
                             f"reported speech: '{verb.text}' + clause", frame="clause", lemma=lemma)
        return None

    def _infinitive_content(self, verb: Token, lemma: str, cue: Cue, children: list[Token],
                            speaker: Token) -> Candidate | None:
        """"Russia intends to prioritise support", "urged voters to stay home": the infinitive
        (with the one urged), less finite verbs joined to it."""
        infinitives = [c for c in children if c.dep_ == "xcomp" and c.i > verb.i and (has_to(c) or c.tag_ == "VBG")]
        if infinitives and cue.takes("inf"):
            tokens = set()
            for c in infinitives:
                tokens |= subtree(c)
            person = next((c for c in children if c.dep_ == "dobj" and verb.i < c.i < infinitives[0].i), None)
            if person is not None and lemma not in OWN_INFINITIVE:
                # "urged voters to stay home": PolNeAR's content takes the one urged too (about
                # 7 times in 10 on train; not for "told X to", "warned X to")
                tokens |= subtree(person)
            tokens -= finite_conjuncts(infinitives, verb, speaker, self._inherit)
            return Candidate("indirect", tokens, (verb.i, verb.i + 1), speaker,
                             f"attributed intention: '{verb.text}' + infinitive", frame="inf", lemma=lemma)
        return None

    def _passive_attribution(self, verb: Token, lemma: str, cue: Cue, children: list[Token], speaker: Token,
                             obj: Token | None) -> Candidate | None:
        """"Kasich was endorsed by the Globe": the passive subject is the object (a participle
        describing a noun, "the campaign, first reported by the Post", was right too rarely)."""
        patient = passive_subject(verb)
        if obj is None and patient is not None and cue.takes("obj") and any(c.dep_ == "agent" for c in children):
            tokens = {i for i in subtree(patient) if not verb.doc[i].is_punct}
            for c in children:
                # "Trump was criticized by his rivals for failing to …": what follows, as in the
                # object frame ("criticized X for Y")
                if c.dep_ == "prep" and c.i > verb.i and c.lower_ in ("for", "of", "as", "over") \
                        and not prep_is_time(c) and not prep_is_occasion(c):
                    tokens |= subtree(c)
                if c.dep_ == "agent":
                    # "Obama was accused by Trump of founding ISIS": the parser hangs the "of"
                    # phrase on the agent
                    tokens |= {t.i for g in c.children if g.dep_ == "pobj" for p in g.children
                               if p.dep_ == "prep" and p.i > g.i and p.lower_ in ("for", "of", "as", "over")
                               and cue.takes(p.lower_) for t in p.subtree}
            return Candidate("indirect", tokens, (verb.i, verb.i + 1), speaker,
                             f"attribution: passive '{verb.text}' by a source", frame="obj-passive", lemma=lemma)
        return None

    def _predicate_content(self, verb: Token, lemma: str, cue: Cue, children: list[Token], speaker: Token,
                           obj: Token | None, participle: bool) -> Candidate | None:
        """"called it a disgrace": PolNeAR's content is the object with its predicate (not "a
        group called X", which names)."""
        oprd = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
        if oprd is not None and cue.takes("oprd") and not participle:
            tokens = subtree(oprd) | (subtree(obj) if obj is not None and obj.i < oprd.i else set())
            return Candidate("indirect", tokens, (verb.i, verb.i + 1), speaker,
                             f"attributed description: '{verb.text}' + predicate", frame="oprd", lemma=lemma)
        return None

    def _for_clause(self, verb: Token, lemma: str, cue: Cue, children: list[Token],
                    speaker: Token) -> Candidate | None:
        """"called for Trump to drop out": the parser makes "for X to …" a clause marked by "for"."""
        if cue.takes("for"):
            clause = next((c for c in children if c.dep_ == "advcl" and c.i > verb.i and has_to(c)
                           and any(m.dep_ == "mark" and m.lower_ == "for" and m.i < c.i for m in c.children)), None)
            if clause is not None:
                mark = next(m for m in clause.children if m.dep_ == "mark" and m.lower_ == "for")
                return Candidate("indirect", subtree(clause, {mark.i}), (verb.i, mark.i + 1), speaker,
                                 f"attribution: '{verb.text} for' + infinitive clause", frame="for", lemma=lemma)
        return None

    def _prep_content(self, verb: Token, lemma: str, cue: Cue, children: list[Token], speaker: Token,
                      obj: Token | None) -> tuple[Candidate | None, Token | None]:
        """"called for talks", "warned of war", "blamed Clinton for …": the phrase of a preposition
        the cue takes (with the object before it, for some). Also gives back the object, which
        "named Pence as his running mate" finds in the predicate."""
        for prep in children + _hearer_preps(verb):
            if prep.dep_ == "prep" and prep.i > verb.i and prep.lower_ in cue.frames and not prep_is_time(prep):
                if obj is None and prep.lower_ == "as":
                    # "named Pence as his running mate", parsed with the object as a predicate
                    obj = next((c for c in children if c.dep_ == "oprd" and verb.i < c.i < prep.i), None)
                if obj is not None and obj.i < prep.i:
                    if cue.takes("obj"):
                        break  # "accused him of lying": the object frame takes both
                    if prep.lower_ in ("as", "of", "for", "to", "with"):
                        # "described himself as …", "blamed Clinton for …": the object is content too
                        tokens = subtree(obj) | (subtree(prep) - {prep.i})
                        return Candidate("indirect", tokens, (verb.i, verb.i + 1), speaker,
                                         f"attribution: '{verb.text}' + object + '{prep.text}'", frame=prep.lower_,
                                         lemma=lemma), obj
                tokens = subtree(prep) - {prep.i}
                for c in children:
                    if c.dep_ == "xcomp" and c.i > prep.i:  # "called on X to do Y"
                        tokens |= subtree(c) - finite_conjuncts([c], verb, speaker, self._inherit)
                    elif c.dep_ == "prep" and c.lower_ == "as" and prep.lower_ == "to" and c.i > prep.i:
                        tokens |= subtree(c)  # "referred to X as Y", "pointed to X as Y"
                if tokens:
                    return Candidate("indirect", tokens, (verb.i, prep.i + 1), speaker,
                                     f"attribution: '{verb.text} {prep.text}'", frame=prep.lower_, lemma=lemma), obj
        return None, obj

    def _object_content(self, verb: Token, lemma: str, cue: Cue, children: list[Token], speaker: Token,
                        obj: Token) -> Candidate | None:
        """"She denied the report", "He accused Moscow of meddling": the object with what follows
        it (not a generic "you"'s)."""
        if speaker.lower_ == "you":
            return None  # "if you support the plan …": a generic "you" holds no attitude
        tokens = subtree(obj)
        for c in children:
            if c.i <= obj.i or c.dep_ in NEVER:
                continue
            if c.dep_ == "prep" and (c.lower_ not in OBJECT_PREPS or prep_is_time(c) or prep_is_occasion(c)):
                continue
            if c.dep_ == "conj" and _second_object(c, obj):
                tokens |= subtree(c) | {i for i in range(obj.right_edge.i + 1, c.left_edge.i)
                                        if verb.doc[i].lower_ in ("and", "or", ",")}
                continue
            if c.dep_ == "advcl" and self._object_complement(c, obj, cue):
                tokens |= subtree(c)
                continue
            if c.dep_ in ("advcl", "conj", "parataxis", "relcl"):
                continue
            tokens |= subtree(c)
        tokens |= self._stray_as(obj, cue)
        return Candidate("indirect", tokens, (verb.i, verb.i + 1), speaker,
                         f"attribution: '{verb.text}' + object", frame="obj", lemma=lemma)

    def _naming_participle(self, verb: Token, lemma: str, cue) -> Candidate | None:
        """"the contests known as Super Tuesday", "an option seen by organizers as a lifeboat": a
        participle with "as" after a noun says what the noun is taken for; the noun with the "as"
        phrase is the content, the agent (if any) the source."""
        if not (cue.takes("as") or cue.takes("passive-as")):
            return None
        as_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_prep is None or not any(c.dep_ == "pobj" for c in as_prep.children):
            return None
        noun = verb.head
        tokens = {i for i in subtree(noun) if i < verb.left_edge.i} | subtree(as_prep)
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        how = f"attribution: '{noun.text} {verb.text} as'" + ("" if agent is not None else " (no source)")
        return Candidate("indirect", tokens, (verb.i, verb.i + 1), agent, how, frame="as-participle", lemma=lemma)

    def _appearance(self, verb: Token, lemma: str, subject: Token) -> Candidate | None:
        """"Clinton seemed irritated", "the race appears closer in Ohio": how something looks, to
        no one named; the content is the subject with what it seems, and there is no source."""
        state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "attr") and c.i > verb.i), None)
        if state is None or subject.lower_ in RELATIVE or subject.lower_ in ("it", "there"):
            return None
        tokens = subtree(subject) | subtree(state)
        return Candidate("indirect", tokens, (verb.i, verb.i + 1), None,
                         f"attributed appearance: '{verb.text}' + '{state.text}' (no source)", frame="seem", lemma=lemma)

    def _object_complement(self, clause: Token, obj: Token, cue: Cue) -> bool:
        """A clause the parser hung on the verb that completes the object: "portraying Sanders
        as focused on …" (the "as" of a cue that takes one), "defended his call to raise the
        wage" (an infinitive after a noun that takes one)."""
        if clause.left_edge.i != obj.right_edge.i + 1:
            return False
        first = clause.left_edge
        if first.lower_ == "as":
            return cue.takes("as")
        noun = self.lexicon.nouns.get(obj.lemma_.lower())
        return noun is not None and noun.takes("inf") and has_to(clause)

    def _stray_as(self, obj: Token, cue: Cue) -> set[int]:
        """"praising Jeb Bush, who ended his bid, as “a man who …”": an "as" phrase the parser
        hung inside the object's relative clause, after a comma, is the cue's."""
        if not cue.takes("as"):
            return set()
        for rel in obj.children:
            if rel.dep_ != "relcl":
                continue
            for prep in rel.children:
                if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > rel.i \
                        and prep.doc[prep.i - 1].text == ",":
                    return subtree(prep)
        return set()


OWN_INFINITIVE = WORD_SETS["OWN_INFINITIVE"]
FINDING_VERBS = WORD_SETS["FINDING_VERBS"]
FINDING_SOURCES = DOCUMENTS | {"record", "result", "paper", "inquiry", "investigation", "research", "document",
                               "file", "poll", "filing", "log"}


# "voted in favor of …", "spoke out in support of …", "in opposition to …": a stance phrase that
# stands for the "for" or "against" frame.
STANCE_NOUNS = {"favor": "for", "favour": "for", "support": "for", "defense": "for", "defence": "for",
                "opposition": "against"}


def _stance_phrase(verb: Token, cue) -> tuple[str, Token] | None:
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < verb.i:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        frame = STANCE_NOUNS.get(noun.lower_) if noun is not None else None
        if frame is None or not cue.takes(frame):
            continue
        inner = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "to")), None)
        if inner is not None and any(c.dep_ in ("pobj", "pcomp") for c in inner.children):
            return frame, inner
    return None


def _second_object(conj: Token, obj: Token) -> bool:
    """"emphasized fairness, and a need to …", "mentioned refinancing loans and forcing …": the
    parser joins a second object to the cue verb; a noun, or a gerund after a gerund object,
    cannot be the verb's conjunct."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return False
    if conj.pos_ in ("NOUN", "PROPN"):
        return True
    gerund = obj.tag_ == "VBG" or any(t.tag_ == "VBG" and t.i == obj.left_edge.i for t in obj.subtree)
    return conj.tag_ == "VBG" and gerund


def _hearer_preps(verb: Token) -> list[Token]:
    """"talking to his inner circle about launching …": the parser hangs the topic on the one
    spoken to; the topic's preposition is the verb's."""
    out = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "with") and prep.i > verb.i:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out.extend(c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("about", "on", "over"))
    return out
