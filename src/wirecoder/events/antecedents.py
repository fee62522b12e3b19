"""Who a sentence's pronouns, bare verbs and crowds stand for: the governing clause's subject,
the speaker of a quote, the antecedent of a pronoun or of an object, the last actor or crowd
named before."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.actors.anchor import mention_head
from wirecoder.attributes.codebook import FORCE
from wirecoder.events.arguments import PLURAL_OBJECT_PRONOUNS, SINGLE_OBJECT_PRONOUNS
from wirecoder.events.mention_index import MentionIndex
from wirecoder.events.syntax import OBJECTS, SUBJECTS, infinitive, marked_tokens
from wirecoder.events.triggers import Trigger
from wirecoder.model import Mention
from wirecoder.nlp import RELATIVE_CLAUSES, sentence
from wirecoder.textnorm import fold

# The gender of a third-person subject pronoun, where it has one.
PRONOUN_GENDERS = {"il": "Masc", "elle": "Fem"}
# Pronouns of persons only: `He urged...` is no state named by its name.
PERSONAL_PRONOUNS = frozenset({"he", "she"})
PERSONAL_OBJECT_PRONOUNS = frozenset({"him", "her", "lui"})
NO_PERSON = frozenset({"country", "organisation"})  # kinds of mention that name no person
SEATS = frozenset({"capital", "seat"})  # cities and palaces standing for a government


def governing_subject(token: Token, lookup: MentionIndex,
                       taken: set[str | None]) -> Mention | None:
    """The actor that is the subject of a verb governing the token (`Hungary said it will`,
    `Palestinian leaders said they would`)."""
    head = token
    for _ in range(4):
        if head.head.i == head.i:
            break
        head = head.head
        subjects = [c for c in head.children if c.dep_ in SUBJECTS]
        hits = [lookup.at(s) for s in subjects if lookup.at(s) and lookup.at(s).actor.code
                and lookup.at(s).actor.code not in taken]
        if hits:
            return hits[0]
    return None


def quoted_speaker(token: Token, lookup: MentionIndex,
                    speech: frozenset[str]) -> Mention | None:
    """Who speaks the sentence's quote: the subject of its speech verb, also inverted after
    it (`« Nous… », a déclaré le ministre`, which the French parser may make an object)."""
    for verb in sentence(token):
        if verb.pos_ != "VERB" or fold(verb.lemma_) not in speech:
            continue
        for child in verb.children:
            if child.dep_ in SUBJECTS or child.dep_ in OBJECTS and child.i > verb.i:
                mention = lookup.within(child)
                if mention is not None and mention.actor.code:
                    return mention
    return None


def pronoun_antecedent(token: Token, lookup: MentionIndex, mentions: list[Mention],
                        sentence_index: int, taken: set[str | None],
                        pronoun: str | None = None) -> Mention | None:
    """`Hungary said it will...`: the subject of a governing verb, else the last actor named
    before the pronoun in this sentence, else the main subject of the last sentence that
    named a person or government (`X met Y. He urged...`: X), else the last one named; of
    the pronoun's gender where the words show one (`Le Maroc a accusé l'Algérie. Elle a
    rejeté...`: l'Algérie), and a person's (`he`) no state or body named by its name."""
    governing = governing_subject(token, lookup, taken) or last_actor_before(token, lookup,
                                                                               taken)
    if governing is not None:
        return governing
    gender = PRONOUN_GENDERS.get(pronoun or "")
    before = [m for m in _named_before(mentions, sentence_index) if m.actor.code not in taken
              and gender not in _other_genders(token.doc, m)
              and not (pronoun in PERSONAL_PRONOUNS and m.kind in NO_PERSON)]
    if not before:
        return None
    last = before[-1].sentence_index
    doc = token.doc
    return next((m for m in before if m.sentence_index == last and _main_subject(
        doc[m.token_start:m.token_end].root)), before[-1])


def object_antecedent(token: Token, trigger: Trigger, mentions: list[Mention],
                       sentence_index: int, sources: list[Mention]) -> list[Mention]:
    """Whom an object pronoun marked as a trigger's target stands for, other than the
    sources: a singular one (`urged him`), the last person or government of another country
    the sentences before named; a person's (`him`, `lui`), the last person or office holder
    (no capital: `X visited Moscow. EU leaders criticised him`), of the sources' country too
    (`A court charged opposition figure X. The government accused him`); a plural one
    (`Israel and Hamas traded accusations. Qatar urged them`), the actors of the last
    sentence before that named two or more, else the group that was its plural subject
    (`Students marched. Police dispersed them`)."""
    marked = {fold(t.text) for t in marked_tokens(token, trigger.target) + (
        _purpose_objects(token) if trigger.code[:2] in FORCE else [])}
    codes = {m.actor.code for m in sources}
    acting = codes | {m.actor.country for m in sources}
    if marked & SINGLE_OBJECT_PRONOUNS:
        personal = bool(marked & PERSONAL_OBJECT_PRONOUNS)
        excluded = codes if personal else acting
        return next(([m] for m in reversed(_named_before(mentions, sentence_index))
                     if m.actor.code not in excluded and m.actor.country not in excluded
                     and not (personal and m.kind in NO_PERSON | SEATS)), [])
    if not marked & PLURAL_OBJECT_PRONOUNS:
        return []
    if token.dep_ != "ROOT":
        # `Students marched on the city hall, where police dispersed them`: the group this
        # sentence's main clause is about, named before the clause of the act
        here = _plural_main_subject(token.doc, [
            m for m in mentions if m.sentence_index == sentence_index and m.token_end <= token.i
            and m.actor.code and m.rule != "locative" and m.actor.code not in acting])
        if here is not None:
            return [here]
    before = [m for m in mentions if m.sentence_index < sentence_index and m.actor.code
              and m.rule != "locative" and m.actor.code not in acting
              and m.actor.country not in acting]
    last = [m for m in before if before and m.sentence_index == before[-1].sentence_index]
    parties = list({m.actor.code: m for m in last}.values())
    if len(parties) > 1:
        return parties
    # `Students marched on the city hall. Police dispersed them`: the group the sentence
    # before was about
    group = group_before(token.doc, mentions, sentence_index, acting)
    return [group] if group is not None else []


def _purpose_objects(verb: Token) -> list[Token]:
    """The objects of an infinitive telling what force was used for, with no subject of its
    own (`fired tear gas to scatter them`, `a lancé des grenades lacrymogènes pour les
    repousser`)."""
    return [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and infinitive(c) and not any(
        g.dep_ in SUBJECTS for g in c.children) for o in c.children if o.dep_ in OBJECTS]


def group_before(doc: Doc, mentions: list[Mention], sentence_index: int,
                 taken: set[str | None]) -> Mention | None:
    """`Houthi rebels claimed the attack. They also threatened...`: the plural main subject of
    the last sentence before that named an actor, when it is no government (governments are
    the document's parties)."""
    before = [m for m in mentions if m.sentence_index < sentence_index and m.actor.code
              and m.actor.code not in taken and m.rule != "locative"]
    last = before[-1].sentence_index if before else None
    return _plural_main_subject(doc, [m for m in before if m.sentence_index == last])


def _plural_main_subject(doc: Doc, mentions: list[Mention]) -> Mention | None:
    """The first of the mentions that is the plural subject of its sentence's main verb and
    no government."""
    return next((m for m in mentions if "GOV" not in m.actor.roles
                 for head in [mention_head(doc, m)]
                 if _main_subject(head) and "Plur" in head.morph.get("Number")), None)


def _named_before(mentions: list[Mention], sentence_index: int) -> list[Mention]:
    """The persons, governments and states named by name coded in the sentences before this
    one, in order: what a pronoun may stand for (`Algeria rejected the charge. It summoned
    the Moroccan ambassador`)."""
    return [m for m in mentions if m.sentence_index < sentence_index and m.actor.code
            and (m.actor.name or "GOV" in m.actor.roles or m.kind == "country")]


def _other_genders(doc: Doc, mention: Mention) -> set[str]:
    """The grammatical genders a mention's head word does not have, where it shows one; a
    person named by name alone shows one only by a determiner (`la Merkel`): the parser's
    gender of a bare surname is a guess (`Fidan` read as feminine)."""
    head = mention_head(doc, mention)
    if mention.kind == "person":
        shown = {g for c in head.children if c.pos_ == "DET" for g in c.morph.get("Gender")}
        return {"Masc", "Fem"} - shown if shown else set()
    shown = set(head.morph.get("Gender"))
    return {"Masc", "Fem"} - shown if shown else set()


def _main_subject(token: Token) -> bool:
    """Whether a token heads the subject of its sentence's main verb."""
    return token.dep_ in SUBJECTS and token.head.dep_ == "ROOT"


def last_actor_before(token: Token, lookup: MentionIndex,
                       taken: set[str | None]) -> Mention | None:
    """The last coded actor the sentence names before a token, other than those taken and
    those named in a relative clause the token is not in (`Orban, who met Putin, vetoed`)."""
    return next((m for m in reversed(lookup.mentions) if m.token_end <= token.i
                 and m.actor.code and m.actor.code not in taken and m.rule != "locative"
                 and not _in_other_relative(mention_head(token.doc, m), token)), None)


def crowd_before(token: Token, trigger: Trigger, clause: Token | None, lookup: MentionIndex,
                  taken: set[str | None]) -> Mention | None:
    """`police fired tear gas at supporters as they tried to march on the capital`: the
    plural subject of a protest (14) in a subordinate clause is the crowd named last before
    it, not the main clause's subject (through the verbs it completes: `tried to march`)."""
    if trigger.code[:2] != "14" or clause is None:
        return None
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    return last_actor_before(token, lookup, taken) if clause.dep_ == "advcl" else None


def _in_other_relative(word: Token, token: Token) -> bool:
    """Whether a word lies in a relative clause that does not hold the token."""
    return any(a.dep_ in RELATIVE_CLAUSES and token not in a.subtree for a in word.ancestors)
