"""Targets hidden in complements: a reaction to a plan, an attempt or a request is aimed at
the act's owner, not at a noun deep inside what it plans; a request in `at the request of X`
was made of whoever acted on it; an object pronoun stands for the last object before it."""

import pytest
from coded import dyads


@pytest.mark.parametrize("text, lang, country", [
    (("Kenya's foreign minister told parliament on Friday that Nairobi would sever relations "
      "with Somalia, accusing it of sheltering Al-Shabaab commanders."), "en", "SOM"),
    # the partner is hung on the verb, beside the object
    (("Le ministre a annoncé que Rabat suspendait sa coopération avec Alger, l'accusant de "
      "soutenir les séparatistes."), "fr", "DZA"),
])
def test_an_object_pronoun_stands_for_the_last_object_before_its_clause(code, text, lang,
                                                                        country):
    # the parser hangs the participle on the speech verb, which has no object: `it` is the
    # country the ties were cut with, not the group it is accused of arming
    accused = {t for s, c, t in dyads(code, text, lang) if c.startswith("112")}
    assert accused and all(t is not None and t.startswith(country) and t != "SOMREB"
                           for t in accused), accused


@pytest.mark.parametrize("text, lang, root", [
    (("Austria's chancellor vetoed on Monday a proposal to use seized Iranian state funds to "
      "pay for reconstruction in Lebanon."), "en", "12"),
    (("Le Premier ministre hongrois a bloqué lundi un projet visant à utiliser les avoirs gelés "
      "de la banque centrale iranienne pour financer un prêt au Liban."), "fr", "1"),
    ("Chile condemned the attempt to assassinate the Peruvian president.", "en", "11"),
])
def test_a_reaction_to_a_plan_is_not_aimed_at_what_the_plan_would_act_on(code, text, lang,
                                                                          root):
    # what the infinitive completing the noun would use or harm is no target of the reaction;
    # with no owner of the plan named, there is none
    found = {t for s, c, t in dyads(code, text, lang) if c.startswith(root)
             and s and s[:3] in ("AUT", "HUN", "CHL")}
    assert found and all(t is None or t[:3] not in ("IRN", "PER") for t in found), found


@pytest.mark.parametrize("text, lang", [
    (("The African Union denounced the putsch and approved sending soldiers from Kenya, Uganda "
      "and Tanzania to keep the peace."), "en"),
    (("L'Union africaine a condamné le coup d'État et ordonné le déploiement de soldats du Kenya, "
      "de l'Ouganda et de la Tanzanie pour rétablir l'ordre."), "fr"),
])
def test_a_condemnation_is_not_aimed_at_where_troops_sent_next_come_from(code, text, lang):
    condemned = {t for s, c, t in dyads(code, text, lang) if c.startswith("11")}
    assert condemned and all(t is None or t[:3] not in ("KEN", "UGA", "TZA")
                             for t in condemned), condemned


@pytest.mark.parametrize("text, lang", [
    ("Kenyan police deployed to Haiti at the request of the Haitian government, officials said.",
     "en"),
    ("Ghanaian aircraft bombed insurgent bases on Friday at the request of Togo's government.",
     "en"),
    # the parser hangs the phrase on the participle qualifying the object
    (("Ghanaian aircraft bombed bases held by the insurgents at the request of Togo's "
      "government."), "en"),
])
def test_a_request_named_at_the_request_of_was_made_of_who_acted(code, text, lang):
    asked = {(s[:3], t[:3]) for s, c, t in dyads(code, text, lang)
             if c.startswith("02") and s and t}
    assert asked and asked <= {("HTI", "KEN"), ("TGO", "GHA")}, asked


@pytest.mark.parametrize("text, lang", [
    ("Serbia agreed to Turkish mediation in its talks with Kosovo.", "en"),
    ("La Serbie a accepté la médiation turque dans ses pourparlers avec le Kosovo.", "fr"),
])
def test_agreeing_to_a_mediation_is_aimed_at_its_owner(code, text, lang):
    # not the talks the mediation is in, whose word is under the verb too (036)
    found = {(s[:3], c[:3], t[:3]) for s, c, t in dyads(code, text, lang) if s and t}
    assert ("SRB", "038", "TUR") in found, found


@pytest.mark.parametrize("text, lang", [
    ("Le Chili a condamné la tentative d'assassiner le président péruvien.", "fr"),
    ("L'Uruguay a rejeté le projet d'expulser les diplomates boliviens.", "fr"),
])
def test_what_a_condemned_plan_would_do_is_not_the_condemning_sides_act(code, text, lang):
    # the parser hangs the infinitive on the verb of reaction: its subject is not the verb's
    found = dyads(code, text, lang)
    assert not any(s and s[:3] in ("CHL", "URY") and c[:2] in ("16", "18")
                   for s, c, t in found), found
