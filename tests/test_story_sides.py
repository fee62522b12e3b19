"""Who the story's two sides are when a dispatch names them jointly (`les deux parties`, `the
two officials`, `ils sont convenus`): the parties of its talks, never a mediator or a host."""

import pytest
from coded import dyads, roots


@pytest.mark.parametrize("text, lang", [
    (("Le ministre espagnol de l'Intérieur a été reçu lundi à Rabat par son homologue marocain. "
      "Les deux responsables se sont engagés à se revoir à Madrid en septembre."), "fr"),
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


@pytest.mark.parametrize("text, lang, sides, third", [
    # a mediator is no side
    (("MASCATE, 9 mai 2025 - Des pourparlers indirects entre l'Iran et le Royaume-Uni ont eu "
      "lieu samedi à Mascate avec la médiation d'Oman. Le ministre omanais des Affaires "
      "étrangères a transmis les messages des deux délégations. Le ministre iranien a salué "
      "l'hospitalité omanaise. Les deux parties ont accepté de reprendre les discussions la "
      "semaine prochaine."), "fr", {"IRN", "GBR"}, "OMN"),
    (("MUSCAT, May 9, 2025 - Indirect talks between Iran and Britain took place in Muscat on "
      "Saturday with Omani mediation. Oman's foreign minister relayed messages between the two "
      "delegations. The Iranian minister praised Omani hospitality. The two "
      "sides agreed to resume the talks next week."), "en", {"IRN", "GBR"}, "OMN"),
    # nor is a host of both
    (("PARIS, 20 novembre 2025 - Emmanuel Macron a reçu jeudi à Paris le président serbe et le "
      "Premier ministre kosovar. Le président français a plaidé pour le dialogue. Les "
      "deux dirigeants se sont engagés à appliquer l'accord de normalisation."), "fr",
     {"SRB", "XKX"}, "FRA"),
    (("PARIS, Nov. 20, 2025 - French President Emmanuel Macron hosted the Serbian president and "
      "the Kosovo prime minister at the Elysee on Thursday. Macron called for dialogue. The two "
      "leaders pledged to implement the normalisation agreement."), "en", {"SRB", "XKX"}, "FRA"),
    # nor a witness of their signing
    (("ASTANA, 10 octobre 2025 - Le président kirghiz et le président tadjik ont signé jeudi à "
      "Astana un accord frontalier, en présence du président kazakh. M. Tokaïev a salué un "
      "accord historique. Les deux présidents sont convenus d'ouvrir trois postes-frontières."),
     "fr", {"KGZ", "TJK"}, "KAZ"),
    (("ASTANA, Oct. 10, 2025 - The Kyrgyz and Tajik presidents signed a border agreement in "
      "Astana on Thursday in the presence of the Kazakh president. Tokayev hailed a historic "
      "agreement. The two presidents agreed to open three border crossings."), "en",
     {"KGZ", "TJK"}, "KAZ"),
    # nor the government the story names most, which is no party to the talks
    (("MANILLE, 11 août 2025 - Le ministre japonais de la Défense a rencontré lundi à Manille son "
      "homologue philippin. Pékin a dénoncé la veille une provocation. Pékin accuse Manille de "
      "violer sa souveraineté. Les deux ministres se sont engagés à organiser des exercices "
      "conjoints."), "fr", {"JPN", "PHL"}, "CHN"),
    (("MANILA, Aug. 11, 2025 - Japan's defence minister met his Philippine counterpart in Manila "
      "on Monday. Beijing denounced a provocation the day before. Beijing accuses Manila of "
      "violating its sovereignty. The two ministers pledged to hold joint exercises."), "en",
     {"JPN", "PHL"}, "CHN"),
    # `they agree`: the sides of the talks, not their host
    (("GENEVA, May 6, 2025 - Armenian and Azerbaijani officials held talks in Geneva on Monday "
      "under the auspices of Switzerland. The Swiss foreign minister welcomed the opening of the "
      "talks. The Swiss government offered to host the next session. They agreed to meet again "
      "in June."), "en", {"ARM", "AZE"}, "CHE"),
])
def test_story_sides_are_the_parties_of_its_talks(code, text, lang, sides, third):
    last = text.rsplit(". ", 1)[1]
    found = {(e.source.country, e.target.country if e.target else None)
             for e in code(text, lang=lang).events if e.evidence.strip() == last.strip()}
    a, b = sorted(sides)
    assert (a, b) in found and (b, a) in found, found
    assert not any(third in pair for pair in found), found


@pytest.mark.parametrize("text, lang", [
    (("ANKARA, June 3, 2025 - Turkish Foreign Minister Hakan Fidan held talks in Ankara on "
      "Tuesday with his Azerbaijani counterpart Jeyhun Bayramov. Fidan welcomed the ceasefire "
      "reached between Armenia and Azerbaijan. The two sides pledged to open a new border "
      "crossing."), "en"),
])
def test_story_sides_officials_who_met_before_countries_named_bare(code, text, lang):
    # a ceasefire between two countries named bare, recalled after a meeting of two ministers,
    # does not make them the two sides that agree
    r = roots(dyads(code, text, lang))
    assert ("TURGOV", "03", "AZEGOV") in r and ("AZEGOV", "03", "TURGOV") in r, r
    assert not any(c == "03" and "ARM" in (s, t) for s, c, t in r), r


@pytest.mark.parametrize("text, lang", [
    (("VIENTIANE, 1er juin 2025 - Le président laotien s'est entretenu avec son homologue "
      "cambodgien. Il a félicité les forces armées des deux pays pour leur coopération."), "fr"),
    (("VIENTIANE, June 1, 2025 - The Lao president held talks with his Cambodian counterpart. "
      "He congratulated the armed forces of both countries on their cooperation."), "en"),
])
def test_story_sides_a_role_of_both_countries_acted_on_is_the_other_partys(code, text, lang):
    found = {(s, c[:2], t) for s, c, t in dyads(code, text, lang)}
    assert ("LAOGOV", "05", "KHMMIL") in found, found
    assert not any(t and t.startswith("LAO") and c == "05" for s, c, t in found), found


@pytest.mark.parametrize("text, lang", [
    (("HANOÏ, 7 juillet 2025 - Le Premier ministre vietnamien a reçu lundi son homologue "
      "thaïlandais. Il a salué les liens entre les entreprises et les armées des deux pays."),
     "fr"),
    (("HANOI, July 7, 2025 - Vietnam's prime minister received his Thai counterpart on Monday. "
      "He praised the ties between the companies and armed forces of the two countries."), "en"),
])
def test_story_sides_a_role_coordinated_before_both_countries_is_theirs(code, text, lang):
    # `les entreprises et les armées des deux pays`: the companies are the two countries' too,
    # not the dateline country's
    state = code(text, lang=lang)
    firms = [m for m in state.mentions if m.actor.roles == ["BUS"]]
    assert firms and all(m.rule == "both-parties" for m in firms), firms
    assert {a.code for m in firms for a in m.members} == {"VNMBUS", "THABUS"}
    praised = {e.target.code for e in state.events if e.code[:2] == "05" and e.target}
    assert praised and not any(t.startswith("VNM") for t in praised), praised
