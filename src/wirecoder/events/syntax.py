"""How tokens hang together: the dependency relations the argument rules read (subjects,
objects, agents, genitives, markers of a target), with no knowledge of actors."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.events.intent import intending_verb
from wirecoder.events.modality import fronted_participle
from wirecoder.events.modality_lexicon import ModalityWords, has_word, modality_words
from wirecoder.nlp import (
    ADVERBIAL_PREPOSITIONS,
    COMPLETING,
    CONTRACTIONS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    POSSESSIVES,
    RELATIVE_CLAUSES,
    morph_values,
    object_relative,
    preposition,
    sentence,
)
from wirecoder.textnorm import fold

ACTIVE_SUBJECTS = frozenset({"nsubj", "csubj"})
SUBJECTS = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS
PRESENCE = frozenset({"presence"})  # `en présence de`, `in the presence of`, folded
GENITIVE = frozenset({"de", "of"})  # folded, contractions read as the preposition they hold
RELATIVE_PRONOUNS = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles", "who",
                               "whom", "which", "that"})
OBJECT_RELATIVES = frozenset({"que", "qu'", "whom", "which", "that"})  # folded
# What introduces an infinitive of purpose or control (`to offer`, `à venir`, `de livrer`).
INFINITIVE_MARKERS = frozenset({"to", "a", "de", "d'", "pour"})
# Light verbs that take the act they carry out after a preposition (`procéder à des tirs`).
PREPOSITIONAL_LIGHT = frozenset({"proceder"})
# The genitive markers: what an act noun is done to (`the release of`, `la libération de`),
# what a measure counts (`tonnes of`), a group's members (`fighters of Hamas`).
OF = ("of", "de")
OBJECT_PRONOUNS = frozenset({"him", "her", "it", "them", "le", "la", "l'", "les", "lui", "leur"})
# Dependents that continue a name or stand beside it (`l'opposant Kizza Besigye`).
NAME_PARTS = frozenset({"appos", "flat", "flat:name"})


def with_conjuncts(token: Token) -> list[Token]:
    """A noun and the nouns coordinated with it. An apposition with conjuncts of its own is a
    member of a list the parser read as an apposition (`le Kenya, l'Ouganda et la Tanzanie`)."""
    out = [token]
    for child in token.children:
        if child.pos_ in ("NOUN", "PROPN", "PRON") and (child.dep_ == "conj" or (
                child.dep_ == "appos" and any(g.dep_ == "conj" for g in child.children))):
            out.extend(with_conjuncts(child))
        elif _headline_list(token, child):
            out.append(child)
    return out


def _headline_list(token: Token, child: Token) -> bool:
    """`Iran, Saudi Arabia to restore ties`: a headline's comma list of names read as an
    apposition (the sentence has no final stop)."""
    return child.dep_ == "appos" and token.pos_ == child.pos_ == "PROPN" and \
        not sentence(token)[-1].is_punct and token.doc[token.i + 1].text == "," and \
        child.left_edge.i == token.i + 2


def marker_of(token: Token) -> str | None:
    """The folded preposition or marker introducing a token, as written (the small French
    model lemmatises `entre` as `entrer` and `sous` as `sou`)."""
    for child in token.children:
        if child.dep_ in ("case", "mark") or (child.dep_ == "prep"):
            word = fold(child.text)
            return CONTRACTIONS.get(word, word)
    if token.dep_ == "pobj":
        return fold(token.head.lemma_)
    return None


def infinitive(verb: Token) -> bool:
    """A verb in the infinitive or introduced as one (`to deliver`, `de livrer`, `à venir`);
    not a participle (`a qualifié la démarche d'injustifiée`)."""
    forms = morph_values(verb, "VerbForm")
    return verb.pos_ in ("VERB", "AUX") and ("Inf" in forms or "Part" not in forms and any(
        c.dep_ in ("aux", "mark") and fold(c.text) in INFINITIVE_MARKERS
        for c in verb.children))


def adds_to_noun(clause: Token, subject: Token) -> bool:
    """Whether a relative clause tells what the noun it follows did: `le Premier ministre,
    qui a critiqué l'Inde`, `the minister, who criticised India`. Not a clause that restricts
    the noun (`les officiels qui ont négocié` tells which officials), nor an English one in
    a perfect tense (`the group, which has kidnapped pupils`), which recalls the background."""
    doc = subject.doc
    return clause.dep_ in RELATIVE_CLAUSES and fold(subject.text) in RELATIVE_PRONOUNS and \
        subject.i > 0 and doc[subject.i - 1].text == "," and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)


def agent_tokens(verb: Token) -> list[Token]:
    """The passive agent (`par X`, `by X`), also where the parser hung it one level lower
    (`reçu mercredi par X`, with the agent under `mercredi`) or marked it a plain oblique
    (`obl` with `par`), or a name a modifier (`Critiqué par Paris`; `par téléphone` is a
    manner)."""
    for level in (list(verb.children), [g for c in verb.children for g in c.children]):
        for child in level:
            if child.dep_ == "obl:agent" or preposition(child) == "par" and (
                    child.dep_ == "obl" or child.dep_ == "obl:mod" and child.pos_ == "PROPN"):
                return with_conjuncts(child)
            if child.dep_ == "agent":
                return [g for g in child.children if g.dep_ == "pobj"]
    return []


def agented_participle(verb: Token) -> bool:
    """A participle qualifying a noun, with its passive agent (`arrêtés par la police`)."""
    return verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and \
        "Part" in morph_values(verb, "VerbForm") and bool(agent_tokens(verb))


def qualified_object(verb: Token) -> Token | None:
    """The noun a clause qualifies when it is the clause verb's object: a relative clause with
    a subject of its own and no relative pronoun or object (`a charge New Delhi rejected`), or
    a participle with its passive agent (`an accusation rejected by Kigali`, `des accusations
    démenties par Kigali`)."""
    head = verb.head
    if head.i == verb.i or head.pos_ != "NOUN":
        return None
    return head if object_relative(verb) or agented_participle(verb) and not any(
        c.dep_ in OBJECTS for c in verb.children) else None


def fronted_passive(verb: Token) -> bool:
    """A past participle with its passive agent opening the sentence, done to the subject of
    the clause it leads into (`Reçu mardi par le roi, le président a plaidé…`, `Received by
    the king, the president called…`)."""
    return fronted_participle(verb) and bool(agent_tokens(verb))


def presence_tokens(verb: Token) -> list[Token]:
    """`paraphés en présence des deux présidents`, `signed in the presence of X and Y`: with
    no agent named, those in whose presence a joint act was done are its parties (every word
    of the phrase, whatever the parser hung the second party on). The phrase may hang on a
    place before it (`à Astana en présence de`)."""
    near = [g for c in verb.children for g in (c, *c.children)]
    near += [g for c in near if c.dep_ == "prep" for g in c.children]
    for noun in near:
        if fold(noun.lemma_) in PRESENCE and noun.dep_.startswith(("obl", "nmod", "pobj")):
            return [t for t in noun.subtree if t.i > noun.i]
    return []


# What the English parser tags a preposition introducing a verb's argument: `dative` for
# the `to` of a recipient after an object (`promised more help to Kyiv`).
PREPOSITIONS = frozenset({"prep", "dative"})


def marked_tokens(head: Token, markers: tuple[str, ...]) -> list[Token]:
    """The tokens a verb's markers introduce (its object, `to X`...)."""
    found = []
    # `Macron called Putin`, read as naming him, `a appelé le Nicaragua à libérer`, the name
    # read as a noun complement: a predicative complement with no object before it is the
    # object
    lone = not any(c.dep_ in OBJECTS for c in head.children)
    for child in head.children:
        predicative = child.dep_ == "oprd" or child.dep_ == "xcomp" and child.pos_ in (
            "NOUN", "PROPN")
        if "obj" in markers and (child.dep_ in OBJECTS or lone and predicative) or \
                "iobj" in markers and child.dep_ in ("iobj", "dative"):
            found.extend(with_conjuncts(child))
        elif child.dep_ in PREPOSITIONS and (fold(child.lemma_) in markers or "obj" in markers and lone
                                       and head.tag_ == "VBG" and fold(child.lemma_) == "of"):
            # `continued shelling of Donetsk`: a gerund read as a verb has its object in `of`;
            # `pulled troops out of Niger`: a two-word preposition's object hangs on its second
            objects = [g for g in child.children if g.dep_ == "pobj"] or [
                o for g in child.children if g.dep_ == "prep" for o in g.children
                if o.dep_ == "pobj"]
            for grand in objects:
                found.extend(with_conjuncts(grand))
        elif child.dep_ == "advmod" and (fold(child.text) in markers or any(
                fold(g.text) in markers for g in child.children)):
            # `a protesté auprès de Pékin`: the tagger hangs the noun on the adverb, which it
            # may hang on another (`a protesté officiellement auprès de Pékin`)
            adverbs = [child] if fold(child.text) in markers else \
                [g for g in child.children if fold(g.text) in markers]
            found.extend(t for adverb in adverbs for grand in adverb.children
                         if preposition(grand) == fold(adverb.text) for t in with_conjuncts(grand))
        elif child.dep_ not in ("nsubj", "nsubj:pass", "case", "det") and \
                marker_of(child) in markers:
            found.extend(with_conjuncts(child))
    if not found and head.pos_ == "NOUN":
        # `leur retrait immédiat de la Cédéao`: the parser hung the noun's argument on the
        # adjective after it
        marks = tuple(m for m in markers if m not in ("obj", "iobj"))
        found = [t for adj in head.children if adj.dep_ == "amod" and adj.pos_ == "ADJ" and
                 adj.i > head.i for t in marked_tokens(adj, marks)] if marks else []
    if not found and ("obj" in markers or "iobj" in markers):
        found = _stray_clitic(head)
    found = [antecedent(t) for t in found]
    if not found and "obj" in markers:
        qualified = qualified_object(head)
        found = _misread_relative(head) or ([qualified] if qualified is not None else [])
    # `a renforcé ses troupes près de l'Ukraine`: a place the parser hung on the object
    return found or [t for obj in head.children if obj.dep_ in OBJECTS for grand in obj.children
                     if grand.dep_ == "nmod" and (preposition(grand) or "") in markers
                     and not introduced_by(grand, GENITIVE) for t in with_conjuncts(grand)]


def _stray_clitic(verb: Token) -> list[Token]:
    """`le Qatar les a exhortés à…`: the object pronoun right before a verb or its
    auxiliaries, which the parser hung on the subject before it."""
    first = min([verb, *(c for c in verb.children if c.dep_.startswith("aux"))],
                key=lambda t: t.i)
    clitic = verb.doc[first.i - 1] if first.i > 0 else None
    if clitic is None or clitic.pos_ != "PRON" or fold(clitic.text) not in OBJECT_PRONOUNS \
            or clitic.head.i == verb.i or clitic.dep_.startswith("nsubj"):
        return []
    return [clitic]


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for: the noun before the comma the pronoun follows
    (`le Rwanda, qu'il accuse d'ingérence`, `Rwanda, which it accuses of…`), else the one its
    clause qualifies (`le ministre à qui il reproche…`); any other token itself."""
    if fold(token.text) not in OBJECT_RELATIVES | RELATIVE_PRONOUNS:
        return token
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "," and doc[token.i - 2].pos_ in ("NOUN", "PROPN"):
        return doc[token.i - 2]  # (the parser may hang the clause on a noun further back)
    return token.head.head if token.head.dep_ in RELATIVE_CLAUSES else token


def _misread_relative(verb: Token) -> list[Token]:
    """`le Rwanda, qu'il accuse d'ingérence` with `qu'` read as a conjunction or an
    indirect object: the object of a clause with none of its own is the noun the pronoun
    stands for."""
    if any(c.dep_ in OBJECTS for c in verb.children):
        return []
    return [antecedent(c) for c in verb.children if c.dep_ in ("mark", "dep", "iobj")
            and antecedent(c) is not c][:1]


def genitive_link(token: Token) -> bool:
    """Whether a token links what hangs on it to the noun above as part of the noun's own
    phrase (`de civils palestiniens`, `of civilians`), not through another preposition (`in
    protest against violations by X`: X did the violations) nor a clause."""
    if token.dep_ in ("amod", "compound"):
        return True
    if token.dep_ == "prep":
        return fold(token.text) in GENITIVE
    return token.dep_ in ("nmod", "pobj") and genitive(token)


def genitive(noun: Token) -> bool:
    """Whether a noun is introduced by `de`/`of` (also `du`, `des`, `d'`)."""
    return introduced_by(noun, GENITIVE)


def place_phrase(noun: Token) -> bool:
    """Whether a French `de` noun belongs to an adverb's compound preposition, not to the noun
    above (`près de la frontière`, `loin de`, `lors de`), where the parser hung the adverb on
    the noun."""
    return any(c.dep_ == "advmod" and fold(c.text) in ADVERBIAL_PREPOSITIONS
               for c in noun.children)


def introduced_by(noun: Token, prepositions: frozenset[str]) -> bool:
    """Whether a noun is introduced by one of these (folded) prepositions, also inside a
    French contraction (`aux` holds `à`)."""
    word = preposition(noun)
    return word is not None and CONTRACTIONS.get(word, word) in prepositions


def _path_up(token: Token, top: Token) -> list[Token]:
    """The heads between a token and one of its ancestors."""
    path, current = [], token.head
    while current.i != top.i and current.head.i != current.i:
        path.append(current)
        current = current.head
    return path


def source_clause(noun: Token, words: ModalityWords) -> Token | None:
    """The verb or adjective whose subject does the act a noun names, if any: a light verb
    (`held talks`), a verb of refusal (`rejected talks`) or an adjective of intent (`ready
    for talks`)."""
    light = fold(noun.head.lemma_) in words.light
    if light and (noun.dep_ in OBJECTS or noun.dep_ == "obl:arg" and fold(
            noun.head.lemma_) in PREPOSITIONAL_LIGHT):
        # `held talks`, `a procédé à des exercices`
        return noun.head
    if noun.dep_ in OBJECTS and has_word(noun.head, words.refusal):
        # `a écarté toute négociation`, `rejected talks`: the refuser (modality codes 12x)
        return noun.head
    if intending_verb(noun, words) is not None:
        return noun.head  # `envisage des sanctions`: who intends them (modality codes 03x, 13x)
    return _light_verb_without_object(noun, words.light) or _intent_adjective(
        noun, words.intent) or _on_copula(noun) or _come_for(noun, words)


def _come_for(noun: Token, words: ModalityWords) -> Token | None:
    """`X was in Cairo for talks`, `X is expected in Tehran for talks`, `X est arrivé à Alger
    pour des entretiens`: the verb of arrival or presence whose subject came for the act."""
    if preposition(noun) not in words.purpose:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb if verb.i != noun.i and verb.pos_ in ("VERB", "AUX") and \
        fold(verb.lemma_) in words.arrival else None


def _on_copula(noun: Token) -> Token | None:
    """`X is on a visit to Moscow`, `who is on a tour of Africa`: the copula whose subject is
    on the act."""
    prep = noun.head
    if noun.dep_ != "pobj" or fold(prep.text) != "on" or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.lemma_ == "be" else None


def _intent_adjective(noun: Token, intent: frozenset[str]) -> Token | None:
    """The clause whose subject is ready for the act a noun names: the copula an English
    adjective completes (`was ready for talks`), the French adjective itself (`prêt au
    dialogue`)."""
    adjective = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in (
        "obl", "obl:arg", "nmod") else None
    if adjective is None or adjective.pos_ != "ADJ" or fold(adjective.lemma_) not in intent:
        return None
    return adjective.head if adjective.dep_ == "acomp" else adjective


def _light_verb_without_object(noun: Token, light: frozenset[str]) -> Token | None:
    """`a mené dans la soirée de samedi à dimanche des raids`: the parser hung the light
    verb's object on the time phrase before it; the verb, which has no object of its own,
    is found by climbing the noun phrases."""
    current = noun
    for _ in range(4):
        if current.dep_ not in ("nmod", "obl", "obl:mod") or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            if fold(current.lemma_) in light and current.i < noun.i and not any(
                    c.dep_ in OBJECTS for c in current.children):
                return current
            return None
    return None


def engaged_in(noun: Token, prepositions: frozenset[str]) -> Token | None:
    """The noun an act noun qualifies by a preposition of engagement (modality `engaged`):
    `le président, en visite à Alger,`, `the minister, on a visit to Delhi`; or the subject
    of the copula the act noun is the predicate of (`le ministre est en visite à Moscou`)."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if preposition(noun) in prepositions and any(c.dep_ == "cop" for c in noun.children):
        head = next((c for c in noun.children if c.dep_ in SUBJECTS), noun)
    if preposition(noun) not in prepositions or head.i == noun.i or \
            head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head


PART = "part"  # `de la part de X`, `on the part of X`: X does the act


def noun_agent(noun: Token, verb: Token | None = None) -> list[Token]:
    """`l'arrestation de l'opposant par la police`, `the arrest of X by the police`: the agent
    of an act noun, wherever the parser hung it in the noun's phrase, but not in a clause of
    its own (`the arrest of X, accused by Y`) nor after another preposition. Given the active
    `verb` the noun is the object of, an agent the parser hung on that verb after the noun
    (`denounced the drills by X`)."""
    after = [c for c in verb.children if c.i > noun.i and c.dep_ != "conj"] if verb else []
    for token in [*noun.subtree, *after]:
        if token.i <= noun.i:
            continue
        if fold(token.text) == "by" and token.dep_ == "prep":
            agents = [t for g in token.children if g.dep_ == "pobj" for t in with_conjuncts(g)]
        elif token.pos_ in ("NOUN", "PROPN", "ADJ") and preposition(token) == "par":
            # (`par la junte malienne`, `junte` tagged an adjective)
            agents = with_conjuncts(token)
        elif fold(token.lemma_) == PART and token.pos_ == "NOUN" and noun.i in (
                token.head.i, token.head.head.i):
            # `des abus de la part des soldats`, `abuses on the part of the police`
            agents = [t for g in of_nouns(token) for t in with_conjuncts(g)]
            if agents:
                return agents
            continue
        else:
            continue
        # the path may run through the name of whom the act was done to (`l'arrestation de
        # l'opposant Kizza Besigye par la police`, the agent hung on the name, also where the
        # parser read the name a modifier of its title)
        if (verb is not None and token.head.i == verb.i) or all(
                genitive_link(a) or a.dep_ in NAME_PARTS or _apposed_name(a)
                for a in _path_up(token, noun)) or _carried_out(token.head, noun):
            return agents
    return []


def _apposed_name(token: Token) -> bool:
    """A name the parser hung on its title as a modifier with no preposition (`du journaliste
    américain Evan Gershkovich`)."""
    return token.dep_ == "nmod" and token.pos_ == "PROPN" and preposition(token) is None


def _carried_out(participle: Token, noun: Token) -> bool:
    """`l'attaque contre la ville de Kharkiv menée par les forces russes`: a participle of a
    light verb that agrees with the act noun in gender and number carries it out, wherever
    in the noun's phrase the parser hung it."""
    return participle.dep_ == "acl" and participle.i > noun.i and \
        fold(participle.lemma_) in modality_words(noun.doc.lang_).light and all(
            morph_values(participle, f) and morph_values(participle, f) == morph_values(noun, f)
            for f in ("Gender", "Number"))


def of_nouns(noun: Token) -> list[Token]:
    """The nouns an `of`/`de` phrase hangs on a noun (`la signature de l'accord`)."""
    return [g for c in noun.children if c.dep_ == "prep" and fold(c.text) == "of"
            for g in c.children if g.dep_ == "pobj"] + [
        c for c in noun.children if c.dep_ == "nmod" and genitive(c)]


def carrier_noun(noun: Token, carriers: frozenset[str]) -> Token | None:
    """The noun that carries the act a noun names: `a mediation mission`, `une mission de
    médiation`, `a wave of arrests`."""
    head = noun.head
    if noun.dep_ == "pobj" and fold(head.text) in ("of", "de", "d'"):
        head = head.head
    elif not (noun.dep_ == "compound" or noun.dep_ == "nmod" and preposition(noun) in (
            "de", "d'")):
        return None
    return head if head.i != noun.i and fold(head.lemma_) in carriers else None


def object_antecedent(verb: Token, possessed: bool = False) -> list[Token]:
    """`expelled two diplomats, accusing them of spying`, `les a expulsés en les accusant`:
    the object pronoun of a participle clause stands for the object of the verb it hangs on;
    with `possessed`, so does the possessive of its object (`met Orban and praised his
    stance`, `a reçu X et salué ses efforts`). Where that verb has none (`announced that it
    was cutting ties with X, accusing it`), of the last verb before the clause that has one."""
    if verb.dep_ not in COMPLETING or not any(
            c.dep_ in OBJECTS | {"iobj"} and fold(c.text) in OBJECT_PRONOUNS
            or possessed and c.dep_ in OBJECTS and possessive_owned(c)
            for c in verb.children):
        return []
    before = (v for v in reversed(list(verb.head.subtree))
              if v.pos_ in ("VERB", "AUX") and v.i < verb.left_edge.i)
    for holder in (verb.head, *before):
        objects = [t for c in holder.children if c.dep_ in OBJECTS for t in with_conjuncts(c)]
        if objects:
            return objects
    return []


def possessive_owned(noun: Token) -> bool:
    """Whether a noun is owned through a possessive determiner (`his stance`, `ses efforts`)."""
    return any(c.dep_ in ("det", "poss", "nmod:poss") and fold(c.text) in POSSESSIVES
               for c in noun.children)


def defied(verb: Token, defiance: frozenset[str]) -> list[Token]:
    """`in defiance of Azerbaijan`, `au mépris de l'interdiction`: the nouns a phrase of
    defiance hung on a verb names as defied."""
    nouns = [n for c in verb.children for n in (c, *c.children)
             if n.pos_ == "NOUN" and fold(n.lemma_) in defiance and n.i > verb.i]
    return [t for n in nouns for g in of_nouns(n) for t in with_conjuncts(g)]
