"""The actor mentions of a sentence, found by token: who covers a token, owns a noun, is
listed with another."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.actors.anchor import mention_head
from wirecoder.actors.recognise import ARTICLES, COORDINATORS, GENITIVES, gap_words
from wirecoder.actors.role_kinds import LOCAL_FORCES, STATE_FORCES
from wirecoder.actors.ties import PLACE_NOUNS
from wirecoder.events.syntax import (
    ACTIVE_SUBJECTS,
    OF,
    SUBJECTS,
    agent_tokens,
    genitive,
    marked_tokens,
    marker_of,
    place_phrase,
)
from wirecoder.model import Mention
from wirecoder.nlp import sentence
from wirecoder.textnorm import fold

# Nouns of a part of a thing (folded lemmas), which stand for the whole they are part of.
PART_NOUNS = frozenset({"part", "portion", "section", "partie"})
# Armed groups no state commands: rebels, insurgents, separatists, militias, gangs.
NON_STATE_FORCES = LOCAL_FORCES - STATE_FORCES


def _fronted(before: Mention, current: Mention, doc: Doc) -> bool:
    """`According to the news agency, Iranian forces...`, `En marge du sommet de l'Otan, X et
    Y…`: a phrase of a preposition fronted before the subject is no member of a list with
    it."""
    head = mention_head(doc, before)
    return (head.dep_ == "pobj" or any(c.dep_ == "case" for c in head.children)) and \
        mention_head(doc, current).dep_ in SUBJECTS


def _doer(token: Token) -> bool:
    """Whether a noun is a verb's active subject or passive agent (`by`, `par`)."""
    return token.dep_ in ACTIVE_SUBJECTS or token.dep_ in ("obl:agent", "agent") or (
        token.dep_ == "pobj" and token.head.dep_ == "agent")


class MentionIndex:
    """The actor mentions of one sentence, found by token."""

    def __init__(self, mentions: list[Mention], relational: frozenset[str] = frozenset()) -> None:
        self.mentions = mentions
        self.relational = relational  # nouns whose owner is not who they name (`allies`)

    @classmethod
    def of_sentence(cls, mentions: list[Mention], token: Token,
                    relational: frozenset[str] = frozenset()) -> MentionIndex:
        """The index of the mentions that stand inside a token's sentence."""
        sent = sentence(token)
        return cls([m for m in mentions if sent.start <= m.token_start and m.token_end <= sent.end],
                   relational)

    def relates(self, token: Token) -> bool:
        """Whether a token only owns a relational noun (`Ukraine` in `Ukraine's allies`)."""
        return token.dep_ in ("poss", "nmod:poss", "nmod") and \
            fold(token.head.lemma_) in self.relational

    def at(self, token: Token) -> Mention | None:
        """The mention covering a token."""
        for m in self.mentions:
            if m.token_start <= token.i < m.token_end:
                return m
        return None

    def within(self, token: Token) -> Mention | None:
        """The mention covering the token or one of its appositions and name parts; a name
        the resolver could not code gives way to a coded title before it (`Junta
        spokesman Captain X`)."""
        own = self.at(token)
        named_after = self._named_after_relation(token, own)
        if named_after is not None:
            return named_after
        if own and own.actor.code:
            return own
        owners = ("nmod:poss", "poss") if fold(token.lemma_) not in self.relational else ()
        # a name the parser hung on the noun as a modifier (`L'ONG Amnesty International`),
        # then its owner; a coded one first: the noun's own name in apposition before an
        # owner (`Khan's party, Pakistan Tehreek-e-Insaf`)
        named = [c for c in token.children if c.dep_ in ("appos", "flat", "flat:name", "compound")
                 or c.dep_ == "amod" and c.pos_ == "PROPN"]
        hits = [h for c in [*named, *(c for c in token.children if c.dep_ in owners)]
                for h in [self.at(c)] if h and h is not own]
        if hits:
            return next((h for h in hits if h.actor.code), hits[0])
        for child in token.children:
            # an organisation named before the noun, which the English parser may mark
            # `nmod` (`the Hamas political bureau`, `the ECOWAS bloc`), or right after it with
            # no preposition (`L'ONG Médecins sans frontières`)
            hit = self.at(child) if child.dep_ == "nmod" and (
                child.i < token.i or marker_of(child) is None) else None
            if hit and hit.kind == "organisation":
                return hit
        for child in token.children:
            # `Israeli helicopters`, `les chars russes`: the nationality of what acts, also
            # when it qualifies the noun's compound (`American drone strikes`, `US drone
            # strikes`)
            words = [child] if child.dep_ == "amod" else [
                g for g in child.children if g.dep_ in ("amod", "compound")
            ] if child.dep_ == "compound" else []
            hit = next((h for w in words for h in [self.at(w)]
                        if h and h.kind in ("demonym", "country")), None)
            if hit:
                return hit
        return own or self.held_by_group(token) or self.means_nationality(token) or \
            self.group_of_members(token) or self.whole_of_part(token)

    def _named_after_relation(self, token: Token, own: Mention | None) -> Mention | None:
        """The actor a relational noun names after it (`son voisin le Tchad`, `le voisin du
        Niger, le Tchad`, `its ally Japan`): the name, not the possessor the noun relates
        to; the parser hangs it on the noun in apposition or as a modifier with no
        preposition."""
        if fold(token.lemma_) not in self.relational and fold(token.text) not in self.relational:
            return None
        for child in token.children:
            if child.i > token.i and child.pos_ == "PROPN" and marker_of(child) is None and \
                    child.dep_ in ("appos", "flat", "flat:name", "nmod", "obj", "nsubj", "dep"):
                hit = self.at(child)
                if hit is not None and hit is not own and hit.actor.code:
                    return hit
        return None

    def whole_of_part(self, token: Token) -> Mention | None:
        """`captured part of a rebel stronghold`, `ont pris une partie du bastion rebelle`: a
        part is of the whole it is part of."""
        if token.pos_ != "NOUN" or fold(token.lemma_) not in PART_NOUNS:
            return None
        return next((h for w in marked_tokens(token, OF) for h in [self.within(w)] if h), None)

    def held_by_group(self, token: Token) -> Mention | None:
        """`captured a rebel stronghold`, `ont pris un bastion rebelle`: a thing a noun names
        with the adjective of an armed group that is no state's forces (rebels, insurgents,
        militias, gangs) is that group's."""
        return next((h for c in token.children if c.dep_ == "amod" for h in [self.at(c)]
                     if h is not None and h.kind == "role"
                     and set(h.actor.roles) & NON_STATE_FORCES), None)

    def group_of_members(self, token: Token) -> Mention | None:
        """`des combattants shebab`, and as the doer `les combattants des FSR`, `fighters of
        Hamas`: the armed or political group of one country whose members a noun no actor
        names (those acted upon, `killed fighters of X`, are told by where they were)."""
        if token.pos_ != "NOUN":
            return None
        words = [c for c in token.children if c.dep_ == "amod"] + (
            marked_tokens(token, OF) if _doer(token) else [])
        return next((h for w in words for h in [self.at(w)] if h and h.kind == "organisation"
                     and h.actor.country), None)

    def means_nationality(self, token: Token) -> Mention | None:
        """`une frappe de drone turque`: the nationality of the means a noun names in its
        genitive, when the means is itself no actor (`l'arrestation de journalistes turcs`
                names whom, not whose); not a place near which it is done (`des tirs près de la
        frontière sud-coréenne`)."""
        for child in token.children:
            if child.dep_ == "nmod" and genitive(child) and not place_phrase(child) and \
                    self.at(child) is None:
                for grand in child.children:
                    hit = self.at(grand) if grand.dep_ == "amod" else None
                    if hit and hit.kind == "demonym":
                        return hit
        return None

    def coordinated(self, mention: Mention, doc_tokens: Doc) -> list[Mention]:
        """Mentions joined to this one by `et`/`and`/commas just before it, which a parser
        may hang elsewhere (`X et Y se sont entretenus`). A comma alone joins only within a
        list closed by a conjunction (`X, Y and Z`), or in a headline (`Russia, China sign
        energy deal`): `stop arming Taiwan, China's defence ministry said` lists no one."""
        out, current = [], mention
        while True:
            before = [m for m in self.mentions if m.token_end in
                      (current.token_start - 1, current.token_start - 2)]
            if not before:
                return out
            words = gap_words(doc_tokens, before[-1].token_end, current.token_start)
            if not words or words[0] not in COORDINATORS or not all(
                    w in COORDINATORS or w in ARTICLES for w in words) or _fronted(
                    before[-1], current, doc_tokens) or not out and set(words) <= {
                        ",", *ARTICLES} and sentence(doc_tokens[current.token_start])[-1].is_punct:
                return out
            current = before[-1]
            out.append(current)

    def sharing_role_after(self, mention: Mention, doc_tokens: Doc) -> list[Mention]:
        """`les ministres kényan et ougandais`: the bare nationality adjectives listed right
        after a role phrase, which share its role (whatever the parser hung them on)."""
        out, current = [], mention
        roles = mention.actor.roles
        while roles:
            after = next((m for m in self.mentions if 0 < m.token_start - current.token_end <= 2
                          and m.token_end - m.token_start == 1), None)
            # (a nationality adjective, its country its own cue: not a role noun set off
            # by commas, `X, président en exercice de l'Asean,`, placed by the story)
            if after is None or after.actor.roles != roles or after.rule != "cue" or \
                    after.actor.country == mention.actor.country or \
                    not doc_tokens[after.token_start].text.islower():
                return out
            words = gap_words(doc_tokens, current.token_end, after.token_start)
            if not all(w in COORDINATORS for w in words):
                return out
            current = after
            out.append(current)
        return out

    def genitive_partner(self, mention: Mention, doc_tokens: Doc) -> Mention | None:
        """`les ambassadeurs de l'Espagne ainsi que du Portugal`, `the envoys of Chile and
        of Peru`: the role phrase of a country just before a country joined to it by a
        coordinator and a repeated `de`/`of`, whose role that country shares."""
        before = next((m for m in self.mentions if 0 < mention.token_start - m.token_end <= 4),
                      None)
        if before is None or not before.actor.roles or not before.actor.country or \
                not mention.actor.country:
            return None
        words = gap_words(doc_tokens, before.token_end, mention.token_start)
        return before if len(words) > 1 and words[0] in COORDINATORS and \
            words[-1] in GENITIVES | ARTICLES and any(w in GENITIVES for w in words) and \
            all(w in COORDINATORS | GENITIVES | ARTICLES for w in words) else None

    def owner(self, token: Token, possessive_only: bool = False,
              sent: bool = False) -> Mention | None:
        """The actor a noun belongs to: `l'adhésion de l'Azerbaïdjan`, `Russia's bid`; with
        `possessive_only`, not one in `of`/`de` (`the invasion of Eritrea` is done to it);
        for what is `sent`, also its sender (`an appeal from ECOWAS`)."""
        if fold(token.lemma_) in self.relational:
            return None
        for child in token.children:
            if sent and child.dep_ == "prep" and fold(child.text) == "from":
                hit = next((self.at(g) for g in child.children if g.dep_ == "pobj"), None)
                if hit:
                    return hit
            if child.dep_ in ("nmod", "nmod:poss", "poss") and (
                    child.dep_ != "nmod" or (marker_of(child) in ("de", "of")
                                             and not possessive_only)):
                hit = self.at(child)
                if hit:
                    return hit
            if child.dep_ == "prep" and (fold(child.text) == "of" or fold(child.text) == "for"
                                         and fold(token.lemma_) in PLACE_NOUNS) \
                    and not possessive_only:
                # (`a camp for Sudanese refugees`: whom a place houses)
                for grand in child.children:
                    if grand.dep_ == "pobj" and self.at(grand):
                        return self.at(grand)
            if child.dep_ in ("acl", "acl:relcl"):
                # `les frappes menées par Israël`, `the attack carried out by Hamas`
                for agent in agent_tokens(child):
                    if self.at(agent):
                        return self.at(agent)
        return None
