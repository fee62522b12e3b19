"""Who the story's two sides are when a dispatch names them jointly (`les deux parties`, `the
two officials`, `ils sont convenus`): the parties of its talks, never a mediator or a host."""

import pytest


def dyads(code, text, lang):
    return {(e.source.code if e.source else None, e.code,
             e.target.code if e.target else None) for e in code(text, lang=lang).events}


def roots(found):
    return {(s, c[:2], t) for s, c, t in found}


@pytest.mark.parametrize("text, lang", [
    (("Le ministre espagnol de l'Intérieur a été reçu lundi à Rabat par son homologue marocain. "
      "Les deux responsables sont convenus de se revoir à Madrid en septembre."), "fr"),
    (("Spain's interior minister was received in Rabat on Monday by his Moroccan counterpart. "
      "The two officials agreed to meet again in Madrid in September."), "en"),
])
def test_story_sides_officials_named_jointly_act_towards_each_other(code, text, lang):
    r = roots(dyads(code, text, lang))
    assert ("ESPGOV", "03", "MARGOV") in r and ("MARGOV", "03", "ESPGOV") in r, r


def test_story_sides_a_joint_act_no_pair_of_events_kept_is_no_crash(code):
    # `fight … together` between two named leaders keeps no act of force: no pair to form
    found = roots(dyads(code, "Malaysian Prime Minister Anwar Ibrahim met Indonesian President "
                        "Prabowo Subianto in Jakarta. The two leaders pledged to fight illegal "
                        "fishing together.", "en"))
    assert ("MYSGOV", "03", "IDNGOV") in found, found
