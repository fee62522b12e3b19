"""Who does a verb's act: the subjects the parse gives it (climbing to the heads it shares
them with, passives, inverted and quoted speakers, statements and their authors), and the
actor mentions they resolve to, with the actors coordinated with them."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.actors.recognise import COORDINATORS
from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.modality_lexicon import modality_words
from wirecoder.events.syntax import (
    ACTIVE_SUBJECTS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    adds_to_noun,
    agent_tokens,
    genitive,
    genitive_link,
    infinitive,
    with_conjuncts,
)
from wirecoder.events.triggers import REACTION_ROOTS, trigger_index
from wirecoder.model import Mention, in_roles
from wirecoder.nlp import REFLEXIVE, dependents, morph_values, preposition, sentence
from wirecoder.textnorm import fold

QUOTE_ENDS = frozenset({"»", "”", '"', "''"})
# The relative pronoun of `ce que`, and how the parser hangs a subject after its verb.
RELATIVE_QUE = frozenset({"que", "qu'"})
INVERTED = frozenset({"nsubj", "flat:name"})


# Dependents through which a trigger inherits the subject of its head.
INHERIT = frozenset({"xcomp", "conj", "acl", "advcl", "acomp", "oprd"})


# Prepositions of manner: `retaliated by expelling a diplomat`, `a riposté en expulsant`.
MANNER = frozenset({"by", "en"})
GERUND_ENDING = "ant"  # the French present participle a gerund is made of (`en expulsant`)
# How the parser hangs a French gerund on the verb whose manner it tells.
GERUND_LINKS = frozenset({"xcomp", "advcl", "obl:mod", "obl"})


TENSE_AUXILIARIES = frozenset({"avoir", "etre", "have", "be"})


PLURAL_PRONOUNS = frozenset({"ils", "elles", "they"})


FIRST_PERSON = frozenset({"je", "j'", "nous", "i", "we"})  # the speaker of a quote


PRONOUNS = frozenset({"il", "elle", "he", "she", "it"}) | PLURAL_PRONOUNS | FIRST_PERSON


# How a statement's author is named on it (`the UN resolution`, `Egypt's statement`).
STATEMENT_OWNERS = frozenset({"poss", "nmod:poss", "compound"})


def _ends_list(noun: Token) -> bool:
    """`le Burkina et le Niger` after `le Mali,`: a noun with a conjunct joined by `et`/`and`."""
    return any(c.dep_ == "conj" and any(g.pos_ == "CCONJ" for g in c.children)
               for c in noun.children)


def verb_subject(verb: Token, index: MentionIndex | None = None) -> tuple[list[Token], bool]:
    """Subject tokens of a verb (climbing to heads it shares them with) and whether passive.

    A coordinated verb phrase (`X a déclaré que A réjouit B, et a présenté ...`) the parser
    hangs on the wrong verb keeps climbing while the subject it finds names no actor."""
    current, coordinated, raised = verb, False, False
    for _ in range(5):
        below = dependents(current)
        for deps, passive in ((ACTIVE_SUBJECTS, False), (PASSIVE_SUBJECTS, True)):
            found = [c for c in below if c.dep_ in deps]
            if found and adds_to_noun(current, found[0]):
                found = [current.head]
            if found:
                tokens = with_conjuncts(found[0])
                for extra in found[1:]:
                    # `le président turc et son homologue russe ont évoqué`: the parser made
                    # each conjunct a subject of its own, the `et` the verb's or the first's
                    gap = verb.doc[found[0].right_edge.i + 1:extra.left_edge.i]
                    # (`ainsi que`, `as well as`: a coordinator tagged an adverb or a
                    # preposition)
                    if any((t.pos_ == "CCONJ" or t.dep_ == "cc") and
                           t.head.i in (current.i, extra.i, found[0].i)
                           for t in verb.doc[found[0].i + 1:extra.i]) or (
                               # `Iran, Saudi Arabia hold talks`: a headline's comma list;
                               # `Le Ghana, le Togo et le Bénin ont…`: a list ending in `et`
                               [t.text for t in gap] == [","] and (not sentence(verb)[-1].is_punct or
                                                                 _ends_list(extra))):
                        tokens = tokens + with_conjuncts(extra)
                if index is None or not coordinated or any(
                        m.actor.code or m.members for m in resolve_tokens(tokens, index)):
                    # `ils se sont rassemblés`, `s'en est pris à` (`s'` a marker): a
                    # pronominal verb the parser reads passive; `a sévèrement critiqué la
                    # junte`: so is a verb with an object and no passive auxiliary
                    reflexive = any(c.dep_.startswith("expl") or c.i < current.i and
                                    c.pos_ == "PRON" and fold(c.text) in REFLEXIVE
                                    for c in below)
                    # (`Lourenço a téléphoné à…` too: `avoir` with no passive auxiliary)
                    misread = (any(c.dep_ in OBJECTS for c in below) or any(
                        c.dep_ == "aux:tense" and fold(c.lemma_) == "avoir" for c in below)) \
                        and not any(c.dep_ in ("aux:pass", "auxpass") for c in below)
                    # `X is expected to visit`, `was forced to withdraw`: the passive
                    # subject of the verb an infinitive completes does what it names;
                    # `ont défilé avant d'être dispersés par la police`: the subject of
                    # the verb a passive infinitive hangs on suffers what it names
                    own_passive = current is not verb and (
                        _passive_infinitive(verb) or _trailing_passive(verb))
                    # `la Russie s'est vu imposer des sanctions par Washington`: the subject
                    # of a reflexive verb of undergoing suffers the infinitive it governs
                    undergone = current is not verb and reflexive and fold(current.lemma_) in \
                        modality_words(verb.doc.lang_).undergoing
                    return tokens, own_passive or undergone or (
                        passive and not reflexive and not misread and not raised)
        if current.head.i == current.i:
            break
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ in ("aux", "aux:tense", "aux:pass") and fold(c.lemma_) in
                TENSE_AUXILIARIES for c in current.children):
            # `les deux ministres se sont félicités`, `le président s'en est pris à X` read
            # as a participle of the noun: a participle with an auxiliary is the verb of a
            # clause, the noun its subject (passive unless the verb is pronominal)
            return with_conjuncts(current.head), any(
                c.dep_ == "aux:pass" for c in current.children) and not any(
                fold(c.text) in REFLEXIVE for c in current.children)
        owner = _decider(current) if current.dep_ in ("acl", "xcomp") else None
        if owner is not None:
            # `la décision de Washington de livrer des missiles`: the noun's owner does it
            return with_conjuncts(owner), False
        if reaction_plan(current):
            # `a condamné la tentative d'assassiner le président`: not the reacting side's act
            return [], False
        noun = _participle_noun(current)
        if noun is not None:
            # `arrested farmers marching towards the capital`: the participle's subject is
            # the noun it qualifies, not the subject of the verb it follows
            return with_conjuncts(noun), False
        if current.dep_ == "acl" and _deciding_noun(current) is not None and \
                _subjects_own(current.head) and current.head.head.pos_ == "VERB":
            # `a annoncé son intention de se rendre à Alger`, `a fait part de sa volonté de`:
            # the owner the possessive names is the subject of the verb the noun completes
            current = current.head.head
            continue
        if current.dep_ == "acl" and current.tag_ == "VBD" and current.head.dep_ == "ROOT" \
                and current.head.pos_ in ("NOUN", "PROPN"):
            # `The IAEA called on Iran...` read as a noun phrase: a past tense hung on the
            # sentence's root noun is the sentence's verb, the noun its subject
            return with_conjuncts(current.head), False
        manner = manner_of(current)
        if manner is not None and _acting_verb(manner) or current.dep_ == "pcomp" and \
                _passive_infinitive(current) and current.head.head.pos_ == "VERB":
            # `retaliated by expelling`, `a riposté en expulsant`: the subject of the verb it
            # tells the manner of; `rallied before being dispersed by police`: of the verb it
            # tells the time of
            current = manner or current.head.head
            continue
        raised = current.dep_ == "xcomp" and fold(current.head.lemma_) not in trigger_index(
            current.doc.lang_)  # not `was urged to release`, an appeal's
        if current.dep_ == "conj":
            coordinated = True
        elif current.dep_ not in INHERIT and not (coordinated and current.dep_ == "ccomp"
                                                  and current.head.i < current.i):
            # not from `killed one and wounded two, the army said` to the army
            break
        current = current.head
    return [], False


def _participle_noun(clause: Token) -> Token | None:
    """The noun a present participle the parser hung on a verb qualifies: the verb's object
    it follows with no comma between (`arrested farmers marching towards the capital`);
    None after a comma (`arrested ten, firing tear gas`), which tells what the verb's
    subject did."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or any(
            c.dep_.startswith("aux") for c in clause.children):
        return None
    objects = [c for c in clause.head.children if c.dep_ in OBJECTS and c.i < clause.i]
    return objects[-1] if objects and objects[-1].right_edge.i + 1 == clause.i else None


def _passive_infinitive(verb: Token) -> bool:
    """`avant d'être dispersés`, `after being detained`: a passive verb not finite."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    return any(c.dep_ in ("aux:pass", "auxpass") for c in auxiliaries) and any(
        set(c.morph.get("VerbForm")) & {"Inf", "Ger"} for c in auxiliaries)


def _trailing_passive(verb: Token) -> bool:
    """A past participle with its passive agent after the clause it hangs on (`held talks in
    Oman, mediated by its foreign minister`, `ont signé un accord, négocié par le Qatar`):
    done by the agent to the subject of that clause."""
    return verb.dep_ == "advcl" and verb.i > verb.head.i and \
        "Part" in morph_values(verb, "VerbForm") and bool(agent_tokens(verb)) and \
        not any(c.dep_.startswith("aux") for c in verb.children)


def _subjects_own(noun: Token) -> bool:
    """Whether a noun is its verb's subject's: by a possessive (`son intention`), or by the
    definite article on the object of a light verb (`a exprimé le souhait de`)."""
    determiners = [c for c in noun.children if c.dep_ in ("det", "poss", "nmod:poss")]
    return any("Yes" in morph_values(c, "Poss") for c in determiners) or (
        fold(noun.head.lemma_) in modality_words(noun.doc.lang_).light
        and any("Def" in morph_values(c, "Definite") for c in determiners))


def _decider(clause: Token) -> Token | None:
    """The owner of the noun of a decision or plan (modality `deciding`) an infinitive clause
    completes (`Washington's decision to deliver`, `la décision de Washington de livrer`), if
    the noun names one before it."""
    noun = _deciding_noun(clause)
    if noun is None:
        return None
    for child in noun.children:
        if child.i > clause.i:
            continue
        if child.dep_ in ("poss", "nmod:poss") and child.pos_ != "PRON" or (
                child.dep_ == "nmod" and genitive(child)):
            return child  # (`its decision`: whose, the clause's subject says)
        if child.dep_ == "prep" and fold(child.text) == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def reaction_plan(clause: Token) -> bool:
    """Whether an infinitive completes a plan, attempt or request noun (modality `deciding`,
    `carriers`, `papers`) that is the object of a verb of reaction by itself (not `expressed
    its willingness to…`), also where the parser hung it on the verb (`a condamné la tentative
    d'assassiner…`, `vetoed a proposal to use…`)."""
    verb = clause.head.head if clause.dep_ == "acl" else clause.head
    if clause.dep_ not in ("acl", "xcomp") or not infinitive(clause):
        return False
    words = modality_words(clause.doc.lang_)
    nouns = [c for c in verb.children if c.dep_ in OBJECTS and c.pos_ == "NOUN" and c.i < clause.i
             and fold(c.lemma_) in words.deciding | words.carriers | words.papers]
    return bool(nouns) and (clause.dep_ == "xcomp" or clause.head in nouns) and any(
        t.code[:2] in REACTION_ROOTS and not t.with_ for t in trigger_index(clause.doc.lang_).get(
            fold(verb.lemma_), ()))


def _deciding_noun(clause: Token) -> Token | None:
    """The noun of a decision or plan (modality `deciding`) an infinitive clause completes,
    also where the parser hung the clause on the noun's own verb (`a pris acte de la décision
    de la France de retirer ses troupes`, `retirer` an `xcomp` of `pris`): the last noun
    between the verb and the clause."""
    noun = clause.head
    if clause.dep_ == "xcomp":
        between = [c for c in clause.head.children if noun.i < c.i < clause.i]
        noun = between[-1] if between else noun
    if noun.pos_ != "NOUN" or clause.i < noun.i or not infinitive(clause) or \
            fold(noun.lemma_) not in modality_words(clause.doc.lang_).deciding:
        return None
    return noun


def _acting_verb(token: Token) -> bool:
    """A verb of an act (a trigger lemma) in the active voice: `retaliated`, `has responded`."""
    return token.pos_ == "VERB" and fold(token.lemma_) in trigger_index(token.doc.lang_) and \
        not any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ in ("auxpass", "aux:pass")
                for c in token.children)


def inverted_subject(verb: Token) -> list[Token]:
    """`« … », a dénoncé le ministre`, `"…", said the minister`: after the words it quotes, a
    verb comes before its subject, which the parser reads as its object; so after `ce que`
    (`…, ce qu'a démenti Moscou`), where the parser may read it as part of a name."""
    doc = verb.doc
    start = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    if start >= 2 and claim_relative(verb):
        after = [c for c in verb.children if c.dep_ in OBJECTS | INVERTED and c.i > verb.i]
        return with_conjuncts(after[0]) if after else []
    if start < 2 or {doc[start - 1].text, doc[start - 2].text} - QUOTE_ENDS != {","}:
        return []
    after = [c for c in verb.children if c.dep_ in OBJECTS and c.i > verb.i]
    return with_conjuncts(after[0]) if after else []


def claim_relative(verb: Token) -> bool:
    """`…, ce qu'a démenti Moscou`, `…, ce que dément l'Ukraine`: a relative clause on `ce`
    answering what the clause before it claims."""
    start = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    return start >= 2 and fold(verb.doc[start - 1].text) in RELATIVE_QUE and \
        fold(verb.doc[start - 2].text) == "ce"


def claimant(verb: Token, index: MentionIndex) -> list[Mention]:
    """Who made the claim a `ce que` clause answers: the subject of the clause `ce` hangs on,
    up to the verb it completes (`l'Ukraine a accusé la Russie d'avoir bombardé…, ce qu'a
    démenti Moscou`: Ukraine); for a parenthetical report, the subject of the clause it
    reports (`Le Hamas a violé la trêve, accuse Israël`: Hamas)."""
    clause = verb.head.head if claim_relative(verb) else verb.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    return resolve_tokens(verb_subject(clause, index)[0], index)


def resolve_tokens(tokens: list[Token], index: MentionIndex, owners: bool = False) -> list[Mention]:
    """The mentions the tokens name, with those coordinated inside them; one per span (the
    first found: `the ministers of Brazil and Argentina` makes Argentina's a minister too)."""
    out: list[Mention] = []
    spans: set[tuple[int, int]] = set()
    for token in tokens:
        mention = index.within(token) or (index.owner(token, sent=True) if owners else None)
        if mention is None:
            continue
        # `les ambassadeurs d'Italie, d'Espagne et du Portugal`
        for m in (mention, *coordinated_within(mention, token.doc, index)):
            if (m.token_start, m.token_end) not in spans:
                out.append(m)
                spans.add((m.token_start, m.token_end))
    return out


def coordinated_within(mention: Mention, doc: Doc, index: MentionIndex) -> list[Mention]:
    """Actors coordinated with a mention from inside it: conjuncts, and further countries
    hung on its role noun (`les ambassadeurs d'Italie, d'Espagne`, `les ministres de la
    Défense turc et grec`), which share its role."""
    found: list[Mention] = []
    shared = mention.actor.roles if mention.actor.country else []
    for inner in doc[mention.token_start:mention.token_end]:
        # a conjunct of the phrase's head is an actor of its own (`le président français et
        # l'Allemagne`); one of a country inside it shares the phrase's role
        inside = mention.token_start <= inner.head.i < mention.token_end and inner.head.i != inner.i
        for child in inner.children:
            if mention.token_start <= child.i < mention.token_end:
                continue
            # `the envoys of Chile and of Peru`: a preposition coordinated with the phrase's
            # own joins the noun it introduces
            joined = [t for g in child.children if g.dep_ == "pobj" for t in with_conjuncts(g)] \
                if child.pos_ == "ADP" else with_conjuncts(child)
            if child.dep_ == "conj" and not (inside and shared) and not _plural_role(inner,
                                                                                   shared):
                others = [index.at(t) for t in joined]
            elif child.dep_ == "conj" or (child.dep_ in ("nmod", "obl") and shared and (
                    preposition(child) is None or genitive_link(child))) or (
                        # `the presidents of Egypt and of Sudan`, both `of` on the noun
                        child.dep_ == "prep" and shared and genitive_link(child) and
                        fold(doc[child.i - 1].text) in COORDINATORS):
                # not what `à`/`against` sets against the phrase
                others = [in_roles(m, shared) for m in map(index.at, joined)
                          if m is not None and m.actor.country]
            else:
                continue
            found.extend(m for m in others if m is not None and m.actor.code)
    return found + [m for m in index.sharing_role_after(mention, doc) if m not in found]


def _plural_role(noun: Token, roles: list[str]) -> bool:
    """`the foreign ministers of Brazil and Argentina`: a plural role noun with a country
    complement, whose conjunct country is one more owner of the role, whatever the parser
    hung it on."""
    return bool(roles) and "Plur" in morph_values(noun, "Number") and any(
        c.dep_ in ("prep", "nmod") for c in noun.children)



def statement_author(verb: Token, index: MentionIndex) -> tuple[list[Token], bool]:
    """`X issued a statement condemning Y`, `X a publié un communiqué dénonçant Y`: what a
    statement says is said by whoever issued it (the participle hangs on the statement noun,
    the noun on the verb of issuing); what a bill or decree does, by whoever enacted it. Not
    an English past participle, done to the noun (`deported nationals convicted of crimes`)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ == "VBN" or noun.dep_ not in OBJECTS or \
            noun.head.i == noun.i:
        return [], False
    author = next((c for c in noun.children if c.dep_ in STATEMENT_OWNERS), None)
    if author is not None and index.within(author) is not None:
        # `welcomed the UN resolution calling for`, `rejected Egypt's statement condemning`:
        # the statement is its owner's, not whoever reacts to it
        return with_conjuncts(author), False
    return verb_subject(noun.head, index)


def subject_mentions(verb: Token, index: MentionIndex) -> list[Mention]:
    """The actors a verb's subject names (with coordinated ones), also after the words it
    quotes (`« … », a déclaré le ministre`)."""
    subjects, _ = verb_subject(verb, index)
    return with_coordinated(resolve_tokens(subjects or inverted_subject(verb), index), index,
                             verb.doc)


def with_coordinated(found: list[Mention], index: MentionIndex, doc: Doc) -> list[Mention]:
    """Actors and those coordinated with them (`X et Y`); a span already among them, perhaps
    with a role it shares, is not added again, nor a mere place set off by commas before
    them (`La veille, à Bamako, la junte malienne…`)."""
    out = list(found)
    spans = {(m.token_start, m.token_end) for m in out}
    for mention in found:
        for other in index.coordinated(mention, doc):
            if (other.token_start, other.token_end) not in spans and other.rule != "locative":
                out.append(other)
                spans.add((other.token_start, other.token_end))
    return out


def pronoun_subject(trigger_token: Token) -> str | None:
    """The personal pronoun (`il`, `they`) that is the trigger's active subject, if any
    (`ce dernier`, `the latter` are actor mentions of their own: actors/resolve.py)."""
    subjects, passive = verb_subject(trigger_token)
    word = fold(subjects[0].text) if subjects and not passive else None
    return word if word in PRONOUNS else None


def subject_tokens(verb: Token) -> list[Token]:
    """The tokens of a verb's subject, if it has one."""
    return verb_subject(verb)[0]


def doer_tokens(verb: Token) -> list[Token]:
    """The tokens of whoever does what a verb says: its active subject, else its passive
    agent."""
    subjects, passive = verb_subject(verb)
    return agent_tokens(verb) if passive else subjects


def manner_of(clause: Token) -> Token | None:
    """The verb whose manner a clause tells (`retaliated by expelling a diplomat`, `a riposté
    en expulsant un diplomate`), if it tells one."""
    if clause.dep_ == "pcomp" and fold(clause.head.text) in MANNER and clause.head.dep_ == "prep":
        return clause.head.head
    if clause.dep_ in GERUND_LINKS and clause.i > clause.head.i and clause.pos_ == "VERB" and \
            clause.text.lower().endswith(GERUND_ENDING) and any(
                c.dep_ in ("mark", "case") and c.i < clause.i and fold(c.text) in MANNER
                for c in clause.children):
        return clause.head
    return None
