"""Finding actor mentions in a parsed document: dictionary pieces grouped into phrases."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc, Span, Token

from wirecoder.actors.lexicon import ActorLexicon, Entry, name_words, one_edit
from wirecoder.nlp import entities, folded_tokens, preposition, sentence_of, token_texts
from wirecoder.parse_repair import PARTICIPLE_ENDINGS
from wirecoder.textnorm import fold

# Kinds that are proper names: they must be capitalised in the text to count.
PROPER = frozenset({"country", "capital", "seat", "person", "organisation"})
# Words that may stand between the pieces of one actor phrase: a genitive and an article.
GENITIVES = frozenset({"de", "du", "des", "d'", "of", "'s"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
# A capital after these is a place, not its government acting.
LOCATIVE = frozenset({"a", "in", "at", "from", "near", "to", "de", "depuis", "vers", "pres",
                      "dans", "en", "au", "aux", "since", "into", "outside", "inside"})
ARTICLES = frozenset({"the", "le", "la", "l'", "les"})
# A direction, not a place: a state's noun after it may be what force is aimed at (`a envoyé
# des avions vers l'île`, as `towards the island`).
TOWARDS = frozenset({"vers"})
# Prepositions of place after which a state's noun names a place, not the state acting.
STATE_NOUN_PLACES = LOCATIVE - TOWARDS
# Subject pronouns: a role word right after one is a verb (`ces propos qu'elle juge hostiles`).
SUBJECT_PRONOUNS = {"fr": frozenset({"il", "elle", "ils", "elles", "on"}),
                    "en": frozenset({"he", "she", "they", "we"})}
# Nouns for a state the document named (`the kingdom`, `its neighbour`).
STATE_NOUNS = frozenset({"state_anaphor", "neighbour_state"})
# Slot each kind fills in a phrase; a phrase holds at most one piece per slot.
SLOTS = {"country": "place", "demonym": "place", "capital": "place", "seat": "place",
         "organisation": "org", "role": "role", "person": "person", "counterpart": "ref",
         "possessive_country": "ref", "both_parties": "ref", "locative": "place",
         "border": "place", "group_anaphor": "ref", "body_anaphor": "ref", "headed_body": "ref",
         "outlet_anaphor": "ref",
         "three_parties": "ref", "latter": "ref",
         "state_anaphor": "ref", "neighbour_state": "ref",
         "collective": "collective", "ethnic": "ethnic", "opposed": "against",
         "backer": "backer", "former": "former", "foreign": "alien", "guest": "guest",
         "culture": "thing"}
# Kinds of places named as where something is, no actor: after a preposition of place (`in
# Hanoi`), or with a border (`the Thai border`).
WHERE_KINDS = frozenset({"locative", "border"})
# Slots that name no actor on their own.
ONLY_WITH_OTHERS = ({"collective"}, {"ethnic"}, {"against"}, {"backer"}, {"former"}, {"alien"},
                    {"guest"})
# A country before `-backed` (and the like) supports the actor and is not its own:
# `Russian-backed separatists`, `Iran-backed militias`; one before `-led` leads it, and is.
BACKING = frozenset({"backed", "sponsored", "supported", "funded", "armed", "trained",
                     "allied", "aligned"})
LEADING = ("-", "led")
# A country after this prefix is what the actor opposes, not the actor's own: `anti-French
# protesters` (split by the tokenizer), `des manifestants anti-israéliens` (one token). With
# no actor to qualify it is the country again (`anti-Russian sanctions`). (`pro-Russian
# separatists` keep the country: coders differ, and the text often gives no other.)
PREFIXES = {"anti": "opposed"}
NATIONAL = frozenset({"country", "demonym", "capital"})
# Prepositions (folded) that tie a country to the border it names (`the border with Iraq`,
# `between Mali and Niger`, `Lebanon's border`, `la frontière avec le Niger`, `la frontière
# du Tchad`).
BORDER_LINKS = frozenset({"with", "between", "of", "'s", "avec", "entre", "de", "du", "d'",
                          "des"})


@dataclass
class Piece:
    """A span of tokens matched by the lexicon (or a PER entity), with what it may mean."""

    start: int
    end: int
    entries: list[Entry]
    plain: list[Entry] = field(default_factory=list)  # what a prefixed country is alone

    @property
    def kind(self) -> str:
        """The kind of the first (preferred) entry."""
        return self.entries[0].kind


@dataclass
class Phrase:
    """Adjacent pieces that name one actor: `le président azerbaïdjanais Ilham Aliyev`."""

    start: int
    end: int
    slots: dict[str, Piece] = field(default_factory=dict)

    def entry(self, slot: str) -> Entry | None:
        """The preferred entry filling a slot, if any."""
        piece = self.slots.get(slot)
        return piece.entries[0] if piece else None


def _case_ok(entry: Entry, text: str) -> bool:
    if entry.case_sensitive or (entry.form.isupper() and len(entry.form) <= 6):
        # acronyms (`US`, `OCS`) only in capitals: `us` is a pronoun
        return text.replace(" ", "") == entry.form.replace(" ", "")
    if text.lower().endswith(PARTICIPLE_ENDINGS) and \
            not entry.form.lower().endswith(PARTICIPLE_ENDINGS):
        # a French past participle folds to a noun: `a jugé`, folded `juge`, is no judge
        return False
    if entry.kind in PROPER:
        words = entry.form.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            # a name capitalised throughout (`Russia Today`) is written so: `visited Russia
            # today` names no broadcaster
            return all(w[:1].isupper() or not w[:1].isalpha() for w in text.split())
        # a form listed in lower case (`talibans`, `gilets jaunes`) is written so in the press
        return text[:1].isupper() or not text[:1].isalpha() or entry.form[:1].islower()
    return True


def _after_locative(folded: list[str], i: int, prepositions: frozenset[str] = LOCATIVE) -> bool:
    """Whether a preposition of place comes before token i, or before its article (`in The
    Hague`, `à La Havane`; not `de`: `le porte-parole de la Maison Blanche` is its own)."""
    if i > 1 and folded[i - 1] in ARTICLES:
        return folded[i - 2] in prepositions and folded[i - 2] != "de"
    return i > 0 and folded[i - 1] in prepositions


def _kind_of_thing(word: Token, folded: list[str], lex: ActorLexicon) -> bool:
    """Whether a role's adjective stands before a noun that qualifies a further noun (`a
    military cooperation agreement`, `a civilian aid convoy`): it says what kind of thing that
    is, not who acts (unlike `military positions`, `civilian areas`, which are someone's)."""
    if word.pos_ != "ADJ" or word.dep_ != "amod" or word.i + 1 >= len(word.doc):
        return False
    noun = word.doc[word.i + 1]  # the parser hangs the adjective on either noun
    return (noun.pos_ == "NOUN" and noun.dep_ == "compound" and noun.head.i > noun.i
            and not any(e.kind == "role" for e in lex.index.get((folded[noun.i],), ())))


def find_pieces(doc: Doc, lex: ActorLexicon) -> list[Piece]:
    """Longest dictionary matches, left to right, then PER entities nothing else covers."""
    folded = folded_tokens(doc)
    people = [ent for ent in entities(doc) if ent.label_ in PERSON_LABELS and _name_like(ent)]
    # `Tom King`, `Mary Judge`: a role word ending a person's name is the name
    named = {i for ent in people for i in range(ent.start + 1, ent.end)}
    pieces: list[Piece] = []
    texts = token_texts(doc)
    n, lengths = len(doc), lex.lengths
    skip = doc.to_array([IS_SPACE, IS_PUNCT]).any(axis=1).tolist() if n else []
    end = 0  # where the last match ended: no match starts inside another
    pronouns = SUBJECT_PRONOUNS.get(doc.lang_, frozenset())
    # a match starts at a token some form starts with (a few in a hundred): only those are read
    for i in [k for k, word in enumerate(folded) if word in lengths and not skip[k]]:
        if i < end:
            continue
        for length in lengths[folded[i]]:
            if i + length > n:
                continue
            entries = lex.index.get(tuple(folded[i:i + length]))
            if entries:
                # most forms are one word: its text is at hand, with no Span or Token to build
                text = texts[i] if length == 1 else doc[i:i + length].text
                entries = [e for e in entries if _case_ok(e, text)]
            if entries and (i in named or (text.endswith(PARTICIPLE_ENDINGS) or
                                           doc[i].pos_ == "VERB") and i > 0
                            and doc[i - 1].dep_ in ("aux", "aux:tense", "aux:pass")
                            or i > 0 and folded[i - 1] in pronouns):
                # a participle after its tense auxiliary (`s'est insurgé`, `ont détenu`) is a
                # verb; not after a copula (`il est député`); so is a word after a subject
                # pronoun (`qu'elle juge hostiles`)
                entries = [e for e in entries if e.kind != "role"]
            if entries and length == 1 and doc[i].pos_ == "ADJ" and doc[i].dep_ == "amod" \
                    and doc[i].head.i < i:
                # an office's word that is also an adjective, after the noun it qualifies (`un
                # État souverain`, `un fonds souverain`), names no one; a role of kind does
                # (`la branche armée`, `une cellule terroriste`)
                entries = [e for e in entries if e.kind != "role" or not e.office]
            if entries and length == 1 and _kind_of_thing(doc[i], folded, lex):
                entries = [e for e in entries if e.kind != "role"]
            plain: list[Entry] = []
            if entries and i > 1 and folded[i - 1] == "-" and folded[i - 2] in PREFIXES:
                plain = [e for e in entries if e.kind in NATIONAL]
                entries = _prefixed(entries, PREFIXES[folded[i - 2]])
            if entries and i + length + 1 < n and folded[i + length] == "-" and \
                    folded[i + length + 1] in BACKING:
                entries = _prefixed(entries, "backer")
            elif entries and i + length + 1 < n and folded[i + length] == "-" and \
                    not doc[i + length - 1].whitespace_ and not doc[i + length].whitespace_:
                # a role word joined to the next into one noun (`chef-lieu`) names no one
                entries = [e for e in entries if e.kind != "role"]
            if entries and _after_locative(folded, i):
                # `in Hanoi` is a place: only a visit's destination, never an actor acting
                # (`dans le pays` names no state acting); a capital before a city of its
                # name (`à Tripoli`: Libya's, unless the text is about Lebanon)
                entries = [replace(e, kind="locative", role=None) if e.kind in ("capital", "seat")
                           else e for e in sorted(entries, key=lambda e: e.kind == "locative")
                           if e.kind not in STATE_NOUNS or not _after_locative(
                               folded, i, STATE_NOUN_PLACES)]
            if entries:
                pieces.append(Piece(i, i + length, entries, plain))
                end = i + length
                break
    for i, word in enumerate(folded):
        prefix, dash, rest = word.partition("-")
        if not dash or prefix not in PREFIXES:
            continue
        entries = lex.index.get((rest,), [])
        kinds = _prefixed(entries, PREFIXES[prefix])
        if kinds:
            pieces.append(Piece(i, i + 1, kinds, [e for e in entries if e.kind in NATIONAL]))
    covered = {k for p in pieces for k in range(p.start, p.end)}
    for ent in people:
        inside = [p for p in pieces if ent.start <= p.start and p.end <= ent.end]
        alone = len(inside) == 1 and inside[0].kind == "person" and \
            covered & set(range(ent.start, ent.end)) == set(range(inside[0].start, inside[0].end))
        if alone and _first_names_agree(doc[ent.start:inside[0].start].text, inside[0]):
            # `Mamadi Doumbouya`: a name the table knows by its surname, its first name spelt
            # another way
            inside[0].start, inside[0].end = ent.start, ent.end
        elif alone:
            # `Moussa Ouattara`: a first name none of the table's persons of that surname
            # bears names someone else
            inside[0].start, inside[0].end = ent.start, ent.end
            inside[0].entries = [Entry("person", name=None, form=ent.text)]
        elif not covered & set(range(ent.start, ent.end)):
            pieces.append(Piece(ent.start, ent.end, [Entry("person", name=None, form=ent.text)]))
    _at_borders(doc, pieces, lex.border_words)
    return sorted(pieces, key=lambda p: p.start)


def _first_names_agree(before: str, piece: Piece) -> bool:
    """Whether the words a person entity gives before a surname the table knows agree with a
    first or middle name of one of its persons, a letter apart at most (`Mamadi` for `Mamady`);
    initials and short titles (`M.`, `Dr`) say nothing."""
    given = [w for w in name_words(before) if len(w.strip(".")) > 2]
    if not given:
        return True
    firsts = {w for e in piece.entries if e.name for w in name_words(e.name)[:-1]}
    return any(one_edit(g, f) for g in given for f in firsts)


def _at_borders(doc: Doc, pieces: list[Piece], border_words: set[str]) -> None:
    """`the Thai border`, `Lebanon's border`, `the border with Iraq`, `la frontière malienne`,
    `la frontière entre le Mali et le Niger`: a country or nationality that qualifies a noun of
    a border (`border_words`) no piece covers (not `Turkish border guards`) names a place, no
    actor: its pieces are read as a border's (a place that no more says what the story is
    about than who acts)."""
    named = [p for p in pieces if p.kind in ("country", "demonym")]
    places = {k for p in named for k in range(p.start, p.end)}
    covered = {k for p in pieces for k in range(p.start, p.end)}
    folded = folded_tokens(doc)

    def border(token: Token) -> bool:
        return token.i not in covered and (fold(token.lemma_) in border_words or
                                            folded[token.i] in border_words)

    for piece in named:
        token = doc[piece.start:piece.end].root
        # `between Mali and Niger`, `the Israel-Lebanon border`: through the places it is
        # coordinated or compounded with
        while token.dep_ in ("conj", "compound", "amod", "flat") and token.head.i in places \
                and token.head.i != token.i:
            token = token.head
        head = token.head.head if token.dep_ == "pobj" and \
            folded[token.head.i] in BORDER_LINKS else token.head
        tied = head.i != token.i and border(head) and \
            preposition(token) in BORDER_LINKS | {None} or \
            token.pos_ == "ADJ" and any(border(c) for c in token.children)  # parsed upside down
        # the parser may hang the country elsewhere: `la frontière avec le Burkina Faso`
        k = piece.start - 1 if piece.start and folded[piece.start - 1] not in ARTICLES \
            else piece.start - 2
        if tied or k > 0 and folded[k] in BORDER_LINKS and border(doc[k - 1]):
            piece.entries = [replace(e, kind="border", role=None) for e in piece.entries
                             if e.kind in ("country", "demonym")]


def _prefixed(entries: list[Entry], kind: str) -> list[Entry]:
    """The national entries of a form written after `anti-` or before `-backed`, as what the
    actor opposes or is backed by; its other entries are dropped (`anti-government
    protesters` are no government)."""
    return [replace(e, kind=kind, role=None) for e in entries if e.kind in NATIONAL]


def _name_like(ent: Span) -> bool:
    """A person entity that looks like a name (the parser sometimes tags `ont pris` PER)."""
    return ent[0].text[:1].isupper() and all(
        t.text[:1].isupper() or t.is_punct or len(t.text) <= 3 for t in ent)


def _joinable(doc: Doc, phrase: Phrase, piece: Piece) -> bool:
    slot = SLOTS.get(piece.kind)
    if slot is None or slot in phrase.slots:
        return False
    if "org" in phrase.slots and slot not in ("role", "person"):
        # `les casques bleus sénégalais`: a French nationality written after the body's name
        return set(phrase.slots) == {"org"} and piece.kind == "demonym" and \
            phrase.end == piece.start and doc[piece.start].text.islower()
    sentence = sentence_of(doc)
    if sentence[phrase.start] != sentence[piece.start] or piece.start - phrase.end > 6:
        return False
    gap = [t for t in doc[phrase.end:piece.start] if not t.is_space]
    words = [fold(t.text) for t in gap]
    if "thing" in (slot, *phrase.slots):
        # `the Ukrainian language`, `la langue ukrainienne`: a nationality qualifying a thing
        place = piece if slot == "place" else phrase.slots.get("place")
        return {slot, *phrase.slots} == {"thing", "place"} and place is not None and \
            place.kind == "demonym" and not gap
    if set(phrase.slots) == {"collective"}:
        # `thousands of Nigerians`, `thousands of angry protesters`, `des centaines de jeunes
        # manifestants`, `hundreds of anti-French protesters`, `thousands of garment
        # workers`: the quantity word heads the actor's phrase
        return len(gap) <= 4 and all(
            w in ARTICLES or w == "anti" or (w == "-" and k and words[k - 1] == "anti")
            or ((t.pos_ == "ADJ" or t.dep_ == "compound") and t.text.islower() and w != "pro")
            for k, (w, t) in enumerate(zip(words, gap)))
    if len(gap) > 2:
        return False
    if slot == "role" and set(phrase.slots) == {"place"} and (
            tuple(words) == LEADING or (words == ["-"] and doc[piece.start].lower_ == "led")):
        return True  # `US-led forces`, `the Saudi-led coalition`
    if gap and slot == "role" and set(phrase.slots) == {"place"} and all(
            t.pos_ in ("ADJ", "NOUN") and t.text.islower() for t in gap):
        # `Bangladeshi peacekeeping troops`, `French paper workers`
        return True
    if words and words[0] == ",":
        # apposition: `Ilham Aliyev, le président azerbaïdjanais`
        # (not `the envoy to the UN, Mike Waltz` nor `in Kenya, Ruto said`: a body or a
        # place is no person's title)
        # (nor `Dans une lettre à Emmanuel Macron, le président malien a demandé`: the title
        # after the comma is the subject of the clause)
        appositive = "person" in phrase.slots or (
            slot == "person" and bool(set(phrase.slots) - {"org", "place"}))
        return appositive and all(w in ARTICLES for w in words[1:]) and \
            not doc[piece.start:piece.end].root.dep_.startswith("nsubj")
    if words and slot == "place" and set(phrase.slots) == {"role"} and _possessed(doc, phrase):
        # `a retiré ses troupes du Mali`: the owner is the possessive's, the place where from
        return False
    last = doc[piece.end - 1]
    if words and words[0] in GENITIVES and slot == "place" and last.head.i >= piece.end and (
            last.dep_ == "amod" or last.dep_ == "poss" or
            (last.i + 1 < len(doc) and doc[last.i + 1].dep_ == "case")):
        # `the head of the Sudanese army`, `the chief of Iran's armed forces`: the country
        # is the body's, which names the role
        return False
    # `président du Kazakhstan`, `Syria's new leader`
    return not words or (words[0] in GENITIVES and all(
        w in ARTICLES or (t.pos_ == "ADJ" and t.text.islower()) for w, t in zip(words[1:], gap[1:])))


def _possessed(doc: Doc, phrase: Phrase) -> bool:
    """Whether a possessive determiner stands before a phrase, maybe with adjectives or a
    number between (`ses troupes`, `ses derniers soldats`, `ses 1 500 soldats`)."""
    i = phrase.start - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "NUM") and not doc[i].text[:1].isupper():
        i -= 1
    return i >= 0 and "Yes" in doc[i].morph.get("Poss")


COORDINATORS = frozenset({"and", "et", ","})
# Coordinators of several words (`la Tunisie ainsi que l'Algérie`, `Chile as well as Peru`),
# read as `and`.
COORDINATOR_PHRASES = (("ainsi", "que"), ("as", "well", "as"))


def gap_words(doc: Doc, start: int, end: int) -> list[str]:
    """The folded words of tokens start to end, each coordinator of several words made one
    `and` (`ainsi que`, `as well as`)."""
    words, out, i = [fold(t.text) for t in doc[start:end] if not t.is_space], [], 0
    while i < len(words):
        phrase = next((p for p in COORDINATOR_PHRASES if tuple(words[i:i + len(p)]) == p), None)
        out.append("and" if phrase else words[i])
        i += len(phrase) if phrase else 1
    return out


def _share_roles(doc: Doc, phrases: list[Phrase]) -> None:
    """`Hungarian and Romanian officials`, `les ministres français et allemand`: coordinated
    nationalities share the role noun written once."""
    for left, right in itertools.pairwise(phrases):
        if right.start - left.end > 3:
            continue
        gap = gap_words(doc, left.end, right.start)
        if not gap or not all(w in COORDINATORS for w in gap):
            continue
        for bare, full in ((left, right), (right, left)):
            if set(bare.slots) == {"place"} and bare.slots["place"].kind == "demonym" and \
                    "role" in full.slots and "place" in full.slots and "person" not in full.slots:
                bare.slots["role"] = full.slots["role"]


def _stacked(phrase: Phrase, piece: Piece) -> bool:
    """`des centaines de milliers de`: a quantity word right after another extends it."""
    if piece.kind != "collective" or set(phrase.slots) != {"collective"} or \
            phrase.end != piece.start:
        return False
    phrase.end = piece.end
    return True


def _people_of(doc: Doc, phrase: Phrase, piece: Piece) -> bool:
    """A people named by where it lives: `Bosnian Serbs` are of Bosnia, `the Albanians of
    Serbia` of Serbia. Extends the phrase with the piece, keeping the country of residence."""
    if set(phrase.slots) != {"place"} or phrase.slots["place"].kind != "demonym" or \
            piece.kind not in ("demonym", "country"):
        return False
    tokens = [t for t in doc[phrase.end:piece.start] if not t.is_space]
    gap = [fold(t.text) if t.pos_ != "ADJ" or not t.text.islower() else "" for t in tokens]
    if piece.kind == "demonym" and not gap and doc[piece.start].pos_ in ("NOUN", "PROPN") \
            and doc[phrase.start].pos_ == "ADJ":
        phrase.end = piece.end  # `Bosnian Serbs`: the adjective says where
        return True
    if piece.kind == "country" and gap and gap[0] in ("of", "de", "du", "d'") and all(
            w in ARTICLES or not w for w in gap[1:]) and doc[phrase.start].pos_ in ("NOUN", "PROPN"):
        phrase.slots["place"], phrase.end = piece, piece.end  # `the Albanians of Serbia`
        return True
    return False


def _parent_body(doc: Doc, phrase: Phrase, piece: Piece) -> bool:
    """`les casques bleus sénégalais de l'ONU`: the body a unit belongs to, named after it in a
    genitive, is part of the unit's phrase. Extends the phrase with the piece."""
    unit, body = phrase.slots.get("org"), piece.entries[0]
    words = [fold(t.text) for t in doc[phrase.end:piece.start] if not t.is_space]
    if unit is None or piece.kind != "organisation" or not body.code or \
            not (unit.entries[0].code or "").startswith(body.code) or not words or \
            words[0] not in GENITIVES or not all(w in ARTICLES for w in words[1:]):
        return False
    phrase.end = piece.end
    return True


def group_phrases(doc: Doc, pieces: list[Piece]) -> list[Phrase]:
    """Adjacent compatible pieces become one phrase."""
    phrases: list[Phrase] = []
    for piece in pieces:
        slot = SLOTS.get(piece.kind, piece.kind)
        if phrases and (_stacked(phrases[-1], piece) or _people_of(doc, phrases[-1], piece)
                        or _parent_body(doc, phrases[-1], piece)):
            continue  # the piece extended the phrase
        if phrases and _joinable(doc, phrases[-1], piece):
            phrases[-1].slots[slot] = piece
            phrases[-1].end = piece.end
        else:
            phrases.append(Phrase(piece.start, piece.end, {slot: piece}))
    _share_roles(doc, phrases)
    for phrase in phrases:
        alone = phrase.slots.get("against")
        if set(phrase.slots) == {"against"} and alone is not None and alone.plain:
            # `anti-Russian sanctions`: no actor opposes Russia here; it is named
            phrase.slots = {"place": Piece(alone.start, alone.end, alone.plain)}
    return [p for p in phrases if set(p.slots) not in ONLY_WITH_OTHERS and "thing" not in p.slots]


def titled_name(token: Token, head: Token) -> bool:
    """Whether a token is the name a title introduces (`le général Ramos`): a person's, even
    where a town bears it (Ramos in the Philippines), never the place the title is of."""
    return token.head.i == head.i and token.dep_ in ("flat:name", "flat", "appos") and \
        token.ent_type_ in PERSON_LABELS
