"""Repairs of parse errors the small English model makes often.

- An English sentence opened by a name, often an acronym, that the tagger read as the verb
  of the clause, with the past-tense verb after it read as a modifier of its object
  (`ECOWAS imposed sanctions on Niger`, `imposed` an adjective of `sanctions`; or the noun the
  head, with the name hung on the verb or on that noun: `Turkey hosted talks between...`,
  `Trump blasted Zelensky, saying...`), or by a name
  phrase that the parser made one noun phrase with the verb and its object (`Egyptian
  President Abdel Fattah al-Sisi hosted Qatar's emir`, `Myanmar's military placed troops on
  alert`): the verb becomes the head of the clause, the name its subject and the noun its
  object.
- An English sentence whose past-tense verb, with a subject of its own, the parser read as a
  modifier of the head noun after it (`A Turkish court on Sunday jailed Istanbul Mayor Ekrem
  Imamoglu`, `jailed` an adjective of `Mayor`; or tagged an adjective: `Ruto voiced concern
  about…`): the verb heads the clause, the noun its object.
- English `declared two diplomats persona non grata` with `persona` read as the verb of a
  clause whose subject is `diplomats`: the people become the object of the verb of
  declaring, `persona` its predicative complement.
- An English gerund subject with sides `between` (`Fighting between the army and the RSF
  killed dozens`), tagged a verb with no subject of its own: it becomes the noun it is.
- An English sentence with no finite verb, ended by a full stop, or the clause a speaker's
  past-tense verb reports before it (`..., police said`), whose past-tense verb the tagger
  read as a participle modifying the noun before it (`Hundreds of people protested in
  Lagos.`, `Suspected militants killed 12 soldiers, officials said.`, `protested` and
  `killed` an `acl` of the head noun): the verb heads the clause, the noun its subject. A
  participle with a `by` agent stays one (`Two soldiers wounded by a mine.`).
- An English headline whose subject is two or three names set off by commas (`Putin, Xi
  pledge deeper ties`, `Israel, Hamas, Egypt trade blame`), with the present-tense verb after
  them, a trigger verb's base form, read as a noun or as the head of a name: the verb heads
  the clause, the first name its subject and the others joined to it. So does a trigger
  verb's third-person form after a single opening name (`Xi hosts Lula in Beijing`, `Sweden
  summons Iranian envoy`, `hosts` read as a plural noun), when no later verb heads the
  sentence.
- An English object joined by `and` to the subject of the next clause (`Putin met Kim Jong Un
  and the two leaders signed a pact`, `Kim Jong Un and the two leaders` read as the subject
  of `signed`): the object goes back to the first verb, the noun after `and` alone is the
  subject of the second.
- A gerund after whom a letter is written to, read as a modifier of the addressee (`sent a
  letter to ECOWAS demanding…`) or of the letter (`sent a letter to Biden urging him…`), or as
  the head of `to` with the addressee its subject (`had written to President X asking
  to…`): it is an adverbial clause of the verb of writing (modality `writing`), done by the
  writer; the addressee is the object of `to`.
- `visiting` before a guest's name after a verb of meeting (`Xi met visiting Brazilian President
  Lula`), read as a clause with the guest as its object: it becomes the guest's modifier, the
  guest the object of the meeting verb.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder import resources
from wirecoder.parse_repair import attach
from wirecoder.textnorm import fold

OPENING_NAMES = "wirecoder_opening_names"
OPENING_NAME_LANGUAGES = frozenset({"en"})  # the tags below are the English model's
PAST_TAGS = frozenset({"VBD", "VBN"})


# Tags of the words of an opening name phrase (`Egyptian President Abdel Fattah al-Sisi`).
NAME_PHRASE_TAGS = frozenset({"NNP", "NNPS", "JJ", "HYPH"})
# Tags of a common noun owned by a name that opens the sentence (`Myanmar's military`).
OWNED_TAGS = frozenset({"NN", "NNS", "JJ"})


def _opening_phrase(sent: Span) -> Span | None:
    """The name, or name phrase, that opens a sentence before a past-tense verb read as a
    modifier of a noun after it; None when the sentence opens otherwise."""
    k = next((t.i for t in sent if t.tag_ in PAST_TAGS), None)
    if k is None or k == sent.start or k + 1 >= sent.end:
        return None
    phrase, verb = sent.doc[sent.start:k], sent.doc[k]
    # `Myanmar's military placed troops...`: a common noun owned by a name ends it too
    owned = len(phrase) > 2 and phrase[-2].tag_ == "POS" and phrase[-1].tag_ in OWNED_TAGS
    if verb.dep_ != "amod" or verb.head.i <= verb.i or not phrase[0].text[:1].isupper() or \
            not phrase[-1].is_alpha or not (owned or phrase[-1].text[:1].isupper()) or \
            (len(phrase) > 1 and not all(t.tag_ in NAME_PHRASE_TAGS or owned and t.i >= k - 2
                                         for t in phrase)):
        return None
    return phrase


def repair_opening_names(doc: Doc) -> Doc:
    """Make the past-tense verb after a sentence's opening name (or name phrase), read as
    the head of the clause or as a modifier of its object, the clause's verb (see the
    module's docstring)."""
    for sent in doc.sents:
        if len(sent) < 3:
            continue
        phrase = _opening_phrase(sent)
        if phrase is None:
            continue
        verb, name = doc[phrase.end], phrase[-1]
        noun, root = verb.head, sent.root
        # one name: the head of the clause with the noun on it, or hung on the verb or on
        # the noun with the noun the head (`Turkey hosted talks between...`, `Trump blasted
        # Zelensky, saying...`, `Turkey`, `Trump` a modifier)
        if len(phrase) == 1 and not (name.head.i == name.i == noun.head.i or
                                     name.head.i in (verb.i, noun.i) and noun.i == root.i):
            continue
        if len(phrase) > 1 and (root.i < verb.i or any(
                t.head.i == verb.i for t in phrase)):
            continue
        for top in [t for t in phrase if t.i != name.i and not phrase.start <= t.head.i < name.i]:
            top.head = name
        for child in [c for c in name.children if c.i > verb.i]:
            child.head = verb
        if root.i > verb.i:
            root.head, root.dep_ = verb, "dobj"
        noun.head, noun.dep_ = (verb, "dobj") if noun.head.i in (name.i, noun.i) else \
            (noun.head, noun.dep_)
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        verb.set_morph("Tense=Past|VerbForm=Fin")
        name.head, name.dep_ = verb, "nsubj"
        if not name.tag_.startswith("NN"):  # the attribute ruler, after, reads the tag
            name.tag_, name.pos_ = ("NNP", "PROPN") if name.text[:1].isupper() else ("NN", "NOUN")
            name.set_morph("Number=Sing")
    return doc


Language.component(OPENING_NAMES, func=repair_opening_names)


GERUNDS = "wirecoder_gerund_subjects"


def repair_gerund_subjects(doc: Doc) -> Doc:
    """Make a gerund subject that names fighting between sides a noun (see the module's
    docstring)."""
    gerund = doc.vocab.strings.add("VBG")
    for i in numpy.flatnonzero(doc.to_array(TAG) == gerund).tolist():
        token = doc[i]
        if token.dep_ in ("nsubj", "nsubjpass") and not any(
                c.dep_ in ("nsubj", "dobj", "aux") for c in token.children) and any(
                c.dep_ == "prep" and c.lower_ == "between" for c in token.children):
            token.tag_, token.pos_ = "NN", "NOUN"
            token.set_morph("Number=Sing")
    return doc


Language.component(GERUNDS, func=repair_gerund_subjects)


VERBLESS = "wirecoder_verbless_sentences"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def repair_verbless_sentences(doc: Doc) -> Doc:
    """Make the participle a verbless clause's head noun governs the clause's verb (see the
    module's docstring)."""
    for sent in doc.sents:
        root = sent.root
        # the sentence, ended by a full stop, or the clause reported before its speaker's verb
        # (`Hundreds of people protested in Lagos, police said`)
        nouns = [root] if sent[-1].text == "." else []
        nouns += [c for c in root.lefts if c.dep_ in ("dep", "ccomp") and root.tag_ == "VBD"]
        for noun in nouns:
            verb = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBN"
                         and not any(g.dep_ == "agent" for g in c.children)), None)
            if verb is None or not noun.tag_.startswith("NN") or any(
                    t.tag_ in FINITE_TAGS for t in noun.subtree):
                continue
            for child in [c for c in noun.rights if c.i > verb.i]:
                child.head = verb
            if noun.i == root.i:
                verb.head, verb.dep_ = verb, "ROOT"
            else:
                verb.head, verb.dep_ = root, "ccomp"
            verb.tag_ = "VBD"  # the attribute ruler, after, reads the tag
            verb.set_morph("Tense=Past|VerbForm=Fin")
            noun.head, noun.dep_ = verb, "nsubj"
    return doc


Language.component(VERBLESS, func=repair_verbless_sentences)


SUBJECT_MODIFIERS = "wirecoder_subject_modifiers"


def repair_subject_modifiers(doc: Doc) -> Doc:
    """Make a past-tense verb read as a modifier of the sentence's head noun after it, though
    it has a subject of its own, the clause's verb (see the module's docstring)."""
    for sent in doc.sents:
        noun = sent.root
        verb = next((c for c in noun.lefts if c.dep_ == "amod" and (
            c.tag_ in PAST_TAGS or c.tag_ == "JJ" and c.lower_.endswith("ed")) and any(
            g.dep_ == "nsubj" for g in c.children)), None)
        if verb is None or not noun.tag_.startswith("NN"):
            continue
        for child in [c for c in noun.rights if c.dep_ not in ("appos", "compound")]:
            child.head = verb
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        verb.set_morph("Tense=Past|VerbForm=Fin")
        noun.head, noun.dep_ = verb, "dobj"
    return doc


Language.component(SUBJECT_MODIFIERS, func=repair_subject_modifiers)


PERSONA = "wirecoder_persona_non_grata"


def repair_persona_non_grata(doc: Doc) -> Doc:
    """Make `persona`, read as the verb of a clause whose subject is the people declared,
    the predicative complement of the verb of declaring, those people its object (see the
    module's docstring)."""
    found = numpy.flatnonzero(doc.to_array(LOWER)[:-2] == doc.vocab.strings.add("persona"))
    for token in (doc[i] for i in found.tolist()):
        declaring = token.head
        if not token.tag_.startswith("VB") or \
                [t.lower_ for t in doc[token.i + 1:token.i + 3]] != ["non", "grata"] or \
                declaring.i == token.i or any(c.dep_ == "dobj" for c in declaring.children):
            continue
        for subject in [c for c in token.children if c.dep_ == "nsubj"]:
            subject.head, subject.dep_ = declaring, "dobj"
        token.dep_, token.tag_, token.pos_ = "oprd", "NN", "NOUN"  # the ruler reads the tag
    return doc


Language.component(PERSONA, func=repair_persona_non_grata)
VISITING = "wirecoder_visiting_guest"
# Tags of a name phrase's head (`Lula`, `President`).
GUEST_TAGS = frozenset({"NNP", "NNPS"})


def repair_visiting_guest(doc: Doc) -> Doc:
    """Make `visiting`, read as a clause with the guest after it as its object (`Xi met visiting
    Brazilian President Lula`), the guest's modifier, the guest the object of the verb before
    it (see the module's docstring), or of the preposition before it (`held talks with
    visiting`, `met with visiting`)."""
    found = numpy.flatnonzero(doc.to_array(LOWER)[1:-1] == doc.vocab.strings.add("visiting"))
    for token in (doc[i + 1] for i in found.tolist()):
        verb = doc[token.i - 1]
        guest = next((c for c in token.children if c.dep_ == "dobj" and c.tag_ in GUEST_TAGS),
                     None)
        after_verb = verb.tag_.startswith("VB") and not any(
            c.dep_ == "dobj" for c in verb.children)
        after_preposition = verb.tag_ == "IN" and token.dep_ == "pcomp"
        if guest is None or token.head.i != verb.i or not (after_verb or after_preposition):
            continue
        for child in [c for c in token.children if c.i > guest.i]:
            # `in Beijing`: where the meeting was
            child.head = verb if after_verb else verb.head
        guest.head, guest.dep_ = verb, "dobj" if after_verb else "pobj"
        token.head, token.dep_, token.tag_ = guest, "amod", "JJ"  # (the ruler reads the tag)
    return doc


Language.component(VISITING, func=repair_visiting_guest)
HEADLINE_NAMES = "wirecoder_headline_names"
NAME_TAGS = frozenset({"NNP", "NNPS"})


def _opening_names(sent: Span) -> list[Span] | None:
    """The one name, or two or three names set off by commas, that open a headline sentence,
    the last one directly before a lower-case word; None when it opens otherwise. A single
    name is any run of capitalised words (the tagger reads `Sweden` as an adjective)."""
    names: list[Span] = []
    start = sent.start
    for i in range(sent.start, sent.end):
        token = sent.doc[i]
        if token.text == "," and i > start:
            names.append(sent.doc[start:i])
            start = i + 1
        elif not token.text[:1].isupper() or names and token.tag_ not in NAME_TAGS:
            if token.is_lower and i > start:
                names.append(sent.doc[start:i])
                return names if len(names) <= 3 else None
            return None
    return None


def _third_person_stems(form: str) -> list[str]:
    """The base forms a third-person present form may have (`hosts`, `reaches`, `denies`)."""
    if not form.endswith("s"):
        return []
    stems = [form[:-1], form[:-2]] if form.endswith("es") else [form[:-1]]
    return [*stems, form[:-3] + "y"] if form.endswith("ies") else stems


class HeadlineNamesRepair:
    """The pipeline component: the trigger verb after a headline's comma-separated names
    becomes its verb (see the module's docstring)."""

    def __init__(self, verbs: frozenset[str]) -> None:
        self.verbs = verbs

    def __call__(self, doc: Doc) -> Doc:
        for sent in doc.sents:
            names = _opening_names(sent)
            if names is None:
                continue
            verb = doc[names[-1].end]
            lemma = self._lemma(verb, single=len(names) == 1)
            # `US, China trade war escalates`: its verb is later (a capitalised root is a name
            # the tagger read as a verb: `Putin hosts Modi`)
            if lemma is None or any(t.tag_ in FINITE_TAGS and t.is_lower
                                    for t in doc[verb.i + 1:sent.end]) or \
                    sent.root.i > verb.i and sent.root.is_lower:
                continue
            heads = [next(t for t in name if not name.start <= t.head.i < name.end or
                          t.head.i == t.i) for name in names]
            root = sent.root
            verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBP", "VERB"
            if root.i > verb.i:  # the name read as the verb is the object
                attach(root, verb, "dobj")
                root.tag_, root.pos_ = "NNP", "PROPN"
            inside = range(sent.start, verb.i + 1)
            for token in doc[verb.i + 1:sent.end]:
                if token.head.i in inside and token.head.i != verb.i:
                    attach(token, verb, "dobj" if token.tag_.startswith("NN") else token.dep_)
            verb.set_morph("Tense=Pres|VerbForm=Fin")
            verb.lemma_ = lemma
            for name, head in zip(names, heads, strict=True):
                for token in name:
                    if token.i != head.i and token.head.i not in range(name.start, name.end):
                        attach(token, head, "compound")
            attach(heads[0], verb, "nsubj")
            for head in heads[1:]:
                attach(head, heads[0], "conj")
        return doc

    def _lemma(self, verb: Token, single: bool) -> str | None:
        """The trigger verb a headline's word after its names is a present form of: its base
        form after a list, its third-person form after one name (read as a noun, not already
        a verb with its subject); None if it is none."""
        if verb.tag_ in ("VBD", "VBN", "VBG") or single and (verb.tag_ == "VBZ" and any(
                c.dep_ == "nsubj" for c in verb.children)):
            return None
        forms = _third_person_stems(verb.lower_) if single else \
            [] if verb.tag_ == "VBZ" else [verb.lower_]
        return next((form for form in forms if form in self.verbs), None)


@Language.factory(HEADLINE_NAMES)
def make_headline_names_repair(nlp: Language, name: str) -> HeadlineNamesRepair:
    from wirecoder.events.triggers import trigger_verbs  # the lexicon's module imports nlp

    return HeadlineNamesRepair(trigger_verbs(nlp.lang))


SPLIT_SUBJECTS = "wirecoder_split_subjects"


def repair_split_subjects(doc: Doc) -> Doc:
    """Give back to a verb with no object the object the parser joined to the subject of the
    clause after it (see the module's docstring)."""
    conjuncts = numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings.add("conj")).tolist()
    for second in (doc[i] for i in conjuncts):
        first = second.head
        if not second.tag_.startswith("VB") or \
                not first.tag_.startswith("VB") or first.i > second.i or \
                any(c.dep_ == "dobj" for c in first.children):
            continue
        wrong = next((c for c in second.children if c.dep_ == "nsubj"
                      and first.i < c.i < second.i and c.tag_.startswith("NN")), None)
        if wrong is None:
            continue
        subject = next((c for c in wrong.rights if c.dep_ == "conj" and c.i < second.i), None)
        joint = next((c for c in wrong.rights if c.dep_ == "cc" and c.lower_ == "and"), None)
        if subject is None or joint is None or not wrong.i < joint.i < subject.i:
            continue
        wrong.head, wrong.dep_ = first, "dobj"
        subject.head, subject.dep_ = second, "nsubj"
        joint.head = second
    return doc


Language.component(SPLIT_SUBJECTS, func=repair_split_subjects)


# The repairs of OPENING_NAME_LANGUAGES, in the order they run: each reads the English
# model's tags.
ADDRESSEE_GERUNDS = "wirecoder_addressee_gerunds"
LETTER_MODIFIERS = frozenset({"acl", "pcomp"})  # how the parser hangs such a gerund


def repair_addressee_gerunds(doc: Doc) -> Doc:
    """Hang on the clause's verb a gerund the parser made a modifier of a letter or of whom it
    is written to, or the head of `to` with the addressee its subject (see the module's
    docstring)."""
    writing = frozenset(fold(w) for w in (resources.lang_yaml(doc.lang_, "modality", {}) or {})
                        .get("writing", []))
    for gerund in (t for t in doc if t.tag_ == "VBG" and t.dep_ in LETTER_MODIFIERS):
        head, addressee = gerund.head, None
        if gerund.dep_ == "pcomp" and head.lower_ == "to":
            # `had written to President X asking…`, `X` read as the gerund's subject
            addressee = next((c for c in gerund.children if c.dep_ == "nsubj"), None)
            if addressee is None:
                continue
            writer = head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "to":
            writer = head.head.head  # `sent a letter to ECOWAS demanding…`
        else:
            writer = head  # `sent a letter to Biden urging him…`
        verb = writer if writer.pos_ == "VERB" else writer.head
        if verb.pos_ != "VERB" or not any(fold(w.lemma_) in writing for w in (
                writer, *(c for c in verb.children if c.dep_ == "dobj"))):
            continue
        if addressee is not None:
            attach(addressee, head, "pobj")
        attach(gerund, verb, "advcl")
    return doc


Language.component(ADDRESSEE_GERUNDS, func=repair_addressee_gerunds)


ENGLISH_REPAIRS = (OPENING_NAMES, GERUNDS, VERBLESS, SUBJECT_MODIFIERS, PERSONA, VISITING,
                   HEADLINE_NAMES, SPLIT_SUBJECTS)
