"""Two countries that share a name and a demonym (`Congo`, `congolais`): which one a shared
form reads as, and whether a dateline of one of them still places a story's bare roles."""

from __future__ import annotations

from wirecoder.actors.lexicon import ActorLexicon


def shared_reading(code: str, lex: ActorLexicon, named: frozenset[str],
                   dateline: str | None) -> str:
    """The country a shared form of `code`'s entry reads as: the other country when the text
    names it and not `code`'s (`l'armée congolaise` in a text about the RDC); when the text
    names neither, the dateline's (`KINSHASA - ... l'est du Congo`: the RDC); else `code`'s."""
    other = lex.shared_demonyms.get(code)
    if not other:
        return code
    if other in named and code not in named:
        return other
    if code not in named and other not in named and dateline == other:
        return other
    return code


def dateline_yields(dateline: str | None, lex: ActorLexicon, named: frozenset[str]) -> bool:
    """Whether a dateline of one of two such countries gives way in a story that names the
    other (by name, capital, group or leader) and not its own: `KINSHASA - Denis Sassou
    Nguesso ... Le président a déclaré`: the president is not the RDC's."""
    other = twin(dateline or "", lex)
    return bool(other) and other in named and dateline not in named


def twin(code: str, lex: ActorLexicon) -> str | None:
    """The other country of a pair that shares forms, whichever of the two holds them."""
    return lex.shared_demonyms.get(code) or next(
        (owner for owner, other in lex.shared_demonyms.items() if other == code), None)
