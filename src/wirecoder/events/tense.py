"""A verb's tense as a trigger's modality reads it: future or conditional, from the morphology,
the auxiliaries (its own or those of the verb it is coordinated with) and, in French, the
ending built on the infinitive."""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.nlp import morph_values, per_token
from wirecoder.textnorm import fold

# Endings French adds to the infinitive for the future and the conditional (`rencontrera`,
# `rencontrerait`), for when the small model's morphology misses them.
FUTURE_ENDINGS = frozenset({"ai", "as", "a", "ons", "ez", "ont"})
CONDITIONAL_ENDINGS = frozenset({"ais", "ait", "ions", "iez", "aient"})


def _on_infinitive(token: Token) -> str | None:
    """`future` or `conditional` for a French verb built on its infinitive."""
    lemma, text = token.lemma_.lower(), token.text.lower()
    if token.lang_ != "fr" or not lemma.endswith(("er", "ir", "re")):
        return None
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    if lemma.endswith("yer") and not text.startswith(stem):
        stem = lemma[:-3] + "ier"  # `déployer` -> `déploierait`
    ending = text[len(stem):] if text.startswith(stem) else ""
    if ending in CONDITIONAL_ENDINGS:
        return "conditional"
    return "future" if ending in FUTURE_ENDINGS else None


def shared_head(token: Token) -> Token | None:
    """The verb a conjunct with neither auxiliary nor subject of its own is coordinated with:
    it shares that verb's auxiliaries and governors (`will meet X and sign Y`, `doit se
    rendre à Paris et signer un accord`)."""
    if token.dep_ != "conj" or token.head.i == token.i or any(
            c.dep_.startswith("aux") or c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
            for c in token.children):
        return None
    return token.head


def verb_auxiliaries(token: Token) -> list[Token]:
    """A verb's auxiliaries, or those of the verb it shares them with."""
    current: Token | None = token
    for _ in range(3):
        if current is None:
            break
        own = [c for c in current.children if c.dep_.startswith("aux")]
        if own:
            return own
        current = shared_head(current)
    return []


# Endings a future or conditional form has, per language: the French model tags some
# presents future (`effectue`), which their ending belies.
WRITTEN_FUTURE = {"fr": ("ra", "ront", "rai", "ras", "rez", "rons", "rait", "raient", "rais",
                         "rions", "riez")}


def _written_future(token: Token) -> bool:
    forms = WRITTEN_FUTURE.get(token.doc.lang_)
    return forms is None or fold(token.text).endswith(forms)


@per_token
def verb_tense(token: Token) -> str | None:
    """`future`, `conditional`, or None for any other tense."""
    for t in [token, *verb_auxiliaries(token)]:
        if "Fut" in morph_values(t, "Tense") and _written_future(t):
            return "future"
        if "Cnd" in morph_values(t, "Mood") and _written_future(t):
            return "conditional"
        built = _on_infinitive(t)
        if built:
            return built
        if fold(t.text) in ("will", "would", "shall"):
            return "future" if fold(t.text) != "would" else "conditional"
    if token.dep_ == "xcomp" and token.head.lemma_ == "be" and any(
            c.dep_ == "aux" and fold(c.text) == "to" for c in token.children):
        return "future"  # `Putin is to meet Xi on Tuesday`
    return None
