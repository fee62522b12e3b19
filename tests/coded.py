"""What the event tests read off a coded text: its (source, code, target) triples."""


def dyads(code, text, lang, **kw):
    """The (source code, CAMEO code, target code) of each event coded from `text`."""
    return {(e.source.code if e.source else None, e.code,
             e.target.code if e.target else None) for e in code(text, lang=lang, **kw).events}


def roots(found):
    """The triples with the CAMEO code cut to its root."""
    return {(s, c[:2], t) for s, c, t in found}
