"""French clause repairs the small French model needs: whole clauses it builds around the wrong
head.

- A French cleft sentence (`C'est Washington qui a imposé des sanctions`, `c'est le Maroc
  que l'Algérie accuse`), with the focused noun read as the root and the verb as its
  dependent: the verb heads the clause, the noun its subject (`qui`) or object (`que`).
- The subject of a clause after a fronted phrase and a comma, read as a conjunct, an
  apposition or a modifier of the phrase's nouns (`Sous l'égide du Qatar, Kinshasa et le M23
  ont signé`), the verb left with no subject (or the fronted phrase itself, preposition and
  all, as its subject): the first such noun becomes the verb's subject, the others its
  conjuncts.
- A present participle after a comma hung on the noun before it, a complement of the verb
  (`a rejeté l'offre de Trump, accusant Washington de mauvaise foi`), or on the comma itself:
  it is an adverbial clause of the verb, done by its subject.
- A present participle the parser hung on whom a letter is written to, a noun marked by `à`
  below a word of writing (modality `writing`: `a adressé une lettre au Conseil de sécurité
  appelant à des sanctions`, `a écrit au président exigeant…`): it is an adverbial clause of
  the verb, done by the writer.
- The second side of `entre X et Y` after an act noun read as the subject of the verb after
  it (`Une rencontre entre X et Y a eu lieu`, the noun the root or the verb's modifier): it
  is the first side's conjunct, the act noun the verb's subject.
- A past participle coordinated with an adjective of the verb's object (`a dénoncé une
  décision injustifiée et promis de riposter`, `promis` a conjunct of `injustifiée`), which
  has an object or a complement of its own: it is the verb's conjunct, sharing its subject
  and auxiliary.
- A verb read as a conjunct of the first of two coordinated subjects (`Paris et Berlin ont
  appelé Moscou à…`, `appelé` a conjunct of `Paris`, `Berlin` its subject, `Moscou` part of
  the name `Paris`): the verb heads the clause, both nouns are its subjects, and the nouns
  and clauses after the verb hung on the first subject are the verb's.
- A number word read as a noun or a verb heading a phrase (`l'expulsion de douze agents`,
  `douze` a modifier of `expulsion`, `agents` beside it): the counted noun takes its place
  and the number counts it.
- A sentence's first noun read as the object of the main verb after it, which has no subject
  (`La junte au pouvoir au Mali a dissous les partis`): French puts no noun object before its
  verb (clitics and relatives do, and hang otherwise), so the noun is the subject; and one
  read as the verb's modifier before a comma and a list of subjects (`Le Ghana, le Togo
  et le Bénin ont signé`, `Ghana` an `obl:mod`) is the list's first member.
- An object pronoun read as the article of the verb right after it (`a expulsé trois
  diplomates, les accusant d'espionnage`, `les` a determiner of `accusant`): a verb takes no
  article, so it is the verb's object.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from wirecoder import resources
from wirecoder.parse_repair import (
    SUBJECTS,
    TENSE_AUXILIARY_FORMS,
    attach,
    positions,
    string_ids,
    time_words,
)
from wirecoder.textnorm import fold

CLEFTS = "wirecoder_cleft_sentences"
CLEFT_LANGUAGES = frozenset({"fr"})
CLEFT_PRONOUNS = frozenset({"c'", "ce"})  # `c'est X qui…`, `ce sont X qui…`
CLEFT_RELATIVES = {"qui": "nsubj", "que": "obj", "qu'": "obj"}  # the role the focus takes


def repair_cleft_sentences(doc: Doc) -> Doc:
    """`C'est Washington qui a imposé des sanctions`, `c'est le Maroc que l'Algérie accuse`:
    the parser makes the focused noun the root and the verb its dependent. The verb heads the
    clause, the noun its subject (`qui`) or object (`que`), the relative word a marker."""
    for sent in doc.sents:
        focus = sent.root
        if focus.pos_ not in ("NOUN", "PROPN") or not any(
                c.dep_ == "cop" for c in focus.children) or not any(
                fold(c.text) in CLEFT_PRONOUNS and c.i < focus.i for c in focus.children):
            continue
        # `que l'Algérie accuse`: the tagger may read the verb as an adjective with a subject
        for verb in [c for c in focus.children if c.i > focus.i and (c.pos_ == "VERB" or (
                c.pos_ == "ADJ" and any(g.dep_ == "nsubj" for g in c.children)))]:
            relative = next((c for c in verb.children if c.i == verb.left_edge.i
                             and fold(c.text) in CLEFT_RELATIVES), None)
            if relative is None:
                continue
            verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
            for child in [c for c in focus.children if c.dep_ == "punct" and c.i > verb.i]:
                child.head = verb
            focus.head, focus.dep_ = verb, CLEFT_RELATIVES[fold(relative.text)]
            relative.dep_ = "mark"
            break
    return doc


Language.component(CLEFTS, func=repair_cleft_sentences)


FRONTED_SUBJECTS = "wirecoder_fronted_subjects"
# (English left out: on the PLOVER set the repair found a right subject of a joint act, whose
# CAMEO pair then cost one false event more than it gained)
FRONTED_LANGUAGES = frozenset({"fr"})
JOINED = frozenset({"conj", "appos"})


def repair_fronted_subjects(doc: Doc) -> Doc:
    """Give a verb with no subject the nouns after a fronted phrase and a comma that the
    parser joined to that phrase (see the module's docstring)."""
    for comma in (doc[i] for i in positions(doc, string_ids(doc.vocab, [","]))):
        start = comma.sent.start
        joined = [t for t in doc[comma.i + 1:comma.sent.end] if start <= t.head.i < comma.i
                  and (t.dep_ in JOINED or t.dep_ == "nmod" and not marked(t))]
        if not joined:
            continue
        phrase = joined[0].head
        while phrase.head.i != phrase.i and phrase.head.i < comma.i:
            phrase = phrase.head
        verb = phrase.head
        # a phrase with a preposition the parser made the subject is none (`Sous la
        # médiation de l'Egypte, le Soudan…` with `médiation` the subject)
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS and not (
            c.i == phrase.i and marked(c))]
        if verb.i <= comma.i or verb.pos_ not in ("VERB", "AUX") or \
                phrase.left_edge.i != start or subjects:
            continue
        # the nouns and commas fill the words up to the verb (or its auxiliaries and clitics)
        taken = {t.i for n in joined for t in n.subtree} | {c.i for c in verb.children}
        if not all(i in taken or doc[i].is_punct for i in range(comma.i + 1, verb.i)):
            continue
        if phrase.dep_ in SUBJECTS:
            phrase.dep_ = "obl:mod"
        subject = joined[0]
        attach(subject, verb, "nsubj")
        for other in joined[1:]:
            attach(other, subject, "conj")
        for mark in (t for t in doc[comma.i:verb.i] if t.is_punct):
            attach(mark, verb, "punct")
    return doc


Language.component(FRONTED_SUBJECTS, func=repair_fronted_subjects)


def marked(noun: Token) -> bool:
    """Whether a noun has a preposition (`case`)."""
    return any(c.dep_ == "case" for c in noun.children)


COORDINATED_PARTICIPLES = "wirecoder_coordinated_participles"


def repair_coordinated_participles(doc: Doc) -> Doc:
    """Hang on the clause's verb a past participle the parser coordinated with an adjective
    of its object (see the module's docstring)."""
    for word in (t for t in doc if t.dep_ == "conj" and t.pos_ == "VERB"):
        adjective = word.head
        noun = adjective.head
        verb = noun.head
        if word.i > adjective.i and \
                "Part" in word.morph.get("VerbForm") and adjective.pos_ == "ADJ" and \
                adjective.dep_ in ("amod", "acl") and noun.dep_ == "obj" and \
                verb.pos_ == "VERB" and any(c.dep_ == "aux:tense" for c in verb.children) and \
                any(c.dep_ in ("obj", "xcomp", "ccomp") for c in word.children):
            attach(word, verb, "conj")
    return doc


Language.component(COORDINATED_PARTICIPLES, func=repair_coordinated_participles)


DETACHED_PARTICIPLES = "wirecoder_detached_participles"
# How the noun a detached participle was hung on may hang below the clause's verb.
COMPLEMENT_LINKS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "nmod", "iobj"})


def repair_detached_participles(doc: Doc) -> Doc:
    """Hang on the clause's verb a present participle after a comma that the parser made a
    modifier of the noun before the comma, a complement of that verb (`a rejeté l'offre de
    Trump, accusant Washington de mauvaise foi`): set off by the comma, it tells what the
    verb's subject did."""
    for word in (t for t in doc if t.dep_ == "acl" and t.pos_ == "VERB"):
        if not (word.i > 0 and doc[word.i - 1].text == "," and "Pres" in word.morph.get("Tense")
                and "Part" in word.morph.get("VerbForm") and word.head.i < word.i):
            continue
        noun = word.head
        if noun.is_punct:
            # `a demandé une réunion du Conseil, accusant X`: hung on the comma itself
            if noun.head.pos_ == "VERB" and noun.head.i < noun.i:
                attach(word, noun.head, "advcl")
            continue
        while noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in COMPLEMENT_LINKS and \
                noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        verb = noun.head
        if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in COMPLEMENT_LINKS and \
                verb.pos_ == "VERB" and verb.i < noun.i:
            attach(word, verb, "advcl")
    return doc


Language.component(DETACHED_PARTICIPLES, func=repair_detached_participles)


ADDRESSEE_PARTICIPLES = "wirecoder_addressee_participles"
ADDRESSEE_CASES = frozenset({"a", "au", "aux"})  # how whom a letter is written to is marked


def repair_addressee_participles(doc: Doc) -> Doc:
    """Hang on the clause's verb a present participle the parser made a modifier of whom a
    letter is written to (see the module's docstring)."""
    writing = frozenset(fold(w) for w in (resources.lang_yaml(doc.lang_, "modality", {}) or {})
                        .get("writing", []))
    for word in (t for t in doc if t.dep_ == "acl" and t.pos_ == "VERB"):
        if not ("Pres" in word.morph.get("Tense") and "Part" in word.morph.get("VerbForm")
                and word.head.i < word.i):
            continue
        noun = word.head
        while not _addressed(noun) and noun.dep_ == "nmod" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # `au Conseil de sécurité de l'ONU`
        writer = noun.head
        verb = writer if writer.pos_ == "VERB" else writer.head if writer.dep_ == "obj" else None
        if _addressed(noun) and verb is not None and verb.pos_ == "VERB" and any(
                fold(w.lemma_) in writing for w in (
                    writer, *(c for c in verb.children if c.dep_ == "obj"))):
            attach(word, verb, "advcl")  # (`a adressé une lettre aux dirigeants mettant…`)
    return doc


def _addressed(noun: Token) -> bool:
    """Whether a noun is marked by `à` (`au président`, `à la Cédéao`)."""
    return any(c.dep_ == "case" and fold(c.text) in ADDRESSEE_CASES for c in noun.children)


Language.component(ADDRESSEE_PARTICIPLES, func=repair_addressee_participles)


BETWEEN_PAIRS = "wirecoder_between_pairs"
BETWEEN = {"fr": "entre"}  # the preposition of the two sides of a joint act, per language


def repair_between_pairs(doc: Doc) -> Doc:
    """`Une rencontre entre X et Y a eu lieu`, with `Y` read as the verb's subject and the
    act noun as the root or a modifier of the verb: `Y` is the conjunct of `X` and the act
    noun the verb's subject."""
    marker = BETWEEN.get(doc.lang_)
    for side in (t for t in doc if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")):
        verb = side.head
        conjunction = next((c for c in side.children if c.dep_ == "cc" and c.i < side.i), None) \
            or next((c for c in verb.children if c.dep_ == "cc" and c.i == side.left_edge.i - 1),
                    None)
        if conjunction is None or verb.i < side.i or conjunction.i == 0:
            continue
        first = next((t for t in reversed(doc[side.sent.start:conjunction.i])
                      if t.pos_ in ("NOUN", "PROPN") and t.head.i != t.i
                      and any(c.dep_ == "case" and c.lower_ == marker for c in t.children)), None)
        if first is None or first.head.pos_ != "NOUN" or not all(
                t.i == first.i or first.is_ancestor(t) or t.is_punct
                for t in doc[first.i:conjunction.i] if t.i > first.i):
            continue
        act = first.head
        if act.head.i == act.i and verb.head.i == act.i:
            verb.head, verb.dep_ = verb, "ROOT"
            for child in [c for c in act.children if c.i > verb.i]:
                attach(child, verb, child.dep_)
        elif act.head.i != verb.i:
            continue
        attach(act, verb, "nsubj")
        _join(first, side, conjunction)
    return doc


Language.component(BETWEEN_PAIRS, func=repair_between_pairs)


SUBJECT_PAIRS = "wirecoder_subject_pairs"
# How a noun the parser hung on the first subject after the verb hangs on the verb instead:
# a name read as the rest of that subject's name is the verb's object (`Moscou`), a clause
# read as its modifier the verb's complement (`à cesser…`).
MOVED_TO_VERB = {"flat:name": "obj", "flat": "obj", "acl": "xcomp"}


def repair_subject_pairs(doc: Doc) -> Doc:
    """`Paris et Berlin ont appelé Moscou à…`, with the verb read as a conjunct of the first
    subject, the second subject its only subject: the verb heads the clause, both nouns are
    its subjects, and what the first noun took after the verb is the verb's."""
    for verb in (t for t in doc if t.dep_ == "conj" and t.pos_ == "VERB"):
        first = verb.head
        second = next((c for c in verb.children if c.dep_ == "nsubj" and first.i < c.i < verb.i),
                      None)
        conjunction = next((c for c in verb.children if c.dep_ == "cc"
                            and second is not None and first.i < c.i < second.i), None)
        if conjunction is None or first.pos_ not in ("NOUN", "PROPN") or \
                not any(c.dep_.startswith("aux") for c in verb.children):
            continue
        verb.head = verb if first.head.i == first.i else first.head
        verb.dep_ = first.dep_
        for child in [c for c in first.children if c.i > verb.i]:
            attach(child, verb, MOVED_TO_VERB.get(child.dep_, child.dep_))
        attach(first, verb, "nsubj")
        _join(first, second, conjunction)
    return doc


Language.component(SUBJECT_PAIRS, func=repair_subject_pairs)


NUMBER_WORDS = "wirecoder_number_words"


def repair_number_words(doc: Doc) -> Doc:
    """`l'expulsion de douze agents algériens`, with the number word read as a noun heading
    the phrase and the counted noun hung beside it or left unattached (`dep`): the counted noun takes the number's
    place, with its preposition, and the number counts it."""
    for number in (t for t in doc[:-1] if t.like_num and t.is_alpha and
                   t.pos_ in ("NOUN", "VERB") and t.head.i != t.i):
        counted = doc[number.i + 1]
        if counted.pos_ != "NOUN" or counted.head.i not in (number.i, number.head.i) and \
                counted.dep_ != "dep":  # hung beside it, or left unattached
            continue
        counted.head, counted.dep_ = number.head, number.dep_
        for child in [c for c in number.children if c.i != counted.i]:
            child.head = counted
        number.head, number.dep_, number.pos_ = counted, "nummod", "NUM"
    return doc


Language.component(NUMBER_WORDS, func=repair_number_words)


def _join(first: Token, second: Token, conjunction: Token) -> None:
    """`X et Y`: the second noun a conjunct of the first, the conjunction its marker."""
    attach(second, first, "conj")
    attach(conjunction, second, "cc")


FRONTED_OBJECTS = "wirecoder_fronted_objects"
AVOIR_FORMS = frozenset(TENSE_AUXILIARY_FORMS["fr"]) - {"été"}  # `a accusé`, `ont frappé`


def repair_fronted_objects(doc: Doc) -> Doc:
    """`La junte au pouvoir au Mali a dissous les partis`, with `junte` read as the object of
    the main verb, which has no subject: the sentence's first noun is its subject; `Le Ghana,
    le Togo et le Bénin ont signé`, with `Ghana` a modifier: the list's first."""
    for verb in (t for t in doc if t.dep_ == "ROOT" and t.pos_ == "VERB"):
        fronted = next((c for c in verb.children if c.dep_ in ("obj", "obl:mod", "obl")
                        and c.i < verb.i and c.pos_ in ("NOUN", "PROPN") and not marked(c)
                        and c.left_edge.i == verb.sent.start), None)
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if fronted is None:
            fronted = _fronted_clause_noun(verb)
            if fronted is not None and subject is not None and _inverted_object(verb, subject):
                # `L'armée, dirigée par X, a accusé les rebelles`, `armée` a complement
                # clause and `rebelles` the subject after the verb
                attach(fronted, verb, "nsubj")
                attach(subject, verb, "obj")
            continue
        if subject is None and fronted.dep_ == "obj":
            attach(fronted, verb, "nsubj")
        elif subject is not None and fronted.dep_ == "obj" and _inverted_object(verb, subject):
            attach(fronted, verb, "nsubj")
            attach(subject, verb, "obj")
        elif subject is not None and fronted.dep_ != "obj" and fronted.pos_ == "PROPN" and \
                fold(fronted.text) not in time_words(doc.lang_) and \
                any(c.dep_ == "conj" for c in subject.children) and \
                [t.text for t in doc[fronted.right_edge.i + 1:subject.left_edge.i]] == [","]:
            # `Le Ghana, le Togo et le Bénin ont signé`
            attach(fronted, verb, "nsubj")
            attach(subject, fronted, "conj")
    return doc


def _fronted_clause_noun(verb: Token) -> Token | None:
    """A sentence's first noun phrase read as a complement clause (`ccomp`) of the root verb,
    spanning the words up to the verb's auxiliary: a noun heads no clause."""
    noun = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
                 and c.pos_ in ("NOUN", "PROPN") and not marked(c)
                 and c.left_edge.i == verb.sent.start), None)
    if noun is None or not all(t.is_punct or t.head.i == verb.i and t.dep_.startswith("aux")
                               for t in verb.doc[noun.right_edge.i + 1:verb.i]):
        return None
    return noun


def _inverted_object(verb: Token, subject: Token) -> bool:
    """Whether the noun read as the subject right after an active verb in a compound tense of
    `avoir` (`a accusé les rebelles`) is its object: the verb has none, and no quote or
    clause before it makes the subject an inverted reporter's."""
    return subject.i > verb.i and subject.left_edge.i == verb.i + 1 and \
        subject.pos_ in ("NOUN", "PROPN") and \
        not any(c.dep_ in ("obj", "aux:pass", "expl:pass") or c.dep_ == "ccomp" and c.i > verb.i
                for c in verb.children) and \
        any(c.dep_ == "aux:tense" and fold(c.text) in AVOIR_FORMS for c in verb.children)


Language.component(FRONTED_OBJECTS, func=repair_fronted_objects)


CLITIC_OBJECTS = "wirecoder_clitic_objects"
CLITICS = frozenset({"le", "la", "les", "l'"})  # folded: the object pronouns shaped as articles


def repair_clitic_objects(doc: Doc) -> Doc:
    """`les accusant d'espionnage`, with `les` read as the article of the verb after it: the
    pronoun is the verb's object."""
    for word in doc[:-1]:
        verb = doc[word.i + 1]
        if word.dep_ == "det" and word.head.i == verb.i and verb.pos_ == "VERB" and \
                fold(word.text) in CLITICS:
            word.pos_, word.dep_ = "PRON", "obj"
    return doc


Language.component(CLITIC_OBJECTS, func=repair_clitic_objects)
