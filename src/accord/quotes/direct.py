"""Direct quotations: quote-mark spans, their cue and source.

The cue is looked for right after each part of the quotation ("“…,” the minister said",
"“…,” said Smith"), then before it ("Smith told reporters: “…”", "Smith said, “…”"), then
a bare colon after a name ("Trump on Twitter: “…”"). A quotation without a cue is either a
continuation of the attribution just before it (same or next paragraph: "“A,” he said. “B.”")
or, if it is a short phrase inside a sentence, a scare quote or a quoted fragment that
reported speech may cover ("called it “absolute chaos”").
Transcript lines and headlines "NAME: …" are quotations of NAME.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from accord.quotes.candidate import Candidate
from accord.quotes.cues import CueLexicon
from accord.quotes.index import TokenIndex
from accord.quotes.marks import MarkedQuote, paragraphs
from accord.quotes.sources import subject_of

AFTER_WINDOW = 12  # tokens after a closing mark in which its cue may stand
BEFORE_WINDOW = 30  # tokens before an opening mark
OPENING = {"“", "«", "„", '"', "‘", "''", "``"}
CLOSING = {"”", "»", '"', "’", "''"}
SENTENCE_END = {".", "!", "?"}
WORD = re.compile(r"\w+")
RESUMING = re.compile(r",\s+(?:but|and)$")
# "NAME: text" lines that are not quotations.
NOT_SPEAKERS = {"update", "note", "editor", "photo", "video", "watch", "read", "related", "source", "sources",
                "correction", "clarification", "advertisement", "image", "caption", "credit", "warning",
                "breaking", "exclusive", "analysis", "opinion", "q", "a", "question", "answer", "subscribe",
                "follow", "share", "email", "contact", "tags", "topics", "see", "also", "more", "listen", "here",
                "disclosure", "transcript", "live", "the latest", "why", "what", "how", "when", "where", "who",
                "byline", "dateline", "twitter", "facebook", "instagram", "boom", "look", "wow", "stat", "spoiler"}
EMBEDDED = Candidate("direct", set(), None, None, "embedded in a reported clause")
# '"WALLACE: …' (an opening mark, then a name in capitals and a colon)
QUOTED_LINE = re.compile(r"\s*[\"“](?=[A-Z][A-Z.'’\- ]{1,40}:\s)")
TRANSCRIPT = re.compile(r"^\s*([A-Z][\w.'’\- ]{0,40}?)\s*:\s+(\S.*)$")
# A signature after a quotation: "“…” ― Name", "“…”\n\n- Name, a voter.": a dash and a name (with
# a description after a comma) that end the line.
_NAME_WORD = r"[A-Z][\w'’.\-]*"
SIGNATURE = re.compile(r"[”\"’»]?[ \t\u00a0]*(?:\n\s*)?(―|—|–|--?)[ \t\u00a0]*"
                       rf"({_NAME_WORD}(?:[ \u00a0]+(?:{_NAME_WORD}|de|del|la|van|von|da|dos|y)){{0,4}})"
                       r"(?:,[^\n]{0,80})?\.?[ \t\u00a0]*(?:\n|$)")


class DirectFinder:
    def __init__(self, lexicon: CueLexicon):
        self.lexicon = lexicon

    def find(self, doc: Doc, index: TokenIndex, marked: list[MarkedQuote]) -> tuple[list[Candidate], list[MarkedQuote]]:
        """(attributed quotations, cue-less quotations that may continue an attribution)."""
        # Doc.text is rebuilt from the tokens on every access; read it once per article
        self.doc, self.index, self.text = doc, index, doc.text
        self.para_starts = [s for s, _ in paragraphs(self.text)]
        attributed: list[Candidate] = []
        floating: list[MarkedQuote] = []
        lines = self._transcript_lines(marked)
        for mq in self._merge_interrupted(marked):
            if any(0 <= s - start <= 1 for s, _ in mq.parts for start in self.wrapped_lines):
                # the marks wrapping transcript lines: each line is an attribution, and the
                # paragraphs after a line that name nobody go on with it
                self._continue_lines(lines, mq)
                continue
            if not self._sentential(mq):
                continue  # a phrase quoted inside a sentence: reported speech may cover it
            cand = self._attribute(mq)
            if cand is EMBEDDED:
                continue
            if cand is not None:
                attributed.append(cand)
            else:
                floating.append(mq)
        if lines:
            # "Trump: ‘I’m the Worst Thing …’": a quotation after a name and a colon that no cue
            # claimed is the name's, with the rest of the line
            spans = [c.parts[0] for c in lines]
            floating = [mq for mq in floating if not any(s <= mq.start and mq.end <= e for s, e in spans)]
            # "Blumenthal: ‘No Idea’ If I Would Have …": a quotation the line's own colon claims is
            # part of the line
            colons = {c.cue for c in lines if c.cue}
            attributed = [c for c in attributed if c.cue not in colons
                          or not any(s <= c.parts[0][0] and c.parts[-1][1] <= e for s, e in spans)]
        attributed += lines + self._unmarked_blocks()
        return attributed, floating

    def _unmarked_blocks(self) -> list[Candidate]:
        """"The governor added:\n\nIt’s typical of her. …": a short paragraph that is only a
        source and a quote cue ending in a colon introduces the next paragraph, a quotation set
        off without marks."""
        doc, text = self.doc, self.text
        spans = paragraphs(text)
        out = []
        for (s, e), (ns, ne) in zip(spans, spans[1:]):
            line = text[s:e].rstrip()
            nxt = text[ns:ne].strip()
            if not line.endswith(":") or nxt[:1] in "“\"'‘«„—–-" or len(nxt.split()) < 4:
                continue
            colon = self.index.token_at(s + len(line) - 1)
            if colon is None or colon.text != ":":
                continue
            verb = colon.head if colon.head.pos_ in ("VERB", "AUX") else None
            if verb is None or verb.i >= colon.i or not self._is_quote_cue(verb) or verb.sent.start != doc[self.index.first_at_or_after(s)].sent.start:
                continue
            speaker = subject_of(verb)
            if speaker is None or speaker.pos_ not in ("PROPN", "NOUN", "PRON") or speaker.i > verb.i:
                continue
            if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children):
                continue  # "She said this:" takes its own object
            start, end = ns + (len(text[ns:ne]) - len(text[ns:ne].lstrip())), ne
            while end > start and text[end - 1].isspace():
                end -= 1
            tokens = set(self.index.range_in(start, end))
            if tokens:
                out.append(Candidate("direct", tokens, (verb.i, verb.i + 1), speaker,
                                     f"a paragraph introduced by '{verb.text}:' without quote marks",
                                     parts=[(start, end)], frame="quote"))
        return out

    def paragraph_of(self, char: int) -> int:
        return bisect_right(self.para_starts, char) - 1

    # -- quotations -----------------------------------------------------------------------
    def _merge_interrupted(self, marked: list[MarkedQuote]) -> list[MarkedQuote]:
        """'“We will,” he said, “stay.”' is one quotation in two parts."""
        out: list[MarkedQuote] = []
        text = self.text
        for mq in marked:
            if out:
                prev = out[-1]
                between = text[prev.end:mq.start]
                stem = between.rstrip(" “«„\"'‘")
                # "“A,” she said, but “B”": the quotation resumes after a conjunction too
                resumes = (stem.endswith((",", ":", "—", "–")) or RESUMING.search(stem) is not None) \
                    and text[prev.end - 1:prev.end] not in (".", "?", "!")  # not after a finished sentence
                if 0 < len(between) < 100 and "\n" not in between and not self._ends_sentence(prev.end, mq.start) \
                        and resumes \
                        and 0 < sum(self._is_quote_cue(t) for t in self.index.tokens_in(prev.end, mq.start)) < 2 \
                        and (self._sentential(prev) or not self._sentential(mq)):
                    # (not a phrase quoted inside the lead-in with the quotation it introduces:
                    # 'Remarking on her "empathy," Ruiz said, "…"')
                    prev.parts.extend(mq.parts)
                    continue
            out.append(MarkedQuote(list(mq.parts), mq.continued))
        return out

    def _ends_sentence(self, start: int, end: int) -> bool:
        """Whether a sentence ends between two quotation parts: an end mark standing as a token
        of its own; the full stop of a title or an abbreviation ("Mr. Reyes said, “…”") is
        not one."""
        return any(t.text in SENTENCE_END or t.text in ("...", "…") for t in self.index.tokens_in(start, end))

    def _as_clause_cue(self, token: Token) -> bool:
        """"As Byler pointed out in December, “…”": a cue that takes a clause, in an "as" clause
        before the quotation."""
        cue = self.lexicon.verb(token.lemma_.lower()) if token.pos_ == "VERB" else None
        return cue is not None and cue.takes("clause") and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in token.children)

    def _is_quote_cue(self, token: Token) -> bool:
        return token.pos_ in ("VERB", "AUX") and (self.lexicon.introduces_quotes(token.lemma_.lower())
                                                  or self.lexicon.introduces_with_it(token))

    def _inside(self, mq: MarkedQuote, i: int) -> bool:
        idx = self.doc[i].idx
        return any(s <= idx < e for s, e in mq.parts)

    def _attribute(self, mq: MarkedQuote) -> Candidate | None:
        tokens = {t for s, e in mq.parts for t in self.index.range_in(s, e)}
        if not tokens:
            return None
        signed = self._signature(mq)
        if signed is not None:
            cue, name = signed
            head = max(name, key=lambda t: (t.pos_ == "PROPN", t.i))
            return Candidate("direct", tokens, cue, head, "quote marks; a signature line after the quote",
                             parts=list(mq.parts), frame="signature", mention_span=(name[0].i, name[-1].i + 1))
        for _, part_end in mq.parts:
            found = self._cue_after(mq, part_end)
            if found is not None:
                cue, speaker, how = found
                return Candidate("direct", tokens, cue, speaker, how, parts=list(mq.parts), frame="quote")
        found = self._cue_before(mq)
        if found is not None:
            cue, speaker, how = found
            if self._embedded(self.doc[cue[0]], min(tokens)):
                return EMBEDDED
            return Candidate("direct", tokens, cue, speaker, how, parts=list(mq.parts), frame="quote")
        for part_start, _ in mq.parts[1:]:
            # "“A,” Mr. Ruiz, the party's treasurer, said, “B.”": the cue between the parts,
            # found from the part it introduces
            found = self._cue_before(mq, part_start)
            if found is not None and not self._inside(mq, found[1].i):
                cue, speaker, how = found
                return Candidate("direct", tokens, cue, speaker, how, parts=list(mq.parts), frame="quote")
        return None

    def _signature(self, mq: MarkedQuote) -> tuple[tuple[int, int], list[Token]] | None:
        """"“…” ― Sonya Herridge", "“…”\n\n- Sanders.": a dash and a name closing the line after
        the quotation (reader comments, epigraphs, letters, fact checks) name its source."""
        text = self.text
        match = SIGNATURE.match(text, mq.end)
        if match is None:
            return None
        name = [t for t in self.index.tokens_in(match.start(2), match.end(2)) if not t.is_punct]
        if not name or not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP") for t in name):
            return None
        dash = self.index.token_at(match.start(1))
        if dash is None:
            return None
        return (dash.i, dash.i + 1), name

    def _embedded(self, verb: Token, first: int) -> bool:
        """Whether the quotation finishes a reported clause that starts before it ("said he
        was best placed to get a deal, “like you folks.”"): the report is the attribution."""
        doc = self.doc
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp", "dobj") and child.left_edge.i < first <= child.right_edge.i + 1:
                opening = first - 1
                while opening > 0 and doc[opening].text in OPENING:
                    opening -= 1
                if child.dep_ == "dobj" and doc[opening].text in (",", ":"):
                    return False  # "told host Matt Boyle, “…”": the object, then the quotation after a comma
                lead = [t for t in doc[child.left_edge.i:first] if not (t.is_punct or t.is_space or t.lower_ == "that")]
                return len(lead) >= 2
        return False

    def _cue_after(self, mq: MarkedQuote, char: int) -> tuple[tuple[int, int], Token, str] | None:
        doc = self.doc
        start = self.index.first_at_or_after(char)
        loose = None  # a verb outside the lexicon in a cue's place, if nothing better follows
        for i in range(start, min(start + AFTER_WINDOW, len(doc))):
            token = doc[i]
            if self._inside(mq, i) and i > start + 1:
                break  # the next part of the same quotation
            if token.text in OPENING and i > start + 1 or "\n" in token.text or "\n" in doc[i - 1].whitespace_ and i > start:
                break
            found = _according_to(token)
            if found is not None:
                return found[0], found[1], "quote marks; 'according to' after the quote"
            if self._is_quote_cue(token) and self._own_clause(mq, char, token):
                return None
            if self._is_quote_cue(token):
                speaker = subject_of(token) or self._inverted_subject(token)
                if speaker is not None and self._inside(mq, speaker.i):
                    # "“… Full panic mode,” said Leslie Wimes": the parser took the quotation's
                    # last fragment for a second subject; the one outside is the source
                    speaker = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
                                    and not self._inside(mq, c.i) and c.idx >= char), None) \
                        or self._inverted_subject(token)
                if speaker is not None and not self._inside(mq, speaker.i):
                    return (i, i + 1), speaker, f"quote marks; cue '{token.text}' after the quote"
            if loose is None and token.pos_ == "VERB" and self._speech_slot(mq, char, token):
                loose = (i, i + 1), subject_of(token), f"quote marks; '{token.text}' in the slot of a cue after the quote"
            if token.text in SENTENCE_END and i > start:
                break
        return loose or self._far_cue_after(mq, start)

    def _own_clause(self, mq: MarkedQuote, char: int, verb: Token) -> bool:
        """"“It's not true.” He said Clinton would …": after a quotation that ends a sentence, a
        cue with a clause of its own reports that clause, not the quotation."""
        return self.text[char - 1:char] in (".", "?", "!") and any(
            c.dep_ == "ccomp" and c.i > verb.i and not self._inside(mq, c.i) for c in verb.children)

    def _far_cue_after(self, mq: MarkedQuote, start: int) -> tuple[tuple[int, int], Token, str] | None:
        """"“…,” Cruz, who has proposed repealing the mandate, said at the time.": the cue stands
        beyond the window, after a long description of the source; the subject of a quote cue
        in the sentence opens right after the quotation."""
        doc = self.doc
        if start >= len(doc) or doc[start].is_space or "\n" in doc[start - 1].whitespace_:
            return None
        first = start
        while first < len(doc) and doc[first].text in CLOSING | {","}:
            first += 1
        end = min(len(doc), first + 60)
        phrase_end = 0  # inside a short quoted phrase of the description ("wearing “Cruz” pins")
        for i in range(first + 1, end):
            token = doc[i]
            if i <= phrase_end:
                continue
            if token.text in OPENING and not self._inside(mq, i):
                phrase_end = next((j for j in range(i + 1, min(i + 6, end)) if doc[j].text in CLOSING), 0)
                if phrase_end:
                    continue
            if "\n" in token.text or self._inside(mq, i) or token.text in OPENING:
                break
            if self._is_quote_cue(token) and self._own_clause(mq, mq.end, token):
                return None
            if self._is_quote_cue(token):
                speaker = subject_of(token)
                if speaker is None or speaker.left_edge.i > first or self._inside(mq, speaker.i):
                    # "“…,” Ana Ruiz, the chairwoman of …, recalled", "“…,” farmer Ben Ode,
                    # wearing …, said", "“…,” Ode, 58, told AFP": the parser made the
                    # description (or a word of the quotation) the subject, or found none; the
                    # name right after the quotation, up to a comma, is the source
                    speaker = self._name_before_comma(first, i) or speaker
                if speaker is not None and start <= speaker.left_edge.i <= first \
                        and speaker.pos_ in ("PROPN", "NOUN", "PRON"):
                    return (i, i + 1), speaker, f"quote marks; cue '{token.text}' after the source's description"
            if token.text in SENTENCE_END:
                break
        return None

    def _name_before_comma(self, first: int, cue: int) -> Token | None:
        doc = self.doc
        comma = next((j for j in range(first + 1, min(first + 7, cue)) if doc[j].text == ","), None)
        if comma is None:
            return None
        name = doc[first:comma]
        if name[-1].pos_ != "PROPN" or not all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") for t in name):
            return None
        return name[-1]

    def _inverted_subject(self, verb: Token) -> Token | None:
        """The name right after the cue in "“…,” said David Brock, a …" when the parser has
        given it to another verb."""
        doc = self.doc
        before = verb.i - 1
        while before > 0 and doc[before].is_space:
            before -= 1  # "…,”\xa0added Gowdy"
        if verb.i + 1 >= len(doc) or doc[before].text not in CLOSING | {","}:
            return None
        first = doc[verb.i + 1]
        if first.is_title and first.is_alpha and first.dep_ in ("advmod", "npadvmod", "dep") and not first.is_sent_start \
                and (verb.i + 2 >= len(doc) or doc[verb.i + 2].is_punct):
            return first  # "“…,” said Skelly, explaining …": a name the tagger took for an adverb
        if first.pos_ not in ("PROPN", "NOUN", "DET", "ADJ") or first.is_sent_start:
            return None
        token = first
        while token.dep_ in ("compound", "det", "amod", "poss") and token.head.i > token.i and token.head.i - first.i < 6:
            token = token.head
        if token.dep_ == "dobj" and token.head.i == verb.i and token.pos_ in ("PROPN", "NOUN") \
                and verb.lemma_.lower() != "tell":
            return token  # "“…,” added Gowdy.", "“…?” asked the boy": the parser made the source an object
        return token if token.pos_ in ("PROPN", "NOUN") and token.dep_ not in ("dobj", "pobj") else None

    def _speech_slot(self, mq: MarkedQuote, char: int, verb: Token) -> bool:
        """Whether a verb outside the lexicon stands where only a speech verb can ("“Go back,”
        Trump barked.", "“…,” he went on."): the quotation ends in a comma, "!", "?" or a dash,
        and the verb, with its subject, closes the sentence without an object of its own."""
        text = self.text
        end = char
        while end > 0 and text[end - 1] in "”»\"' ’":
            end -= 1
        if text[end - 1:end] not in (",", "!", "?", "—", "–", "-") and text[char - 1:char] not in (",", "!", "?"):
            return False
        if verb.dep_ in ("acl", "relcl", "amod", "advcl"):
            return False  # a participle describing someone, not a report ("…,” said X, now retired)
        speaker = subject_of(verb)
        if speaker is None or self._inside(mq, speaker.i) or speaker.pos_ not in ("PROPN", "NOUN", "PRON"):
            return False
        if speaker.lower_ in ("it", "that", "this", "which", "there"):
            return False
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "nsubjpass", "auxpass")
               and not self._inside(mq, c.i) for c in verb.children):
            return False  # a complement of its own: "“…,” he took the stage" is not a report
        first = self.index.first_at_or_after(char)
        words = [t for t in self.doc[first:verb.i] if not (t.is_punct or t.is_space)]
        # only the subject (and adverbs) between the quotation and the verb
        return all(t.i in {s.i for s in speaker.subtree} or t.pos_ in ("ADV", "AUX", "PART") for t in words)

    def _cue_before(self, mq: MarkedQuote, start: int | None = None) -> tuple[tuple[int, int], Token, str] | None:
        doc = self.doc
        first = self.index.first_at_or_after(mq.start if start is None else start)
        # the opening mark itself is the token before the first quoted token
        i = first - 1
        while i >= 0 and doc[i].text in OPENING:
            i -= 1
        colon = i >= 0 and doc[i].text == ":"
        seen = 0
        participle = None  # a cue participle whose subject the parser did not find before it
        while i >= 0 and seen < BEFORE_WINDOW:
            token = doc[i]
            if "\n" in token.text or "\n" in token.whitespace_:
                # "Cruz continued:" closing the paragraph before introduces the quotation.
                k = i if "\n" in token.whitespace_ else i - 1
                if seen == 0 and k >= 0 and doc[k].text == ":":
                    colon = True
                    i = k - 1
                    seen += 1
                    continue
                break
            if token.text in SENTENCE_END or token.text in CLOSING:
                break
            if self._is_quote_cue(token) or self._as_clause_cue(token):
                speaker = subject_of(token)
                if speaker is not None and speaker.i < first:
                    if participle is not None:
                        # "X said, adding of the plan, “…”": the participle is the cue, the
                        # subject of the verb it goes with the source
                        return (participle.i, participle.i + 1), speaker, \
                            f"quote marks; cue '{participle.text}' before the quote"
                    return (i, i + 1), speaker, f"quote marks; cue '{token.text}' before the quote"
                if participle is None and token.tag_ == "VBG":
                    participle = token
            found = _according_to(token)
            if found is not None and found[1].i < first:
                # "According to Limbaugh, “…”"
                return found[0], found[1], "quote marks; 'according to' before the quote"
            i -= 1
            seen += 1
        if colon and first - i <= 10:
            # "Trump on Twitter: “…”": the person named before the colon.
            for j in range(first - 2, i, -1):
                if doc[j].ent_type_ in ("PERSON", "ORG") or (doc[j].pos_ == "PRON" and doc[j].lower_ in ("he", "she")):
                    colon_i = first - 1
                    while colon_i > 0 and doc[colon_i].text != ":":
                        colon_i -= 1
                    return (colon_i, colon_i + 1), doc[j], "quote marks; a name and a colon before the quote"
        if colon:
            return self._clause_before_colon(first)
        return None

    def _clause_before_colon(self, first: int) -> tuple[tuple[int, int], Token, str] | None:
        """"Hoff's letter makes a libertarian-style case: “…”", "Potts echoed:\n\n“…”": a clause
        ending in a colon that introduces the quotation; its subject is the source."""
        doc = self.doc
        colon_i = first - 1
        while colon_i > 0 and doc[colon_i].text != ":":
            colon_i -= 1
        if colon_i <= 0:
            return None
        verb = doc[colon_i - 1].sent.root
        if verb.pos_ not in ("VERB", "AUX") or verb.i >= colon_i or verb.lemma_ == "be":
            return None
        speaker = subject_of(verb)
        if speaker is None or speaker.lower_ in ("it", "this", "that", "there", "which", "what") \
                or speaker.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        return (verb.i, verb.i + 1), speaker, f"quote marks; the clause '{verb.text} …:' before the quote"

    def _sentential(self, mq: MarkedQuote) -> bool:
        """A quotation that stands as a sentence (or more), not a phrase inside one."""
        text = self.text
        start = mq.start
        j = start - 1
        if j >= 0 and text[j] == "”":
            j -= 1  # a wrong-way mark opening the quotation (”Fear. …”)
        while j >= 0 and (text[j] in "“«„\"‘'" or text[j].isspace() and text[j] != "\n"):  # and no-break spaces
            j -= 1
        before = text[j] if j >= 0 else "\n"
        if before in "”»’'\"" and j > 0:
            before = text[j - 1] if text[j - 1] in ".!?" else before  # after a quotation that ended a sentence
        words = sum(len(WORD.findall(text[s:e])) for s, e in mq.parts)
        if before in "\n:.!?—–-(" and words >= 2:
            return True
        if before in "\n.!?" and words == 1 and text[mq.end - 1:mq.end] in (",", "!", "?") \
                and self._cue_after(mq, mq.end) is not None:
            return True  # '"Savage," she said, …': a one-word answer opening a sentence
        if before == "," and words >= 3:
            return True
        if before in ",:" and words >= 1:
            # "Priebus said, “Probably.”": a short answer right after its cue
            cue = self.index.token_at(j - 1) if j > 0 else None
            if cue is not None and self._is_quote_cue(cue):
                return True
        first = next((c for c in text[start:mq.end] if c.isalpha()), "")
        if words >= 6 and first.isupper() and before.isalpha():
            # "Tobin posted the news, writing “Feels great to …”": a quotation right after its
            # cue, with no comma
            cue = self.index.token_at(j)
            if cue is not None and self._is_quote_cue(cue):
                return True
        return words >= 6 and first.isupper() and before in ",;"

    def _continue_lines(self, lines: list[Candidate], mq: MarkedQuote) -> None:
        starts = sorted((c.parts[0][0], c) for c in lines)
        for s, e in mq.parts:
            if any(0 <= s - start <= 1 for start in self.wrapped_lines):
                continue
            before = [c for start, c in starts if start < s]
            if not before or self.paragraph_of(s) - self.paragraph_of(before[-1].parts[-1][0]) > 1:
                continue
            line = before[-1]
            end = e
            while end > s and self.text[end - 1] in "\"” ":
                end -= 1
            if not re.search(r"[^\W\d_]{2}", self.text[s:end]) or self.text[s:end].startswith("("):
                continue  # "(CROSSTALK.)"
            line.parts.append((s, end))
            line.tokens |= set(self.index.range_in(s, end))

    # -- transcripts and "NAME: …" headlines --------------------------------------------------
    def _transcript_lines(self, marked: list[MarkedQuote]) -> list[Candidate]:
        out = []
        doc, text = self.doc, self.text
        self.wrapped_lines = set()  # where a quoted transcript line opens ('"WALLACE: …')
        for p_start, p_end in paragraphs(text):
            wrapped = QUOTED_LINE.match(text, p_start, p_end)
            if wrapped is not None:
                # an interview set as a block quotation: each line opens with a mark
                self.wrapped_lines.add(wrapped.end())
                p_start = wrapped.end()
            match = TRANSCRIPT.match(text[p_start:p_end])
            if match is None:
                continue
            name = match.group(1).strip()
            words = [re.sub(r"['’]s$", "", w) for w in name.lower().split()]
            if name.lower() in NOT_SPEAKERS or any(w in NOT_SPEAKERS for w in words[:2]) or len(words) > 5:
                continue  # "Editor’s note:", "Photo credit:", "BYLINE:"
            if not re.search(r"[^\W\d_]{2}", match.group(2)) or match.group(2).lstrip().startswith("@"):
                continue  # "Clinton: 1,769." (a tally), "Twitter: @Milbank"

            name_start = p_start + match.start(1)
            content_start, content_end = p_start + match.start(2), p_end
            while content_end > content_start and (text[content_end - 1].isspace()
                                                   or wrapped is not None and text[content_end - 1] in "\"”"):
                content_end -= 1
            name_tokens = self.index.tokens_in(name_start, name_start + len(name))
            headline = p_start == self.para_starts[0] and len(words) == 1 and name[:1].isupper()
            if not name_tokens or not (any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                           for t in name_tokens) or name.isupper() or headline):
                # a headline "Poll: …", "Politifact: …" names its source in one word
                continue
            if any(t.pos_ in ("VERB", "AUX") and not name.isupper() for t in name_tokens):
                continue
            colon = self.index.token_at(p_start + match.end(1))
            tokens = set(self.index.range_in(content_start, content_end))
            if not tokens:
                continue
            head = max(name_tokens, key=lambda t: (t.pos_ == "PROPN", t.i))
            cue = (colon.i, colon.i + 1) if colon is not None and colon.text == ":" else None
            out.append(Candidate("direct", tokens, cue, head, "a name and a colon: a transcript line or headline",
                                 parts=[(content_start, content_end)], frame="colon",
                                 mention_span=(name_tokens[0].i, name_tokens[-1].i + 1)))
        return out


def _according_to(token: Token) -> tuple[tuple[int, int], Token] | None:
    """The cue span and source of "according to X" at `token`, if it is one."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    return ((token.i, to.i + 1), source) if source is not None else None
