"""Source and target of a trigger, read from the dependency parse."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from wirecoder.actors.anchor import ARMED_ROLES
from wirecoder.attributes.codebook import FORCE, VIOLENCE
from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.modality import (
    ModalityWords,
    framed_clause,
    has_word,
    intending_verb,
    modality_words,
)
from wirecoder.events.syntax import (
    ACTIVE_SUBJECTS,
    OBJECTS,
    OF,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    adds_to_noun,
    agent_tokens,
    agented_participle,
    carrier_noun,
    engaged_in,
    fronted_passive,
    genitive,
    genitive_link,
    infinitive,
    introduced_by,
    marked_tokens,
    noun_agent,
    object_antecedent,
    of_nouns,
    presence_tokens,
    source_clause,
    with_conjuncts,
)
from wirecoder.events.triggers import REFLEXIVE, Trigger, trigger_index
from wirecoder.model import Mention, country_actor
from wirecoder.nlp import (
    CONTRACTIONS,
    SINGLE_POSSESSIVES,
    WHERE,
    dependents,
    morph_values,
    preposition,
)
from wirecoder.textnorm import fold

# Roots of what a statement can do by being issued: comment, appeal, demand, praise,
# criticise, reject, threaten.
STATED_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})
# CAMEO codes of expulsions: of diplomats (161), of peacekeepers, inspectors or aid workers
# (166x), of individuals (174)
EXPULSIONS = ("161", "166", "174")
EXPELLED_FROM = frozenset({"de", "from"})  # the country one is expelled from
SUMMONED_TO = frozenset({"a", "to"})  # the ministry one is summoned to (folded `à`)
QUOTE_ENDS = frozenset({"»", "”", '"', "''"})
# Dependents through which a trigger inherits the subject of its head.
INHERIT = frozenset({"xcomp", "conj", "acl", "advcl", "acomp", "oprd"})
# Prepositions that introduce the act a reaction opposes (`protested against the arrest`).
OPPOSING = frozenset({"against", "contre"})
# Prepositions of manner: `retaliated by expelling a diplomat`.
MANNER = frozenset({"by"})
# Roots (and codes) of acts whose noun takes its object in `of`/`de`: release (`l'échange de
# prisonniers`), sanctions, coercion, force.
DONE_TO_OWNER = frozenset({"084", "16", "17", "18", "19", "20"})
TENSE_AUXILIARIES = frozenset({"avoir", "etre", "have", "be"})
PLURAL_PRONOUNS = frozenset({"ils", "elles", "they"})
FIRST_PERSON = frozenset({"je", "j'", "nous", "i", "we"})  # the speaker of a quote
PRONOUNS = frozenset({"il", "elle", "he", "she", "it"}) | PLURAL_PRONOUNS | FIRST_PERSON
BETWEEN = frozenset({"entre", "between"})
MEDIATION = "045"
FORCE_POSTURE = "15"  # the CAMEO root of displays of force: alerts, mobilisation, drills
# Prepositions of a mediation that went with an act (`with Qatari mediation`, `sous la
# médiation de l'UA`).
MEDIATED_WITH = frozenset({"with", "under", "avec", "sous"})
# What introduces the second side a verb pits against the first.
AGAINST = frozenset({"a", "against", "contre"})
SINGLE_OBJECT_PRONOUNS = frozenset({"him", "her", "le", "la", "l'", "lui"})
# Appeals and demands: their expression words name the act asked of the addressee, and a
# release of people held is asked of their holder.
ASKING_ROOTS = frozenset({"02", "10"})
# How a statement's author is named on it (`the UN resolution`, `Egypt's statement`).
STATEMENT_OWNERS = frozenset({"poss", "nmod:poss", "compound"})


@dataclass
class Arguments:
    """Who acts (sources) and on whom (targets), with how each was found."""

    sources: list[Mention]
    targets: list[Mention]
    rule: str
    act: Token | None = None  # `condemned the strikes`: the act named, whose doer is aimed at
    nearest: bool = False  # the targets are only the first actors named after the trigger
    clause: Token | None = None  # the verb whose subject does the act (a pronoun, perhaps)


def _subject(verb: Token, index: MentionIndex | None = None) -> tuple[list[Token], bool]:
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
                    if any(t.pos_ == "CCONJ" and t.head.i in (current.i, extra.i, found[0].i)
                           for t in verb.doc[found[0].i + 1:extra.i]) or (
                               # `Iran, Saudi Arabia hold talks`: a headline's comma list
                               not verb.sent[-1].is_punct and [t.text for t in gap] == [","]):
                        tokens = tokens + with_conjuncts(extra)
                if index is None or not coordinated or any(
                        m.actor.code or m.members for m in _resolve(tokens, index)):
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
                    own_passive = current is not verb and _passive_infinitive(verb)
                    return tokens, own_passive or (
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
        if current.dep_ == "pcomp" and (fold(current.head.text) in MANNER and _acting_verb(
                current.head.head) or _passive_infinitive(current) and current.head.head.pos_ == "VERB"):
            # `retaliated by expelling`: the subject of the verb it tells the manner of;
            # `rallied before being dispersed by police`: of the verb it tells the time of
            current = current.head.head
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


def _passive_infinitive(verb: Token) -> bool:
    """`avant d'être dispersés`, `after being detained`: a passive verb not finite."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    return any(c.dep_ in ("aux:pass", "auxpass") for c in auxiliaries) and any(
        set(c.morph.get("VerbForm")) & {"Inf", "Ger"} for c in auxiliaries)


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


def _inverted_subject(verb: Token) -> list[Token]:
    """`« … », a dénoncé le ministre`, `"…", said the minister`: after the words it quotes, a
    verb comes before its subject, which the parser reads as its object."""
    doc = verb.doc
    start = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    if start < 2 or {doc[start - 1].text, doc[start - 2].text} - QUOTE_ENDS != {","}:
        return []
    after = [c for c in verb.children if c.dep_ in OBJECTS and c.i > verb.i]
    return with_conjuncts(after[0]) if after else []


def _resolve(tokens: list[Token], index: MentionIndex, owners: bool = False) -> list[Mention]:
    """The mentions the tokens name, with those coordinated inside them; one per span (the
    first found: `the ministers of Brazil and Argentina` makes Argentina's a minister too)."""
    out: list[Mention] = []
    spans: set[tuple[int, int]] = set()
    for token in tokens:
        mention = index.within(token) or (index.owner(token, sent=True) if owners else None)
        if mention is None:
            continue
        # `les ambassadeurs d'Italie, d'Espagne et du Portugal`
        for m in (mention, *_coordinated_within(mention, token.doc, index)):
            if (m.token_start, m.token_end) not in spans:
                out.append(m)
                spans.add((m.token_start, m.token_end))
    return out


def _coordinated_within(mention: Mention, doc: Doc, index: MentionIndex) -> list[Mention]:
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
            if child.dep_ == "conj" and not (inside and shared) and not _plural_role(inner,
                                                                                   shared):
                others = [index.at(t) for t in with_conjuncts(child)]
            elif child.dep_ == "conj" or (child.dep_ in ("nmod", "obl") and shared and (
                    preposition(child) is None or genitive_link(child))):
                # not what `à`/`against` sets against the phrase
                others = [_with_role(m, shared) for m in map(index.at, with_conjuncts(child))
                          if m is not None and m.actor.country]
            else:
                continue
            found.extend(m for m in others if m is not None and m.actor.code)
    return found


def _plural_role(noun: Token, roles: list[str]) -> bool:
    """`the foreign ministers of Brazil and Argentina`: a plural role noun with a country
    complement, whose conjunct country is one more owner of the role, whatever the parser
    hung it on."""
    return bool(roles) and "Plur" in morph_values(noun, "Number") and any(
        c.dep_ in ("prep", "nmod") for c in noun.children)


def _with_role(mention: Mention, roles: list[str]) -> Mention:
    actor = mention.actor
    return replace(mention, actor=country_actor(actor.text, actor.country or "", roles,
                                                actor.name))


def _armed_owner(noun: Token, index: MentionIndex, words: ModalityWords) -> Mention | None:
    """`les frappes aériennes de l'armée soudanaise`, `Sudanese army air strikes`: armed forces
    named after `de`/`of` with a determiner or in the compounds before an act of force do it;
    not an act they suffer (`the killing of soldiers`), nor its bare means (`des tirs
    d'artillerie`)."""
    if fold(noun.lemma_) in words.suffered:
        return None
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    for c in compounds:
        compounds.extend(g for g in c.children if g.dep_ == "compound")
    owner = index.owner(noun)
    determined = owner is not None and any(
        c.dep_ in ("det", "poss", "nmod:poss")
        for c in noun.doc[owner.token_start:owner.token_end].root.children)
    named = [owner if determined else None, *(index.at(c) for c in compounds)]
    return next((m for m in named if m is not None and ARMED_ROLES & set(m.actor.roles)), None)


def _nominal_source(noun: Token, index: MentionIndex, words: ModalityWords,
                    done_to_owner: bool = False, sent: bool = False,
                    meeting: bool = False) -> list[Mention]:
    """Who does what a noun names: its owner (`la visite du président`, `Israeli strikes`),
    the agent of its participle (`les frappes menées par Israël`), the subject of a light
    verb (`X a effectué une visite`), of a verb of refusal (`X a écarté toute négociation`)
    or of an adjective of intent (`X is ready for talks`, `X est prêt au dialogue`). For acts
    `done_to_owner` (force, coercion, sanctions: `the invasion of Eritrea`, `l'arrestation de
    l'opposant`) only a possessive owner does them. A `meeting` (a visit, talks) is made by
    the noun it qualifies as an engagement (`le ministre, en visite à Alger,`)."""
    owner = index.owner(noun, possessive_only=done_to_owner, sent=sent)
    if owner:
        return [owner]
    armed = _armed_owner(noun, index, words) if done_to_owner else None
    if armed is not None:
        return [armed]
    for child in noun.children:
        nationality = index.at(child) if child.dep_ == "amod" else None
        if nationality is not None and nationality.kind == "demonym":
            return [nationality]  # `Israeli strikes`, `les frappes russes`
        if child.dep_ in ("acl", "acl:relcl"):
            agents = _resolve(agent_tokens(child), index)
            if agents:
                return agents
    agents = _resolve(noun_agent(noun), index)
    if agents:
        return agents
    means = index.means_nationality(noun)
    if means is not None:
        return [means]
    engaged = engaged_in(noun, words.engaged) if meeting else None
    if engaged is not None:
        return _resolve(with_conjuncts(engaged), index)
    verb = source_clause(noun, words)
    return _resolve(_subject(verb, index)[0], index) if verb is not None else []


def _arresting_state(noun: Token, acts: dict[str, tuple[Trigger, ...]], index: MentionIndex,
                     sources: list[Mention]) -> list[Mention]:
    """`a dénoncé l'arrestation d'un journaliste français en Russie`, `condemned the detention
    of a British national in Iran`: coercion (17x) named with no agent was done by the
    authorities of the country it was done in, when that is not the reacting side's; not
    where its doer is named (`China's crackdown in Hong Kong`, `the Chinese crackdown`)."""
    if not any(t.pos == "NOUN" and t.code[:2] == "17" for t in acts.get(fold(noun.lemma_), ())):
        return []
    if index.owner(noun, possessive_only=True) is not None or any(
            (m := index.at(c)) is not None and m.kind == "demonym"
            for c in noun.children if c.dep_ == "amod"):
        return []
    return _state_of_place(noun.subtree, WHERE, index, {m.actor.country for m in sources})


def _expelling_state(verb: Token, index: MentionIndex) -> list[Mention]:
    """`deux journalistes ont été expulsés du Niger`, `were expelled from Niger`: an expulsion
    told with no agent was done by the government of the country expelled from."""
    return _state_of_place(verb.children, EXPELLED_FROM, index, set())


def _summoning_state(verb: Token, index: MentionIndex) -> list[Mention]:
    """`l'ambassadeur a été convoqué au ministère russe des Affaires étrangères`, `was summoned
    to the Russian foreign ministry`: a summons told with no agent was done by the government
    whose ministry one is summoned to; not by a place one is called to (`to Washington`)."""
    near = [t for c in verb.children for t in (c, *(c.children if c.dep_ == "prep" else ()))]
    ministries = [t for t in near if (m := index.at(t)) is not None and m.rule != "locative"]
    return _state_of_place(ministries, SUMMONED_TO, index, set())


def _attacking_side(verb: Token, index: MentionIndex,
                    occasion: frozenset[str]) -> list[Mention]:
    """`des soldats ont été tués lors d'une attaque de Boko Haram`, `were killed in a Boko
    Haram attack`: harm told in the passive with no agent, within (`occasion`) an act of force
    whose doer is named, was done by that doer."""
    for noun in (t for c in verb.children for t in (c, *c.children)):
        if noun.pos_ != "NOUN" or preposition(noun) not in occasion or not any(
                t.pos == "NOUN" and t.code[:2] in VIOLENCE
                for t in trigger_index(verb.doc.lang_).get(fold(noun.lemma_), ())):
            continue
        named = [index.owner(noun), *(index.at(c) for c in noun.children
                                      if c.dep_ == "compound"), *_resolve(noun_agent(noun), index)]
        return [m for m in named if m is not None and m.rule != "locative"][:1]
    return []


def _state_of_place(tokens: Iterable[Token], prepositions: frozenset[str], index: MentionIndex,
                    own: set[str | None]) -> list[Mention]:
    """The government of the first country these tokens name after one of these (folded)
    prepositions, the `pobj` of an English one too, when it is not one of `own`."""
    for token in tokens:
        mention = index.at(token) if introduced_by(token, prepositions) else None
        if mention is not None and mention.actor.country and mention.actor.country not in own:
            return [replace(mention, actor=country_actor(mention.actor.text,
                                                         mention.actor.country, ["GOV"]))]
        if token.dep_ == "prep" and fold(token.text) in prepositions:
            found = _state_of_place(token.children, prepositions, index, own)
            if found:
                return found
    return []


def _statement_author(verb: Token, index: MentionIndex) -> tuple[list[Token], bool]:
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
    return _subject(noun.head, index)


def _between(noun: Token, index: MentionIndex, asserted: bool = True) -> list[Mention]:
    """The parties of `les combats entre X et Y se poursuivent`, `clashes between X and Y
    erupted`, `clashes erupted between X and Y`; where `asserted`, only where the noun is what
    its clause asserts, not `a meeting between X and Y` someone offers to host; a verbless
    headline asserts the noun it is (`Entretien téléphonique entre X et Y`)."""
    headline = noun.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") for t in noun.sent)
    if asserted and noun.dep_ not in SUBJECTS and not headline:
        return []
    if not asserted:
        # `welcomed the signing of the accord between X and Y`
        for named in of_nouns(noun):
            parties = _between(named, index, asserted=False)
            if parties:
                return parties
    # `des combats ont éclaté entre X et Y`: the parser may hang the phrase on the verb
    hung_on_verb = [c for c in noun.head.children if c.i > noun.head.i] if asserted else []
    for child in [*noun.children, *hung_on_verb]:
        # `between Russian and American officials`: the demonyms coordinated before a party
        if child.dep_ == "prep" and fold(child.text) in BETWEEN:
            return _with_coordinated(_resolve([t for g in child.children if g.dep_ == "pobj"
                                               for t in with_conjuncts(g)], index),
                                     index, noun.doc)
        if child.dep_.split(":")[0] in ("nmod", "obl") and any(
                c.dep_ == "case" and fold(c.text) in BETWEEN for c in child.children):
            parties = with_conjuncts(child)
            if len(parties) == 1:
                # `des pourparlers entre X et Y`: the parser may hang Y on the noun
                parties += [c for c in child.head.children if c.dep_ == "conj" and c.i > child.i]
            return _with_coordinated(_resolve(parties, index), index, noun.doc)
    return []


def _mediated_parties(noun: Token, index: MentionIndex) -> list[Mention]:
    """The parties of the clause a mediation noun is an oblique of (`grâce à la médiation du
    Qatar, la Russie et l'Ukraine ont échangé…`, `under the auspices of Egypt, talks between
    X and Y resumed`): the verb's subjects, or the parties its subject names. A fronted
    phrase may take the subjects as its conjuncts after the comma."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ != "VERB" or preposition(noun) is None:
        return []
    fronted = [c for c in noun.children if c.dep_ == "conj" and c.i < verb.i
               and noun.doc[c.left_edge.i - 1].text == ","]
    subjects = with_conjuncts(fronted[0]) if fronted else _subject(verb, index)[0]
    named = _resolve(subjects, index)
    if len(named) > 1:
        return named
    return next((p for s in subjects for p in [_between(s, index)] if len(p) > 1), named)


def _pitted(noun: Token, index: MentionIndex, pitting: frozenset[str]) -> list[Mention]:
    """The sides of `des combats ont opposé l'armée aux paramilitaires`, `the fighting pitted
    the army against the rebels`: the object of the verb the noun is the subject of, and the
    last actor after it introduced by `à`/`against` (the parser hangs them anywhere); with no
    object (`des heurts ont opposé dimanche à Lomé des jeunes à la police togolaise`), the
    actor before that one."""
    verb = noun.head
    if noun.dep_ not in SUBJECTS or fold(verb.lemma_) not in pitting:
        return []
    named: list[Mention] = []
    for t in verb.subtree:
        m = index.at(t) if t.i > verb.i else None
        if m is not None and m not in named and m.rule != "locative" and m.kind != "demonym":
            named.append(m)
    roots = [verb.doc[m.token_start:m.token_end].root for m in named]
    against = [k for k, r in enumerate(roots) if introduced_by(r, AGAINST)]
    if not against:
        return []
    first = next((c for c in verb.children if c.dep_ in OBJECTS), None)
    if first is None and against[-1] > 0:
        first = roots[against[-1] - 1]
    if first is None:
        return []
    return _resolve(with_conjuncts(first) + with_conjuncts(roots[against[-1]]), index)


def _inverted_nationality(noun: Token, index: MentionIndex) -> Mention | None:
    """`les frappes israéliennes` parsed upside down, `frappes` a modifier of `israéliennes`:
    the nationality the act noun hangs on is its doer."""
    if noun.dep_ != "amod" or noun.head.i != noun.i + 1:
        return None
    mention = index.at(noun.head)
    return mention if mention is not None and mention.kind == "demonym" else None


def _mediators(token: Token, index: MentionIndex) -> list[Mention]:
    """Who mediated what a participle or a noun of mediation qualifies: the participle's agent
    (`a truce brokered by Qatar`), the name joined to it by a hyphen (`a Qatari-mediated
    truce`), the names and nationalities before the noun (`with Egyptian and Qatari
    mediation`, `with U.S. mediation`) or after it (`under the auspices of the AU`)."""
    if token.pos_ == "NOUN":
        named = [c for c in token.children if c.dep_ in ("amod", "compound", "poss")] + \
            marked_tokens(token, OF)
    else:
        joined = token.i > 1 and token.nbor(-1).text == "-" and token.nbor(-2).head.i == token.i
        named = agent_tokens(token) or ([token.nbor(-2)] if joined else [])
    return _with_coordinated(_resolve([t for n in named for t in with_conjuncts(n)], index),
                             index, token.doc)


def _mediation_noun(token: Token) -> bool:
    """A noun that names a mediation (`mediation`, `auspices`)."""
    return token.pos_ == "NOUN" and any(t.code == MEDIATION and t.pos == "NOUN" for t in
                                        trigger_index(token.doc.lang_).get(fold(token.lemma_), ()))


def _mediated(token: Token, trigger: Trigger, index: MentionIndex) -> Arguments | None:
    """A mediation told through what it brought about (`agreed to a truce brokered by Qatar`,
    `held talks mediated by the EU`, `signed a deal with U.S. mediation`, `met under the
    auspices of the AU`): by its mediators,
    between the parties of that act, named `between` on its noun, else the subjects of the verb
    the act belongs to and who they act `with`."""
    participle = token.dep_ in ("acl", "amod") and token.tag_ == "VBN" and \
        token.head.pos_ in ("NOUN", "PROPN")
    if trigger.code != MEDIATION or not (participle or preposition(token) in MEDIATED_WITH):
        return None
    mediators = _mediators(token, index)
    if not mediators:
        return None
    act = token.head
    parties = _between(act, index, asserted=False) if act.pos_ == "NOUN" else []
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if not parties and verb is not None:
        parties = subject_mentions(verb, index) + _resolve(marked_tokens(verb, ("with",)), index)
    parties = [m for m in parties if m not in mediators and m.rule != "locative"]
    return Arguments(mediators, parties, "mediated") if len(parties) > 1 else None


def find_arguments(trigger_token: Token, trigger: Trigger, index: MentionIndex,
                   heads: list[Token], words: ModalityWords,
                   acts: dict[str, tuple[Trigger, ...]] | None = None) -> Arguments:
    """Sources and targets of a trigger; `heads` are the trigger token and its expression words,
    `words` the language's modality words (light verbs, enactments, carriers). Given the event
    lexicon as `acts`, an object naming an act (`the strikes`) is returned as
    `act` instead of a fallback target. A noun's act carried by another noun (`a mediation
    mission between X and Y`) takes its arguments from that noun."""
    mediated = _mediated(trigger_token, trigger, index)
    if mediated is not None:
        return mediated
    phrase, clause = trigger_token, trigger_token
    after_quote: list[Token] = []
    if trigger.pos == "NOUN":
        inverted = _inverted_nationality(trigger_token, index)
        phrase = trigger_token.head if inverted else \
            carrier_noun(trigger_token, words.carriers) or trigger_token
        if phrase is not trigger_token:
            heads = [*heads, phrase]
        sources, rule = [inverted] if inverted else _nominal_source(
            phrase, index, words,
            trigger.code[:2] in DONE_TO_OWNER or trigger.code[:3] in DONE_TO_OWNER,
            sent=trigger.code[:2] in STATED_ROOTS | {"03"},
            meeting=trigger.code[:2] == "04"), "nominal"
        # `Lors d'un entretien avec X, le président a évoqué…`: its subject took part
        framed = framed_clause(phrase) if trigger.code[:2] == "04" else None
        if not sources and framed is not None:
            sources = _resolve(_subject(framed, index)[0], index)
        clause = None if sources else source_clause(phrase, words)
        mediated = _mediated_parties(phrase, index) if trigger.code == MEDIATION else []
        if mediated:
            # `sous l'égide de l'Égypte et du Qatar, X et Y ont…`: each mediator toward each
            # party of the clause the mediation frames
            mediators = _resolve(marked_tokens(phrase, OF), index) or sources
            parties = [m for m in mediated if m not in mediators]
            if mediators and parties:
                return Arguments(mediators, parties, "mediated")
        if not sources:
            parties = _between(phrase, index) or _pitted(phrase, index, words.pitting)
            if len(parties) > 1:
                return Arguments(parties, [], "between")
        passive = False
    elif trigger.code[:2] == "17" and agented_participle(trigger_token) and \
            index.within(trigger_token.head) is not None:
        # `des militants arrêtés par la police`, `activists arrested by police`: coercion told
        # by a participle with its agent, done to the actor the noun it qualifies names
        subjects, passive = with_conjuncts(trigger_token.head), True
        sources, rule = _resolve(subjects, index), "subject"
    else:
        subjects, passive = _subject(trigger_token, index)
        # a subject the parser found before the verb is then a word of the quote
        after_quote = _inverted_subject(trigger_token)
        if after_quote and all(t.i < trigger_token.i for t in subjects):
            subjects, passive = after_quote, False
        if not subjects and (trigger.code[:2] in STATED_ROOTS or
                             fold(trigger_token.head.lemma_) in words.enactment):
            subjects, passive = _statement_author(trigger_token, index)
        # `was disappointed by X`, `est préoccupé par X`: the subject's own state of mind,
        # read as an adjective, not an act done to it
        passive = (passive or fronted_passive(trigger_token)) and trigger.pos != "ADJ"
        sources, rule = _resolve(subjects, index), "subject"
        if not sources and subjects and fold(subjects[0].lemma_) in words.voices:
            # `le bureau du Premier ministre a rejeté`: its owner speaks
            voiced = index.owner(subjects[0])
            sources = [voiced] if voiced is not None else []
        sources = [m for m in sources if m.rule != "locative"]
        sources = _with_coordinated(sources, index, trigger_token.doc)
        if not sources and trigger.reciprocal:
            # `talks between X and Y resumed`: the expression's noun, the verb's subject,
            # names both parties
            parties = next((p for word in heads[1:] if word.head.i == trigger_token.i
                            for p in [_between(word, index)] if len(p) > 1), [])
            if parties:
                return Arguments(parties, [], "between")
    targets: list[Mention] = []
    suffered_act: Token | None = None
    # `signed a deal with U.S. mediation`: the mediation is no partner
    addressed = [t for head in heads for t in marked_tokens(head, trigger.target)
                 if not _mediation_noun(t)]
    own = marked_tokens(trigger_token, trigger.target)
    if own and trigger.code[:2] in ASKING_ROOTS:
        # `urged X to reconsider its China policy`: aimed at who is asked, not at what the
        # act asked of them is done to
        addressed = own
    if trigger.pos != "NOUN":
        # `summoned the ambassador and ordered him to leave the country`: the object
        # pronoun's antecedent, not the country left; `cut ties with Ukraine, accusing it`:
        # what the antecedent is about, where it names no actor
        antecedent = object_antecedent(trigger_token)
        targets = _resolve(antecedent, index) or _resolve(
            [t for a in antecedent for t in a.subtree], index)
    if not targets:
        targets.extend(m for m in _resolve(addressed, index, owners=True) if m not in targets)
        targets.extend(_conjunct_of_verb(trigger_token, targets, index))
    if not targets:
        for complement in trigger_token.children:
            # `offered to hand X over to Britain`: the complement's own target
            if complement.dep_ in ("xcomp", "ccomp") and not _subject(complement)[0]:
                targets.extend(m for m in _resolve(marked_tokens(complement, trigger.target + (
                    "to", "a", "obj")), index, owners=True) if m not in targets)
    if not targets:
        # `negotiated a fishing deal with Denmark`, `a échangé des vues avec le Danemark`: the
        # parser hung the verb's marked argument on its object
        markers = tuple(m for m in trigger.target if m not in ("obj", "iobj"))
        for obj in (c for c in trigger_token.children if c.dep_ in OBJECTS) if markers else ():
            partners = [t for t in marked_tokens(obj, markers) if not _mediation_noun(t)]
            targets.extend(m for m in _resolve(partners, index, owners=True) if m not in targets)
        if not targets and markers and trigger_token.dep_ == "xcomp":
            # `a décidé de suspendre son aide à l'Egypte`: on the verb the infinitive completes
            targets = _resolve([t for t in marked_tokens(trigger_token.head, markers)
                                if t.i > trigger_token.i], index, owners=True)
    if not targets and trigger.pos == "NOUN" and (phrase.dep_ in OBJECTS or
                                                  intending_verb(phrase, words) is not None):
        # `a annoncé des sanctions contre X`, `envisage de nouvelles sanctions contre X`: the
        # parser hung the noun's marked argument on the verb it is the (partitive) object of
        markers = tuple(m for m in trigger.target if m not in ("obj", "iobj"))
        targets = _resolve(marked_tokens(phrase.head, markers), index, owners=True) if markers else []
    if after_quote:
        targets = [m for m in targets if m not in sources]
    if passive:
        agents = agent_tokens(trigger_token) or (presence_tokens(trigger_token) if trigger.reciprocal else [])
        sources, targets = _resolve(agents, index), sources
        suffered_act = next((t for t in subjects if t.pos_ == "NOUN" and fold(t.lemma_) in acts),
                            None) if acts else None
        if not targets and acts and suffered_act is None:
            # `la décision de Washington a été critiquée par Pékin`: aimed at its owner, as
            # the object of the active verb (not an act's, whose owner may have suffered it)
            targets = _resolve(subjects, index, owners=True)
        if not sources and targets and has_word(trigger_token, words.envoy_recall):
            # `Israel's ambassador to Turkey was recalled`: by the envoy's own state, from
            # the country of the post (not the envoy's own, `l'ambassadeur d'Israël`)
            posts = _resolve([t for s in subjects for t in marked_tokens(s, trigger.target)], index)
            sources, targets = targets, [m for m in posts if m not in targets]
        if not sources and trigger.code.startswith(EXPULSIONS):
            sources = _expelling_state(trigger_token, index)
        if not sources and trigger.code == "114":
            sources = _summoning_state(trigger_token, index)
        if not sources and trigger.code[:2] in VIOLENCE:
            sources = _attacking_side(trigger_token, index, words.occasion)
        if not sources and trigger.code[:2] == FORCE_POSTURE:
            # `les forces russes ont été placées en état d'alerte`: by their own state
            sources, targets = targets, []
        rule = "passive"
    if trigger.source == "obj":
        sources, targets = targets, sources
    # `the detention of X by Russia was condemned`: aimed at the act's doer, found later
    act: Token | None = suffered_act if passive and not targets else None
    named = _act_object(trigger_token, trigger, acts) if acts and not passive and \
        trigger.pos != "NOUN" else None
    if named is not None:
        # `condemned the massacre of civilians by the militia`, `denounced the drills by X and
        # Y`: aimed at who did it, not at whom it was done to; with no one named it was done
        # to, at both parties (`welcomed the ceasefire between X and Y`) or at whoever sent it
        # (`rejected an offer from Kabul`); an arrest with no agent, at the state it was made
        # in; else at its doer, found later
        doers = _resolve(noun_agent(named, trigger_token), index)
        if not doers and not targets:
            sender = index.owner(named, possessive_only=True, sent=True)
            doers = _between(named, index, asserted=False) or (
                [sender] if sender and sender.rule != "locative" else [])
        doers = doers or _arresting_state(named, acts, index, sources)
        act = None if doers or targets else named
        targets = doers or targets
    # (not the act the trigger's own expression names: `ordered the arrest of X` arrests X)
    suffered = next((c for c in trigger_token.children if c.dep_ in OBJECTS and fold(
        c.lemma_) in words.suffered and fold(c.lemma_) not in trigger.with_), None) \
        if trigger.pos != "NOUN" and not passive else None
    victim = _victim(suffered, index) if suffered is not None else None
    if victim is not None and victim in targets:
        # `condemned the assassination of the Hamas leader`: not aimed at whom it was done
        # to, but at its doer, found later
        targets = [t for t in targets if t is not victim]
        act = act or (None if targets else suffered)
    # `passed a law banning trade with X`: X is the law's target, not the vote's
    voted = trigger.code[:2] == "05" and any(
        c.dep_ in OBJECTS and fold(c.lemma_) in words.enactment for c in trigger_token.children)
    if not targets and not passive and act is None and trigger.code[:2] in FORCE:
        targets = _possessor(addressed, trigger_token, index, sources)
    if trigger.code[:2] in ASKING_ROOTS and trigger.with_ and not any(
            m.actor.code for m in targets):
        # `called for the release of prisoners held by Israel`: asked of who holds them
        held = [t for word in trigger_token.subtree if fold(word.lemma_) in trigger.with_
                for t in marked_tokens(word, OF)]
        targets = _resolve([h for t in held for h in _holders(t)], index) or targets
    nearest = not targets and not passive and not trigger.reciprocal and act is None and \
        not voted
    if nearest:
        # a reaction (given `acts`) is not aimed at whom the act it names harmed
        targets = _nearest_in_subtree(phrase, index, sources, words.speech,
                                      words.harmed if acts else frozenset(),
                                      addressed if trigger.code[:2] == "02" else [],
                                      words.exchange)
    return Arguments([m for m in sources if m not in targets], targets, rule, act, nearest,
                     clause)


def _holders(noun: Token) -> list[Token]:
    """The agent of a participle qualifying a noun (`prisoners held by Israel`, `des otages
    détenus par le Hamas`): who holds, or did something to, what it names."""
    return next((agent_tokens(c) for c in noun.children if agented_participle(c)), [])


def _possessor(addressed: list[Token], verb: Token, index: MentionIndex,
               sources: list[Mention]) -> list[Mention]:
    """`Armenia said Azerbaijani troops fired on its positions`, `l'Arménie a affirmé que des
    soldats azerbaïdjanais avaient tiré sur ses positions`: coercion or force on a target
    owned through a possessive of one owner, which plural doers cannot be, is aimed at the
    actor that is the subject of a verb above the trigger."""
    doers = [verb.doc[m.token_start:m.token_end].root for m in sources]
    if not doers or not all("Plur" in morph_values(t, "Number") for t in doers) or not any(
            fold(c.text) in SINGLE_POSSESSIVES and c.dep_ in ("det", "poss", "nmod:poss")
            for t in addressed for c in t.children):
        return []
    head = verb
    for _ in range(4):
        if head.head.i == head.i:
            break
        head = head.head
        owners = [m for m in subject_mentions(head, index) if m not in sources and m.actor.code]
        if owners:
            return owners[:1]
    return []


def _conjunct_of_verb(verb: Token, targets: list[Mention], index: MentionIndex) -> list[Mention]:
    """`a accusé la Corée du Sud et les États-Unis de…`: an actor joined to a target by `et`/
    `and` that the parser hung on the verb as a conjunct is a target too."""
    found = []
    for child in verb.children:
        mention = index.at(child) if child.dep_ == "conj" and child.pos_ in (
            "NOUN", "PROPN") else None
        if mention is not None and mention.actor.code and mention not in targets and any(
                t in targets for t in index.coordinated(mention, verb.doc)):
            found.append(mention)
    return found


def _victim(noun: Token, index: MentionIndex) -> Mention | None:
    """The actor an act that is `suffered` (`the killing of X`, `l'assassinat de X`) was done
    to, named after `of`/`de` with no possessive doer (`Israel's killing of X`)."""
    if index.owner(noun, possessive_only=True) is not None:
        return None
    return index.owner(noun)


def _act_object(verb: Token, trigger: Trigger,
                acts: dict[str, tuple[Trigger, ...]]) -> Token | None:
    """The object of a verb when it names an act of the event lexicon (`the strikes`), or the
    noun its target marker of opposition introduces (`protested against the detention`,
    `a protesté contre l'arrestation`)."""
    opposing = tuple(OPPOSING.intersection(trigger.target))
    opposed = marked_tokens(verb, opposing) if opposing else []
    for child in [*(c for c in verb.children if c.dep_ in OBJECTS), *opposed]:
        if child.pos_ == "NOUN" and any(
                t.pos == "NOUN" and not t.with_ for t in acts.get(fold(child.lemma_), ())):
            return child
    return None


def _owns_harmed(mention: Mention, doc: Doc, harmed: frozenset[str]) -> bool:
    """Whether a mention names the owner of what an act harmed: `la souveraineté du Tchad`,
    `Chad's sovereignty`, `the sovereignty of Chad`, `Iranian airspace`."""
    token = doc[mention.token_start:mention.token_end].root
    head = token.head.head if token.dep_ == "pobj" else token.head
    return token.dep_ in ("nmod", "nmod:poss", "poss", "amod", "pobj") and \
        fold(head.lemma_) in harmed


def _nearest_in_subtree(token: Token, index: MentionIndex, sources: list[Mention],
                        speech: frozenset[str] = frozenset(),
                        harmed: frozenset[str] = frozenset(),
                        addressed: list[Token] | None = None,
                        exchange: frozenset[str] = frozenset()) -> list[Mention]:
    """Fallback target: the first actor named after the trigger within its phrase, before a
    reporting clause hung on it (`a tiré un missile, a indiqué l'armée sud-coréenne`), and not
    the owner of a `harmed` thing. Where an appeal's addressee names no actor (`called on
    Muslim countries to cut ties with Israel`), not in the complement after it: what they are
    asked to do is aimed elsewhere. Nor in what is given in return (`released hostages in
    exchange for Palestinian prisoners`): the price is no target."""
    lo, hi = token.i, token.right_edge.i
    doc = token.doc
    for child in token.children:
        edge = child.left_edge.i
        for clause in (c for c in child.children if child.dep_ in OBJECTS and _charged(c)):
            # `executed a man accused of spying for Israel`: whom the object is charged with
            # serving is not the target
            hi = min(hi, clause.left_edge.i - 1)
        if addressed and child.dep_ == "xcomp" and edge > max(t.i for t in addressed):
            hi = min(hi, edge - 1)
        if child.i > lo and fold(child.lemma_) in speech and child.dep_ in (
                "advcl", "parataxis", "conj") and (doc[edge].is_punct or doc[edge - 1].is_punct):
            hi = min(hi, edge - 1)
    # `in exchange for`, `en échange de`: the noun after its preposition
    hi = next((k - 2 for k in range(lo + 2, hi + 1)
               if doc[k - 1].pos_ == "ADP" and has_word(doc[k], exchange)), hi)
    after = [m for m in index.mentions if lo < m.token_start <= hi and m not in sources
             and m.actor.code and m.rule != "locative"
             and not index.relates(doc[m.token_end - 1])
             and not (harmed and _owns_harmed(m, doc, harmed))]
    if not after:
        return []
    # `to Iran, Libya, North Korea and Cuba`: the first actor and those coordinated with it
    return [after[0], *(m for m in _coordinated_within(after[0], doc, index)
                        if m.rule != "locative" and m not in sources)]


def _charged(clause: Token) -> bool:
    """A past participle with no agent qualifying a noun after it, completed by `of`/`de`
    (`a man accused of spying`, `des hommes soupçonnés d'avoir attaqué`): what the noun is
    said to have done (`a ship linked to Israel` is owned, not charged)."""
    return clause.dep_ == "acl" and clause.i > clause.head.i and \
        "Part" in morph_values(clause, "VerbForm") and "Past" in morph_values(clause, "Tense") \
        and not agented_participle(clause) and not any(
            c.dep_.startswith(("aux", "nsubj")) for c in clause.children) and any(
            CONTRACTIONS.get(fold(g.text), fold(g.text)) in OF for c in clause.children if c.i > clause.i
            for g in (c, *c.children) if g.dep_ in ("prep", "case", "mark"))


def subject_mentions(verb: Token, index: MentionIndex) -> list[Mention]:
    """The actors a verb's subject names (with coordinated ones), also after the words it
    quotes (`« … », a déclaré le ministre`)."""
    subjects, _ = _subject(verb, index)
    return _with_coordinated(_resolve(subjects or _inverted_subject(verb), index), index,
                             verb.doc)


def _with_coordinated(found: list[Mention], index: MentionIndex, doc: Doc) -> list[Mention]:
    """Actors and those coordinated with them (`X et Y`); a span already among them, perhaps
    with a role it shares, is not added again."""
    out = list(found)
    spans = {(m.token_start, m.token_end) for m in out}
    for mention in found:
        for other in index.coordinated(mention, doc):
            if (other.token_start, other.token_end) not in spans:
                out.append(other)
                spans.add((other.token_start, other.token_end))
    return out


def pronoun_subject(trigger_token: Token) -> str | None:
    """The personal pronoun (`il`, `they`) that is the trigger's active subject, if any."""
    subjects, passive = _subject(trigger_token)
    word = fold(subjects[0].text) if subjects and not passive else None
    return word if word in PRONOUNS else None


def subject_tokens(verb: Token) -> list[Token]:
    """The tokens of a verb's subject, if it has one."""
    return _subject(verb)[0]


def doer_tokens(verb: Token) -> list[Token]:
    """The tokens of whoever does what a verb says: its active subject, else its passive
    agent."""
    subjects, passive = _subject(verb)
    return agent_tokens(verb) if passive else subjects
