"""The actor dictionaries of one language compiled into a token-sequence index."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache

from wirecoder import resources
from wirecoder.textnorm import clean_for_nlp, fold

ARTICLES = frozenset({"le", "la", "les", "l'", "the"})


@dataclass(frozen=True)
class Entry:
    """What a matched form means: a country, demonym, capital, seat, organisation, role, person."""

    kind: str
    code: str | None = None  # country or organisation code
    role: str | None = None  # CAMEO role code
    office: str | None = None
    name: str | None = None  # canonical name (person, organisation, country)
    case_sensitive: bool = False
    form: str = ""
    when: str | None = None  # an acronym read so only in a document naming this country


def date_bounds(date: str) -> tuple[str, str]:
    """First and last day covered by a date of year, month or day precision."""
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        return f"{date}-01", f"{date}-31"
    return date[:10], date[:10]


@dataclass(frozen=True)
class Term:
    """One term of office of one person, from the leaders table, or of a prominent figure
    holding none of its offices (office empty, with the role it plays), from figures.tsv."""

    person: str
    country: str  # or the organisation's code, for the head of an organisation
    office: str
    start: str
    end: str
    role: str = "GOV"

    def covers(self, date: str | None) -> bool:
        """Whether the term includes `date` (YYYY[-MM[-DD]]); an unknown date matches any term."""
        if not date:
            return True
        lo, hi = date_bounds(date)
        return self.start <= hi and (not self.end or self.end >= lo)


@dataclass
class ActorLexicon:
    """Forms of one language, indexed by their folded token sequence."""

    lang: str
    index: dict[tuple[str, ...], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    terms: dict[str, list[Term]] = field(default_factory=lambda: defaultdict(list))
    countries: dict[str, str] = field(default_factory=dict)  # code -> English name
    lengths: dict[str, list[int]] = field(default_factory=dict)  # first token -> lengths
    # a demonym two countries share (`congolais`) -> the other country, read when the
    # document names that one and not the demonym's own
    shared_demonyms: dict[str, str] = field(default_factory=dict)
    # bare names (folded) that other country shares too (`Congo`), read the same way
    shared_names: set[str] = field(default_factory=set)
    # a country whose capital stands for a body seated there when it acts -> the body's code
    # (`Brussels accused Budapest`: the EU), unless the document names the country otherwise
    capital_bodies: dict[str, str] = field(default_factory=dict)
    posted: set[str] = field(default_factory=set)  # role words of diplomats posted abroad
    heads_body: set[str] = field(default_factory=set)  # role words taking the role of the body
    # role words that name an actor only with the country they qualify (`the Lebanese state`)
    with_country: set[str] = field(default_factory=set)
    # role words standing for a force of another role the document named (`officers`: COP)
    coref_roles: dict[str, str] = field(default_factory=dict)
    # role words standing for the armed group the document named (`the paramilitaries`)
    group_words: set[str] = field(default_factory=set)
    acted_on: set[str] = field(default_factory=set)  # `un homme`: people only when acted on
    # role words of people named by what befell them (`victims`): placed where it happened
    befallen: set[str] = field(default_factory=set)
    # nouns of a border (folded): a country qualifying one names a place, no actor
    border_words: set[str] = field(default_factory=set)
    # surnames of the leaders table, and each with one letter deleted -> persons
    surnames: dict[str, set[str]] = field(default_factory=dict)
    # names of a group's known leaders (folded) -> the group's country (`Hemedti` -> SDN)
    group_leaders: dict[str, str] = field(default_factory=dict)
    # an organisation's first English name -> its names in this language and in English
    organisation_names: dict[str, list[str]] = field(default_factory=dict)
    # an organisation's code -> its types (organisations.yaml: court, alliance, union)
    organisation_types: dict[str, frozenset[str]] = field(default_factory=dict)
    # a bare noun for an organisation (folded) -> the types it stands for (`the tribunal`)
    body_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    # verbs of accusing (folded lemmas, modality.yaml `allegation`): their `of`/`de` names
    # the ground of the charge, not what their object is of (`accused the body of bias`)
    alleging: frozenset[str] = frozenset()
    # verbs of acts between parties and the prepositions of their other party (folded;
    # parties.yaml): a role guessed of a country is not when it acts upon it
    between_verbs: frozenset[str] = frozenset()
    between_prepositions: frozenset[str] = frozenset()

    def add(self, tokens: list[str], entry: Entry) -> None:
        """Index one form given as its tokens."""
        key = tuple(fold(t) for t in tokens if t.strip())
        while key and key[0] in ARTICLES and len(key) > 1 and entry.kind != "organisation":
            key = key[1:]
        if not key or entry in self.index[key]:
            return
        self.index[key].append(entry)
        starts = self.lengths.setdefault(key[0], [])
        if len(key) not in starts:
            starts.append(len(key))
            starts.sort(reverse=True)

    def shared(self, entry: Entry) -> bool:
        """Whether a country's form names another country too (`congolais`, `Congo`): the
        demonym or bare name of an entry that shares them."""
        return entry.code in self.shared_demonyms and (
            entry.kind == "demonym" or (entry.kind == "country"
                                        and fold(entry.form) in self.shared_names))

    def leader_terms(self, person: str) -> list[Term]:
        """Terms of office of a person of the leaders table."""
        return self.terms.get(person, [])

    def spelt_like(self, name: str, titled: bool) -> str | None:
        """The one person of the leaders table a name the table lacks is a variant or a
        one-letter misspelling of (`Omar El Bashir`, `Bouteflicka`, `Mitterand`: a letter
        added, dropped or changed). The first names must agree when both are given; a
        surname alone counts only under a title."""
        words = name_words(name)
        if not words or (len(words) == 1 and not titled) or len(words[-1]) < 5:
            return None
        found = set()
        for key in one_deleted(words[-1]):
            found |= {p for p in self.surnames.get(key, ()) if one_edit(name_words(p)[-1], words[-1])
                      and (len(words) == 1 or name_words(p)[0] == words[0])}
        return found.pop() if len(found) == 1 else None


def posted_abroad(text: str, posted: AbstractSet[str]) -> bool:
    """Whether a phrase ends or starts with a role word of diplomats posted abroad (`the
    Swedish embassy`, `son ambassadeur`, `ambassade de France`): they stand where the host
    country is, for the country they serve."""
    words = fold(text)
    return any(words.endswith(p) or words.startswith(f"{p} ") for p in posted)


def name_words(name: str) -> list[str]:
    """A name's folded words, without Arabic article particles (`al-Bashir` -> `bashir`)."""
    words = fold(name).replace("-", " ").split()
    return [w for w in words if w not in ("al", "el", "ad", "as", "ar")]


def one_deleted(word: str) -> set[str]:
    """The word and every form of it with one letter deleted: two words one insertion,
    deletion or substitution apart share one of these (and some two edits apart do)."""
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}


def one_edit(a: str, b: str) -> bool:
    """Whether two words are equal or one insertion, deletion or substitution apart."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(
        long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _forms(value: object) -> list[str]:
    return [form for form, _ in _forms_when(value)]


def _forms_when(value: object) -> list[tuple[str, str | None]]:
    """The forms of a name entry (a string, or a list of strings or `{form, when}` maps), each
    with the country a document must name for it to be read so (`when`), if any."""
    if value is None:
        return []
    if isinstance(value, str):
        return [(value, None)]
    return [(v, None) if isinstance(v, str) else (v.get("form", ""), v.get("when"))
            for v in value]  # type: ignore[union-attr]


def _add_countries(lex: ActorLexicon, tokenize: Callable[[str], list[str]]) -> None:
    for row in resources.tsv("countries.tsv"):
        lex.countries[row["code"]] = row["name"]
    data = resources.lang_yaml(lex.lang, "countries", {}) or {}
    for code, spec in data.items():
        name = lex.countries.get(code, code)
        if spec.get("demonyms_shared_with"):
            lex.shared_demonyms[code] = str(spec["demonyms_shared_with"])
        lex.shared_names |= {fold(form) for form in _forms(spec.get("names_shared"))}
        if spec.get("capital_stands_for"):
            lex.capital_bodies[code] = str(spec["capital_stands_for"])
        for form in _forms(spec.get("names")):
            lex.add(tokenize(form), Entry("country", code=code, name=name, form=form))
        for form in _forms(spec.get("demonyms")):
            lex.add(tokenize(form), Entry("demonym", code=code, name=name, form=form))
        for form in _forms(spec.get("capitals")):
            lex.add(tokenize(form), Entry("capital", code=code, role="GOV", name=name, form=form))
        for form in _forms(spec.get("cities")):
            # a city named like another country's capital (`Tripoli`, Lebanon): a place
            lex.add(tokenize(form), Entry("locative", code=code, name=name, form=form))
        for seat in spec.get("seats") or []:
            form, role = (seat, "GOV") if isinstance(seat, str) else (seat["form"],
                                                                     seat.get("role", "GOV"))
            lex.add(tokenize(form), Entry("seat", code=code, role=role, name=name, form=form))


def _add_organisations(lex: ActorLexicon, tokenize: Callable[[str], list[str]]) -> None:
    groups = resources.yaml_file("groups.yaml") if resources.exists("groups.yaml") else []
    for org in [*(resources.yaml_file("organisations.yaml") or []), *(groups or [])]:
        name = (_forms(org.get("en")) or [org["code"]])[0]
        lex.organisation_names[name] = _forms(org.get(lex.lang)) + _forms(org.get("en"))
        if org.get("types"):
            lex.organisation_types[org["code"]] = frozenset(org["types"])
        for form in lex.organisation_names[name]:
            lex.add(tokenize(form), Entry("organisation", code=org["code"], name=name, form=form))
        for form in _forms(org.get("leaders")):
            lex.group_leaders[fold(form)] = org["code"][:3]
        acronyms = org.get("acronyms") or {}
        for form, when in _forms_when(acronyms.get(lex.lang)) + _forms_when(acronyms.get("en")):
            # `{form: RSF, when: SDN}`: Sudan's Rapid Support Forces in a text about Sudan
            lex.add(tokenize(form), Entry("organisation", code=org["code"], name=name,
                                          case_sensitive=True, form=form, when=when))


def _add_roles(lex: ActorLexicon, tokenize: Callable[[str], list[str]]) -> None:
    for spec in resources.lang_yaml(lex.lang, "roles", []) or []:
        for form in _forms(spec.get("forms")):
            lex.add(tokenize(form), Entry("role", role=spec["role"], office=spec.get("office"),
                                          form=form))
            if spec.get("posted"):
                lex.posted.add(fold(form))
            if spec.get("heads_body"):
                lex.heads_body.add(fold(form))
            if spec.get("with_country"):
                lex.with_country.add(fold(form))
            if spec.get("coref_role"):
                lex.coref_roles[fold(form)] = spec["coref_role"]
            if spec.get("names_group"):
                lex.group_words.add(fold(form))
            if spec.get("acted_on"):
                lex.acted_on.add(fold(form))
            if spec.get("befallen"):
                lex.befallen.add(fold(form))
    refs = dict(resources.lang_yaml(lex.lang, "references", {}) or {})
    regional = refs.pop("regional_state", None)
    lex.border_words = {fold(form) for form in _forms(refs.pop("border", None))}
    lex.body_kinds = {fold(noun): frozenset(kinds)
                      for noun, kinds in (refs.pop("body_kinds", None) or {}).items()}
    for kind, forms in refs.items():
        # `{kingdom: [SAU, MAR]}`: a form with the countries it can stand for, one entry each
        readings = forms.items() if isinstance(forms, dict) else ((f, []) for f in _forms(forms))
        for form, codes in readings:
            # one capitalised word names it only so written: `the North`, not `the north of
            # the country`
            proper = form[:1].isupper() and " " not in form
            for code in codes or [None]:
                lex.add(tokenize(form), Entry(kind, code=code, form=form, case_sensitive=proper))
    if regional:
        _add_regional_states(lex, tokenize, regional, refs.get("state_anaphor") or {})


def region_members() -> dict[str, set[str]]:
    """Each region of regions.tsv (UN M49 sub-region and region, and the press's groups of
    states: `Gulf`, `Sahel`) -> the codes of its countries."""
    members: dict[str, set[str]] = defaultdict(set)
    for row in resources.tsv("regions.tsv"):
        for name in (row["subregion"], row["region"], *filter(None, row["groups"].split("|"))):
            members[name].add(row["code"])
    return members


def _add_regional_states(lex: ActorLexicon, tokenize: Callable[[str], list[str]],
                         spec: dict, fits: dict) -> None:
    """`the Central Asian nation`, `le pays sahélien`: a region's word with a state's noun is
    a state_anaphor for the countries of the region, those the noun can stand for if it is a
    state_anaphor itself (`the North African kingdom`: a monarchy of North Africa)."""
    members = region_members()
    for word, regions in spec["regions"].items():
        codes = set().union(*(members[name] for name in regions))
        for noun in spec["nouns"]:
            form = f"{noun} {word}" if spec.get("noun_first") else f"{word} {noun}"
            for code in sorted(codes & set(fits.get(noun) or codes)):
                lex.add(tokenize(form), Entry("state_anaphor", code=code, form=form))


def _add_leaders(lex: ActorLexicon, tokenize: Callable[[str], list[str]]) -> None:
    """Heads of state and government, foreign ministers, heads of organisations (whose
    term's `country` is the organisation's code), and figures of no such office (Kim Yo Jong)."""
    rows = [*resources.tsv("leaders.tsv"),
            *({**row, "country": row["organisation"]} for row in resources.tsv("officers.tsv")),
            *({**row, "office": ""} for row in resources.tsv("figures.tsv"))]
    for row in rows:
        term = Term(row["person"], row["country"], row["office"], row["start"], row["end"],
                    row.get("role") or "GOV")
        lex.terms[row["person"]].append(term)
        # in the table's order (a set's would change from one run to the next)
        for form in dict.fromkeys([row["person"], *filter(None, row["names"].split("|"))]):
            lex.add(tokenize(form.strip()), Entry("person", name=row["person"], form=form))
            words = name_words(form)
            for key in one_deleted(words[-1]) if words else ():
                lex.surnames.setdefault(key, set()).add(row["person"])


@cache
def actor_lexicon(lang: str) -> ActorLexicon:
    """The compiled actor lexicon of a language (built once per process)."""
    from wirecoder.nlp import pipeline

    tokenizer = pipeline(lang).tokenizer

    def tokenize(form: str) -> list[str]:
        # `centaines d'` alone splits as `d` `'`; before a word, as in a text, `d'` is one token
        if form.endswith(("'", "’")):
            return [t.text for t in tokenizer(clean_for_nlp(form + "a"))][:-1]
        return [t.text for t in tokenizer(clean_for_nlp(form))]

    lex = ActorLexicon(lang)
    modality = resources.lang_yaml(lang, "modality", {}) or {}
    lex.alleging = frozenset(fold(w) for w in modality.get("allegation") or [])
    parties = resources.lang_yaml(lang, "parties", {}) or {}
    lex.between_verbs = frozenset(fold(w) for w in parties.get("verbs") or [])
    lex.between_prepositions = frozenset(fold(w) for w in parties.get("prepositions") or [])
    for add in (_add_countries, _add_organisations, _add_roles, _add_leaders):
        add(lex, tokenize)
    return lex
