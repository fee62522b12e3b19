"""Event coding: syntax, negation and modality rules, in French and English."""

import pytest
from coded import dyads, roots


def modalities(code, text, lang, root):
    return [e.modality for e in code(text, lang=lang).events if e.code[:2] == root]


@pytest.mark.parametrize("text, lang", [
    ("Le président français et le chancelier allemand se sont entretenus à Berlin.", "fr"),
    ("The French president and the German chancellor held talks in Berlin.", "en"),
])
def test_events_coordinated_subjects_code_both_directions(code, text, lang):
    r = roots(dyads(code, text, lang))
    assert ("FRAGOV", "04", "DEUGOV") in r and ("DEUGOV", "04", "FRAGOV") in r


@pytest.mark.parametrize("text, lang", [
    ("Le Premier ministre indien s'est entretenu avec le président brésilien.", "fr"),
    ("The Indian prime minister met with the Brazilian president on Monday.", "en"),
])
def test_events_partner_of_reciprocal_predicate_codes_both_directions(code, text, lang):
    r = roots(dyads(code, text, lang))
    assert ("INDGOV", "04", "BRAGOV") in r and ("BRAGOV", "04", "INDGOV") in r


@pytest.mark.parametrize("text, lang", [
    # foreign troops a state orders out are not its own forces
    (("NIAMEY, May 4, 2025 (AFP) - Niger's junta ordered foreign soldiers to leave the country "
     "within a month."), "en"),
])
def test_events_foreign_forces_acted_on_are_not_the_states_own(code, text, lang):
    found = dyads(code, text, lang)
    assert found and all(t is None or not t.startswith("NER") for _, _, t in found), found


@pytest.mark.parametrize("text, lang", [
    # foreign people who act on a state are not its own people
    (("BAMAKO, May 4, 2025 (AFP) - Foreign reporters criticised the Malian government on "
     "Monday."), "en"),
])
def test_events_foreign_people_acting_on_a_state_are_not_its_own(code, text, lang):
    found = dyads(code, text, lang)
    assert all(s is None or not s.startswith("MLI") for s, _, _ in found), found


@pytest.mark.parametrize("text, lang", [
    # a clause joined with its own subject tells another act: no target of the first
    (("LIMA, Jan. 10, 2024 (AP) - Peru's government imposed a curfew in its northern "
      "provinces, and Brazil closed its consulate in Quito for the day."), "en"),
])
def test_events_a_joined_clauses_actors_are_not_the_first_acts_target(code, text, lang):
    found = dyads(code, text, lang)
    assert not any(s and s.startswith("PER") and t and t.startswith("BRA")
                   for s, _, t in found), found


@pytest.mark.parametrize("text, lang, src, tgt", [
    ("La Turquie a condamné l'Iran.", "fr", "TUR", "IRN"),
    ("Turkey condemned Iran on Tuesday.", "en", "TUR", "IRN"),
])
def test_events_subject_and_object(code, text, lang, src, tgt):
    assert (src, "11", tgt) in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("La Turquie n'a pas condamné l'Iran.", "fr"),
    ("Turkey did not condemn Iran.", "en"),
    ("Turkey never condemned Iran.", "en"),
])
def test_events_negated_trigger_codes_no_event(code, text, lang):
    assert not any(c.startswith("11") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Le ministre égyptien a été reçu par le président tunisien.", "fr"),
    ("The Egyptian minister was received by the Tunisian president.", "en"),
])
def test_events_passive_agent_is_source(code, text, lang):
    r = roots(dyads(code, text, lang))
    assert ("TUNGOV", "04", "EGYGOV") in r


@pytest.mark.parametrize("text, lang", [
    ("La Turquie est prête à soutenir l'Ukraine.", "fr"),
    ("Turkey is ready to support Ukraine.", "en"),
])
def test_events_readiness_becomes_intent(code, text, lang):
    found = dyads(code, text, lang)
    assert any(s == "TUR" and c.startswith("03") and t == "UKR" for s, c, t in found), found


@pytest.mark.parametrize("text, lang", [
    ("Le président russe se rendra en Chine la semaine prochaine.", "fr"),
    ("The Russian president will visit China next week.", "en"),
])
def test_events_future_visit_is_intent_to_meet(code, text, lang):
    found = dyads(code, text, lang)
    assert ("RUSGOV", "036", "CHNGOV") in found, found


@pytest.mark.parametrize("text, lang", [
    ("L'Inde a refusé de rencontrer le Pakistan.", "fr"),
    ("India refused to meet Pakistan.", "en"),
    ("L'Inde et le Pakistan ont échoué à conclure un accord.", "fr"),
    ("India and Pakistan failed to reach an agreement.", "en"),
])
def test_events_refusal_is_no_cooperation(code, text, lang):
    found = dyads(code, text, lang)
    assert found and all(c[:2] == "12" for _, c, _ in found), found


def test_events_one_event_per_dyad_most_specific_code(code):
    found = dyads(code, "Les États-Unis ont imposé des sanctions à l'Iran.", "fr")
    usa_irn = [c for s, c, t in found if s == "USA" and t == "IRN"]
    assert usa_irn == ["163"], found


def test_events_reported_speech_codes_embedded_event(code):
    text = "Le ministre iranien a déclaré que les États-Unis avaient attaqué l'Irak."
    r = roots(dyads(code, text, "fr"))
    assert ("USA", "19", "IRQ") in r or ("USA", "18", "IRQ") in r, r


@pytest.mark.parametrize("text, lang", [
    ("Le président sénégalais a reçu lundi le Premier ministre espagnol.", "fr"),
    ("The Senegalese president received the Spanish prime minister on Monday.", "en"),
])
def test_events_hosting_codes_the_guests_visit(code, text, lang):
    found = dyads(code, text, lang)
    assert ("SENGOV", "043", "ESPGOV") in found and ("ESPGOV", "042", "SENGOV") in found, found


@pytest.mark.parametrize("text, lang", [
    (("Le président turc a reçu son homologue brésilien. "
     "Les deux parties ont signé un accord commercial."), "fr"),
    (("The Turkish president received his Brazilian counterpart. "
     "The two sides signed a trade agreement."), "en"),
    (("Le président turc a reçu son homologue brésilien. "
     "Les deux puissances ont signé un accord commercial."), "fr"),
    (("The Turkish president received his Brazilian counterpart. "
     "The two neighbours signed a trade agreement."), "en"),
])
def test_events_both_parties_act_towards_each_other(code, text, lang):
    r = roots(dyads(code, text, lang))
    assert ("TURGOV", "05", "BRAGOV") in r and ("BRAGOV", "05", "TURGOV") in r, r


@pytest.mark.parametrize("text, lang", [
    ("Le ministre iranien a déclaré que les États-Unis devaient retirer leurs troupes.", "fr"),
    ("The Iranian minister said the United States must withdraw its troops.", "en"),
])
def test_events_reported_obligation_is_a_demand(code, text, lang):
    found = dyads(code, text, lang)
    assert any(s == "IRNGOV" and c.startswith("10") and t == "USA" for s, c, t in found), found
    assert not any(s == "USA" and c.startswith("08") for s, c, t in found), found


@pytest.mark.parametrize("text, lang", [
    ("La France a appelé la Russie à retirer ses troupes.", "fr"),
    ("France urged Russia to withdraw its troops.", "en"),
])
def test_events_appealed_act_is_not_coded(code, text, lang):
    found = dyads(code, text, lang)
    assert any(s == "FRA" and c.startswith("02") and t == "RUS" for s, c, t in found), found
    assert not any(s == "RUS" for s, _, _ in found), found


@pytest.mark.parametrize("text, lang", [
    ("Israël a mené des frappes contre le Hezbollah.", "fr"),
    ("Israel carried out strikes against Hezbollah.", "en"),
])
def test_events_nominal_trigger_takes_light_verb_subject(code, text, lang):
    r = roots(dyads(code, text, lang))
    assert ("ISR", "19", "LBNREB") in r, r


@pytest.mark.parametrize("text, lang", [
    ("La Hongrie a déclaré qu'elle soutiendrait la Pologne.", "fr"),
    ("Hungary said it would support Poland.", "en"),
])
def test_events_pronoun_subject_takes_speaker(code, text, lang):
    found = dyads(code, text, lang)
    assert any(s == "HUN" and t == "POL" for s, _, t in found), found


@pytest.mark.parametrize("text, lang", [
    ("Lors de la visite du président chinois en Russie, un accord avait été évoqué.", "fr"),
    ("During the Chinese president's visit to Russia, a deal had been discussed.", "en"),
])
def test_events_background_visit_is_not_coded(code, text, lang):
    found = dyads(code, text, lang)
    assert not any(c.startswith("04") for _, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    (("Israeli jets struck targets in Gaza on Tuesday. Egypt condemned the strikes and called "
      "on Washington to act."), "en"),
    (("Des avions israéliens ont frappé Gaza mardi. L'Égypte a condamné les frappes et a "
      "appelé Washington à agir."), "fr"),
])
def test_events_reaction_aims_at_the_doer_of_the_act_it_names(code, text, lang):
    r = roots(dyads(code, text, lang))
    assert ("EGY", "11", "ISRMIL") in r or ("EGY", "11", "ISR") in r
    assert not any(s == "EGY" and c == "11" and t and t.startswith("USA") for s, c, t in r)


@pytest.mark.parametrize("text, lang", [
    ("Kenyan protesters stormed the parliament in Nairobi on Tuesday.", "en"),
    ("Des manifestants kényans ont pris d'assaut le Parlement à Nairobi mardi.", "fr"),
])
def test_events_force_used_by_crowds_is_a_violent_protest(code, text, lang):
    found = dyads(code, text, lang)
    assert any(s == "KENOPP" and c.startswith("145") for s, c, _ in found), found
    assert not any(c.startswith("19") for _, c, _ in found)


@pytest.mark.parametrize("text, lang", [
    ("Le chef de la diplomatie grecque sera reçu mercredi par le président égyptien.", "fr"),
    ("The Egyptian president will host the Greek foreign minister on Wednesday.", "en"),
])
def test_events_announced_hosting_is_intent_to_meet_on_both_sides(code, text, lang):
    found = dyads(code, text, lang)
    assert ("EGYGOV", "036", "GRCGOV") in found and ("GRCGOV", "036", "EGYGOV") in found
    assert not any(c.startswith("04") for _, c, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    ("Le président sénégalais et le président gambien sont convenus de se rencontrer en mai.",
     "fr", "036"),
    (("Le président sénégalais et le président gambien sont convenus que la situation était "
     "grave."), "fr", "019"),
    (("Le président sénégalais a reçu le président gambien. Les deux parties sont convenues "
      "d'organiser un forum économique à Banjul."), "fr", "030"),
])
def test_events_agreeing_to_act_is_intent_agreeing_that_is_accord(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert ("SENGOV", expected, "GMBGOV") in found, found


@pytest.mark.parametrize("text, lang", [
    (("Ukrainian President Volodymyr Zelenskiy urged Ukraine's allies to send more air defence "
     "systems."), "en"),
    (("Le président ukrainien Volodymyr Zelensky a exhorté les partenaires de l'Ukraine à "
     "fournir davantage d'obus."), "fr"),
])
def test_events_owner_of_a_relational_noun_is_not_the_target(code, text, lang):
    found = dyads(code, text, lang)
    assert any(s == "UKRGOV" and c.startswith("02") for s, c, _ in found), found
    assert not any(t and t.startswith("UKR") for _, _, t in found), found


@pytest.mark.parametrize("text, lang", [
    ("Peru summoned the top Chilean diplomat in Lima on Friday.", "en"),
    ("Le Pérou a convoqué vendredi le plus haut diplomate chilien à Lima.", "fr"),
])
def test_events_summoning_a_diplomat_is_an_official_complaint(code, text, lang):
    found = dyads(code, text, lang)
    assert any(s.startswith("PER") and c == "114" and t.startswith("CHL")
               for s, c, t in found if s and t), found


@pytest.mark.parametrize("text, lang", [
    ("NAIROBI, June 25 (Reuters) - Police opened fire on protesters outside parliament.", "en"),
    (("NAIROBI, 25 juin (AFP) - La police a ouvert le feu sur les manifestants devant le "
     "Parlement."), "fr"),
])
def test_events_police_firing_on_a_crowd_is_repression(code, text, lang):
    found = dyads(code, text, lang)
    assert ("KENCOP", "175", "KENOPP") in found, found


@pytest.mark.parametrize("text, lang", [
    ("Ghanaian trade unions launched an indefinite nationwide strike on Tuesday.", "en"),
    ("Les syndicats ghanéens ont entamé mardi une grève illimitée.", "fr"),
])
def test_events_a_union_strike_is_a_strike_not_an_air_strike(code, text, lang):
    found = dyads(code, text, lang)
    assert any(c.startswith("143") for _, c, _ in found), found
    assert not any(c.startswith("19") for _, c, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    ("The Chinese foreign ministry called the tariffs illegitimate.", "en", "111"),
    ("The Kenyan president called the agreement a historic success.", "en", "051"),
    ("Le ministre algérien a qualifié la décision d'« inacceptable et illégale ».", "fr", "111"),
])
def test_events_a_judgement_is_criticism_or_praise_by_its_tone(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert [c for _, c, _ in found] == [expected], found


@pytest.mark.parametrize("text, lang", [
    ("The Russian foreign minister called the meeting long.", "en"),
    ("Le ministre iranien a qualifié la réunion de longue.", "fr"),
])
def test_events_a_neutral_judgement_is_no_event(code, text, lang):
    assert not dyads(code, text, lang)


def test_events_judged_act_aims_at_its_doer(code):
    text = ("Canada imposed sanctions on Iranian officials on Friday. The Iranian foreign "
            "ministry described the sanctions as illegitimate.")
    assert ("IRNGOV", "111", "CAN") in dyads(code, text, "en")


@pytest.mark.parametrize("text, lang", [
    (("The Brazilian president met the Argentine president in Brasilia. The two leaders "
      "agreed to strengthen trade cooperation with the European Union."), "en"),
    (("Le président sénégalais a reçu le président gambien à Dakar. Les deux dirigeants ont "
      "promis de renforcer la coopération."), "fr"),
])
def test_events_the_two_parties_act_towards_each_other(code, text, lang):
    r = roots(dyads(code, text, lang))
    a, b = ("BRAGOV", "ARGGOV") if lang == "en" else ("SENGOV", "GMBGOV")
    assert (a, "03", b) in r and (b, "03", a) in r, r


@pytest.mark.parametrize("text, lang", [
    (("Turkey said on Monday that Greece must return a drone that was seized by the Greek "
     "navy."), "en"),
    (("La Turquie a déclaré lundi que la Grèce devait restituer un drone saisi par la marine "
     "grecque."), "fr"),
])
def test_events_speech_framing_an_obligation_is_a_demand_despite_other_triggers(code, text,
                                                                                  lang):
    found = roots(dyads(code, text, lang))
    assert ("TUR", "10", "GRC") in found, found


@pytest.mark.parametrize("text, lang", [
    ("MOGADISHU, Aug 3 (Reuters) - Al Shabaab militants opened fire on people at a market.",
     "en"),
    ("MOGADISCIO, 3 août (AFP) - Des shebab ont ouvert le feu sur des personnes dans un marché.",
     "fr"),
])
def test_events_people_fired_on_are_civilians_of_the_place(code, text, lang):
    assert any(t == "SOMCVL" and c.startswith("19") for _, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Morocco threatened to break off diplomatic relations with Chile and Peru.", "en"),
    (("Le Maroc a menacé de rompre ses relations diplomatiques avec le Chili et le "
     "Pérou."), "fr"),
])
def test_events_coordinated_targets_each_get_the_event(code, text, lang):
    targets = {t for s, c, t in dyads(code, text, lang) if c.startswith("13")}
    assert "PER" in targets and len(targets) == 2, targets


@pytest.mark.parametrize("text, lang", [
    (("Le ministère vénézuélien des Affaires étrangères a convoqué lundi les ambassadeurs "
     "d'Espagne, d'Italie et du Portugal."), "fr"),
    (("The Venezuelan foreign ministry summoned the ambassadors of Spain, Italy and Portugal on "
     "Monday."), "en"),
])
def test_events_countries_sharing_one_role_noun_are_each_targeted(code, text, lang):
    targets = {t for s, c, t in dyads(code, text, lang) if s == "VENGOV" and c == "114"}
    assert {t[:3] for t in targets} == {"ESP", "ITA", "PRT"}, targets


@pytest.mark.parametrize("text, lang", [
    (("Le président sénégalais a reçu le président gambien à Dakar. Les deux dirigeants ont "
      "remercié le président nigérian pour sa médiation."), "fr"),
    (("The Senegalese president received the Gambian president in Dakar. The two leaders "
      "thanked the Nigerian president for his mediation."), "en"),
])
def test_events_the_two_parties_towards_a_named_target_not_each_other(code, text, lang):
    r = roots(dyads(code, text, lang))
    assert ("SENGOV", "05", "NGAGOV") in r and ("GMBGOV", "05", "NGAGOV") in r, r
    assert ("SENGOV", "05", "GMBGOV") not in r and ("NGAGOV", "05", "SENGOV") not in r, r


@pytest.mark.parametrize("text, lang", [
    ("De nouveaux combats entre le M23 et l'armée congolaise ont éclaté jeudi en RDC.", "fr"),
    ("Clashes between the M23 rebels and the Congolese army continued on Tuesday.", "en"),
])
def test_events_fighting_between_two_parties_codes_both_directions(code, text, lang):
    r = roots(dyads(code, text, lang))
    assert ("CODREB", "19", "CODMIL") in r and ("CODMIL", "19", "CODREB") in r, r


@pytest.mark.parametrize("text, lang", [
    ("Le roi s'est dit prêt à accueillir une réunion entre la Russie et l'Ukraine.", "fr"),
    ("The emir said he would be glad to host a meeting between Russia and Ukraine.", "en"),
])
def test_events_a_meeting_between_parties_offered_is_not_their_act(code, text, lang):
    r = roots(dyads(code, text, lang))
    assert not {(s, t) for s, _, t in r} & {("RUS", "UKR"), ("UKR", "RUS")}, r


@pytest.mark.parametrize("text, lang, expected", [
    ("L'Algérie a rappelé son ambassadeur en France.", "fr", ("DZA", "16", "FRA")),
    ("Algeria recalled its ambassador to France.", "en", ("DZA", "16", "FRA")),
    ("La Russie a retiré mardi ses troupes.", "fr", ("RUS", "08", None)),
    ("Israel withdrew its troops from Lebanon.", "en", ("ISR", "08", "LBN")),
])
def test_events_own_people_are_not_the_target(code, text, lang, expected):
    r = roots(dyads(code, text, lang))
    assert expected in r, r
    assert not any(t and t[:3] == expected[0] for _, _, t in r), r


@pytest.mark.parametrize("text, lang, expected", [
    ("At least four Nigerian soldiers were killed in an ambush in Maiduguri on Sunday.", "en",
     ("NGAUAF", "19", "NGAMIL")),
    ("Trois soldats maliens ont été tués dans l'explosion d'une mine près de Gao.", "fr",
     ("MLIUAF", "19", "MLIMIL")),
])
def test_events_violence_by_no_one_named_is_the_place_countrys_unidentified_forces(
        code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Three Malian soldiers were killed on Sunday.", "en"),
    ("JNIM fighters attacked an army post near Gao. Three Malian soldiers were killed near Gao.",
     "en"),
    (("Des djihadistes du JNIM ont attaqué un poste de l'armée près de Gao. Trois soldats "
     "maliens ont été tués près de Gao."), "fr"),
])
def test_events_unnamed_violence_without_place_or_with_a_named_doer_is_not_coded(code, text,
                                                                                 lang):
    found = dyads(code, text, lang)
    assert not any(s and s.endswith("UAF") for s, _, _ in found), found


@pytest.mark.parametrize("text, lang", [
    (("LOME, March 5, 2024 (AFP) - Police used tear gas against students on the campus. About "
     "forty residents were arrested on Saturday."), "en"),
    (("LOMÉ, 5 mars 2024 (AFP) - Les policiers ont utilisé des gaz lacrymogènes contre les "
     "étudiants du campus. Quarante habitants ont été arrêtés samedi."), "fr"),
])
def test_events_arrests_by_no_one_named_are_no_toll_of_the_police_firing_tear_gas(code, text,
                                                                                   lang):
    found = dyads(code, text, lang)
    assert ("TGOCOP", "173", "TGOCVL") in found, found
    assert any(s == "TGOCOP" and c == "175" for s, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    (("Kenya announced that it will withdraw its troops from Somalia unless the government "
     "pays them."), "en", ("KEN", "130", "SOM")),
    ("Washington will impose sanctions on Iran unless it halts enrichment.", "en",
     ("USAGOV", "1312", "IRN")),
    ("Washington imposera des sanctions à l'Iran sauf si Téhéran suspend l'enrichissement.",
     "fr", ("USAGOV", "1312", "IRN")),
    ("Le Nigeria retirera ses soldats à moins que le Tchad n'obtienne un cessez-le-feu.", "fr",
     ("NGA", "130", None)),
])
def test_events_an_act_announced_unless_the_other_side_yields_is_a_threat(code, text, lang,
                                                                         expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Serbia vowed to retaliate against Kosovo.", "en", ("SRB", "138", "XKX")),
    ("The Serbian government promised to impose sanctions on Kosovo.", "en",
     ("SRBGOV", "1312", "XKX")),
    ("Le gouvernement serbe a juré de riposter contre le Kosovo.", "fr",
     ("SRBGOV", "138", "XKX")),
    ("Le gouvernement serbe a juré de sanctionner le Kosovo.", "fr", ("SRBGOV", "1312", "XKX")),
])
def test_events_a_hostile_act_vowed_is_a_threat_and_the_vow_no_promise(code, text, lang,
                                                                       expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not any(c[:2] in ("03", "16", "19") for _, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    ("Serbia promised aid to Montenegro and condemned the attack by Kosovo.", "en"),
    (("Le Premier ministre serbe a promis une aide au Monténégro et a condamné l'attaque du "
      "Kosovo."), "fr"),
])
def test_events_the_intent_verbs_own_finite_conjunct_is_done(code, text, lang):
    condemned = [d for d in dyads(code, text, lang) if d[1][:2] == "11"]
    assert condemned, dyads(code, text, lang)
    assert all(modality is None for modality in modalities(code, text, lang, "11"))


@pytest.mark.parametrize("text, lang, expected", [
    ("Hezbollah issued a statement condemning the Israeli air strikes.", "en",
     ("LBNREB", "11", "ISR")),
    ("Le Hamas a publié un communiqué dénonçant les frappes israéliennes.", "fr",
     ("PSEREB", "11", "ISR")),
])
def test_events_a_statement_says_what_its_issuer_says(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


def test_events_what_a_statement_demands_has_not_happened(code):
    found = dyads(code, "Hamas issued a statement demanding that Israel release the prisoners.",
                  "en")
    assert any(c[:2] == "10" for _, c, _ in found), found
    assert not any(c[:2] == "08" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    ("Kenyan police used batons to disperse the protesters.", "en", ("KENCOP", "17", "KENOPP")),
    ("La police kényane a dispersé les manifestants à coups de gaz lacrymogènes.", "fr",
     ("KENCOP", "17", "KENOPP")),
    ("Gunmen killed five villagers in a raid in northern Nigeria.", "en",
     ("NGAUAF", "19", "NGACVL")),
    ("Des hommes armés ont tué cinq villageois dans une attaque dans le nord du Burkina Faso.",
     "fr", ("BFAUAF", "19", "BFACVL")),
])
def test_events_a_crowd_acted_upon_is_of_where_it_was_or_of_the_police(code, text, lang,
                                                                      expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Syrian rebels said they would release the captured Lebanese soldiers.", "en"),
    ("Les rebelles syriens ont affirmé qu'ils libéreraient les soldats libanais capturés.", "fr"),
])
def test_events_they_is_the_subject_of_the_verb_that_reports_it(code, text, lang):
    assert ("SYRREB", "LBNMIL") in {(s, t) for s, _, t in dyads(code, text, lang)}


@pytest.mark.parametrize("text, lang", [
    ("Japan and South Korea agreed to hold talks and to strengthen military ties.", "en"),
    (("Le Japon et la Corée du Sud ont promis de tenir des pourparlers et de renforcer leur "
      "coopération militaire."), "fr"),
])
def test_events_intent_reaches_every_conjunct(code, text, lang):
    found = dyads(code, text, lang)
    assert found and all(c[:2] == "03" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    ("Relations soured after a clash in Ladakh in which 20 Indian soldiers were killed.", "en"),
    (("Les relations se sont dégradées après un affrontement au Ladakh au cours duquel 20 "
     "soldats indiens ont été tués."), "fr"),
])
def test_events_unnamed_violence_a_relative_clause_recalls_is_not_coded(code, text, lang):
    found = dyads(code, text, lang)
    assert not any(s and s.endswith("UAF") for s, _, _ in found), found


@pytest.mark.parametrize("text, lang", [
    ("Morocco said it had recalled its ambassador in Tehran.", "en"),
    ("Le Maroc a annoncé qu'il avait rappelé son ambassadeur en Iran.", "fr"),
])
def test_events_own_diplomat_under_a_pronoun_subject_is_not_the_target(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert ("MAR", "16", "IRN") in found and not any(t == "MARGOV" for _, _, t in found), found


@pytest.mark.parametrize("text, lang", [
    ("La Turquie a condamné l’offensive de la Russie contre l’Ukraine.", "fr"),
    ("Turkey’s president condemned Russia’s offensive.", "en"),
])
def test_events_evidence_is_the_sentence_as_written(code, text, lang):
    events = code(text, lang=lang).events
    assert events
    for e in events:
        assert e.evidence == text and text[e.evidence_start:e.evidence_end] == e.evidence


@pytest.mark.parametrize("text, lang", [
    ("A truce between Armenia and Azerbaijan came into force on Friday.", "en"),
    ("La trêve entre l'Arménie et l'Azerbaïdjan est entrée en vigueur vendredi.", "fr"),
])
def test_events_a_ceasefire_between_two_parties_binds_both(code, text, lang):
    r = dyads(code, text, lang)
    assert ("ARM", "0871", "AZE") in r and ("AZE", "0871", "ARM") in r, r


@pytest.mark.parametrize("text, lang", [
    ("The Brazilian president said he hoped to visit Argentina soon.", "en"),
    ("Le président brésilien a dit qu'il espérait se rendre en Argentine rapidement.", "fr"),
])
def test_events_a_hoped_for_visit_is_intent(code, text, lang):
    r = roots(dyads(code, text, lang))
    assert ("BRAGOV", "03", "ARGGOV") in r and not any(c == "04" for _, c, _ in r), r


@pytest.mark.parametrize("text, lang, source", [
    ("Ghana's main labour unions began an indefinite nationwide strike on Tuesday.", "en",
     "GHALAB"),
    ("Des milliers de manifestants kényans ont défilé mardi à Nairobi.", "fr", "KENOPP"),
])
def test_events_a_protest_without_target_is_aimed_at_its_countrys_government(code, text,
                                                                            lang, source):
    r = roots(dyads(code, text, lang))
    assert (source, "14", source[:3] + "GOV") in r, r


@pytest.mark.parametrize("text, lang, kept", [
    ("La France et le Maroc avaient déjà signé un accord en 2019.", "fr", False),
    ("France and Morocco had already signed an agreement in 2019.", "en", False),
    ("Le Niger avait accusé samedi la France de préparer une intervention.", "fr", True),
    ("Niger had accused France on Saturday of preparing an intervention.", "en", True),
])
def test_events_an_act_recalled_as_already_done_is_background(code, text, lang, kept):
    found = dyads(code, text, lang)
    assert bool(found) == kept, found


@pytest.mark.parametrize("text, lang", [
    (("Le Conseil de sécurité a autorisé une mission pour aider la police haïtienne à combattre "
     "les gangs."), "fr"),
    ("The Security Council authorised a mission to help the Haitian police fight the gangs.",
     "en"),
])
def test_events_what_an_act_is_for_has_not_happened(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert not any(c in ("07", "19") for _, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    (("Des milliers de Kényans se sont rassemblés à Nairobi pour exiger la démission du "
     "président kényan."), "fr"),
    (("Thousands of Kenyans gathered in Nairobi to demand the resignation of the Kenyan "
     "president."), "en"),
])
def test_events_a_demand_made_by_gathering_is_made(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert any(c == "10" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    ("Les Forces de soutien rapide ont pilonné samedi El-Facher.", "fr"),
    ("The Rapid Support Forces shelled El Fasher on Saturday.", "en"),
])
def test_events_a_word_of_an_actors_name_is_no_trigger(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert found and not any(c == "05" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    (("L'Union européenne a levé mardi ses sanctions contre le Niger. Le Premier ministre "
     "nigérien a salué « une décision juste »."), "fr", ("NERGOV", "05", "IGOEUREEC")),
    ("Israel imposed a blockade on Gaza on Monday. Qatar later criticised the decision.", "en",
     ("QAT", "11", "ISR")),
])
def test_events_a_reaction_without_target_is_to_the_lead_act(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("More than 700 Venezuelans have been arrested in Caracas since Sunday.", "en"),
    ("Plus de 700 Vénézuéliens ont été arrêtés à Caracas depuis dimanche.", "fr"),
])
def test_events_arrests_by_no_one_named_are_the_polices_of_the_place(code, text, lang):
    assert ("VENCOP", "17", "VEN") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # ordering diplomats out (161) and suspending a member (160)
    ("Mali ordered French diplomats to leave the country.", "en", ("MLI", "161", "FRAGOV")),
    ("Le Mali a ordonné aux diplomates français de quitter le pays.", "fr",
     ("MLI", "161", "FRAGOV")),
    ("ECOWAS suspended Guinea from the bloc after the coup.", "en", ("IGOWAFWAS", "160", "GIN")),
    ("La Cédéao a suspendu la Guinée de ses instances.", "fr", ("IGOWAFWAS", "160", "GIN")),
    # an organisation's secretary general, director general or chief acts for it
    ("Arab League Secretary General Ahmed Aboul Gheit urged Syria to end the siege.", "en",
     ("IGOMEAARL", "020", "SYR")),
    ("IAEA chief Rafael Grossi urged Iran to cooperate fully.", "en",
     ("IGOUNOIAE", "020", "IRN")),
    ("Le patron de l'AIEA, Rafael Grossi, a exhorté l'Iran à coopérer pleinement.", "fr",
     ("IGOUNOIAE", "020", "IRN")),
    (("Le secrétaire général de la Ligue arabe, Ahmed Aboul Gheit, a exhorté la Syrie à lever "
     "le siège."), "fr", ("IGOMEAARL", "020", "SYR")),
])
def test_events_expulsions_suspensions_and_organisation_officers(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("The Russian navy staged drills around Japan.", "en", ("RUSMIL", "15", "JPN")),
    ("Thousands of workers staged a protest in Paris.", "en", ("FRALAB", "14", "FRAGOV")),
    ("La marine russe a mené des exercices militaires autour du Japon.", "fr",
     ("RUS", "15", "JPN")),
])
def test_events_staged_acts_and_drills_around_a_country(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Hungary said it would not meet the Serbian president.", "en"),
    ("La Hongrie a déclaré qu'elle ne rencontrerait pas le président serbe.", "fr"),
])
def test_events_announcing_one_will_not_cooperate_refuses_and_only_one_way(code, text, lang):
    assert dyads(code, text, lang) == {("HUN", "125", "SRBGOV")}


@pytest.mark.parametrize("text, lang", [
    ("Hungary did not meet the Serbian president.", "en"),
    ("La Hongrie n'a pas rencontré le président serbe.", "fr"),
])
def test_events_a_cooperative_act_negated_in_the_past_is_no_event(code, text, lang):
    assert not dyads(code, text, lang)


def test_events_french_conditional_of_a_yer_verb_is_read_from_its_ending(code):
    found = code("L'armée kényane a annoncé qu'elle déploierait des troupes dans le nord.",
                 lang="fr").events
    assert [(e.code, e.modality) for e in found] == [("154", "conditional")]


def test_events_french_conditional_the_model_tags_as_imperfect_is_not_done(code):
    # fr_core_news_sm reads this `rencontrerait` as indicative imperfect
    found = dyads(code, "La Hongrie a déclaré qu'elle rencontrerait le président serbe.", "fr")
    assert ("HUN", "036", "SRBGOV") in found
    assert not any(c[:2] == "04" for _, c, _ in found), found


def test_events_a_background_word_before_the_verb_does_not_reach_its_object(code):
    # the rule reads token positions and parts of speech only, the same in every language
    found = dyads(code, "Kenyan students, after the exams, held demonstrations against the "
                        "government.", "en")
    assert ("KENEDU", "14", "KENGOV") in roots(found)


@pytest.mark.parametrize("text, lang, expected", [
    ("Rwanda contributed 500 troops to the mission in South Sudan.", "en", ("RWA", "074", "SSD")),
    ("Le Rwanda a contribué 500 soldats à la mission au Soudan du Sud.", "fr",
     ("RWA", "074", "SSD")),
    ("Russia reinforced its troops near Ukraine.", "en", ("RUS", "154", "UKR")),
    ("La Russie a renforcé ses troupes près de l'Ukraine.", "fr", ("RUS", "154", "UKR")),
])
def test_events_contributing_troops_and_reinforcing_forces(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Kenya's military announced it would deploy soldiers at the northern border.", "en"),
    ("L'armée kényane a annoncé qu'elle déploierait des troupes dans le nord.", "fr"),
])
def test_events_what_is_deployed_is_not_the_target(code, text, lang):
    assert ("KENMIL", "154", None) in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, code_", [
    # the parser hangs `with Denmark` on the object, not on the verb
    ("Norway negotiated a new fishing deal with Denmark.", "en", "046"),
    ("Norway discussed the fishing quotas with Denmark.", "en", "040"),
    ("La Norvège a échangé des vues avec le Danemark.", "fr", "040"),
])
def test_events_a_marked_partner_hung_on_the_object_is_the_target(code, text, lang, code_):
    found = dyads(code, text, lang)
    assert ("NOR", code_, "DNK") in found and ("DNK", code_, "NOR") in found, found


@pytest.mark.parametrize("text, lang, expected", [
    ("Ghana expelled the ambassadors of several countries such as Spain and Italy.", "en",
     {("GHA", "161", "ESPGOV"), ("GHA", "161", "ITAGOV")}),
    ("Le Ghana a convoqué les ambassadeurs de plusieurs pays, dont l'Espagne et l'Italie.",
     "fr", {("GHA", "114", "ESPGOV"), ("GHA", "114", "ITAGOV")}),
    (("Ambassadors of several countries, including Spain and Italy, condemned the coup in "
     "Gabon."), "en", {("ESPGOV", "111", "GAB"), ("ITAGOV", "111", "GAB")}),
])
def test_events_a_group_named_by_examples_acts_and_is_acted_upon_as_each(code, text, lang,
                                                                         expected):
    assert expected <= dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, both", [
    ("Jordan consulted the Egyptian government before the vote.", "en", False),
    ("Jordan consulted with the Egyptian government on the truce.", "en", True),
    ("Le Maroc a consulté le gouvernement espagnol avant la décision.", "fr", False),
    ("Le Maroc s'est consulté avec le gouvernement espagnol.", "fr", True),
])
def test_events_consulting_someone_is_one_way_consulting_with_them_both(code, text, lang, both):
    found = roots(dyads(code, text, lang))
    first = ("JOR", "EGYGOV") if lang == "en" else ("MAR", "ESPGOV")
    assert (first[0], "04", first[1]) in found, found
    assert ((first[1], "04", first[0]) in found) == both, found


@pytest.mark.parametrize("text, lang, expected", [
    ("The Kazakh president arrived in Japan on Monday for a state visit.", "en",
     ("KAZGOV", "042", "JPNGOV")),
    ("Le président kazakh se rendra au Japon la semaine prochaine.", "fr",
     ("KAZGOV", "036", "JPNGOV")),
])
def test_events_a_visit_to_a_country_is_to_its_government(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, modality", [
    ("The Kazakh president will visit Paris and sign a trade deal with France.", "en",
     "future"),
    ("Le président kazakh doit se rendre à Paris et signer un accord avec la France.", "fr",
     "intent"),
])
def test_events_a_conjunct_without_its_own_auxiliary_shares_the_first_verbs(code, text, lang,
                                                                            modality):
    # the signing has not happened: it is announced with the visit
    found = code(text, lang=lang).events
    signing = [e for e in found if e.trigger in ("sign", "signer")]
    assert signing and all(e.modality == modality and e.code[:2] == "03" for e in signing), [
        (e.code, e.trigger, e.modality) for e in found]


@pytest.mark.parametrize("text, lang", [
    ("The Chilean foreign minister said Chile and Peru should jointly fight smuggling.", "en"),
    (("Le ministre chilien a déclaré que le Chili et le Pérou devaient lutter ensemble contre "
     "la contrebande."), "fr"),
])
def test_events_what_a_speaker_says_its_side_and_another_should_do_is_no_demand(code, text,
                                                                                 lang):
    assert not any(c[:2] == "10" for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Peru's congress approved a law suspending cooperation with Bolivia.", "en",
     ("PERLEG", "160", "BOL")),
    ("Le Congrès péruvien a adopté une loi suspendant la coopération avec la Bolivie.", "fr",
     ("PERLEG", "160", "BOL")),
])
def test_events_what_a_bill_does_is_done_by_whoever_enacts_it(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found
    # the vote itself is aimed at no one in the bill
    assert not any(c[:2] == "05" and t == expected[2] for _, c, t in found), found


@pytest.mark.parametrize("text, lang", [
    (("Moldova's president said Chisinau would never recognise an agreement signed behind its "
     "back."), "en"),
    (("La présidente moldave a déclaré que Chisinau ne reconnaîtrait aucun accord signé dans son "
     "dos."), "fr"),
])
def test_events_announcing_one_will_not_accept_an_agreement_rejects_it(code, text, lang):
    # `aucun`, `never` negate the verb as `pas`, `not` do
    found = [(e.code, e.modality) for e in code(text, lang=lang).events]
    assert ("127", "refused") in found and not any(c[:2] == "03" for c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    ("Chad's government said it was ending a defence agreement with France.", "en"),
    ("Le gouvernement tchadien a dénoncé l'accord de défense avec la France.", "fr"),
])
def test_events_ending_an_agreement_reduces_relations(code, text, lang):
    assert ("TCDGOV", "160", "FRA") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Le président chilien et le président péruvien se sont félicités mutuellement.", "fr"),
    ("The Chilean and Peruvian presidents praised one another.", "en"),
    ("The Chilean and Peruvian presidents congratulated each other.", "en"),
])
def test_events_acting_on_each_other_goes_both_ways(code, text, lang):
    found = dyads(code, text, lang)
    assert ("CHLGOV", "051", "PERGOV") in found and ("PERGOV", "051", "CHLGOV") in found, found


def test_events_a_participle_with_a_tense_auxiliary_has_its_noun_as_subject(code):
    # fr_core_news_sm reads `se sont félicités` as a participle of `ministres`; the English
    # model does not make this error
    found = dyads(code, "Le ministre chilien a reçu son homologue péruvien. Les deux ministres "
                        "se sont mutuellement félicités de la trêve.", "fr")
    assert ("CHLGOV", "051", "PERGOV") in found and ("PERGOV", "051", "CHLGOV") in found, found


def test_events_a_light_verbs_object_hung_on_a_time_phrase_keeps_the_verbs_subject(code):
    # fr_core_news_sm hangs `des raids` on `dimanche`; the light verb `mener` has no object
    found = dyads(code, "La Turquie a mené dans la soirée de samedi à dimanche des raids contre "
                        "des positions en Irak.", "fr")
    assert any(s == "TUR" and c[:2] == "19" for s, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    ("Ethiopia mounted an invasion of Eritrea.", "en"),
    ("L'Éthiopie a lancé l'invasion de l'Érythrée.", "fr"),
])
def test_events_the_of_complement_of_a_hostile_act_is_its_victim(code, text, lang):
    # `la visite du président` is the president's; `l'invasion de l'Érythrée` is done to it
    assert ("ETH", "192", "ERI") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    (("Ghana, Togo and Benin left the African Union. The three governments accused the bloc of "
     "ignoring them."), "en"),
    (("Le Ghana, le Togo et le Bénin ont quitté l'Union africaine. Les trois pays ont dénoncé "
     "l'organisation."), "fr"),
])
def test_events_the_three_countries_are_the_three_the_story_named(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert {(c, "11", "IGOAFRAFU") for c in ("GHAGOV", "TGOGOV", "BENGOV")} <= found, found


@pytest.mark.parametrize("text, lang, expected", [
    ("The RENAMO armed wing refused to disarm.", "en", "MOZPTY"),
    ("The ECOWAS bloc condemned the coup in Niger.", "en", "IGOWAFWAS"),
])
def test_events_an_organisation_named_before_the_noun_that_acts_is_the_source(code, text, lang,
                                                                              expected):
    # the English parser marks the name `nmod` of `wing`, `bloc`
    assert expected in {s for s, _, _ in dyads(code, text, lang)}


@pytest.mark.parametrize("text, lang", [
    ("Kenya's president is leading a mediation mission between Uganda and Rwanda.", "en"),
    ("Le président kényan mène une mission de médiation entre l'Ouganda et le Rwanda.", "fr"),
])
def test_events_an_act_carried_by_a_mission_takes_the_missions_arguments(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert {("KENGOV", "04", "UGA"), ("KENGOV", "04", "RWA")} <= found, found


@pytest.mark.parametrize("text, lang, threat", [
    ("The Kenyan army said it would attack rebel positions.", "en", True),
    ("L'armée kényane a affirmé qu'elle attaquerait les positions rebelles.", "fr", True),
    ("Kenyan farmers said they would block the roads to Nairobi.", "en", True),
    ("Kenya will expel two Ugandan diplomats.", "en", False),
    ("Le Kenya expulsera deux diplomates ougandais.", "fr", False),
])
def test_events_force_or_protest_announced_is_a_threat_a_sanction_a_decision(code, text, lang,
                                                                             threat):
    found = {c[:2] for _, c, _ in dyads(code, text, lang)}
    assert ("13" in found) is threat and found, found


@pytest.mark.parametrize("text, lang", [
    ("Nurses from a French charity delivered medicine to a hospital in Gaza.", "en"),
    (("Des infirmières d'une association française ont livré des médicaments à un hôpital de "
     "Gaza."), "fr"),
])
def test_events_people_from_a_group_of_some_nationality_are_of_it(code, text, lang):
    # the nurses' country is that of the charity they come from; medicine is humanitarian aid
    assert ("FRAHLH", "073", "PSEHLH") in dyads(code, text, lang)


def test_events_a_name_not_resolved_gives_way_to_the_title_before_it(code):
    # `Issa Maiga` is in no table; `Junta spokesman` before it is Mali's (the dateline)
    text = ("BAMAKO, May 3 (Reuters) - Mali's junta expelled the French ambassador. Junta "
            "spokesman Captain Issa Maiga criticised France on Tuesday.")
    assert ("MLIGOV", "111", "FRA") in dyads(code, text, "en")


@pytest.mark.parametrize("text, lang", [
    ("The Kenyan president imposed a state of emergency.", "en"),
    ("Le gouvernement kényan a instauré l'état d'urgence à Mombasa.", "fr"),
    ("The Kenyan government restricted access to several social networks.", "en"),
    ("Les autorités kényanes ont restreint l'accès à deux messageries en ligne.", "fr"),
])
def test_events_a_governments_curbs_with_no_target_are_on_its_own_people(code, text, lang):
    # `emergency` hangs under `of` under `state`: a preposition and its object are one level
    # of an expression, as `d'urgence` under `état` is in French
    found = dyads(code, text, lang)
    assert any(s == "KENGOV" and c[:3] == "172" and t == "KENCVL" for s, c, t in found), found


@pytest.mark.parametrize("text, lang, expected", [
    ("The African Union adopted a new round of sanctions against Sudan.", "en",
     ("IGOAFRAFU", "163", "SDN")),
    ("L'Union africaine a adopté une nouvelle série de sanctions contre le Soudan.", "fr",
     ("IGOAFRAFU", "163", "SDN")),
    ("The Kenyan government suspended the broadcasts of two radio stations.", "en",
     ("KENGOV", "1721", "KENCVL")),
    ("Le gouvernement kényan a suspendu la diffusion de deux radios.", "fr",
     ("KENGOV", "1721", "KENCVL")),
    ("Thousands of students marched through Santiago against the reform.", "en",
     ("CHLEDU", "141", "CHLGOV")),
])
def test_events_sanction_rounds_broadcast_bans_and_marches_through_a_city(code, text, lang,
                                                                          expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("L'armée éthiopienne et les rebelles du TPLF se sont affrontés dans le Tigré.", "fr"),
    ("The Ethiopian army and TPLF rebels clashed in Tigray.", "en"),
])
def test_events_two_sides_of_one_country_clashing_fight_each_other(code, text, lang):
    found = dyads(code, text, lang)
    assert {("ETHMIL", "190", "ETHREB"), ("ETHREB", "190", "ETHMIL")} <= found, found


@pytest.mark.parametrize("text, lang", [
    ("Kenyan police and protesters clashed in Nairobi.", "en"),
    ("Des policiers et des manifestants se sont affrontés à Nairobi.", "fr"),
])
def test_events_police_and_protesters_clashing_repress_and_riot(code, text, lang):
    # each side's act is coded for who acts on whom: police on a crowd 175, a crowd 145
    found = dyads(code, text, lang)
    assert {("KENCOP", "175", "KENOPP"), ("KENOPP", "145", "KENCOP")} <= found, found


@pytest.mark.parametrize("text, lang", [
    (("Le président ghanéen a été reçu jeudi par son homologue ivoirien au palais présidentiel "
     "d'Abidjan."), "fr"),
    (("The Ghanaian president was received on Thursday by his Ivorian counterpart at the "
     "presidential palace in Abidjan."), "en"),
])
def test_events_a_passive_agent_marked_as_a_plain_oblique_is_the_source(code, text, lang):
    # fr_core_news_sm marks this `par son homologue` `obl`, not `obl:agent`
    found = dyads(code, text, lang)
    assert {("CIVGOV", "043", "GHAGOV"), ("GHAGOV", "042", "CIVGOV")} <= found, found


@pytest.mark.parametrize("text, lang", [
    ("Le Kremlin a qualifié d'inacceptables les propos du président français.", "fr"),
    ("Le Kremlin a qualifié les propos du président français d'inacceptables.", "fr"),
    ("The Kremlin described the French president's remarks as unacceptable.", "en"),
    ("The Kremlin called the French president's remarks unacceptable.", "en"),
    ("Le Kremlin a jugé les propos du président français inacceptables.", "fr"),
])
def test_events_a_judgement_before_the_object_or_hung_on_its_last_noun(code, text, lang):
    # the French model makes `d'inacceptables` a first object, or hangs it on `président`;
    # both models make a predicative adjective ending the object its modifier
    assert ("RUSGOV", "111", "FRAGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("La France a livré des canons Caesar à l'Ukraine.", "fr"),
    ("France supplied Caesar artillery to Ukraine.", "en"),
    ("France delivered drones to Ukraine.", "en"),
])
def test_events_weapons_named_by_kind_are_military_aid(code, text, lang):
    assert ("FRA", "072", "UKR") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Armenia and Azerbaijan agreed on the text of a peace treaty.", "en"),
    ("L'Arménie et l'Azerbaïdjan se sont mis d'accord sur le texte d'un traité de paix.", "fr"),
])
def test_events_two_countries_that_agree_with_no_other_party_agree_with_each_other(code, text,
                                                                                    lang):
    found = dyads(code, text, lang)
    assert {("ARM", "030", "AZE"), ("AZE", "030", "ARM")} <= found, found


@pytest.mark.parametrize("text, lang", [
    ("The foreign ministers of Brazil and Argentina met in Buenos Aires.", "en"),
    ("Les ministres de la Défense du Brésil et de l'Argentine se sont réunis à Buenos Aires.",
     "fr"),
])
def test_events_a_plural_role_shared_by_coordinated_countries(code, text, lang):
    # whatever the parser hangs `Argentina` on, it is one more country of the ministers
    found = dyads(code, text, lang)
    assert found == {("ARGGOV", "040", "BRAGOV"), ("BRAGOV", "040", "ARGGOV")}, found


@pytest.mark.parametrize("text, lang, expected", [
    # fr_core_news_sm parses `frappes` as a modifier of `israéliennes`
    ("Les frappes israéliennes sur Gaza ont fait des dizaines de morts.", "fr",
     ("ISR", "195", "PSE")),
    ("Israeli strikes on Gaza killed dozens.", "en", ("ISR", "195", "PSE")),
    # the nationality ending the object names the expelled, not the expeller
    ("Le ministre français de l'Intérieur a annoncé l'expulsion de l'imam algérien.", "fr",
     ("FRAGOV", "174", "DZAREL")),
])
def test_events_the_nationality_of_an_act_noun_and_of_its_object(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_an_act_noun_tagged_adjective_with_a_determiner_is_a_noun(code):
    # fr_core_news_sm tags `frappes` ADJ here
    found = dyads(code, "Les frappes russes contre Kharkiv ont fait trois morts.", "fr")
    assert any(s == "RUS" and c[:2] == "19" for s, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    ("Le gouvernement soudanais a accusé le Tchad de livrer des armes aux rebelles.", "fr"),
    ("Sudan's government accused Chad of supplying weapons to the rebels.", "en"),
])
def test_events_what_an_accusation_charges_is_not_asserted(code, text, lang):
    found = dyads(code, text, lang)
    assert ("SDNGOV", "112", "TCD") in found and not any(c[:2] == "07" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    ("Le Kenya et l'Ouganda ont engagé un dialogue sur la sécurité des frontières.", "fr"),
    ("Kenya and Uganda held a dialogue on border security.", "en"),
    ("Le Kenya a affirmé vouloir dialoguer avec l'Ouganda.", "fr"),
])
def test_events_a_dialogue_is_a_consultation(code, text, lang):
    assert any(s == "KEN" and c[:2] in ("03", "04") and t[:3] == "UGA"
               for s, c, t in dyads(code, text, lang))


def test_events_the_partner_met_after_a_weekday_and_a_place_is_the_target(code):
    # fr_core_news_sm makes `lundi` the object and hangs `son homologue` on `Abidjan`
    found = dyads(code, "Le président ivoirien a rencontré lundi à Abidjan son homologue "
                        "ghanéen.", "fr")
    assert ("CIVGOV", "040", "GHAGOV") in found, found


def test_events_a_host_is_not_its_own_guest(code):
    # `à Pékin` is China's government as the visit's host; the Chinese president hosting is
    # not China hosting itself
    found = dyads(code, "Arrivé samedi à Pékin, le président brésilien a été accueilli par le "
                        "président chinois.", "fr")
    assert ("CHNGOV", "043", "BRAGOV") in found and not any(s == t for s, _, t in found), found


@pytest.mark.parametrize("text, lang", [
    (("« Nous condamnons sans réserve ces bombardements », a dit le ministre algérien des "
     "Affaires étrangères."), "fr"),
    ("\"We strongly condemn these strikes,\" the Algerian foreign minister said.", "en"),
])
def test_events_we_in_a_quote_is_its_speaker(code, text, lang):
    # the French model makes the inverted speaker an object of `déclaré`
    assert any(s == "DZAGOV" and c[:2] == "11" for s, c, _ in dyads(code, text, lang))


def test_events_we_with_no_speaker_is_no_one(code):
    assert not dyads(code, "Nous condamnons ces frappes.", "fr")


@pytest.mark.parametrize("text, lang", [
    ("Police in Kenya fired tear gas at protesters demanding the president's resignation.",
     "en"),
    (("Les policiers kényans ont tiré des grenades lacrymogènes sur des manifestants qui "
      "exigeaient le départ du président."), "fr"),
])
def test_events_protesters_fired_at_are_of_the_police_that_fired(code, text, lang):
    # the police is anchored first (`in Kenya`); the crowd, an oblique of `fired`, is theirs
    assert ("KENCOP", "175", "KENOPP") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Pékin a vivement protesté contre la visite du président taïwanais aux États-Unis.", "fr"),
    (("The Chinese government protested against the Taiwanese president's visit to the United "
     "States."), "en"),
])
def test_events_a_government_that_protests_complains_officially(code, text, lang):
    found = dyads(code, text, lang)
    assert ("CHNGOV", "114", "TWNGOV") in found and not any(c[:2] == "14" for _, c, _ in found)


@pytest.mark.parametrize("text, lang", [
    ("Eritrea has completed the withdrawal of its soldiers, its information minister said.",
     "en"),
    ("L'Érythrée a achevé le retrait de ses soldats, selon son ministre de l'Information.", "fr"),
])
def test_events_completed_withdrawal_is_a_retreat(code, text, lang):
    assert ("ERI", "0874", None) in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Serbia said it was ready for talks with Kosovo.", "en"),
    ("La Serbie est prête à des négociations avec le Kosovo.", "fr"),
])
def test_events_ready_for_talks_is_the_ready_sides_intent_only(code, text, lang):
    # the noun's doer is the subject of the adjective of intent (a pronoun in English); the
    # other party of the talks intends nothing
    found = dyads(code, text, lang)
    assert ("SRB", "036", "XKXGOV") in found and not any(s == "XKXGOV" for s, _, _ in found), \
        found


@pytest.mark.parametrize("text, lang", [
    ("Kuwait welcomed the truce between Sudan and South Sudan.", "en"),
    ("Le Koweït a salué la trêve entre le Soudan et le Soudan du Sud.", "fr"),
    ("Kuwait welcomed the signing of a truce between Sudan and South Sudan.", "en"),
])
def test_events_reaction_to_an_act_between_two_parties_aims_at_both(code, text, lang):
    found = dyads(code, text, lang)
    assert {("KWT", "051", "SDN"), ("KWT", "051", "SSD")} <= found, found


@pytest.mark.parametrize("text, lang", [
    ("Mali expelled three Ivorian soldiers, accusing them of spying.", "en"),
    ("Le Mali a expulsé trois soldats ivoiriens en les accusant d'espionnage.", "fr"),
])
def test_events_object_pronoun_of_a_participle_is_the_main_verbs_object(code, text, lang):
    assert any(s == "MLI" and c[:3] == "112" and t == "CIVMIL"
               for s, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("The exchange of Ukrainian prisoners took place at the Belarusian border.", "en"),
    ("L'échange de prisonniers ukrainiens s'est déroulé à la frontière biélorusse.", "fr"),
])
def test_events_those_released_do_not_release(code, text, lang):
    assert not any(c[:3] == "084" for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Kyiv announced the release of Russian prisoners.", "en"),
    ("Kiev a annoncé la libération de prisonniers russes.", "fr"),
])
def test_events_a_release_is_done_to_its_of_noun(code, text, lang):
    assert ("UKRGOV", "084", "RUSCRM") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("La Suisse a proposé sa médiation entre le Venezuela et la Guyana.", "fr"),
    ("Switzerland offered to mediate between Venezuela and Guyana.", "en"),
])
def test_events_offer_of_mediation(code, text, lang):
    # folded, the auxiliary `a` of `a proposé` is not the `à` of `proposer à` (020)
    found = dyads(code, text, lang)
    assert {("CHE", "039", "VEN"), ("CHE", "039", "GUY")} <= found, found


@pytest.mark.parametrize("text, lang", [
    ("ECOWAS suspended Guinea in September 2021.", "en"),
    ("La CEDEAO a suspendu la Guinée en septembre 2021.", "fr"),
])
def test_events_suspending_a_party_reduces_relations(code, text, lang):
    assert any(c == "160" and t == "GIN" for _, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Slovakia blocked the EU's new sanctions package against Russia.", "en"),
    ("La Slovaquie a bloqué le nouveau paquet de sanctions de l'UE contre la Russie.", "fr"),
])
def test_events_blocking_a_package_rejects_it(code, text, lang):
    found = dyads(code, text, lang)
    assert ("SVK", "120", "IGOEUREEC") in found and not any(c == "144" for _, c, _ in found), \
        found


@pytest.mark.parametrize("text, lang", [
    ("L'Iran a testé un nouveau missile mercredi, a affirmé l'armée israélienne.", "fr"),
    ("Iran tested a new missile on Wednesday, the Israeli army said.", "en"),
])
def test_events_reporting_clause_is_not_a_fallback_target(code, text, lang):
    assert not any(t == "ISRMIL" for s, _, t in dyads(code, text, lang) if s == "IRN")


def test_events_appeal_with_its_infinitive_hung_on_the_object(code):
    # the parser hangs `à la retenue` on `dirigeants`: the marker `à` that makes `appeler`
    # an appeal lies deeper than the expression words
    found = dyads(code, "L'Union européenne a appelé les dirigeants serbes à la retenue.", "fr")
    assert any(s == "IGOEUREEC" and c[:2] == "02" and t == "SRBGOV" for s, c, t in found), found


def test_events_a_phone_call_is_no_appeal(code):
    # folded, the auxiliary `a` is not the `à` of `appeler à`
    assert not any(c[:2] == "02" for _, c, _ in dyads(
        code, "Le président kényan a appelé son homologue ougandais mardi.", "fr"))


@pytest.mark.parametrize("text, lang", [
    ("Maoist rebels wounded four Indian policemen in an ambush in Chhattisgarh.", "en"),
    (("Des rebelles maoïstes ont blessé quatre policiers indiens dans une embuscade au "
     "Chhattisgarh."), "fr"),
])
def test_events_wounding_is_force(code, text, lang):
    assert ("INDREB", "190", "INDCOP") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The Nicaraguan government dismissed a proposal from Costa Rica to reopen talks.", "en"),
    (("Le gouvernement nicaraguayen a écarté la proposition du Costa Rica de rouvrir les "
     "négociations."), "fr"),
])
def test_events_rejecting_a_proposal_aims_at_its_sender(code, text, lang):
    assert ("NICGOV", "120", "CRI") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("A bomb exploded at a bus station in Peshawar, killing three Pakistani soldiers.", "en"),
    (("Une bombe a explosé devant une gare routière de Peshawar, tuant trois soldats "
     "pakistanais."), "fr"),
])
def test_events_unnamed_force_placed_by_the_clause_its_participle_completes(code, text, lang):
    assert ("PAKUAF", "190", "PAKMIL") in dyads(code, text, lang)


def test_events_coordinated_act_does_not_climb_to_a_later_reporter(code):
    # `and injured three more` shares the explosion as subject; the reporting clause after
    # it is not who injured them
    found = dyads(code, "An explosion at a checkpoint outside Gao killed a Chadian "
                        "peacekeeper and injured three more, the UN mission said.", "en")
    assert not any(s == "IGOUNO" for s, _, _ in found), found


@pytest.mark.parametrize("text, lang", [
    ("Le Burkina Faso a expulsé trois diplomates français.", "fr"),
    ("Burkina Faso expelled three French diplomats.", "en"),
])
def test_events_expulsion_with_a_mistagged_participle(code, text, lang):
    # the French model tags `expulsé` an adverb of `a`; the repair makes it the verb
    assert ("BFA", "161", "FRAGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("La Banque mondiale a débloqué 300 millions de dollars pour le Tchad.", "fr"),
    ("The World Bank approved a loan of 300 million dollars for Chad.", "en"),
])
def test_events_funds_released_for_a_country_are_economic_aid(code, text, lang):
    assert any(c == "071" and t == "TCD" for _, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Kenya's president promised to protect Kenya from terrorism.", "en"),
    ("Le président kényan a promis de protéger le Kenya contre le terrorisme.", "fr"),
])
def test_events_own_country_named_bare_is_no_target(code, text, lang):
    assert not any(s == "KENGOV" and t == "KEN" for s, _, t in dyads(code, text, lang))


def test_events_finite_verb_the_parser_left_without_subject_takes_the_actor_before_it(code):
    # the small French model reads the metonym `Alger` as no subject of `condamne`
    assert ("DZAGOV", "111", "ISR") in dyads(code, "Alger condamne les frappes israéliennes.",
                                             "fr")


@pytest.mark.parametrize("text, lang", [
    ("Egypt urged Israel to allow more aid into Gaza.", "en"),
    ("L'Égypte a exhorté Israël à autoriser davantage d'aide à Gaza.", "fr"),
    ("Ghana welcomed the deal negotiated by Qatar.", "en"),
])
def test_events_infinitives_and_participles_take_no_actor_before_them(code, text, lang):
    # their subject is implied (the one urged, the noun described), not the last actor named
    found = dyads(code, text, lang)
    assert not any(c[:2] in ("08", "04") for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    ("Sudanese drones struck an airport in eastern Chad on Monday. Chad swore to retaliate.",
     "en", ("TCD", "138", "SDNMIL")),
    (("Des frappes israéliennes ont visé des sites militaires en Iran samedi. L'Iran a juré de "
      "riposter."), "fr", ("IRN", "138", "ISR")),
])
def test_events_a_vow_of_retaliation_aims_at_the_attacker(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Niger shared the information with Algeria.", "en"),
    ("Le Niger a partagé les informations avec l'Algérie.", "fr"),
])
def test_events_sharing_information_goes_one_way(code, text, lang):
    found = dyads(code, text, lang)
    assert ("NER", "064", "DZA") in found and not any(s == "DZA" for s, _, _ in found), found


def test_events_an_infinitive_after_call_is_no_judgement(code):
    # `to offer condolences after the floods` sounds negative, but judges nothing
    found = dyads(code, "Morocco's king called Algeria's president to offer condolences after "
                        "the floods.", "en")
    assert not any(c == "111" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    ("La Chine a organisé un grand défilé militaire à Pékin.", "fr"),
    ("China staged a large military parade in Beijing.", "en"),
])
def test_events_a_military_parade_shows_force_and_is_no_protest(code, text, lang):
    found = dyads(code, text, lang)
    assert ("CHN", "150", None) in found and not any(c[:2] == "14" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    # the French model reads a present-tense verb after a bare capital as part of a noun
    # phrase; the parse repair makes it the verb again
    ("Oslo convoque l'ambassadeur iranien après l'arrestation d'un journaliste.", "fr",
     ("NORGOV", "IRNGOV")),
    ("Téhéran accuse Londres d'ingérence dans ses affaires intérieures.", "fr",
     ("IRNGOV", "GBRGOV")),
    ("L'armée israélienne bombarde des dépôts d'armes du Hezbollah près de Tyr.", "fr",
     ("ISRMIL", "LBNREB")),
    ("Tehran accuses London of meddling in its internal affairs.", "en", ("IRNGOV", "GBRGOV")),
    ("The Israeli army shells Hezbollah arms depots near Tyre.", "en", ("ISRMIL", "LBNREB")),
])
def test_events_present_tense_headline_verbs_take_their_subject(code, text, lang, expected):
    assert expected in {(s, t) for s, _, t in dyads(code, text, lang)}


@pytest.mark.parametrize("text, lang", [
    ("Le Kenya, l'Ouganda et la Tanzanie condamnent le coup d'État au Gabon.", "fr"),
    ("Kenya, Uganda and Tanzania condemn the coup in Gabon.", "en"),
])
def test_events_present_tense_verb_after_a_list_takes_each_member(code, text, lang):
    sources = {s for s, c, _ in dyads(code, text, lang) if c.startswith("11")}
    assert {"KEN", "UGA", "TZA"} <= {s[:3] for s in sources if s}


@pytest.mark.parametrize("text, lang, expected", [
    ("Le Premier ministre pakistanais, qui a vivement critiqué l'Inde, a appelé au dialogue.",
     "fr", ("PAKGOV", "11", "IND")),
    ("The Pakistani prime minister, who sharply criticized India, called for dialogue.", "en",
     ("PAKGOV", "11", "IND")),
    # and what the clause says is no act appealed for by the main verb
    ("Le Pakistan, qui accuse l'Inde de soutenir les rebelles, a réclamé des pourparlers.", "fr",
     ("PAK", "11", "IND")),
    ("Pakistan, which accused India of backing the rebels, demanded talks.", "en",
     ("PAK", "11", "IND")),
])
def test_events_relative_clause_set_off_by_commas_is_its_nouns_act(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


def test_events_english_relative_clause_in_a_perfect_tense_recalls_the_background(code):
    text = "Boko Haram, which {} hundreds of pupils, said it would negotiate with Abuja."
    assert ("NGAREB", "181", None) not in dyads(code, text.format("has kidnapped"), "en")
    assert ("NGAREB", "181", None) in dyads(code, text.format("kidnapped"), "en")


@pytest.mark.parametrize("text, lang, expected", [
    # the judgement before the object it judges
    ("Le Venezuela a jugé inacceptables les déclarations du président argentin.", "fr",
     ("VEN", "111", "ARGGOV")),
    ("Le Venezuela a qualifié d'ingérence les déclarations du président argentin.", "fr",
     ("VEN", "111", "ARGGOV")),
    ("Chile called unacceptable the remarks made by Peru's president.", "en",
     ("CHL", "111", "PERGOV")),
    # the parser hangs the object on the judgement
    ("Le Venezuela a jugé injustifiée la décision du Chili.", "fr", ("VEN", "111", "CHL")),
    ("Venezuela deemed unjustified the Argentine move.", "en", ("VEN", "111", "ARG")),
    # a participle ending the object
    ("Le Venezuela a jugé la démarche argentine injustifiée.", "fr", ("VEN", "111", "ARG")),
    ("Venezuela called the Argentine move unjustified.", "en", ("VEN", "111", "ARG")),
])
def test_events_judgement_before_its_object(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("L'armée russe a bombardé Kharkiv dans la nuit.", "fr"),
    ("Russian forces shelled Kharkiv overnight.", "en"),
    ("Des soldats russes ont attaqué un dépôt près de Kharkiv.", "fr"),
])
def test_events_force_on_a_place_of_another_country_aims_at_it(code, text, lang):
    assert ("RUSMIL", "19", "UKR") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("L'armée soudanaise a bombardé Nyala, dans le Darfour.", "fr"),
    ("The Sudanese army shelled Nyala in Darfur.", "en"),
])
def test_events_force_on_a_place_of_its_own_country_names_no_target(code, text, lang):
    assert ("SDNMIL", "19", None) in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    (("« C'est une atteinte grave au droit international », a dénoncé le ministre iranien des "
     "Affaires étrangères."), "fr"),
    ("\"This is a grave breach of international law,\" denounced the Iranian foreign minister.",
     "en"),
])
def test_events_verb_after_a_quote_has_its_subject_after_it(code, text, lang):
    assert ("IRNGOV", "111", None) in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("La Turquie a menacé d'ouvrir le feu sur les gardes-frontières syriens.", "fr"),
    ("Turkey threatened to open fire on Syrian border guards.", "en"),
])
def test_events_act_threatened_is_no_event_and_makes_the_threat_one_of_force(code, text, lang):
    found = dyads(code, text, lang)
    assert ("TUR", "138", "SYRCOP") in found
    assert not [c for _, c, _ in found if c[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text, lang, expected", [
    ("L'armée nigériane a tué une vingtaine de jihadistes lors d'une opération.", "fr",
     ("NGAMIL", "19", "NGA")),
    ("Pakistan's army said it killed 12 militants in a raid.", "en", ("PAKMIL", "19", "PAK")),
    ("Les forces de sécurité tchadiennes ont dispersé des manifestants.", "fr",
     ("TCDCOP", "17", "TCD")),
    ("Chadian security forces dispersed protesters with tear gas.", "en",
     ("TCDCOP", "17", "TCD")),
])
def test_events_people_a_states_forces_act_on_are_of_that_state(code, text, lang, expected):
    src, root, country = expected
    assert any(s == src and c[:2] == root and (t or "")[:3] == country
               for s, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("L'Union européenne a dénoncé l'arrestation de l'opposant par les autorités tunisiennes.",
     "fr"),
    ("The European Union denounced the arrest of the opposition leader by Tunisian authorities.",
     "en"),
])
def test_events_agent_of_an_act_noun_does_the_act(code, text, lang):
    assert ("TUNGOV", "173", "TUNOPP") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("La Hongrie a annoncé jeudi l'envoi d'une aide humanitaire d'urgence en Ukraine.", "fr"),
    ("Hungary on Thursday announced the shipment of emergency humanitarian aid to Ukraine.",
     "en"),
])
def test_events_aid_sent_named_by_a_noun(code, text, lang):
    assert ("HUN", "07", "UKR") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Le Nicaragua a annoncé vendredi son retrait de l'Organisation mondiale de la santé.",
     "fr", ("NIC", "16", "IGOUNOHLHWHO")),
    ("Nicaragua announced on Friday its withdrawal from the World Health Organization.",
     "en", ("NIC", "16", "IGOUNOHLHWHO")),
    # a withdrawal from a place is no leaving of an organisation
    ("Israël a achevé son retrait de Gaza.", "fr", ("ISR", "08", "PSE")),
    ("Israel completed its withdrawal from Gaza.", "en", ("ISR", "08", "PSE")),
])
def test_events_withdrawal_from_an_organisation(code, text, lang, expected):
    found = roots(dyads(code, text, lang))
    assert expected in found and len({c for _, c, _ in found}) == 1


@pytest.mark.parametrize("text, lang", [
    (("Deux accords de coopération ont été signés mardi à Astana en présence des présidents "
     "kazakh et ouzbek."), "fr"),
    (("Two cooperation agreements were signed in Astana on Tuesday in the presence of the Kazakh "
     "and Uzbek presidents."), "en"),
])
def test_events_joint_act_done_in_the_presence_of_its_parties(code, text, lang):
    found = dyads(code, text, lang)
    assert ("KAZGOV", "057", "UZBGOV") in found and ("UZBGOV", "057", "KAZGOV") in found


@pytest.mark.parametrize("text, lang", [
    ("L'otage a été libéré en présence de l'ambassadeur de France.", "fr"),
    ("The hostage was freed in the presence of the French ambassador.", "en"),
])
def test_events_presence_names_no_doer_of_a_one_sided_act(code, text, lang):
    assert not [s for s, _, _ in dyads(code, text, lang) if s and s.startswith("FRA")]


@pytest.mark.parametrize("text, lang", [
    ("Le cabinet du président kényan a critiqué le gouvernement ougandais.", "fr"),
    ("The office of the Kenyan president criticised the Ugandan government.", "en"),
])
def test_events_an_office_speaks_for_its_owner(code, text, lang):
    assert ("KENGOV", "111", "UGAGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("La Turquie a condamné le meurtre de civils palestiniens par l'armée israélienne.", "fr"),
    ("Turkey condemned the killing of Palestinian civilians by Israeli forces.", "en"),
])
def test_events_killing_named_by_a_noun(code, text, lang):
    found = dyads(code, text, lang)
    assert ("ISRMIL", "190", "PSECVL") in found and ("TUR", "111", "ISRMIL") in found


@pytest.mark.parametrize("text, lang", [
    ("La Turquie a condamné le massacre de civils palestiniens par l'armée israélienne.", "fr"),
    ("Turkey condemned the massacre of Palestinian civilians by Israeli forces.", "en"),
])
def test_events_reaction_to_an_act_aims_at_its_agent_not_its_victims(code, text, lang):
    found = dyads(code, text, lang)
    assert ("TUR", "111", "ISRMIL") in found and ("TUR", "111", "PSECVL") not in found
    assert ("ISRMIL", "202", "PSECVL") in found


@pytest.mark.parametrize("text, lang", [
    (("Des militants algériens ont entamé une grève de la faim pour protester contre les abus "
     "commis par la police algérienne."), "fr"),
    (("Algerian activists went on hunger strike in protest against abuses by the Algerian "
     "police."), "en"),
])
def test_events_agent_of_another_noun_does_not_do_the_act(code, text, lang):
    # the police did the abuses, not the protest
    assert not [s for s, c, _ in dyads(code, text, lang) if c.startswith("14") and s == "DZACOP"]


@pytest.mark.parametrize("text, lang", [
    # `au` is the `à` of the expression `appeler à … dialogue`
    ("Le Premier ministre pakistanais a appelé au dialogue avec l'Inde.", "fr"),
    ("Pakistan's prime minister called for dialogue with India.", "en"),
])
def test_events_expression_word_inside_a_contraction(code, text, lang):
    # a party calling for its own talks intends them (CAMEO 026's note: 036)
    assert ("PAKGOV", "036", "IND") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Les États-Unis ont annoncé de nouvelles sanctions contre des responsables iraniens.", "fr"),
    ("The United States announced new sanctions against Iranian officials.", "en"),
])
def test_events_act_nouns_target_hung_on_the_verb_it_is_the_object_of(code, text, lang):
    assert ("USA", "163", "IRNGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Les ministres de la Défense turc et grec se sont entretenus lundi par téléphone.", "fr"),
    ("The Turkish and Greek defence ministers spoke by telephone on Monday.", "en"),
])
def test_events_nationalities_sharing_a_role_after_it_act_together(code, text, lang):
    found = dyads(code, text, lang)
    assert ("TURGOV", "041", "GRCGOV") in found and ("GRCGOV", "041", "TURGOV") in found


@pytest.mark.parametrize("text, lang, expected", [
    ("Des députés de l'opposition ont accusé le gouvernement sénégalais de corruption.", "fr",
     ("SENLEG", "112", "SENGOV")),
    ("Opposition lawmakers accused the Senegalese government of corruption.", "en",
     ("SENOPP", "112", "SENGOV")),
    ("Des rebelles ont attaqué mardi un camp de l'armée malienne près de Kidal.", "fr",
     ("MLIREB", "190", "MLIMIL")),
    ("Rebels attacked a Malian army base.", "en", ("MLIREB", "190", "MLIMIL")),
])
def test_events_people_acting_on_a_states_government_or_forces_are_of_that_state(
        code, text, lang, expected):
    src, code_, tgt = expected
    assert any(s == src and c.startswith(code_) and t == tgt
               for s, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    (("Le Kremlin a indiqué que Poutine et Xi avaient discuté de la guerre en Ukraine par "
     "téléphone."), "fr"),
    ("The Kremlin said Putin and Xi discussed the war in Ukraine by phone.", "en"),
])
def test_events_discussion_by_phone_is_a_phone_call(code, text, lang):
    found = dyads(code, text, lang)
    assert ("RUSGOV", "041", "CHNGOV") in found and ("CHNGOV", "041", "RUSGOV") in found


@pytest.mark.parametrize("text, lang", [
    (("Les États-Unis ont frappé des cibles en Somalie. Le Caire a dénoncé une violation de la "
      "souveraineté de la Somalie."), "fr"),
    (("The United States struck targets in Somalia. Cairo denounced a violation of Somalia's "
      "sovereignty."), "en"),
])
def test_events_reaction_not_aimed_at_whom_the_act_harmed(code, text, lang):
    found = dyads(code, text, lang)
    assert ("EGYGOV", "111", "SOM") not in found
    assert ("EGYGOV", "111", "USA") in found


@pytest.mark.parametrize("text, lang", [
    ("Le Caire a dénoncé l'ingérence étrangère dans les affaires du Soudan.", "fr"),
    ("Cairo denounced foreign interference in Sudan's affairs.", "en"),
])
def test_events_reaction_to_interference_not_aimed_at_its_victim(code, text, lang):
    found = dyads(code, text, lang)
    assert ("EGYGOV", "111", None) in found and not [d for d in found if d[2] == "SDN"]


@pytest.mark.parametrize("text, lang", [
    ("La Russie a violé la souveraineté de l'Ukraine, selon Kiev.", "fr"),
    ("Russia violated Ukraine's sovereignty, Kyiv said.", "en"),
])
def test_events_act_on_a_harmed_thing_aimed_at_its_owner(code, text, lang):
    assert ("RUS", "128", "UKR") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    (("Téhéran a convoqué jeudi les ambassadeurs de Belgique et des Pays-Bas. Le ministre "
      "iranien a jugé leur démarche injustifiée et a menacé de riposter."), "fr"),
    (("Tehran summoned the ambassadors of Belgium and the Netherlands on Thursday. The Iranian "
      "foreign minister called the move unjustified and threatened a response."), "en"),
])
def test_events_reaction_aimed_at_whom_the_country_acted_on_first(code, text, lang):
    found = dyads(code, text, lang)
    assert ("IRNGOV", "111", "BELGOV") in found
    assert [d for d in found if d[1][:2] == "13" and d[2] == "BELGOV"]


@pytest.mark.parametrize("text, lang", [
    ("L'Ukraine a accusé la Russie de crimes de guerre.", "fr"),
    ("Ukraine accused Russia of war crimes.", "en"),
])
def test_events_accusation_words_hung_on_a_named_object(code, text, lang):
    assert ("UKR", "1124", "RUS") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a party calling for its own cooperation or talks with another intends them
    ("Le président azerbaïdjanais a appelé à renforcer la coopération avec le Kazakhstan.",
     "fr", ("AZEGOV", "031", "KAZ")),
    ("The Azerbaijani president called for stronger cooperation with Kazakhstan.", "en",
     ("AZEGOV", "031", "KAZ")),
    # an appeal to another party stays an appeal
    ("Le président azerbaïdjanais a appelé le Kazakhstan à renforcer la coopération.", "fr",
     ("AZEGOV", "021", "KAZ")),
    ("The Azerbaijani president called on Kazakhstan to strengthen cooperation.", "en",
     ("AZEGOV", "020", "KAZ")),
    # cooperation between the caller's country and another
    (("Le président azerbaïdjanais a plaidé pour le renforcement de la coopération entre "
      "l'Azerbaïdjan et le Kazakhstan."), "fr", ("AZEGOV", "030", "KAZ")),
    ("The Turkish president pushed for closer ties with the European Union.", "en",
     ("TURGOV", "030", "IGOEUREEC")),
])
def test_events_call_for_own_cooperation_is_intent(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert len({c for _, c, _ in found}) == 1


@pytest.mark.parametrize("text, lang", [
    ("Le Japon a proposé une aide de 10 millions de dollars au Soudan.", "fr"),
    ("Japan offered aid worth 10 million dollars to Sudan.", "en"),
])
def test_events_expression_word_outranks_a_marker(code, text, lang):
    assert dyads(code, text, lang) == {("JPN", "033", "SDN")}


@pytest.mark.parametrize("text, lang, expected", [
    ("Le ministre turc a étrillé la politique migratoire grecque.", "fr",
     ("TURGOV", "111", "GRC")),
    ("Kiev a tancé Budapest pour ses positions prorusses.", "fr", ("UKRGOV", "111", "HUNGOV")),
    ("Les autorités égyptiennes se sont indignées des propos du dirigeant éthiopien.", "fr",
     ("EGYGOV", "111", "ETHGOV")),
    # `insurgé` after its auxiliary is a verb, not an insurgent
    ("Le gouvernement burundais s'est insurgé contre les sanctions américaines.", "fr",
     ("BDIGOV", "111", "USA")),
    ("Le Premier ministre irakien a mis en cause la Turquie dans l'attaque.", "fr",
     ("IRQGOV", "112", "TUR")),
    ("Le président ghanéen a pointé du doigt la responsabilité du Togo.", "fr",
     ("GHAGOV", "112", "TGO")),
    ("La Cédéao a pressé la junte nigérienne de libérer le président Bazoum.", "fr",
     ("IGOWAFWAS", "020", "NERGOV")),
    ("L'Arabie saoudite a versé une aide de 1 milliard de dollars au Yémen.", "fr",
     ("SAU", "071", "YEM")),
    ("La Banque mondiale a accordé un financement de 200 millions de dollars au Sénégal.", "fr",
     ("IGOUNODEVWBK", "071", "SEN")),
    ("L'Inde a porté assistance aux victimes du séisme au Népal.", "fr", ("IND", "070", "NPLCVL")),
    ("Le Hezbollah a promis des représailles contre Israël.", "fr", ("LBNREB", "138", "ISR")),
    ("Hezbollah vowed retaliation against Israel.", "en", ("LBNREB", "138", "ISR")),
    ("Le ministre turc a présenté ses regrets au gouvernement syrien.", "fr",
     ("TURGOV", "055", "SYRGOV")),
    ("The Turkish minister expressed regret to the Syrian government.", "en",
     ("TURGOV", "055", "SYRGOV")),
    # a light verb's prepositional object
    ("La Corée du Sud et les États-Unis ont procédé à des exercices militaires conjoints.",
     "fr", ("KOR", "062", "USA")),
    ("South Korea and the United States held joint military exercises.", "en",
     ("KOR", "062", "USA")),
    ("Le gouvernement malien a suspendu les activités des partis politiques.", "fr",
     ("MLIGOV", "1722", None)),
    ("Mali's government suspended the activities of political parties.", "en",
     ("MLIGOV", "1722", None)),
    (("Le Premier ministre malien a tenu une séance de travail avec une délégation de la "
     "Banque mondiale."), "fr", ("MLIGOV", "040", "IGOUNODEVWBK")),
    ("Mali's prime minister held a working session with a World Bank delegation.", "en",
     ("MLIGOV", "040", "IGOUNODEVWBK")),
    ("Le président tunisien a présidé une réunion avec l'ambassadeur d'Italie.", "fr",
     ("TUNGOV", "040", "ITAGOV")),
    ("The Tunisian president chaired a meeting with the Italian ambassador.", "en",
     ("TUNGOV", "040", "ITAGOV")),
    ("Le ministre guinéen a conféré avec son homologue sierra-léonais.", "fr",
     ("GINGOV", "040", "SLEGOV")),
    ("Les chefs de la diplomatie chinoise et russe se sont parlé au téléphone.", "fr",
     ("CHNGOV", "041", "RUSGOV")),
    ("Le président égyptien a conjuré les dirigeants russes de mettre fin à la guerre.", "fr",
     ("EGYGOV", "020", "RUSGOV")),
    ("Le Niger a coupé les ponts avec la France.", "fr", ("NER", "161", "FRA")),
    ("Pyongyang a agité la menace d'une guerre nucléaire contre Washington.", "fr",
     ("PRKGOV", "130", "USAGOV")),
    ("Le Japon a alloué 10 millions de dollars à l'Ukraine.", "fr", ("JPN", "071", "UKR")),
    ("Le PAM a distribué de l'aide alimentaire aux déplacés soudanais.", "fr",
     ("IGOUNOWFP", "073", "SDNREF")),
    ("L'Inde a dépêché des renforts à la frontière pakistanaise.", "fr", ("IND", "154", "PAK")),
    ("India dispatched reinforcements to the Pakistani border.", "en", ("IND", "154", "PAK")),
    ("Le Parlement européen a épinglé la Hongrie.", "fr", ("IGOEUREECLEG", "111", "HUN")),
    ("The Brazilian president reiterated his support for Venezuela.", "en",
     ("BRAGOV", "051", "VEN")),
    ("Le ministre qatari a fait part de son inquiétude au sujet de la Libye.", "fr",
     ("QATGOV", "012", "LBY")),
    ("Le Tchad et le Soudan ont renoué leurs relations diplomatiques.", "fr", ("TCD", "050", "SDN")),
    ("Le Koweït a investi 2 milliards de dollars en Jordanie.", "fr", ("KWT", "061", "JOR")),
    ("Poland slapped new tariffs on Ukrainian grain.", "en", ("POL", "163", "UKR")),
    ("Ethiopia dismissed Egypt's concerns over the dam as unfounded.", "en", ("ETH", "120", "EGY")),
    ("L'Éthiopie a balayé les inquiétudes de l'Égypte au sujet du barrage.", "fr",
     ("ETH", "120", "EGY")),
])
def test_events_wire_phrasings(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Des combats ont opposé l'armée soudanaise aux Forces de soutien rapide à El-Facher.",
     "fr"),
    ("Heavy fighting pitted the Sudanese army against the Rapid Support Forces in El-Fasher.",
     "en"),
])
def test_events_fighting_that_pits_two_sides(code, text, lang):
    found = dyads(code, text, lang)
    assert ("SDNMIL", "190", "SDNREB") in found and ("SDNREB", "190", "SDNMIL") in found


@pytest.mark.parametrize("text, lang", [
    # the parser finds no object: the sides are the actor before `à` and the one after
    ("Des affrontements ont opposé dimanche à Conakry des protestataires aux gendarmes guinéens.",
     "fr"),
])
def test_events_pitted_sides_without_an_object(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert ("GINOPP", "14", "GINCOP") in found


@pytest.mark.parametrize("text, lang", [
    ("Le Kremlin a écarté toute négociation avec Kiev.", "fr"),
    ("The Kremlin ruled out any negotiations with Kyiv.", "en"),
])
def test_events_refused_act_named_by_a_noun(code, text, lang):
    assert ("RUSGOV", "125", "UKRGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Amnesty International a affirmé qu'Israël commettait un génocide contre les Palestiniens.",
     "fr"),
    ("Amnesty International said Israel was committing genocide against Palestinians.", "en"),
])
def test_events_mass_violence_a_speaker_claims_is_an_accusation(code, text, lang):
    found = dyads(code, text, lang)
    assert ("NGOHRIAMN", "1124", "ISR") in found
    assert not [c for _, c, _ in found if c.startswith("20")]


@pytest.mark.parametrize("text, expected", [
    ("China lashed out at the United States over new export controls.", ("CHN", "111", "USA")),
    ("The French foreign minister hit out at Algeria over the detention.",
     ("FRAGOV", "111", "DZA")),
    ("The Kenyan opposition leader took aim at the Ugandan president.",
     ("KENOPP", "111", "UGAGOV")),
    ("The US cautioned Israel against a ground offensive.", ("USA", "130", "ISR")),
    ("The African Union pressed the Malian junta to release the president.",
     ("IGOAFRAFU", "020", "MLIGOV")),
])
def test_events_english_wire_phrasings(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, lang", [
    ("Le Kenya a encouragé l'Ouganda à libérer le militant.", "fr"),
    ("Kenya encouraged Uganda to release the activist.", "en"),
])
def test_events_infinitive_marker_completes_an_appeal(code, text, lang):
    # `to` of the infinitive under the verb is the expression's `to`; the release is asked for
    found = dyads(code, text, lang)
    assert ("KEN", "020", "UGA") in found and not [c for _, c, _ in found if c.startswith("08")]


@pytest.mark.parametrize("text, lang", [
    ("Le ministre britannique a déclaré que le gouvernement soudanais devait conclure un accord.",
     "fr"),
    ("The British minister said that the Sudanese government must reach an agreement.", "en"),
])
def test_events_demand_of_a_joint_act_goes_one_way(code, text, lang):
    found = dyads(code, text, lang)
    assert ("GBRGOV", "102", "SDNGOV") in found
    assert not [d for d in found if d[0] == "SDNGOV"]


@pytest.mark.parametrize("text, lang", [
    ("Le Chili a rejeté une nouvelle offre de dialogue de la Bolivie.", "fr"),
    ("Chile turned down a new offer from Bolivia to hold talks.", "en"),
])
def test_events_rejection_aimed_at_who_made_the_offer(code, text, lang):
    assert [d for d in dyads(code, text, lang) if d[0] == "CHL" and d[1].startswith("12")
            and d[2] == "BOL"]


@pytest.mark.parametrize("text, lang", [
    (("Lors d'un entretien avec le président turc, le président azerbaïdjanais a évoqué la "
      "coopération."), "fr"),
    (("During a phone call with the Turkish president, the Azerbaijani president discussed "
      "cooperation."), "en"),
])
def test_events_meeting_framing_its_clause_is_the_news(code, text, lang):
    assert ("AZEGOV", "04", "TURGOV") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Une fois leurs entretiens terminés, les deux dirigeants ont conclu un accord.", "fr"),
    ("The president recalled the deals signed during the Kazakh leader's visit to Baku.", "en"),
])
def test_events_meeting_already_reported_or_recalled_is_background(code, text, lang):
    assert not [c for _, c, _ in dyads(code, text, lang) if c.startswith("04")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Saudi Arabia reimposed a blockade on Qatar.", "en", ("SAU", "191", "QAT")),
    ("L'Arabie saoudite a rétabli le blocus contre le Qatar.", "fr", ("SAU", "191", "QAT")),
    ("Israel tightened its blockade of Gaza.", "en", ("ISR", "191", "PSE")),
    ("Israël a renforcé son blocus de Gaza.", "fr", ("ISR", "191", "PSE")),
    ("Ukrainian troops retook the Russian town of Sudzha on Monday.", "en",
     ("UKRMIL", "192", "RUS")),
    ("L'armée ukrainienne a reconquis la ville russe de Soudja.", "fr", ("UKRMIL", "192", "RUS")),
    ("Azerbaijan launched artillery strikes on Armenian villages in Syunik.", "en",
     ("AZE", "194", "ARM")),
    ("L'Azerbaïdjan a lancé des frappes d'artillerie sur des villages arméniens.", "fr",
     ("AZE", "194", "ARM")),
    # French names the act by `assassiner` (186) or `meurtre` (190), both listed already
    ("Gunmen murdered a Colombian mayor on Sunday.", "en", ("COLUAF", "190", "COLGOV")),
    ("Myanmar troops held villagers as human shields.", "en", ("MMRMIL", "184", "MMRCVL")),
    ("Les soldats birmans ont retenu des villageois comme boucliers humains.", "fr",
     ("MMRMIL", "184", "MMRCVL")),
    ("Syrian prison guards sexually abused female detainees.", "en", ("SYR", "1821", None)),
    ("Des gardiens de prison syriens ont abusé sexuellement de détenues.", "fr",
     ("SYR", "1821", None)),
    # English `engaged in ethnic cleansing` is read as a passive: left to `carry out`
    ("Les milices soudanaises se sont livrées à un nettoyage ethnique contre les Massalit.",
     "fr", ("SDNUAF", "203", None)),
])
def test_events_force_named_by_expressions(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("The Haitian prime minister urged Canada to send troops to restore order.", "en",
     ("HTIGOV", "0234", "CAN")),
    (("Le Premier ministre haïtien a exhorté le Canada à envoyer des troupes pour rétablir "
      "l'ordre."), "fr", ("HTIGOV", "0234", "CAN")),
    ("A Russian dissident sought asylum in France.", "en", ("RUSOPP", "0233", "FRA")),
    ("Un opposant russe a demandé l'asile politique en France.", "fr", ("RUSOPP", "0233", "FRA")),
    ("More Sudanese families have sought refuge in Chad, the UNHCR said.", "en",
     ("SDN", "1033", "TCD")),
    ("Des centaines de civils soudanais cherchent refuge au Tchad.", "fr",
     ("SDNCVL", "1033", "TCD")),
    ("Jordan handed over medicine to the Syrian health ministry.", "en", ("JOR", "073", "SYRGOV")),
    ("La Jordanie a remis des médicaments au ministère syrien de la Santé.", "fr",
     ("JOR", "073", "SYRGOV")),
    ("Iran has been sending arms to the Houthis.", "en", ("IRN", "072", "YEMREB")),
    ("Tehran demanded a meeting with the IAEA chief.", "en", ("IRNGOV", "106", "IGOUNOIAE")),
    ("Téhéran a exigé une réunion avec le chef de l'AIEA.", "fr", ("IRNGOV", "106", "IGOUNOIAE")),
    ("The Peruvian president has declined to step down after mass protests.", "en",
     ("PERGOV", "1231", None)),
    ("La présidente péruvienne a exclu de démissionner malgré les manifestations.", "fr",
     ("PERGOV", "1231", None)),
    ("China launched war games around Taiwan on Monday.", "en", ("CHN", "150", "TWN")),
    ("La Chine a lancé des jeux de guerre autour de Taïwan lundi.", "fr", ("CHN", "150", "TWN")),
    ("Russia and China began joint war games in the Sea of Japan.", "en", ("RUS", "062", "CHN")),
    ("Pékin et Moscou ont entamé des jeux de guerre conjoints en mer du Japon.", "fr",
     ("RUSGOV", "062", "CHNGOV")),
])
def test_events_appeals_aid_and_postures_named_by_expressions(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The OPCW dispatched inspectors to Syria on Monday.", "en"),
    ("L'OIAC a dépêché des inspecteurs en Syrie lundi.", "fr"),
])
def test_events_inspectors_sent_investigate_and_are_received(code, text, lang):
    # CAMEO codes both sides: the sender investigates (09), the host receives them (0862)
    found = dyads(code, text, lang)
    assert ("IGOOPW", "090", "SYR") in found and ("SYR", "0862", "IGOOPW") in found


@pytest.mark.parametrize("text, lang, expected", [
    ("Three Syrian soldiers were killed in an airstrike near Damascus.", "en",
     ("SYRUAF", "195", "SYRMIL")),
    ("Trois soldats syriens ont été tués dans une frappe aérienne près de Damas.", "fr",
     ("SYRUAF", "195", "SYRMIL")),
    ("Two Afghan policemen were killed in Kabul by a roadside bomb.", "en",
     ("AFGUAF", "1833", "AFGCOP")),
    ("Deux policiers afghans ont été tués à Kaboul par une bombe en bord de route.", "fr",
     ("AFGUAF", "1833", "AFGCOP")),
    ("A car bomb killed four Somali soldiers in Mogadishu.", "en", ("SOMUAF", "1832", "SOMMIL")),
    ("Quatre soldats somaliens ont été tués à Mogadiscio dans l'explosion d'une voiture piégée.",
     "fr", ("SOMUAF", "1832", "SOMMIL")),
])
def test_events_killing_takes_the_kind_of_attack_that_was_its_means(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found and not any(c == "190" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    ("Poland urged Belarus to extradite the two suspects.", "en", ("POL", "0213", "BLR")),
    ("La Pologne a exhorté le Bélarus à extrader les deux suspects.", "fr", ("POL", "0213", "BLR")),
    ("Taiwan requested military aid from Washington.", "en", ("TWN", "0232", "USA")),
    ("Amnesty International urged Egypt to respect the rights of detainees.", "en",
     ("NGOHRIAMN", "0243", "EGY")),
    ("Amnesty a exhorté l'Égypte à respecter les droits des détenus.", "fr",
     ("NGOHRIAMN", "0243", "EGY")),
    ("Cuba urged the United States to lift the embargo.", "en", ("CUB", "0254", "USA")),
    ("Cuba a exhorté les États-Unis à lever l'embargo.", "fr", ("CUB", "0254", "USA")),
    # a party asking to meet another intends to meet it (CAMEO 026's note: 036)
    ("Greece requested a meeting with Turkish officials on the migrant crisis.", "en",
     ("GRC", "036", "TURGOV")),
    ("La Grèce a demandé une réunion avec des responsables turcs sur la crise migratoire.", "fr",
     ("GRC", "036", "TURGOV")),
    ("Qatar urged the Sudanese army and the RSF to reach an agreement that ends the war.", "en",
     ("QAT", "027", "SDNMIL")),
    (("Le Qatar a exhorté l'armée soudanaise et les FSR à parvenir à un accord mettant fin à la "
      "guerre."), "fr", ("QAT", "027", "SDNMIL")),
    ("Ghanaian nurses stopped work on Monday over unpaid wages.", "en", ("GHAHLH", "143", "GHAGOV")),
    ("Les infirmières ghanéennes ont cessé le travail lundi pour des salaires impayés.", "fr",
     ("GHAHLH", "143", "GHAGOV")),
    ("Kenyan police prevented a march by opposition supporters in Nairobi.", "en",
     ("KENCOP", "170", "KENOPP")),
    ("La police kényane a empêché une marche de partisans de l'opposition à Nairobi.", "fr",
     ("KENCOP", "170", "KENOPP")),
    ("The Ukrainian army blew up a bridge over the Dnipro.", "en", ("UKRMIL", "1712", None)),
    ("L'armée ukrainienne a fait sauter un pont sur le Dniepr.", "fr", ("UKRMIL", "1712", None)),
    ("The IAEA withdrew its inspectors from North Korea.", "en", ("IGOUNOIAE", "1662", "PRK")),
])
def test_events_appeals_and_coercion_named_by_expressions(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # the tokenizer splits `cease-fire`: `fire` heads it, `cease` hangs below
    ("The Sudanese army declared a three-day cease-fire on Saturday.", "en",
     ("SDNMIL", "0871", None)),
    ("L'armée soudanaise a décrété un cessez-le-feu de trois jours samedi.", "fr",
     ("SDNMIL", "0871", None)),
    ("The UN called for a cease-fire in Sudan.", "en", ("IGOUNO", "0256", "SDN")),
    ("Russia accused Ukraine of violating the cease-fire.", "en", ("RUS", "1123", "UKR")),
    ("Israel and Hamas agreed on a cease-fire on Thursday.", "en", ("ISR", "0871", "PSEREB")),
])
def test_events_cease_fire_written_with_a_hyphen(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("The Dutch state paid compensation to Indonesian widows.", "en", ("NLDGOV", "080", "IDN")),
    ("L'Allemagne a versé des indemnités à la Namibie.", "fr", ("DEU", "080", "NAM")),
    ("The Ecuadorian government cancelled restrictions on public gatherings.", "en",
     ("ECUGOV", "081", None)),
    ("Le gouvernement équatorien a annulé les restrictions sur les rassemblements.", "fr",
     ("ECUGOV", "081", None)),
    ("French farmers' unions postponed their march on Paris.", "en", ("FRALAB", "082", "FRAGOV")),
    ("Les syndicats agricoles français ont reporté leur marche sur Paris.", "fr",
     ("FRALAB", "082", "FRAGOV")),
    ("Nigerian unions cancelled the strike on Monday.", "en", ("NGALAB", "082", None)),
    ("Les syndicats nigérians ont annulé la grève lundi.", "fr", ("NGALAB", "082", None)),
    ("Bolivia hosted election observers from the European Union.", "en",
     ("BOL", "086", "IGOEUREEC")),
    ("La Bolivie a accueilli des observateurs électoraux de l'Union européenne.", "fr",
     ("BOL", "086", "IGOEUREEC")),
])
def test_events_concessions_named_by_expressions(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Moroccan police dismantled a terrorist cell in Tangier.", "en", ("MARCOP", "173", "MARINS")),
    ("La police marocaine a démantelé une cellule terroriste à Tanger.", "fr",
     ("MARCOP", "173", "MARINS")),
    # repelling an attack is fighting, not rejecting
    ("The Malian army repelled an attack by Tuareg rebels.", "en", ("MLIMIL", "190", "MLIREB")),
    ("L'armée malienne a repoussé une attaque des rebelles touareg.", "fr",
     ("MLIMIL", "190", "MLIREB")),
    ("Hezbollah claimed the attack on an Israeli base.", "en", ("LBNREB", "015", "ISR")),
    ("Le Hezbollah a revendiqué l'attaque contre une base israélienne.", "fr",
     ("LBNREB", "015", "ISR")),
])
def test_events_security_acts_named_by_expressions(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Togolese police fired water cannon at protesters in Lome.", "en",
     ("TGOCOP", "175", "TGOOPP")),
    ("La police togolaise a tiré des canons à eau sur des manifestants à Lomé.", "fr",
     ("TGOCOP", "175", "TGOOPP")),
    # French `faire décoller des chasseurs` was left out: its targets went astray
    ("Japan scrambled fighter jets after Chinese drones approached Okinawa.", "en",
     ("JPN", "152", "CHNMIL")),
    ("The South Korean army heightened its alert after the launch.", "en", ("KORMIL", "152", None)),
])
def test_events_water_cannon_and_alerts(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Chad ended its military cooperation with France.", "en", ("TCD", "160", "FRA")),
    ("Le Tchad a mis fin à sa coopération militaire avec la France.", "fr", ("TCD", "160", "FRA")),
    ("Britain reopened its embassy in Tehran.", "en", ("GBR", "050", "IRN")),
    ("Le Royaume-Uni a rouvert son ambassade à Téhéran.", "fr", ("GBR", "050", "IRN")),
    ("Mali declared the French ambassador persona non grata.", "en", ("MLI", "161", "FRAGOV")),
    ("The United States deployed two aircraft carriers to the Mediterranean.", "en",
     ("USA", "154", None)),
    ("Les États-Unis ont déployé deux porte-avions en Méditerranée.", "fr", ("USA", "154", None)),
    ("New American tariffs on Canadian steel took effect on Monday.", "en", ("USA", "163", "CAN")),
    ("Les nouveaux droits de douane américains sur l'acier canadien sont entrés en vigueur lundi.",
     "fr", ("USA", "163", "CAN")),
])
def test_events_relations_and_forces_named_by_expressions(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Ukraine launched a drone attack on a Russian oil refinery.", "en", ("UKR", "195", "RUS")),
    ("L'Ukraine a lancé une attaque de drones contre une raffinerie russe.", "fr",
     ("UKR", "195", "RUS")),
    ("Russia launched a large air attack on Ukraine's power grid.", "en", ("RUS", "195", "UKR")),
    ("La Russie a lancé une vaste attaque aérienne contre le réseau électrique ukrainien.", "fr",
     ("RUS", "195", "UKR")),
])
def test_events_attack_launched_from_the_air_is_aerial(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found and not any(c == "190" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    # traded accusations or fire is no trade (061), exchanged accusations no consultation (040)
    ("India and Pakistan traded accusations on Monday.", "en", ("IND", "112", "PAK")),
    ("L'Inde et le Pakistan ont échangé des accusations lundi.", "fr", ("IND", "112", "PAK")),
    ("Indian and Pakistani troops traded fire along the border.", "en",
     ("INDMIL", "193", "PAKMIL")),
    ("The Kenyan and Ugandan presidents held a videoconference on Monday.", "en",
     ("KENGOV", "040", "UGAGOV")),
    ("Le président kényan a tenu une visioconférence avec son homologue ougandais lundi.", "fr",
     ("KENGOV", "040", "UGAGOV")),
    ("Hamas turned down the Egyptian proposal.", "en", ("PSEREB", "120", "EGY")),
    ("Le Hamas a décliné la proposition égyptienne.", "fr", ("PSEREB", "120", "EGY")),
    ("Sudan's army chief snubbed the peace talks in Geneva.", "en", ("SDNMIL", "125", None)),
    ("Le gouvernement soudanais a boudé les pourparlers de Genève.", "fr",
     ("SDNGOV", "125", None)),
])
def test_events_exchanges_and_snubs_named_by_expressions(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found
    if expected[1] != "040":
        assert not any(c in ("061", "040") for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia returned the bodies of 500 Ukrainian soldiers to Kyiv.", "en", ("RUS", "0841", "UKR")),
    ("La Russie a restitué les corps de 500 soldats ukrainiens à Kiev.", "fr",
     ("RUS", "0841", "UKR")),
    ("Hamas handed over the bodies of four Israeli hostages to the Red Cross.", "en",
     ("PSEREB", "0841", "NGOHLHIRC")),
    ("Le Hamas a remis les corps de quatre otages israéliens à la Croix-Rouge.", "fr",
     ("PSEREB", "0841", "ISRCVL")),
    # a ban on trade is an embargo (163), not an administrative sanction (172)
    ("China banned imports of Japanese seafood.", "en", ("CHN", "163", "JPN")),
    ("La Chine a interdit les importations de fruits de mer japonais.", "fr", ("CHN", "163", "JPN")),
])
def test_events_bodies_returned_and_trade_banned(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("The Georgian opposition demanded fresh elections.", "en", ("GEOOPP", "1041", None)),
    ("L'opposition géorgienne a réclamé des élections anticipées.", "fr", ("GEOOPP", "1041", None)),
    # hours or days given to leave are an expulsion, not aid given
    ("Mali gave the French ambassador two days to leave its territory.", "en",
     ("MLI", "174", "FRAGOV")),
    ("Le Mali a donné 72 heures à l'ambassadeur de France pour quitter Bamako.", "fr",
     ("MLI", "174", "FRAGOV")),
    ("Burkina Faso gave French troops one month to leave.", "en", ("BFA", "174", "FRAMIL")),
])
def test_events_elections_demanded_and_time_given_to_leave(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found and not any(c[:2] == "07" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    ("Turkey and Iraq conducted joint patrols along the border.", "en", ("TUR", "062", "IRQ")),
    ("La Turquie et l'Irak ont mené des patrouilles conjointes le long de la frontière.", "fr",
     ("TUR", "062", "IRQ")),
    ("Jordan reopened its border with Syria.", "en", ("JOR", "050", "SYR")),
    ("La Jordanie a rouvert sa frontière avec la Syrie.", "fr", ("JOR", "050", "SYR")),
    # an amnesty granted forgives (056); it is no aid
    ("Ghana granted amnesty to 800 prisoners.", "en", ("GHA", "056", None)),
    ("Le Ghana a amnistié 800 prisonniers.", "fr", ("GHA", "056", None)),
])
def test_events_joint_patrols_borders_reopened_and_amnesties(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found and not any(c[:2] == "07" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    # what is sent or given here is no aid (070)
    ("Egypt sent a delegation to Israel for talks.", "en", ("EGY", "042", "ISRGOV")),
    ("L'Égypte a envoyé une délégation en Israël pour des pourparlers.", "fr",
     ("EGY", "042", "ISRGOV")),
    ("The Kenyan president sent a letter to his Ugandan counterpart.", "en",
     ("KENGOV", "040", "UGAGOV")),
    ("Le président kényan a envoyé une lettre à son homologue ougandais.", "fr",
     ("KENGOV", "040", "UGAGOV")),
    ("Iran sent a warning to the United States.", "en", ("IRN", "130", "USA")),
    ("L'Iran a envoyé un avertissement aux États-Unis.", "fr", ("IRN", "130", "USA")),
    ("Israel gave the green light for the operation in Rafah.", "en", ("ISR", "030", None)),
    ("Israël a donné son feu vert à l'opération à Rafah.", "fr", ("ISR", "030", None)),
    ("Poland granted permission for the transfer of tanks to Ukraine.", "en", ("POL", "080", "UKR")),
    ("La Pologne a donné son autorisation au transfert de chars vers l'Ukraine.", "fr",
     ("POL", "080", None)),
])
def test_events_things_sent_or_given_that_are_not_aid(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found and not any(c[:2] == "07" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    ("Japan offered an apology to South Korea.", "en", ("JPN", "055", "KOR")),
    ("The Dutch king issued an apology to Indonesia.", "en", ("NLDGOV", "055", "IDN")),
    ("Le roi des Pays-Bas a adressé des excuses à l'Indonésie.", "fr", ("NLDGOV", "055", "IDN")),
])
def test_events_apology_offered_or_issued(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found and not any(c == "030" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    # the tokenizers split `sit-in`
    ("Senegalese students staged a sit-in outside the ministry.", "en", ("SENEDU", "141", "SENGOV")),
    ("Des étudiants sénégalais ont observé un sit-in devant le ministère.", "fr",
     ("SENEDU", "141", "SENGOV")),
    # a strike launched by teachers is a labour strike, not a riot or an air strike
    ("Cameroonian teachers launched an indefinite strike.", "en", ("CMREDU", "143", "CMRGOV")),
    ("Les enseignants camerounais ont lancé une grève illimitée.", "fr",
     ("CMREDU", "143", "CMRGOV")),
    ("Jailed Bahraini activists launched a hunger strike.", "en", ("BHROPP", "142", "BHRGOV")),
])
def test_events_sit_ins_and_strikes_launched(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found and not any(c[:2] == "19" or c == "145" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    ("Poland requested information from Belarus about the missing soldiers.", "en"),
    ("La Pologne a demandé au Bélarus des informations sur les soldats disparus.", "fr"),
])
def test_events_information_requested(code, text, lang):
    assert ("POL", "0214", "BLR") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Human Rights Watch a protesté contre la décision du tribunal égyptien.", "fr"),
    ("Amnesty International protested against the Egyptian court's decision.", "en"),
])
def test_events_an_organisation_that_protests_criticises(code, text, lang):
    found = dyads(code, text, lang)
    assert [d for d in found if d[1] == "111" and d[2] == "EGYJUD"]
    assert not [d for d in found if d[1].startswith("14")]


@pytest.mark.parametrize("text, lang, expected", [
    # bodies with no country call on others: an appeal
    ("L'ONU a appelé à un dialogue entre l'Union africaine et la Cédéao.", "fr",
     ("IGOUNO", "026", "IGOAFRAFU")),
    # made to the parties named as its object, not the caller's own talks
    ("The UN urged the Sudanese parties to hold talks with the Rapid Support Forces.", "en",
     ("IGOUNO", "026", "SDN")),
])
def test_events_appeal_to_others_stays_an_appeal(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found and not [c for _, c, _ in found if c.startswith("03")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Anti-Japanese protesters rallied in Shanghai on Sunday.", "en", ("CHNOPP", "141", "JPN")),
    ("Des manifestants anti-japonais ont défilé dimanche à Shanghai.", "fr",
     ("CHNOPP", "141", "JPN")),
    ("Protesters burned Danish flags in Karachi.", "en", ("PAKOPP", "141", "DNK")),
    ("À Karachi, des manifestants ont brûlé des drapeaux danois.", "fr", ("PAKOPP", "141", "DNK")),
])
def test_events_protest_aimed_at_the_country_opposed(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Kenya's interior ministry urged residents to stay indoors.", "en",
     ("KENGOV", "020", "KENCVL")),
    ("Le gouvernement ougandais a vivement critiqué l'opposition.", "fr",
     ("UGAGOV", "111", "UGAOPP")),
    ("The Ghanaian government accepted demands from the unions.", "en", ("GHAGOV", "083", "GHALAB")),
])
def test_events_state_acting_on_people_of_no_named_country_acts_on_its_own(code, text, lang,
                                                                          expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    (("Le ministre ghanéen et son homologue togolais ont évoqué la sécurité dans le golfe de "
     "Guinée."), "fr"),
    (("Les chefs de la diplomatie du Ghana et du Togo ont passé en revue la coopération "
     "frontalière."), "fr"),
    ("The foreign ministers of Ghana and Togo reviewed border cooperation.", "en"),
    ("The Ghanaian minister explored with his Togolese counterpart ways to expand trade.", "en"),
])
def test_events_what_two_sides_go_over_is_a_consultation(code, text, lang):
    found = dyads(code, text, lang)
    assert ("GHAGOV", "040", "TGOGOV") in found and ("TGOGOV", "040", "GHAGOV") in found


@pytest.mark.parametrize("text, lang", [
    ("Le ministre ghanéen a évoqué la situation au Togo.", "fr"),
    ("The Ghanaian minister reviewed the situation in Togo.", "en"),
])
def test_events_what_one_side_goes_over_is_no_consultation(code, text, lang):
    coded = code(text, lang=lang)
    assert any(m.actor.code == "GHAGOV" for m in coded.mentions)  # the speaker is known
    assert not [e for e in coded.events if e.code.startswith("04")]


@pytest.mark.parametrize("text, lang", [
    (("Le président ghanéen s'est entretenu au téléphone avec son homologue togolais. Les deux "
     "présidents ont passé en revue la situation régionale."), "fr"),
    (("Ghana's president spoke by phone with his Togolese counterpart. The two presidents "
     "reviewed the regional situation."), "en"),
])
def test_events_talks_told_after_the_meeting_are_that_meeting(code, text, lang):
    events = code(text, lang=lang).events
    assert {e.sentence_index for e in events if e.code[:2] == "04"} == {0}
    assert ("GHAGOV", "041", "TGOGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # an intent to do an act of a finer code takes the matching finer intent code
    ("La Belgique va fournir des obus à l'Ukraine.", "fr", ("BEL", "0332", "UKR")),
    ("Le Hezbollah a promis de libérer les soldats israéliens.", "fr",
     ("LBNREB", "0353", "ISRMIL")),
    ("Londres envisage de lever les sanctions contre Damas.", "fr", ("GBRGOV", "0354", "SYRGOV")),
])
def test_events_intent_takes_the_finer_code_of_the_act(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # the subject receives, the `de` complement gives
    ("Le Tchad a reçu une aide humanitaire du Qatar.", "fr", ("QAT", "073", "TCD")),
    ("La Moldavie a reçu des armes de la Roumanie.", "fr", ("ROU", "072", "MDA")),
    ("Le Sénégal a reçu un prêt du Japon.", "fr", ("JPN", "071", "SEN")),
])
def test_events_aid_received_from_a_giver(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found and not any(c[:3] in ("042", "043") for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    ("Des combattants du Hezbollah ont attaqué une patrouille de l'armée israélienne.", "fr",
     ("LBNREB", "190", "ISRMIL")),
    ("Des éléments de Boko Haram ont enlevé des élèves nigérians.", "fr",
     ("NGAREB", "181", "NGAEDU")),
])
def test_events_fighters_of_a_group_act_as_the_group(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("L'armée turque a neutralisé quatre terroristes du PKK.", "fr", ("TURMIL", "190", "TURREBKUR")),
    ("La Banque africaine de développement a approuvé un financement pour le Bénin.", "fr",
     ("IGOAFRDEVAFB", "071", "BEN")),
    ("Le Japon a envoyé des équipes de secours au Népal.", "fr", ("JPN", "073", "NPL")),
    ("Bagdad a annoncé le rétablissement de ses relations avec Damas.", "fr",
     ("IRQGOV", "050", "SYRGOV")),
    ("La junte nigérienne a ordonné le départ des soldats français.", "fr",
     ("NERGOV", "1056", "FRAMIL")),
    ("Les étudiants burkinabè ont exigé le départ des troupes françaises.", "fr",
     ("BFAEDU", "1056", "FRAMIL")),
    ("Le Nigeria a menacé d'intervenir militairement au Bénin.", "fr", ("NGA", "138", "BEN")),
])
def test_events_frequent_wire_phrasings_fr(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, dropped", [
    # what is denied did not happen: no rejection of it either
    ("Le Quai d'Orsay a démenti toute négociation avec Bamako.", "fr", ("04", "12")),
    ("Le Burundi a nié avoir attaqué le Rwanda.", "fr", ("19",)),
])
def test_events_denied_act_is_no_event(code, text, lang, dropped):
    found = dyads(code, text, lang)
    assert any(c == "016" for _, c, _ in found), found
    assert not any(c[:2] in dropped for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    # who takes part in a meeting meets the body that holds it, which does not act itself
    ("Le Premier ministre kazakh a pris part au sommet de l'OCS.", "fr",
     ("KAZGOV", "040", "IGOSCO")),
    ("Le chef de la diplomatie jordanienne a participé à une réunion de la Ligue arabe.", "fr",
     ("JORGOV", "040", "IGOMEAARL")),
])
def test_events_taking_part_in_a_meeting(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found and not any(s == expected[2] for s, _, _ in found), found


def test_events_national_security_council_is_not_the_un_one(code):
    text = "Le président algérien a présidé une réunion du Haut Conseil de sécurité."
    found = dyads(code, text, "fr")
    assert not any("IGOUNO" in (s or "") + (t or "") for s, _, t in found), found
    council = [m.actor for m in code(text, lang="fr").mentions if "Conseil" in m.actor.text]
    assert [a.roles for a in council] == [["GOV"]] and not (council[0].code or "").startswith("IGO")


@pytest.mark.parametrize("text, lang, expected", [
    ("La Géorgie a gelé sa participation à la Communauté des États indépendants.", "fr",
     ("GEO", "160", "IGOCASCIS")),
    # a decision announced is the act itself, not an intent
    ("Le Gabon a décidé de rappeler son ambassadeur au Cameroun.", "fr", ("GAB", "161", "CMR")),
])
def test_events_relations_reduced_by_decision(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # `ont` tagged AUX yet heading the clause, its participle read as an adverb
    ("Les autorités russes ont expulsé un journaliste britannique.", "fr",
     ("RUSGOV", "174", "GBRMED")),
    ("Le Maroc a réitéré son soutien au gouvernement libyen.", "fr", ("MAR", "051", "LBYGOV")),
    ("L'Union européenne a accordé le statut de candidat à la Géorgie.", "fr",
     ("IGOEUREEC", "051", "GEO")),
    ("Londres a dépêché un porte-avions en mer Rouge.", "fr", ("GBRGOV", "154", None)),
    ("La marine russe a effectué des manœuvres en mer Baltique.", "fr", ("RUS", "150", None)),
])
def test_events_more_wire_phrasings_fr(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_approximate_count_heads_the_actor_phrase(code):
    # `une trentaine de civils maliens` names Malian civilians
    found = dyads(code, "L'armée burkinabè a tué une trentaine de civils maliens.", "fr")
    assert ("BFAMIL", "190", "MLICVL") in found, found


@pytest.mark.parametrize("text, lang, expected", [
    ("L'armée israélienne a mené un raid contre le Hezbollah.", "fr", ("ISRMIL", "190", "LBNREB")),
    ("Le chef de l'État serbe a haussé le ton contre le Kosovo.", "fr", ("SRBGOV", "111", "XKX")),
    ("Le Premier ministre roumain a passé un appel téléphonique au chancelier allemand.", "fr",
     ("ROUGOV", "041", "DEUGOV")),
    ("Le président kenyan a eu un entretien téléphonique avec son homologue somalien.", "fr",
     ("KENGOV", "041", "SOMGOV")),
    # the subject of `intensifier` does the strikes it steps up
    ("La Turquie a intensifié ses frappes aériennes contre le PKK.", "fr",
     ("TUR", "195", "TURREBKUR")),
])
def test_events_raids_calls_and_tone_fr(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Le Qatar et l'Égypte ont joué un rôle de médiation entre le Soudan et le Tchad.", "fr"),
    ("Qatar and Egypt mediated between Sudan and Chad.", "en"),
])
def test_events_two_mediators_do_not_mediate_each_other(code, text, lang):
    found = dyads(code, text, lang)
    assert {("QAT", "045", "SDN"), ("EGY", "045", "TCD")} <= found
    assert not {("QAT", "045", "EGY"), ("EGY", "045", "QAT")} & found


@pytest.mark.parametrize("text, lang, expected", [
    ("The Kremlin said Washington's decision was a serious mistake.", "en",
     ("RUSGOV", "111", "USAGOV")),
    ("Turkey said the Greek move was a provocation.", "en", ("TUR", "111", "GRC")),
    ("Pékin a déclaré que la décision américaine était inacceptable.", "fr",
     ("CHNGOV", "111", "USA")),
])
def test_events_speech_that_condemns_an_actors_act_is_criticism(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Egypt said the situation in Gaza was dire.", "en"),
    ("L'Égypte a déclaré que la situation à Gaza était catastrophique.", "fr"),
    ("Turkey said the Greek move was not a provocation.", "en"),
])
def test_events_speech_about_no_ones_act_or_negated_is_no_criticism(code, text, lang):
    coded = code(text, lang=lang)
    assert {m.actor.code for m in coded.mentions} & {"EGY", "TUR"}  # the speaker is known
    assert not [e for e in coded.events if e.code.startswith("11")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Turkey's foreign ministry branded the Swedish decision a provocation.", "en",
     ("TURGOV", "111", "SWE")),
])
def test_events_judgement_as_a_second_object(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Tehran called on Gulf states to cut ties with Israel.", "en"),
    ("Tehran urged Gulf states to sever relations with Israel.", "en"),
])
def test_events_appeal_made_to_others_is_no_intent_of_the_caller(code, text, lang):
    found = dyads(code, text, lang)
    assert any(c.startswith("02") and s == "IRNGOV" for s, c, _ in found)
    assert not any(c.startswith("03") for _, c, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    ("La France a condamné la détention de deux ressortissants français en Iran.", "fr",
     ("FRA", "111", "IRNGOV")),
    ("Britain condemned the detention of a British national in Iran.", "en",
     ("GBR", "111", "IRNGOV")),
])
def test_events_reaction_to_an_arrest_is_aimed_at_the_state_it_was_made_in(code, text, lang,
                                                                          expected):
    assert expected in dyads(code, text, lang)


def test_events_act_of_a_decision_is_done_by_its_owner(code):
    found = dyads(code, "Moscow criticised Washington's decision to deliver missiles to Ukraine.",
                  "en")
    assert ("USAGOV", "072", "UKR") in found and ("RUSGOV", "111", "USAGOV") in found
    assert not any(s == "RUSGOV" and c == "072" for s, c, _ in found)


def test_events_violations_of_an_accord_denounced_are_criticised(code):
    found = dyads(code, "Le Caire a dénoncé les violations israéliennes de l'accord de trêve.",
                  "fr")
    assert ("EGYGOV", "111", "ISR") in found
    assert not any(c.startswith("16") or c == "127" for _, c, _ in found)


@pytest.mark.parametrize("text, lang", [
    ("Une délégation du Hamas s'est rendue au Caire pour des consultations.", "fr"),
    ("A delegation of Hamas arrived in Cairo for consultations.", "en"),
])
def test_events_a_delegation_acts_for_whom_it_represents(code, text, lang):
    assert ("PSEREB", "042", "EGYGOV") in dyads(code, text, lang)


def test_events_a_meeting_co_chaired_is_held(code):
    found = dyads(code, "Le vice-Premier ministre tchadien a coprésidé avec son homologue "
                        "nigérien la réunion de la commission mixte.", "fr")
    assert ("TCDGOV", "040", "NERGOV") in found and ("NERGOV", "040", "TCDGOV") in found


@pytest.mark.parametrize("text, lang, expected", [
    ("L'état-major indien a envoyé trois frégates dans l'océan Indien.", "fr", ("INDMIL", "154", None)),
    ("Le Kremlin a ordonné la mobilisation de plusieurs milliers de réservistes.", "fr",
     ("RUSGOV", "154", None)),
    ("La marine grecque a entamé des manœuvres en mer Egée.", "fr", ("GRC", "150", None)),
    ("L'armée marocaine a procédé à un exercice avec tirs réels dans le désert.", "fr",
     ("MARMIL", "150", None)),
    # the object's complement reached at the object's level (`en état d'alerte` hung on it)
    ("L'armée chinoise a placé ses unités en état d'alerte.", "fr", ("CHNMIL", "152", None)),
])
def test_events_force_posture_fr(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert any(s == expected[0] and c == expected[1] for s, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    ("Le président kényan s'est dit inquiet de la situation au Soudan.", "fr",
     ("KENGOV", "012")),
    ("La présidence tunisienne s'est abstenue de tout commentaire.", "fr", ("TUNGOV", "011")),
    ("Le chef de la diplomatie égyptienne a exprimé son regret face à la décision d'Addis-Abeba.",
     "fr", ("EGYGOV", "110")),
    ("L'Union africaine a plaidé pour un règlement politique de la crise.", "fr",
     ("IGOAFRAFU", "027")),
])
def test_events_statements_and_appeals_fr(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert any((s, c) == expected for s, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    ("Le président angolais a sommé le Rwanda de retirer ses troupes.", "fr",
     ("AGOGOV", "1056", "RWA")),
    ("Le chancelier allemand a exhorté l'Occident à accélérer les livraisons d'armes à Kiev.",
     "fr", ("DEUGOV", "0232", None)),
    ("Les Etats-Unis entendent maintenir les sanctions contre le Venezuela.", "fr",
     ("USA", "163", "VEN")),
    ("La Corée du Nord a menacé de fermer le détroit.", "fr", ("PRK", "1381", None)),
])
def test_events_demands_and_sanctions_fr(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # offering to mediate is 039 (intent.tsv: 045 -> 039)
    ("La Turquie s'est proposée de jouer les médiateurs entre l'Ethiopie et la Somalie.", "fr",
     {("TUR", "039", "ETH"), ("TUR", "039", "SOM")}),
    # `compte`, the model's lemma of the present, is an intent word
    ("Le gouvernement malien compte rouvrir le dialogue avec l'opposition.", "fr",
     {("MLIGOV", "036", "MLIOPP")}),
    ("Les rebelles du M23 se sont dits disposés à dialoguer avec Kinshasa.", "fr",
     {("CODREB", "036", "CODGOV")}),
    ("Le Portugal se déclare prêt à accueillir des réfugiés soudanais.", "fr",
     {("PRT", "033", "SDNREF")}),
])
def test_events_intents_fr(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected <= found, found


def test_events_participle_before_a_participle_of_its_object_fr(code):
    # `expulsé` tagged an adverb, `a` read as the auxiliary of `accusé`
    found = dyads(code, "Le Canada a expulsé un diplomate chinois accusé d'ingérence.", "fr")
    assert ("CAN", "161", "CHNGOV") in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # the possessive owns the troops; `du Tchad` is where they leave
    ("La France a retiré ses troupes du Tchad.", "fr", ("FRA", "0874", "TCD")),
    ("Le gouvernement togolais a interdit les rassemblements du parti de l'opposition.", "fr",
     ("TGOGOV", "1721", None)),
    ("Le président sénégalais a annoncé l'interdiction de manifester à Dakar.", "fr",
     ("SENGOV", "1721", None)),
    ("Le gouvernement néerlandais a annoncé la suspension des exportations d'armes vers Israël.",
     "fr", ("NLDGOV", "1622", "ISR")),
    ("Pyongyang a rompu tout contact avec Séoul.", "fr", ("PRKGOV", "161", "KORGOV")),
    ("Le Premier ministre somalien a demandé à l'Ethiopie de retirer ses troupes.", "fr",
     ("SOMGOV", "0256", "ETH")),
    ("Le président libanais a exigé la fin de l'agression israélienne.", "fr",
     ("LBNGOV", "1056", "ISR")),
])
def test_events_withdrawals_bans_and_appeals_fr(code, text, lang, expected):
    found = dyads(code, text, lang)
    if expected[2] is None:
        assert any(f[:2] == expected[:2] for f in found), found
    else:
        assert expected in found, found


@pytest.mark.parametrize("text, lang", [
    ("Le président angolais est arrivé à Brazzaville à l'invitation de son homologue congolais.",
     "fr"),
    ("Le chef de l'Etat ghanéen effectue une visite au Togo à l'invitation du président togolais.",
     "fr"),
])
def test_events_at_the_invitation_of_frames_a_visit_fr(code, text, lang):
    found = dyads(code, text, lang)
    assert any(c == "042" for _, c, _ in found), found
    assert not any(c == "036" for _, c, _ in found), found


def test_events_present_tagged_future_is_present_fr(code):
    # the model tags `effectue` Tense=Fut; its ending says present
    found = code("Le ministre tunisien effectue une visite officielle en Libye.", lang="fr").events
    visits = [e for e in found if e.code == "042"]
    assert visits and visits[0].modality is None, [(e.code, e.modality) for e in found]


@pytest.mark.parametrize("text, lang, expected", [
    # the nationality of the means (a drone, itself no actor) names who struck
    ("Une frappe de drone turque a tué deux combattants du PKK.", "fr", ("TUR", "195")),
    ("Une frappe de drone américaine a visé un chef jihadiste en Somalie.", "fr", ("USA", "19")),
])
def test_events_strike_by_the_nationality_of_its_means_fr(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert any(s == expected[0] and c.startswith(expected[1]) for s, c, _ in found), found


def test_events_readiness_to_work_with_another_is_intent_to_cooperate_fr(code):
    assert ("CHN", "030", "USA") in dyads(
        code, "La Chine est disposée à travailler avec les États-Unis.", "fr")


@pytest.mark.parametrize("text, expected", [
    ("Tehran hit back at France after the French minister's remarks.", ("IRNGOV", "111", "FRA")),
    ("Seoul voiced strong regret over Tokyo's claim to the disputed islets.",
     ("KORGOV", "110", "JPNGOV")),
    ("Japan expressed regret at China's decision to halt seafood imports.", ("JPN", "110", "CHN")),
    ("Morocco resumed diplomatic relations with Israel in 2020.", ("MAR", "050", "ISR")),
    ("The Turkish army launched an operation against Kurdish militants in northern Iraq.",
     ("TURMIL", "190", "IRQINS")),
])
def test_events_wire_idioms_of_retort_regret_ties_and_operations(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_regret_for_ones_own_act_stays_an_apology(code):
    found = dyads(code, "The Tunisian president expressed regret for the incident.", "en")
    assert ("TUNGOV", "055", None) in found and not [d for d in found if d[1] == "110"]


@pytest.mark.parametrize("text", [
    "Tehran denied supplying drones to Moscow.",
    "Tehran denied having supplied drones to Moscow.",
    "Tehran denied that it had supplied drones to Moscow.",
])
def test_events_an_act_denied_is_no_refusal(code, text):
    found = dyads(code, text, "en")
    assert ("IRNGOV", "016", None) in found and not [d for d in found if d[1][:2] in ("07", "12")]


def test_events_an_aid_refused_is_still_a_refusal(code):
    assert ("RUS", "1222", "UKR") in dyads(code, "Russia refused to supply weapons to Ukraine.", "en")


@pytest.mark.parametrize("text, expected, absent", [
    ("Niger severed diplomatic ties with Ukraine.", ("NER", "161", "UKR"), ("UKR", "161", "NER")),
    ("Mali cut ties with Kyiv over its alleged role in a rebel attack.",
     ("MLI", "161", "UKRGOV"), ("UKRGOV", "161", "MLI")),
])
def test_events_ties_cut_by_one_side_are_not_mirrored(code, text, expected, absent):
    found = dyads(code, text, "en")
    assert expected in found and absent not in found, found


def test_events_ties_cut_by_coordinated_sides_go_both_ways(code):
    found = dyads(code, "Qatar and Bahrain broke off relations in 2017.", "en")
    assert {("QAT", "161", "BHR"), ("BHR", "161", "QAT")} <= found


def test_events_a_past_participle_of_a_noun_is_not_the_clause_subjects_act(code):
    found = dyads(code, "Germany deported 28 Afghan nationals convicted of crimes.", "en")
    assert ("DEU", "174", "AFG") in found and not [d for d in found if d[1] == "116"]


@pytest.mark.parametrize("text, expected", [
    ("Moscow handed a note of protest to the Latvian ambassador.", ("RUSGOV", "114", "LVAGOV")),
    ("Tokyo delivered a protest note to the Chinese embassy.", ("JPNGOV", "114", "CHNGOV")),
    ("The European Commission opened legal proceedings against Poland over the reform.",
     ("IGOEUREECGOV", "115", "POL")),
    ("Mexico took legal action against American gun makers.", ("MEX", "115", "USA")),
    ("Nicaragua suspended the activities of dozens of charities.", ("NIC", "172", "NICCVL")),
    ("Turkish jets pounded militant hideouts in northern Iraq.", ("TURMIL", "190", "IRQINS")),
    ("The Sudanese army recaptured the town from the rebels.", ("SDNMIL", "192", "SDNREB")),
    ("Russian troops pulled out of Kherson.", ("RUSMIL", "0874", None)),
])
def test_events_protest_notes_proceedings_suspensions_and_force(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Erdogan branded Israel a terrorist state.", ("TURGOV", "111", "ISR")),
    ("The Iranian president branded Washington a rogue regime.", ("IRNGOV", "111", "USAGOV")),
    ("Xi called Putin a dear friend.", ("CHNGOV", "051", "RUSGOV")),
])
def test_events_a_judgement_parsed_as_a_second_object(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, refused", [
    ("The United States vetoed a draft urging a pause in the fighting in Sudan.", "02"),
    ("Hungary blocked an EU statement criticising Beijing.", "11"),
])
def test_events_what_a_vetoed_or_blocked_text_says_is_not_the_blockers(code, text, refused):
    found = dyads(code, text, "en")
    assert [d for d in found if d[1][:2] == "12"] and not [d for d in found if d[1][:2] == refused]


@pytest.mark.parametrize("text, expected", [
    ("Hungary blocked new EU sanctions against Russia.", ("HUN", "120", "IGOEUREEC")),
    ("Ankara blocked the agreement with the European Union.", ("TURGOV", "120", "IGOEUREEC")),
])
def test_events_blocking_a_decision_rejects_it(code, text, expected):
    found = dyads(code, text, "en")
    assert expected in found and not [d for d in found if d[1] == "144"], found


@pytest.mark.parametrize("text", [
    "Protesters set fire to the Swedish embassy in Baghdad.",
    "Demonstrators marched on the US embassy in Baghdad.",
])
def test_events_crowds_at_an_embassy_are_not_of_its_country(code, text):
    found = dyads(code, text, "en")
    assert not [d for d in found if d[0] in ("SWEOPP", "USAOPP")], found


def test_events_a_phone_call_received_goes_both_ways(code):
    found = dyads(code, "Qatar's emir received a phone call from the French president.", "en")
    assert {("QATGOV", "041", "FRAGOV"), ("FRAGOV", "041", "QATGOV")} <= found, found


@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan returned 32 Armenian prisoners on Wednesday.", ("AZE", "0841", "ARMCRM")),
    ("Hamas handed over two Israeli hostages to the Red Cross.", ("PSEREB", "0841", "ISRCVL")),
    ("Greece and Turkey vowed to improve ties.", ("GRC", "032", "TUR")),
    ("Tokyo protested to Beijing over the detention of a Japanese businessman.",
     ("JPNGOV", "114", "CHN")),
])
def test_events_prisoners_returned_ties_improved_and_protests_lodged(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_a_fronted_source_phrase_is_no_coordinated_subject(code):
    found = dyads(code, "According to the state news agency, Iranian forces arrested two "
                        "Israeli spies.", "en")
    assert found == {("IRNMIL", "173", "ISRSPY")}, found


@pytest.mark.parametrize("text, expected", [
    ("Iran hanged two men convicted of blasphemy.", ("IRN", "186", "IRNCVL")),
    ("The Iranian judiciary freed a French national on humanitarian grounds.",
     ("IRNJUD", "0841", "FRA")),
    ("Moscow withdrew from the grain deal in July.", ("RUSGOV", "160", None)),
    ("Russia cut off gas supplies to Moldova.", ("RUS", "163", "MDA")),
    ("Moscow halted gas deliveries to Bulgaria.", ("RUSGOV", "163", "BGR")),
    ("North Korea has shipped artillery shells to Russia.", ("PRK", "072", "RUS")),
    ("Russia threatened to cut off gas supplies to Moldova.", ("RUS", "1312", "MDA")),
    ("Vietnam protested China's deployment of an oil rig.", ("VNM", "114", "CHN")),
    ("The Indian foreign minister is on a two-day visit to Moscow.", ("INDGOV", "042", "RUSGOV")),
    ("India retaliated by expelling a Canadian diplomat.", ("IND", "161", "CANGOV")),
])
def test_events_executions_releases_supplies_threats_visits(code, text, expected):
    found = dyads(code, text, "en")
    assert expected in found, found


def test_events_a_statement_released_is_no_release(code):
    found = dyads(code, "Tokyo released a statement welcoming the deal between the two Koreas.",
                  "en")
    assert not [d for d in found if d[1].startswith("084")], found


def test_events_flying_a_plane_is_no_visit(code):
    found = dyads(code, "The United States will train Ukrainian pilots to fly F-16s.", "en")
    assert not [d for d in found if d[1] == "042"], found


def test_events_a_general_act_done_by_a_specific_one_is_the_specific_one(code):
    found = dyads(code, "India retaliated by expelling a Canadian diplomat.", "en")
    assert not [d for d in found if d[1][:2] == "19"], found


def test_events_people_protesting_stay_protesters(code):
    found = dyads(code, "Thousands of Israelis protested against the government.", "en")
    assert [d for d in found if d[1] == "141"] and not [d for d in found if d[1] == "114"]


@pytest.mark.parametrize("text, expected", [
    ("China lodged solemn representations with the United States over the chip curbs.",
     ("CHN", "114", "USA")),
    ("Beijing made stern representations to Seoul over the remarks.", ("CHNGOV", "114", "KOR")),
    ("Burkina Faso's junta kicked out the French ambassador.", ("BFAGOV", "161", "FRAGOV")),
    ("Moscow closed the Estonian consulate in Pskov.", ("RUSGOV", "161", "ESTGOV")),
    ("South Africa filed a genocide case against Israel at the World Court.", ("ZAF", "115", "ISR")),
    ("Poland shut its border crossings with Belarus.", ("POL", "191", "BLR")),
    ("Azerbaijan freed four Armenian soldiers as a goodwill gesture.", ("AZE", "0841", "ARMMIL")),
    ("China stands ready to work with Pakistan to deepen cooperation.", ("CHN", "030", "PAK")),
])
def test_events_representations_expulsions_cases_and_borders(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_a_past_tense_read_as_a_participle_of_the_root_noun(code):
    # the parser reads `The IAEA called` as a noun phrase with a participle
    assert ("IGOUNOIAE", "020", "IRN") in dyads(code, "The IAEA called on Iran to cooperate.", "en")


def test_events_a_country_that_blocks_does_not_complain(code):
    found = dyads(code, "Hungary blocked the shipment at the border.", "en")
    assert not [d for d in found if d[1] == "114"], found


@pytest.mark.parametrize("text, expected", [
    ("The State Department reprimanded Israel over settler violence.", ("USAGOV", "111", "ISR")),
    ("China expressed strong dissatisfaction with the Dutch export curbs.", ("CHN", "110", "NLD")),
    ("Tokyo voiced displeasure over the Russian leader's trip to the islands.",
     ("JPNGOV", "110", "RUSGOV")),
    ("Pakistan took exception to India's remarks on Kashmir.", ("PAK", "110", "IND")),
    ("The United States returned seized Iranian assets.", ("USA", "0842", "IRN")),
])
def test_events_reprimands_displeasure_and_assets_returned(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected", [
    ("The French president called his Iranian counterpart on Tuesday.", ("FRAGOV", "041", "IRNGOV")),
    ("Macron called Putin on Friday.", ("RUSGOV", "041", "FRAGOV")),
    ("Israel's decision drew criticism from Turkey.", ("TUR", "111", "ISR")),
    ("The move drew condemnation from Beijing.", ("CHN", "111", None)),
    ("ECOWAS threatened military intervention in Niger.", ("IGOWAFWAS", "138", "NER")),
    ("The EU agreed new sanctions against Iran.", ("IGOEUREEC", "163", "IRN")),
    ("The Red Cross delivered medical supplies to Gaza.", ("NGOHLHIRC", "073", "PSE")),
    ("Russia, China sign energy deal", ("CHN", "057", "RUS")),
])
def test_events_calls_drawn_criticism_threats_and_headline_lists(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_a_call_on_a_weekday_is_no_appeal(code):
    found = dyads(code, "Macron called Putin on Friday.", "en")
    assert not [d for d in found if d[1][:2] == "02"], found


@pytest.mark.parametrize("text, expected", [
    ("Kenya's opposition accused the government of rigging the vote.", ("KENOPP", "1121", "KENGOV")),
    ("Zimbabwean opposition leaders criticised the government.", ("ZWEOPP", "111", "ZWEGOV")),
])
def test_events_a_domestic_actor_acts_on_its_own_government(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_put_under_house_arrest(code):
    found = dyads(code, "Iran put two British nationals under house arrest.", "en")
    assert ("IRN", "173", "GBR") in found, found


@pytest.mark.parametrize("text, expected", [
    ("Israeli troops came under fire from Hezbollah.", ("LBNREB", "190", "ISRMIL")),
    ("Turkish soldiers came under attack from the PKK.", ("TURREBKUR", "190", "TURMIL")),
    ("China raised tariffs on Australian wine.", ("CHN", "163", "AUS")),
    ("Washington restricted exports of advanced chips to China.", ("USAGOV", "163", "CHN")),
    ("Tokyo tightened export controls on Seoul.", ("JPNGOV", "163", "KORGOV")),
    ("Islamabad and Beijing vowed to deepen their friendship.", ("PAKGOV", "032", "CHNGOV")),
    ("Russia sent frigates to Cuba.", ("RUS", "154", "CUB")),
])
def test_events_fire_from_tariffs_exports_friendship_and_warships(code, text, expected):
    # under fire or attack from X: X is the source, the subject the target
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Niger, Mali and Burkina Faso quit ECOWAS.", ("MLI", "160", "IGOWAFWAS")),
    ("Russia exited the Council of Europe.", ("RUS", "160", "IGOEURCOE")),
    ("North Korea scrapped its military pact with South Korea.", ("PRK", "160", "KOR")),
    ("The United States terminated a nuclear treaty with Russia.", ("USA", "160", "RUS")),
    ("Chinese President Xi Jinping is expected to visit Serbia next month.",
     ("CHNGOV", "036", "SRBGOV")),
])
def test_events_organisations_left_treaties_scrapped_and_expected_visits(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_a_leader_who_quits_resigns(code):
    assert ("PAKGOV", "0831", None) in dyads(code, "Pakistan's prime minister quit on Monday.", "en")


def test_events_an_act_urged_on_a_passive_subject_is_not_done(code):
    assert not dyads(code, "Hamas was urged to release the hostages.", "en")


def test_events_any_act_is_no_act(code):
    found = dyads(code, "Iran said it would respond decisively to any Israeli attack.", "en")
    assert not [d for d in found if d[0] == "ISR"], found


@pytest.mark.parametrize("text, expected", [
    ("Hezbollah vowed revenge for the killing of its commander.", ("LBNREB", "138", None)),
    ("Pakistan vowed to avenge the killing of its soldiers.", ("PAK", "138", None)),
])
def test_events_revenge_vowed_is_a_threat_of_force(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_member_suspended_from_a_bodys_activities_is_a_reduction_of_relations(code):
    assert ("IGOAFRAFU", "160", "MLI") in dyads(
        code, "The African Union suspended Mali from all its activities after the coup.", "en")


def test_events_refusing_anothers_offer_is_not_the_offerers_refusal(code):
    found = dyads(code, "Moscow rejected Washington's offer to resume talks.", "en")
    assert any(s == "RUSGOV" and c.startswith("12") for s, c, _ in found)
    assert not any(s == "USAGOV" and c.startswith("12") for s, c, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    ("The EU imposed anti-Russian sanctions.", "en", ("IGOEUREEC", "163", "RUS")),
    ("Iran called on Monday for talks with the United States.", "en", ("IRN", "036", "USA")),
])
def test_events_prefixed_country_alone_and_time_after_call_on(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Le gouvernement kényan a accueilli des réfugiés somaliens à Dadaab.", "fr"),
    ("The Kenyan government welcomed the refugees.", "en"),
])
def test_events_refugees_a_state_receives_are_not_its_own(code, text, lang):
    assert not any((t or "").endswith("REF") and (t or "").startswith("KEN")
                   for _, _, t in dyads(code, text, lang))


def test_events_a_hypothetical_meeting_does_not_take_a_later_real_one(code):
    events = code("Macron pourrait rencontrer Poutine en mai. Lundi, les présidents français et "
                  "russe ont évoqué la guerre.", lang="fr").events
    assert any(e.sentence_index == 1 and e.code == "040" and e.modality is None for e in events)


@pytest.mark.parametrize("text", [
    "Russian and Belarusian troops went over the border into Ukraine.",
    "Russian and Chinese warships explored the Arctic waters.",
    "Kenyan and Ugandan officials reviewed the damage caused by the floods.",
])
def test_events_going_over_things_is_no_consultation(code, text):
    coded = code(text, lang="en")
    assert len({m.actor.country for m in coded.mentions if m.actor.country}) >= 2
    assert not [e for e in coded.events if e.code.startswith("04")]


def test_events_criticism_of_drills_by_named_sides_aims_at_them(code):
    # the parser hangs `by X` on the verb, not on the act noun it belongs to
    found = dyads(code, "Pyongyang's state media condemned the naval exercises by Japan and "
                  "the United States.", "en")
    assert {"JPN", "USA"} <= {t for s, c, t in found if c[:2] == "11"}, found


@pytest.mark.parametrize("text, expected", [
    ("Niger's junta cut diplomatic relations with Kyiv.", ("NERGOV", "161", "UKRGOV")),
    ("Moldova froze negotiations with Moscow on gas transit.", ("MDA", "164", "RUSGOV")),
    ("Kosovo paused talks with Serbia.", ("XKX", "164", "SRB")),
    ("Belarusian riot police broke up a rally by opposition supporters in Minsk.",
     ("BLRCOP", "175", "BLROPP")),
    ("Sri Lanka sought financing from the International Monetary Fund.",
     ("LKA", "0231", "IGOBUSIMF")),
])
def test_events_relations_cut_talks_frozen_rallies_broken_up_financing_sought(code, text,
                                                                             expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected, lang", [
    ("A Fatah delegation was in Cairo for talks with Egyptian intelligence officials.",
     ("PSE", "04"), "en"),
    (("Le chef de la diplomatie tchadienne est arrivé à Paris pour des entretiens avec les "
      "autorités françaises."), ("TCDGOV", "04"), "fr"),
])
def test_events_come_for_talks_the_subject_talks(code, text, expected, lang):
    found = dyads(code, text, lang)
    assert any(s and s.startswith(expected[0]) and c[:2] == expected[1] for s, c, t in found), \
        found


@pytest.mark.parametrize("text, lang", [
    ("Ankara condemned the murder of a Turkish journalist in Sweden.", "en"),
    ("Le Niger a condamné l'assassinat d'un chef coutumier nigérien.", "fr"),
])
def test_events_a_reaction_to_a_killing_is_not_aimed_at_the_victim(code, text, lang):
    found = dyads(code, text, lang)
    assert [c for s, c, t in found if c[:2] == "11"], found
    assert not [t for s, c, t in found if c[:2] == "11" and t and t[:3] in ("TUR", "NER")], \
        found


def test_events_a_reaction_to_an_attack_of_a_doer_is_aimed_at_it(code):
    assert ("TCD", "111", "SDNMIL") in dyads(
        code, "Le Tchad a condamné les frappes de l'armée soudanaise.", "fr")


@pytest.mark.parametrize("text, expected, lang", [
    ("Kenya's president met Donald Trump in Washington. He urged him to back the Haiti mission.",
     ("KENGOV", "020", "USAGOV"), "en"),
    ("Erdogan met Sweden's prime minister in Ankara. He urged him to back the Haiti mission.",
     ("TURGOV", "02", "SWEGOV"), "en"),
])
def test_events_pronouns_after_a_meeting_are_its_subject_and_the_other_party(code, text,
                                                                            expected, lang):
    # `He` is the main subject of the sentence before; `him` the other person it named
    found = dyads(code, text, lang)
    assert expected in {(s, c[:len(expected[1])], t) for s, c, t in found}, found


def test_events_a_sentence_naming_no_actor_is_coded_by_its_pronouns(code):
    found = dyads(code, "Ghana's president met Nigeria's president in Abuja. He urged him to act.",
                  "en")
    assert ("GHAGOV", "020", "NGAGOV") in found, found


@pytest.mark.parametrize("text, expected, lang", [
    ("Seoul said that Pyongyang was responsible for the cyberattack.",
     ("KORGOV", "112", "PRKGOV"), "en"),
    ("Bamako a affirmé que l'Algérie était responsable de l'incident.",
     ("MLIGOV", "112", "DZA"), "fr"),
])
def test_events_saying_an_actor_is_to_blame_accuses_it(code, text, expected, lang):
    assert expected in dyads(code, text, lang)


def test_events_saying_an_actor_is_not_to_blame_accuses_no_one(code):
    found = dyads(code, "Seoul said that Pyongyang was not responsible for the outage.", "en")
    assert not [c for s, c, t in found if c[:2] == "11"], found


@pytest.mark.parametrize("text, expected", [
    ("Hungary's foreign minister attacked Ukraine's president over his remarks on minorities.",
     ("HUNGOV", "111", "UKRGOV")),
    ("A Chinese spokeswoman said Manila's accusations were groundless.",
     ("CHNGOV", "111", "PHLGOV")),
])
def test_events_verbal_attacks_and_claims_called_groundless_criticise(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Moscow revoked the accreditation of a German broadcaster.", ("RUSGOV", "172", "DEUMED")),
    ("Israel barred Amnesty International's chief from entering the country.",
     ("ISR", "172", "NGOHRIAMN")),
    ("Belarus denied entry to a Polish journalist.", ("BLR", "172", "POLMED")),
])
def test_events_permits_revoked_and_entry_denied_are_administrative_sanctions(code, text,
                                                                             expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected", [
    ("The talks between Turkish and Greek officials in Athens lasted three hours.",
     ("TURGOV", "040", "GRCGOV")),
    ("Emirati and Sudanese negotiators wrapped up talks in Jeddah.", ("AREGOV", "04", "SDNGOV")),
    ("Qatar's emir dispatched a delegation to Kabul.", ("QATGOV", "042", "AFGGOV")),
])
def test_events_talks_between_demonyms_wrapped_up_and_delegations_dispatched(code, text,
                                                                            expected):
    found = dyads(code, text, "en")
    assert expected in {(s, c[:len(expected[1])], t) for s, c, t in found}, found


def test_events_a_headline_comma_list_of_subjects_acts_together(code):
    found = dyads(code, "Egypt, Turkey hold talks in Ankara", "en")
    assert ("EGY", "040", "TUR") in found and ("TUR", "040", "EGY") in found, found


def test_events_two_leaders_who_spoke_consulted_one_who_spoke_did_not(code):
    found = dyads(code, "Wang Yi and Blinken spoke briefly in Jakarta.", "en")
    assert ("CHNGOV", "040", "USAGOV") in found, found
    assert not dyads(code, "The Chinese foreign minister spoke at a forum in Jakarta.", "en")


def test_events_pleading_with_someone_appeals_to_them(code):
    # `with` marks whom the plea is made to, not a partner of the speaker's own cooperation
    found = dyads(code, "Ghana's president pleaded with Burkina Faso's junta to hold elections.",
                  "en")
    assert ("GHAGOV", "020", "BFAGOV") in found, found


@pytest.mark.parametrize("text, lang, target", [
    # (the French gunmen are of where their attack was aimed, as the parser hangs it)
    (("Le ministère algérien des Affaires étrangères a condamné l'attaque perpétrée par des "
     "hommes armés contre une caserne au Niger."), "fr", "NERUAF"),
    ("Algeria's foreign ministry condemned the attack by gunmen on an army barracks in Niger.",
     "en", None),
])
def test_events_gunmen_a_state_condemns_are_not_taken_for_its_own(code, text, lang, target):
    found = [(s, c, t) for s, c, t in dyads(code, text, lang) if c.startswith("11")]
    assert found == [("DZAGOV", "111", target)], found


@pytest.mark.parametrize("text, lang, expected", [
    ("Police arrested protesters who had gathered outside parliament in Nairobi.", "en",
     ("KENCOP", "173", "KENOPP")),
    (("La police a interpellé des dizaines de manifestants rassemblés devant le parlement à "
     "Dakar."), "fr", ("SENCOP", "173", "SENOPP")),
    # a crowd counted (`hundreds of`): the relative clause hangs on the noun counted
    ("Police fired rubber bullets at hundreds of nurses who rallied in Lusaka.", "en",
     ("ZMBCOP", "175", "ZMBHLH")),
    (("La police a dispersé à coups de matraque des centaines d'infirmiers qui manifestaient à "
      "Lusaka."), "fr", ("ZMBCOP", "175", "ZMBHLH")),
])
def test_events_police_using_force_on_people_placed_in_a_country_are_its_own(code, text, lang,
                                                                             expected):
    assert dyads(code, text, lang) == {expected}


@pytest.mark.parametrize("text, lang", [
    ("Police detained two French journalists.", "en"),
    ("La police a interpellé deux journalistes français.", "fr"),
])
def test_events_police_are_not_of_the_nationality_of_those_they_detain(code, text, lang):
    # the police's country is not said: no source, so no event rather than a French police
    assert dyads(code, text, lang) == set()


@pytest.mark.parametrize("text, lang, expected", [
    ("North Korea vowed to destroy the United States.", "en", {("PRK", "138", "USA")}),
    ("La Corée du Nord a juré de détruire les États-Unis.", "fr", {("PRK", "138", "USA")}),
    ("Kenyan police threatened to violently suppress the protesters.", "en",
     {("KENCOP", "137", "KENOPP")}),
    ("La police kényane a menacé de réprimer violemment les manifestants.", "fr",
     {("KENCOP", "137", "KENOPP")}),
])
def test_events_a_vowed_destruction_or_repression_is_its_own_threat(code, text, lang, expected):
    assert dyads(code, text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("The government threatened to violently suppress protesters in Dakar.", "en"),
    ("Le gouvernement a menacé de réprimer violemment les manifestants à Dakar.", "fr"),
])
def test_events_an_infinitive_whose_governor_has_an_unknown_subject_has_no_unnamed_doer(
        code, text, lang):
    # the government's country is not said: the threat has no source, and the threatened
    # repression is not an act of some unnamed police
    assert dyads(code, text, lang) == set()


@pytest.mark.parametrize("text, lang, expected", [
    ("Burkina Faso withdrew from ECOWAS in January.", "en", {("BFA", "160", "IGOWAFWAS")}),
    ("Britain pulled out of the European Union.", "en", {("GBR", "160", "IGOEUREEC")}),
    ("Le Burkina Faso s'est retiré de la CEDEAO.", "fr", {("BFA", "160", "IGOWAFWAS")}),
    ("Le Mali a décidé de quitter la CEDEAO.", "fr", {("MLI", "160", "IGOWAFWAS")}),
    # not an organisation: the general withdrawal (de-escalation, troops)
    ("Russia withdrew from Kherson.", "en", {("RUS", "087", None)}),
    ("La Russie s'est retirée de Kherson.", "fr", {("RUS", "0874", "UKR")}),
    # an organisation's meeting is no membership
    ("Le président kényan a quitté le sommet de l'UA dimanche.", "fr", set()),
])
def test_events_leaving_an_organisation_reduces_relations_with_it(code, text, lang, expected):
    found = {d for d in dyads(code, text, lang) if d[1][:2] in ("08", "16")}
    assert found == expected


@pytest.mark.parametrize("text, lang", [
    ("The Indian minister welcomed France's support.", "en"),
    ("Le ministre indien a salué le soutien de la France.", "fr"),
    ("The Indian minister thanked France for its support.", "en"),
    ("Le ministre indien a remercié la France pour son soutien.", "fr"),
])
def test_events_an_act_noun_praised_without_a_target_is_not_an_event_of_its_own(code, text,
                                                                                lang):
    assert dyads(code, text, lang) == {("INDGOV", "051", "FRA")}


@pytest.mark.parametrize("text, lang, expected", [
    # a bare `the minister` after a meeting is the story's lead actor, named first, and `his
    # counterpart` the other side
    (("Le ministre égyptien des Affaires étrangères a reçu son homologue turc au Caire. "
      "Le ministre a invité son homologue à Alexandrie."), "fr", ("EGYGOV", "020", "TURGOV")),
    (("Egypt's foreign minister received his Turkish counterpart in Cairo. "
      "The foreign minister criticised his counterpart over the Libya deal."), "en",
     ("EGYGOV", "111", "TURGOV")),
])
def test_events_a_bare_office_is_the_first_named_holder(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # the whole name is the subject, its unknown first name included
    ("Le général Mamadi Doumbouya a rencontré le président sénégalais.", "fr"),
    ("General Mamadi Doumbouya met the Senegalese president.", "en"),
])
def test_events_a_leader_under_another_first_name_acts(code, text, lang):
    assert ("GINGOV", "040", "SENGOV") in dyads(code, text, lang)


# ---------------------------------------------------------------- English, third round
@pytest.mark.parametrize("text, lang, expected", [
    ("Iran's supreme leader called on Muslim countries to cut ties with Israel.", "en",
     ("IRNGOV", "020", None)),
    ("The Arab League urged member states to boycott Israeli goods.", "en",
     ("IGOMEAARL", "020", None)),
    ("Le guide suprême iranien a appelé les pays musulmans à rompre leurs relations avec Israël.",
     "fr", ("IRN", "020", None)),
])
def test_events_an_appeal_to_no_named_actor_is_not_aimed_at_what_it_asks_for(code, text, lang,
                                                                            expected):
    # what the addressees are asked to do is aimed elsewhere: not the appeal's target
    found = dyads(code, text, lang)
    assert expected in found and not [t for s, c, t in found if c[:2] == "02" and t], found


@pytest.mark.parametrize("text, expected, other", [
    ("The United States should stop arming Taiwan, China's defence ministry said.",
     ("CHNGOV", "100", "USA"), "TWN"),
    ("Kyiv should stop attacking Russia, the Kremlin said.", ("RUSGOV", "100", "UKRGOV"), "RUS"),
])
def test_events_an_actor_before_a_comma_is_no_coordinated_speaker(code, text, expected, other):
    # a comma alone lists no one: the object before it did not speak
    found = dyads(code, text, "en")
    assert expected in found and not [s for s, c, t in found if s == other], found


@pytest.mark.parametrize("text, lang", [
    ("Talks between Armenia and Azerbaijan resumed in Washington.", "en"),
    ("Les négociations entre l'Arménie et l'Azerbaïdjan ont repris à Washington.", "fr"),
])
def test_events_talks_between_two_parties_that_resumed_are_theirs(code, text, lang):
    found = dyads(code, text, lang)
    assert ("ARM", "046", "AZE") in found and ("AZE", "046", "ARM") in found, found


@pytest.mark.parametrize("text, lang, expected", [
    ("Pakistan said India's remarks were irresponsible and provocative.", "en",
     ("PAK", "111", "IND")),
    ("Turkey said Sweden's stance was unacceptable.", "en", ("TUR", "111", "SWE")),
    ("Le Pakistan a déclaré que les propos de l'Inde étaient irresponsables.", "fr",
     ("PAK", "111", "IND")),
])
def test_events_an_actors_remarks_or_stance_said_to_be_wrong_criticise_it(code, text, lang,
                                                                          expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, expected", [
    ("Israel's foreign minister called the Turkish president a dictator.",
     ("ISRGOV", "111", "TURGOV")),
    ("Erdogan called Netanyahu a war criminal.", ("TURGOV", "111", "ISRGOV")),
])
def test_events_calling_someone_a_bad_name_criticises_and_is_no_phone_call(code, text,
                                                                           expected):
    found = dyads(code, text, "en")
    assert expected in found and not [c for s, c, t in found if c == "041"], found


def test_events_calling_an_act_a_bad_name_criticises_and_keeps_the_act(code):
    found = dyads(code, "Russia called the strike on Belgorod a terrorist act.", "en")
    assert ("RUS", "111", None) in found and not [c for s, c, t in found if c[:2] == "02"], found


@pytest.mark.parametrize("text, expected", [
    ("Chinese Foreign Ministry spokesperson Mao Ning criticized Japan.", ("CHNGOV", "111", "JPN")),
    ("Iranian foreign ministry spokesman Nasser Kanaani condemned Britain.",
     ("IRNGOV", "111", "GBR")),
    ("Israeli military spokesman Daniel Hagari accused Hamas of using hospitals.",
     ("ISRMIL", "112", "PSEREB")),
])
def test_events_a_ministry_or_army_spokesman_named_speaks_for_it(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Washington voiced strong disapproval of Israel's settlement plans.",
     ("USAGOV", "110", "ISR")),
    ("Nigerian unions called a general strike.", ("NGALAB", "143", "NGAGOV")),
])
def test_events_disapproval_voiced_and_a_general_strike_called(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Xi welcomed his Brazilian counterpart at the Great Hall of the People.",
     ("CHNGOV", "043", "BRAGOV")),
    ("The Chinese ambassador paid a courtesy call on the Nepalese prime minister.",
     ("CHNGOV", "042", "NPLGOV")),
    ("The Israeli prime minister sat down with the US envoy for talks.",
     ("ISRGOV", "040", "USAGOV")),
])
def test_events_guests_welcomed_courtesy_calls_and_sitting_down_for_talks_consult(code, text,
                                                                                 expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Netanyahu has come under fire from the United States over the Rafah offensive.",
     ("USA", "111", "ISRGOV")),
    ("The Hungarian government faced criticism from the European Commission over the law.",
     ("IGOEUREECGOV", "111", "HUNGOV")),
    ("Moscow reacted angrily to the decision by Finland to close its border.",
     ("RUSGOV", "111", "FIN")),
    ("The Kremlin said the statement by the French president was dangerous.",
     ("RUSGOV", "111", "FRAGOV")),
])
def test_events_criticism_faced_angry_reactions_and_statements_by_an_actor_judged(code, text,
                                                                                 expected):
    found = dyads(code, text, "en")
    assert expected in found and not [c for s, c, t in found if c[:2] == "19"], found


def test_events_troops_under_fire_are_fought_not_criticised(code):
    found = dyads(code, "Israeli troops came under fire from Hezbollah near the border.", "en")
    assert ("LBNREB", "190", "ISRMIL") in found, found


# Precision: acts supposed, asked about, rumoured, figurative, or meetings with no one are no
# events; sides praising together do not praise each other; talks a visit
# is planned for are planned too.
@pytest.mark.parametrize("text, lang", [
    ("Nobody knows whether Ethiopian troops fired on the convoy.", "en"),
    ("On ignore si les soldats éthiopiens ont tiré sur le convoi.", "fr"),
    ("A reporter asked the minister whether Algeria would reopen its border with Morocco.",
     "en"),
    ("Un journaliste a demandé au ministre si l'Algérie rouvrirait sa frontière avec le Maroc.",
     "fr"),
    ("Rumours that Mali had expelled the French ambassador were false.", "en"),
    ("La rumeur selon laquelle le Mali aurait expulsé l'ambassadeur de France est fausse.",
     "fr"),
    ("Brazil's president attacked inflation in a speech to workers.", "en"),
    ("Le président brésilien a attaqué l'inflation dans un discours aux ouvriers.", "fr"),
    ("Senegal's president declared war on tax fraud.", "en"),
    ("Le président sénégalais a déclaré la guerre à la fraude fiscale.", "fr"),
    ("The UN Security Council met on Tuesday to discuss the crisis.", "en"),
    ("Le Conseil de sécurité de l'ONU s'est réuni mardi pour examiner la crise.", "fr"),
])
def test_events_unasserted_figurative_or_unaimed_acts_code_no_event(code, text, lang):
    assert not dyads(code, text, lang)


def test_events_reports_dismissed_are_not_asserted(code):
    found = dyads(code, "The Kremlin dismissed reports that Putin would meet Zelensky in "
                  "Istanbul.", "en")
    assert not [c for s, c, t in found if c[:2] in ("03", "04")], found


@pytest.mark.parametrize("text, lang", [
    ("Egypt and Jordan praised the decision.", "en"),
    ("L'Égypte et la Jordanie ont salué la décision.", "fr"),
])
def test_events_sides_praising_together_do_not_praise_each_other(code, text, lang):
    found = dyads(code, text, lang)
    assert ("EGY", "051", "JOR") not in found and ("JOR", "051", "EGY") not in found, found


@pytest.mark.parametrize("text, lang", [
    (("Ukraine's foreign minister will travel to Brussels on Wednesday for talks with NATO "
      "officials."), "en"),
    (("Le ministre ukrainien des Affaires étrangères se rendra mercredi à Bruxelles pour des "
      "entretiens avec des responsables de l'Otan."), "fr"),
])
def test_events_talks_a_planned_trip_is_for_are_intended(code, text, lang):
    found = dyads(code, text, lang)
    assert ("UKRGOV", "036", "IGOWSTNAT") in found, found
    assert not [c for s, c, t in found if c[:2] == "04"], found


# ---- French wire, third round: coercion, disapproval, intent

@pytest.mark.parametrize("text, lang, expected", [
    # the agent of an act noun hung on the victim's name, or tagged an adjective (`junte`)
    ("L'arrestation de l'opposant ougandais Kizza Besigye par la police ougandaise fait réagir.",
     "fr", ("UGACOP", "173", "UGAOPP")),
    ("L'expulsion du chargé d'affaires français par la junte malienne a été annoncée lundi.",
     "fr", ("MLIGOV", "174", "FRAGOV")),
    ("The arrest of opposition leader Kizza Besigye by Ugandan police drew condemnation.", "en",
     ("UGACOP", "173", "UGAOPP")),
    # an arrest or expulsion ordered is made, on whom the order names
    ("La justice malienne a ordonné l'arrestation de l'opposant malien Issa Kaou.", "fr",
     ("MLIJUD", "173", "MLIOPP")),
    ("La junte nigérienne a ordonné l'expulsion du diplomate français.", "fr",
     ("NERGOV", "174", "FRAGOV")),
    ("A Malian court ordered the arrest of a Malian opposition leader.", "en",
     ("MLIJUD", "173", "MLIOPP")),
    ("Niger's junta ordered the expulsion of the French ambassador.", "en",
     ("NERGOV", "174", "FRAGOV")),
    # `ont détenu` is the verb, not the role word `détenu`
    ("Les autorités chinoises ont détenu un citoyen canadien pendant deux ans.", "fr",
     ("CHNGOV", "173", "CANCVL")),
    ("La police togolaise a placé l'ancien président en résidence surveillée.", "fr",
     ("TGOCOP", "173", "TGOELI")),  # a former office holder: an elite
    ("La justice sénégalaise a placé sous mandat de dépôt l'opposant Ousmane Sonko.", "fr",
     ("SENJUD", "173", "SENGOV")),
    ("Le Niger a retiré l'accréditation de la chaîne française France 24.", "fr",
     ("NER", "172", "FRAMED")),
    ("Le gouvernement malien a suspendu la chaîne de télévision française LCI.", "fr",
     ("MLIGOV", "1721", "FRAMED")),
    ("Les autorités burkinabè ont mis aux arrêts un officier burkinabè.", "fr",
     ("BFAGOV", "173", "BFAMIL")),
    # the causative `a fait arrêter`: the subject hangs on `fait`
    ("Le président tunisien a fait arrêter deux journalistes français.", "fr",
     ("TUNGOV", "173", "FRAMED")),
])
def test_events_fr3_coercion_named_ordered_and_by_agent(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # `s'est dit` hung as an adverb of the participle it states, with the subject under it
    ("Le président russe s'est dit disposé à rencontrer son homologue ukrainien.", "fr",
     ("RUSGOV", "036", "UKRGOV")),
    ("Le ministre tunisien s'est dit préoccupé par la situation en Libye.", "fr",
     ("TUNGOV", "012", "LBY")),
    # an intent noun owned by a possessive: the subject of the verb it completes intends
    ("Le Japon a fait part de sa volonté de coopérer avec le Kazakhstan.", "fr",
     ("JPN", "031", "KAZ")),
    ("Japan expressed its willingness to cooperate with Kazakhstan.", "en", ("JPN", "031", "KAZ")),
    ("Le Nigeria a exprimé son souhait de renforcer ses liens avec le Ghana.", "fr",
     ("NGA", "032", "GHA")),
    # the infinitive hung on the verb still completes the intent noun before it
    ("La Turquie a exprimé sa disponibilité à aider la Libye.", "fr", ("TUR", "033", "LBY")),
    ("Le gouvernement malien envisage de renouer avec la France.", "fr", ("MLIGOV", "032", "FRA")),
])
def test_events_fr3_intent_stated_and_owned(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_fr3_engaged_in_a_reform_is_no_pledge(code):
    assert not dyads(code, "Le Maroc s'est engagé dans une vaste réforme de son système de santé.",
                     "fr")
    assert ("CHN", "030", "PAK") in dyads(
        code, "La Chine s'est engagée auprès du Pakistan à achever le corridor économique.", "fr")


@pytest.mark.parametrize("text, lang, expected", [
    ("L'opposition sénégalaise s'en est prise au président Macky Sall.", "fr",
     ("SENOPP", "111", "SENGOV")),
    ("Le ministre israélien a traité le président turc d'antisémite.", "fr",
     ("ISRGOV", "111", "TURGOV")),
    ("Le Premier ministre malien a qualifié la présence française de néocoloniale.", "fr",
     ("MLIGOV", "111", "FRA")),
    ("Le gouvernement tunisien a fait part de sa désapprobation à l'Italie.", "fr",
     ("TUNGOV", "110", "ITA")),
    # an object and no passive auxiliary: active, whatever the parser's subject label
    ("Le président ghanéen a sévèrement critiqué la junte burkinabè.", "fr",
     ("GHAGOV", "111", "BFAGOV")),
    ("The Ghanaian president sharply criticised Burkina Faso's junta.", "en",
     ("GHAGOV", "111", "BFAGOV")),
])
def test_events_fr3_disapproval_wordings(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, expected", [
    ("La Russie a livré des hélicoptères au Mali.", ("RUS", "072", "MLI")),
    ("La Chine a livré des vaccins au Cameroun.", ("CHN", "073", "CMR")),
    ("Le Maroc a gelé ses contacts avec l'ambassade d'Allemagne.", ("MAR", "161", "DEUGOV")),
])
def test_events_fr3_deliveries_and_contacts_frozen(code, text, expected):
    assert expected in dyads(code, text, "fr")


@pytest.mark.parametrize("text, lang, expected", [
    # the countries of an organisation act as the organisation
    ("Les pays de l'AES ont appelé la Cédéao à lever ses sanctions.", "fr",
     ("IGOWAFAES", "0254", "IGOWAFWAS")),
    ("Les États membres de l'UE ont imposé des sanctions à la Russie.", "fr",
     ("IGOEUREEC", "163", "RUS")),
    ("The member states of the EU imposed sanctions on Russia.", "en", ("IGOEUREEC", "163", "RUS")),
])
def test_events_fr3_member_countries_act_as_their_organisation(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, expected", [
    ("Le Burkina Faso a dénoncé la convention fiscale avec la France.", ("BFA", "160", "FRA")),
    ("Le Japon a accordé un don de 2 millions de dollars au Mali.", ("JPN", "070", "MLI")),
    ("Les Émirats arabes unis ont versé 100 millions de dollars à l'Égypte.",
     ("ARE", "071", "EGY")),
    ("La Banque africaine de développement a octroyé un financement au Cameroun.",
     ("IGOAFRDEVAFB", "071", "CMR")),
])
def test_events_fr3_treaties_renounced_and_funds_granted(code, text, expected):
    assert expected in dyads(code, text, "fr")


def test_events_fr3_a_decision_misattached_is_still_its_owners(code):
    # `retirer` parsed as a complement of `pris`: it completes `décision`, France's
    found = dyads(code, "Le gouvernement malien a pris acte de la décision de la France de "
                        "retirer ses troupes.", "fr")
    assert any(s == "FRA" and c == "0874" for s, c, _ in found), found
    assert not any(s == "MLIGOV" and c == "0874" for s, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    ("Le président russe a dit espérer que l'Ukraine accepterait des négociations.", "fr"),
    ("Le président sénégalais a espéré que la Gambie et le Sénégal renforceront leurs liens.",
     "fr"),
    ("The Russian president said he hoped that Ukraine would accept talks.", "en"),
])
def test_events_fr3_an_act_hoped_of_others_is_no_event(code, text, lang):
    assert not dyads(code, text, lang)


def test_events_fr3_an_act_promised_of_ones_own_side_is_intent(code):
    found = dyads(code, "Le président a promis que la France livrerait des armes à l'Ukraine.",
                  "fr")
    assert ("FRA", "0332", "UKR") in found, found


@pytest.mark.parametrize("text, expected", [
    ("L'Azerbaïdjan a concentré des troupes à la frontière arménienne.", ("AZE", "154", "ARM")),
    ("Le Rwanda a renforcé son dispositif militaire à la frontière avec la RDC.",
     ("RWA", "154", "COD")),
])
def test_events_fr3_troops_massed_at_a_border(code, text, expected):
    assert expected in dyads(code, text, "fr")


@pytest.mark.parametrize("text, lang", [
    # the speech verb after the quote, a parataxis of the quote's verb, with its subject
    # inverted
    ("« La France doit retirer ses troupes », a déclaré le Premier ministre malien.", "fr"),
    ('"France must withdraw its troops," the Malian prime minister said.', "en"),
])
def test_events_fr3_a_quoted_obligation_is_the_speakers_demand(code, text, lang):
    assert ("MLIGOV", "1056", "FRA") in dyads(code, text, lang)


@pytest.mark.parametrize("text, expected", [
    ("La junte nigérienne a annoncé la fin de la coopération militaire avec la France.",
     ("NERGOV", "160", "FRA")),
    ("Le Tchad a mis un terme à l'accord de défense avec la France.", ("TCD", "160", "FRA")),
    ("Le Niger a réduit sa coopération avec l'Union européenne.", ("NER", "160", "IGOEUREEC")),
    ("Le gouvernement algérien a gelé les importations en provenance d'Espagne.",
     ("DZAGOV", "163", "ESP")),
])
def test_events_fr3_cooperation_ended_and_imports_frozen(code, text, expected):
    assert expected in dyads(code, text, "fr")


@pytest.mark.parametrize("text, lang, expected", [
    # a participle with its agent is passive, done to the noun it qualifies
    ("Amnesty International exige la libération des militants arrêtés par la police ivoirienne.",
     "fr", ("CIVCOP", "173", "CIVOPP")),
    ("Les manifestants, dispersés par la police kényane, ont promis de revenir.", "fr",
     ("KENCOP", "175", "KENOPP")),
    ("Amnesty demanded the release of activists arrested by Ivorian police.", "en",
     ("CIVCOP", "173", "CIVOPP")),
])
def test_events_fr3_coercion_told_by_a_participle_with_its_agent(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_fr3_a_shared_vision_is_accord_not_cooperation(code):
    found = dyads(code, "Le Maroc et la France partagent la même vision sur la Libye.", "fr")
    assert ("MAR", "019", "FRA") in found and not any(t == "LBY" for _, _, t in found), found


@pytest.mark.parametrize("text, expected", [
    ("L'assignation à résidence de l'ancien président par la junte nigérienne fait débat.",
     ("NERGOV", "173")),
    ("Les forces de sécurité guinéennes ont procédé à un coup de filet parmi les opposants.",
     ("GINCOP", "173")),
])
def test_events_fr3_nouns_of_arrest(code, text, expected):
    assert expected in {(s, c) for s, c, _ in dyads(code, text, "fr")}


@pytest.mark.parametrize("text, expected", [
    ("Algeria froze imports from Spain.", ("DZA", "163", "ESP")),
    ("Niger's junta announced the end of military cooperation with France.",
     ("NERGOV", "160", "FRA")),
    ("Russia delivered helicopters to Mali.", ("RUS", "072", "MLI")),
    ("China delivered vaccines to Cameroon.", ("CHN", "073", "CMR")),
    ("Morocco and France share the same vision on Libya.", ("MAR", "019", "FRA")),
])
def test_events_fr3_english_counterparts_of_the_french_wordings(code, text, expected):
    assert expected in dyads(code, text, "en")


# ---------------------------------------------------------------- modality4: reported clauses
@pytest.mark.parametrize("text, lang", [
    # an expression's words are never taken from a finite clause of its own subject below it
    ("Le ministre tchadien a déclaré que le Tchad n'était pas en guerre avec le Soudan.", "fr"),
    ("Le ministre tchadien a déclaré que le Tchad était en guerre avec le Soudan.", "fr"),
    ("The Chadian minister said Chad was not at war with Sudan.", "en"),
    # a negative coordinator on the subjects or the objects negates the act
    ("Ni le Mali ni le Niger n'ont condamné l'attaque de la France.", "fr"),
    ("Neither Mali nor Niger condemned France.", "en"),
    ("Le Mali n'a condamné ni la France ni l'Algérie.", "fr"),
    ("Mali condemned neither France nor Algeria.", "en"),
])
def test_events_modality4_no_event(code, text, lang):
    assert dyads(code, text, lang) == set()


@pytest.mark.parametrize("text, lang, expected", [
    ("Le Tchad a déclaré la guerre au Soudan.", "fr", [("TCD", "190", "SDN")]),
    ("Chad declared war on Sudan.", "en", [("TCD", "190", "SDN")]),
    # `sans` + infinitive negates it as `without` does
    ("L'Inde a signé l'accord sans consulter le Pakistan.", "fr", [("IND", "057", None)]),
    ("India signed the deal without consulting Pakistan.", "en", [("IND", "057", None)]),
    # rejecting claims or allegations of an act denies it (016); the act is not coded
    ("Egypt rejected claims that it had attacked Libya.", "en", [("EGY", "016", "LBY")]),
    ("L'Égypte a rejeté les allégations selon lesquelles elle aurait attaqué la Libye.", "fr",
     [("EGY", "016", "LBY")]),
])
def test_events_modality4_events(code, text, lang, expected):
    assert sorted(dyads(code, text, lang)) == expected


@pytest.mark.parametrize("text, lang", [
    ("Le Niger risque de rompre ses relations avec la France.", "fr"),
    ("Niger risks severing ties with France.", "en"),
])
def test_events_modality4_risking_an_act_is_a_hypothesis(code, text, lang):
    found = [(e.source.code, e.code, e.target.code, e.modality) for e in code(text, lang=lang).events]
    assert found == [("NER", "161", "FRA", "hypothetical")]


@pytest.mark.parametrize("text, lang, expected", [
    # a yes/no question asks whether the act happens: no event
    ("Will Russia attack Ukraine?", "en", set()),
    ("La Russie va-t-elle attaquer l'Ukraine ?", "fr", set()),
    # a question word before the act takes it as done
    ("Why did Russia attack Ukraine?", "en", {("RUS", "190", "UKR")}),
    ("Pourquoi la Russie a-t-elle attaqué l'Ukraine ?", "fr", {("RUS", "190", "UKR")}),
])
def test_events_modality4_questions(code, text, lang, expected):
    assert dyads(code, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a compound conditional reports (or supposes) a past act: the act, not a threat of it
    ("L'armée malienne aurait tué dix civils, selon des témoins.", "fr",
     [("MLIMIL", "190", "MLICVL", "conditional")]),
    ("La Russie aurait attaqué un navire ukrainien, selon Kiev.", "fr",
     [("RUS", "190", "UKR", "conditional")]),
    # a simple conditional still announces the act: a threat
    ("Russia said it would attack Ukraine.", "en", [("RUS", "138", "UKR", "conditional")]),
])
def test_events_modality4_compound_conditional_is_the_act(code, text, lang, expected):
    assert [(e.source.code, e.code, e.target.code, e.modality)
            for e in code(text, lang=lang).events] == expected


@pytest.mark.parametrize("text, lang", [
    # refusing to say is declining comment (011); what the `whether`/`si` clause asks about is
    # not refused
    ("The Kremlin declined to say whether Putin would meet Erdogan.", "en"),
    ("Le Kremlin a refusé de dire si Poutine rencontrerait Erdogan.", "fr"),
])
def test_events_modality4_refusing_to_say_whether(code, text, lang):
    assert dyads(code, text, lang) == {("RUSGOV", "011", None)}


@pytest.mark.parametrize("text, lang", [
    ("Polish and Czech ministers agreed that the two states must work together on energy.",
     "en"),
    ("La France et l'Allemagne sont convenues que l'Europe devait renforcer sa défense.", "fr"),
])
def test_events_a_clause_of_its_own_still_gives_its_conjunction_to_the_expression(code, text,
                                                                                  lang):
    assert {c for _, c, _ in dyads(code, text, lang)} == {"019"}


@pytest.mark.parametrize("text, expected", [
    # an acronym opening the sentence, read by the tagger as its verb
    ("ECOWAS imposed sanctions on Niger.", ("IGOWAFWAS", "163", "NER")),
    ("ECOWAS lifted sanctions on Mali.", ("IGOWAFWAS", "085", "MLI")),
    # calling someone by an insult denounces them: no phone call
    ("The Indian prime minister called Pakistan a terrorist state.", ("INDGOV", "111", "PAK")),
    ("Zelensky called Putin a war criminal.", ("UKRGOV", "111", "RUSGOV")),
])
def test_events_en4_opening_acronyms_and_insults(code, text, expected):
    found = dyads(code, text, "en")
    assert expected in found, found
    assert not any(c == "041" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    ("L'Union européenne envisage de nouvelles sanctions contre la Russie.", "fr",
     ("IGOEUREEC", "1312", "RUS")),
    ("Le Mali envisage des sanctions contre la Côte d'Ivoire.", "fr", ("MLI", "1312", "CIV")),
    ("Le Japon envisage des négociations avec la Chine.", "fr", ("JPN", "036", "CHNGOV")),
    ("The EU is considering new sanctions against Russia.", "en", ("IGOEUREEC", "1312", "RUS")),
    ("Washington plans new sanctions on Tehran.", "en", ("USAGOV", "1312", "IRNGOV")),
    ("Japan is considering talks with China.", "en", ("JPN", "036", "CHNGOV")),
])
def test_events_fr4_act_noun_object_of_a_verb_of_intent(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Deux journalistes français ont été expulsés du Niger.", "fr", ("NERGOV", "174", "FRAMED")),
    ("Two French journalists were expelled from Niger.", "en", ("NERGOV", "174", "FRAMED")),
    ("Deux diplomates américains ont été expulsés de Russie.", "fr", ("RUSGOV", "161", "USAGOV")),
    ("Two American diplomats were expelled from Russia.", "en", ("RUSGOV", "161", "USAGOV")),
])
def test_events_fr4_expelled_from_a_country_by_its_government(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, expected", [
    ("La Corée du Nord a procédé à des tirs d'artillerie près de la frontière sud-coréenne.",
     ("PRK", "194")),
    ("La Turquie a lancé des frappes aériennes loin de la frontière irakienne.", ("TUR", "195")),
])
def test_events_fr4_a_border_near_which_force_is_used_is_not_its_doer(code, text, expected):
    assert expected in {(s, c) for s, c, _ in dyads(code, text, "fr")}


def test_events_fr4_open_to_talks_is_intent(code):
    assert ("MAR", "036", "DZAGOV") in dyads(
        code, "Le Maroc reste ouvert au dialogue avec l'Algérie.", "fr")


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia reportedly attacked a Ukrainian ship.", "en", ("RUS", "190", "UKR", "conditional")),
    ("L'armée malienne a apparemment tué dix civils à Mopti.", "fr",
     ("MLIMIL", "190", "MLICVL", "conditional")),
    ("Russia attacked a Ukrainian ship.", "en", ("RUS", "190", "UKR", None)),
])
def test_events_an_act_told_as_unconfirmed_is_kept_and_flagged(code, text, lang, expected):
    found = [(e.source.code, e.code, e.target.code, e.modality)
             for e in code(text, lang=lang).events]
    assert found == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    # an opening quote glued to an elided word (`d'«`) no longer breaks the parse
    ("Le Premier ministre malien a qualifié la décision de la CEDEAO d'« inacceptable ».", "fr",
     ("MLIGOV", "111", "IGOWAFWAS")),
    ("Le Mali a dénoncé l’« ingérence » de la France dans ses affaires.", "fr",
     ("MLI", "111", "FRA")),
    ("Mali's prime minister called the ECOWAS decision \"unacceptable\".", "en",
     ("MLIGOV", "111", "IGOWAFWAS")),
])
def test_events_a_quoted_judgement_after_an_elided_word(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # a participle introduced by `de` is a judgement, not an infinitive
    (("Le ministre iranien des Affaires étrangères a qualifié la démarche britannique "
     "d'injustifiée."), "fr"),
    ("Iran's foreign minister described the British move as unjustified.", "en"),
])
def test_events_a_participle_judgement_is_no_infinitive(code, text, lang):
    assert ("IRNGOV", "111", "GBR") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Belarusian leader Alexander Lukashenko pardoned 18 political prisoners.", "en",
     ("BLRGOV", "0841", "BLROPP")),
    ("Egypt's President granted a pardon to activist Alaa Abd El-Fattah.", "en",
     ("EGYGOV", "0841", "EGYOPP")),
    ("Le président biélorusse Alexandre Loukachenko a gracié 18 prisonniers politiques.", "fr",
     ("BLRGOV", "0841", "BLROPP")),
])
def test_events_en5_a_pardon_releases_persons(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia stepped up attacks on Ukrainian energy infrastructure.", "en", ("RUS", "190", "UKR")),
    ("Israel intensified its bombardment of the Gaza Strip on Sunday.", "en",
     ("ISR", "195", "PSE")),
    ("China escalated its criticism of Japan's defence policy.", "en", ("CHN", "111", "JPN")),
    ("L'Ukraine a intensifié ses attaques contre les raffineries russes.", "fr",
     ("UKR", "190", "RUS")),
])
def test_events_en5_stepping_up_an_act_is_the_act(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_en5_stepping_up_what_is_no_act_is_no_event(code):
    assert dyads(code, "The company stepped up production of artillery shells.", "en") == set()


@pytest.mark.parametrize("text, lang, expected", [
    ("Israel called up 300,000 reservists.", "en", ("ISR", "154", None)),
    ("Israël a rappelé 300.000 réservistes.", "fr", ("ISR", "154", None)),
])
def test_events_en5_calling_up_reservists_mobilises_forces(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_en5_calling_up_players_is_no_event(code):
    assert dyads(code, "The coach called up three new players for the qualifier.", "en") == set()


@pytest.mark.parametrize("text, lang, expected", [
    ("Israel's defence minister threatened to launch a military operation in Lebanon.", "en",
     ("ISRGOV", "138")),
    ("Turkey threatened a new ground offensive against Kurdish fighters in Syria.", "en",
     ("TUR", "138")),
    ("Le ministre israélien de la Défense a menacé de lancer une opération militaire au Liban.",
     "fr", ("ISRGOV", "138")),
])
def test_events_en5_threatening_an_operation_threatens_force(code, text, lang, expected):
    assert expected in {(s, c) for s, c, _ in dyads(code, text, lang)}


def test_events_en5_an_executive_order_does_what_it_orders(code):
    # settlers named with their country are its civilians (roles.yaml, with_country)
    assert ("USAGOV", "163", "ISRCVL") in dyads(
        code, "Biden signed an executive order imposing sanctions on Israeli settlers.", "en")


@pytest.mark.parametrize("text, lang", [
    ("An avalanche hit a village in northern Pakistan.", "en"),
    ("A typhoon struck the northern Philippines, killing 12 Filipinos.", "en"),
    ("Three Indonesian soldiers were killed by a landslide in Papua.", "en"),
    ("India's stock market hit a record high on Friday.", "en"),
    ("Une avalanche a frappé un village du nord du Pakistan.", "fr"),
    ("Un typhon a frappé le nord des Philippines, tuant 12 Philippins.", "fr"),
])
def test_events_en5_force_done_by_a_natural_hazard_is_no_event(code, text, lang):
    assert not {c for _, c, _ in dyads(code, text, lang) if c[:2] in ("18", "19", "20")}


@pytest.mark.parametrize("text, lang, expected", [
    ("Israeli fire killed two Palestinians near the border fence.", "en", ("ISR", "190", "PSE")),
    ("Russian missiles hit Kharkiv on Sunday.", "en", ("RUS", "190", "UKR")),
    ("L'armée israélienne a tué deux Palestiniens à Jénine.", "fr", ("ISRMIL", "190", "PSE")),
])
def test_events_en5_force_done_by_weapons_is_still_coded(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Ukraine's air force said it downed 30 Russian drones overnight.", "en",
     ("UKRMIL", "190", "RUSMIL")),
    ("L'armée de l'air ukrainienne a abattu 30 drones russes pendant la nuit.", "fr",
     ("UKRMIL", "190", "RUSMIL")),
    ("Kenyan police teargassed protesters in Nairobi.", "en", ("KENCOP", "175", "KENOPP")),
    ("Pakistan cut off talks with the Taliban government.", "en", ("PAK", "164", "AFGGOV")),
    ("Pékin a rompu les discussions avec Washington sur le climat.", "fr",
     ("CHNGOV", "164", "USAGOV")),
    ("Nigerian doctors downed tools on Monday to protest unpaid salaries.", "en",
     ("NGAHLH", "143", "NGAGOV")),
])
def test_events_en5_downing_aircraft_teargassing_cutting_off_talks_downing_tools(
        code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text", [
    "The fans downed a few beers before the match.",
    "The storm cut off power to thousands of homes.",
])
def test_events_en5_downing_or_cutting_off_what_is_no_act_is_no_event(code, text):
    assert dyads(code, text, "en") == set()


@pytest.mark.parametrize("text", [
    "Iran would have attacked Israel had the United States not intervened.",
    "Russia would have invaded Moldova without NATO's deterrence, the minister said.",
    "The general said the troops should have arrested the rebel leader.",
])
def test_events_en5_a_counterfactual_act_is_no_event(code, text):
    assert dyads(code, text, "en") == set()


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia may have used chemical weapons in Ukraine, Britain said.", "en",
     ("GBR", "1124", "RUS")),
    ("L'armée malienne aurait tué dix civils à Mopti.", "fr", ("MLIMIL", "190", "MLICVL")),
    ("Kremlin spokesman Dmitry Peskov said Ukraine had attacked a Russian oil depot.", "en",
     ("UKR", "190", "RUS")),
])
def test_events_en5_a_possible_reported_or_pluperfect_act_is_kept(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Five Nigerian soldiers were killed in an attack by Boko Haram militants in Borno state.",
     "en", ("NGAREB", "190", "NGAMIL")),
    ("Two Israeli soldiers were killed in an ambush carried out by Hamas fighters.", "en",
     ("PSEREB", "190", "ISRMIL")),
    ("Deux soldats maliens ont été tués dans une embuscade tendue par des jihadistes du JNIM.",
     "fr", ("MLIREB", "190", "MLIMIL")),
])
def test_events_en5_force_with_no_doer_is_done_by_the_doer_of_its_means(
        code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_en5_force_whose_means_has_no_doer_stays_unattributed(code):
    assert ("BFAUAF", "190", "BFACVL") in dyads(
        code, "Ten civilians were killed in the attack in northern Burkina Faso.", "en")


@pytest.mark.parametrize("text, lang, expected", [
    ("Syrian authorities eased the nightly curfew in Homs on Tuesday.", "en",
     ("SYRGOV", "08", "SYRCVL")),
    ("Tunisia lifted the nationwide curfew on Monday.", "en", ("TUN", "08", "TUNCVL")),
    ("Les autorités syriennes ont assoupli mardi le couvre-feu nocturne à Homs.", "fr",
     ("SYRGOV", "08", "SYRCVL")),
    ("Le Sénégal a levé le couvre-feu imposé à Ziguinchor.", "fr", ("SEN", "08", "SENCVL")),
])
def test_events_easing_own_curbs_is_aimed_at_the_people(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, expected", [
    ("Syria complained to the Security Council about Turkish shelling of its border towns.",
     ("SYR", "114", "TUR")),
    ("Iran lodged a complaint with the United Nations over American drone flights.",
     ("IRN", "114", "USA")),
])
def test_events_en_a_complaint_over_an_act_is_aimed_at_its_doer(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected", [
    ("American drone strikes have killed twelve Pakistani civilians.", ("USA", "19", "PAKCVL")),
    ("US drone strikes have killed at least twelve Pakistani civilians in North Waziristan.",
     ("USA", "19", "PAKCVL")),
])
def test_events_en_the_nationality_of_a_compound_names_who_acts(code, text, expected):
    assert expected in roots(dyads(code, text, "en"))


@pytest.mark.parametrize("text, lang, expected", [
    ("President Salva Kiir on Monday shortened the nightly curfew in Juba by two hours.", "en",
     ("SSDGOV", "0813")),
    ("Sri Lankan authorities relaxed the curfew in Colombo on Sunday.", "en", ("LKAGOV", "0813")),
    ("Le président sud-soudanais a raccourci lundi de deux heures le couvre-feu nocturne à Juba.",
     "fr", ("SSDGOV", "0813")),
    ("Les autorités sri-lankaises ont allégé dimanche le couvre-feu à Colombo.", "fr",
     ("LKAGOV", "0813")),
])
def test_events_a_curfew_shortened_or_relaxed_is_eased(code, text, lang, expected):
    assert expected in {(s, c) for s, c, _ in dyads(code, text, lang)}


@pytest.mark.parametrize("text, lang, expected", [
    ("Ethiopia relaxed emergency measures in the Amhara region on Tuesday.", "en",
     ("ETH", "0814", "ETHCVL")),
    ("The Thai government relaxed the state of emergency in Bangkok.", "en",
     ("THAGOV", "0814", "THA")),
    ("L'Éthiopie a assoupli mardi l'état d'urgence dans la région Amhara.", "fr",
     ("ETH", "0814", "ETHCVL")),
    ("Le gouvernement thaïlandais a allégé les mesures d'urgence à Bangkok.", "fr",
     ("THAGOV", "0814", "THACVL")),
])
def test_events_a_state_of_emergency_relaxed_is_eased(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Iran fired missiles at Israel. The US threatened the Islamic republic with sanctions.",
     "en", ("USA", "IRN")),
    ("Le Qatar a accueilli des négociations. Washington a remercié l'émirat pour son rôle.", "fr",
     ("USAGOV", "QAT")),
    ("Oman hosted talks between Iran and the US. Washington praised the sultanate for it.",
     "en", ("USAGOV", "OMN")),
    ("Des hommes armés ont attaqué les casques bleus sénégalais de l'ONU au Mali.", "fr",
     ("MLIUAF", "SEN")),
])
def test_events_a_state_or_unit_named_by_its_noun_is_the_target(code, text, lang, expected):
    assert expected in {(s, t) for s, _, t in dyads(code, text, lang)}


@pytest.mark.parametrize("text, lang, expected", [
    # a target's conjunct the parser hung on the verb is a target too
    ("Le Maroc a accusé l'Algérie et le Polisario de bloquer le processus.", "fr",
     {("MAR", "112", "DZA"), ("MAR", "112", "ESHREB")}),
    ("La Corée du Nord a accusé la Corée du Sud et les États-Unis de préparer une invasion.", "fr",
     {("PRK", "112", "KOR"), ("PRK", "112", "USA")}),
    ("North Korea accused South Korea and the United States of preparing an invasion.", "en",
     {("PRK", "112", "KOR"), ("PRK", "112", "USA")}),
])
def test_events_coordinated_objects_are_all_targets(code, text, lang, expected):
    assert expected <= dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    (("date 2024-03-12\nALGER, 12 mars 2024 (APS) -\n\nLe ministère des Affaires étrangères a "
      "convoqué mardi l'ambassadeur d'Espagne.\n"), "fr", ("DZAGOV", "114", "ESPGOV")),
    (("date 2024-06-04\nNAIROBI, June 4, 2024 (Reuters) -\n\nThe foreign ministry summoned the "
      "Ugandan envoy on Tuesday.\n"), "en", ("KENGOV", "114", "UGAGOV")),
])
def test_events_a_ministry_under_a_dateline_summons_an_envoy(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Had Pakistan shelled Indian posts, New Delhi would have responded with force.", "en"),
    ("If Pakistan had shelled Indian posts, India would have struck back, a minister said.",
     "en"),
    ("Si le Pakistan avait bombardé les postes indiens, l'Inde aurait riposté, a dit un ministre.",
     "fr"),
])
def test_events_a_past_supposition_and_what_would_have_followed_are_no_events(code, text,
                                                                              lang):
    assert not dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, recalled, news", [
    ("The ministry said Chancellor Scholz had met Chinese President Xi Jinping in 2022.", "en",
     ("DEUGOV", "04", "CHNGOV"), None),
    ("Le ministère a indiqué que le chancelier Scholz avait rencontré Xi Jinping en 2022.",
     "fr", ("DEUGOV", "04", "CHNGOV"), None),
    (("Japanese Prime Minister Fumio Kishida, who visited Kyiv last year, met Philippine "
     "President Ferdinand Marcos in Tokyo on Friday."), "en", ("JPNGOV", "04", "UKRGOV"),
     ("JPNGOV", "04", "PHLGOV")),
    (("Le Premier ministre japonais Fumio Kishida, qui s'était rendu à Kiev l'an dernier, a "
     "rencontré vendredi à Tokyo le président philippin Ferdinand Marcos."), "fr",
     ("JPNGOV", "04", "UKRGOV"), ("JPNGOV", "04", "PHLGOV")),
])
def test_events_an_act_dated_to_a_past_year_in_a_pluperfect_or_relative_is_background(
        code, text, lang, recalled, news):
    found = roots(dyads(code, text, lang))
    assert recalled not in found, found
    assert news is None or news in found, found


@pytest.mark.parametrize("text, lang", [
    ("Ghana's president vowed to fight corruption in the customs service.", "en"),
    ("Le président ghanéen a juré de combattre la corruption dans les douanes.", "fr"),
    ("Morocco's government declared war on speculation in food prices.", "en"),
    ("Le gouvernement marocain a déclaré la guerre à la spéculation sur les denrées.", "fr"),
])
def test_events_force_vowed_or_declared_on_what_is_no_one_is_no_threat(code, text, lang):
    assert not any(c[:2] in ("13", "17", "18", "19", "20")
                   for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Critics say the Turkish government jails journalists.", "en"),
    ("Des détracteurs affirment que le gouvernement turc emprisonne les journalistes.", "fr"),
    ("Analysts said Beijing's support for Moscow had deepened.", "en"),
    ("Des analystes estiment que le soutien de Pékin à Moscou s'est renforcé.", "fr"),
])
def test_events_an_act_only_commentators_assert_is_their_opinion(code, text, lang):
    assert not dyads(code, text, lang)


def test_events_an_act_beside_a_commentators_opinion_is_kept(code):
    found = roots(dyads(code, "Analysts said Beijing's support for Moscow had deepened, but "
                              "China has denied sending weapons.", "en"))
    assert found == {("CHN", "01", None)}, found


@pytest.mark.parametrize("text, lang", [
    ("The Kremlin dismissed as absurd a report that Russia planned to attack Finland.", "en"),
    (("Le Kremlin a qualifié d'absurde un article selon lequel la Russie prévoyait d'attaquer "
     "la Finlande."), "fr"),
    (("Le Maroc a jugé fausses les informations selon lesquelles il aurait rappelé son "
     "ambassadeur à Paris."), "fr"),
])
def test_events_an_act_in_a_report_dismissed_or_judged_is_hearsay(code, text, lang):
    assert not any(c[:2] in ("13", "19", "16") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, absent, present", [
    ("Hamas welcomed the UN resolution calling for a ceasefire in Gaza.", "en",
     ("PSEREB", "02"), ("PSEREB", "05")),
    ("Egypt's foreign ministry issued a statement denouncing the Israeli raid on Jenin.", "en",
     None, ("EGYGOV", "11")),
    (("Le ministère égyptien des Affaires étrangères a publié un communiqué dénonçant le raid "
      "israélien à Jénine."), "fr", None, ("EGYGOV", "11")),
])
def test_events_a_statement_owned_by_another_is_not_its_reactors(code, text, lang, absent,
                                                                 present):
    found = {(s, c) for s, c, _ in roots(dyads(code, text, lang))}
    assert absent not in found and present in found, found


@pytest.mark.parametrize("text, lang, kept", [
    ("En 2014, le Tchad avait envoyé des soldats au Cameroun.", "fr", False),
    ("In 2014, Chad had sent soldiers to Cameroon.", "en", False),
    ("Lors de sa visite à Rome en 2021, le président Tebboune avait rencontré le pape.", "fr",
     False),
    ("Mardi, le Tchad avait envoyé des soldats au Cameroun.", "fr", True),
    ("On Tuesday, Chad had sent soldiers to Cameroon.", "en", True),
])
def test_events_a_pluperfect_dated_to_a_past_year_before_it_is_background(code, text, lang,
                                                                         kept):
    found = dyads(code, text, lang)
    assert bool(found) == kept, found


@pytest.mark.parametrize("text, lang, kept", [
    ("According to analysts, the Malian army killed civilians in Moura.", "en", False),
    ("Selon des analystes, l'armée malienne a tué des civils à Moura.", "fr", False),
    ("According to the army, jihadists attacked a military camp near Tillaberi.", "en", True),
    ("Selon l'armée, des jihadistes ont attaqué un camp militaire près de Tillabéri.", "fr",
     True),
])
def test_events_an_act_told_on_commentators_word_is_their_opinion(code, text, lang, kept):
    found = dyads(code, text, lang)
    assert bool(found) == kept, found


@pytest.mark.parametrize("text, lang, expected", [
    ("The National Liberation Army has been fighting the Colombian state since 1964.", "en",
     set()),
    ("L'Armée de libération nationale combat l'État colombien depuis 1964.", "fr", set()),
    (("Nigerian troops killed 20 Boko Haram fighters on Monday in the deadliest clash since "
     "2015."), "en", {("NGAMIL", "190", "NGAREB")}),
])
def test_events_an_act_going_on_since_a_year_is_background(code, text, lang, expected):
    assert dyads(code, text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # the participle heads its clause with `a` as its auxiliary, yet is tagged a noun or a
    # determiner: only its tag is wrong
    ("Le président russe a félicité Abdelmadjid Tebboune pour sa réélection.",
     ("RUSGOV", "051", "DZAGOV")),
    ("Le Rwanda a nié tout soutien aux rebelles du M23.", ("RWA", "016", "CODREB")),
    ("Les autorités maliennes ont dissous les partis politiques.", ("MLIGOV", "1722", None)),
])
def test_events_fr5_a_mistagged_participle_with_its_auxiliary_is_the_verb(code, text, expected):
    found = {(e.source.code, e.code, e.target.code if e.target else None)
             for e in code(text, lang="fr").events}
    assert expected in found


@pytest.mark.parametrize("text, lang, expected", [
    # `exprimer` as a light verb: its subject does what the noun it governs names
    ("Le Sénégal a exprimé son rejet de la proposition de la France.", "fr",
     ("SEN", "120", "FRA")),
    ("Le président sénégalais a accordé sa grâce à 200 opposants sénégalais.", "fr",
     ("SENGOV", "0841", "SENOPP")),
    ("Des soldats tchadiens ont été pris en embuscade par des combattants de Boko Haram.", "fr",
     ("NGAREB", "190", "TCDMIL")),
    ("Le président Bazoum a été renversé par des militaires nigériens.", "fr",
     ("NERMIL", "180", "NERGOV")),
    ("Nigerien soldiers overthrew President Mohamed Bazoum in July.", "en",
     ("NERMIL", "180", "NERGOV")),
])
def test_events_fr5_rejection_pardon_ambush_and_overthrow(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a past participle with its agent opening the sentence is done to the clause's subject,
    # and has happened even when the clause makes an appeal
    ("Reçu par le roi de Jordanie, le président palestinien a évoqué la paix.", "fr",
     {("JORGOV", "043", "PSEGOV"), ("PSEGOV", "042", "JORGOV")}),
    ("Reçu par le président Tebboune, le ministre français a plaidé pour la paix.", "fr",
     {("DZAGOV", "043", "FRAGOV"), ("FRAGOV", "042", "DZAGOV")}),
    ("Received by the Jordanian king on Tuesday, the Palestinian president called for peace.",
     "en", {("JORGOV", "043", "PSEGOV"), ("PSEGOV", "042", "JORGOV")}),
])
def test_events_fr5_fronted_participle_with_agent_is_passive(code, text, lang, expected):
    assert expected <= set(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Le président français a dit avoir parlé avec son homologue ukrainien.", "fr",
     ("FRAGOV", "040", "UKRGOV")),
    ("Le président ivoirien a demandé à la Cédéao de lever les sanctions contre le Mali.", "fr",
     ("CIVGOV", "0254", "IGOWAFWAS")),
])
def test_events_fr5_talking_with_and_asking_to_lift_sanctions(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # a visit qualifying a noun by `en`/`on` is made by what the noun names
    ("Le ministre turc, en tournée en Afrique, a été reçu par le président ghanéen.", "fr"),
    ("The Turkish minister, on a tour of Africa, was received by the Ghanaian president.", "en"),
])
def test_events_fr5_on_a_visit_the_noun_it_qualifies_visits(code, text, lang):
    assert ("TURGOV", "042", "GHAGOV") in dyads(code, text, lang)


def test_events_fr5_engagement_in_a_noun_other_than_a_meeting_is_not_its_doer(code):
    # `en guerre`: no act of the noun it qualifies
    assert not any(s == "SDNMIL" and c.startswith("19") for s, c, _ in dyads(
        code, "L'armée soudanaise en guerre contre les paramilitaires a reçu des renforts.",
        "fr"))


@pytest.mark.parametrize("text, expected", [
    # renewing an appeal or a stance is making it (light verbs réitérer, renouveler)
    ("L'Algérie a réitéré son appel à la Russie et à l'Ukraine pour un dialogue.",
     ("DZA", "020", "RUS")),
    ("Le Maroc a renouvelé son soutien à la Mauritanie.", ("MAR", "051", "MRT")),
    ("Le président kényan a réitéré sa condamnation des attaques des shebab.",
     ("KENGOV", "111", "SOMREB")),
])
def test_events_fr5_a_renewed_appeal_or_stance_is_made(code, text, expected):
    assert expected in dyads(code, text, "fr")


@pytest.mark.parametrize("text, expected", [
    ("Le Sénégal a apporté son appui à la candidature du Rwanda.", ("SEN", "051", "RWA")),
    ("Le Tchad a fait part de son soutien au Soudan.", ("TCD", "051", "SDN")),
    ("Le président gabonais a témoigné sa solidarité au peuple marocain.",
     ("GABGOV", "018", "MAR")),
])
def test_events_fr5_support_and_solidarity_expressions(code, text, expected):
    assert expected in dyads(code, text, "fr")


@pytest.mark.parametrize("text, lang, expected", [
    # `auprès de X`: the tagger hangs X on the adverb, which still marks the target
    ("Tokyo a élevé une protestation auprès de Pékin après la détention d'un Japonais.", "fr",
     ("JPNGOV", "114", "CHN")),
    ("Le Maroc a protesté auprès de l'Algérie contre ces propos.", "fr", ("MAR", "114", "DZA")),
    ("Japan lodged a protest with China after a Japanese national was detained.", "en",
     ("JPN", "114", "CHN")),
])
def test_events_a_target_after_aupres_de(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Le Premier ministre israélien a sermonné le procureur de la CPI.", "fr"),
    ("Le Premier ministre israélien a réprimandé le procureur de la CPI.", "fr"),
    ("Israel's prime minister admonished the ICC prosecutor.", "en"),
])
def test_events_rebuking_is_criticism(code, text, lang):
    assert ("ISRGOV", "111", "IGOJUDICC") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a place the parser hung on the object still marks the target (not a genitive)
    ("Le Tchad a déployé des soldats près du Soudan.", "fr", ("TCD", "154", "SDN")),
    ("La Russie a massé des troupes près de l'Ukraine.", "fr", ("RUS", "154", "UKR")),
    ("Chad deployed soldiers near Sudan.", "en", ("TCD", "154", "SDN")),
])
def test_events_a_place_hung_on_the_object_marks_the_target(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # force done by the doer of the strikes it was done in is not aimed at that doer itself
    ("Amnesty condemned the deaths of civilians killed in Israeli strikes on Gaza.", "en"),
    ("Amnesty a condamné la mort de civils tués dans des frappes israéliennes sur Gaza.", "fr"),
])
def test_events_a_doer_by_means_is_not_its_own_target(code, text, lang):
    found = dyads(code, text, lang)
    assert ("ISR", "195", "ISR") not in found
    assert any(s == "ISR" and c == "195" for s, c, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    # `auprès de X`, parsed as an adverb governing X, marks the target of a plea
    (("Le ministre nigérian a plaidé auprès de ses homologues de la Cédéao pour des sanctions "
      "contre le Niger."), "fr", ("NGAGOV", "020", "IGOWAFWAS")),
    ("Le Sénégal a plaidé auprès de l'Union africaine pour un cessez-le-feu au Soudan.", "fr",
     ("SEN", "0256", "IGOAFRAFU")),
])
def test_events_a_plea_aupres_de_targets_whom_it_addresses(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # a group of states has no code: no other party of the sentence becomes the target
    ("Moscow accused the West of fuelling the war in Ukraine.", "en"),
    ("Moscou a accusé les Occidentaux d'alimenter la guerre en Ukraine.", "fr"),
])
def test_events_a_group_of_states_leaves_the_target_unknown(code, text, lang):
    assert ("RUSGOV", "112", None) in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a visit to a capital is to its government; a capital that only places a meeting of two
    # others is no party
    ("Indian Prime Minister Narendra Modi will travel to Beijing next week.", "en",
     ("INDGOV", "036", "CHNGOV")),
    ("Le Premier ministre malien s'est rendu à Alger dimanche.", "fr", ("MLIGOV", "042", "DZAGOV")),
])
def test_events_a_visit_to_a_capital_targets_its_government(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The Egyptian and Ethiopian foreign ministers met in Washington on Tuesday.", "en"),
    ("Les chefs de la diplomatie égyptien et éthiopien se sont rencontrés mardi à Washington.",
     "fr"),
])
def test_events_a_capital_placing_a_meeting_is_no_party(code, text, lang):
    found = dyads(code, text, lang)
    assert ("EGYGOV", "040", "ETHGOV") in found
    assert not any("USA" in (s or "") + (t or "") for s, _, t in found)


@pytest.mark.parametrize("text, lang, expected", [
    # a crowd of doctors, teachers or workers on strike stops work; it uses no aircraft
    ("Nigerian doctors began a strike on Monday to demand better pay from the government.",
     "en", ("NGAHLH", "143", "NGAGOV")),
    ("Les médecins nigérians ont entamé lundi une grève contre le gouvernement.",
     "fr", ("NGAHLH", "143", "NGAGOV")),
])
def test_events_en6_strike_by_a_crowd_is_a_labour_strike(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_en6_a_state_strike_stays_an_air_strike(code):
    assert ("ISR", "195", "PSE") in dyads(
        code, "An Israeli strike on a school in Gaza killed 20 people, medics said.", "en")


@pytest.mark.parametrize("text, expected", [
    # attacking someone for or over words, a policy or a stance is criticism
    ("Venezuelan President Nicolas Maduro attacked the opposition for spreading lies.",
     ("VENGOV", "111", "VENOPP")),
    ("Erdogan attacked Sweden for its stance on Kurdish militants.", ("TURGOV", "111", "SWE")),
    ("Indian Prime Minister Narendra Modi attacked Pakistan for its failure to act.",
     ("INDGOV", "111", "PAK")),
])
def test_events_en6_verbal_attack_is_criticism(code, text, expected):
    found = dyads(code, text, "en")
    assert expected in found
    assert not any(c.startswith("19") for _, c, _ in found)


def test_events_en6_approving_a_thing_is_no_praise(code):
    found = dyads(code, "The German parliament approved the sale of tanks to Ukraine.", "en")
    assert not any(c == "051" for _, c, _ in found)


@pytest.mark.parametrize("text, lang", [
    # a government and the rebels of its country meeting are two sides
    ("Colombian officials and ELN rebels resumed talks on Monday.", "en"),
    ("Les autorités colombiennes et les rebelles de l'ELN ont repris les pourparlers lundi.",
     "fr"),
])
def test_events_en6_a_government_and_its_rebels_meet_as_two_sides(code, text, lang):
    found = dyads(code, text, lang)
    assert ("COLGOV", "046", "COLREB") in found
    assert ("COLREB", "046", "COLGOV") in found


def test_events_en6_two_officials_of_one_government_are_no_dyad(code):
    found = dyads(code, "Kenyan officials and Kenyan ministers held talks on Monday.", "en")
    assert not any(s == "KENGOV" and t == "KENGOV" for s, _, t in found)


@pytest.mark.parametrize("text, lang, expected", [
    # a characterising participle names a judgement, not a telephone call (041)
    ("Brazil's president criticised the US tariffs, calling them blackmail.", "en",
     {("BRAGOV", "111", "USA")}),
    ("Iran's foreign minister criticised the new EU sanctions, calling them piracy.", "en",
     {("IRNGOV", "111", "IGOEUREEC")}),
    (("Le président brésilien a critiqué les droits de douane américains, les qualifiant de "
      "chantage."), "fr", {("BRAGOV", "111", "USA")}),
])
def test_events_prec6_calling_something_a_name_is_no_phone_call(code, text, lang, expected):
    assert dyads(code, text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # a blow dealt by an economic measure or trend is no use of force
    ("The central bank governor said the economy had been hit hard by US tariffs.", "en"),
    ("Western sanctions have hit Russia's oil exports, the agency said.", "en"),
    (("Le gouverneur a indiqué que l'économie avait été durement frappée par les taxes "
      "américaines."), "fr"),
    ("Les sanctions occidentales ont frappé les exportations pétrolières de la Russie.", "fr"),
])
def test_events_prec6_economic_blows_are_no_force(code, text, lang):
    assert not any(c.startswith("19") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Russian missiles hit Kyiv overnight, killing four people.", "en"),
    ("Des missiles russes ont frappé Kiev dans la nuit, tuant quatre personnes.", "fr"),
])
def test_events_prec6_missiles_still_hit(code, text, lang):
    assert ("RUS", "190", "UKR") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # markets and prices that hit a level or hit households use no force
    ("Indian shares hit a record high as foreign investors returned.", "en"),
    ("Oil prices hit a six-month low after OPEC raised output.", "en"),
    ("Les prix du pétrole ont frappé les ménages européens de plein fouet.", "fr"),
    ("La Bourse de Paris a frappé fort lundi, portée par le luxe.", "fr"),
])
def test_events_prec6_markets_hitting_levels_are_no_force(code, text, lang):
    assert not any(c.startswith("19") for _, c, _ in dyads(code, text, lang))


def test_events_prec6_tanks_still_hit(code):
    assert ("ISRMIL", "190", "PSE") in dyads(
        code, "Israeli tanks hit a school in Gaza City, the civil defence agency said.", "en")


@pytest.mark.parametrize("text, lang", [
    # a market that rallies stages no protest (14)
    ("Iranian shares rallied after Tehran agreed to resume talks with Washington.", "en"),
    ("Les marchés iraniens ont manifesté leur soulagement après l'accord de Téhéran.", "fr"),
])
def test_events_prec6_markets_rallying_are_no_protest(code, text, lang):
    assert not any(c.startswith("14") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # receiving a letter or a message: its sender writes (040), no hosting (043)
    ("Le président malien a reçu jeudi une lettre de son homologue guinéen.", "fr",
     ("GINGOV", "040", "MLIGOV")),
    ("Le Premier ministre sénégalais a reçu un message du président ivoirien.", "fr",
     ("CIVGOV", "040", "SENGOV")),
    ("The Ugandan president received a letter from his Rwandan counterpart on Monday.", "en",
     ("RWAGOV", "040", "UGAGOV")),
])
def test_events_fr6_a_letter_received_is_no_hosting(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not any(c in ("042", "043") for _, c, _ in found)


@pytest.mark.parametrize("text, lang", [
    # the parties of fighting the parser hangs on the verb it is the subject of
    ("Des combats ont éclaté mardi entre l'armée tchadienne et les rebelles du FACT.", "fr"),
    ("Fighting broke out on Tuesday between the Chadian army and the rebels of FACT.", "en"),
])
def test_events_fr6_fighting_broke_out_between_both_sides(code, text, lang):
    found = dyads(code, text, lang)
    assert ("TCDMIL", "190", "TCDREB") in found
    assert ("TCDREB", "190", "TCDMIL") in found


@pytest.mark.parametrize("text, expected", [
    # an expression's complement the parser hangs on the verb of its noun (`la reprise ...
    # relations` with `relations` on `annoncé`)
    ("Le Maroc a annoncé la reprise de ses relations diplomatiques avec Israël.",
     ("MAR", "050", "ISR")),
    ("Le Maroc a annoncé la reprise de ses relations diplomatiques avec Israël.",
     ("ISR", "050", "MAR")),
])
def test_events_fr6_resumed_relations_hung_on_the_verb(code, text, expected):
    assert expected in dyads(code, text, "fr")


@pytest.mark.parametrize("text, lang, expected", [
    # a summons with no agent is made by the government whose ministry one is summoned to
    ("L'ambassadeur du Maroc a été convoqué au ministère algérien des Affaires étrangères.",
     "fr", ("DZAGOV", "114", "MARGOV")),
    ("The Swedish ambassador was summoned to the Turkish foreign ministry on Friday.", "en",
     ("TURGOV", "114", "SWEGOV")),
])
def test_events_fr6_summoned_to_a_ministry_by_its_government(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_fr6_summoned_to_a_city_names_no_summoner(code):
    # called to a capital: perhaps by one's own government, so no source
    assert not any(c == "114" for _, c, _ in dyads(
        code, "L'ambassadeur d'Espagne a été convoqué à Rabat.", "fr"))


@pytest.mark.parametrize("text, lang", [
    ("La ville de Kharkiv a été bombardée par l'armée russe dans la nuit.", "fr"),
    ("La ville d'Odessa a été bombardée par l'armée russe.", "fr"),
    ("The city of Kharkiv was shelled overnight by Russian forces.", "en"),
    ("Officials said Odesa was struck by Russian drones on Tuesday.", "en"),
])
def test_events_force_on_a_place_told_in_the_passive_aims_at_its_country(code, text, lang):
    assert any(d[1] == "19" and d[0].startswith("RUS") and d[2] == "UKR"
               for d in roots(dyads(code, text, lang)))


@pytest.mark.parametrize("text, lang", [
    ("La ville de Nyala a été bombardée par l'armée soudanaise.", "fr"),
    ("The city of Nyala was shelled by the Sudanese army.", "en"),
])
def test_events_force_on_an_own_place_in_the_passive_names_no_target(code, text, lang):
    assert ("SDNMIL", "19", None) in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("L'Inde et le Pakistan se sont affrontés pendant des décennies au Cachemire.", "fr"),
    ("L'Éthiopie et l'Érythrée se sont affrontées durant des années à la frontière.", "fr"),
    ("India and Pakistan have fought over Kashmir for decades.", "en"),
    ("Armenia and Azerbaijan fought for more than three decades over Karabakh.", "en"),
])
def test_events_act_lasting_many_years_is_recalled_not_coded(code, text, lang):
    assert not [d for d in roots(dyads(code, text, lang)) if d[1] == "19"]


@pytest.mark.parametrize("text, lang", [
    ("Les forces russes et ukrainiennes se sont affrontées pendant des heures près de Koursk.",
     "fr"),
    ("Russian and Ukrainian forces fought for hours near Kursk.", "en"),
])
def test_events_act_lasting_hours_is_news(code, text, lang):
    assert ("RUSMIL", "19", "UKRMIL") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Un tribunal turc a interdit à Ekrem Imamoglu toute activité politique pendant cinq ans.",
     "fr", "172"),
    ("A Turkish court banned Istanbul mayor Ekrem Imamoglu from politics for five years.",
     "en", "172"),
])
def test_events_numbered_span_of_years_keeps_a_penalty(code, text, lang, expected):
    assert expected in [d[1] for d in dyads(code, text, lang)]


@pytest.mark.parametrize("text, lang", [
    ("Le président sénégalais Bassirou Diomaye Faye s'était rendu à Madrid en mars.", "fr"),
    ("US Secretary of State Antony Blinken had visited Beijing in April.", "en"),
])
def test_events_pluperfect_dated_to_a_month_is_recalled_not_coded(code, text, lang):
    assert not dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("La junte nigérienne avait rappelé samedi son ambassadeur à Paris.", "fr"),
    ("Niger's junta had recalled its ambassador from Paris on Saturday.", "en"),
])
def test_events_pluperfect_dated_to_a_weekday_is_news(code, text, lang):
    assert ("NERGOV", "161", "FRA") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("L'armée nigériane a repoussé une incursion de Boko Haram.", "fr", ("NGAMIL", "190", "NGAREB")),
    ("L'armée burkinabè a repoussé les assaillants du JNIM.", "fr", ("BFAMIL", "190", "MLIREB")),
    ("Nigerian troops repelled an incursion by Boko Haram fighters.", "en",
     ("NGAMIL", "190", "NGAREB")),
    ("Burkinabe troops repelled the JNIM attackers.", "en", ("BFAMIL", "190", "MLIREB")),
])
def test_events_repelling_attackers_is_force_not_rejection(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Gitega a fermé sa frontière avec le Rwanda, qu'il accuse d'héberger des putschistes.", "fr",
     ("BDIGOV", "112", "RWA")),
    ("Israël a frappé le Hezbollah, qu'il tient pour responsable des tirs de roquettes.", "fr",
     ("ISR", "112", "LBNREB")),
    ("Bamako a expulsé l'ambassadeur de France, qu'il accuse d'ingérence.", "fr",
     ("MLIGOV", "1125", "FRAGOV")),
    ("Gitega closed its border with Kigali, which it accuses of sheltering coup plotters.", "en",
     ("BDIGOV", "112", "RWAGOV")),
    ("Mali expelled the French ambassador, whom it accused of interference.", "en",
     ("MLI", "1125", "FRAGOV")),
])
def test_events_relative_pronoun_object_stands_for_its_noun(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Hamas, which attacked Israel on Oct. 7, 2023, released two hostages on Saturday.", "en"),
    ("Le Hamas, qui a attaqué Israël le 7 octobre 2023, a libéré samedi deux otages.", "fr"),
])
def test_events_relative_clause_dated_with_a_full_date_is_recalled(code, text, lang):
    assert not [d for d in roots(dyads(code, text, lang)) if d[1] == "19"]


@pytest.mark.parametrize("text, lang, expected", [
    # a ligature is two letters: `manœuvres` and `manoeuvres` are one word
    ("La Chine a lancé lundi des manoeuvres militaires autour de Taïwan.", "fr",
     ("CHN", "150", "TWN")),
    ("China staged military manœuvres around Taiwan on Monday.", "en", ("CHN", "150", "TWN")),
    # troops massed at a border, counted or not
    ("L'armée russe a massé des milliers de soldats à la frontière ukrainienne.", "fr",
     ("RUSMIL", "154", "UKR")),
    ("Russia has massed thousands of soldiers on the Ukrainian border.", "en",
     ("RUS", "154", "UKR")),
    # an embassy's staff cut down reduces diplomatic relations
    ("La Pologne a réduit le personnel de l'ambassade de Russie à Varsovie.", "fr",
     ("POL", "161", "RUSGOV")),
    ("Poland reduced the diplomatic staff of the Russian embassy in Warsaw.", "en",
     ("POL", "161", "RUSGOV")),
    # blame shifted onto another is an accusation
    ("Kigali a rejeté la responsabilité de la crise sur Kinshasa.", "fr",
     ("RWAGOV", "112", "CODGOV")),
    ("Kigali shifted the blame for the crisis onto Kinshasa.", "en",
     ("RWAGOV", "112", "CODGOV")),
    # a participle the tagger hung on the counted object after it heads the clause
    ("La Russie a expulsé dix diplomates polonais.", "fr", ("RUS", "161", "POLGOV")),
])
def test_events_fr7_force_posture_reduced_relations_and_blame(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a participle opening the sentence with its agent is an act done, done to the subject of
    # the clause it leads into, which neither denies nor refuses it
    ("Accusé par Washington de soutenir le terrorisme, l'Iran a rejeté ces allégations.", "fr",
     ("USAGOV", "11", "IRN")),
    ("Accused by Washington of supporting terrorism, Iran rejected the allegations.", "en",
     ("USAGOV", "11", "IRN")),
    # a name after `par` the parser made a modifier is the agent all the same
    ("Critiqué par Paris, le gouvernement malien a maintenu sa décision.", "fr",
     ("FRAGOV", "11", "MLIGOV")),
    ("Criticised by Paris, the Malian government maintained its decision.", "en",
     ("FRAGOV", "11", "MLIGOV")),
])
def test_events_fr7_fronted_participle_with_its_agent(code, text, lang, expected):
    src, root, tgt = expected
    assert any(s == src and c.startswith(root) and t == tgt for s, c, t in dyads(code, text, lang))
    assert not any(s == tgt and c.startswith(root) and t == src
                   for s, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # aid announced for another is pledged (033), financial aid by its sum (0331)
    ("La Commission européenne a annoncé une aide de 500 millions d'euros à la Tunisie.", "fr",
     ("IGOEUREECGOV", "0331", "TUN")),
    ("The European Commission announced 500 million euros in aid to Tunisia.", "en",
     ("IGOEUREECGOV", "0331", "TUN")),
    ("Le Japon a annoncé une aide humanitaire pour Gaza.", "fr", ("JPN", "0333", "PSE")),
    ("Japan announced humanitarian aid for Gaza.", "en", ("JPN", "0333", "PSE")),
    # trade frozen or suspended with a country is an embargo (163)
    ("Ankara a gelé ses échanges commerciaux avec Israël.", "fr", ("TURGOV", "163", "ISR")),
    ("Turkey suspended all trade with Israel.", "en", ("TUR", "163", "ISR")),
    # nuclear weapons deployed in a country (154)
    ("La Russie a déployé des armes nucléaires en Biélorussie.", "fr", ("RUS", "154", "BLR")),
    ("Russia has deployed tactical nuclear weapons in Belarus.", "en", ("RUS", "154", "BLR")),
])
def test_events_fr7_announced_aid_frozen_trade_deployed_weapons(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_fr7_aid_announced_for_no_actor_codes_no_pledge(code):
    found = dyads(code, "Le gouvernement a annoncé une aide aux agriculteurs touchés par la "
                        "sécheresse.", "fr")
    assert not any(c.startswith("033") for _, c, _ in found)


@pytest.mark.parametrize("text, lang", [
    # the marked argument of an infinitive that the parser hung on the verb it completes
    ("Washington a décidé de suspendre son aide militaire à l'Egypte.", "fr"),
    ("Washington decided to suspend its military aid to Egypt.", "en"),
])
def test_events_fr7_infinitive_target_hung_on_the_governing_verb(code, text, lang):
    assert ("USAGOV", "1622", "EGY") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # members of the European Parliament are the Parliament, not a legislature of a country
    # the sentence names
    ("Les députés européens ont adopté une résolution condamnant la répression en Iran.", "fr"),
    ("European lawmakers adopted a resolution condemning the crackdown in Iran.", "en"),
])
def test_events_fr7_european_lawmakers_are_the_european_parliament(code, text, lang):
    found = dyads(code, text, lang)
    assert any(s == "IGOEUREECLEG" and c == "111" for s, c, _ in found)
    assert not any(s == "IRNLEG" for s, _, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    # a relative pronoun object of a verb with its own subject stands for the noun before it
    ("Le Niger a expulsé l'ambassadeur de France, qu'il accuse d'ingérence.", "fr",
     ("NER", "112", "FRAGOV")),
    ("Niger expelled the French ambassador, whom it accuses of interference.", "en",
     ("NER", "112", "FRAGOV")),
    ("Le Mali a expulsé l'ambassadeur de France, à qui il reproche des propos outrageants.",
     "fr", ("MLI", "110", "FRAGOV")),
    ("Erdogan s'en est pris à Israël, qu'il a accusé de génocide.", "fr",
     ("TURGOV", "112", "ISR")),
    ("Erdogan lashed out at Israel, which he accused of genocide.", "en",
     ("TURGOV", "112", "ISR")),
])
def test_events_fr7_relative_pronoun_object_stands_for_its_antecedent(code, text, lang,
                                                                     expected):
    src, prefix, tgt = expected
    assert any(s == src and c.startswith(prefix) and t == tgt
               for s, c, t in dyads(code, text, lang))


def test_events_fr7_relative_subject_is_no_object(code):
    # `qui` the subject of its clause: the target is the verb's own object
    found = dyads(code, "Le Hamas, qui accuse Israël de bloquer l'aide, a suspendu les "
                        "négociations.", "fr")
    assert ("PSEREB", "112", "ISR") in found


@pytest.mark.parametrize("text, expected", [
    # verbs and phrases of verbal disapproval and blame
    ("A U.N. panel faulted Israel for the civilian toll of its offensive.", ("IGOUNO", "111", "ISR")),
    ("Chinese state media excoriated Japan over the discharge of treated water.",
     ("CHNMED", "111", "JPN")),
    ("Iran's supreme leader railed against the United States on Friday.", ("IRNGOV", "111", "USA")),
    ("Moscow rounded on Berlin after the delivery of the missiles.", ("RUSGOV", "111", "DEUGOV")),
    ("Hungary's Orban ridiculed the European Union on Thursday.", ("HUNGOV", "111", "IGOEUREEC")),
    ("Erdogan vilified Netanyahu in a speech in Istanbul.", ("TURGOV", "111", "ISRGOV")),
    ("Beijing scolded Canada after a Canadian frigate crossed the strait.",
     ("CHNGOV", "111", "CAN")),
    ("Ukraine reproached Hungary for blocking the aid package.", ("UKR", "111", "HUN")),
    ("Baerbock took China to task for its stance on the war.", ("DEUGOV", "111", "CHN")),
    ("Azerbaijan leveled harsh criticism at France over its arms sales.", ("AZE", "111", "FRA")),
    ("Brazil drew a sharp rebuke from Israel on Monday.", ("ISR", "111", "BRA")),
    ("The State Department voiced objections to Georgia's new law.", ("USAGOV", "110", "GEO")),
    ("Israel pointed the finger at Iran for the attack on the tanker.", ("ISR", "112", "IRN")),
])
def test_events_en7_verbal_disapproval_phrasings(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected", [
    # detention and sentencing phrasings
    ("Russian authorities locked up an American reporter on Monday.", ("RUSGOV", "173", "USAMED")),
    ("Israel placed a Palestinian lawmaker under administrative detention.",
     ("ISR", "173", "PSELEG")),
    ("Washington scaled back military aid to Egypt on Tuesday.", ("USAGOV", "162", "EGY")),
])
def test_events_en7_coercion_and_aid_cut_phrasings(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text", [
    # near misses: the same words with no disapproval, detention or sanction
    "The second round on Sunday will pit the two candidates against each other.",
    "Inflation has leveled off in Turkey, the central bank said.",
    "The plant in Japan was locked down after the earthquake.",
    "Officials in Kenya said the fault lay in the power grid.",
])
def test_events_en7_near_misses_code_nothing(code, text):
    assert not dyads(code, text, "en")


@pytest.mark.parametrize("text, lang, expected", [
    # ending an agreement of any name (deal, accord, pact, treaty) reduces relations
    ("Niger's junta revoked a military cooperation deal with the United States.", "en",
     ("NERGOV", "160", "USA")),
    ("Mali's junta cancelled a defence agreement with France on Monday.", "en",
     ("MLIGOV", "160", "FRA")),
    ("Burkina Faso annulled a tax accord with France.", "en", ("BFA", "160", "FRA")),
])
def test_events_en7_agreement_ended(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_en7_talks_ending_without_a_deal_end_no_agreement(code):
    assert not any(c == "160" for _, c, _ in dyads(
        code, "The talks in Doha ended without a deal with Hamas, Qatar said.", "en"))


@pytest.mark.parametrize("text, lang", [
    # two subjects the parser leaves uncoordinated, the `and` hung on the first
    (("Ethiopian Prime Minister Abiy Ahmed and Kenyan President William Ruto discussed "
      "regional security."), "en"),
    (("Le Premier ministre éthiopien Abiy Ahmed et le président kényan William Ruto ont "
      "discuté de la sécurité régionale."), "fr"),
])
def test_events_en7_two_subjects_joined_by_and_both_act(code, text, lang):
    found = dyads(code, text, lang)
    assert ("ETHGOV", "040", "KENGOV") in found
    assert ("KENGOV", "040", "ETHGOV") in found


@pytest.mark.parametrize("text, lang, expected", [
    # a subject the parser missed is not an actor named in a relative clause on it
    ("Orban, who met Putin last year, on Thursday vetoed the EU aid package.", "en",
     ("HUNGOV", "129", "IGOEUREEC")),
    ("Orban, qui a rencontré Poutine l'an dernier, a bloqué jeudi le plan d'aide de l'UE.",
     "fr", ("HUNGOV", "120", "IGOEUREEC")),
])
def test_events_en7_missed_subject_not_taken_from_a_relative_clause(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not any(s == "RUSGOV" for s, _, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    # a speech verb whose clause puts an actor behind an act accuses it
    ("Israel said Iran was behind the drone attack on the tanker.", "en", ("ISR", "112", "IRN")),
    ("Israël a affirmé que l'Iran était derrière l'attaque de drones contre le pétrolier.", "fr",
     ("ISR", "112", "IRN")),
])
def test_events_en7_said_to_be_behind_an_act_is_an_accusation(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # behind a place, or standing behind an ally, blames no one
    ("The minister said Ukrainian troops were behind the front line near Bakhmut.", "en"),
    ("Erdogan said Turkey stood behind Azerbaijan.", "en"),
    ("Le ministre a dit que les troupes ukrainiennes étaient derrière la ligne de front.", "fr"),
])
def test_events_en7_behind_a_place_or_an_ally_accuses_no_one(code, text, lang):
    assert not any(c.startswith("112") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, expected", [
    # missions closed, envoys and officials ordered out, visas restricted, passports taken
    ("Russia shut down the Polish consulate in Smolensk.", ("RUS", "161", "POLGOV")),
    ("The Kremlin ordered the closure of the Finnish consulate in St Petersburg.",
     ("RUSGOV", "161", "FINGOV")),
    ("Niger's junta ordered the French ambassador out of the country.",
     ("NERGOV", "161", "FRAGOV")),
    ("Israel ordered U.N. officials out of the country.", ("ISR", "174", "IGOUNO")),
    ("The United States restricted visas for Nicaraguan officials.", ("USA", "172", "NICGOV")),
    ("Belarus stripped exiled opposition leader Sviatlana Tsikhanouskaya of her passport.",
     ("BLR", "172", "BLROPP")),
])
def test_events_en7_missions_closed_and_people_ordered_out(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text", [
    "Police shut down the main road near the embassy in Nairobi.",
    "The president ordered an investigation into the closure of the consulate.",
])
def test_events_en7_roads_near_missions_and_inquiries_reduce_no_relations(code, text):
    assert not any(c.startswith("16") for _, c, _ in dyads(code, text, "en"))


@pytest.mark.parametrize("text, expected", [
    # diplomats recalled from a country, a plan dismissed
    ("South Africa recalled all its diplomats from Israel.", ("ZAF", "161", "ISR")),
    ("The Kremlin dismissed Zelenskiy's peace plan as unrealistic.",
     ("RUSGOV", "120", "UKRGOV")),
])
def test_events_en7_diplomats_recalled_and_plans_dismissed(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_en7_recalling_a_past_event_recalls_no_diplomat(code):
    text = "Macron recalled that French diplomats in Niger had been held in the embassy for weeks."
    assert not any(c.startswith("16") for _, c, _ in dyads(code, text, "en"))


@pytest.mark.parametrize("text, expected", [
    ("The White House bashed China over trade on Tuesday.", ("USAGOV", "111", "CHN")),
    ("Israel's foreign minister chastised Spain for recognising a Palestinian state.",
     ("ISRGOV", "111", "ESP")),
    ("Belarusian police hauled off opposition supporters outside the court.",
     ("BLRCOP", "173", "BLROPP")),
])
def test_events_en7_bashed_chastised_hauled_off(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_en7_rubble_hauled_away_is_no_arrest(code):
    assert not dyads(code, "Workers hauled away the rubble after the earthquake in Turkey.", "en")


@pytest.mark.parametrize("text, lang, expected", [
    # a protest against an act is aimed at its doer, not at whom it was done to
    ("Le Japon a protesté contre l'arrestation d'un diplomate japonais par la Russie.", "fr",
     ("JPN", "114", "RUS")),
    ("Tokyo protested on Monday against the detention of a Japanese engineer by China.", "en",
     ("JPNGOV", "114", "CHN")),
])
def test_events_tgt7_protest_against_an_act_aims_at_its_doer(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not any(c == "114" and t != expected[2] for _, c, t in found)


@pytest.mark.parametrize("text, lang", [
    # force named by a noun, the place it struck after its target marker, no one named
    ("Russia launched a missile strike on Kharkiv on Monday.", "en"),
    ("La Russie a lancé lundi une frappe de missile sur Kharkiv.", "fr"),
])
def test_events_tgt7_strike_on_a_place_aims_at_its_country(code, text, lang):
    assert ("RUS", "195", "UKR") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a target owned by `its`/`ses`, which the plural doers cannot own: the speaker's
    ("Georgia said Russian soldiers had fired on its border posts overnight.", "en",
     ("RUSMIL", "GEO")),
    ("La Géorgie a affirmé que des soldats russes avaient tiré sur ses postes-frontières.",
     "fr", ("RUSMIL", "GEO")),
])
def test_events_tgt7_single_possessive_target_owned_by_the_speaker(code, text, lang,
                                                                   expected):
    assert any((s, t) == expected and c[:2] == "19" for s, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # a singular doer may own what it acts on: no owner is sought above it
    ("Mali said the army had withdrawn its troops from the base.", "en"),
    ("Le Mali a indiqué que l'armée avait retiré ses troupes de la base.", "fr"),
])
def test_events_tgt7_singular_doer_keeps_its_possessive(code, text, lang):
    assert not any(t == "MLI" for _, _, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # criticism received: the critic owns the noun, the subject is criticised
    ("Le raid israélien sur Beyrouth a suscité la condamnation de l'Egypte.", "fr",
     ("EGY", "111", "ISR")),
    ("La Pologne s'est attiré les foudres de l'Allemagne.", "fr", ("DEU", "111", "POL")),
    ("Israel's raid on Beirut drew condemnation from Egypt.", "en", ("EGY", "111", "ISR")),
])
def test_events_tgt7_criticism_received_from_the_nouns_owner(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a pronominal verb the parser hangs on its subject noun, the sentence's root
    ("Le président turc s'en est pris à la Suède.", "fr", ("TURGOV", "111", "SWE")),
    # reproach is criticism in both languages
    ("Niger reproached France for backing jihadists in the Sahel.", "en", ("NER", "111", "FRA")),
])
def test_events_tgt7_criticism_by_a_misparsed_subject_and_reproach(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_tgt7_reprocher_is_disapproval(code):
    found = dyads(code, "Le Niger a reproché à la France de soutenir les jihadistes.", "fr")
    assert any(s == "NER" and c[:2] == "11" and t == "FRA" for s, c, t in found)


@pytest.mark.parametrize("text, lang", [
    # the doer of a condemned attack, named by the light verb's participle that carried it
    # out, wherever the parser hung it
    (("La Pologne a condamné l'attaque contre la ville ukrainienne de Lviv menée par les "
      "forces russes."), "fr"),
    ("Poland condemned the attack on the Ukrainian city of Lviv carried out by Russian forces.",
     "en"),
])
def test_events_tgt7_condemned_attack_carried_out_by(code, text, lang):
    found = dyads(code, text, lang)
    assert ("POL", "111", "RUSMIL") in found


def test_events_tgt7_a_participle_of_another_noun_carries_out_nothing(code):
    # `mené` agrees with the convoy, not the attack: the UN did not attack
    found = dyads(code, "La France a condamné l'attaque contre le convoi mené par l'ONU.", "fr")
    assert not any(t == "IGOUNO" for s, c, t in found if c[:2] == "11")


@pytest.mark.parametrize("text, lang", [
    # an intent to cooperate that names no partner cooperates with no one
    (("Le ministère chinois des Affaires étrangères a affirmé que Pékin était prêt à travailler "
     "avec toutes les parties pour promouvoir la paix."), "fr"),
    (("The Chinese foreign ministry said Beijing was ready to work with all parties to promote "
     "peace."), "en"),
])
def test_events_prec7_intent_to_cooperate_with_no_partner_is_no_event(code, text, lang):
    assert not any(c.startswith("03") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    (("La Chine est prête à travailler avec le Brésil pour approfondir la coopération, a "
     "déclaré Xi Jinping à Lula."), "fr"),
    ("China is ready to work with Brazil to deepen cooperation, Xi told Lula.", "en"),
])
def test_events_prec7_intent_to_cooperate_with_a_partner_is_coded(code, text, lang):
    assert ("CHN", "030", "BRA") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # what experts or observers expect is their opinion, not a report of an act
    (("Des experts estiment que la Corée du Nord pourrait tester un nouveau missile balistique "
     "d'ici quelques semaines."), "fr"),
    (("Selon des observateurs, les négociations entre l'Arménie et l'Azerbaïdjan pourraient "
     "reprendre au printemps."), "fr"),
    ("Experts believe North Korea may test another ballistic missile within weeks.", "en"),
    ("Observers say negotiations between Armenia and Azerbaijan could resume in the spring.",
     "en"),
])
def test_events_prec7_experts_and_observers_opine(code, text, lang):
    assert not dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("La Corée du Nord a testé jeudi un nouveau missile balistique, a indiqué Séoul.", "fr"),
    ("North Korea tested another ballistic missile on Thursday, Seoul said.", "en"),
])
def test_events_prec7_reported_missile_test_still_coded(code, text, lang):
    assert ("PRK", "150", None) in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # a meeting called off or postponed did not take place
    ("Le sommet entre Poutine et Xi Jinping a été ajourné à la dernière minute.", "fr"),
    ("Antony Blinken a reporté sa visite en Chine.", "fr"),
    ("The summit between Putin and Xi was cancelled at the last minute.", "en"),
    ("Blinken postponed his trip to China after a suspected spy balloon was spotted.", "en"),
])
def test_events_prec7_cancelled_meeting_is_no_event(code, text, lang):
    assert not any(c.startswith("04") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Le sommet entre Poutine et Xi Jinping s'est ouvert jeudi à Pékin.", "fr"),
    ("The summit between Putin and Xi opened in Beijing on Thursday.", "en"),
])
def test_events_prec7_meeting_held_is_coded(code, text, lang):
    assert ("RUSGOV", "040", "CHNGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # an act noun dated to a past year, subject of its clause, recalls the act
    (("L'invasion de l'Ukraine par la Russie en 2022 a provoqué la plus grave crise de réfugiés "
     "en Europe."), "fr"),
    (("Russia's invasion of Ukraine in 2022 triggered the biggest refugee crisis in Europe since "
     "World War II."), "en"),
])
def test_events_prec7_act_noun_dated_to_a_past_year_is_background(code, text, lang):
    assert not any(c.startswith("19") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("La frappe israélienne contre le consulat iranien à Damas lundi a tué sept officiers.",
     "fr"),
    ("The Israeli strike on Iran's consulate in Damascus on Monday killed seven officers.", "en"),
])
def test_events_prec7_act_noun_of_the_news_is_coded(code, text, lang):
    assert ("ISR", "195", "IRNGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # an intent to meet that names no one to meet is no event
    ("Benyamin Netanyahou devrait se rendre à l'étranger la semaine prochaine.", "fr"),
    ("Netanyahu is expected to travel abroad next week.", "en"),
])
def test_events_prec7_intent_to_meet_no_one_is_no_event(code, text, lang):
    assert not any(c.startswith("03") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Benyamin Netanyahou devrait se rendre à Washington la semaine prochaine.", "fr"),
    ("Netanyahu is expected to travel to Washington next week.", "en"),
])
def test_events_prec7_intent_to_meet_a_host_is_coded(code, text, lang):
    assert ("ISRGOV", "036", "USAGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, root", [
    # frp7: an act noun called off or put off does not take place
    ("La rencontre prévue entre les ministres nigérian et béninois a été annulée.", "fr", "04"),
    ("Le chef de la diplomatie turque a reporté sa visite en Grèce.", "fr", "04"),
    ("Les pourparlers entre Khartoum et les rebelles à Djeddah ont été ajournés.", "fr", "04"),
    ("The planned meeting between the Nigerian and Beninese ministers was cancelled.", "en",
     "04"),
    ("The summit between the Kenyan and Ugandan presidents was postponed.", "en", "04"),
])
def test_events_frp7_an_act_called_off_is_no_event(code, text, lang, root):
    assert root not in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # its twin: an act noun carried out is coded
    ("Les ministres nigérian et béninois ont tenu une rencontre à Cotonou.", "fr",
     ("NGAGOV", "040", "BENGOV")),
    ("Le président sénégalais a effectué une visite à Paris.", "fr", ("SENGOV", "042", "FRAGOV")),
    ("Kenyan President William Ruto held a meeting with Ugandan President Yoweri Museveni.",
     "en", ("KENGOV", "040", "UGAGOV")),
    # cancelling a visit is its own act (160)
    ("Le président sénégalais a annulé sa visite à Paris.", "fr", ("SENGOV", "160", "FRA")),
])
def test_events_frp7_an_act_carried_out_is_coded(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # frp7: what would follow a supposition, told by no one who would do it, did not happen
    ("Si l'Éthiopie attaque l'Érythrée, l'Égypte riposterait, estiment des diplomates.", "fr"),
    ("Si la Russie attaquait la Moldavie, l'Otan interviendrait.", "fr"),
    ("If Russia attacked Moldova, NATO would intervene.", "en"),
])
def test_events_frp7_the_consequence_of_a_supposition_is_no_event(code, text, lang):
    assert dyads(code, text, lang) == set()


@pytest.mark.parametrize("text, lang, expected", [
    # its twin: an actor warning it would act if attacked threatens (138)
    ("L'Égypte a averti qu'elle riposterait si l'Éthiopie attaquait l'Érythrée.", "fr",
     ("EGY", "138", "ETH")),
    ("Egypt warned that it would retaliate if Ethiopia attacked Eritrea.", "en",
     ("EGY", "138", "ETH")),
])
def test_events_frp7_a_warning_of_action_on_a_supposition_is_a_threat(code, text, lang,
                                                                        expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # frp7: weapons received from X are X's military aid, no hosting
    ("L'Ukraine a reçu un nouveau lot de missiles de l'Allemagne.", "fr", ("DEU", "072", "UKR")),
    ("Kiev a reçu des munitions de la Pologne.", "fr", ("POL", "072", "UKRGOV")),
    ("Ukraine received a new batch of missiles from Germany.", "en", ("DEU", "072", "UKR")),
    # aid announced for a country: the intent to provide it
    ("Les États-Unis ont annoncé une aide humanitaire au Soudan.", "fr", ("USA", "0333", "SDN")),
    ("Le Japon a annoncé une aide financière au Kenya.", "fr", ("JPN", "0331", "KEN")),
    ("The United States announced humanitarian aid to Sudan on Tuesday.", "en",
     ("USA", "0333", "SDN")),
])
def test_events_frp7_weapons_received_and_aid_announced(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("L'Ukraine a reçu un nouveau lot de missiles de l'Allemagne.", "fr"),
    ("Ukraine received a new batch of missiles from Germany.", "en"),
])
def test_events_frp7_weapons_received_are_no_visit(code, text, lang):
    assert not any(c[:2] == "04" for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # frp7: harm told in the passive with no agent, within an attack whose doer is named, was
    # done by that doer
    ("Des soldats tchadiens ont été tués lors d'une attaque de Boko Haram près du lac Tchad.",
     "fr", ("NGAREB", "190", "TCDMIL")),
    ("Douze soldats maliens ont été tués dans une attaque des jihadistes du JNIM.", "fr",
     ("MLIREB", "190", "MLIMIL")),
    ("Ten Chadian soldiers were killed in a Boko Haram attack near Lake Chad.", "en",
     ("NGAREB", "190", "TCDMIL")),
    ("Five Congolese soldiers were wounded during an attack by M23 rebels.", "en",
     ("CODREB", "190", "CODMIL")),
])
def test_events_frp7_harm_in_a_named_attack_is_the_attackers(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # an attack told only by its place names no doer
    ("Des soldats maliens ont été tués dans une attaque dans la région de Mopti.", "fr"),
    ("Malian soldiers were killed in an attack in the Mopti region.", "en"),
])
def test_events_frp7_harm_in_an_attack_by_no_one_named_has_no_named_doer(code, text, lang):
    assert not any(s and s.endswith("REB") for s, _, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # frp7: an act a wished clause's verb governs is only wished for too
    (("Le ministre a dit espérer que la Turquie accepterait de rouvrir sa frontière avec "
      "l'Arménie."), "fr"),
    ("Le président a souhaité que la Russie accepte de négocier avec l'Ukraine.", "fr"),
    ("The minister said he hoped that Turkey would agree to reopen its border with Armenia.",
     "en"),
    # a pluperfect act in a clause that recalls it is background
    ("Le président a rappelé que la France avait soutenu l'Ukraine dès le début de la guerre.",
     "fr"),
    ("The president recalled that France had backed Ukraine since the start of the war.", "en"),
])
def test_events_frp7_wished_and_recalled_acts_are_no_events(code, text, lang):
    assert dyads(code, text, lang) == set()


@pytest.mark.parametrize("text, lang, expected", [
    # their twins: an act announced, or told in the pluperfect under another speech verb
    ("Le ministre a annoncé que la Turquie acceptait de rouvrir sa frontière avec l'Arménie.",
     "fr", ("TUR", "032", "ARM")),
    ("Le président a indiqué que la France avait livré des armes à l'Ukraine mardi.", "fr",
     ("FRA", "072", "UKR")),
    ("The president said France had delivered weapons to Ukraine on Tuesday.", "en",
     ("FRA", "072", "UKR")),
])
def test_events_frp7_acts_announced_or_reported_are_coded(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # frp7: a subject the parser marks passive under `avoir` with no passive auxiliary acts
    (("Le président angolais João Lourenço a reçu le président rwandais Paul Kagame. "
      "Lourenço a ensuite téléphoné au président kényan William Ruto."), "fr",
     ("AGOGOV", "041", "KENGOV")),
    ("Angolan President João Lourenço later phoned Kenyan President William Ruto.", "en",
     ("AGOGOV", "041", "KENGOV")),
    # a true passive keeps its agent as the source
    ("Des soldats nigériens ont été tués par des jihadistes de l'État islamique.", "fr",
     ("IMGREBMOS", "190", "NERMIL")),
])
def test_events_frp7_avoir_makes_no_passive(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # prec8: deaths in a mishap with no doer named are no one's force
    ("At least 25 passengers were killed in a bus crash in northern Ghana on Monday.", "en"),
    ("Eighteen pilgrims died in a stampede near a shrine in southern Senegal.", "en"),
    ("Au moins 25 passagers ont été tués dans un accident de car dans le nord du Ghana.", "fr"),
    # an act noun in a yes-no question is asked about, not told
    ("Is Russia preparing a new offensive against Ukraine?", "en"),
    ("La Russie prépare-t-elle une nouvelle offensive contre l'Ukraine ?", "fr"),
])
def test_events_prec8_mishaps_and_questioned_acts_are_no_events(code, text, lang):
    assert dyads(code, text, lang) == set()


@pytest.mark.parametrize("text, lang, expected", [
    # their twins: a doer named in the mishap, an act told, a question word before the act
    ("Nigerian soldiers killed 25 villagers in a raid in northern Nigeria on Monday.", "en",
     ("NGAMIL", "19", "NGACVL")),
    ("Russia launched a new offensive against Ukraine on Monday.", "en", ("RUS", "19", "UKR")),
    ("La Russie a lancé lundi une nouvelle offensive contre l'Ukraine.", "fr",
     ("RUS", "19", "UKR")),
    ("Why did Russia launch a new offensive against Ukraine?", "en", ("RUS", "19", "UKR")),
])
def test_events_prec8_acts_told_or_done_by_someone_are_coded(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # prec8: receiving a paper (a proposal, a plan) hosts no guest
    ("Hamas said on Monday it had received the new Israeli ceasefire proposal.", "en"),
    ("Qatar received the latest Egyptian plan for a truce in Gaza.", "en"),
    ("Le Qatar a reçu le dernier plan égyptien de trêve à Gaza.", "fr"),
])
def test_events_prec8_received_papers_host_no_one(code, text, lang):
    assert "04" not in {c[:2] for _, c, _ in dyads(code, text, lang)}


@pytest.mark.parametrize("text, lang, expected", [
    # their twins: receiving a delegation or a leader hosts them
    ("Egyptian President Abdel Fattah al-Sisi received the Israeli delegation in Cairo.", "en",
     ("EGYGOV", "043", "ISR")),
    ("Le président égyptien Abdel Fattah al-Sissi a reçu la délégation israélienne au Caire.",
     "fr", ("EGYGOV", "043", "ISR")),
])
def test_events_prec8_received_guests_are_hosted(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # prec8: force on what an actor says or decides is words, not blows
    ("Iranian President Ebrahim Raisi attacked U.S. policy in the Middle East in a speech.",
     "en"),
    ("Le président iranien Ebrahim Raïssi a attaqué la politique américaine au Moyen-Orient.",
     "fr"),
])
def test_events_prec8_force_on_policy_is_no_force(code, text, lang):
    assert "19" not in {c[:2] for _, c, _ in dyads(code, text, lang)}


@pytest.mark.parametrize("text, lang, expected", [
    # their twins: force on military positions
    ("Russian forces attacked Ukrainian positions near Bakhmut on Tuesday.", "en",
     ("RUSMIL", "190", "UKR")),
    ("Les forces russes ont attaqué des positions ukrainiennes près de Bakhmout mardi.", "fr",
     ("RUSMIL", "190", "UKR")),
])
def test_events_prec8_force_on_positions_is_coded(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # en8: a broken truce a speaker says another committed is the speaker's accusation
    ("Russia said Ukraine had violated the ceasefire.", "en", ("RUS", "1123", "UKR")),
    ("Pakistan said Indian troops violated the truce along the border on Tuesday.", "en",
     ("PAK", "1123", "INDMIL")),
    ("La Russie a affirmé que l'Ukraine avait violé le cessez-le-feu.", "fr",
     ("RUS", "1123", "UKR")),
])
def test_events_en8_claimed_truce_violation_is_an_accusation(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not any(c == "196" for _, c, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    # its twin: a violation the text asserts stays one
    ("Ukraine violated the ceasefire on Tuesday.", "en", ("UKR", "196", None)),
])
def test_events_en8_asserted_truce_violation_stays(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text", [
    # en8: a phrasal verb is another verb: giving up or in gives no aid
    "Zelensky said Ukraine would never give up.",
    "Zelensky said Ukraine would never give up its territory.",
    "Kyiv will not give in to Russian pressure.",
])
def test_events_en8_give_up_is_no_aid(code, text):
    assert not any(c[:2] in ("07", "12") for _, c, _ in dyads(code, text, "en"))


def test_events_en8_plain_give_stays_aid(code):
    assert ("DEU", "070", "KEN") in dyads(code, "Germany gave 500 million euros to Kenya.", "en")


@pytest.mark.parametrize("text, lang, expected", [
    # en8: a participle of aiming hung on sanctions tells what they aim at, no attack
    ("The EU imposed sanctions on Russia's financial sector, targeting more than 100 entities.",
     "en", ("IGOEUREEC", "163", "RUS")),
    ("Washington imposed new sanctions on Iran, targeting its oil exports.", "en",
     ("USAGOV", "163", "IRN")),
    (("L'Union européenne a imposé de nouvelles sanctions à la Russie, ciblant plus de 100 "
      "entités."), "fr", ("IGOEUREEC", "163", "RUS")),
])
def test_events_en8_aiming_participle_is_no_attack(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not any(c[:2] == "19" for _, c, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    # its twins: targeting as the act itself, or hung on an attack, is force
    ("Russian drones targeted Kyiv overnight.", "en", ("RUSMIL", "190", "UKR")),
    ("Des drones russes ont ciblé Kiev dans la nuit.", "fr", ("RUSMIL", "190", "UKR")),
    ("Israel launched air strikes on Gaza, targeting Hamas commanders.", "en",
     ("ISR", "190", "PSEREB")),
])
def test_events_en8_targeting_as_force_stays(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # en8: an envoy recalled in the passive with no agent is recalled by their own state
    ("Israel's ambassador to Turkey was recalled on Tuesday.", "en", ("ISRGOV", "161", "TUR")),
    ("The French ambassador to Niger was recalled to Paris.", "en", ("FRAGOV", "161", "NER")),
    ("L'ambassadeur d'Israël en Turquie a été rappelé mardi.", "fr", ("ISRGOV", "161", "TUR")),
    ("L'ambassadeur de France au Niger a été rappelé à Paris.", "fr", ("FRAGOV", "161", "NER")),
])
def test_events_en8_passive_envoy_recall_is_own_states(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # en8: reducing one's diplomatic presence in a country reduces relations with it
    ("Azerbaijan's foreign ministry said Baku was downgrading its diplomatic presence in France.",
     "en", ("AZEGOV", "160", "FRA")),
    ("The United States scaled back its diplomatic presence in Niger.", "en", ("USA", "160", "NER")),
    ("Le Royaume-Uni a réduit sa présence diplomatique en Iran.", "fr", ("GBR", "160", "IRN")),
])
def test_events_en8_reduced_diplomatic_presence(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_en8_reduced_military_presence_is_no_reduced_relations(code):
    found = dyads(code, "The US military reduced its presence in Niger.", "en")
    assert not any(c[:2] == "16" for _, c, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    # en8: battling or skirmishing with an armed side is fighting
    ("Somali troops battled al-Shabaab fighters in Middle Shabelle.", "en",
     ("SOMMIL", "190", "SOMREB")),
    ("Malian soldiers skirmished with jihadists near Timbuktu.", "en",
     ("MLIMIL", "190", "MLIINS")),
])
def test_events_en8_battled_and_skirmished(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text", [
    # their near misses: battling an outbreak or a blaze is no force
    "Kenya is battling a cholera outbreak.",
    "Wildfire crews battled the blaze for three days.",
])
def test_events_en8_battling_hazards_is_no_force(code, text):
    assert not any(c[:2] == "19" for _, c, _ in dyads(code, text, "en"))


@pytest.mark.parametrize("text, lang, expected", [
    # fr8: a participle after the `avoir` of a past infinitive, read as a noun, is a verb
    ("L'armée israélienne a affirmé avoir frappé des positions du Hezbollah au Liban.", "fr",
     ("ISRMIL", "190", "LBNREB")),
    ("The Israeli army said it had struck Hezbollah positions in Lebanon.", "en",
     ("ISRMIL", "190", "LBNREB")),
    # a passive participle after `été`, hung on its agent, heads the clause: agent is source
    ("L'ambassadeur de France a été expulsé par les autorités nigériennes.", "fr",
     ("NERGOV", "161", "FRAGOV")),
    ("The French ambassador was expelled by the Nigerien authorities.", "en",
     ("NERGOV", "161", "FRAGOV")),
])
def test_events_fr8_participles_after_avoir_and_ete(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # fr8: an attack attributed to someone accuses them
    ("Les autorités iraniennes ont attribué l'assassinat du physicien à Israël.", "fr",
     ("IRNGOV", "112", "ISR")),
    ("La police turque attribue l'explosion au PKK.", "fr", ("TURCOP", "112", "TURREBKUR")),
    ("Iranian authorities attributed the assassination of a scientist to Israel.", "en",
     ("IRNGOV", "112", "ISR")),
    ("Kyiv attributed the drone attack to Russia.", "en", ("UKRGOV", "112", "RUS")),
])
def test_events_fr8_attack_attributed_is_accusation(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # near misses: a prize or a defeat attributed is no accusation
    ("Le jury a attribué le prix à un écrivain algérien.", "fr"),
    ("Le président a attribué la défaite électorale à la crise économique.", "fr"),
    ("The jury attributed the prize to an Algerian writer.", "en"),
    ("The president attributed the electoral defeat to the economic crisis.", "en"),
])
def test_events_fr8_other_things_attributed_are_no_accusation(code, text, lang):
    assert not any(c.startswith("11") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # fr8: a pronominal verb whose `s'` the parser marks, read passive, keeps its subject
    ("Le président Abdelmadjid Tebboune s'en est pris vivement à la France.", "fr",
     ("DZAGOV", "111", "FRA")),
    ("Le président Tebboune s'en est pris à la France lors d'un meeting à Oran.", "fr",
     ("DZAGOV", "111", "FRA")),
    ("President Abdelmadjid Tebboune lashed out at France.", "en", ("DZAGOV", "111", "FRA")),
    # a true passive keeps its agent as the source
    ("Le président algérien a été critiqué par la France.", "fr", ("FRA", "111", "DZAGOV")),
])
def test_events_fr8_marked_reflexive_is_no_passive(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # fr8: a verbless headline asserts the meeting it names between two parties
    ("Nouvel entretien téléphonique entre Emmanuel Macron et Volodymyr Zelensky.", "fr",
     ("FRAGOV", "041", "UKRGOV")),
    ("Rencontre entre Macron et Zelensky à Paris.", "fr", ("UKRGOV", "040", "FRAGOV")),
    ("Phone call between Macron and Zelensky.", "en", ("FRAGOV", "041", "UKRGOV")),
    ("Talks between Blinken and Wang Yi in Beijing.", "en", ("CHNGOV", "040", "USAGOV")),
])
def test_events_fr8_verbless_headline_meeting(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # near misses: a meeting between two parties that someone only offers
    ("Le Qatar propose une rencontre entre Israël et le Hamas.", "fr"),
    ("Qatar offers a meeting between Israel and Hamas.", "en"),
])
def test_events_fr8_offered_meeting_between_is_no_meeting(code, text, lang):
    assert not any(c.startswith("04") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # an appeal to those it names is not made to the partner of the story's meeting
    (("Kenya's president met Somalia's president in Nairobi on Monday. He urged donors to "
     "fund the African Union force."), "en"),
    (("Le président kényan a reçu lundi à Nairobi son homologue somalien. Il a appelé les "
     "bailleurs de fonds à financer la force de l'Union africaine."), "fr"),
])
def test_events_appeal_to_named_others_is_not_to_the_meeting_partner(code, text, lang):
    appeals = [(s, t) for s, c, t in dyads(code, text, lang) if c.startswith("02")]
    assert appeals and all(t is None for _, t in appeals)


@pytest.mark.parametrize("text, lang", [
    (("Kenya's president met Somalia's president in Nairobi on Monday. He called for an end "
     "to the fighting."), "en"),
    (("Le président kényan a reçu lundi à Nairobi son homologue somalien. Il a appelé à la fin "
     "des combats."), "fr"),
])
def test_events_appeal_naming_no_one_is_to_the_meeting_partner(code, text, lang):
    assert ("KENGOV", "SOMGOV") in {(s, t) for s, c, t in dyads(code, text, lang)
                                    if c.startswith("02")}


@pytest.mark.parametrize("text, lang, expected", [
    # a warrant issued against someone is an arrest order, with or without the word `arrest`
    ("La CPI a émis un mandat contre le chef de la junte birmane.", "fr",
     ("IGOJUDICC", "173", "MMRGOV")),
    ("La CPI a délivré un mandat contre le président russe.", "fr",
     ("IGOJUDICC", "173", "RUSGOV")),
    ("The ICC issued a warrant for the Taliban's supreme leader.", "en",
     ("IGOJUDICC", "173", "AFGGOV")),
    ("The ICC issued arrest warrants against the Russian president.", "en",
     ("IGOJUDICC", "173", "RUSGOV")),
])
def test_events_warrant_issued_against_someone_is_an_arrest(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # tgt9: `the two sides` after the only two countries named, bare, stand for them
    (("Le Maroc et l'Algérie ont rouvert le dialogue. Les deux pays se sont accusés "
      "mutuellement de violer l'accord."), "fr", {("MAR", "112", "DZA"), ("DZA", "112", "MAR")}),
    (("Le Cambodge et la Thaïlande ont signé une trêve. Les deux pays ont échangé des tirs "
      "mercredi."), "fr", {("KHM", "19", "THA"), ("THA", "19", "KHM")}),
    (("Armenia and Azerbaijan reopened talks. The two countries accused each other of "
      "violating the deal."), "en", {("ARM", "112", "AZE"), ("AZE", "112", "ARM")}),
    ("Serbia and Kosovo signed a truce. Both sides exchanged fire on Wednesday.", "en",
     {("SRB", "19", "XKX"), ("XKX", "19", "SRB")}),
])
def test_events_tgt9_two_sides_of_the_two_countries_named_bare(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected <= found | roots(found)


@pytest.mark.parametrize("text, lang", [
    # near miss: with a third country named, `the two countries` are not known
    (("L'Inde, la Chine et le Pakistan ont tenu des pourparlers. Les deux pays ont échangé "
      "des tirs mardi."), "fr"),
    ("India, China and Pakistan held talks. The two countries exchanged fire on Tuesday.",
     "en"),
])
def test_events_tgt9_two_sides_unknown_among_three_countries(code, text, lang):
    assert not any(c.startswith("19") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # tgt9: an object pronoun of a participle or coordinated verb stands for the object of
    # the verb it completes, or for the actor that object is about
    (("Le Burkina Faso a rompu ses relations avec la France, l'accusant de soutenir les "
      "jihadistes."), "fr", ("BFA", "112", "FRA")),
    ("Niger severed relations with Benin, accusing it of hosting rebels.", "en",
     ("NER", "112", "BEN")),
    (("Le gouvernement malien a convoqué l'ambassadeur de Suède et lui a ordonné de "
      "quitter le territoire."), "fr", ("MLIGOV", "174", "SWEGOV")),
])
def test_events_tgt9_object_pronoun_stands_for_the_completed_verbs_object(code, text, lang,
                                                                           expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # tgt9: the object pronoun's antecedent before the object of an expression word
    ("Sudan summoned the Kenyan ambassador on Tuesday and ordered him to leave the country.",
     "en", ("SDN", "174", "KENGOV")),
    ("Le Soudan a convoqué mardi l'ambassadeur kényan et lui a ordonné de quitter le pays.",
     "fr", ("SDN", "174", "KENGOV")),
])
def test_events_tgt9_object_pronoun_before_an_expression_words_object(code, text, lang,
                                                                       expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # enp9: an act in a clause of time (`after`, `since`) dated to a past year is recalled
    ("The talks come after Russia invaded Ukraine in February 2022.", "en"),
    ("Relations have been tense since China fired missiles near Taiwan in 2022.", "en"),
    ("Les relations sont tendues depuis que la Chine a tiré des missiles sur Taïwan en 2022.",
     "fr"),
    # and so is an act noun a light verb so recalled does
    ("Ukraine has received billions in aid since Russia launched its invasion in 2022.", "en"),
])
def test_events_enp9_dated_clause_of_time_is_background(code, text, lang):
    assert not any(c[:2] in ("18", "19") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # near misses: an undated clause of time is news
    ("Kyiv struck back after Russia attacked its power grid on Monday.", "en",
     ("UKRGOV", "190", "RUS")),
    ("Kiev a riposté après que la Russie a attaqué son réseau électrique lundi.", "fr",
     ("UKRGOV", "190", "RUS")),
])
def test_events_enp9_undated_clause_of_time_is_news(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # enp9: the act a response answers happened before: no event of its own
    ("Iran vowed a crushing response to Israel's strike on its consulate in Damascus.", "en"),
    ("In response to Israel's strike on Iran, Tehran launched drones and missiles.", "en"),
    ("En réponse à la frappe d'Israël contre l'Iran, Téhéran a lancé des drones.", "fr"),
])
def test_events_enp9_act_responded_to_is_background(code, text, lang):
    assert not any(s == "ISR" for s, _, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # near misses: the vowed response itself is still a threat, the answer still a blow
    ("Iran vowed to retaliate against Israel.", "en", ("IRN", "138", "ISR")),
    ("In response to Israel's strike on Iran, Tehran launched drones and missiles.", "en",
     ("IRNGOV", "190", "ISR")),
])
def test_events_enp9_response_itself_is_coded(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # enp9: receiving aid hosts no one
    ("Ukraine has received billions in Western aid from Germany.", "en"),
    ("L'Ukraine a reçu des milliards d'aide de l'Allemagne.", "fr"),
])
def test_events_enp9_aid_received_is_no_visit(code, text, lang):
    assert not any(c in ("042", "043") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # near misses: a delegation received is hosted
    ("Ukraine received a delegation from Poland on Monday.", "en", ("UKR", "043", "POLGOV")),
    ("Le président Macron a reçu son homologue kényan William Ruto à Paris.", "fr",
     ("FRAGOV", "043", "KENGOV")),
])
def test_events_enp9_guest_received_is_hosted(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # enp9: an appeal is aimed at who is asked, not at what the act asked of them is about
    ("Germany urged the United States to reconsider its China policy.", "en", {"USA"}),
    ("The Washington Post urged the administration to reconsider its China policy.", "en",
     {"USAGOV"}),
    ("L'Allemagne a appelé les États-Unis à reconsidérer leur politique chinoise.", "fr",
     {"USA"}),
])
def test_events_enp9_appeal_aimed_at_who_is_asked(code, text, lang, expected):
    assert {t for _, c, t in dyads(code, text, lang) if c[:2] == "02"} == expected


@pytest.mark.parametrize("text, lang, expected", [
    # en9: an appeal for the release of people held by someone is addressed to the holder
    ("Hamas called for the release of Palestinian prisoners held by Israel.", "en",
     ("PSEREB", "0253", "ISR")),
    ("France called for the release of two French nationals detained by Iran.", "en",
     ("FRA", "0253", "IRN")),
    ("Le Hamas a réclamé la libération des prisonniers palestiniens détenus par Israël.", "fr",
     ("PSEREB", "1053", "ISR")),
    ("La France a appelé à la libération de deux ressortissants français détenus par l'Iran.",
     "fr", ("FRA", "0253", "IRN")),
])
def test_events_en9_release_asked_of_the_holder(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # en9: an adjective of the subject's state of mind is no passive: `by X` is its target
    ("Germany was disappointed by Hungary's veto.", "en", ("DEU", "110", "HUN")),
    ("Japan was disappointed with China's decision.", "en", ("JPN", "110", "CHN")),
    ("Beijing said it was strongly dissatisfied with the US decision.", "en",
     ("CHNGOV", "110", "USA")),
    ("Turkey is unhappy with Sweden's response to the protests.", "en", ("TUR", "110", "SWE")),
    ("L'Allemagne s'est dite déçue par le veto de la Hongrie.", "fr", ("DEU", "110", "HUN")),
    ("Le Japon est déçu par la décision de la Chine.", "fr", ("JPN", "110", "CHN")),
])
def test_events_en9_state_of_mind_adjective_is_no_passive(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # en9: a person of no known nationality a state arrests or jails is one of its people
    ("Belarus jailed Nobel laureate Ales Bialiatski for ten years.", "en",
     ("BLR", "173", "BLRCVL")),
    ("Belarus arrested Ales Bialiatski on Tuesday.", "en", ("BLR", "173", "BLRCVL")),
    ("La Biélorussie a emprisonné Ales Bialiatski.", "fr", ("BLR", "173", "BLRCVL")),
    ("Le Bélarus a arrêté Ales Bialiatski mardi.", "fr", ("BLR", "173", "BLRCVL")),
    # a person of a named nationality keeps it
    ("Russia detained US journalist Evan Gershkovich.", "en", ("RUS", "173", "USAMED")),
])
def test_events_en9_person_coerced_by_a_state_is_its_own(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # en9: an official the dateline placed is known later by name alone
    (("BEIJING, March 10 (Reuters) -\n\nChina on Monday condemned the US arms sale to Taiwan. "
      "Foreign ministry spokesperson Mao Ning held a news briefing. Mao urged the United "
      "States to stop arming Taiwan."), "en", ("CHNGOV", "020", "USA")),
    (("PÉKIN, 10 mars (AFP) -\n\nLa Chine a condamné lundi la vente d'armes américaines à "
      "Taïwan. La porte-parole du ministère des Affaires étrangères Mao Ning a tenu un point "
      "de presse. Mao a exhorté les Etats-Unis à cesser d'armer Taïwan."), "fr",
     ("CHNGOV", "020", "USA")),
])
def test_events_en9_official_placed_by_dateline_known_by_name(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # en9: committing a crime is no commitment (030); committing to something is
    ("Ukraine's president said that Russia had committed war crimes in Bucha.", "en"),
])
def test_events_en9_committed_crime_is_no_commitment(code, text, lang):
    assert not any(c.startswith("03") for _, c, _ in dyads(code, text, lang))


def test_events_en9_committed_to_is_a_commitment(code):
    assert ("IRN", "030", "IGOUNOIAE") in dyads(
        code, "Iran committed to resuming talks with the IAEA.", "en")


@pytest.mark.parametrize("text", [
    # frp9: a promise or an acceptance made to no one is a vow about one's own policy
    "Le président sénégalais a promis de lutter contre la corruption.",
    "Le gouvernement s'est engagé à réduire le chômage.",
    "La Grèce a accepté d'accueillir des migrants.",
])
def test_events_frp9_promise_to_no_one_is_no_event(code, text):
    assert not any(c.startswith("03") for _, c, _ in dyads(code, text, "fr"))


@pytest.mark.parametrize("text, lang, expected", [
    # frp9: the twins, made to a named partner, stay intents
    ("La France a promis au Niger de soutenir sa transition.", "fr", ("FRA", "030", "NER")),
    ("La junte guinéenne s'est engagée auprès de la Cédéao à rendre le pouvoir aux civils.",
     "fr", ("GINGOV", "030", "IGOWAFWAS")),
    ("Le Hamas a accepté la proposition égyptienne.", "fr", ("PSEREB", "030", "EGY")),
    ("France promised Niger to support its transition.", "en", ("FRA", "032", "NER")),
])
def test_events_frp9_promise_to_a_partner_is_intent(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # frp9: an act completing a noun of intent (`fait part de sa volonté de`) is intended
    (("Pékin a fait part de sa disponibilité à jouer un rôle de médiateur dans le conflit au "
     "Soudan."), "fr", ("CHNGOV", "039", "SDN")),
    (("Le Kenya a fait part de sa volonté de renforcer ses échanges commerciaux avec "
     "l'Éthiopie."), "fr", ("KEN", "0311", "ETH")),
    ("China expressed its readiness to hold talks with India.", "en", ("CHN", "036", "INDGOV")),
])
def test_events_frp9_act_completing_a_noun_of_intent_is_intended(code, text, lang, expected):
    assert expected in dyads(code, text, lang)
    assert all(m == "intent" for m in modalities(code, text, lang, expected[1][:2]))


@pytest.mark.parametrize("text, expected", [
    # frp9: the same acts done, not intended
    ("Pékin a joué un rôle de médiateur dans le conflit au Soudan.", ("CHNGOV", "045", "SDN")),
    ("Le Kenya a renforcé ses échanges commerciaux avec l'Éthiopie.", ("KEN", "061", "ETH")),
])
def test_events_frp9_act_done_is_no_intent(code, text, expected):
    assert expected in dyads(code, text, "fr")


@pytest.mark.parametrize("text, lang", [
    # frp9: an act noun only supposed (`en cas de`, `in the event of`) is no event
    ("L'Iran a menacé de fermer le détroit d'Ormuz en cas d'attaque américaine.", "fr"),
    ("Iran threatened to close the Strait of Hormuz in the event of an American attack.", "en"),
])
def test_events_frp9_act_noun_in_case_of_is_supposed(code, text, lang):
    found = dyads(code, text, lang)
    assert ("IRN", "1381", "USA") in found
    assert not any(c[:2] in ("18", "19", "20") for _, c, _ in found)


@pytest.mark.parametrize("text, lang", [
    # frp9: the twins, the attack told
    ("L'Iran a condamné l'attaque américaine contre ses installations.", "fr"),
    ("Iran condemned the American attack on its facilities.", "en"),
])
def test_events_frp9_act_noun_told_is_coded(code, text, lang):
    found = dyads(code, text, lang)
    assert ("IRN", "111", "USA") in found


@pytest.mark.parametrize("text, lang", [
    # frp9: adverbs of ceasing negate the act (`ne ... plus`, `no longer`)
    ("L'Allemagne ne livrera plus d'armes à Israël.", "fr"),
    ("L'Allemagne n'a plus livré d'armes à Israël depuis mars.", "fr"),
    ("Germany will no longer supply weapons to Israel.", "en"),
])
def test_events_frp9_ceasing_adverbs_negate(code, text, lang):
    found = dyads(code, text, lang)
    assert not any(c.startswith(("03", "07")) for _, c, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    # frp9: the twins, `plus` alone is no negation
    ("L'Allemagne livrera plus d'armes à Israël.", "fr", ("DEU", "0332", "ISR")),
    ("L'Allemagne a livré des chars à l'Ukraine.", "fr", ("DEU", "072", "UKR")),
    ("Germany will supply more weapons to Israel.", "en", ("DEU", "0332", "ISR")),
])
def test_events_frp9_more_is_no_ceasing(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, expected", [
    # frp9: offering good offices is offering mediation; posing an ultimatum is one
    ("La Norvège a offert ses bons offices au gouvernement colombien.", ("NOR", "039", "COLGOV")),
    ("Israël a posé un ultimatum au Hezbollah.", ("ISR", "139", "LBNREB")),
])
def test_events_frp9_good_offices_and_ultimatum(code, text, expected):
    assert expected in dyads(code, text, "fr")


@pytest.mark.parametrize("text", [
    # frp9: near misses: the plain verbs without the expression
    "La Norvège a offert des fleurs au gouvernement colombien.",
    "Israël a posé une question au Hezbollah.",
])
def test_events_frp9_plain_offer_or_question_is_no_mediation_or_threat(code, text):
    assert not any(c.startswith(("039", "13")) for _, c, _ in dyads(code, text, "fr"))


@pytest.mark.parametrize("text, lang, expected, mirrored", [
    # frp9: a visit one side only offers or is ready for binds no one else
    ("Le Premier ministre indien Narendra Modi s'est déclaré prêt à se rendre au Pakistan.",
     "fr", ("INDGOV", "036", "PAKGOV"), ("PAKGOV", "036", "INDGOV")),
    ("Indian Prime Minister Narendra Modi said he was ready to visit Pakistan.", "en",
     ("INDGOV", "036", "PAKGOV"), ("PAKGOV", "036", "INDGOV")),
])
def test_events_frp9_offered_visit_is_one_sided(code, text, lang, expected, mirrored):
    found = dyads(code, text, lang)
    assert expected in found
    assert mirrored not in found


@pytest.mark.parametrize("text, lang, expected", [
    # frp9: the twins, a visit announced for later is intended on both sides
    ("Le président Emmanuel Macron va se rendre au Maroc la semaine prochaine.", "fr",
     ("MARGOV", "036", "FRAGOV")),
    ("Le président Emmanuel Macron se rendra en Chine la semaine prochaine.", "fr",
     ("CHNGOV", "036", "FRAGOV")),
    ("French President Emmanuel Macron will visit China next week.", "en",
     ("CHNGOV", "036", "FRAGOV")),
])
def test_events_frp9_announced_visit_is_intended_by_the_host(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # fr9: `entre X et Y` with Y hung by the parser on the noun, not on X
    ("Des pourparlers entre Washington et Téhéran se sont tenus samedi à Mascate.", "fr",
     ("USAGOV", "046", "IRNGOV")),
    ("Des pourparlers entre Washington et Téhéran se sont tenus samedi à Mascate.", "fr",
     ("IRNGOV", "046", "USAGOV")),
    ("Talks between Washington and Tehran were held on Saturday in Muscat.", "en",
     ("IRNGOV", "040", "USAGOV")),
])
def test_events_fr9_between_both_parties(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # fr9: a passive agent the parser hung on a time phrase is the doer; police of no stated
    # country act on their own country's opponents
    (("L'opposant tunisien Rached Ghannouchi a été arrêté lundi soir à son domicile par la "
     "police, a annoncé son parti."), "fr", ("TUNCOP", "173", "TUNOPP")),
    ("L'opposant tunisien Rached Ghannouchi a été arrêté lundi par la police.", "fr",
     ("TUNCOP", "173", "TUNOPP")),
    ("La ville ukrainienne d'Odessa a été frappée dans la nuit par des drones russes.", "fr",
     ("RUSMIL", "195", "UKR")),
    (("Tunisian opposition leader Rached Ghannouchi was arrested on Monday evening at his home "
     "by police."), "en", ("TUNCOP", "173", "TUNOPP")),
    ("Tunisian opposition leader Rached Ghannouchi was arrested by police.", "en",
     ("TUNCOP", "173", "TUNOPP")),
])
def test_events_fr9_passive_agent_below_a_time_phrase(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # a foreign reporter arrested by police of no stated country: the police stay unknown
    ("Le journaliste américain Evan Gershkovich a été arrêté par la police.", "fr"),
    ("American reporter Evan Gershkovich was arrested by police.", "en"),
])
def test_events_fr9_police_are_not_of_a_foreigner_they_arrest(code, text, lang):
    assert not any(s == "USACOP" for s, _, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # fr9: a passive's subject that is no act is aimed at its owner, as the active object
    ("La décision de Washington a été vivement critiquée par Pékin.", "fr",
     ("CHNGOV", "111", "USA")),
    ("Les propos du président français ont été condamnés par Alger.", "fr",
     ("DZAGOV", "111", "FRAGOV")),
    ("L'offre de Moscou a été rejetée par Kiev.", "fr", ("UKRGOV", "120", "RUS")),
    ("Washington's decision was sharply criticised by Beijing.", "en",
     ("CHNGOV", "111", "USAGOV")),
])
def test_events_fr9_passive_subject_owner_is_the_target(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # an act's owner may have suffered it: not the target of its condemnation
    ("Le bombardement de Kharkiv a été condamné par Paris.", "fr"),
    ("The bombing of Kharkiv was condemned by Paris.", "en"),
])
def test_events_fr9_passive_act_owner_is_no_target(code, text, lang):
    assert not any(c == "111" and t == "UKR" for _, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # fr9: a quoted verb whose opening quotation mark the tagger read as its subject
    (("Le gouvernement malien « condamne avec la dernière énergie » l'attaque contre le camp de "
     "Kati, selon un communiqué lu à la télévision nationale."), "fr", ("MLIGOV", "111", None)),
    ("Kinshasa « condamne fermement » l'agression rwandaise.", "fr", ("CODGOV", "111", "RWA")),
    ('The Malian government "strongly condemns" the attack on the Kati camp.', "en",
     ("MLIGOV", "111", None)),
])
def test_events_fr9_quoted_verb_keeps_its_subject(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # fr9: who ends a visit made it (verbs of ending are light verbs)
    (("Le président sénégalais Bassirou Diomaye Faye a achevé samedi une visite d'État en "
     "Gambie."), "fr", ("SENGOV", "042", "GMBGOV")),
    ("Le président sénégalais a terminé une visite de deux jours en Gambie.", "fr",
     ("SENGOV", "042", "GMBGOV")),
    ("Senegalese President Bassirou Diomaye Faye ended a two-day visit to Gambia.", "en",
     ("SENGOV", "042", "GMBGOV")),
])
def test_events_fr9_ending_a_visit_is_a_visit(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # fr9: a noun's argument the parser hung on the adjective after it is the noun's
    ("Le Burkina Faso a annoncé son retrait immédiat de la Cédéao.", "fr",
     ("BFA", "160", "IGOWAFWAS")),
    ("Le Niger, le Mali et le Burkina Faso ont annoncé leur retrait immédiat de la Cédéao.",
     "fr", ("NER", "160", "IGOWAFWAS")),
    ("Burkina Faso announced its immediate withdrawal from ECOWAS.", "en",
     ("BFA", "160", "IGOWAFWAS")),
])
def test_events_fr9_argument_hung_on_the_nouns_adjective(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # three sides or more that act together do one multilateral act: each towards the next
    ("Kyrgyzstan, Tajikistan and Uzbekistan signed a border treaty on Friday.", "en"),
    ("Le Niger, le Tchad et le Mali ont signé vendredi un traité frontalier.", "fr"),
])
def test_events_three_sides_acting_together_code_one_act_each(code, text, lang):
    joint = {(s[:3], t[:3]) for s, c, t in dyads(code, text, lang) if c.startswith("05")}
    sides = {s for s, _ in joint}
    assert len(sides) == 3 and len(joint) == 3 and {t for _, t in joint} == sides


@pytest.mark.parametrize("text, lang", [
    # two sides still act towards each other
    ("Kenya and Somalia signed a border treaty on Friday.", "en"),
    ("Le Kenya et la Somalie ont signé vendredi un traité frontalier.", "fr"),
])
def test_events_two_sides_acting_together_act_towards_each_other(code, text, lang):
    joint = {(s[:3], t[:3]) for s, c, t in dyads(code, text, lang) if c.startswith("05")}
    assert joint == {("KEN", "SOM"), ("SOM", "KEN")}


@pytest.mark.parametrize("text, lang, expected", [
    # plv9: the harm a present participle tells of an act of force is that act's outcome
    ("Russian forces shelled the Ukrainian city of Kharkiv overnight, killing three civilians.",
     "en", {("RUSMIL", "194", "UKR")}),
    ("Militants ambushed a police convoy in Balochistan, killing seven officers.", "en",
     {("PAKINS", "190", "PAKCOP")}),
    ("Ukrainian drones struck an oil refinery in Russia's Krasnodar region, killing two workers.",
     "en", {("UKRMIL", "195", "RUS")}),
    ("L'armée russe a bombardé la ville ukrainienne de Kharkiv, tuant trois civils.", "fr",
     {("RUSMIL", "195", "UKR")}),
    (("Des hommes armés ont tendu une embuscade à un convoi de police au Baloutchistan, tuant "
      "sept policiers."), "fr", {("PAKUAF", "190", "PAKCOP")}),
])
def test_events_plv9_participle_harm_is_the_act_of_force(code, text, lang, expected):
    assert dyads(code, text, lang) == expected


def test_events_plv9_participle_harm_gives_the_act_its_victims(code):
    # the attack names no target; its participle's victims are the attack's
    found = dyads(code, "Security forces opened fire in Khartoum, killing three protesters.",
                  "en")
    assert len(found) == 1 and next(iter(found))[2] is not None


@pytest.mark.parametrize("text, lang, expected", [
    # plv9: capturing a ship is seizing property (1711), not occupying territory (192)
    (("Iran's Revolutionary Guards captured a container ship linked to Israel near the Strait "
      "of Hormuz."), "en", ("IRNMIL", "1711", "ISR")),
    (("Les Gardiens de la révolution iraniens ont capturé un navire lié à Israël près du "
      "détroit d'Ormuz."), "fr", ("IRNMIL", "1711", "ISR")),
])
def test_events_plv9_captured_ship_is_seized_property(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # its twin: a captured town is occupied territory
    ("Ukrainian forces captured the village of Robotyne.", "en"),
    ("Les forces ukrainiennes ont capturé le village de Robotyne.", "fr"),
])
def test_events_plv9_captured_town_is_occupied(code, text, lang):
    assert any(c == "192" for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # plv9: harm whose subject is an act of force is that act's outcome, not another act
    ("Clashes between Ethiopian troops and Fano militiamen killed 20 people in Amhara.", "en",
     {("ETHMIL", "190", "ETHUAF"), ("ETHUAF", "190", "ETHMIL")}),
    (("Des affrontements entre l'armée éthiopienne et des miliciens Fano ont tué vingt "
      "personnes en Amhara."), "fr", {("ETHMIL", "190", "ETHUAF"), ("ETHUAF", "190", "ETHMIL")}),
    ("An Israeli air strike killed 20 people in Rafah on Tuesday.", "en",
     {("ISR", "195", "PSECVL")}),
    ("Une frappe aérienne israélienne a tué vingt personnes à Rafah mardi.", "fr",
     {("ISR", "195", "PSECVL")}),
])
def test_events_plv9_harm_done_by_an_act_of_force_is_its_outcome(code, text, lang, expected):
    assert dyads(code, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # plv9: letting humanitarian aid in is allowing humanitarian access (0863)
    ("Egypt allowed humanitarian aid into Gaza through the Rafah crossing.", "en",
     ("EGY", "0863", "PSE")),
    ("Israël a autorisé l'aide humanitaire à entrer dans le nord de Gaza.", "fr",
     ("ISR", "0863", "PSE")),
])
def test_events_plv9_aid_let_in_is_humanitarian_access(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # plv9: damage to property an act of force did is that act's outcome
    ("Russian strikes damaged Ukraine's energy infrastructure.", "en", {("RUS", "195", "UKR")}),
    ("Russian missiles struck Kharkiv, damaging a power plant.", "en", {("RUS", "190", "UKR")}),
    ("Des missiles russes ont frappé Kharkiv, endommageant une centrale électrique.", "fr",
     {("RUS", "190", "UKR")}),
])
def test_events_plv9_damage_done_by_an_act_of_force_is_its_outcome(code, text, lang, expected):
    assert dyads(code, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # plv9: committing war crimes is no commitment; said of another, it is an accusation
    ("Amnesty International said Israeli forces committed war crimes in Gaza.", "en",
     ("NGOHRIAMN", "1124", "ISRMIL")),
    ("Human Rights Watch said Russian troops had committed war crimes in Bucha.", "en",
     ("NGOHRIHRW", "1124", "RUSMIL")),
    (("Amnesty International a affirmé que les forces israéliennes avaient commis des crimes "
      "de guerre à Gaza."), "fr", ("NGOHRIAMN", "1124", "ISRMIL")),
])
def test_events_plv9_war_crimes_committed_are_no_commitment(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not any(c.startswith("03") for _, c, _ in found)


def test_events_plv9_committing_to_an_act_stays_a_commitment(code):
    found = dyads(code, "Germany committed to sending more air defence systems to Ukraine.", "en")
    assert ("DEU", "030", "UKR") in found


@pytest.mark.parametrize("text, lang", [
    # plv9: a pledge to fight what is no one (a figurative fight) and aimed at no one is no event
    ("Ghana's president pledged to fight corruption.", "en"),
    ("Le président ghanéen s'est engagé à combattre la corruption.", "fr"),
])
def test_events_plv9_pledge_of_a_figurative_fight_is_no_event(code, text, lang):
    assert not any(c.startswith("03") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # its twin: a pledge to act towards a partner stays
    ("Ghana's president pledged to help Burkina Faso.", "en", "03"),
    ("Le président ghanéen s'est engagé à aider le Burkina Faso.", "fr", "03"),
])
def test_events_plv9_pledge_to_a_partner_stays(code, text, lang, expected):
    assert any(c.startswith(expected) and t for _, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # pursuing a tour is no prosecution, whoever's title holds the word `chef`
    ("Le chef de la diplomatie turque poursuit sa tournée au Moyen-Orient.", "fr"),
    ("Turkey's top diplomat is continuing his tour of the Middle East.", "en"),
])
def test_events_continuing_a_tour_is_no_prosecution(code, text, lang):
    assert not any(c.startswith("17") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # no one arrests or charges a state: legal action against another state as a whole
    # accuses it; against its people it stays an arrest
    ("Egypt charged Israel with violating the peace treaty.", "en", ("EGY", "112", "ISR")),
    ("L'Égypte a inculpé Israël de violation du traité de paix.", "fr", ("EGY", "112", "ISR")),
    ("Iran detained a British national in Tehran.", "en", ("IRN", "173", "GBR")),
    ("La Russie a arrêté deux soldats ukrainiens près de Koursk.", "fr",
     ("RUS", "173", "UKRMIL")),
])
def test_events_legal_action_against_a_state_accuses_it(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # fighting between two sides, told as the subject of its toll, is their fight
    (("Fighting between the Sudanese army and the Rapid Support Forces killed dozens in "
     "Omdurman."), "en"),
    (("Des combats entre l'armée soudanaise et les Forces de soutien rapide ont tué des "
     "dizaines de personnes à Omdourman."), "fr"),
])
def test_events_fighting_between_sides_told_by_its_toll(code, text, lang):
    found = {(s, c[:2], t) for s, c, t in dyads(code, text, lang)}
    assert ("SDNMIL", "19", "SDNREB") in found and ("SDNREB", "19", "SDNMIL") in found


@pytest.mark.parametrize("text, lang", [
    # force at sea is aimed at no country the sea shares a name with
    ("The Houthis attacked a cargo ship in the Red Sea on Monday.", "en"),
    ("Les Houthis ont attaqué un cargo en mer Rouge lundi.", "fr"),
])
def test_events_force_at_sea_is_aimed_at_no_country(code, text, lang):
    assert ("YEMREB", "190", None) in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # members of a group of one country who act are that group
    ("Les combattants des FSR ont attaqué un convoi de l'armée soudanaise.", "fr",
     ("SDNREB", "19", "SDNMIL")),
    ("Fighters of Hamas attacked an Israeli army post near Gaza.", "en",
     ("PSEREB", "19", "ISRMIL")),
    ("Des combattants shebab ont attaqué une base de l'armée somalienne.", "fr",
     ("SOMREB", "19", "SOMMIL")),
    ("The base was attacked by fighters of Hamas.", "en", ("PSEREB", "19", None)),
])
def test_events_members_of_a_group_act_as_the_group(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, country", [
    (("Unidentified gunmen attacked an army checkpoint in Congo on Sunday, the government in "
     "Kinshasa said."), "en", "COD"),
    (("Des hommes armés ont attaqué dimanche un poste de l'armée au Congo, a indiqué le "
     "gouvernement à Brazzaville."), "fr", "COG"),
])
def test_events_force_is_placed_where_it_struck_and_a_bare_congo_follows_the_document(
        code, text, lang, country):
    """With no place on the verb, force happened where what it struck lies (`attacked a post
    in Congo`), and a bare Congo is the one the document's capital points to."""
    events = [e for e in code(text, lang=lang).events if e.root == "19"]
    assert events and all(e.place is not None and e.place.country == country for e in events)


@pytest.mark.parametrize("text, lang", [
    ("Les jihadistes ont pris mardi la ville de Djibo, dans le nord du Burkina Faso.", "fr"),
    ("Les rebelles houthis ont repris le village de Harib après de violents combats.", "fr"),
    ("The jihadists seized the town of Djibo in northern Burkina Faso on Tuesday.", "en"),
])
def test_events_taking_a_town_is_occupying_territory(code, text, lang):
    assert "192" in {e.code for e in code(text, lang=lang).events}


@pytest.mark.parametrize("text, lang, expected", [
    # a verbless sentence whose verb the tagger read as a participle of its subject
    ("Suspected Islamist militants killed at least 12 soldiers in northeastern Nigeria.", "en",
     ("NGAINS", "19", "NGAMIL")),
    ("Hundreds of people protested in Lagos against fuel prices, police said.", "en",
     ("NGACVL", "14", "NGAGOV")),
])
def test_events_a_participle_read_for_a_verbless_sentence_verb(code, text, lang, expected):
    assert expected in {(s, c[:2], t) for s, c, t in dyads(code, text, lang)}


@pytest.mark.parametrize("text, lang", [
    # a crowd is where the noun its verb's preposition governs is placed
    ("Thousands of workers went on strike in Argentina on Monday.", "en"),
    ("Des milliers d'ouvriers se sont mis en grève en Argentine lundi.", "fr"),
])
def test_events_a_strike_placed_by_the_noun_of_its_preposition(code, text, lang):
    assert ("ARGLAB", "143", "ARGGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # a party acting on a government whose country nothing says acts on its own
    ("The opposition Awami League accused the government of rigging the vote.", "en"),
    ("Le parti d'opposition Awami League a accusé le gouvernement de fraude électorale.", "fr"),
])
def test_events_a_party_accuses_its_own_government(code, text, lang):
    assert ("BGDPTY", "1121", "BGDGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # local officials and passengers are people of the state acting on them
    ("Gunmen killed a local councillor in northwestern Pakistan.", "en",
     ("PAKUAF", "190", "PAKGOV")),
    ("Des hommes armés ont tué une conseillère municipale dans le nord-ouest du Pakistan.",
     "fr", ("PAKUAF", "190", "PAKGOV")),
    ("Police in Iran detained dozens of passengers at the airport.", "en",
     ("IRNCOP", "173", "IRNCVL")),
    ("La police iranienne a arrêté des dizaines de passagers à l'aéroport.", "fr",
     ("IRNCOP", "173", "IRNCVL")),
])
def test_events_local_officials_and_passengers_are_domestic(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, expected", [
    # a crowd taken from a place is of that place; `X-based` says
    # where a group is; supporters are people; police register a case to charge
    ("Gunmen abducted 20 students from a school in Kaduna state.", ("NGAUAF", "181", "NGAEDU")),
    ("India blamed Pakistan-based militants for the attack in Kashmir.",
     ("IND", "1123", "PAKINS")),
    ("Supporters of a jailed cleric clashed with police in Lahore.", ("PAKCOP", "175", "PAKCVL")),
    ("The Indian police registered a case against opposition leader Rahul Gandhi.",
     ("INDCOP", "173", "INDOPP")),
])
def test_events_en_abducted_from_based_supporters_case(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, lang, expected", [
    # a counted crowd keeps the noun that qualifies its people
    ("Thousands of garment workers protested in Dhaka demanding higher wages.", "en",
     ("BGDLAB", "141", "BGDGOV")),
    (("Des milliers d'ouvriers du textile ont manifesté à Dacca pour réclamer des hausses "
      "de salaires."), "fr", ("BGDLAB", "141", "BGDGOV")),
])
def test_events_a_counted_crowd_with_a_qualifying_noun(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # people a state frees, reporters too, are its own when nothing else says
    ("Burkina Faso's junta freed three detained journalists.", "en"),
    ("La junte du Burkina Faso a libéré trois journalistes détenus.", "fr"),
])
def test_events_people_a_state_frees_are_its_own(code, text, lang):
    assert ("BFAGOV", "0841", "BFAMED") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # a place name the actor lexicon leaves unresolved still places the people struck there
    ("An Israeli strike killed 20 people in Khan Younis on Tuesday.", "en"),
    ("Une frappe israélienne a tué 20 personnes à Khan Younès mardi.", "fr"),
])
def test_events_people_struck_in_an_unresolved_place_name_are_of_its_country(code, text, lang):
    assert ("ISR", "195", "PSECVL") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, accusation", [
    # the act a gerund charges someone with is alleged, not done by anyone
    ("South Africa accused Israel of committing genocide in Gaza.", "en",
     ("ZAF", "1124", "ISR")),
    ("Moscow blamed Kyiv for shelling the Zaporizhzhia nuclear plant.", "en",
     ("RUSGOV", "112", "UKRGOV")),
    ("L'Afrique du Sud a accusé Israël de commettre un génocide à Gaza.", "fr",
     ("ZAF", "1124", "ISR")),
])
def test_events_an_act_charged_in_a_gerund_is_alleged(code, text, lang, accusation):
    found = dyads(code, text, lang)
    assert accusation in found
    assert not any(c[:2] in ("18", "19", "20") for _, c, _ in found)


@pytest.mark.parametrize("text, lang", [
    # the same act asserted is coded
    ("Ukrainian forces shelled the Zaporizhzhia nuclear plant, Moscow said.", "en"),
    ("Les forces ukrainiennes ont bombardé la centrale nucléaire de Zaporijjia, selon Moscou.",
     "fr"),
])
def test_events_an_act_asserted_is_coded(code, text, lang):
    assert any(s == "UKRMIL" and c[:2] == "19" for s, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # an attack in words, told by its adjective, criticises; a drone attack is still force
    ("Erdogan launched a blistering attack on Israeli Prime Minister Benjamin Netanyahu.", "en",
     ("TURGOV", "111", "ISRGOV")),
    (("Le président turc Recep Tayyip Erdogan a lancé une attaque virulente contre Benjamin "
      "Netanyahu."), "fr", ("TURGOV", "111", "ISRGOV")),
    ("Hezbollah launched a drone attack on an Israeli base.", "en", ("LBNREB", "195", "ISR")),
    ("Le Hezbollah a lancé une attaque de drones contre une base israélienne.", "fr",
     ("LBNREB", "195", "ISR")),
])
def test_events_an_attack_in_words_is_criticism(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not any(c[:2] == ("19" if expected[1] == "111" else "11") for _, c, _ in found)


@pytest.mark.parametrize("text, lang", [
    # an act awaited in an `until` clause has not happened
    ("Hamas said it would continue fighting until Israel withdrew from Gaza.", "en"),
    ("Le Hamas a dit qu'il continuerait à se battre jusqu'à ce qu'Israël se retire de Gaza.",
     "fr"),
])
def test_events_an_act_awaited_until_is_no_event(code, text, lang):
    assert not any(c.startswith("087") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Israel withdrew its troops from Gaza on Tuesday.", "en"),
    ("Israël a retiré ses troupes de Gaza mardi.", "fr"),
])
def test_events_a_withdrawal_told_is_coded(code, text, lang):
    assert any(s == "ISR" and c.startswith("087") for s, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # a warning of what a trend will do forecasts it: no threat
    ("The IMF warned that global growth would slow next year.", "en"),
    ("The Bank of England warned that inflation would stay high.", "en"),
    ("Le FMI a averti que la croissance mondiale ralentirait l'an prochain.", "fr"),
])
def test_events_a_warning_of_a_trend_is_no_threat(code, text, lang):
    assert not any(c.startswith("13") for _, c, _ in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("China warned the United States against interfering in Taiwan.", "en"),
    ("La Chine a averti les Etats-Unis qu'ils paieraient le prix de leur ingérence.", "fr"),
])
def test_events_a_warning_to_a_state_threatens_it(code, text, lang):
    assert ("CHN", "130", "USA") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, news, recalled", [
    # after a dispatch's lead, an act whose clause dates it to a past year is background
    (("Le président sénégalais Bassirou Diomaye Faye a reçu vendredi à Dakar le président "
      "gambien Adama Barrow. Les deux pays ont signé en 2021 un accord de pêche."), "fr",
     ("SENGOV", "04", "GMBGOV"), ("SENGOV", "05", "GMBGOV")),
    (("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on "
      "Friday. The two countries signed a trade agreement in 2021."), "en",
     ("KENGOV", "04", "UGAGOV"), ("KENGOV", "05", "UGAGOV")),
    (("L'armée nigérienne a attaqué samedi des positions jihadistes près de Tillabéri. Le "
      "Niger a rompu en 2023 ses relations diplomatiques avec la France."), "fr",
     ("NERMIL", "19", None), ("NER", "16", "FRA")),
    (("Israel struck Hezbollah positions in southern Lebanon on Sunday. Lebanon cut ties with "
      "Israel last year."), "en",
     ("ISR", "19", "LBNREB"), ("LBN", "16", "ISR")),
    (("Israël a frappé dimanche des positions du Hezbollah au Liban. Le Hezbollah a tiré des "
      "roquettes sur le nord d'Israël en 2023."), "fr",
     ("ISR", "19", "LBNREB"), ("LBNREB", "19", "ISR")),
])
def test_events_after_the_lead_an_act_dated_to_a_past_year_is_background(
        code, text, lang, news, recalled):
    found = roots(dyads(code, text, lang, published="2025-06-14"))
    assert news in found and recalled not in found


@pytest.mark.parametrize("text, lang", [
    # the lead itself is the news, whatever year it names
    ("La Mauritanie et le Sénégal ont signé en 2024 un accord de coopération gazière.", "fr"),
    ("Mauritania and Senegal signed a gas cooperation agreement in 2024.", "en"),
])
def test_events_a_lead_dated_to_a_past_year_is_still_coded(code, text, lang):
    assert ("MRT", "05", "SEN") in roots(dyads(code, text, lang, published="2025-06-14"))


@pytest.mark.parametrize("text, lang, expected", [
    # a name phrase opening the sentence, the parser having made one noun phrase of it, the
    # verb and its possessive object, is still the verb's subject
    ("Egyptian President Abdel Fattah al-Sisi hosted Qatar's emir in Cairo on Wednesday.", "en",
     ("EGYGOV", "043", "QATGOV")),
    ("Russian Foreign Minister Sergei Lavrov met China's top diplomat Wang Yi in Moscow.", "en",
     ("RUSGOV", "040", "CHNGOV")),
    ("Le président égyptien Abdel Fattah al-Sissi a reçu mercredi au Caire l'émir du Qatar.",
     "fr", ("EGYGOV", "043", "QATGOV")),
])
def test_events_an_opening_name_phrase_is_the_subject_of_the_verb_after_it(
        code, text, lang, expected):
    assert expected in dyads(code, text, lang, published="2025-05-14")


@pytest.mark.parametrize("text, lang, expected", [
    # punishment or vengeance promised or vowed is a threat of force
    ("Le président iranien Massoud Pezeshkian a promis mardi une punition sévère à Israël.",
     "fr", ("IRNGOV", "138", "ISR")),
    ("Le Hezbollah a juré vengeance contre Israël après la mort de son commandant.", "fr",
     ("LBNREB", "138", "ISR")),
    ("Iran's Supreme Leader Ali Khamenei on Tuesday vowed harsh punishment for Israel.", "en",
     ("IRNGOV", "138", "ISR")),
    ("Hezbollah promised punishment against Israel on Tuesday.", "en", ("LBNREB", "138", "ISR")),
])
def test_events_punishment_promised_is_a_threat(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, invests", [
    # a leader sworn in (`investi président`) invests in nothing; investing somewhere is 061
    ("Le général Assimi Goïta a été investi président mardi à Bamako.", "fr", False),
    ("La Chine a investi deux milliards de dollars en Algérie.", "fr", True),
    ("China invested two billion dollars in Algeria.", "en", True),
])
def test_events_a_leader_sworn_in_invests_in_nothing(code, text, lang, invests):
    assert any(c == "061" for _, c, _ in dyads(code, text, lang)) is invests


@pytest.mark.parametrize("text, expected", [
    # a present-tense accusation followed by an inverted speech clause keeps its own subject
    ("Moscou accuse Washington de préparer une provocation, a affirmé Maria Zakharova.",
     ("RUSGOV", "112", "USAGOV")),
    ("Pékin dénonce les ventes d'armes américaines à Taïwan, a déclaré un porte-parole.",
     ("CHNGOV", "111", "USA")),
])
def test_events_present_act_before_inverted_speech_clause(code, text, expected):
    found = {(s, c[:3], t) for s, c, t in dyads(code, text, "fr")}
    assert expected in found


@pytest.mark.parametrize("text, lang, expected", [
    # an organisation named after a noun of its kind (`L'ONG X`) is the subject
    ("L'ONG Amnesty International a dénoncé la répression des manifestants en Iran.", "fr",
     ("NGOHRIAMN", "111", "IRNGOV")),
    ("L'ONG Médecins sans frontières a critiqué le gouvernement soudanais.", "fr",
     ("NGOHLHMSF", "111", "SDNGOV")),
    ("The NGO Amnesty International denounced the Iranian government on Monday.", "en",
     ("NGOHRIAMN", "111", "IRNGOV")),
])
def test_events_organisation_named_after_its_kind(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # opening an embassy is diplomatic cooperation; announced, an intent
    ("L'Inde a ouvert une ambassade en Arménie.", "fr", ("IND", "050", "ARM")),
    ("L'Inde a annoncé son intention d'ouvrir une ambassade en Arménie.", "fr",
     ("IND", "032", "ARM")),
    ("India opened an embassy in Armenia on Tuesday.", "en", ("IND", "050", "ARM")),
    ("India will open an embassy in Armenia, the foreign ministry said.", "en",
     ("IND", "032", "ARM")),
])
def test_events_opening_an_embassy(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # force posture: nuclear drills, drills ordered, patrols stepped up, troops sent (a noun)
    ("Le président russe a ordonné des exercices nucléaires.", "fr", ("RUSGOV", "150", None)),
    ("La Russie a entamé des exercices nucléaires près de la frontière ukrainienne.", "fr",
     ("RUS", "150", "UKR")),
    ("Les garde-côtes chinois ont intensifié leurs patrouilles autour des îles Senkaku.", "fr",
     ("CHNCOP", "150", None)),
    ("La France a annoncé l'envoi de renforts au Tchad.", "fr", ("FRA", "154", "TCD")),
    ("Russian President Vladimir Putin ordered nuclear exercises near the Ukrainian border.",
     "en", ("RUSGOV", "150", "UKR")),
    ("The Chinese coast guard stepped up its patrols around the Senkaku Islands.", "en",
     ("CHNCOP", "150", None)),
    ("The Pentagon announced the dispatch of 2,000 additional troops to Poland.", "en",
     ("USAMIL", "154", "POL")),
])
def test_events_force_posture_expressions(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # a visit told as the predicate of a copula is made by the copula's subject
    ("Le ministre iranien des Affaires étrangères est en visite à Moscou.", "fr"),
    ("Iran's foreign minister is on a visit to Moscow.", "en"),
])
def test_events_visit_as_copular_predicate(code, text, lang):
    found = dyads(code, text, lang)
    assert ("IRNGOV", "042", "RUSGOV") in found and ("RUSGOV", "043", "IRNGOV") in found


@pytest.mark.parametrize("text, lang, expected", [
    # an intent noun with the article, object of a light verb, is the subject's intent
    ("Le président sénégalais a exprimé le souhait de se rendre au Mali prochainement.", "fr",
     ("SENGOV", "036", "MLIGOV")),
    ("The Senegalese president announced the intention to visit Mali.", "en",
     ("SENGOV", "036", "MLIGOV")),
    # `disposition à` is an intent noun too; hosting talks between others mediates (039)
    (("Le Qatar a fait part de sa disposition à accueillir des pourparlers entre Washington "
      "et les talibans."), "fr", ("QAT", "039", "USAGOV")),
])
def test_events_intent_noun_with_article_on_light_verb(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_intent_noun_with_article_on_other_verb_is_not_the_subjects(code):
    # criticising `la décision de livrer` is no decision of the critic's
    found = dyads(code, "La Russie a critiqué la décision de livrer des chars à l'Ukraine.",
                  "fr")
    assert not any(s == "RUS" and c.startswith(("07", "03")) for s, c, _ in found)


@pytest.mark.parametrize("text", [
    # a formal protest to a government, its `auprès` hung on an adverb or on the verb
    "Ankara a protesté officiellement auprès de Stockholm après l'autodafé d'un Coran.",
    "Ankara a protesté auprès de Stockholm après l'autodafé d'un Coran.",
])
def test_events_protest_lodged_with_a_government(code, text):
    assert ("TURGOV", "114", "SWE") in dyads(code, text, "fr")


@pytest.mark.parametrize("text, lang", [
    # what an accusation says someone wants or plans to do is alleged, not coded
    ("Le président Tshisekedi accuse Kagame de vouloir envahir la RDC.", "fr"),
    ("Washington accused Beijing of planning to invade Taiwan.", "en"),
])
def test_events_wanting_to_act_alleged_is_not_coded(code, text, lang):
    found = dyads(code, text, lang)
    assert any(c.startswith("112") for _, c, _ in found)
    assert not any(c.startswith(("19", "03")) for _, c, _ in found)


@pytest.mark.parametrize("text, lang", [
    # two sides accusing each other: an accusation each way, also in the present tense with
    # the reflexive pronoun before the verb
    ("Le Mali et l'Algérie s'accusent mutuellement de violation de leur espace aérien.", "fr"),
    ("Le Mali et l'Algérie se sont accusés mutuellement d'avoir violé la trêve.", "fr"),
    ("Mali and Algeria accused each other of violating the truce.", "en"),
])
def test_events_sides_accusing_each_other(code, text, lang):
    found = {(s, c[:3], t) for s, c, t in dyads(code, text, lang)}
    assert ("MLI", "112", "DZA") in found and ("DZA", "112", "MLI") in found


def test_events_self_accusation_is_no_event(code):
    assert not dyads(code, "Le ministre s'est accusé d'avoir mal géré la crise.", "fr")


@pytest.mark.parametrize("text, lang, expected", [
    # more verbs of criticism: décrier, tacler, désavouer, prendre à partie (and English decry)
    ("Le président vénézuélien a décrié la politique du gouvernement colombien.", "fr",
     ("VENGOV", "111", "COLGOV")),
    ("Le président brésilien a taclé les Etats-Unis sur la question des droits de douane.", "fr",
     ("BRAGOV", "111", "USA")),
    ("Le ministre italien a désavoué le gouvernement français.", "fr",
     ("ITAGOV", "111", "FRAGOV")),
    ("Le président américain a pris à partie le Premier ministre canadien.", "fr",
     ("USAGOV", "111", "CANGOV")),
    ("The Venezuelan president decried the Colombian government.", "en",
     ("VENGOV", "111", "COLGOV")),
])
def test_events_more_verbs_of_criticism(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # the partner of a call hung on the means of the call (`by telephone with X`)
    (("Spanish Prime Minister Pedro Sanchez spoke by telephone with Moroccan King Mohammed VI "
     "on Friday."), "en", ("ESPGOV", "041", "MARGOV")),
    (("Le Premier ministre espagnol Pedro Sanchez s'est entretenu par téléphone avec le roi "
     "du Maroc Mohammed VI vendredi."), "fr", ("ESPGOV", "041", "MARGOV")),
])
def test_events_call_partner_hung_on_its_means(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a state's worry told as a participle: its own state of mind, aimed at its cause
    ("South Korea is worried by North Korea's missile launches.", "en", ("KOR", "012", "PRK")),
    ("La Corée du Sud est inquiète des tirs de missiles de la Corée du Nord.", "fr",
     ("KOR", "012", "PRK")),
    ("Canada is alarmed by India's expulsion of its diplomats.", "en", ("CAN", "012", "IND")),
    ("Indonesia voiced alarm over the violence in Myanmar.", "en", ("IDN", "012", "MMR")),
])
def test_events_worry_by_its_cause_is_the_worried_ones(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, expected", [
    # idioms of criticism
    ("Ghana's president took a swipe at Britain over its visa rules.", ("GHAGOV", "111", "GBR")),
    ("Israel's envoy to the United Nations tore into Iran on Tuesday.", ("ISRGOV", "111", "IRN")),
])
def test_events_idioms_of_criticism(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, lang", [
    # a reaction told in the passive to an act its subject names: aimed at the act's doer
    ("The detention of a Dutch reporter by Iran was condemned by the Netherlands.", "en"),
    ("La détention d'un journaliste néerlandais par l'Iran a été condamnée par les Pays-Bas.",
     "fr"),
])
def test_events_passive_reaction_to_an_act_aimed_at_its_doer(code, text, lang):
    assert ("NLD", "111", "IRN") in dyads(code, text, lang)


@pytest.mark.parametrize("text, expected", [
    # more verbs of halting aid, lending, arms deliveries and cooperation
    ("The World Bank halted lending to Malawi.", ("IGOUNODEVWBK", "1621", "MWI")),
    ("Canada paused weapons shipments to Turkey on Friday.", ("CAN", "1622", "TUR")),
    ("Denmark suspended arms exports to Egypt.", ("DNK", "1622", "EGY")),
    ("Norway scrapped development aid to Burundi.", ("NOR", "162", "BDI")),
    ("Niger cut off military cooperation with France.", ("NER", "160", "FRA")),
])
def test_events_halting_aid_and_cooperation(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected", [
    # air defences are the military's
    ("Ukraine's air defences shot down 15 Russian drones overnight.", ("UKRMIL", "190", "RUSMIL")),
    ("Russian air defense shot down two Ukrainian drones over Belgorod.",
     ("RUSMIL", "190", "UKRMIL")),
])
def test_events_air_defences_are_the_military(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, lang", [
    # the partner of talks hung on their means (`by video link with X`)
    ("Japan's prime minister held talks by video link with the Philippine president.", "en"),
    (("Le Premier ministre japonais s'est entretenu par visioconférence avec le président "
     "philippin."), "fr"),
])
def test_events_talks_partner_hung_on_their_means(code, text, lang):
    assert ("JPNGOV", "04", "PHLGOV") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, expected", [
    # a call held with a partner; opposition voiced to another's act
    ("Blinken held a call with Turkish Foreign Minister Hakan Fidan on Monday.",
     ("USAGOV", "041", "TURGOV")),
    ("Beijing voiced strong opposition to Tokyo's plan to release treated water.",
     ("CHNGOV", "110", "JPN")),
])
def test_events_held_call_and_voiced_opposition(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, lang", [
    ("Kenyan authorities imposed new restrictions on Friday after a week of unrest.", "en"),
    (("Les autorités kényanes ont imposé vendredi de nouvelles restrictions après une semaine "
     "de troubles."), "fr"),
])
def test_events_restrictions_on_no_one_named_curb_the_states_own_people(code, text, lang):
    """CAMEO 172 is a decree curbing the rights of civilians: with no target, the country's."""
    found = {(e.source.code, e.code, e.target.code if e.target else None)
             for e in code(text, lang=lang).events}
    assert ("KENGOV", "172", "KENCVL") in found


@pytest.mark.parametrize("text, lang", [
    # contraband seized by the measure (`two tonnes of cocaine`) is force on no one
    ("Peruvian police seized three tonnes of cocaine in the port of Callao.", "en"),
    ("Spanish customs officers seized 900 kilograms of hashish near Algeciras.", "en"),
    ("La police péruvienne a saisi trois tonnes de cocaïne dans le port de Callao.", "fr"),
    # a vehicle that hits a mine suffers the blast; the deaths it causes are no one's attack
    ("A Malian army truck hit a mine near Gao, killing four soldiers.", "en"),
    ("Their armoured vehicle struck a landmine near the border with Niger.", "en"),
    ("Un véhicule de l'armée malienne a frappé une mine près de Gao, tuant deux soldats.", "fr"),
])
def test_events_seized_contraband_and_vehicle_hitting_mine_are_no_force(code, text, lang):
    assert not {root for _, root, _ in roots(dyads(code, text, lang))} & {"17", "18", "19"}


@pytest.mark.parametrize("text, lang, expected", [
    # twins: what is seized from someone, and what is struck by someone, stay coded
    ("Nigerian police seized the passports of two opposition leaders in Abuja.", "en",
     ("NGACOP", "17", "NGAOPP")),
    ("Russian drones hit an energy facility in the Ukrainian region of Odesa.", "en",
     ("RUSMIL", "19", "UKR")),
    ("Des drones russes ont frappé une installation énergétique dans la région d'Odessa.", "fr",
     ("RUSMIL", "19", "UKR")),
    ("Des jihadistes ont attaqué un convoi de l'armée malienne près de Gao, tuant six soldats.",
     "fr", ("MLIINS", "19", "MLIMIL")),
])
def test_events_seizure_and_strike_on_actors_stay_coded(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # talks or a meeting as the passive subject of their scheduling are announced: intent
    ("Talks between Armenia and Azerbaijan are expected to resume next week in Washington.",
     "en", ("ARM", "036", "AZE")),
    ("A meeting between Putin and Erdogan is scheduled for Friday in Sochi.", "en",
     ("RUSGOV", "036", "TURGOV")),
    ("Des pourparlers entre l'Arménie et l'Azerbaïdjan sont programmés lundi à Washington.",
     "fr", ("ARM", "036", "AZE")),
])
def test_events_scheduled_talks_are_intent(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not {root for _, root, _ in roots(found)} & {"04"}


def test_events_talks_held_stay_consultations(code):
    found = dyads(code, "Talks between Armenia and Azerbaijan resumed on Monday in Washington.",
                  "en")
    assert ("ARM", "04", "AZE") in roots(found)


@pytest.mark.parametrize("text, lang", [
    # a standing position (`has long supported`) is no act of the day
    ("Japan has long supported the United Nations peacekeeping mission in South Sudan.", "en"),
    ("Moscow has traditionally backed the Serbian government.", "en"),
    ("Le Japon soutient depuis longtemps la mission de l'ONU au Soudan du Sud.", "fr"),
    ("Moscou a traditionnellement appuyé le gouvernement serbe.", "fr"),
])
def test_events_standing_position_is_no_event(code, text, lang):
    assert not {root for _, root, _ in roots(dyads(code, text, lang))} & {"05"}


@pytest.mark.parametrize("text, lang, expected", [
    # twins: support given on the day, and a `long` that is no adverb of standing
    ("Japan on Tuesday voiced support for the United Nations peacekeeping mission.", "en",
     ("JPN", "05", "IGOUNO")),
    ("Le Japon a apporté mardi son soutien à la mission de l'ONU au Soudan du Sud.", "fr",
     ("JPN", "05", "IGOUNO")),
    ("Russian forces shelled Kharkiv all night long, the governor said.", "en",
     ("RUSMIL", "19", "UKR")),
])
def test_events_support_of_the_day_stays_coded(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, act, place", [
    ("PÉKIN (AFP) - La police chinoise a arrêté mercredi quatorze personnes à Tianjin.", "fr",
     "173", "Tianjin"),
    ("BEIJING (Reuters) - Chinese police arrested fourteen people in Tianjin on Wednesday.",
     "en", "173", "Tianjin"),
    ("Bakou, 14 février (AZERTAC). Le chef de l'État azerbaïdjanais a reçu l'ambassadeur de France.",
     "fr", "043", "Baku"),
    ("Baku, February 14 (AZERTAC). The Azerbaijani head of state received the French envoy.", "en",
     "043", "Baku"),
])
def test_events_place_named_in_the_clause_beats_the_dateline(code, text, lang, act, place):
    events = [e for e in code(text, lang=lang).events if e.code == act]
    assert events and all(e.place is not None and e.place.name == place for e in events), events


@pytest.mark.parametrize("text, expected", [
    ('"These raids are a disgrace," the Chinese foreign ministry said of the U.S. sanctions.',
     ("CHNGOV", "111", "USA")),
    ('"This is a blatant provocation," the Kremlin said of the Ukrainian drone attack.',
     ("RUSGOV", "111", "UKR")),
])
def test_events_negative_quote_said_of_an_act_criticises_its_doer(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_negative_quote_said_of_a_place_criticises_no_one(code):
    found = dyads(code, '"The situation is catastrophic," the World Health Organization said'
                        ' of the hospitals in Gaza.', "en")
    assert not any(c == "111" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    ("Khan's party, Pakistan Tehreek-e-Insaf, condemned the arrests of its leaders.", "en",
     ("PAKPTY", "111")),
    ("Hasina's party, the Awami League, condemned the arrests of its activists.", "en",
     ("BGDPTY", "111")),
    ("Le parti de Sheikh Hasina, la Ligue Awami, a condamné les arrestations de ses militants.",
     "fr", ("BGDPTY", "111")),
])
def test_events_party_named_in_apposition_to_its_owner_is_the_doer(code, text, lang, expected):
    assert expected in {(s, c) for s, c, _ in dyads(code, text, lang)}


@pytest.mark.parametrize("text, lang, a, b", [
    (("Macron and Jordan's King Abdullah II met in Paris on Tuesday. The two leaders called for"
     " the entry of humanitarian aid into Gaza."), "en", "FRAGOV", "JORGOV"),
    (("Emmanuel Macron et le roi Abdallah II de Jordanie se sont entretenus mardi. Les deux"
     " dirigeants ont appelé à l'entrée de l'aide humanitaire à Gaza."), "fr", "FRAGOV",
     "JORGOV"),
])
def test_events_joint_call_of_two_leaders_is_no_call_on_each_other(code, text, lang, a, b):
    found = dyads(code, text, lang)
    assert {(a, "040", b), (b, "040", a)} <= found, found
    assert not any(c[:2] == "02" and {s, t} == {a, b} for s, c, t in found), found


@pytest.mark.parametrize("text, lang, crowd", [
    (("Police fired tear gas at thousands of opposition supporters as they tried to march on the"
     " capital."), "en", "PAKOPP"),
    (("La police a dispersé des ouvriers du textile alors qu'ils tentaient de manifester devant"
     " l'usine."), "fr", "BGDLAB"),
])
def test_events_pronoun_protesting_in_a_subordinate_clause_is_the_crowd(code, text, lang, crowd):
    doc = {"en": "ISLAMABAD (AP) - ", "fr": "DACCA (AFP) - "}[lang] + text
    protests = {s for s, c, _ in dyads(code, doc, lang) if c[:2] == "14"}
    assert protests == {crowd}, protests


@pytest.mark.parametrize("text, lang, sides", [
    # hosting talks between two others mediates between them (045), it is no visit
    ("La Turquie a accueilli jeudi à Istanbul des pourparlers entre la Russie et l'Ukraine.",
     "fr", ("RUS", "UKR")),
    ("Turkey hosted talks between Russia and Ukraine in Istanbul on Thursday.", "en",
     ("RUS", "UKR")),
    ("Oman hosted negotiations between Iran and the United States in Muscat.", "en",
     ("IRN", "USA")),
])
def test_events_hosting_talks_between_others_mediates(code, text, lang, sides):
    found = dyads(code, text, lang)
    host = next(s for s, c, t in found if c == "045")
    assert {t for s, c, t in found if c == "045" and s == host} == set(sides)
    assert not any(c in ("042", "043") for s, c, t in found)


@pytest.mark.parametrize("text, lang, expected", [
    # a release ordered by an authority is the release itself (0841), not a demand
    ("Un tribunal égyptien a ordonné la libération de vingt militants, selon leurs avocats.",
     "fr", ("EGYJUD", "0841")),
    ("An Egyptian court ordered the release of 20 activists, their lawyers said.", "en",
     ("EGYJUD", "0841")),
])
def test_events_ordered_release_is_a_release(code, text, lang, expected):
    found = {(s, c) for s, c, t in dyads(code, text, lang)}
    assert expected in found and not any(c == "100" for s, c in found)


@pytest.mark.parametrize("text, lang", [
    # criticism of an act of repression whose doer is named is aimed at that doer, not at
    # the place it was done in
    ("Canada condemned Iran's crackdown in Tehran on Saturday.", "en"),
    ("Canada condemned the Iranian crackdown in Tehran on Saturday.", "en"),
    ("Le Canada a condamné la répression iranienne à Téhéran samedi.", "fr"),
])
def test_events_criticised_repression_aimed_at_its_named_doer(code, text, lang):
    found = dyads(code, text, lang)
    assert any(c[:2] == "11" and s == "CAN" and t.startswith("IRN") for s, c, t in found)


@pytest.mark.parametrize("text, lang", [
    # an army named after `de`/`of` or in compounds before an act of force does it
    ("Des frappes aériennes de l'armée malienne ont tué huit civils près de Tombouctou.", "fr"),
    ("Malian army drone strikes killed eight civilians near Timbuktu on Monday.", "en"),
])
def test_events_army_named_with_act_of_force_does_it(code, text, lang):
    assert any(s == "MLIMIL" and c[:2] == "19" for s, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # `les deux parties`, `both parties` after a government and a group challenging it
    (("Le gouvernement soudanais et le SPLM-N ont ouvert des négociations à Juba. Les deux "
     "parties ont signé un accord vendredi."), "fr"),
    (("The Sudanese government and the SPLM-N opened negotiations in Juba. Both parties "
     "signed an agreement on Friday."), "en"),
])
def test_events_both_parties_after_a_state_and_an_armed_group(code, text, lang):
    found = [(s, c, t) for s, c, t in dyads(code, text, lang) if c == "057"]
    assert ("SDNGOV", "057", "SDNREB") in found and ("SDNREB", "057", "SDNGOV") in found


@pytest.mark.parametrize("text, lang", [
    # several diplomats declared persona non grata (the English parser reads `persona` as a verb)
    ("Estonia declared three Russian diplomats persona non grata on Friday.", "en"),
    ("L'Estonie a déclaré trois diplomates russes persona non grata vendredi.", "fr"),
])
def test_events_diplomats_declared_persona_non_grata(code, text, lang):
    assert ("EST", "161", "RUSGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a sentence opened by a name's forces placing troops on alert (152)
    ("Pakistan's army placed its troops on alert along the Line of Control.", "en",
     ("PAKMIL", "152")),
    ("L'armée pakistanaise a placé ses troupes en état d'alerte le long de la ligne de contrôle.",
     "fr", ("PAKMIL", "152")),
])
def test_events_owned_forces_placed_on_alert(code, text, lang, expected):
    assert expected in {(s, c) for s, c, t in dyads(code, text, lang)}


@pytest.mark.parametrize("text, lang, expected", [
    # questioning by police or prosecutors inquires into a crime (09x); it disapproves of no one
    (("Former Israeli Prime Minister Ehud Olmert was questioned by police for three hours on "
     "Monday."), "en", ("ISRCOP", "09", "ISRELI")),
    ("French prosecutors questioned former President Nicolas Sarkozy on Tuesday.", "en",
     ("FRAJUD", "09", "FRAELI")),
    (("L'ancien Premier ministre israélien Ehud Olmert a été interrogé par la police pendant "
      "trois heures lundi."), "fr", None),
])
def test_events_questioning_by_police_is_no_disapproval(code, text, lang, expected):
    found = roots(dyads(code, text, lang))
    assert not any(c == "11" for _, c, _ in found)
    assert expected is None or expected in found


@pytest.mark.parametrize("text, lang", [
    # questioning what an actor claims or is still disapproves of it
    ("Russian President Vladimir Putin questioned the legitimacy of Ukraine's government.", "en"),
])
def test_events_questioning_a_claim_is_disapproval(code, text, lang):
    assert ("RUSGOV", "11", "UKRGOV") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # an act guessed at (`might visit`, `could cut`) is neither done nor announced: no event
    ("Chinese President Xi Jinping might visit Washington next year, according to diplomats.",
     "en"),
    ("The Kenyan president might travel to Addis Ababa for the summit, officials said.", "en"),
])
def test_events_act_guessed_at_is_no_event(code, text, lang):
    assert not [c for _, c, _ in dyads(code, text, lang) if c[:2] == "04"]


@pytest.mark.parametrize("text, lang, expected", [
    # the act done, the act guessed to have been done, the speaker's own act announced
    ("Chinese President Xi Jinping visited Washington on Monday.", "en", ("CHNGOV", "04", "USAGOV")),
    ("The United States said it may impose new sanctions on Iran.", "en", ("USA", "16", "IRN")),
])
def test_events_act_done_or_announced_despite_a_modal_is_coded(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # what an anniversary commemorates happened before: no act of the day
    ("Ukraine marked the second anniversary of Russia's invasion on Saturday.", "en"),
    ("L'Ukraine a marqué samedi le deuxième anniversaire de l'invasion russe.", "fr"),
])
def test_events_anniversary_of_an_act_is_background(code, text, lang):
    assert not [c for _, c, _ in dyads(code, text, lang) if c[:2] == "19"]


@pytest.mark.parametrize("text, lang", [
    # fighting an election, charges in court, a court striking down a plan: no force
    ("Kenya's opposition leader Raila Odinga has fought five presidential elections.", "en"),
    ("Former Pakistani Prime Minister Imran Khan vowed to fight the charges in court.", "en"),
    ("Britain's Supreme Court struck down the government's Rwanda deportation plan.", "en"),
    (("L'ancien Premier ministre pakistanais Imran Khan a promis de combattre les inculpations "
      "devant la justice."), "fr"),
])
def test_events_contests_at_the_polls_or_in_court_are_no_force(code, text, lang):
    assert not [c for _, c, _ in dyads(code, text, lang) if c[:2] in ("13", "14", "18", "19")]


@pytest.mark.parametrize("text, lang, expected", [
    # the force twins: an invasion told as news, troops fighting militants, jets striking
    ("Russia's invasion of Ukraine on Thursday drew condemnation worldwide.", "en",
     ("RUS", "19", "UKR")),
    ("Israeli jets struck Hamas positions in Gaza on Tuesday.", "en", ("ISRMIL", "19", "PSEREB")),
    ("L'armée russe a envahi l'Ukraine jeudi.", "fr", ("RUSMIL", "19", "UKR")),
])
def test_events_force_told_as_news_is_coded(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # an act in a clause that says when the vow was made is no threat of the one who vowed
    ("Hezbollah vowed to retaliate after Israel killed its commander.", "en"),
    ("Le Hezbollah a juré de riposter après qu'Israël a tué son commandant.", "fr"),
])
def test_events_act_in_the_when_clause_of_a_vow_is_no_threat(code, text, lang):
    threats = [(s, t) for s, c, t in dyads(code, text, lang) if c[:2] == "13"]
    assert threats == [("LBNREB", "ISR")]


@pytest.mark.parametrize("text, lang", [
    # the vowed act itself stays a threat
    ("Iran vowed to retaliate against Israel.", "en"),
    ("L'Iran a juré de riposter contre Israël.", "fr"),
])
def test_events_act_vowed_is_a_threat(code, text, lang):
    assert ("IRN", "13", "ISR") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # what is given in return for a release is its price, not whom the release is aimed at
    ("Hamas released hostages in exchange for Palestinian prisoners on Friday.", "en",
     ("PSEREB", "0841", None)),
    ("Le Hamas a libéré des otages en échange de prisonniers palestiniens vendredi.", "fr",
     ("PSEREB", "0841", None)),
    # the twin: the prisoners released are its target
    ("Israel released 39 Palestinian prisoners on Friday.", "en", ("ISR", "0841", "PSECRM")),
])
def test_events_what_is_given_in_exchange_is_no_target(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # the object after a weekday and a place, which the French parser hangs on the place
    (("Le président tunisien Kaïs Saïed a rencontré jeudi à Tunis le Premier ministre "
     "italien Giorgia Meloni."), "fr"),
    (("Tunisian President Kais Saied met Italian Prime Minister Giorgia Meloni in Tunis on "
     "Thursday."), "en"),
])
def test_events_meeting_object_after_a_weekday_and_a_place(code, text, lang):
    found = dyads(code, text, lang)
    assert any(s == "TUNGOV" and c[:2] == "04" and t == "ITAGOV" for s, c, t in found)


def test_events_a_date_after_a_place_is_no_object(code):
    found = dyads(code, "Le ministre marocain des Affaires étrangères a reçu à Rabat le 3 mai "
                        "son homologue mauritanien.", "fr")
    assert any(s == "MARGOV" and c[:2] == "04" and t == "MRTGOV" for s, c, t in found)


@pytest.mark.parametrize("text, lang", [
    # a passive infinitive after the crowd's act: the police disperse the crowd
    (("Des centaines d'étudiants ont manifesté à Abidjan avant d'être dispersés par la police "
     "ivoirienne."), "fr"),
    ("Hundreds of students protested in Abidjan before being dispersed by Ivorian police.",
     "en"),
])
def test_events_crowd_dispersed_after_its_protest(code, text, lang):
    found = [(s, t) for s, c, t in dyads(code, text, lang) if c[:2] == "17"]
    assert found and all(s == "CIVCOP" and t != "CIVCOP" for s, t in found)


@pytest.mark.parametrize("text, lang", [
    # `entre`, which the small French model lemmatises as `entrer`, marks both parties
    ("Le Qatar a joué les médiateurs entre le Rwanda et la République démocratique du Congo.",
     "fr"),
    ("Qatar acted as a mediator between Rwanda and the Democratic Republic of the Congo.", "en"),
])
def test_events_mediator_between_two_parties(code, text, lang):
    found = dyads(code, text, lang)
    assert ("QAT", "045", "RWA") in found and ("QAT", "045", "COD") in found


@pytest.mark.parametrize("text, lang", [
    # a mediation framing the clause: the mediator toward each party of the clause
    (("Grâce à la médiation de la Turquie, l'Ukraine et la Russie ont conclu un accord sur "
      "les exportations de céréales."), "fr"),
    (("Through the mediation of Turkey, Ukraine and Russia concluded a deal on grain "
      "exports."), "en"),
])
def test_events_mediation_framing_the_parties_clause(code, text, lang):
    found = dyads(code, text, lang)
    assert ("TUR", "045", "UKR") in found and ("TUR", "045", "RUS") in found


@pytest.mark.parametrize("text, lang", [
    # a reporting verb after the comma, which the French parser takes the participle as the
    # auxiliary of, the object as its subject
    (("La Lituanie a expulsé deux diplomates biélorusses, a annoncé le ministère lituanien "
      "des Affaires étrangères."), "fr"),
    ("Lithuania expelled two Belarusian diplomats, the Lithuanian foreign ministry said.", "en"),
])
def test_events_expulsion_before_a_reporting_verb(code, text, lang):
    assert any(s == "LTU" and c[:2] in ("16", "17") and t == "BLRGOV"
               for s, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, expected", [
    # a French cleft sentence: the focused noun is who acts (`qui`) or what is acted on (`que`)
    ("C'est l'armée nigériane qui a arrêté le militant à Abuja, selon ses avocats.",
     ("NGAMIL", "17")),
    ("C'est Washington qui a imposé les premières sanctions contre le régime de Téhéran.",
     ("USAGOV", "16")),
])
def test_events_cleft_sentence_focus_acts(code, text, expected):
    assert expected in {(s, c[:2]) for s, c, t in dyads(code, text, "fr")}


def test_events_cleft_sentence_that_is_no_act(code):
    assert not dyads(code, "C'est une décision historique pour le Sénégal.", "fr")


@pytest.mark.parametrize("text, lang", [
    # forces placed on alert in the passive with no agent: by their own state
    ("Les forces pakistanaises ont été placées en état d'alerte maximale, selon l'armée.", "fr"),
    ("Pakistani forces were placed on high alert, the army said.", "en"),
])
def test_events_forces_placed_on_alert_with_no_agent(code, text, lang):
    assert any(s == "PAKMIL" and c[:2] == "15" for s, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, expected", [
    # troops or soldiers sent, dispatched or stationed: a mobilisation (154), not aid (070)
    ("Poland sent 10,000 soldiers to its border with Belarus on Monday.", ("POL", "154")),
    ("The Pentagon dispatched 3,000 troops to the Middle East on Friday.", ("USAMIL", "154")),
    ("France will station 1,000 soldiers in Romania, the defence minister said.", ("FRA", "154")),
])
def test_events_troops_sent_or_stationed_are_a_mobilisation(code, text, expected):
    found = {(s, c) for s, c, t in dyads(code, text, "en")}
    assert expected in found and not any(c == "070" for s, c in found)


@pytest.mark.parametrize("text, expected", [
    # signing a decree or a bill is no agreement: with no partner, no 057
    ("Ukrainian President Volodymyr Zelensky signed a decree on Friday.", set()),
    ("Russia and North Korea signed a mutual defence pact in Pyongyang.",
     {("PRK", "057", "RUS"), ("RUS", "057", "PRK")}),
])
def test_events_signing_needs_a_partner(code, text, expected):
    assert {d for d in dyads(code, text, "en") if d[1] == "057"} == expected


def test_events_bail_granted_is_a_release(code):
    found = dyads(code, "A Pakistani court granted bail to former Prime Minister Imran Khan on "
                  "Friday.", "en")
    assert ("PAKJUD", "0841", "PAKELI") in found and not any(c == "070" for s, c, t in found)


@pytest.mark.parametrize("text, expected", [
    # beating with batons or sticks is an assault; a side beaten in sport is none
    ("Police in Bangladesh beat student protesters with batons on Sunday.", {"BGDCOP"}),
    ("Barcelona beat Real Madrid 3-1 at the Camp Nou on Sunday.", set()),
])
def test_events_beating_with_batons_is_an_assault(code, text, expected):
    assert {s for s, c, t in dyads(code, text, "en") if c[:2] == "18"} == expected


def test_events_armed_men_take_the_country_of_what_they_set_fire_to(code):
    found = dyads(code, "Militants set fire to a school in northwest Pakistan on Sunday.", "en")
    assert ("PAKINS", "1712", "PAK") in found


@pytest.mark.parametrize("text", [
    # a tone struck, a fine hit with, a proposal shot down: no blow, no force (19x)
    "US President Donald Trump struck a conciliatory tone toward China on Monday.",
    "Apple was hit with a $2 billion fine by the European Commission on Monday.",
    "Argentine President Javier Milei shot down the proposal on Tuesday.",
])
def test_events_figurative_blows_are_no_force(code, text):
    assert not any(c[:2] in ("18", "19") for s, c, t in dyads(code, text, "en"))


def test_events_hit_with_a_fine_is_a_penalty_by_the_agent(code):
    found = dyads(code, "Apple was hit with a $2 billion fine by the European Commission on "
                  "Monday.", "en")
    assert any(s == "IGOEUREECGOV" and c == "116" for s, c, t in found)


def test_events_proposal_shot_down_is_rejected(code):
    found = dyads(code, "Argentine President Javier Milei shot down the proposal on Tuesday.",
                  "en")
    assert ("ARGGOV", "120", None) in found


@pytest.mark.parametrize("text, expected", [
    # `took aim at` criticises (111), `took X to court` sues (115)
    ("Brazilian President Jair Bolsonaro took aim at the Supreme Court in a rally.",
     ("BRAGOV", "111")),
    # `rapped X over` rebukes: not the model's `rap` of `raped` (1821)
    ("The United Nations rapped Myanmar's junta over the executions on Friday.",
     ("IGOUNO", "111")),
    # nurses or workers walking off the job strike (143)
    ("Nurses in Kenya walked off the job on Monday over unpaid wages.", ("KENHLH", "143")),
    # hostages or children returned are released (0841)
    ("Hamas returned four Israeli hostages on Saturday.", ("PSEREB", "0841")),
    ("Russia returned 20 Ukrainian children to their families on Monday.", ("RUS", "0841")),
])
def test_events_phrasal_expressions_of_criticism_strike_and_release(code, text, expected):
    found = {(s, c) for s, c, t in dyads(code, text, "en")}
    assert expected in found and not any(c[:2] in ("18", "19") for s, c in found)


@pytest.mark.parametrize("text, expected", [
    # information or details provided are shared information (064), not aid (070)
    ("China provided details of the plan to Brazil on Thursday.", {("CHN", "064", "BRA")}),
    ("Turkey gave Sweden information on the suspects on Monday.", {("TUR", "064", "SWE")}),
    # an interview granted is said, not given as aid: no event once bare statements are dropped
    ("Russian President Vladimir Putin granted an interview to CNN on Friday.", set()),
])
def test_events_information_and_interviews_are_not_aid(code, text, expected):
    assert dyads(code, text, "en") == expected


@pytest.mark.parametrize("text, lang", [
    # a disease or a famine that kills is no one's force: no unnamed armed doer
    ("Cholera killed more than 300 people in Sudan last month, the health ministry said.", "en"),
    (("Le choléra a tué plus de 300 personnes au Soudan le mois dernier, selon le ministère "
      "de la Santé."), "fr"),
])
def test_events_deaths_from_disease_are_no_ones_force(code, text, lang):
    assert not any(c[:2] in ("18", "19") for s, c, t in dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # a mediation told through the act it brought about: the mediator's 045 towards each party
    ("Serbia and Kosovo reached a deal on licence plates brokered by the European Union.", "en"),
    ("Serbia and Kosovo reached an EU-brokered deal on licence plates on Sunday.", "en"),
    ("Serbia and Kosovo signed the accord under the auspices of the European Union.", "en"),
    ("La Serbie et le Kosovo ont conclu un accord sous la médiation de l'Union européenne.",
     "fr"),
])
def test_events_mediation_of_an_act_is_towards_its_parties(code, text, lang):
    found = dyads(code, text, lang)
    assert ("IGOEUREEC", "045", "SRB") in found and ("IGOEUREEC", "045", "XKX") in found


@pytest.mark.parametrize("text, lang", [
    # what was done to the noun an intent governs is done (`agreed to a truce brokered by X`)
    ("Sudan and South Sudan agreed to a truce mediated by Ethiopia and Kenya.", "en"),
    ("Sudan and South Sudan accepted a plan mediated by Ethiopia and Kenya.", "en"),
])
def test_events_participle_under_an_intent_is_done(code, text, lang):
    found = [(s, c, t) for s, c, t in dyads(code, text, lang) if s == "ETH"]
    assert ("ETH", "045", "SDN") in found and ("ETH", "045", "SSD") in found


@pytest.mark.parametrize("text, expected", [
    # disapproval and accusations told by a light verb and a noun, and a pledge of ties
    ("Canada voiced strong criticism of Saudi Arabia's treatment of dissidents.", ("CAN", "111", "SAU")),
    ("Japan took issue with remarks by South Korea's foreign minister.",
     ("JPN", "111", "KORGOV")),
    ("Armenia and Azerbaijan traded accusations of shelling border villages.",
     ("AZE", "112", "ARM")),
    ("The presidents of Kenya and Ethiopia pledged closer ties during talks in Nairobi.",
     ("ETHGOV", "031", "KENGOV")),
])
def test_events_light_verbs_of_disapproval_and_pledged_ties(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, lang", [
    # an act done `with` a third party's mediation: the mediator is no partner of the act
    ("Serbia and Kosovo signed a deal in Brussels with European Union mediation.", "en"),
    ("La Serbie et le Kosovo ont conclu un accord avec la médiation de l'Union européenne.",
     "fr"),
])
def test_events_mediation_is_no_partner_of_the_act(code, text, lang):
    found = dyads(code, text, lang)
    assert ("SRB", "057", "XKX") in found and ("IGOEUREEC", "045", "XKX") in found
    assert not any(c == "057" and "IGOEUREEC" in (s, t) for s, c, t in found)


@pytest.mark.parametrize("text, expected", [
    # troops amassed or stationed near or in another country: a show of force (154)
    ("Azerbaijan amassed troops near the Armenian border on Friday.", ("AZE", "154", "ARM")),
    ("The United States stationed additional troops in Poland.", ("USA", "154", "POL")),
])
def test_events_troops_amassed_or_stationed(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text", [
    # talks someone is due or expected somewhere for are announced, not held (036)
    ("The Turkish foreign minister is due in Cairo on Thursday for talks with his Egyptian "
     "counterpart."),
    ("The Turkish foreign minister is expected in Cairo on Thursday for talks with his "
     "Egyptian counterpart."),
])
def test_events_due_somewhere_for_talks_is_intent(code, text):
    found = dyads(code, text, "en")
    assert ("TURGOV", "036", "EGYGOV") in found
    assert not any(c[:2] == "04" for s, c, t in found)


@pytest.mark.parametrize("text, lang, expected", [
    # A reaction to an act noun is aimed at its agent, also where the parser hung the
    # agent on the victim's name read as a modifier of the victim's title
    (("Washington a condamné la détention du journaliste américain Evan Gershkovich par les "
     "autorités russes."), "fr", ("USAGOV", "111", "RUSGOV")),
    (("The White House condemned the detention of American journalist Evan Gershkovich by "
     "Russian authorities."), "en", ("USAGOV", "111", "RUSGOV")),
])
def test_events_reaction_to_an_act_of_an_agent_after_a_name(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # A government judging the bare army or police judges its own forces
    ("Le gouvernement malien a critiqué l'armée pour sa gestion de la crise.", "fr",
     ("MLIGOV", "111", "MLIMIL")),
    ("Le gouvernement burkinabè a salué l'armée pour la reprise de Djibo.", "fr",
     ("BFAGOV", "051", "BFAMIL")),
    ("Somalia's government condemned the army for failing to protect civilians.", "en",
     ("SOMGOV", "111", "SOMMIL")),
    ("The Nigerian government criticised the police for the killing of protesters in Lagos.",
     "en", ("NGAGOV", "111", "NGACOP")),
])
def test_events_a_government_judges_its_own_forces(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # Rebels or insurgents using force on a town of their own country, with no one
    # named as its target, act against their state
    ("Al-Shabaab militants seized the town of Beledweyne in central Somalia on Wednesday.",
     "en", ("SOMREB", "192", "SOM")),
    ("Boko Haram fighters attacked the town of Gwoza in northeastern Nigeria.", "en",
     ("NGAREB", "190", "NGA")),
    (("Les rebelles du M23 se sont emparés de la ville de Goma dans l'est de la République "
     "démocratique du Congo."), "fr", ("CODREB", "192", "COD")),
    ("Les rebelles houthis ont bombardé la ville de Marib au Yémen.", "fr",
     ("YEMREB", "195", "YEM")),
])
def test_events_rebels_striking_a_town_of_their_country(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_a_force_striking_its_own_country_without_challenging_it_has_no_target(code):
    found = dyads(code, "L'armée malienne a bombardé la ville de Kidal.", "fr")
    assert not [d for d in found if d[1][:2] == "19" and d[2] == "MLI"]


@pytest.mark.parametrize("text, lang, expected", [
    # `ont expulsé l'ambassadeur`, the parser making the object the root and the verb
    # its modifier: the verb heads the clause and the ambassador is the one expelled
    ("Les autorités maliennes ont expulsé l'ambassadeur de France.", "fr",
     ("MLIGOV", "161", "FRAGOV")),
    ("The Malian authorities expelled the French ambassador on Monday.", "en",
     ("MLIGOV", "161", "FRAGOV")),
])
def test_events_ambassador_expelled_by_the_authorities(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, country", [
    # Force used on someone said to have served another country (a clause of a past
    # participle qualifying the object) is not aimed at that country, nor at a place there
    ("Iran executed a man accused of spying for Israel.", "en", "ISR"),
    ("Iran hanged two men convicted of spying on behalf of Israel's Mossad.", "en", "ISR"),
    ("The Nigerian army killed three men suspected of attacking a base in Niger.", "en", "NER"),
    ("L'Iran a exécuté un homme accusé d'espionnage au profit d'Israël.", "fr", "ISR"),
    ("L'armée nigériane a tué trois hommes soupçonnés d'avoir attaqué une base au Niger.", "fr",
     "NER"),
])
def test_events_force_on_someone_charged_with_serving_a_country(code, text, lang, country):
    found = dyads(code, text, lang)
    assert [d for d in found if d[1][:2] in ("18", "19")]
    assert not [d for d in found if d[1][:2] in ("18", "19") and d[2] == country]


@pytest.mark.parametrize("text, lang, expected", [
    # near misses: a participle with its agent still names the target; so does one of the
    # present (`carrying`)
    ("Israeli jets struck positions held by Hezbollah in southern Lebanon.", "en",
     ("ISRMIL", "190", "LBNREB")),
    ("L'aviation israélienne a frappé des positions tenues par le Hezbollah.", "fr",
     ("ISRMIL", "195", "LBNREB")),
    ("Russian troops attacked a convoy carrying Ukrainian soldiers.", "en",
     ("RUSMIL", "190", "UKRMIL")),
])
def test_events_force_on_what_an_agent_holds_or_a_convoy_carries(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # A headline's names set off by commas are the subject of the present-tense trigger
    # verb after them (the English model reads the verb as a noun)
    ("Putin, Xi pledge deeper ties", "en", {("RUSGOV", "031", "CHNGOV"),
                                            ("CHNGOV", "031", "RUSGOV")}),
    ("Israel, Hamas trade blame over stalled talks", "en", {("ISR", "112", "PSEREB"),
                                                           ("PSEREB", "112", "ISR")}),
    ("Russia, Ukraine swap prisoners", "en", {("RUS", "0841", "UKR"), ("UKR", "0841", "RUS")}),
    ("Russie, Ukraine échangent des prisonniers", "fr", {("RUS", "0841", "UKR"),
                                                         ("UKR", "0841", "RUS")}),
])
def test_events_comma_headline_names_are_the_subject(code, text, lang, expected):
    assert expected <= set(dyads(code, text, lang))


@pytest.mark.parametrize("text", [
    # near misses: a dateline, or a name with its title after the comma, opens no subject list
    "KYIV, Ukraine (AP) — Russian forces struck a power plant overnight.",
    "Dmitry Peskov, spokesman for the Kremlin, rejected the claims.",
])
def test_events_comma_after_a_name_without_a_list_verb(code, text):
    assert not [d for d in dyads(code, text, "en") if d[1] in ("031", "112", "0841")]


@pytest.mark.parametrize("text, expected", [
    # Telling someone to do something is a demand made of them (the act told stays
    # uncoded); telling them what is so is not
    ("Biden tells Netanyahu to halt Rafah offensive", ("USAGOV", "100", "ISRGOV")),
    ("Turkish President Tayyip Erdogan told Sweden to crack down on Kurdish militants.",
     ("TURGOV", "100", "SWE")),
])
def test_events_telling_someone_to_act_is_a_demand(code, text, expected):
    found = dyads(code, text, "en", published="2024-05-10")
    assert expected in found
    assert not [d for d in found if d[1][:2] in ("08", "17")]


def test_events_telling_what_is_so_is_no_demand(code):
    found = dyads(code, "Zelensky told Macron the front line was holding.", "en",
                  published="2024-05-10")
    assert not [d for d in found if d[1][:2] == "10"]


@pytest.mark.parametrize("text, expected", [
    # The object of a meeting the parser joined by `and` to the next clause's subject
    # (`met X and the two leaders signed`) is still the one met
    (("Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang and the two leaders "
     "signed a defence pact."), {("RUSGOV", "040", "PRKGOV"), ("PRKGOV", "040", "RUSGOV")}),
    (("Chinese President Xi Jinping met Joe Biden in California and the two leaders agreed to "
     "resume military talks."), {("CHNGOV", "040", "USAGOV"), ("USAGOV", "040", "CHNGOV")}),
])
def test_events_object_met_before_and_the_two_leaders(code, text, expected):
    assert expected <= dyads(code, text, "en", published="2024-06-19")


@pytest.mark.parametrize("text, lang, expected", [
    # Force on some of `its` people is aimed at the speaker who owns them, not at the
    # place named after them nor at the doer
    ("Hamas said Israel had killed three of its fighters in Gaza.", "en",
     ("ISR", "190", "PSEREB")),
    ("Hezbollah said an Israeli strike killed two of its members.", "en",
     ("ISR", "195", "LBNREB")),
    ("Le Hamas a affirmé qu'Israël avait tué trois de ses combattants à Gaza.", "fr",
     ("ISR", "190", "PSEREB")),
    ("Le Hezbollah a annoncé qu'une frappe israélienne avait tué deux de ses membres.", "fr",
     ("ISR", "195", "LBNREB")),
])
def test_events_force_on_some_of_the_speakers_own(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not [d for d in found if d[1][:2] == "19" and d[2] == "PSE"]


@pytest.mark.parametrize("text", [
    # Near misses: a headline whose names open a noun phrase with its own verb later
    # (`trade war escalates`) keeps that verb; the noun is no act between the names
    "US, China trade war escalates",
    "US, China trade talks resume in Geneva",
])
def test_events_comma_headline_noun_phrase_keeps_its_verb(code, text):
    assert not [d for d in dyads(code, text, "en") if d[1] == "061"]


@pytest.mark.parametrize("text, lang, absent", [
    # An attack named as the feared complement of a threat, fear or risk is no force
    ("La Jordanie a fermé son espace aérien face à la menace d'une attaque iranienne.", "fr",
     "IRN"),
    ("Les habitants de Kharkiv vivent dans la crainte d'une nouvelle offensive russe.", "fr",
     "RUS"),
    ("Jordan closed its airspace in the face of the threat of an Iranian attack.", "en", "IRN"),
    ("Residents of Kharkiv live in fear of a new Russian offensive.", "en", "RUS"),
])
def test_events_feared_attack_is_no_force(code, text, lang, absent):
    assert not [d for d in dyads(code, text, lang) if d[1][:2] in ("18", "19") and d[0] == absent]


def test_events_threat_noun_itself_still_codes(code):
    # near miss: the threat whose complement is dropped is still a threat
    found = dyads(code, "Washington a brandi la menace de sanctions contre Téhéran.", "fr")
    assert ("USAGOV", "13", "IRNGOV") in roots(found)


@pytest.mark.parametrize("text, lang, expected", [
    ("L'Iran a lancé une attaque de drones contre Israël samedi.", "fr", ("IRN", "19", "ISR")),
    ("Iran launched a drone attack on Israel on Saturday.", "en", ("IRN", "19", "ISR")),
])
def test_events_attack_told_is_still_force(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # Someone expected somewhere for talks announces them (036), as `is due in X for talks`
    (("Le chef de la diplomatie turque Hakan Fidan est attendu à Moscou pour des entretiens "
      "avec Sergueï Lavrov."), "fr", ("TURGOV", "036", "RUSGOV")),
    ("Turkish Foreign Minister Hakan Fidan is expected in Moscow for talks with Sergei Lavrov.",
     "en", ("TURGOV", "036", "RUSGOV")),
])
def test_events_expected_somewhere_for_talks_is_intent(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # `grâce à la médiation de X` after the verb: X mediates between its subjects
    (("L'Érythrée et l'Éthiopie ont signé un accord de paix grâce à la médiation des Émirats "
      "arabes unis."), "fr", {("ARE", "045", "ERI"), ("ARE", "045", "ETH")}),
])
def test_events_mediation_thanks_to_after_the_verb(code, text, lang, expected):
    assert expected <= dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # `…, ce qu'a démenti X`: X, inverted after the verb, denies; aimed at the claimant
    ("La Serbie a accusé le Kosovo d'avoir armé des milices, ce qu'a démenti Pristina.", "fr",
     ("XKXGOV", "016", "SRB")),
    ("Le Soudan a démenti tout soutien aux rebelles, ce qu'a contesté le Tchad.", "fr",
     ("TCD", "11", "SDN")),
])
def test_events_inverted_denial_after_ce_que(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found or expected in roots(found)


def test_events_cleft_with_que_whose_verb_the_tagger_reads_as_an_adjective(code):
    # `C'est X que Y accuse de…`: Y accuses X
    found = dyads(code, "C'est l'Arménie que l'Azerbaïdjan accuse d'avoir violé la trêve.", "fr")
    assert ("AZE", "11", "ARM") in roots(found)


@pytest.mark.parametrize("text, lang", [
    # Representatives of two countries meeting each other name both countries
    ("Des représentants du Niger et du Bénin se sont réunis jeudi à Cotonou.", "fr"),
    ("Representatives of Niger and Benin met in Cotonou on Thursday.", "en"),
])
def test_events_representatives_of_two_countries_meet(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert {("NER", "04", "BEN"), ("BEN", "04", "NER")} <= found


def test_events_participle_missed_before_a_weekday_heads_its_clause(code):
    # `a dissous mercredi les partis`: the tagger reads the participle as a noun the
    # weekday takes; after its auxiliary it is the verb
    found = dyads(code, "La junte burkinabè a dissous lundi une centaine de partis politiques.",
                  "fr")
    assert ("BFAGOV", "17", None) in roots(found)


@pytest.mark.parametrize("text, lang", [
    # Firing or sacking staff dismisses them, no shooting
    ("Israeli Prime Minister Benjamin Netanyahu fired his defence minister Yoav Gallant.", "en"),
    ("The carmaker fired 200 workers at its plant in Ohio last week.", "en"),
    ("Ukrainian President Volodymyr Zelensky sacked the commander of the ground forces.", "en"),
    ("Saudi Arabia fired its ambassador to Washington on Monday.", "en"),
])
def test_events_staff_fired_is_no_force(code, text, lang):
    assert not [d for d in dyads(code, text, lang) if d[1][:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text, lang, expected", [
    # near misses: firing at people, or firing weapons, is force
    ("Israeli soldiers fired at Palestinian protesters near the Gaza border fence.", "en",
     ("ISRMIL", "193", "PSEOPP")),
    ("Gunmen fired on a police checkpoint in northern Nigeria on Sunday.", "en",
     ("NGAUAF", "193", "NGACOP")),
])
def test_events_firing_at_people_is_force(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # An attack made in a speech, an interview, a post on social media is words: 111
    ("Indian Prime Minister Narendra Modi targeted the Congress party in his speech on Sunday.",
     "en", ("INDGOV", "111", "INDPTY")),
    (("Venezuelan President Nicolas Maduro attacked the opposition in a speech on state "
      "television."), "en", ("VENGOV", "111", "VENOPP")),
    ("Le président vénézuélien Nicolas Maduro a attaqué l'opposition dans un discours télévisé.",
     "fr", ("VENGOV", "111", "VENOPP")),
])
def test_events_attack_in_a_speech_is_criticism(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not [d for d in found if d[1][:2] in ("18", "19")]


@pytest.mark.parametrize("text, lang, expected", [
    # near misses: an attack told with no forum is force
    ("Israeli jets attacked Hezbollah targets in southern Lebanon on Sunday.", "en",
     ("ISRMIL", "190", "LBNREB")),
    ("Des soldats israéliens ont attaqué un camp de réfugiés à Jénine mardi.", "fr",
     ("ISRMIL", "190", "PSEREF")),
])
def test_events_attack_without_forum_stays_force(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # Assurances given are a commitment (030); a fact-finding mission sent
    # investigates (090): no aid (070)
    ("Kenya gave the United States assurances that its police would respect human rights.",
     "en", ("KEN", "030", "USA")),
    ("Egypt gave Israel guarantees that the border crossing would remain open.", "en",
     ("EGY", "030", "ISR")),
    ("The United Nations sent a fact-finding mission to Sudan on Thursday.", "en",
     ("IGOUNO", "090", "SDN")),
    # near miss: aid sent is aid
    ("Japan sent humanitarian aid to Turkey after the earthquake.", "en", ("JPN", "073", "TUR")),
])
def test_events_assurances_and_fact_finding_are_no_aid(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert expected[1] == "073" or not [d for d in found if d[1][:2] == "07"]


@pytest.mark.parametrize("text, lang", [
    # A photo caption recalls the past: no event
    (("FILE PHOTO: Russian President Vladimir Putin meets Chinese President Xi Jinping in "
      "Beijing, May 16, 2024."), "en"),
    ("PHOTO: Iranian Foreign Minister Abbas Araqchi meets his Omani counterpart in Muscat.",
     "en"),
    (("PHOTO D'ARCHIVES: Le président russe Vladimir Poutine rencontre le président chinois "
      "Xi Jinping à Pékin, le 16 mai 2024."), "fr"),
])
def test_events_photo_caption_is_no_event(code, text, lang):
    assert not dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # near misses: the meeting told in a sentence of the story is coded
    ("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Thursday.",
     "en"),
    (("Le président russe Vladimir Poutine a rencontré jeudi à Pékin le président chinois Xi "
      "Jinping."), "fr"),
])
def test_events_meeting_outside_a_caption_is_coded(code, text, lang):
    assert ("RUSGOV", "040", "CHNGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # A force noun compounded with planning is a planned act, no force used
    ("Israeli forces killed members of a Hamas cell planning attacks on Israeli troops.", "en"),
])
def test_events_planned_attacks_are_no_force_by_the_planners(code, text, lang):
    found = dyads(code, text, lang)
    assert ("ISRMIL", "190", "PSEREB") in found
    assert not [d for d in found if d[0] == "PSEREB" and d[1][:2] in ("18", "19")]


@pytest.mark.parametrize("text, lang", [
    # Fighting for a cause, with no one fought, is a struggle, no force
    ("Iranian women have been fighting for their rights for decades.", "en"),
    ("Les femmes iraniennes se battent pour leurs droits depuis des décennies.", "fr"),
])
def test_events_fighting_for_rights_is_no_force(code, text, lang):
    assert not [d for d in dyads(code, text, lang) if d[1][:2] in ("18", "19")]


def test_events_fighting_an_enemy_is_force(code):
    # near miss: fighting someone is force
    found = dyads(code, "Sudanese army troops fought RSF fighters in Khartoum on Tuesday.", "en")
    assert ("SDNMIL", "190", "SDNREB") in found


@pytest.mark.parametrize("text, lang", [
    # A participle qualifying the object is done by the object, not by the subject
    ("Indian police arrested hundreds of farmers marching towards the capital New Delhi.", "en"),
    ("Kenyan police arrested dozens of protesters marching towards parliament in Nairobi.", "en"),
])
def test_events_participle_of_the_object_is_not_the_subjects_act(code, text, lang):
    found = dyads(code, text, lang)
    assert [d for d in found if d[1] == "173"]
    assert not [d for d in found if d[1][:2] == "14" and d[0].endswith("COP")]


@pytest.mark.parametrize("text, lang, dropped", [
    # A clause set against the main one (`while`, `tandis que`) is asserted by its own
    # subject: the main clause's refusal, denial, negation or accusation does not reach it
    (("Kenya's president refused to meet opposition leaders, while Amnesty International urged "
     "the Kenyan authorities to release the detained activists."), "en", "125"),
    (("Kenya's president did not condemn the raid, whereas Amnesty International urged the "
     "Kenyan authorities to release the detained activists."), "en", None),
    (("Le président kényan a refusé de rencontrer l'opposition, tandis qu'Amnesty International "
     "a exhorté les autorités kényanes à relâcher les militants."), "fr", "125"),
    (("Le président kényan n'a pas condamné le raid, alors que l'Union africaine a appelé "
     "Nairobi à la retenue."), "fr", None),
])
def test_events_contrasted_clause_is_its_own_assertion(code, text, lang, dropped):
    found = dyads(code, text, lang)
    appeals = [d for d in found if d[1][:2] == "02"]
    assert [d[0] for d in appeals] in (["NGOHRIAMN"], ["IGOAFRAFU"]), found
    assert appeals[0][2] == "KENGOV", found
    assert [d[1] for d in found if d[0] == "KENGOV"] == ([dropped] if dropped else []), found


@pytest.mark.parametrize("text, lang", [
    (("Kenya's president apologised for the deaths, while Amnesty International called for "
     "an inquiry."), "en"),
    (("Le président kényan a présenté ses excuses, tandis qu'Amnesty International a réclamé "
     "une enquête."), "fr"),
])
def test_events_contrasted_clause_holds_no_target_of_the_main_act(code, text, lang):
    found = dyads(code, text, lang)
    assert [d for d in found if d[0] == "KENGOV" and d[1][:2] == "05"], found
    assert not [d for d in found if d[0] == "KENGOV" and d[2] == "NGOHRIAMN"], found


def test_events_temporal_clause_stays_under_the_vow(code):
    # near miss: `when` is no contrast; the attack awaited is not told as done
    found = dyads(code, "Iran vowed to retaliate when Israel attacks its nuclear sites.", "en")
    assert not [d for d in found if d[0] == "ISR"], found


@pytest.mark.parametrize("text, lang", [
    # The place said in a time adverbial (`la veille, à Bamako`) is where the act was done,
    # before the dateline's; and it is no actor coordinated with the subject
    (("DAKAR, 12 mars (AFP) - La veille, à Bamako, la junte malienne avait accusé l'Algérie "
     "d'ingérence."), "fr"),
    (("DAKAR, March 12 (Reuters) - A day earlier in Bamako, Mali's junta had accused Algeria "
     "of interference."), "en"),
])
def test_events_place_in_a_time_adverbial_is_the_acts(code, text, lang):
    events = [e for e in code(text, lang=lang).events if e.code[:2] == "11"]
    assert [e.source.code for e in events] == ["MLIGOV"], events
    assert events[0].place is not None and events[0].place.name == "Bamako", events


def test_events_place_set_off_by_commas_is_no_coordinated_source(code):
    text = ("La veille, à Bamako, la junte malienne avait accusé l'Algérie d'ingérence et "
            "rappelé son ambassadeur à Alger pour consultations.\n")  # a line of a file
    found = dyads(code, text, "fr")
    assert found and {d[0] for d in found} == {"MLIGOV"}, found


@pytest.mark.parametrize("text, lang", [
    # An act gone on since an earlier event, or since a past clause, is a state recalled
    ("Houthi rebels have attacked dozens of ships in the Red Sea since the start of the war.",
     "en"),
    ("More than 50,000 people have been killed in Sudan since the war began.", "en"),
    ("L'armée soudanaise combat les paramilitaires depuis le début de la guerre.", "fr"),
    ("Plus de 50 000 personnes ont été tuées au Soudan depuis que la guerre a commencé.", "fr"),
])
def test_events_force_since_an_earlier_event_is_background(code, text, lang):
    assert not [d for d in dyads(code, text, lang) if d[1][:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text, lang", [
    # near misses: since a weekday, the toll is the news
    ("Israeli strikes have killed 40 people in Gaza since Saturday.", "en"),
    ("L'armée israélienne bombarde Gaza depuis samedi.", "fr"),
])
def test_events_force_since_a_weekday_is_coded(code, text, lang):
    assert [d for d in dyads(code, text, lang) if d[0].startswith("ISR") and d[1][:2] == "19"]


@pytest.mark.parametrize("text, lang", [
    # Force on a wave of what is no one (a carrier of an abstract noun) is figurative
    ("Brazil's electoral court is battling a wave of disinformation ahead of the vote.", "en"),
    ("Le gouvernement brésilien combat une vague de désinformation avant le scrutin.", "fr"),
])
def test_events_fighting_a_wave_of_disinformation_is_no_force(code, text, lang):
    assert not [d for d in dyads(code, text, lang) if d[1][:2] == "19"]


def test_events_a_wave_of_strikes_is_force(code):
    # near miss: a wave of strikes on someone is force
    found = dyads(code, "Israel launched a wave of strikes on Hezbollah targets in southern "
                        "Lebanon.", "en")
    assert ("ISR", "195", "LBNREB") in found


@pytest.mark.parametrize("text", [
    # An act noun that calls or demands ask for has not happened
    "Calls are growing for the resignation of the South Korean defence minister.",
    "Demands for the resignation of the Serbian prime minister have grown since the disaster.",
])
def test_events_resignation_called_for_is_no_event(code, text):
    assert not [d for d in dyads(code, text, "en") if d[1][:2] == "08"]


def test_events_resignation_told_is_coded(code):
    # near miss: the resignation done is coded
    found = dyads(code, "South Korea's defence minister resigned on Thursday.", "en")
    assert ("KORGOV", "0831", None) in found


def test_events_act_charged_through_a_chain_of_gerunds_is_no_event(code):
    # what an accusation charges, through `of violating... by killing`, is not asserted
    found = dyads(code, "Hamas accused Israel of violating the truce by killing 28 people in "
                        "Gaza.", "en")
    assert ("PSEREB", "112", "ISR") in found
    assert not [d for d in found if d[1][:2] in ("18", "19")]


@pytest.mark.parametrize("text, lang", [
    # An appeal or criticism foretold (no intent code) is not done yet
    ("UN Secretary-General Antonio Guterres is expected to call for a ceasefire in Sudan.", "en"),
    ("The Indonesian president is likely to ask Japan for more investment.", "en"),
    (("Le ministre russe des Affaires étrangères est susceptible de critiquer les sanctions "
      "européennes."), "fr"),
])
def test_events_speech_act_foretold_is_no_event(code, text, lang):
    assert not [d for d in dyads(code, text, lang) if d[1][:2] in ("02", "11")]


def test_events_visit_foretold_is_an_intent(code):
    # near miss: a visit foretold has an intent code (036)
    found = dyads(code, "Putin is expected to visit China next month.", "en")
    assert ("RUSGOV", "036", "CHNGOV") in found


@pytest.mark.parametrize("text, target", [
    # An attack that passes a judgement after `as` is words, a criticism (111)
    (("Israeli Prime Minister Benjamin Netanyahu attacked the International Criminal Court "
      "as antisemitic."), "IGOJUDICC"),
    ("Hungary's Orban attacked the EU migration pact as a dangerous mistake.", "IGOEUREEC"),
])
def test_events_attack_judged_as_is_criticism(code, text, target):
    found = dyads(code, text, "en")
    assert [d for d in found if d[1] == "111" and d[2] == target]
    assert not [d for d in found if d[1][:2] in ("18", "19")]


@pytest.mark.parametrize("text", [
    # near misses: force with a purpose or a part after `as` is force
    "Israel struck the Iranian base as a warning to Tehran.",
    "Russian forces attacked Ukrainian positions near Pokrovsk as part of a new offensive.",
])
def test_events_attack_as_a_warning_is_force(code, text):
    assert [d for d in dyads(code, text, "en") if d[1][:2] == "19"]


@pytest.mark.parametrize("text, lang, expected", [
    # A participle with its agent after the clause it hangs on is done by the agent to the
    # subject of that clause
    (("Iran and the United States held indirect talks in Oman on Saturday, mediated by Omani "
      "Foreign Minister Badr Albusaidi."), "en", ("OMNGOV", "045", "IRN")),
    (("Armenia and Azerbaijan signed a peace deal at the White House, brokered by the United "
      "States."), "en", ("USA", "045", "AZE")),
    ("Protesters marched on the parliament in Nairobi, dispersed by police with tear gas.", "en",
     ("KENCOP", "175", "KENOPP")),
    (("L'Arménie et l'Azerbaïdjan ont signé un accord de paix à Washington, négocié par les "
      "États-Unis."), "fr", ("USA", "046", "ARM")),
])
def test_events_trailing_passive_participle_is_the_agents_act(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_opening_name_before_a_participle_clause_criticises(code):
    # `Trump blasted Zelensky, saying...`: the tagger read the verb an adjective of the object
    found = dyads(code, "Trump blasted Zelensky, saying he was not grateful for US aid.", "en")
    assert ("USAGOV", "111", "UKRGOV") in found


@pytest.mark.parametrize("text, target", [
    # Heaping or pouring scorn on someone criticises them
    ("The Kremlin poured scorn on Zelensky's peace plan.", "UKRGOV"),
    ("Moscow heaped scorn on the EU's latest sanctions package.", "IGOEUREEC"),
])
def test_events_scorn_heaped_on_is_criticism(code, text, target):
    assert [d for d in dyads(code, text, "en") if d[1] == "111" and d[2] == target]


@pytest.mark.parametrize("text, lang, expected", [
    # The possessive of a joined clause's object is the object of the clause it joins
    (("Russian President Vladimir Putin received Hungarian Prime Minister Viktor Orban in "
     "Moscow and praised his stance on Ukraine."), "en", ("RUSGOV", "051", "HUNGOV")),
    (("Algeria cut diplomatic ties with Morocco in August, accusing its neighbour of hostile "
     "actions."), "en", ("DZA", "112", "MAR")),
    (("Le président russe Vladimir Poutine a reçu le Premier ministre hongrois Viktor Orban à "
     "Moscou et a salué sa position sur l'Ukraine."), "fr", ("RUSGOV", "051", "HUNGOV")),
    (("L'Algérie a rompu ses relations diplomatiques avec le Maroc, accusant son voisin "
     "d'actions hostiles."), "fr", ("DZA", "112", "MAR")),
])
def test_events_possessive_of_a_joined_clause_object_is_the_earlier_object(
        code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not [d for d in found if d[1] == expected[1] and d[2] in ("UKR", None)]


def test_events_object_naming_an_actor_keeps_its_own_target(code):
    # near miss: an object that names an actor is the target, whatever its possessive says
    found = dyads(code, "French President Emmanuel Macron met Chinese President Xi Jinping "
                  "and later criticised his Russian counterpart.", "en")
    assert ("FRAGOV", "111", "RUSGOV") in found
    assert not [d for d in found if d[1][:2] == "11" and d[2] == "CHNGOV"]


@pytest.mark.parametrize("text, lang, expected", [
    # Force on what an actor launched or used is aimed at that actor
    ("U.S. warships shot down drones launched by the Houthis over the Red Sea.", "en",
     ("USAMIL", "190", "YEMREB")),
    ("Ukrainian forces destroyed 20 drones launched by Russia overnight.", "en",
     ("UKRMIL", "1712", "RUS")),
    (("Des navires de guerre américains ont abattu des drones lancés par les Houthis en mer "
      "Rouge."), "fr", ("USAMIL", "190", "YEMREB")),
])
def test_events_force_on_what_an_actor_launched_is_aimed_at_it(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # A high commissioner is the envoy of one Commonwealth country to another
    ("India summoned Pakistan's deputy high commissioner on Sunday.", "en",
     ("IND", "114", "PAKGOV")),
    ("Le Rwanda a convoqué le haut-commissaire britannique à Kigali.", "fr",
     ("RWA", "114", "GBRGOV")),
])
def test_events_summoning_a_high_commissioner_is_an_official_complaint(code, text, lang,
                                                                       expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # `them`, `les`: the actors of the last sentence that named two or more
    (("Israel and Hamas exchanged accusations on Monday over the stalled truce talks. Qatar "
      "urged them to show flexibility."), "en", {"ISR", "PSEREB"}),
    (("La Serbie et le Kosovo se rejettent la responsabilité de l'attaque. L'Union européenne "
      "les a appelés à la retenue."), "fr", {"SRB", "XKX"}),
])
def test_events_plural_object_pronoun_stands_for_the_last_parties(code, text, lang,
                                                                 expected):
    found = dyads(code, text, lang)
    assert {t for s, c, t in found if c[:2] == "02"} == expected


def test_events_plural_object_pronoun_is_not_the_sources_own(code):
    # near miss: the people a state's police arrested are not the state when freed
    found = dyads(code, "Kenyan police arrested dozens of protesters in Nairobi. A court "
                  "later freed them on bail.", "en")
    assert not [d for d in found if d[1][:2] == "08" and d[2] in ("KENCOP", "KEN")]


@pytest.mark.parametrize("text, lang, expected", [
    # Police acting during an event somewhere act where that event was
    ("Police arrested 200 people during protests in Paris on Saturday.", "en",
     ("FRACOP", "173")),
    ("Police detained dozens of students during a rally in Dhaka on Monday.", "en",
     ("BGDCOP", "173")),
])
def test_events_police_act_where_the_event_they_act_during_was(code, text, lang, expected):
    assert expected in [(d[0], d[1]) for d in dyads(code, text, lang)]


@pytest.mark.parametrize("text, lang", [
    # A crowd that rallies against something demonstrates; it rallies no one against it
    (("Hundreds of people rallied outside the parliament in Tbilisi against the foreign agents "
     "law."), "en"),
    ("Thousands of Kenyans rallied in Nairobi against the finance bill.", "en"),
])
def test_events_crowd_rallying_against_is_a_demonstration(code, text, lang):
    found = dyads(code, text, lang)
    assert [d for d in found if d[1][:3] == "141"]
    assert not [d for d in found if d[1] == "113"]


def test_events_rallying_opposition_against_is_no_demonstration(code):
    # near miss: rallying opposition against someone is 113, not a demonstration
    found = dyads(code, "Opposition leader Kemal Kilicdaroglu rallied opposition against the "
                  "Turkish government.", "en")
    assert ("TUROPP", "113", "TURGOV") in found
    assert not [d for d in found if d[1][:2] == "14"]


@pytest.mark.parametrize("text, lang", [
    # British spelling: recognising a government is diplomatic recognition
    ("Washington recognised the new government in Tripoli on Tuesday.", "en"),
    ("Washington recognized the new government in Tripoli on Tuesday.", "en"),
])
def test_events_recognising_a_government(code, text, lang):
    assert ("USAGOV", "054", "LBYGOV") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # A grenade hurled or thrown at someone is violence
    ("Attackers hurled a grenade at a police station in Manipur.", "en",
     ("INDUAF", "180", "INDCOP")),
    ("Protesters hurled stones at police in Srinagar.", "en", ("INDOPP", "180", "INDCOP")),
    ("Des jihadistes ont lancé une grenade contre une patrouille de l'armée malienne.", "fr",
     ("MLIINS", "180", "MLIMIL")),
])
def test_events_grenade_hurled_is_violence(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # near misses: a ball hurled, an appeal launched
    ("The fast bowler hurled the ball at the batsman.", "en"),
    ("Le président français Emmanuel Macron a lancé un appel à la Russie.", "fr"),
])
def test_events_other_things_hurled_are_no_violence(code, text, lang):
    assert not [d for d in dyads(code, text, lang) if d[1][:2] == "18"]


@pytest.mark.parametrize("text, lang", [
    # Flogging is physical assault
    ("The Taliban publicly flogged 12 people in Afghanistan's Logar province.", "en"),
    ("Iranian police flogged a young woman in Tehran.", "en"),
    (("Les talibans ont fouetté publiquement douze personnes dans la province de Logar, en "
     "Afghanistan."), "fr"),
    ("La police iranienne a fouetté une jeune femme à Téhéran.", "fr"),
])
def test_events_flogging_is_assault(code, text, lang):
    assert [d for d in dyads(code, text, lang) if d[1] == "182"]


def test_events_whipping_votes_is_no_assault(code):
    # near miss: a party whip gathers votes
    assert not [d for d in dyads(code, "Britain's ruling Conservatives whipped votes for the "
                                 "bill.", "en") if d[1][:2] == "18"]


@pytest.mark.parametrize("text, lang, expected", [
    # Countermeasures or retaliation vowed or promised are a threat, not an offer
    ("Beijing vowed to take countermeasures against Washington.", "en",
     ("CHNGOV", "130", "USAGOV")),
    ("Russia promised to take countermeasures against Finland.", "en", ("RUS", "130", "FIN")),
    ("Iran vowed to retaliate against Israel for the strike on its consulate.", "en",
     ("IRN", "138", "ISR")),
    ("Pékin a promis de prendre des contre-mesures contre Washington.", "fr",
     ("CHNGOV", "130", "USAGOV")),
])
def test_events_countermeasures_vowed_are_a_threat(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not [d for d in found if d[1][:2] == "03"]


@pytest.mark.parametrize("text, lang", [
    # Suspending broadcasters restricts the press (1721), it reduces no relations (160)
    ("The Malian junta suspended French broadcasters RFI and France 24.", "en"),
    ("La junte malienne a suspendu les médias français RFI et France 24.", "fr"),
])
def test_events_suspending_media_restricts_freedom(code, text, lang):
    found = dyads(code, text, lang)
    assert ("MLIGOV", "1721", "FRAMED") in found
    assert not [d for d in found if d[1][:2] == "16"]


def test_events_suspending_cooperation_reduces_relations(code):
    # near miss: suspending cooperation with a state reduces relations
    found = dyads(code, "Niger suspended military cooperation with France on Friday.", "en")
    assert [d for d in found if d[1][:2] == "16" and d[2] and d[2][:3] == "FRA"]


@pytest.mark.parametrize("text, lang, expected", [
    # Military units and warships sent, deployed or stationed are a mobilisation, not aid
    ("The United States sent two aircraft carriers to the eastern Mediterranean.", "en",
     ("USA", "154")),
    ("Britain dispatched a destroyer to the Red Sea.", "en", ("GBR", "154")),
    ("Germany will station a brigade in Lithuania.", "en", ("DEU", "154")),
    ("Poland sent a battalion to its border with Belarus.", "en", ("POL", "154")),
    ("L'Allemagne va stationner une brigade en Lituanie.", "fr", ("DEU", "154")),
    ("La Pologne a envoyé un bataillon à sa frontière avec la Biélorussie.", "fr",
     ("POL", "154")),
])
def test_events_military_units_sent_are_a_mobilisation(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in [(d[0], d[1]) for d in found]
    assert not [d for d in found if d[1][:2] == "07"]


@pytest.mark.parametrize("text, lang", [
    # near misses: a brigade of engineers or cooks is no armed force
    ("Siemens sent a brigade of engineers to fix the pipeline in Germany.", "en"),
    ("Le chef a envoyé une brigade de cuisiniers au festival de Cannes.", "fr"),
])
def test_events_civilian_brigades_are_no_mobilisation(code, text, lang):
    assert not [d for d in dyads(code, text, lang) if d[1][:2] == "15"]


@pytest.mark.parametrize("text, lang", [
    # An army that withdraws retreats (0874), even near a deal it withdraws under
    ("Armenian forces withdrew from the villages under the border deal.", "en"),
    ("Les forces arméniennes se sont retirées des villages en vertu de l'accord frontalier.",
     "fr"),
])
def test_events_army_withdrawing_under_a_deal_retreats(code, text, lang):
    found = dyads(code, text, lang)
    assert ("ARMMIL", "0874", None) in found
    assert not [d for d in found if d[1][:2] == "16"]


@pytest.mark.parametrize("text, lang", [
    # near misses: a state or rebels leaving a deal reduce relations
    ("Russia pulled out of the Black Sea grain deal.", "en"),
    ("La Russie s'est retirée de l'accord sur les céréales.", "fr"),
])
def test_events_state_leaving_a_deal_reduces_relations(code, text, lang):
    assert ("RUS", "160", None) in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # A reward or bounty offered for someone's capture is no offer of cooperation
    ("Hong Kong police offered rewards for the arrest of eight overseas activists.", "en"),
    ("The US State Department offered a 10 million dollar bounty for the Hamas leaders.", "en"),
    (("La police de Hong Kong a offert des récompenses pour l'arrestation de huit militants "
      "exilés."), "fr"),
    ("Washington a offert une prime de 10 millions de dollars pour la capture du chef du groupe.",
     "fr"),
])
def test_events_reward_offered_is_no_offer_of_cooperation(code, text, lang):
    assert not [d for d in dyads(code, text, lang) if d[1][:2] == "03"]


def test_events_loans_offered_are_an_offer_of_aid(code):
    # near miss: loans offered to a state are an offer of economic aid
    assert ("CHN", "0331", "LKA") in dyads(code, "China offered loans to Sri Lanka.", "en")


@pytest.mark.parametrize("text, lang, src, code_, tgt", [
    # A reporting verb after a comma, with its subject after it, is its subject's act, aimed
    # at whoever did what it reports
    ("La Turquie a violé l'espace aérien grec, accuse Athènes.", "fr", "GRCGOV", "112", "TUR"),
    ("L'Inde a bloqué les négociations, a dénoncé le chef de la diplomatie pakistanaise.",
     "fr", "PAKGOV", "111", "IND"),
    ("C'est le Soudan du Sud qui a rompu la trêve, a accusé le gouvernement soudanais.", "fr",
     "SDNGOV", "112", "SSD"),
    ("Le Tchad a fermé sa frontière, a regretté le Quai d'Orsay.", "fr", "FRAGOV", "110", "TCD"),
])
def test_events_inverted_report_after_a_comma_is_its_subjects(code, text, lang, src, code_,
                                                             tgt):
    found = dyads(code, text, lang)
    assert (src, code_, tgt) in found
    assert not [d for d in found if d[0] == tgt and d[2] == src]


@pytest.mark.parametrize("text, lang", [
    # `ce que dément X` with the present tense read as an adverb: X denies the claim
    ("Kiev accuse Moscou d'avoir bombardé une gare, ce que dément le Kremlin.", "fr"),
    ("L'Ukraine a accusé la Russie d'avoir frappé une école, ce que dément Moscou.", "fr"),
])
def test_events_present_tense_denial_of_a_claim(code, text, lang):
    found = dyads(code, text, lang)
    assert [d for d in found if d[0] == "RUSGOV" and d[1] == "016" and d[2][:3] == "UKR"]


@pytest.mark.parametrize("text, lang, src, tgt", [
    # A sentence with no court named is by the courts of the politician's country
    ("L'opposant biélorusse Mikola Statkevitch a été condamné à dix ans de prison.", "fr",
     "BLRJUD", "BLROPP"),
    ("Former Pakistani prime minister Imran Khan was sentenced to 14 years in prison.", "en",
     "PAKJUD", "PAKELI"),
])
def test_events_unnamed_court_sentencing_a_politician(code, text, lang, src, tgt):
    assert (src, "116", tgt) in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # near miss: a foreign national sentenced where no place is said: no court's country known
    ("Une Britannique a été condamnée à huit ans de prison pour espionnage.", "fr"),
    ("A British national was sentenced to eight years in prison for spying.", "en"),
])
def test_events_unnamed_court_sentencing_a_foreigner_is_not_placed(code, text, lang):
    assert not [d for d in dyads(code, text, lang) if d[1] == "116"]


@pytest.mark.parametrize("text, lang", [
    # An act noun under `tout`/`any` is no act told
    ("Le Pakistan est prêt à répondre à toute agression indienne.", "fr"),
    ("Pakistan is ready to respond to any Indian aggression.", "en"),
])
def test_events_any_determined_act_is_no_act(code, text, lang):
    assert not [d for d in dyads(code, text, lang) if d[0] == "IND"]


@pytest.mark.parametrize("text, lang, tgt", [
    # The source a report is told on is no target of an act other than force
    ("La police a arrêté vingt manifestants à Tunis, selon Amnesty International.", "fr",
     "TUNOPP"),
    ("Police arrested twenty protesters in Tunis, according to Amnesty International.", "en",
     "TUNOPP"),
])
def test_events_attribution_source_is_no_target(code, text, lang, tgt):
    found = dyads(code, text, lang)
    assert [d for d in found if d[1] == "173"]
    assert not [d for d in found if d[2] and d[2].startswith("NGO")]


def test_events_present_threat_before_a_condition_clause(code):
    # `menace` before a `si` clause the parser made the root: still the clause's verb
    found = dyads(code, "Pyongyang menace de bombarder Séoul si les manœuvres se poursuivent.",
                  "fr")
    assert [d for d in found if d[0] == "PRKGOV" and d[1][:2] == "13"]


@pytest.mark.parametrize("text, lang, expected", [
    # The words of a verb's expression under an act noun that fired are the noun's: the
    # freeze of aid announced is a cut, not an aid announced
    ("Washington a annoncé le gel de son aide militaire au Tchad.", "fr",
     ("USAGOV", "1622", "TCD")),
    ("Washington announced the suspension of its military aid to Chad.", "en",
     ("USAGOV", "1622", "TCD")),
    ("Berlin announced a freeze of development aid to Mali.", "en", ("DEUGOV", "162", "MLI")),
])
def test_events_verb_expression_under_an_act_noun_is_the_nouns(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found
    assert not [d for d in found if d[1][:2] == "03"]


@pytest.mark.parametrize("text, lang, expected", [
    # military aircraft or ships sent near a country: a show of force, not aid
    ("La Chine a envoyé 30 avions militaires autour de Taïwan.", "fr", ("CHN", "154", "TWN")),
    # capturing a commander arrests him, not a place occupied
    ("L'armée nigériane a capturé un commandant de Boko Haram.", "fr", ("NGAMIL", "173",
                                                                      "NGAREB")),
    # the suspension of a channel is a curb on freedoms
    ("Le Niger a annoncé la suspension de la chaîne France 24.", "fr", ("NER", "1721", None)),
])
def test_events_french_coercion_and_posture_nouns(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert [d for d in found if d[:2] == expected[:2] and (expected[2] is None or
                                                           d[2] == expected[2])], found


def test_events_mediators_framing_a_clause_are_no_parties_of_it(code):
    # the mediator a fronted mediation names mediates; the clause's two parties sign together
    found = dyads(code, "Sous la médiation de l'Algérie, le Mali et le Niger ont signé une "
                        "déclaration commune.", "fr")
    assert ("MLI", "057", "NER") in found and ("NER", "057", "MLI") in found
    assert not [d for d in found if d[1] == "057" and "DZA" in (d[0], d[2])]


@pytest.mark.parametrize("text", [
    # an infinitive after a passive agent completes the passive verb: the charge is no act
    "L'armée malienne a été accusée par l'ONU d'avoir tiré sur des casques bleus à Kidal.",
    "L'armée israélienne a été accusée par l'ONU d'avoir tiré sur des civils au Liban.",
])
def test_events_charge_after_a_passive_agent_is_no_act(code, text):
    found = dyads(code, text, "fr")
    assert [d for d in found if d[1][:3] == "112"], found
    assert not [d for d in found if d[1][:2] in ("18", "19")], found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # an authority that orders a medium's suspension suspends it: the act, not a demand
    ("Le gouvernement malien a ordonné jeudi la suspension de la chaîne française TV5 Monde.",
     "fr", ("MLIGOV", "1721")),
    (("La junte burkinabè a ordonné la suspension de la diffusion de Radio France "
     "internationale."), "fr", ("BFAGOV", "1721")),
    (("Mali's military government on Thursday ordered the suspension of French broadcaster "
     "France 24."), "en", ("MLIGOV", "1721")),
])
def test_events_ordered_suspension_of_a_medium_is_the_suspension(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert [d for d in found if d[:2] == expected], found
    assert not [d for d in found if d[1][:2] == "10"], found


@pytest.mark.parametrize(("text", "lang"), [
    # a comma list ending in `et`/`and`: every member is a subject, the first one too
    ("Le Niger, le Mali et le Burkina Faso ont annoncé jeudi leur retrait de la Cédéao.", "fr"),
    ("Niger, Mali and Burkina Faso announced their withdrawal from ECOWAS on Thursday.", "en"),
])
def test_events_comma_list_of_subjects_keeps_its_first_member(code, text, lang):
    sources = {d[0] for d in dyads(code, text, lang) if d[1] == "160"}
    assert {"MLI", "BFA", "NER"} <= sources, sources


@pytest.mark.parametrize(("text", "lang"), [
    # a warning that one's own side will strike back threatens whom the retort is aimed at
    (("Le chef des Gardiens de la révolution a averti que Téhéran riposterait à toute attaque "
     "israélienne."), "fr"),
    (("The commander of Iran's Revolutionary Guards warned that Tehran would retaliate against "
     "any Israeli attack."), "en"),
])
def test_events_warning_of_own_retort_threatens_its_aim(code, text, lang):
    found = dyads(code, text, lang)
    assert ("IRNMIL", "130", "ISR") in found, found
    assert not [d for d in found if d[1][:2] == "13" and d[0][:3] == d[2][:3]], found


def test_events_warning_of_own_retort_aimed_at_no_one_has_no_own_target(code):
    found = dyads(code, "Le ministre russe de la Défense a averti que Moscou riposterait.", "fr")
    assert not [d for d in found if d[1][:2] == "13" and d[2] is not None
                and d[2][:3] == "RUS"], found


def test_events_warships_dispatched_near_a_country_show_force(code):
    found = dyads(code, "La Chine a dépêché des navires de guerre près des côtes philippines.",
                  "fr")
    assert [d for d in found if d[:2] == ("CHN", "154")], found


@pytest.mark.parametrize("text, lang, expected", [
    # troops that leave a country withdraw from it
    ("French troops left Mali in August 2022.", "en", ("FRAMIL", "0874", "MLI")),
    ("The last Russian soldiers left Armenia on Friday.", "en", ("RUSMIL", "0874", "ARM")),
    ("Les troupes françaises ont quitté le Mali en août 2022.", "fr", ("FRAMIL", "0874", "MLI")),
])
def test_events_troops_leaving_a_country_retreat(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_troops_left_dead_are_no_retreat(code):
    found = dyads(code, "The bombing left five French soldiers dead in Mali.", "en")
    assert not [d for d in found if d[1] == "0874"], found


@pytest.mark.parametrize("text, lang", [
    # who did what framed an act is not its target
    ("Israel called up reservists after the Hamas attack.", "en"),
    ("Israël a mobilisé des réservistes après l'attaque du Hamas.", "fr"),
])
def test_events_circumstances_of_an_act_are_no_target(code, text, lang):
    found = dyads(code, text, lang)
    assert ("ISR", "154", None) in found, found


@pytest.mark.parametrize("text, expected", [
    # beating people no match is played against is an assault
    ("Indian police beat Sikh protesters near New Delhi.", ("INDCOP", "182", "INDOPP")),
    ("Security forces beat demonstrators in Tehran, witnesses said.",
     ("IRNCOP", "182", "IRNOPP")),
])
def test_events_beating_protesters_is_an_assault(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_a_side_beaten_in_sport_is_no_assault(code):
    found = dyads(code, "Spain beat Germany 2-1 in the quarter-final.", "en")
    assert not [d for d in found if d[1][:2] == "18"], found


@pytest.mark.parametrize("text, lang, source", [
    # a demand about a killing is not made of the one killed
    ("The European Union demanded an investigation into the killing of a French journalist.",
     "en", "IGOEUREEC"),
    ("L'Union européenne a réclamé une enquête sur le meurtre d'un journaliste français.", "fr",
     "IGOEUREEC"),
])
def test_events_the_victim_of_a_killing_asked_about_is_no_target(code, text, lang, source):
    found = dyads(code, text, lang)
    assert [d for d in found if d[0] == source and d[1][:2] == "10"], found
    assert not [d for d in found if d[2] == "FRAMED"], found


@pytest.mark.parametrize("text, expected", [
    # A trigger verb's third-person form after a single opening name, read as a plural noun,
    # is the headline's verb
    ("Xi hosts Lula in Beijing.", ("CHNGOV", "043", "BRAGOV")),
    ("Putin hosts Modi in Moscow for talks on trade.", ("RUSGOV", "04", "INDGOV")),
    ("Sweden summons Iranian envoy over plot.", ("SWE", "", "IRNGOV")),
])
def test_events_third_person_headline_verb_after_one_name(code, text, expected):
    found = dyads(code, text, "en")
    assert [d for d in found if d[0] == expected[0] and d[1].startswith(expected[1])
            and d[2] == expected[2]], found


@pytest.mark.parametrize("text", [
    # near misses: a noun phrase with its own verb later keeps that verb
    "US arms sales to Taiwan draw Chinese anger.",
    "Israel strikes on Gaza kill 20, health officials say.",
])
def test_events_third_person_headline_noun_with_a_later_verb(code, text):
    assert not [d for d in dyads(code, text, "en") if d[1][:2] in ("07", "08", "04")]


@pytest.mark.parametrize("text, lang", [
    # An act told in the past and dated to a month other than the dispatch's is background
    ("Iran and Israel fought a 12-day war in June.", "en"),
    ("The United States bombed three Iranian nuclear facilities in June.", "en"),
    ("Israël a bombardé des sites nucléaires iraniens en juin.", "fr"),
])
def test_events_past_act_dated_to_an_earlier_month_is_background(code, text, lang):
    found = dyads(code, text, lang, published="2025-11-20")
    assert not [d for d in found if d[1][:2] in ("18", "19")], found


@pytest.mark.parametrize("text, lang", [
    # near misses: the dispatch's own month, or a day, dates the news
    ("Russia launched a massive drone attack on Kyiv in November, officials said.", "en"),
    ("Israel struck Hezbollah positions in southern Lebanon on Tuesday.", "en"),
    ("Israël a frappé des positions du Hezbollah au Liban en novembre.", "fr"),
])
def test_events_past_act_dated_to_the_dispatch_month_is_news(code, text, lang):
    found = dyads(code, text, lang, published="2025-11-20")
    assert [d for d in found if d[1][:2] in ("18", "19")], found


@pytest.mark.parametrize("text, lang", [
    # A denial in a clause that takes up a charge just told is the standing answer to it
    ("The UAE is accused of arming the RSF, a charge Abu Dhabi denies.", "en"),
    ("Kyiv accuses Moscow of abducting children, which Moscow denies.", "en"),
    ("Ukraine accuses Russia of deporting children, an accusation the Kremlin denies.", "en"),
])
def test_events_denial_of_a_charge_just_told_is_background(code, text, lang):
    found = dyads(code, text, lang)
    assert not [d for d in found if d[1][:2] in ("01", "12")], found


@pytest.mark.parametrize("text, lang", [
    # near misses: a denial of the day, in the simple past or heading its sentence
    ("The Kremlin denied on Tuesday that its drones had entered Polish airspace.", "en"),
    ("Kyiv accused Moscow of abducting children, which Moscow denied.", "en"),
    ("Le Kremlin a démenti mardi toute incursion de ses drones en Pologne.", "fr"),
])
def test_events_denial_of_the_day_stays(code, text, lang):
    assert [d for d in dyads(code, text, lang) if d[1] == "016"]


@pytest.mark.parametrize("text, lang", [
    # A present-tense act in a clause of time under a future act is not announced
    ("Albanese will raise the issue with Takaichi when he visits Tokyo next month.", "en"),
    ("Macron is expected to discuss trade when he visits Beijing in December.", "en"),
    ("Macron abordera la question avec Xi quand il se rend à Pékin le mois prochain.", "fr"),
])
def test_events_visit_in_a_future_time_clause_is_no_event(code, text, lang):
    found = dyads(code, text, lang)
    assert not [d for d in found if d[1][:3] in ("042", "043")], found


@pytest.mark.parametrize("text, expected", [
    # `called X a thug`, both read as predicative complements, names X: a criticism, no call
    ("Colombia's Petro called Trump a thug after the US struck a boat in the Caribbean.",
     ("COLGOV", "111", "USAGOV")),
    ("Brazil's Lula called Netanyahu a murderer.", ("BRAGOV", "111", "ISRGOV")),
])
def test_events_calling_a_name_a_noun_criticises(code, text, expected):
    found = dyads(code, text, "en")
    assert expected in found
    assert not [d for d in found if d[1][:2] == "04"], found


@pytest.mark.parametrize("text", [
    # An act noun subject of a verb guessed at (`could`, `might`) is supposed, not told
    "Takaichi said a Chinese attack on Taiwan could pose a threat to Japan's survival.",
    "Officials warned that a Russian offensive might overwhelm Ukrainian defences in the east.",
])
def test_events_act_noun_subject_of_a_verb_guessed_at_is_supposed(code, text):
    found = dyads(code, text, "en")
    assert not [d for d in found if d[1][:2] in ("18", "19")], found


def test_events_act_noun_subject_guessed_to_have_been_done_stays(code):
    found = dyads(code, "Israeli strikes may have killed 20 people in Gaza, medics said.", "en")
    assert [d for d in found if d[0] == "ISR" and d[1][:2] == "19"], found


@pytest.mark.parametrize("text, lang, target", [
    # the drones launched are no actor of the dateline's country; `at X` on the last
    # projectile of the list is the launch's target
    (("KYIV, Nov 30 (Reuters) - Russia launched 300 drones and 20 cruise missiles at Ukraine "
     "overnight."), "en", "UKR"),
    (("KIEV, 30 novembre (AFP) - La Russie a lancé 300 drones et 20 missiles de croisière sur "
     "l'Ukraine dans la nuit."), "fr", "UKR"),
    ("The Houthis fired missiles and drones at Israel on Friday.", "en", "ISR"),
    ("Les Houthis ont tiré des missiles et des drones sur Israël vendredi.", "fr", "ISR"),
    # bare: no target rather than the drones
    ("KYIV, Nov 30 (Reuters) - Russia launched 120 drones overnight.", "en", None),
    ("KIEV, 30 novembre (AFP) - La Russie a lancé 120 drones pendant la nuit.", "fr", None),
])
def test_events_projectiles_launched_are_no_target(code, text, lang, target):
    found = [d for d in dyads(code, text, lang) if d[1][:2] == "19"]
    assert found and all(d[2] == target for d in found), found


@pytest.mark.parametrize("text, lang, expected", [
    # near miss: drones shot down are struck
    ("KYIV, Nov 30 (Reuters) - Ukrainian forces shot down 50 Russian drones overnight.", "en",
     ("UKRMIL", "190", "RUSMIL")),
    ("KIEV, 30 novembre (AFP) - Les forces ukrainiennes ont abattu 50 drones russes.", "fr",
     ("UKRMIL", "190", "RUSMIL")),
])
def test_events_projectiles_shot_down_are_the_target(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a decision noun summing up the clause's act: its participles' agents react to the
    # act's doers, and the agents are no target of the act itself
    (("Le Mali a quitté la Cédéao en janvier, une décision saluée par le Niger mais condamnée "
     "par le Nigeria."), "fr", [("NER", "051", "MLI"), ("NGA", "111", "MLI")],
     ("MLI", "160", "NER")),
    (("Mali withdrew from ECOWAS in January, a move welcomed by Niger but condemned by "
     "Nigeria."), "en", [("NER", "051", "MLI"), ("NGA", "111", "MLI")], ("MLI", "160", "NER")),
    (("Le Japon et la Corée du Sud ont reconnu l'État de Palestine, une décision dénoncée par "
     "Israël."), "fr", [("ISR", "111", "JPN"), ("ISR", "111", "KOR"), ("JPN", "054", "PSE")],
     ("JPN", "054", "ISR")),
    ("Japan and South Korea recognised the State of Palestine, a decision denounced by Israel.",
     "en", [("ISR", "111", "JPN"), ("ISR", "111", "KOR"), ("JPN", "054", "PSE")],
     ("JPN", "054", "ISR")),
])
def test_events_decision_summing_up_an_act_is_reacted_to(code, text, lang, expected, absent):
    found = dyads(code, text, lang)
    assert all(e in found for e in expected), found
    assert absent not in found, found


@pytest.mark.parametrize("text, expected", [
    # `les` before the auxiliary is the verb's object, though the parser hung it on the
    # subject: it stands for the pair of the sentence before
    (("Israël et le Hamas se sont accusés mutuellement. Le Qatar les a exhortés à respecter la "
     "trêve."), [("QAT", "020", "ISR"), ("QAT", "020", "PSEREB")]),
    ("L'Inde et le Pakistan ont échangé des tirs. La Chine les a appelés à la retenue.",
     [("CHN", "0256", "IND"), ("CHN", "0256", "PAK")]),
])
def test_events_french_object_clitic_hung_on_the_subject(code, text, expected):
    found = dyads(code, text, "fr")
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, lang", [
    # a gerund the parser reads as a verb has its object in `of`: force on a place of another
    # country is aimed at that country
    ("Russian forces continued shelling of Kharkiv on Monday.", "en"),
    ("Les forces russes ont poursuivi le pilonnage de Kharkiv lundi.", "fr"),
])
def test_events_gerund_of_force_takes_its_object_in_of(code, text, lang):
    assert ("RUSMIL", "194", "UKR") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # a protest the act is done for, with no target of its own, aims at the other country
    # the act's object names
    ("Morocco recalled its ambassador from Algeria to protest against the decision.", "en"),
    ("Le Maroc a rappelé son ambassadeur en Algérie pour protester contre cette décision.", "fr"),
])
def test_events_protest_an_act_is_done_for_aims_at_its_object(code, text, lang):
    found = dyads(code, text, lang)
    assert ("MAR", "114", "DZA") in found, found
    assert ("MAR", "114", None) not in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # the forces withdrawn are the withdrawer's, and the country they leave is the target,
    # whether after `out of` or after a possessive with adjectives before the forces
    ("The United States began pulling troops out of Niger on Monday.", "en",
     ("USA", "0874", "NER")),
    ("Britain pulled its last soldiers out of Mali in December.", "en", ("GBR", "0874", "MLI")),
    ("La France a retiré ses derniers soldats du Tchad vendredi.", "fr", ("FRA", "0874", "TCD")),
    ("Le Royaume-Uni a retiré ses 300 soldats du Mali en décembre.", "fr",
     ("GBR", "0874", "MLI")),
    ("Les militaires français ont quitté le Gabon jeudi.", "fr", ("FRAMIL", "0874", "GAB")),
])
def test_events_withdrawn_forces_are_the_withdrawers_and_the_country_left_the_target(
        code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # the media or an NGO force is told on are no side of it, nor is the army that reports
    # an attack on its camp: the camp's place says whose it is
    (("Les Gardiens de la révolution ont saisi un navire étranger dans le golfe d'Oman, selon "
     "les médias d'État iraniens."), "fr", None, "IRNMED"),
    (("Iran's Revolutionary Guards seized a foreign ship in the Gulf of Oman, according to "
     "Iranian state media."), "en", None, "IRNMED"),
    (("Des jihadistes ont attaqué un camp militaire dans le centre du Burkina Faso, selon "
     "l'armée burkinabè."), "fr", "BFA", None),
])
def test_events_force_told_by_media_is_not_aimed_at_them(code, text, lang, expected, absent):
    targets = {t for _, c, t in dyads(code, text, lang) if c[:2] in ("17", "18", "19")}
    assert targets, text
    assert absent not in targets, targets
    assert expected is None or expected in {t[:3] for t in targets if t}, targets


@pytest.mark.parametrize("text, lang, act", [
    # an agentless participle of accusing on a noun is the charge it carries: no accusation
    # is made by the clause's subject, and whom it says the noun served is no target
    ("L'Iran a pendu lundi un homme accusé d'avoir espionné pour Israël.", "fr", "186"),
    ("Iran hanged a man accused of spying for Israel on Monday.", "en", "186"),
    ("Le Niger a expulsé jeudi un diplomate français accusé d'ingérence.", "fr", "161"),
    ("La police kényane a arrêté mardi un député, accusé de corruption.", "fr", "173"),
])
def test_events_a_charge_a_noun_carries_is_no_accusation(code, text, lang, act):
    found = dyads(code, text, lang)
    assert any(c == act for _, c, _ in found), found
    assert not any(c[:2] == "11" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # a role adjective telling the kind of what is given is no one the act aims at
    (("German Chancellor Friedrich Merz pledged 2 billion euros in military aid to Ukraine on "
     "Monday."), "en", ("DEUGOV", "0331", "UKR"), ("DEUGOV", "0331", "DEUMIL")),
    ("The United States approved $300 million in assistance for Jordan on Friday.", "en",
     ("USA", "070", "JOR"), None),
    (("Le chancelier allemand Friedrich Merz a promis deux milliards d'euros d'aide militaire "
     "à l'Ukraine lundi."), "fr", ("DEUGOV", "0332", "UKR"), ("DEUGOV", "0332", "DEUMIL")),
    ("Des frappes militaires israéliennes ont tué 12 personnes à Gaza dimanche.", "fr",
     ("ISRMIL", "195", "PSECVL"), ("PSEUAF", "195", "PSECVL")),
    # armed forces written before an act of force do it
    ("Israeli military strikes killed 12 people in Gaza on Sunday.", "en",
     ("ISRMIL", "195", "PSECVL"), ("PSEUAF", "195", "PSECVL")),
    ("Sudanese army strikes killed 30 people in Darfur on Sunday.", "en",
     ("SDNMIL", "195", "SDNCVL"), None),
])
def test_events_role_adjectives_of_kind_and_armed_doers_of_strikes(code, text, lang, expected,
                                                                 absent):
    found = dyads(code, text, lang)
    assert expected in found and absent not in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # a display of force near or around a place is aimed at the country of that place
    (("Russia staged military exercises near the border with Lithuania on Tuesday, the "
      "defence ministry in Moscow said."), "en", ("RUS", "150", "LTU")),
    ("La Russie a organisé des exercices militaires près de la frontière avec la Lituanie.", "fr",
     ("RUS", "150", "LTU")),
])
def test_events_show_of_force_near_a_place_aims_at_its_country(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_show_of_force_near_a_place_stops_at_another_preposition(code):
    # near miss: what is named after another preposition is no place the force is shown near
    found = dyads(code, "Pakistan placed its troops on alert along the Line of Control after "
                        "India's strikes.", "en")
    assert ("PAK", "152", "IND") not in found, found


def test_events_show_of_force_near_its_own_border_has_no_target(code):
    # near miss: the doers' own country is no target
    found = dyads(code, "Russia held drills near Kaliningrad on Monday.", "en")
    assert not any(t == "RUS" for _, _, t in found), found


@pytest.mark.parametrize("text, lang", [
    # a verb with no object of its own shares the place of its conjunct, which settles the
    # country of the unnamed doers
    ("Gunmen kidnapped and killed two aid workers in northern Mali on Sunday.", "en"),
    ("Des hommes armés ont enlevé puis tué deux humanitaires dans le nord du Mali dimanche.",
     "fr"),
])
def test_events_joined_verbs_share_the_place_of_their_object(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert any(s == "MLIUAF" and c == "18" for s, c, _ in found), found
    assert any(s == "MLIUAF" and c == "19" for s, c, _ in found), found


@pytest.mark.parametrize("text", [
    # a call made on an occasion is a phone call, not `call on` someone
    "Indian Prime Minister Narendra Modi called U.S. President Donald Trump on his birthday.",
    ("Chinese President Xi Jinping called Russian President Vladimir Putin on the eve of the "
     "summit."),
])
def test_events_call_on_an_occasion_is_a_phone_call(code, text):
    found = dyads(code, text, "en")
    assert any(c == "041" for _, c, _ in found), found
    assert not any(c == "020" for _, c, _ in found), found


def test_events_call_on_someone_is_still_an_appeal(code):
    # near miss: `called on X to` is an appeal
    found = dyads(code, "Turkey called on Sweden to crack down on Kurdish militants.", "en")
    assert ("TUR", "020", "SWE") in found or ("TURGOV", "020", "SWE") in found, found


@pytest.mark.parametrize("text, expected", [
    # a pact or treaty torn up or ended is aimed at the partner named inside it
    ("Mali tore up its defence pact with France on Monday.", ("MLI", "160", "FRA")),
    ("Chad ended a defence treaty with France on Thursday.", ("TCD", "160", "FRA")),
])
def test_events_ended_pact_aims_at_its_partner(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected", [
    # the state named with its country is its government
    ("The Lebanese army pledged to cooperate closely with the Lebanese state to disarm militias.",
     ("LBNMIL", "031", "LBNGOV")),
    ("Ukraine accused the Russian state of deporting children from occupied areas.",
     ("UKR", "112", "RUSGOV")),
])
def test_events_the_state_with_its_country_is_its_government(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, expected", [
    # staged exercises, massed tanks and troops moved towards a place are shows of force aimed
    # at that place's country
    ("The Iranian army staged exercises near the border with Azerbaijan.",
     ("IRNMIL", "150", "AZE")),
    ("Turkey moved tanks and troops to the border with Syria ahead of an offensive.",
     ("TUR", "154", "SYR")),
    ("Ethiopia moved troops toward the Eritrean border, diplomats said.", ("ETH", "154", "ERI")),
])
def test_events_forces_moved_or_exercised_near_a_place(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_a_civil_exercise_is_no_show_of_force(code):
    # near miss: only staged exercises are read as military without the word
    found = dyads(code, "Kenyan election officials held a voter registration exercise in "
                        "Nairobi.", "en")
    assert not any(c.startswith("15") for _, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    # what an aircraft flies close to it does not visit, nor is it hosted there
    (("Japan protested after a Chinese fighter jet flew unusually close to a Japanese patrol "
     "plane."), "en"),
    (("Le Japon a protesté après qu'un avion de chasse chinois a volé très près d'un appareil "
     "de patrouille japonais."), "fr"),
])
def test_events_flying_close_to_something_is_no_visit(code, text, lang):
    found = dyads(code, text, lang)
    assert not any(c[:2] == "04" for _, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    # the army a story's paramilitaries accuse is of the story's country
    (("KHARTOUM (AFP) - L'armée soudanaise combat depuis avril les Forces de soutien rapide. "
      "Les paramilitaires ont accusé dimanche l'armée de bombarder un camp de déplacés."), "fr"),
    (("KHARTOUM (AFP) - Sudan's army has been fighting the Rapid Support Forces since April. "
      "The paramilitaries on Sunday accused the army of shelling a camp for displaced people."),
     "en"),
])
def test_events_paramilitaries_accuse_the_army(code, text, lang):
    assert ("SDNREB", "112", "SDNMIL") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # force on attackers, an attack or what was launched is aimed at whoever of another camp
    # used force in the sentences before
    (("BAMAKO (AFP) - Le JNIM a attaqué lundi un camp militaire près de Mopti. Les soldats "
      "maliens ont repoussé les assaillants après deux heures de combats."), "fr",
     ("MLIMIL", "19", "MLIREB")),
    (("MAIDUGURI (AFP) - Les jihadistes de Boko Haram ont attaqué une base militaire. L'armée "
      "nigériane a tué trente assaillants."), "fr", ("NGAMIL", "19", "NGAREB")),
    (("KIEV (AFP) - La Russie a attaqué l'Ukraine dans la nuit avec 90 drones. L'armée "
      "ukrainienne a abattu la plupart des drones."),
     "fr", ("UKRMIL", "19", "RUS")),
    (("KHARTOUM (AFP) - Les Forces de soutien rapide ont attaqué la ville d'El-Facher. L'armée "
      "soudanaise a repoussé l'attaque."), "fr", ("SDNMIL", "19", "SDNREB")),
    (("MOGADISHU (Reuters) - Al Shabaab militants stormed a hotel in Mogadishu on Friday. "
      "Police shot dead three of the attackers after a siege of several hours."), "en",
     ("SOMCOP", "19", "SOMREB")),
    (("JERUSALEM (AP) - Hezbollah fired dozens of rockets into northern Israel. The Israeli "
      "military said it shot down most of the rockets."), "en", ("ISRMIL", "19", "LBNREB")),
])
def test_events_force_on_attackers_aims_at_the_earlier_attacker(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # near miss: force on others than attackers keeps the target it names
    (("BAMAKO (AFP) - Le JNIM a attaqué un camp militaire près de Mopti. L'armée malienne a tué "
      "dix civils dans un village."), "fr"),
    (("BAMAKO (Reuters) - JNIM militants attacked a military camp near Mopti. The Malian army "
      "killed ten civilians in a village."), "en"),
])
def test_events_force_on_others_keeps_its_target(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert ("MLIMIL", "19", "MLICVL") in found, found
    assert ("MLIMIL", "19", "MLIREB") not in found, found


@pytest.mark.parametrize("text, lang, source, root, doers", [
    # a threat or reaction pointing back to an act by a demonstrative aims at the act's doers:
    # one event, since the phrase names the act once
    (("ATHENES (AFP) - La Grèce et Chypre ont lancé mardi des exercices navals communs. "
      "Ankara a menacé de répondre à ces exercices."), "fr",
     "TURGOV", "13", {"GRC", "CYP"}),
    (("BRUXELLES (AFP) - Les Vingt-Sept ont imposé jeudi de nouvelles sanctions à la "
      "Russie. Moscou a promis de riposter à ces mesures."), "fr", "RUSGOV", "13", {"IGOEUREEC"}),
    (("ATHENS (Reuters) - Greece and Cyprus began joint naval drills on Tuesday. Turkey "
      "condemned these drills."), "en", "TUR", "11", {"GRC", "CYP"}),
])
def test_events_threat_at_the_doers_of_the_act_it_points_back_to(code, text, lang, source, root,
                                                                   doers):
    aimed = [t for s, r, t in roots(dyads(code, text, lang)) if (s, r) == (source, root)]
    assert len(aimed) == 1 and aimed[0] in doers, aimed


@pytest.mark.parametrize("text, lang, expected", [
    # aid pledged with no recipient, or only the own forces sent, is for the country named
    # before
    (("NAIROBI (AFP) - Le Kenya doit prendre la tête d'une mission internationale en Haïti. "
      "Nairobi a promis d'y envoyer 800 policiers d'ici la fin de l'année."), "fr",
     ("KENGOV", "03", "HTI")),
    (("KIEV (AFP) - L'Ukraine manque de munitions. Les Etats-Unis ont promis de livrer de "
      "nouveaux obus."), "fr", ("USA", "03", "UKR")),
    (("NAIROBI (Reuters) - Kenya is due to lead an international mission to Haiti. Nairobi "
      "pledged to provide 1,000 police officers."), "en", ("KENGOV", "03", "HTI")),
])
def test_events_aid_pledged_is_for_the_country_named_before(code, text, lang, expected):
    found = roots(dyads(code, text, lang))
    assert expected in found, found
    assert not any(s == expected[0] and t and t.startswith("KENCOP") for s, _, t in found)


@pytest.mark.parametrize("text, lang, parties, sponsors", [
    # the sponsor of an act is no party to it
    (("WASHINGTON (AFP) - Sous l'égide des Etats-Unis et du Qatar, la RDC et le Rwanda ont "
      "signé un accord de paix."), "fr", ("COD", "RWA"), ("USA", "QAT")),
    (("DJEDDAH (AFP) - L'armée soudanaise et les Forces de soutien rapide ont signé une trêve "
      "parrainée par l'Arabie saoudite et les Etats-Unis."), "fr", ("SDNMIL", "SDNREB"),
     ("SAU", "USA")),
    (("JEDDAH (Reuters) - Sudan's army and the Rapid Support Forces signed a truce sponsored "
      "by Saudi Arabia and the United States."), "en", ("SDNMIL", "SDNREB"), ("SAU", "USA")),
])
def test_events_the_sponsor_of_an_act_is_no_party_to_it(code, text, lang, parties, sponsors):
    found = [(s, c, t) for s, c, t in dyads(code, text, lang) if c == "057"]
    a, b = parties
    assert (a, "057", b) in found and (b, "057", a) in found, found
    assert not any(s in sponsors or t in sponsors for s, _, t in found), found


@pytest.mark.parametrize("text, lang", [
    # a government and its rebels who sign together sign with each other
    (("ADDIS ABEBA (AFP) - Le gouvernement éthiopien et les rebelles tigréens ont signé un "
      "accord de paix sous l'égide de l'Union africaine."), "fr"),
    (("ADDIS ABABA (Reuters) - The Ethiopian government and Tigrayan rebels signed a peace "
      "deal on Wednesday."), "en"),
])
def test_events_a_government_signs_with_its_rebels(code, text, lang):
    found = dyads(code, text, lang)
    assert ("ETHGOV", "057", "ETHREB") in found and ("ETHREB", "057", "ETHGOV") in found, found


@pytest.mark.parametrize("text, expected", [
    # rejecting a proposal is a rejection aimed at whoever made it
    ("MOSCOU (AFP) - La Russie a rejeté une proposition de trêve présentée par la Turquie.",
     ("RUS", "12", "TUR")),
    ("JERUSALEM (AFP) - Israël a rejeté la proposition de trêve présentée par l'Egypte.",
     ("ISR", "12", "EGY")),
])
def test_events_french_rejected_proposal_aims_at_its_author(code, text, expected):
    assert expected in roots(dyads(code, text, "fr"))


@pytest.mark.parametrize("text, lang, expected", [
    # a denial with no target answers whoever accused the denier's country before
    ("KINSHASA (AFP) - La RDC accuse le Rwanda de soutenir les rebelles du M23. Kigali dément.",
     "fr", ("RWAGOV", "016", "COD")),
    (("BAMAKO (AFP) - La junte malienne a accusé l'Algérie d'ingérence dans les affaires "
      "intérieures du Mali. Alger a rejeté ces accusations."), "fr", ("DZAGOV", "016", "MLIGOV")),
    (("KINSHASA (Reuters) - Congo accuses Rwanda of backing the M23 rebels. Kigali denies the "
      "charge."), "en", ("RWAGOV", "016", "COD")),
])
def test_events_denial_answers_the_accuser(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # fighters named only by their kind are of the armed group that struck before
    (("BAMAKO (AFP) - Le JNIM a attaqué un camp militaire près de Mopti. L'armée malienne a "
      "neutralisé plusieurs terroristes."), "fr", ("MLIMIL", "190", "MLIREB")),
    (("MAIDUGURI (AFP) - Boko Haram a attaqué une base militaire dans le nord-est du Nigeria. "
      "L'armée nigériane a tué vingt jihadistes."), "fr", ("NGAMIL", "190", "NGAREB")),
    (("Boko Haram fighters attacked a military base in northeast Nigeria on Sunday. Nigerian "
      "troops killed 20 insurgents."), "en", ("NGAMIL", "190", "NGAREB")),
    # near miss: with no group named before, they keep the story's country
    ("BAMAKO (AFP) - L'armée malienne a tué dix jihadistes dans le centre du pays.", "fr",
     ("MLIMIL", "190", "MLIINS")),
])
def test_events_fighters_by_kind_are_the_group_that_struck(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # talks a third party sponsors are between the parties that hold them
    (("DOHA (AFP) - Le gouvernement congolais et le M23 ont entamé des pourparlers parrainés "
      "par le Qatar."), "fr"),
    ("DOHA (Reuters) - Congo's government and the M23 rebels began talks sponsored by Qatar.",
     "en"),
])
def test_events_sponsored_talks_are_between_their_parties(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert ("CODGOV", "04", "CODREB") in found and ("CODREB", "04", "CODGOV") in found, found
    assert not any(s == "QAT" for s, _, _ in found), found


@pytest.mark.parametrize("text, lang, expected, absent", [
    # joint exercises of one side with no partner are a show of force near the place named
    ("Russia's navy launched joint air and sea exercises near the coast of Norway.", "en",
     ("RUSMIL", "15", "NOR"), ("RUSMIL", "06", None)),
    ("L'armée russe a lancé des exercices conjoints au large des côtes norvégiennes.", "fr",
     ("RUSMIL", "15", "NOR"), ("RUSMIL", "06", None)),
    ("Iran's army began ground, air and missile force exercises near the border with Iraq.", "en",
     ("IRNMIL", "15", "IRQ"), None),
    ("L'armée iranienne a entamé des exercices près de la frontière avec l'Irak.", "fr",
     ("IRNMIL", "15", "IRQ"), None),
    # with a partner they stay military cooperation
    ("Egypt held joint military exercises with Saudi Arabia in the Red Sea.", "en",
     ("EGY", "06", "SAU"), None),
    ("L'Egypte et l'Arabie saoudite ont mené des exercices conjoints en mer Rouge.", "fr",
     ("EGY", "06", "SAU"), None),
    # boats sent towards another country's coast are a show of force, not aid
    ("Venezuela sent patrol boats toward the coast of Guyana on Friday.", "en",
     ("VEN", "15", "GUY"), ("VEN", "07", "GUY")),
])
def test_events_exercises_alone_are_a_show_of_force(code, text, lang, expected, absent):
    found = roots(dyads(code, text, lang))
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.parametrize("text, lang", [
    # the act someone is accused of is alleged, also when the parser hangs `of` on the object
    (("HANOI (Reuters) - Vietnam accused China's coast guard of firing water cannon at a "
     "Vietnamese fishing boat."), "en"),
    (("MANILA (Reuters) - The Philippines accused China's coast guard of firing water cannon at "
     "a Philippine supply boat."), "en"),
])
def test_events_act_accused_of_through_the_object_is_alleged(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert {r for _, r, _ in found} == {"11"}, found


@pytest.mark.parametrize("text, lang, expected", [
    # a phone call framing what a leader tells another is a talk with the one addressed
    (("Egyptian President Abdel Fattah al-Sisi told Emmanuel Macron in a phone call on Monday "
     "that Cairo rejected any displacement of Palestinians."), "en", ("EGYGOV", "04", "FRAGOV")),
    (("Le président Abdel Fattah al-Sissi a assuré à Emmanuel Macron, dans un entretien "
     "téléphonique, que Le Caire refusait tout déplacement des Palestiniens."), "fr",
     ("EGYGOV", "04", "FRAGOV")),
])
def test_events_phone_call_framing_a_statement_is_a_talk_with_its_addressee(code, text, lang,
                                                                          expected):
    found = roots(dyads(code, text, lang))
    assert expected in found and expected[::-1] in found, found


@pytest.mark.parametrize("text, lang, sides", [
    # two sides that declare a truce together declare it towards each other
    (("Le gouvernement colombien et les rebelles de l'ELN ont signé jeudi un accord de "
     "cessez-le-feu à La Havane."), "fr", ("COLGOV", "COLREB")),
    ("Armenia and Azerbaijan declared a ceasefire along their border on Sunday.", "en",
     ("ARM", "AZE")),
])
def test_events_truce_declared_together_is_towards_each_other(code, text, lang, sides):
    found = roots(dyads(code, text, lang))
    a, b = sides
    assert (a, "08", b) in found and (b, "08", a) in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # a past-tense verb with its own subject, read by the parser as a modifier of the noun
    # after it, still takes that noun as its object
    ("A Turkish court on Monday jailed Ankara Mayor Mansur Yavas pending trial.", "en",
     ("TURJUD", "17", "TURGOV")),
])
def test_events_verb_read_as_a_modifier_keeps_its_object(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # firing a cabinet or a government dismisses it: no shooting
    ("Kenya's president fired his entire cabinet on Thursday.", "en"),
    ("The prime minister fired the government's top economic team.", "en"),
])
def test_events_firing_a_cabinet_is_no_shooting(code, text, lang):
    assert not any(r in ("18", "19", "20") for _, r, _ in roots(dyads(code, text, lang)))


@pytest.mark.parametrize("text, lang, expected", [
    # an aside between `avoir` and its participle does not hide the act
    ("L'Algérie a, de son côté, condamné l'attaque contre le convoi.", "fr", ("DZA", "11")),
    ("Le Qatar a pour sa part salué l'accord signé à Washington.", "fr", ("QAT", "05")),
    ("L'armée nigériane a, de son côté, bombardé des camps de Boko Haram dans l'État de Borno.",
     "fr", ("NGAMIL", "19")),
])
def test_events_an_aside_inside_the_past_tense_keeps_the_act(code, text, lang, expected):
    assert any((s, r) == expected for s, r, _ in roots(dyads(code, text, lang)))


@pytest.mark.parametrize("text, lang, expected", [
    # a withdrawal is aimed at the country of the place withdrawn from, never the source's own
    ("Ethiopia completed the withdrawal of its troops from the Somali town of Baidoa.", "en",
     ("ETH", "0874", "SOM")),
    ("Rwanda began the withdrawal of its soldiers from the town of Goma.", "en",
     ("RWA", "0874", "COD")),
    (("ADDIS ABEBA (AFP) - L'Ethiopie a achevé le retrait de ses troupes de la ville "
      "somalienne de Baidoa."), "fr", ("ETH", "0874", "SOM")),
    ("Les troupes russes se sont retirées de Kherson vendredi.", "fr", ("RUSMIL", "0874", "UKR")),
])
def test_events_withdrawal_aims_at_the_place_left(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # a withdrawal ordered of forces not named or one's own is the orderer's retreat
    ("Moscow ordered the withdrawal of troops from the region of Kharkiv.", "en",
     ("RUSGOV", "0874", "UKR")),
    ("Moscou a accéléré le retrait de ses forces de la région de Kharkiv.", "fr",
     ("RUSGOV", "0874", "UKR")),
    ("Le Kremlin a ordonné le retrait des troupes de la région de Kharkiv.", "fr",
     ("RUSGOV", "0874", "UKRMIL")),
    # of another country's forces named: a demand that they withdraw
    ("Niger ordered the withdrawal of French troops from its territory.", "en",
     ("NER", "1056", "FRAMIL")),
    ("Le Burkina Faso a ordonné le retrait des troupes françaises de son sol.", "fr",
     ("BFA", "1056", "FRAMIL")),
])
def test_events_ordered_withdrawal_is_a_retreat_of_own_forces(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # a place hung on the group an attacked shelter is for is where the attack happened
    ("Gunmen attacked a camp for displaced Nigeriens in northern Burkina Faso.", "en",
     ("BFAUAF", "190", "NER")),
    (("Des hommes armés ont attaqué un camp de déplacés centrafricains dans le sud du "
      "Tchad."), "fr", ("TCDUAF", "190", "CAFREF")),
    # the people killed in a blast at a market in a city are of that city's country
    ("Nine people were killed in a blast at a market in Mogadishu.", "en",
     ("SOMUAF", "190", "SOMCVL")),
])
def test_events_place_hung_deep_in_the_object_phrase(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # a state that denounces or breaks off a defence pact renounces it, towards its partner
    ("Chad denounced the defence agreement with France.", "en", ("TCD", "160", "FRA")),
    ("Le Niger a rompu l'accord de défense avec les Etats-Unis.", "fr", ("NER", "160", "USA")),
    ("Le Mali a rompu le traité de coopération militaire avec la France.", "fr",
     ("MLI", "160", "FRA")),
    # a role adjective telling the kind of the object is no target: the partner named after is
    ("Ecuador suspended military aid from the United States.", "en", ("ECU", "1622", "USA")),
])
def test_events_a_defence_deal_renounced_aims_at_the_partner(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # sabotage destroys property; done in another country's place, it is aimed at that country
    ("Ukrainian saboteurs sabotaged a railway bridge in the Russian region of Bryansk.", "en",
     ("UKR", "1712", "RUS")),
    ("Rebels sabotaged a gas pipeline in northern Mozambique.", "en", ("MOZREB", "1712", "MOZ")),
    (("L'armée ukrainienne a saboté une voie ferrée dans la région russe de Briansk."), "fr",
     ("UKRMIL", "1712", "RUS")),
    ("Des rebelles du M23 ont saboté une ligne électrique au Rwanda.", "fr",
     ("CODREB", "1712", "RWA")),
])
def test_events_sabotage_aims_at_the_country_of_the_place(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # the people killed in an attack on a village are of the village's country, also where the
    # parser hung the attack's aim on the verb, and not of a lower-case compass word read as a
    # name (`nord-est`: Haiti's Nord-Est department)
    (("Au moins quinze personnes ont été tuées dans une attaque de Boko Haram contre un "
      "village du nord-est du Nigeria."), "fr", ("NGAREB", "190", "NGACVL")),
    (("Au moins dix personnes ont été tuées dans une attaque des shebab contre un village du "
      "sud de la Somalie."), "fr", ("SOMREB", "190", "SOMCVL")),
    (("At least 12 people were killed in a Boko Haram attack on a village in northeastern "
      "Nigeria."), "en", ("NGAREB", "190", "NGACVL")),
])
def test_events_victims_of_an_attack_on_a_village_are_of_its_country(code, text, lang,
                                                                      expected):
    found = dyads(code, text, lang)
    assert expected in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # people placed only by the state using force on them are, where its force fell on a
    # place of another country, of that country
    ("Des drones turcs ont frappé des positions de milices kurdes dans le nord-est de la Syrie.",
     "fr", ("TURMIL", "195", "SYRUAF")),
    ("L'aviation turque a bombardé des positions de milices kurdes dans le nord de l'Irak.",
     "fr", ("TURMIL", "195", "IRQUAF")),
    ("Israeli troops killed ten militants in the West Bank city of Jenin.", "en",
     ("ISRMIL", "190", "PSEINS")),
    ("Turkish jets struck militia positions in northern Iraq.", "en", ("TURMIL", "190", "IRQUAF")),
])
def test_events_people_struck_abroad_are_of_the_place_struck(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # a town after `from` is a place: a withdrawal from it is aimed at its country
    ("Russian troops pulled out of positions and withdrew from Kherson on Friday.", "en",
     ("RUSMIL", "0874", "UKR")),
    ("Ukrainian forces withdrew from Avdiivka after months of fighting.", "en",
     ("UKRMIL", "0874", None)),
    # victims in `l'est de la RDC`, where the tagger reads `est` as the verb, are of the RDC
    ("Des combattants de l'Etat islamique ont enlevé vingt villageois dans l'est de la RDC.",
     "fr", ("IMGREBMOS", "181", "CODCVL")),
])
def test_events_places_after_from_and_after_a_misread_compass_word(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # `a fait N morts` kills people (190, of the kind of its means), who are civilians of the
    # place
    ("Un attentat-suicide a fait au moins quinze morts mardi à Kaboul.", ("AFGUAF", "19", "AFGCVL")),
    ("Des tirs d'obus ont fait quatre morts à Kherson.", ("UKRUAF", "19", "UKRCVL")),
    # near miss: people who died are no victims of a `faire`
    ("Deux soldats sont morts dans un accident à Bamako.", None),
])
def test_events_french_dead_made_by_an_attack(code, text, expected):
    found = roots(dyads(code, text, "fr"))
    if expected is None:
        assert not [d for d in found if d[1] in ("18", "19")], found
    else:
        assert expected in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # a mediation rejected is aimed at the mediator, who does nothing in return
    ("La Serbie s'oppose à la médiation de l'UE.", "fr", ("SRB", "126", "IGOEUREEC")),
    ("L'Arménie a rejeté la médiation russe.", "fr", ("ARM", "126", "RUS")),
    ("Armenia rejected Russian mediation in the dispute.", "en", ("ARM", "126", "RUS")),
    ("Belgrade said it was opposed to any EU mediation.", "en",
     ("SRBGOV", "110", "IGOEUREEC")),
])
def test_events_a_rejected_mediation_is_aimed_at_the_mediator(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found
    assert not any(s == expected[2] for s, _, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    # an investigation or a charge over acts done by someone is aimed at the doers
    ("Le Kenya a ouvert une enquête sur les exactions commises par des policiers.", "fr",
     ("KEN", "090", "KENCOP")),
    ("Le Burkina Faso a ouvert une enquête sur le massacre de civils commis par des soldats.",
     "fr", ("BFA", "090", "BFAMIL")),
    ("Kenya opened an inquiry into abuses by police officers during the protests.", "en",
     ("KEN", "090", "KENCOP")),
    ("A Nigerian court charged soldiers with killing civilians in the north.", "en",
     ("NGAJUD", "173", "NGAMIL")),
])
def test_events_an_inquiry_into_acts_is_aimed_at_their_doers(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a warning that acts will not be tolerated is aimed at their doers
    (("Kenya's interior minister warned that the government would not tolerate violent "
      "protests by opposition supporters."), "en", ("KENGOV", "130", "KENOPP")),
    ("Le gouvernement sénégalais a prévenu qu'il n'accepterait pas les marches du Pastef.",
     "fr", ("SENGOV", "130", "SENPTY")),
])
def test_events_a_warning_about_acts_is_aimed_at_their_doers(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # an appeal made in writing is aimed at whom it was written to
    ("Zelensky wrote to Xi Jinping urging him to press Moscow.", "en", ("UKRGOV", "020", "CHNGOV")),
    ("In a letter to Joe Biden, Netanyahu asked for more weapons.", "en",
     ("ISRGOV", "0232", "USAGOV")),
    (("Dans une lettre à Emmanuel Macron, le président malien a demandé le retrait des "
      "troupes."), "fr", ("MLIGOV", "0256", "FRAGOV")),
    (("Le Parlement européen a écrit au président tunisien pour réclamer la libération des "
      "opposants."), "fr", ("IGOEUREECLEG", "1053", "TUNGOV")),
])
def test_events_a_written_appeal_is_aimed_at_its_addressee(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a demand to be freed from a country's rule is made of its government
    ("Kurdish demonstrators in Erbil called for independence from Baghdad.", "en",
     ("IRQOPP", "020", "IRQGOV")),
    ("Des manifestants ont réclamé à Barcelone l'indépendance vis-à-vis de Madrid.", "fr",
     ("ESPOPP", "100", "ESPGOV")),
    ("Les rebelles touareg réclament l'autonomie vis-à-vis de Bamako.", "fr",
     ("MLIREB", "100", "MLIGOV")),
])
def test_events_a_demand_for_independence_is_made_of_the_ruler(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # aid distributions halted in a place deprive that place's country
    ("The World Food Programme halted food distributions in Khartoum.", "en",
     ("IGOUNOWFP", "1623", "SDN")),
    ("Le PAM a interrompu les distributions de vivres dans le nord du Mali.", "fr",
     ("IGOUNOWFP", "1623", "MLI")),
])
def test_events_halted_aid_distributions_deprive_the_place(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, expected", [
    # the English parser's `dative` preposition introduces the recipient after an object
    ("Germany sent more aid to Kyiv.", ("DEU", "070", "UKR")),
    ("Poland promised more weapons to Kyiv.", ("POL", "0332", "UKR")),
])
def test_events_a_dative_recipient_is_the_target(code, text, expected):
    assert expected in dyads(code, text, "en")


@pytest.mark.parametrize("text, lang, expected", [
    # a denial or refusal after an act answers it, and leaves it coded
    (("ADDIS ABABA (AFP) - Ethiopia accused Eritrea on Monday of arming rebels in the Amhara "
      "region, a charge Asmara denied."), "en", ("ETH", "112", "ERI")),
    ("L'Éthiopie a accusé l'Érythrée d'armer les rebelles, ce qu'Asmara a démenti.", "fr",
     ("ETH", "112", "ERI")),
])
def test_events_a_denial_after_an_act_leaves_it_coded(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # concern over an arrest is aimed at the state that made it, not at the detainee's
    (("WASHINGTON (Reuters) - The State Department expressed concern over the detention of an "
      "American citizen in Venezuela."), "en", ("USAGOV", "012", "VENGOV")),
    ("Paris s'est dit préoccupé par l'arrestation d'un chercheur français en Iran.", "fr",
     ("FRAGOV", "012", "IRNGOV")),
])
def test_events_concern_over_an_arrest_is_aimed_at_the_arresting_state(code, text, lang,
                                                                       expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # the addressee of an appeal the parser read as a noun complement is its target
    (("Le Haut-Commissaire de l'ONU aux droits de l'homme a appelé le Nicaragua à libérer les "
      "prisonniers politiques."), "fr", ("IGOUNOHRIHCH", "0253", "NIC")),
    ("The UN High Commissioner for Human Rights urged Nicaragua to free political prisoners.",
     "en", ("IGOUNOHRIHCH", "020", "NIC")),
])
def test_events_an_appeal_addressee_read_as_a_complement_is_the_target(code, text, lang,
                                                                        expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # freezing or suspending one's participation in a body reduces relations with it
    ("Armenia froze its participation in the Russian-led CSTO alliance.", "en",
     ("ARM", "160", "IGOCST")),
    ("Mali suspended its participation in the G5 Sahel force.", "en", ("MLI", "160", "IGOWAFSHL")),
    ("L'Arménie a gelé sa participation à l'OTSC.", "fr", ("ARM", "160", "IGOCST")),
])
def test_events_frozen_participation_reduces_relations(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # `de la part de X`, `on the part of X` names who did the act
    ("L'ONU a dénoncé des abus de la part des soldats maliens.", "fr",
     ("IGOUNO", "111", "MLIMIL")),
    ("The UN condemned abuses on the part of Malian soldiers.", "en", ("IGOUNO", "111", "MLIMIL")),
    ("Kenya opened an inquiry into abuses on the part of police officers.", "en",
     ("KEN", "090", "KENCOP")),
])
def test_events_acts_on_the_part_of_someone_are_theirs(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a word of the expression counted by a quantity word carries the recipient
    ("La Pologne a promis davantage d'aide à Kiev.", "fr", ("POL", "033", "UKR")),
    ("Britain promised much of its remaining aid to Kyiv.", "en", ("GBR", "033", "UKR")),
])
def test_events_a_counted_expression_word_carries_the_recipient(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # a country named bare acts on others than its own capital
    ("Serbia criticised the talks between Belgrade and Pristina.", "en"),
    ("La Serbie critique les négociations entre Belgrade et Pristina.", "fr"),
])
def test_events_a_country_is_not_aimed_at_its_own_capital(code, text, lang):
    found = dyads(code, text, lang)
    assert ("SRB", "111", "XKXGOV") in found, found
    assert ("SRB", "111", "SRBGOV") not in found, found


@pytest.mark.parametrize("text, lang", [
    # the parties after a fronted sponsor phrase sign with each other, not the sponsor
    ("DOHA (AFP) - Sous l'égide du Qatar, Kinshasa et le M23 ont signé samedi une déclaration.",
     "fr"),
    (("LE CAIRE (AFP) - Sous la médiation de l'Egypte, le Soudan et le Tchad ont conclu un "
      "accord sur leur frontière."), "fr"),
])
def test_events_parties_after_a_fronted_sponsor_act_towards_each_other(code, text, lang):
    found = roots(dyads(code, text, lang))
    pairs = {(s, t) for s, r, t in found if r == "05" or r == "08"}
    assert len(pairs) == 2 and all(s and t for s, t in pairs), found


@pytest.mark.parametrize("text, lang", [
    # a body named in a fronted phrase is no party to the act of the subjects after it
    (("BRUXELLES (AFP) - En marge du sommet de l'Otan, le président ukrainien et le président "
      "américain se sont entretenus."), "fr"),
    (("BRUSSELS (Reuters) - On the sidelines of the NATO summit, the Ukrainian president and "
      "the U.S. president held talks."), "en"),
])
def test_events_a_fronted_phrase_is_no_member_of_the_subjects_list(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert ("UKRGOV", "04", "USAGOV") in found and ("USAGOV", "04", "UKRGOV") in found, found
    assert not any("IGOWSTNAT" in (s, t) for s, _, t in found), found


@pytest.mark.parametrize("text, lang", [
    # a participle of aiming hung on the verb whose object names the act gives it its targets
    (("WASHINGTON (AFP) - La Maison Blanche a annoncé lundi des droits de douane de 30% "
      "ciblant le Brésil et l'Inde."), "fr"),
    (("WASHINGTON (Reuters) - The White House on Monday announced 30% tariffs targeting "
      "Brazil and India."), "en"),
])
def test_events_an_aiming_participle_gives_the_act_its_targets(code, text, lang):
    found = dyads(code, text, lang)
    assert ("USAGOV", "163", "BRA") in found and ("USAGOV", "163", "IND") in found, found
    assert not [d for d in found if d[1][:2] == "19"], found


@pytest.mark.parametrize("text, lang, expected", [
    # trade restrictions and surcharges on a country are sanctions on it (163), not
    # restrictions on civilians (172)
    ("PEKIN (AFP) - La Chine a imposé des restrictions à l'exportation visant la Lituanie.",
     "fr", ("CHN", "163", "LTU")),
    ("PEKIN (AFP) - Pékin a imposé des restrictions commerciales à l'Australie.", "fr",
     ("CHNGOV", "163", "AUS")),
    ("OTTAWA (AFP) - Le Canada a imposé des surtaxes sur l'acier chinois.", "fr",
     ("CAN", "163", "CHN")),
    ("NEW DELHI (AFP) - L'Inde a relevé ses droits de douane sur les amandes américaines.", "fr",
     ("IND", "163", "USA")),
    ("BEIJING (Reuters) - China imposed export restrictions on Lithuania on Tuesday.", "en",
     ("CHN", "163", "LTU")),
])
def test_events_trade_restrictions_on_a_country_are_sanctions(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found
    assert not [d for d in found if d[1] == "172"], found


@pytest.mark.parametrize("text, lang", [
    # near miss: surcharges told as a weight on an economy are no act
    (("PARIS (AFP) - Les surtaxes américaines sur l'acier pèsent sur l'industrie française, "
      "selon des économistes."), "fr"),
])
def test_events_surcharges_told_as_a_burden_are_no_sanction(code, text, lang):
    assert not [d for d in dyads(code, text, lang) if d[1][:2] == "16"]


@pytest.mark.parametrize("text, lang, expected", [
    # troops sent to the border with a country are a show of force aimed at it
    ("ADDIS ABEBA (AFP) - L'Ethiopie a déployé des troupes à la frontière avec l'Erythrée.",
     "fr", ("ETH", "154", "ERI")),
    ("ADDIS ABABA (Reuters) - Ethiopia deployed troops to its border with Eritrea.", "en",
     ("ETH", "154", "ERI")),
])
def test_events_troops_sent_to_a_border_aim_at_the_neighbour(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # ramming a vessel is force (CAMEO's RAM), done by whoever owns the ship
    (("MANILLE (AFP) - Des navires des garde-côtes chinois ont percuté un bateau philippin "
      "en mer de Chine méridionale."), "fr", ("CHNCOP", "190", "PHL")),
    ("MANILLE (AFP) - Un navire chinois a éperonné un bateau de ravitaillement philippin.", "fr",
     ("CHN", "190", "PHL")),
    (("MANILA (Reuters) - Ships of the Chinese coast guard rammed a Philippine supply vessel "
      "on Monday."), "en", ("CHNCOP", "190", "PHL")),
])
def test_events_ramming_a_vessel_is_force_by_the_ships_owner(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # near miss: a road accident or a crisis that `percute` is no one's act
    ("LYON (AFP) - Un camion a percuté une voiture sur l'autoroute A7.", "fr"),
    ("PARIS (AFP) - La crise a durement percuté l'économie française.", "fr"),
])
def test_events_percuter_without_an_actor_is_no_force(code, text, lang):
    assert not [d for d in dyads(code, text, lang) if d[1][:2] == "19"]


def test_events_food_aid_delivered_is_humanitarian_aid(code):
    found = dyads(code, "GENEVE (AFP) - Le Programme alimentaire mondial a livré de l'aide "
                  "alimentaire au Soudan.", "fr")
    assert ("IGOUNOWFP", "073", "SDN") in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # expelling an ambassador or consular agents reduces diplomatic relations (161)
    (("BAMAKO (AFP) - La junte malienne a annoncé l'expulsion de l'ambassadeur de Suède, "
      "accusé d'ingérence."), "fr", ("MLIGOV", "161", "SWEGOV")),
    ("ALGER (AFP) - L'Algérie a expulsé quinze agents consulaires espagnols.", "fr",
     ("DZA", "161", "ESPGOV")),
])
def test_events_expelled_envoys_are_reduced_relations(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # the adjective of a kind of aid in the object (`aide militaire`) names no one
    (("WASHINGTON (AFP) - Le Canada a annoncé une aide militaire de 400 millions de dollars "
      "à l'Ukraine."), "fr"),
    (("OTTAWA (Reuters) - Canada announced new military aid worth $400 million for Ukraine "
      "on Monday."), "en"),
])
def test_events_the_kind_of_aid_in_the_object_is_no_target(code, text, lang):
    found = dyads(code, text, lang)
    assert any(s == "CAN" and t == "UKR" for s, _, t in found), found
    assert not any(t and t.endswith("MIL") for _, _, t in found), found


@pytest.mark.parametrize("text, lang, expected", [
    # a writer is of the media (Phoenix's WRITER)
    (("ISTANBUL (AFP) - Un tribunal turc a placé en détention un écrivain kurde accusé de "
      "propagande."), "fr", ("TURJUD", "173", "TURMED")),
    (("ALGIERS (Reuters) - An Algerian court sentenced a prominent novelist to five years in "
      "prison."), "en", ("DZAJUD", "116", "DZAMED")),
])
def test_events_a_writer_is_of_the_media(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # internet access cut or restricted restricts freedoms (1721); an incarceration ordered
    # is made (173)
    ("DAKAR (AFP) - Les autorités guinéennes ont suspendu l'accès à internet mobile.", "fr",
     ("GINGOV", "1721", "GINCVL")),
    ("ISTANBUL (AFP) - Un tribunal turc a ordonné l'incarcération du maire d'Ankara.", "fr",
     ("TURJUD", "173", "TURGOV")),
])
def test_events_internet_suspended_and_incarceration_ordered(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # forces mobilised facing another country's move are aimed at it
    (("CARACAS (AFP) - Le Venezuela a mobilisé des milliers de soldats face au déploiement "
      "naval américain."), "fr", ("VEN", "154", "USA")),
    (("DAKAR (AFP) - Le Sénégal a déployé des renforts à sa frontière avec la Mauritanie."),
     "fr", ("SEN", "154", "MRT")),
])
def test_events_forces_mobilised_facing_a_country_aim_at_it(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # a denial with no target answers whoever sued the denier's country before
    (("PRETORIA (AFP) - L'Afrique du Sud a saisi la Cour internationale de justice contre "
      "Israël, l'accusant de crimes de guerre. Israël a rejeté ces accusations."), "fr"),
    (("PRETORIA (Reuters) - South Africa filed a case against Israel at the International "
      "Court of Justice. Israel rejected the accusations."), "en"),
])
def test_events_denial_answers_the_plaintiff(code, text, lang):
    assert ("ISR", "016", "ZAF") in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # an investigation ordered is opened (090), not a demand made of no one
    ("TRIPOLI (AFP) - Le Premier ministre libyen a ordonné l'ouverture d'une enquête.", "fr",
     ("LBYGOV", "090", None)),
    # embassy staff expelled are diplomats
    ("ALGER (AFP) - L'Algérie a annoncé l'expulsion de dix agents de l'ambassade d'Espagne.",
     "fr", ("DZA", "161", "ESPGOV")),
])
def test_events_ordered_investigation_and_embassy_staff(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found
    assert not [d for d in found if d[1][:2] == "10" or d[1] == "174"], found


def test_events_a_participle_coordinated_with_an_adjective_shares_the_subject(code):
    # `promis` read as a conjunct of the object's adjective `injustifiée`
    found = dyads(code, ("MADRID (AFP) - Madrid a dénoncé une décision injustifiée et promis "
                         "de riposter."), "fr")
    assert any(s == "ESPGOV" and c[:2] == "13" for s, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    # force told in the passive on a thing is done to its owner
    ("BAMAKO (AFP) - Un convoi de l'armée burkinabè a été attaqué par des jihadistes.", "fr",
     ("BFAINS", "190", "BFAMIL")),
    ("OUAGADOUGOU (Reuters) - A Burkinabe army convoy was attacked by jihadists on Monday.",
     "en", ("BFAINS", "190", "BFAMIL")),
])
def test_events_force_on_a_thing_in_the_passive_is_done_to_its_owner(code, text, lang,
                                                                     expected):
    assert expected in dyads(code, text, lang)


def test_events_ferdinand_marcos_in_2025_is_the_son(code):
    found = dyads(code, ("MANILLE, 9 juin 2025 (AFP) - Ferdinand Marcos a accusé la Chine de "
                         "harceler les pêcheurs philippins."), "fr", published="2025-06-09")
    assert ("PHLGOV", "112", "CHN") in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # aid dropped from the air is humanitarian aid to whom it falls on
    ("AMMAN (AFP) - L'Egypte a largué de l'aide humanitaire sur la bande de Gaza.", "fr",
     ("EGY", "073", "PSE")),
    # the UN rights office named with `de l'ONU`
    (("GENEVE (AFP) - Le Haut-Commissariat de l'ONU aux droits de l'homme a accusé l'armée "
      "birmane de crimes de guerre."), "fr", ("IGOUNOHRIHCH", "112", "MMRMIL")),
])
def test_events_airdropped_aid_and_the_un_rights_office(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # security cooperation strengthened is military cooperation (062), not heightened
    # security (151)
    (("TUNIS (AFP) - Le Maroc et la Mauritanie ont renforcé leur coopération sécuritaire aux "
      "frontières."), "fr"),
    (("RABAT (Reuters) - Morocco and Mauritania stepped up their security cooperation along "
      "the border."), "en"),
])
def test_events_security_cooperation_strengthened_is_military_cooperation(code, text, lang):
    found = dyads(code, text, lang)
    assert ("MAR", "062", "MRT") in found and ("MRT", "062", "MAR") in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # a present-tense verb of intent read as an adjective of its subject still governs the act
    ("PARIS (AFP) - L'Italie prévoit de livrer des systèmes de défense aérienne à l'Ukraine.",
     "fr", ("ITA", "0332", "UKR")),
    # offering oneself as mediator between two sides is an intent to mediate for each
    ("DOHA (AFP) - La Turquie s'est proposée comme médiateur entre le Soudan et le Tchad.", "fr",
     ("TUR", "039", "TCD")),
])
def test_events_intent_read_in_the_present_and_offered_mediation(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a car bomb set off by a group is its car bombing (1832), aimed at whom it was set off by
    (("MOGADISCIO (AFP) - Les shebab ont fait exploser une voiture piégée devant une base de "
      "l'armée somalienne."), "fr", ("SOMREB", "1832", "SOMMIL")),
])
def test_events_a_car_bomb_set_off_is_a_car_bombing(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


def test_events_a_car_that_exploded_is_no_ones_bombing(code):
    # near miss: with no doer, an explosion is no act
    found = dyads(code, "MOGADISCIO (AFP) - Une voiture a explosé devant un hôtel de la capitale.",
                  "fr")
    assert not [d for d in found if d[1][:2] == "18"], found


@pytest.mark.parametrize("text, lang", [
    (("NAIROBI (Reuters) - Kenya's President William Ruto on Tuesday pledged to send 400 more "
     "police officers to Haiti."), "en"),
    (("NAIROBI (AFP) - Le président kényan William Ruto s'est engagé mardi à envoyer 400 "
     "policiers supplémentaires en Haïti."), "fr"),
])
def test_events_a_pledge_whose_complement_is_a_finer_act_is_that_act(code, text, lang):
    found = dyads(code, text, lang)
    assert ("KENGOV", "033", "HTI") in found, found
    # the bare pledge is not a second event aimed at the police it sends
    assert not [d for d in found if d[1] == "030"], found


@pytest.mark.parametrize("text, lang", [
    (("JERUSALEM (AP) - Israel freed two Palestinian journalists who had been detained by "
     "Israeli troops in Hebron."), "en"),
    (("JERUSALEM (AFP) - Israël a libéré deux journalistes palestiniens qui avaient été arrêtés "
     "par l'armée israélienne à Hébron."), "fr"),
])
def test_events_a_passive_relative_clause_is_done_to_its_antecedent(code, text, lang):
    found = dyads(code, text, lang)
    assert ("ISRMIL", "173", "PSEMED") in found, found


@pytest.mark.parametrize("text, lang", [
    # the parser hangs the infinitive on the verb of travel as its complement
    (("BERLIN (Reuters) - German Chancellor Friedrich Merz said on Monday he would travel to "
     "Washington next week to meet President Donald Trump."), "en"),
    (("BERLIN (AFP) - Le chancelier allemand Friedrich Merz se rendra la semaine prochaine à "
     "Washington pour rencontrer le président Donald Trump."), "fr"),
    # `is to` + infinitive schedules the act
    (("MOSCOW (Reuters) - Russian President Vladimir Putin is to meet Chinese President Xi "
     "Jinping in Beijing on Tuesday."), "en"),
])
def test_events_a_meeting_a_trip_is_for_is_only_intended(code, text, lang):
    found = dyads(code, text, lang)
    assert {d[1] for d in found if d[1][:2] == "04" or d[1] == "036"} == {"036"}, found


@pytest.mark.parametrize("text, lang", [
    (("ISLAMABAD (Reuters) - Pakistan accused India of backing separatist attacks in Balochistan, "
      "a charge New Delhi rejected as baseless."), "en"),
    (("ISLAMABAD (Reuters) - Pakistan accused India of backing separatist attacks, an accusation "
      "dismissed by New Delhi on Wednesday."), "en"),
    (("ISLAMABAD (AFP) - Le Pakistan a accusé l'Inde de soutenir des attaques séparatistes au "
      "Baloutchistan, une accusation rejetée par New Delhi."), "fr"),
])
def test_events_a_charge_rejected_in_a_clause_on_it_is_aimed_at_the_accuser(code, text, lang):
    found = dyads(code, text, lang)
    assert ("INDGOV", "016", "PAK") in found, found
    # near miss: no rejection is Pakistan's
    assert not [d for d in found if d[0] == "PAK" and d[1][:2] in ("01", "12")], found


def test_events_a_claim_dismissed_is_no_hearsay(code):
    found = dyads(code, "BAMAKO (AFP) - Mali accused Algeria of harbouring terrorists, a claim "
                        "Algiers dismissed as absurd on Friday.", "en")
    assert ("DZAGOV", "016", "MLI") in found, found
    # near miss: the standing denial in the present is no act of the day
    found = dyads(code, "BAMAKO (AFP) - Mali accuses Algeria of harbouring terrorists, a claim "
                        "Algiers denies.", "en")
    assert not [d for d in found if d[1] == "016"], found


@pytest.mark.parametrize("text, lang", [
    (("BAGDAD (Reuters) - Iraq's prime minister ordered an investigation into the deadly clashes "
     "in Kirkuk."), "en"),
    (("BAGDAD (AFP) - Le Premier ministre irakien a ordonné une enquête sur les affrontements "
     "meurtriers de Kirkouk."), "fr"),
])
def test_events_an_investigation_ordered_is_made(code, text, lang):
    found = dyads(code, text, lang)
    assert ("IRQGOV", "090") in {d[:2] for d in found}, found
    assert not [d for d in found if d[1] == "100"], found


@pytest.mark.parametrize("text, lang", [
    ("ALGER (AFP) - L'Algérie a rappelé son ambassadeur à Paris pour consultations.", "fr"),
    ("ALGIERS (Reuters) - Algeria recalled its ambassador in Paris for consultations.", "en"),
])
def test_events_consultations_an_envoy_is_recalled_for_are_no_meeting(code, text, lang):
    found = dyads(code, text, lang)
    assert ("DZA", "161", "FRA") in found, found
    assert not [d for d in found if d[1][:2] == "04"], found


@pytest.mark.parametrize("text, lang", [
    (("SEOUL (Reuters) - South Korean President Lee Jae-myung invited Japanese Prime Minister "
     "Shigeru Ishiba to visit Seoul."), "en"),
    (("SEOUL (AFP) - Le président sud-coréen Lee Jae-myung a invité le Premier ministre japonais "
     "Shigeru Ishiba à se rendre à Séoul."), "fr"),
])
def test_events_an_invitation_to_visit_is_the_event_not_the_visit(code, text, lang):
    found = dyads(code, text, lang)
    assert ("KORGOV", "036", "JPNGOV") in found, found
    assert not [d for d in found if d[1] in ("042", "043", "020")], found


@pytest.mark.parametrize("text, lang, expected", [
    (("BEIJING (Reuters) - China on Monday announced export controls on rare earths bound for the "
     "United States."), "en", ("CHN", "163")),
    (("PEKIN (AFP) - La Chine a annoncé lundi des restrictions à l'exportation de terres rares "
     "vers les Etats-Unis."), "fr", ("CHN", "163")),
    ("OTTAWA (Reuters) - Canada announced tariffs on U.S. steel on Tuesday.", "en",
     ("CAN", "163")),
])
def test_events_trade_measures_announced_are_imposed(code, text, lang, expected):
    assert expected in {d[:2] for d in dyads(code, text, lang)}


@pytest.mark.parametrize("text, lang", [
    (("BRUSSELS (Reuters) - The European Union condemned the arrest of writer Boualem Sansal in "
      "Algeria and called for his release."), "en"),
    (("BRUXELLES (AFP) - L'Union européenne a condamné l'arrestation de l'écrivain Boualem Sansal "
      "en Algérie et demandé sa libération."), "fr"),
])
def test_events_an_appeal_joined_to_an_act_with_a_target_is_made_of_it(code, text, lang):
    found = dyads(code, text, lang)
    assert ("IGOEUREEC", "111", "DZAGOV") in found, found
    assert [t for s, c, t in found if c == "0253"] in (["DZAGOV"], ["DZAMED"]), found


@pytest.mark.parametrize("text, lang, source", [
    # a pronoun subject stands for the state the sentences before named by its name
    (("Morocco accused Algeria of backing the Polisario. Algeria rejected the charge. It "
     "summoned the Moroccan ambassador."), "en", "DZA"),
    (("Le Maroc a accusé l'Algérie. L'Algérie a rejeté ces accusations. Elle a convoqué "
     "l'ambassadeur marocain."), "fr", "DZA"),
    # of the pronoun's gender: `elle`, `il`
    (("Le Maroc a accusé l'Algérie de soutenir le Polisario. Elle a rejeté ces accusations et a "
     "convoqué l'ambassadeur marocain."), "fr", "DZA"),
    (("La Russie a accusé le Japon de militarisation. Il a rejeté ces accusations et a convoqué "
     "l'ambassadeur russe."), "fr", "JPN"),
])
def test_events_a_pronoun_stands_for_a_state_named_before(code, text, lang, source):
    found = [d for d in dyads(code, text, lang) if d[2] and d[2].endswith("GOV")
             and d[2] != f"{source}GOV"]
    assert found and all(s == source for s, _, _ in found), found


@pytest.mark.parametrize("text, lang, source", [
    # `he` stands for a person, not for a state or a body the sentence before named
    (("Kenyan President William Ruto travelled to Ethiopia. Ethiopia hosted an African Union "
     "summit. He accused Eritrea of destabilising the region."), "en", "KENGOV"),
    (("French President Emmanuel Macron visited Algeria. Algeria welcomed the visit. He urged "
     "Algiers to cooperate on migration."), "en", "FRAGOV"),
    (("Le président français Emmanuel Macron s'est rendu en Algérie. L'Algérie a salué cette "
     "visite. Il a exhorté Alger à coopérer sur les migrations."), "fr", "FRAGOV"),
])
def test_events_a_personal_pronoun_stands_for_a_person(code, text, lang, source):
    found = dyads(code, text, lang)
    targets = {t for _, c, t in found if c[:2] in ("02", "11")}
    assert targets and {s for s, c, t in found if c[:2] in ("02", "11")} == {source}, found


@pytest.mark.parametrize("text, lang, expected", [
    # a plural pronoun with no parties to stand for is the group the sentence before had as
    # its subject
    ("Houthi rebels claimed a missile attack on Israel. They also threatened US warships.", "en",
     ("YEMREB", "13", "USAMIL")),
    (("Les rebelles houthis ont revendiqué un tir contre Israël. Ils ont aussi menacé les navires "
     "de guerre américains."), "fr", ("YEMREB", "13", "USAMIL")),
    (("Thousands of Serbian students marched in Belgrade. They accused President Aleksandar Vucic "
     "of corruption."), "en", ("SRBEDU", "11", "SRBGOV")),
    (("Des milliers d'étudiants serbes ont défilé à Belgrade. Ils ont accusé le président "
     "Aleksandar Vucic de corruption."), "fr", ("SRBEDU", "11", "SRBGOV")),
])
def test_events_they_stands_for_the_group_subject_before(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, force", [
    # a participle clause tells what a mishap did: no one's force
    ("LAGOS (Reuters) - A ferry capsized off Lagos on Sunday, killing 30 people.", "en", False),
    ("LAGOS (AFP) - Un bateau a chaviré dimanche au large de Lagos, tuant 30 personnes.", "fr",
     False),
    # near miss: what an attack did is force
    ("QUETTA (Reuters) - Militants attacked a train in Balochistan, killing 20 passengers.", "en",
     True),
    (("OUAGADOUGOU (AFP) - Des jihadistes ont attaqué un convoi près de Djibo, tuant 20 soldats "
      "burkinabè."), "fr", True),
])
def test_events_prec20_what_a_mishap_killed_is_no_force(code, text, lang, force):
    found = dyads(code, text, lang)
    assert any(c[:2] == "19" for _, c, _ in found) is force, found


@pytest.mark.parametrize("text, lang, force", [
    # players attack in a match, not in a war
    ("RIO DE JANEIRO (AP) - The Brazilian team attacked from the wing in the second half.", "en",
     False),
    ("RABAT (AFP) - L'équipe marocaine a attaqué sur l'aile gauche en seconde période.", "fr",
     False),
    # near miss: an army attacks
    ("RIO DE JANEIRO (AP) - The Brazilian army attacked a gang stronghold in Rio de Janeiro.",
     "en", True),
    ("BAMAKO (AFP) - L'armée malienne a attaqué une base jihadiste près de Kidal.", "fr", True),
])
def test_events_prec20_players_attack_in_a_match(code, text, lang, force):
    found = dyads(code, text, lang)
    assert any(c[:2] == "19" for _, c, _ in found) is force, found


def test_events_prec20_an_act_after_si_hung_as_an_adverb_is_supposed(code):
    found = dyads(code, ("PARIS (AFP) - Les Etats-Unis pourraient imposer des sanctions si "
                         "Moscou envoie des troupes en Moldavie."), "fr")
    assert not [d for d in found if d[1][:2] == "15"], found
    # near miss: troops sent
    found = dyads(code, "PARIS (AFP) - Moscou a envoyé des troupes en Moldavie.", "fr")
    assert ("RUSGOV", "154", "MDAMIL") in found, found


@pytest.mark.parametrize("text, lang", [
    (("WASHINGTON (AFP) - Joe Biden a déclaré qu'il ne rencontrerait pas Vladimir Poutine tant "
      "que la Russie ne se retirerait pas d'Ukraine."), "fr"),
    (("WASHINGTON (Reuters) - Biden said he would not meet Putin until Russia withdrew from "
      "Ukraine."), "en"),
])
def test_events_prec20_a_negated_act_in_a_condition_is_no_refusal(code, text, lang):
    found = dyads(code, text, lang)
    assert not [d for d in found if d[0] is not None and d[0].startswith("RUS")], found


@pytest.mark.parametrize("text, lang, threat", [
    # a warning that weather or disease will spread forecasts it
    (("BRUSSELS (Reuters) - The heatwave threatens crops across southern Europe, the EU's "
      "weather agency warned."), "en", False),
    (("BRUXELLES (AFP) - L'Union européenne a averti que la canicule menaçait les récoltes dans "
      "le sud de l'Europe."), "fr", False),
    # near miss: a warning of the speaker's own act threatens
    ("BRUSSELS (Reuters) - The European Union warned that it would impose sanctions on Belarus.",
     "en", True),
    ("BRUXELLES (AFP) - L'Union européenne a averti qu'elle imposerait des sanctions au Bélarus.",
     "fr", True),
])
def test_events_prec20_a_warning_of_weather_is_no_threat(code, text, lang, threat):
    found = dyads(code, text, lang)
    assert any(c[:2] == "13" for _, c, _ in found) is threat, found


@pytest.mark.parametrize("text, lang, force", [
    # `since` between the auxiliary and the verb: a toll run up since an earlier act
    (("GAZA (Reuters) - Israel's military campaign has since killed more than 48,000 "
      "Palestinians, Gaza health authorities say."), "en", False),
    ("GAZA (AFP) - L'armée israélienne a depuis tué plus de 48.000 Palestiniens.", "fr", False),
    # near miss: a toll dated to the news
    (("GAZA (Reuters) - Israel's military campaign has killed more than 48,000 Palestinians "
      "since October, Gaza health authorities say."), "en", True),
    ("GAZA (AFP) - L'armée israélienne a tué trois Palestiniens.", "fr", True),
])
def test_events_prec20_a_toll_run_up_since_is_background(code, text, lang, force):
    found = dyads(code, text, lang)
    assert any(c[:2] == "19" for _, c, _ in found) is force, found


@pytest.mark.parametrize("text, lang, expected", [
    # an act an aspectual verb governs takes its tense: force announced is a threat of it
    (("JERUSALEM (Reuters) - Israel will continue to strike Hezbollah targets in Lebanon, the "
      "defence minister said."), "en", "13"),
    ("MOSCOW (Reuters) - Russia will keep attacking Ukraine's energy infrastructure, Medvedev said.",
     "en", "13"),
    (("JERUSALEM (AFP) - Netanyahu a déclaré qu'Israël continuerait à combattre à Gaza jusqu'à "
      "la destruction du Hamas."), "fr", "13"),
    # near miss: force kept up in the past is force
    ("GAZA (AFP) - L'armée israélienne a continué de bombarder Gaza lundi.", "fr", "19"),
])
def test_events_prec20_force_kept_up_in_the_future_is_a_threat(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert {c[:2] for _, c, _ in found} & {"13", "19"} == {expected}, found


@pytest.mark.parametrize("text, lang, appeal", [
    # asking whether is a question, not an appeal
    (("PARIS (Reuters) - Reporters asked Macron whether France would recognise a Palestinian "
      "state."), "en", False),
    # a question put to the one who answers: no appeal of his
    (("WASHINGTON (Reuters) - Asked whether he would impose tariffs on Russian oil buyers, "
      "Trump said: \"We'll see what happens.\""), "en", False),
    (("WASHINGTON (Reuters) - When asked if Washington would send troops, Rubio said no "
      "decision had been made."), "en", False),
    # near miss: asking someone to act is an appeal
    ("KYIV (Reuters) - Zelensky asked the United States to send more Patriot systems.", "en",
     True),
    ("BAMAKO (AFP) - Le Mali a demandé à la France de retirer ses troupes.", "fr", True),
])
def test_events_prec20_a_question_is_no_appeal(code, text, lang, appeal):
    found = dyads(code, text, lang)
    assert any(c[:2] == "02" for _, c, _ in found) is appeal, found


@pytest.mark.parametrize("text, lang, expected", [
    # a clause of time measured off in years frames the news with an act long before it
    (("DOHA (Reuters) - The summit comes a year after Hamas attacked Israel, sparking the war "
      "in Gaza."), "en", set()),
    ("DOHA (AFP) - Le sommet intervient un an après que le Hamas a attaqué Israël.", "fr",
     set()),
    # near miss: hours after, both acts are news
    ("BEIRUT (Reuters) - Israel struck Beirut hours after Hezbollah fired rockets at Haifa.",
     "en", {"ISR", "LBN"}),
    (("BEYROUTH (AFP) - Israël a frappé Beyrouth quelques heures après que le Hezbollah a tiré "
      "des roquettes sur Haïfa."), "fr", {"ISR", "LBN"}),
])
def test_events_prec20_an_act_years_before_the_news_frames_it(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert {s[:3] for s, c, _ in found if c[:2] == "19"} == expected, found


@pytest.mark.parametrize("text, lang, force", [
    # killed in a collision, a derailment, a shipwreck: an accident's toll, no one's force
    (("DAKAR (Reuters) - At least 19 people were killed in a collision between two buses near "
      "Dakar, police said."), "en", False),
    (("DAKAR (AFP) - Au moins 19 personnes ont été tuées dans une collision entre deux bus près "
     "de Dakar."), "fr", False),
    ("NEW DELHI (Reuters) - At least 30 people were killed in a train derailment in Odisha.",
     "en", False),
    (("NEW DELHI (AFP) - Au moins 30 personnes ont été tuées dans un déraillement de train dans "
     "l'Odisha."), "fr", False),
    # near miss: killed in an attack
    ("DAKAR (Reuters) - At least 19 people were killed in an attack on a bus near Dakar.", "en",
     True),
    (("DAKAR (AFP) - Au moins 19 personnes ont été tuées dans une attaque contre un bus près de "
     "Dakar."), "fr", True),
])
def test_events_prec20_killed_in_a_collision_is_no_force(code, text, lang, force):
    found = dyads(code, text, lang)
    assert any(c[:2] == "19" for _, c, _ in found) is force, found


@pytest.mark.parametrize("text, lang, sanctions", [
    # a noun compounded with another takes on what governs that one: vetoing the package of
    # sanctions imposes none
    ("BRUSSELS (Reuters) - Hungary vetoed the EU's new sanctions package on Monday.", "en",
     False),
    (("BRUSSELS (Reuters) - Hungary could veto the EU's new sanctions package, diplomats "
      "warned."), "en", False),
    # near miss: the package adopted
    ("BRUSSELS (Reuters) - The EU adopted its 16th sanctions package against Russia on Monday.",
     "en", True),
    ("BRUXELLES (AFP) - L'UE a adopté lundi un nouveau paquet de sanctions contre la Russie.",
     "fr", True),
])
def test_events_prec20_a_compounded_act_noun_takes_on_its_head(code, text, lang, sanctions):
    found = dyads(code, text, lang)
    assert any(c[:2] == "16" for _, c, _ in found) is sanctions, found


@pytest.mark.parametrize("text, lang, coded", [
    # an act the conditional of `pouvoir` governs is guessed at, as under `could`
    (("PARIS (AFP) - La Hongrie pourrait bloquer le nouveau paquet de sanctions de l'UE, selon "
      "des diplomates."), "fr", False),
    ("PARIS (AFP) - La Chine pourrait envahir Taïwan d'ici dix ans, estiment des analystes.", "fr",
     False),
    ("LONDON (Reuters) - China could invade Taiwan within the next decade.", "en", False),
    # near miss: a speaker's own act that it says it may do is announced
    (("PEKIN (AFP) - La Chine a déclaré qu'elle pourrait imposer des sanctions aux entreprises "
      "américaines."), "fr", True),
])
def test_events_prec20_an_act_under_pourrait_is_conjectured(code, text, lang, coded):
    assert bool(dyads(code, text, lang)) is coded


@pytest.mark.parametrize("text, lang", [
    # strikes a leader ordered are his side's air strikes, no demand on whom they hit
    ("WASHINGTON (Reuters) - Trump ordered strikes on Iranian nuclear sites on Saturday.", "en"),
    (("WASHINGTON (AFP) - Donald Trump a ordonné samedi des frappes contre des sites nucléaires "
      "iraniens."), "fr"),
])
def test_events_prec20_strikes_ordered_are_carried_out(code, text, lang):
    found = dyads(code, text, lang)
    assert ("USAGOV", "195", "IRN") in found, found
    assert not [d for d in found if d[1][:2] == "10"], found


def test_events_a_guest_met_visiting_is_the_visitor(code):
    # `visiting` before the guest's name, misread as a clause with the guest as its object
    found = dyads(code, "BEIJING (Reuters) - Chinese President Xi Jinping met visiting Brazilian "
                        "President Luiz Inacio Lula da Silva in Beijing on Tuesday.", "en")
    assert ("CHNGOV", "BRAGOV") in {(s, t) for s, _, t in found}, found
    # the visit is never the host's
    assert not [d for d in found if d[0] == "CHNGOV" and d[1] == "042"], found


def test_events_relations_broken_with_a_participle_the_tagger_left_untagged(code):
    # `rompu` after a weekday, tagged X by the model, is still the verb of the break
    found = dyads(code, ("KIGALI (AFP) - Le Rwanda a rompu mardi ses relations diplomatiques "
                         "avec la Belgique."), "fr")
    assert ("RWA", "161", "BEL") in found, found


def test_events_a_detached_participle_after_a_refusal_is_the_subjects_own_act(code):
    # the accusation after the comma is made, not refused with the offer
    found = dyads(code, ("TEHERAN (AFP) - Ali Khamenei a rejeté mardi l'offre de dialogue de "
                         "Donald Trump, accusant Washington de mauvaise foi."), "fr")
    assert ("IRNGOV", "112", "USAGOV") in found, found


def test_events_an_act_refused_without_a_detached_participle_stays_refused(code):
    # near miss: the accusation the refusal governs directly is refused with it
    found = dyads(code, ("TEHERAN (AFP) - L'Iran a refusé d'accuser Washington de mauvaise "
                         "foi."), "fr")
    assert not [d for d in found if d[1] == "112"], found


@pytest.mark.parametrize("text, expected", [
    # a call told in an aside between `avoir` and its participle is still coded, and the act
    (("PARIS (AFP) - Emmanuel Macron a, lors d'un entretien téléphonique avec Donald Trump, "
      "plaidé pour le maintien de l'aide américaine à l'Ukraine."), ("FRAGOV", "041", "USAGOV")),
    (("MOSCOU (AFP) - Vladimir Poutine a, lors de sa conférence de presse annuelle, accusé "
      "l'Ukraine de saboter les pourparlers."), ("RUSGOV", "112", "UKR")),
])
def test_events_an_aside_between_commas_inside_the_past_tense_keeps_the_act(code, text, expected):
    found = dyads(code, text, "fr")
    assert expected in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # a palace, an airport or a capital taken back is territory taken (192)
    (("KHARTOUM (AFP) - L'armée soudanaise a repris mardi le palais présidentiel aux "
      "paramilitaires des FSR."), "fr", ("SDNMIL", "192", "SDNREB")),
    # prisoners handed over to another side are released to it (0841)
    (("CARACAS (AFP) - Les autorités vénézuéliennes ont remis mardi six prisonniers américains "
      "à des émissaires de Washington."), "fr", ("VENGOV", "0841", "USAGOV")),
])
def test_events_a_place_taken_back_and_prisoners_handed_over(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found


def test_events_a_letter_handed_over_is_no_release(code):
    # near miss: `remettre` with no captive hands over no one
    found = dyads(code, ("CARACAS (AFP) - Les autorités vénézuéliennes ont remis mardi une lettre "
                         "à des émissaires américains."), "fr")
    assert not [d for d in found if d[1] == "0841"], found


def test_events_sanctions_one_is_made_to_undergo_are_the_agents_act_on_it(code):
    # `se voir imposer … par X`: X sanctions the subject, not the other way round
    found = dyads(code, ("MOSCOU (AFP) - La Russie s'est vu imposer de nouvelles sanctions par "
                         "les Etats-Unis."), "fr")
    assert ("USA", "163", "RUS") in found and ("RUS", "163", "USA") not in found, found


def test_events_a_plain_reflexive_with_an_infinitive_keeps_its_subject(code):
    # near miss: `se dire prêt à` is no verb of undergoing: its subject still acts
    found = dyads(code, ("TEHERAN (AFP) - Téhéran s'est dit prêt mardi à reprendre les "
                         "négociations avec l'Union européenne."), "fr")
    assert [d for d in found if d[0] == "IRNGOV" and d[1][:2] == "03"], found


@pytest.mark.parametrize("text, lang, expected", [
    # sanctions inflicted on a country are imposed on it (163)
    ("BRUXELLES (AFP) - L'Union européenne a infligé mardi de nouvelles sanctions à l'Iran.",
     "fr", ("IGOEUREEC", "163", "IRN")),
    # the Sahel jihadist alliance as the French press writes its acronym
    ("BAMAKO (AFP) - Le Jnim a revendiqué mardi l'attaque d'un camp militaire malien.", "fr",
     ("MLIREB", "015", None)),
])
def test_events_sanctions_inflicted_and_a_claim_by_the_jnim(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected[:2] in {d[:2] for d in found}, found


@pytest.mark.parametrize("text, expected", [
    # a quoted judgement the tagger read as a noun still judges the object after it
    (("PEKIN (AFP) - La Chine a jugé mardi «inacceptables» les propos du Premier ministre "
      "japonais."), ("CHN", "111", "JPNGOV")),
    (("ALGER (AFP) - L'Algérie a jugé mardi «irresponsables» les propos du ministre français "
      "de l'Intérieur."), ("DZA", "111", "FRAGOV")),
])
def test_events_a_quoted_judgement_before_the_object(code, text, expected):
    found = dyads(code, text, "fr")
    assert expected in found, found


def test_events_a_quoted_noun_phrase_is_no_judgement_of_the_object(code):
    # near miss: `a jugé « la situation »`: one quoted object with its article, judged by nothing
    found = dyads(code, "PEKIN (AFP) - La Chine a jugé « la situation » au Japon.", "fr")
    assert not [d for d in found if d[1] in ("111", "051")], found


@pytest.mark.parametrize("text, lang, expected", [
    # a brigade deployed, or the deployment of one announced, is a mobilisation (154)
    (("BERLIN (AFP) - L'Allemagne a annoncé mardi le déploiement permanent d'une brigade en "
      "Lituanie."), "fr", ("DEU", "154", "LTU")),
    ("VARSOVIE (AFP) - La Pologne a déployé une brigade près de la frontière avec le Bélarus.",
     "fr", ("POL", "154", "BLR")),
])
def test_events_a_brigade_deployed(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found


def test_events_the_signing_between_two_sides_that_took_place(code):
    # the act noun of `entre X et Y`, not Y, is what took place: both sides signed
    found = dyads(code, ("NEW DELHI (AFP) - La signature de l'accord entre l'Union européenne et "
                         "l'Inde a eu lieu mardi à New Delhi."), "fr")
    assert ("IGOEUREEC", "057", "IND") in found and ("IND", "057", "IGOEUREEC") in found, found


@pytest.mark.parametrize("text, expected", [
    # two capitals as subjects, the verb read as the first one's conjunct (and a weekday)
    ("VIENNE (AFP) - Rome et Vienne ont exhorté jeudi Belgrade à reconnaître le Kosovo.",
     {"ITA", "AUT"}),
    ("OSLO (AFP) - Oslo et Copenhague ont appelé Ankara à libérer les journalistes.",
     {"NOR", "DNK"}),
])
def test_events_two_capitals_appeal_to_a_third(code, text, expected):
    found = dyads(code, text, "fr")
    sources = {d[0][:3] for d in found if d[1].startswith("02")}
    targets = {d[2][:3] for d in found if d[1].startswith("02") and d[2]}
    assert sources == expected and len(targets) == 1 and not targets & expected, found


def test_events_a_protest_with_an_adverb_before_the_participle(code):
    # `a vivement protesté`: the participle tagged an adjective after the adverb is the verb
    found = dyads(code, "RABAT (AFP) - Le Maroc a vivement protesté contre la décision de l'Espagne.",
                  "fr")
    assert any(d[0][:3] == "MAR" and d[1].startswith("11") for d in found), found


def test_events_parties_dissolved_with_the_participle_read_as_an_adjective(code):
    # `ont dissous tous les partis`, `dissous` tagged a modifier of `partis`: a ban (1722)
    found = dyads(code, ("CONAKRY (AFP) - Les autorités de transition guinéennes ont dissous "
                         "tous les partis politiques."), "fr")
    assert any(d[0] == "GINGOV" and d[1] == "1722" for d in found), found


def test_events_talks_held_at_a_place_with_a_partitive_object(code):
    # `ont tenu samedi à Oman des pourparlers`: the talks, hung on the place, are the object
    found = dyads(code, ("MASCATE (AFP) - Le Qatar et l'Egypte ont tenu samedi à Genève des "
                         "pourparlers indirects."), "fr")
    assert ("QAT", "046", "EGY") in found or any(
        d[0][:3] == "QAT" and d[1].startswith("04") and d[2][:3] == "EGY" for d in found), found


def test_events_the_expulsion_of_a_counted_group_has_its_target(code):
    # `l'expulsion de douze agents consulaires algériens`, `douze` read as a noun
    found = dyads(code, ("PARIS (AFP) - Paris a annoncé l'expulsion de douze agents consulaires "
                         "algériens."), "fr")
    assert any(d[0] == "FRAGOV" and d[2] == "DZAGOV" for d in found), found


@pytest.mark.parametrize("text, lang, expected", [
    # rejecting an appeal that names who made it rejects that side's appeal, though the
    # appeal's own expression (a ceasefire) is no part of the rejecting verb's
    ("JERUSALEM (Reuters) - Israel rejected Britain's call for an immediate truce in Lebanon.",
     "en", ("ISR", "120", "GBR")),
    ("JERUSALEM (Reuters) - Israel rejected a demand by Turkey for a ceasefire in Gaza.",
     "en", ("ISR", "120", "TUR")),
    ("JERUSALEM (AFP) - Israël a rejeté l'appel de la Grande-Bretagne à un cessez-le-feu au Liban.",
     "fr", ("ISR", "120", "GBR")),
])
def test_events_a_rejected_appeal_for_a_ceasefire(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert roots({expected}) <= roots(found), found


def test_events_an_unattributed_appeal_rejected_is_aimed_at_no_place(code):
    # near miss: `calls for a ceasefire in Gaza` name no caller: no rejection of Gaza's
    found = dyads(code, "JERUSALEM (Reuters) - Israel rejected calls for a truce in Gaza.", "en")
    assert not [d for d in found if d[1] == "120" and d[2] == "PSE"], found


@pytest.mark.parametrize("text", [
    "WASHINGTON (AP) - Rubio warned Tehran against attacking American troops in Iraq.",
    "LONDON (Reuters) - Britain cautioned Israel against striking Iranian oil facilities.",
])
def test_events_an_act_warned_against_is_not_done(code, text):
    # a gerund after `against` is the act warned against, not one done
    found = dyads(code, text, "en")
    assert not [d for d in found if d[1].startswith(("18", "19"))], found
    assert [d for d in found if d[1].startswith("13")], found


@pytest.mark.parametrize("text, lang, expected", [
    # political backing given or lent is an endorsement (051), not aid (070)
    ("RABAT (Reuters) - Spain gave its backing to Morocco's plan for Western Sahara.",
     "en", ("ESP", "051", "MAR")),
    ("KYIV (Reuters) - Poland lent its backing to Ukraine's bid to join NATO.",
     "en", ("POL", "051", "UKR")),
    ("BUENOS AIRES (Reuters) - Trump threw his weight behind Milei before the vote.",
     "en", ("USAGOV", "051", "ARGGOV")),
])
def test_events_backing_given_is_an_endorsement(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found and not [d for d in found if d[1] == "070"], found


def test_events_a_call_on_both_sides_to_exercise_restraint(code):
    # `called on X and Y to exercise restraint`: an appeal for de-escalation (0256)
    found = dyads(code, ("BRUSSELS (Reuters) - EU foreign ministers called on Armenia and "
                         "Azerbaijan to exercise restraint."), "en")
    assert ("IGOEUREEC", "0256", "ARM") in found and ("IGOEUREEC", "0256", "AZE") in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # a demand, threat or sanction naming no one answers whoever last coerced or attacked
    # the country in the story
    (("CARACAS (Reuters) - Venezuela detained three Colombian soldiers on Monday. Bogota "
      "demanded their immediate release."), "en", ("COL", "10", "VEN")),
    (("MOSCOW (Reuters) - Latvia arrested a Russian diplomat on spying charges. Moscow vowed "
      "to retaliate."), "en", ("RUS", "13", "LVA")),
    (("NIAMEY (AFP) - Le Niger a arrêté mardi trois ressortissants français. Paris a exigé leur "
      "libération immédiate."), "fr", ("FRA", "10", "NER")),
])
def test_events_a_retort_aimed_at_whoever_coerced_the_country(code, text, lang, expected):
    found = roots(dyads(code, text, lang))
    assert any(s and s.startswith(expected[0]) and c == expected[1] and t and
               t.startswith(expected[2]) for s, c, t in found), found


@pytest.mark.parametrize("text, lang, sides", [
    # a call for restraint naming no one, after both sides fought each other, is made of both
    (("ISLAMABAD (Reuters) - Afghan and Pakistani troops exchanged fire along the border on "
      "Sunday. Qatar called for restraint."), "en", ("AFG", "PAK")),
    (("ISLAMABAD (AFP) - Les forces afghanes et pakistanaises se sont affrontées dimanche à "
      "la frontière. Le Qatar a appelé à la retenue."), "fr", ("AFG", "PAK")),
])
def test_events_a_call_for_restraint_made_of_both_sides_of_a_fight(code, text, lang, sides):
    found = dyads(code, text, lang)
    aimed = {t[:3] for s, c, t in found if c == "0256" and t}
    assert set(sides) <= aimed, found


def test_events_a_call_for_restraint_after_a_one_sided_strike_stays_unaimed(code):
    # near miss: force one side used, not an exchange between two: no side named for it
    found = dyads(code, ("BEIRUT (Reuters) - Israel struck a Hezbollah depot in Lebanon on "
                         "Sunday. Egypt called for restraint."), "en")
    assert not [d for d in found if d[1] == "0256" and d[2] and d[2].startswith("LBN")], found


@pytest.mark.parametrize("text, expected", [
    # a threat told in a participle clause hung on an act aimed at someone is aimed at them too
    (("BEIJING (Reuters) - China hit back at Canada on Tuesday, vowing to retaliate against "
      "the new levies."), ("CHN", "13", "CAN")),
    ("MOSCOW (Reuters) - Russia lashed out at Finland, vowing to retaliate for the border closure.",
     ("RUS", "13", "FIN")),
])
def test_events_a_participle_retort_aimed_at_the_main_acts_target(code, text, expected):
    found = roots(dyads(code, text, "en"))
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "ABUJA (Reuters) - Forty schoolchildren were kidnapped by gunmen in Kebbi state on Friday.",
    ("ABUJA (Reuters) - Nigerian troops rescued 40 schoolchildren who had been kidnapped by "
     "gunmen in Kebbi state last week."),
])
def test_events_a_crowd_acted_on_is_of_the_place_hung_on_the_passive_agent(code, text):
    found = dyads(code, text, "en")
    assert [t for s, c, t in found if c == "181"] == ["NGAEDU"], found


@pytest.mark.parametrize("text, lang, reaction", [
    (("Ethiopia and Eritrea signed a border deal in Riyadh on Sunday. Kenya praised the deal "
     "as historic."), "en", ("KEN", "05")),
    (("China launched large military drills around Taiwan on Thursday. North Korea threatened "
     "to retaliate against the drills."), "en", ("PRK", "13")),
    (("L'Éthiopie et l'Érythrée ont signé dimanche un accord frontalier à Riyad. Le Kenya a "
     "salué l'accord."), "fr", ("KEN", "05")),
])
def test_events_definite_noun_said_again_points_back_to_the_act(code, text, lang, reaction):
    """A reaction to `the deal` after a sentence where a deal was signed is aimed at its
    first doer; the article alone, with another noun, points back to nothing."""
    source, root = reaction
    doers = {s for s, c, _ in dyads(code, text.split(". ")[0] + ".", lang)}
    aimed = {t for s, c, t in dyads(code, text, lang) if s == source and c[:2] == root}
    assert aimed and aimed <= doers


@pytest.mark.parametrize("text, lang", [
    (("Ethiopia and Eritrea signed a border deal in Riyadh on Sunday. Kenya praised the "
     "weather."), "en"),
    (("L'Éthiopie et l'Érythrée ont signé dimanche un accord frontalier à Riyad. Le Kenya a "
     "salué la météo."), "fr"),
])
def test_events_definite_article_with_another_noun_recalls_no_act(code, text, lang):
    found = dyads(code, text, lang)
    assert not any(s == "KEN" and t in {"ETH", "ERI"} for s, _, t in found)


@pytest.mark.parametrize("text, lang, source", [
    (("Moscou a expulsé mardi deux diplomates estoniens. Tallinn a promis de riposter à "
     "l'expulsion."), "fr", "ESTGOV"),
    (("Moscow expelled two Estonian diplomats on Tuesday. Tallinn threatened to retaliate "
     "against the expulsion."), "en", "ESTGOV"),
])
def test_events_definite_act_noun_points_back_to_the_act_it_names(code, text, lang, source):
    """`l'expulsion` names the code of `a expulsé` said before: the threat is aimed at the
    expeller."""
    assert (source, "13", "RUSGOV") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Rheinmetall sent a brigade of technicians to Lithuania on Monday.", "en"),
    ("Rheinmetall a envoyé lundi une brigade de techniciens en Lituanie.", "fr"),
])
def test_events_companies_show_no_force_posture(code, text, lang):
    """A company that sends a `brigade` of workers commands no forces: no 15x event."""
    assert not [d for d in dyads(code, text, lang) if d[1][:2] == "15"]


@pytest.mark.parametrize("text, lang", [
    (("Beijing sent 30 warplanes towards the self-ruled island on Monday, officials in Taipei "
      "said."), "en"),
    ("Beijing sent 30 warplanes towards the island on Monday, officials in Taipei said.", "en"),
    (("Pékin a envoyé lundi 30 avions de chasse vers l'île, selon le ministère taïwanais de la "
     "Défense."), "fr"),
])
def test_events_state_noun_before_its_state_is_named_stands_for_it(code, text, lang):
    """`the island` before any island state was named stands for the one the sentence names
    after it (Taiwan, by its capital or its ministry): the warplanes are sent towards it."""
    assert ("CHNGOV", "15", "TWN") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Beijing sent 30 warplanes towards the island on Monday.", "en"),
    ("Pékin a envoyé lundi 30 avions de chasse vers l'île.", "fr"),
])
def test_events_state_noun_no_state_named_is_not_guessed(code, text, lang):
    """No island state named in the story: `the island` stands for none of them."""
    assert not [d for d in dyads(code, text, lang) if d[2] == "TWN"]


def test_events_infinitive_on_the_accused_is_not_the_accusers_act(code):
    """`accusé certains pays voisins de soutenir l'opposition`: whoever supports is the
    object the infinitive hangs on, not the accuser."""
    found = dyads(code, "Le président ivoirien a accusé certains pays voisins de soutenir "
                        "l'opposition.", "fr")
    assert not [d for d in found if d[0] == "CIVGOV" and d[1][:2] == "05"]
    assert ("CIVGOV", "112", None) in found


@pytest.mark.parametrize("text, lang", [
    ("Le Premier ministre sénégalais a accusé lundi le FMI de chantage. Le Fonds a démenti.",
     "fr"),
    ("Senegal's prime minister accused the IMF of blackmail on Monday. The Fund denied it.",
     "en"),
])
def test_events_organisation_named_by_acronym_is_the_noun_heading_its_name(code, text, lang):
    """`le Fonds` after `le FMI`: the words heading any of its names stand for it."""
    assert ("IGOBUSIMF", "01", "SENGOV") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, source", [
    ("La junte au pouvoir au Mali a dissous mardi tous les partis politiques.", "MLIGOV"),
    ("Le gouvernement burkinabè a suspendu jeudi la radio allemande Deutsche Welle.", "BFAGOV"),
])
def test_events_french_sentence_first_noun_is_the_subject_not_an_object(code, text, source):
    """French puts no noun object before its verb: a first noun the parser took for one is the
    subject, and acts."""
    found = dyads(code, text, "fr")
    assert found and {s for s, _, _ in found} == {source}


@pytest.mark.parametrize("text, lang, expected", [
    (("Hungarian Prime Minister Viktor Orban visited Moscow on Friday. EU leaders criticised "
     "him for undermining the bloc's unity."), "en", "HUNGOV"),
    (("Le Premier ministre hongrois Viktor Orban s'est rendu vendredi à Moscou. Le président "
     "ukrainien lui a reproché de saper l'unité européenne."), "fr", "HUNGOV"),
])
def test_events_person_object_pronoun_stands_for_a_person(code, text, lang, expected):
    """`him`, `lui`: the last person named before, not the capital he visited."""
    later = [e for e in code(text, lang=lang).events
             if e.evidence.startswith(("EU", "Le président"))]
    assert later and {e.target.code for e in later if e.target} == {expected}


@pytest.mark.parametrize("text, lang", [
    ("Venezuelan police arrested opposition figure Maria Lopez on Monday.", "en"),
    ("La police vénézuélienne a arrêté lundi la figure de l'opposition Maria Lopez.", "fr"),
])
def test_events_opposition_figure_is_the_opposition(code, text, lang):
    assert ("VENCOP", "17", "VENOPP") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, root", [
    # a bare group of the source's own fellows is no actor the story met before
    (("OSLO (Reuters) - The head of NATO met Norway's prime minister on Monday. He "
      "commended the allies on their new spending pledges."),
     "en", "05"),
    (("ADDIS ABABA (AFP) - The African Union chief met Somali President Hassan Sheikh Mohamud "
      "on Friday. He urged member states to send more troops."), "en", "02"),
    (("BRUXELLES (AFP) - Le secrétaire général de l'Otan a rencontré lundi le Premier ministre "
      "norvégien. Il a salué les pays membres pour la hausse de leurs budgets militaires."),
     "fr", "05"),
    (("ABUJA (AFP) - Le président de la Cédéao a reçu le chef de la junte nigérienne. Il a "
      "exhorté ses partenaires à soutenir la transition."), "fr", "02"),
])
def test_events_an_act_on_the_sources_fellows_takes_no_story_party(code, text, lang, root):
    found = roots(dyads(code, text, lang))
    assert [t for s, c, t in found if c == root] == [None], found


@pytest.mark.parametrize("text, lang, expected", [
    # an appeal told by a participle after whom a letter is written to is the writer's, to them
    (("GENEVA (Reuters) - The UNHCR chief told reporters she has written to Chadian "
      "President Mahamat Idriss Deby urging that the border stay open."), "en",
     ("IGOUNOREFHCR", "02", "TCDGOV")),
    ("BAMAKO (Reuters) - Niger's junta sent a letter to ECOWAS demanding the reopening of borders.",
     "en", ("NERGOV", "10", "IGOWAFWAS")),
    (("RAMALLAH (AP) - Palestinian President Mahmoud Abbas sent a letter to French President "
      "Emmanuel Macron urging him to recognise Palestine."), "en", ("PSEGOV", "02", "FRAGOV")),
    (("KIEV (AFP) - L'Ukraine a adressé une lettre au Conseil de sécurité de l'ONU appelant à "
      "des mesures contre la Biélorussie."), "fr", ("UKR", "02", "IGOUNOUSC")),
    (("NIAMEY (AFP) - La junte nigérienne a adressé une lettre à la Cédéao exigeant la "
      "réouverture des frontières."), "fr", ("NERGOV", "10", "IGOWAFWAS")),
])
def test_events_an_appeal_in_a_participle_after_a_letters_addressee(code, text, lang, expected):
    found = roots(dyads(code, text, lang))
    assert expected in found, found
    assert not [d for d in found if d[1] == expected[1] and d[0] == expected[2]], found


@pytest.mark.parametrize("text, lang, sides", [
    # the two parties of the story's meeting, each acting towards the other
    (("RIYADH (Reuters) - U.S. Secretary of State Marco Rubio met Russian Foreign Minister "
      "Sergei Lavrov in Riyadh on Tuesday. The two top diplomats agreed to restore embassy "
      "staff."),
     "en", ("USAGOV", "RUSGOV")),
    (("BANGKOK (Reuters) - Thailand's prime minister met Cambodian Prime Minister Hun Manet in "
      "Kuala Lumpur. Both governments agreed to reopen the border crossings."), "en",
     ("THAGOV", "KHMGOV")),
    (("RIYAD (AFP) - Le ministre saoudien des Affaires étrangères a reçu mardi son homologue "
      "iranien. Les deux chefs de la diplomatie sont convenus de rouvrir leurs consulats."),
     "fr", ("SAUGOV", "IRNGOV")),
])
def test_events_two_named_officials_stand_for_the_meetings_parties(code, text, lang, sides):
    found = {(s, t) for s, c, t in dyads(code, text, lang) if c[:2] == "03"}
    assert sides in found and sides[::-1] in found, found


@pytest.mark.parametrize("text, lang, root", [
    # what an interference intrudes on is its victim, no target of an act about it
    ("MOSCOW (Reuters) - Russia condemned any foreign interference in Belarus on Thursday.",
     "en", "11"),
    ("TBILISI (AFP) - The Kremlin rejected Western meddling in Armenia's elections.", "en", "12"),
    ("TRIPOLI (AFP) - La Ligue arabe a condamné toute ingérence étrangère en Libye.", "fr", "11"),
    (("MOSCOU (AFP) - Le Kremlin a rejeté les ingérences occidentales dans les élections en "
      "Moldavie."), "fr", "12"),
])
def test_events_what_an_interference_intrudes_on_is_no_target(code, text, lang, root):
    found = roots(dyads(code, text, lang))
    assert [t for s, c, t in found if c == root] == [None], found


@pytest.mark.parametrize("text, lang, expected", [
    # near miss: the interferer named is the target
    ("BEIJING (Reuters) - China denounced Washington's interference in Taiwan's affairs.", "en",
     ("CHN", "11", "USAGOV")),
    (("BAMAKO (AFP) - Le gouvernement malien a dénoncé l'ingérence de l'Algérie dans les "
      "affaires intérieures du Mali."), "fr", ("MLIGOV", "11", "DZA")),
])
def test_events_the_interferer_named_stays_the_target(code, text, lang, expected):
    found = roots(dyads(code, text, lang))
    assert expected in found, found


@pytest.mark.parametrize("text, lang, sides", [
    # a call for calm asked for in the country where two sides fought is made of both
    (("CAIRO (Reuters) - Israeli soldiers and Hezbollah fighters clashed near the border on "
      "Sunday. Qatar called for an immediate ceasefire in Lebanon."), "en", ("ISR", "LBN")),
    (("DJEDDAH (AFP) - L'armée soudanaise et les Forces de soutien rapide se sont affrontées "
      "à El-Facher. Le Qatar a appelé à un cessez-le-feu au Soudan."), "fr", ("SDNMIL", "SDNREB")),
])
def test_events_a_call_for_calm_in_the_country_fought_in_is_made_of_both(code, text, lang,
                                                                          sides):
    aimed = {t for s, c, t in dyads(code, text, lang) if c == "0256" and t}
    assert all(any(t.startswith(side) for t in aimed) for side in sides), aimed
    assert len(aimed) == 2, aimed


def test_events_a_call_for_calm_in_a_country_with_no_fight_told_keeps_it(code):
    # near miss: no fight told before: the country named stays the target
    found = dyads(code, "GENEVA (Reuters) - Switzerland called for a ceasefire in Sudan.", "en")
    assert ("CHE", "0256", "SDN") in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # the writer's appeal, hung on whom the letter is written to by a verb of sending
    (("BUDAPEST (AFP) - Le Premier ministre slovaque a adressé une lettre aux dirigeants "
      "européens réclamant la levée des sanctions contre la Russie."), "fr", ("SVKGOV", "10")),
    (("NEW DELHI (Reuters) - Indian Prime Minister Narendra Modi hosted the Sri Lankan president "
      "in New Delhi. Modi thanked the Indian diaspora for its support."), "en", ("INDGOV", "05")),
])
def test_events_letters_and_fellows_keep_the_writer_and_no_story_party(code, text, lang,
                                                                       expected):
    found = roots(dyads(code, text, lang))
    acts = [(s, t) for s, c, t in found if c == expected[1]]
    assert acts and all(s == expected[0] for s, t in acts), found
    assert not any(t and t.startswith("LKA") for s, t in acts), found


@pytest.mark.parametrize("text, lang", [
    # what the international community owns is no story party's
    (("ANKARA (Reuters) - Turkish Foreign Minister Hakan Fidan met his Jordanian counterpart "
      "on Monday. Fidan criticised the international community's silence on Gaza."), "en"),
    (("ANKARA (AFP) - Le ministre turc des Affaires étrangères a reçu lundi son homologue "
      "jordanien. Il a critiqué le silence de la communauté internationale sur Gaza."), "fr"),
])
def test_events_a_reaction_to_the_international_community_takes_no_story_party(code, text,
                                                                               lang):
    found = roots(dyads(code, text, lang))
    assert not [t for s, c, t in found if c == "11" and t and t.startswith("JOR")], found


def test_events_a_past_verb_tagged_an_adjective_of_its_object_heads_the_clause(code):
    # `Ruto voiced concern`, `voiced` read as an adjective of `concern` with a subject
    found = roots(dyads(code, ("NAIROBI (Reuters) - Kenyan President William Ruto met Ugandan "
                               "President Yoweri Museveni in Nairobi. Ruto voiced concern about "
                               "the fighting in South Sudan."), "en"))
    assert any(s == "KENGOV" and c == "01" for s, c, t in found), found


@pytest.mark.parametrize("text, lang", [
    # the nationality of a border tells where force was used, not on whom
    (("NIAMEY (AFP) - L'armée nigérienne a repoussé dimanche une attaque près de la "
      "frontière malienne."), "fr"),
    ("NIAMEY (Reuters) - Nigerien troops repelled an attack near the Malian border on Sunday.",
     "en"),
])
def test_events_the_nationality_of_a_border_is_no_target(code, text, lang):
    found = dyads(code, text, lang)
    assert not [d for d in found if d[2] and d[2].startswith("MLI")], found
    assert any(s == "NERMIL" and c[:2] == "19" for s, c, t in found), found


def test_events_french_weekday_before_a_subject_list_is_no_member(code):
    found = dyads(code, "Mardi, le Kenya et l'Ouganda ont signé un accord.", "fr")
    assert {s for s, _, _ in found} == {"KEN", "UGA"}


@pytest.mark.parametrize("text, lang, expected", [
    # force near a border is not aimed at the country named with the border
    ("KINSHASA (AFP) - M23 rebels seized a town close to the Ugandan border, the army said.",
     "en", "UGA"),
    (("KINSHASA (AFP) - Les rebelles du M23 ont pris une localité proche de la frontière "
      "ougandaise."), "fr", "UGA"),
    ("NIAMEY (AFP) - Des hommes armés ont attaqué un village à la frontière avec le Bénin.", "fr",
     "BEN"),
    ("NIAMEY (Reuters) - Gunmen attacked a village on the border with Benin, killing six.", "en",
     "BEN"),
])
def test_events_force_near_a_border_is_not_aimed_at_its_country(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert not [d for d in found if d[2] == expected], found


@pytest.mark.parametrize("text, lang, expected", [
    # force aimed across the border at a country still hits it
    ("Israeli troops fired artillery shells across the border into Lebanon on Sunday.", "en",
     ("ISRMIL", "19", "LBN")),
    ("L'artillerie israélienne a tiré des obus de l'autre côté de la frontière, sur le Liban.",
     "fr", ("ISRMIL", "19", "LBN")),
    # a display of force at a country's border is aimed at it
    ("Belarus massed troops on the Polish border.", "en", ("BLR", "15", "POL")),
    ("La Biélorussie a massé des troupes à la frontière polonaise.", "fr", ("BLR", "15", "POL")),
])
def test_events_force_across_or_shown_at_a_border_is_aimed_at_its_country(code, text, lang,
                                                                         expected):
    found = roots(dyads(code, text, lang))
    assert expected in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # a capital named bare where force fell is the place: its country, not its government
    ("Russian drones struck Odesa and Kyiv overnight.", "en", ("RUSMIL", "19", "UKR")),
    ("Des missiles russes ont frappé Kiev mardi.", "fr", ("RUS", "19", "UKR")),
    ("Saudi-led coalition jets bombed Sanaa on Friday, the Houthis said.", "en",
     ("SAUMIL", "19", "YEM")),
    ("Les avions de la coalition saoudienne ont bombardé Sanaa vendredi.", "fr",
     ("SAU", "19", "YEM")),
])
def test_events_a_capital_struck_is_its_country(code, text, lang, expected):
    found = roots(dyads(code, text, lang))
    assert expected in found and (expected[0], "19", f"{expected[2]}GOV") not in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # the country an embassy serves is not where force on it fell: its host is
    ("Rockets hit near the U.S. embassy in Baghdad on Sunday, security sources said.", "en",
     ("IRQUAF", "190", "USAGOV")),
    ("Gunmen opened fire on the Russian embassy in Kabul, killing two staff.", "en",
     ("AFGUAF", "190", "RUSGOV")),
    ("Des hommes armés ont ouvert le feu sur l'ambassade de Russie à Kaboul.", "fr",
     ("AFGUAF", "190", "RUSGOV")),
])
def test_events_force_on_an_embassy_is_where_it_stands(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found and not [d for d in found if d[1] == "050"], found


@pytest.mark.parametrize("text, lang, expected", [
    # near miss: an embassy opened is diplomatic cooperation still
    ("Iran opened an embassy in Riyadh on Tuesday.", "en", ("IRN", "050", "SAU")),
    ("L'Iran a ouvert une ambassade à Riyad mardi.", "fr", ("IRN", "050", "SAU")),
])
def test_events_an_embassy_opened_is_still_cooperation(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a border's country is not where force fell: the people acted on stay the state's own
    (("DAKAR (Reuters) - Mali's army said it had killed 30 militants near the border with "
      "Mauritania."), "en", ("MLIMIL", "190", "MLIINS")),
    (("DAKAR (AFP) - L'armée malienne a neutralisé des terroristes près de la frontière avec "
      "la Mauritanie."), "fr", ("MLIMIL", "190", "MLIINS")),
])
def test_events_a_border_country_is_not_where_force_fell(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found and not [d for d in found if d[2] and d[2].startswith("MRT")], found


@pytest.mark.parametrize("text, lang", [
    # a story filed from one side of a border stays that side's: the border's other country
    # does not make it about that one
    (("NIAMEY (AFP) - Des hommes armés ont attaqué un village à la frontière avec le Burkina "
      "Faso, tuant dix civils."), "fr"),
    (("NIAMEY (Reuters) - Gunmen attacked a village on the border with Burkina Faso, killing ten "
      "civilians."), "en"),
])
def test_events_a_border_keeps_the_dateline_story(code, text, lang):
    found = dyads(code, text, lang)
    assert ("NERUAF", "190", "NERCVL") in found and not [d for d in found if "BFA" in str(d)], \
        found


@pytest.mark.parametrize("text, lang", [
    # the border's country, written after the border noun without a preposition
    (("ISLAMABAD (AFP) - Des talibans pakistanais ont attaqué un poste de contrôle dans le "
      "district de Khyber, à la frontière afghane."), "fr"),
    (("ISLAMABAD (Reuters) - Pakistani Taliban fighters attacked a checkpoint in Khyber "
      "district on the Afghan border."), "en"),
])
def test_events_an_attack_at_a_border_is_not_aimed_at_its_country(code, text, lang):
    found = dyads(code, text, lang)
    assert found and not [d for d in found if d[2] and d[2].startswith("AFG")], found


@pytest.mark.parametrize("text, lang", [
    # people who attack an embassy are not of the state it serves, whichever side of its name
    # the role word stands
    ("L'ambassade de France à Ouagadougou a été attaquée par des manifestants samedi.", "fr"),
    ("The French embassy in Ouagadougou was attacked by protesters on Saturday.", "en"),
])
def test_events_attackers_of_an_embassy_are_not_of_its_state(code, text, lang):
    found = dyads(code, text, lang)
    assert [s for s, c, t in found if t == "FRAGOV"] and not [
        s for s, _, _ in found if s and s.startswith("FRA")], found


@pytest.mark.parametrize("text, lang, expected", [
    # force on a place that houses people is aimed at them, in the passive too: `a camp for`,
    # `un camp de`
    (("N'DJAMENA (Reuters) - A camp for Sudanese refugees was shelled by Sudanese "
      "paramilitaries on Sunday."), "en", ("SDNMIL", "19", "SDNREF")),
    (("N'DJAMENA (AFP) - Un camp de réfugiés soudanais a été bombardé par des paramilitaires "
      "soudanais dimanche."), "fr", ("SDNMIL", "19", "SDNREF")),
    ("GOMA (Reuters) - A camp for displaced people near Goma was shelled by M23 rebels.", "en",
     ("CODREB", "19", "CODREF")),
])
def test_events_force_on_a_camp_is_aimed_at_whom_it_houses(code, text, lang, expected):
    found = roots(dyads(code, text, lang))
    assert expected in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # force across a border is aimed at the country named with it that is not the doers'
    ("ANKARA (Reuters) - Turkish troops shelled positions across the Syria-Turkey border.", "en",
     ("TURMIL", "19", "SYR")),
    ("Israeli troops fired shells across the Lebanese border on Sunday.", "en",
     ("ISRMIL", "19", "LBN")),
    ("L'armée israélienne a tiré des obus de l'autre côté de la frontière libanaise.", "fr",
     ("ISRMIL", "19", "LBN")),
])
def test_events_force_across_a_border_is_aimed_at_the_other_country(code, text, lang, expected):
    found = roots(dyads(code, text, lang))
    assert expected in found, found


@pytest.mark.parametrize("text, lang", [
    # near miss: across its own border, no one is named
    ("Hezbollah fired rockets across the Lebanese border on Sunday.", "en"),
    ("Le Hezbollah a tiré des roquettes de l'autre côté de la frontière libanaise.", "fr"),
])
def test_events_force_across_its_own_border_is_not_aimed_at_home(code, text, lang):
    found = dyads(code, text, lang)
    assert not [d for d in found if d[2] and d[2].startswith("LBN")], found


@pytest.mark.parametrize("text, lang", [
    # a hostile act announced on a supposition is a threat of it (1312), not the act (163)
    (("If Iran resumes enrichment, the United States will impose new sanctions on Tehran, a "
      "State Department official said."), "en"),
    (("Si l'Iran reprend l'enrichissement, les États-Unis imposeront de nouvelles sanctions, a "
      "déclaré un responsable américain."), "fr"),
])
def test_events_a_hostile_act_announced_on_a_supposition_is_a_threat(code, text, lang):
    found = dyads(code, text, lang)
    assert [c for s, c, t in found if s == "USA" and c == "1312"], found
    assert not [c for _, c, _ in found if c.startswith("16")], found


@pytest.mark.parametrize("text, lang", [
    # near miss: announced without a condition, the sanctions are a decision, coded as the act
    ("The United States will impose new sanctions on Iran, a State Department official said.", "en"),
    ("Les États-Unis imposeront de nouvelles sanctions à l'Iran, a déclaré un responsable américain.",
     "fr"),
])
def test_events_a_hostile_act_announced_without_condition_is_the_act(code, text, lang):
    assert ("USA", "16", "IRN") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # what a conditional would let others do, on a supposition, does not happen
    ("The deal would allow Ukraine to export grain to Egypt, if Russia agrees.", "en"),
    ("L'accord permettrait à l'Ukraine d'exporter des céréales vers l'Égypte, si la Russie l'accepte.",
     "fr"),
])
def test_events_what_a_supposed_conditional_allows_is_no_event(code, text, lang):
    assert not dyads(code, text, lang)


def test_events_what_a_deal_allows_is_an_event(code):
    # near miss: told in the present, without a supposition, the export is coded
    assert ("UKR", "06", "EGY") in roots(dyads(code, "The deal allows Ukraine to export grain to "
                                                      "Egypt.", "en"))


def test_events_a_warning_of_a_trend_forecasts(code):
    # a warning of lower profits threatens no one; a warning of a response to a state does
    assert not dyads(code, "Boeing warned of lower profits because of the strike.", "en")
    assert ("IRN", "13", "ISR") in roots(dyads(code, "Iran warned Israel of a crushing response.",
                                               "en"))


def test_events_hosting_a_guest_for_talks_is_no_mediation(code):
    # `host X for talks` receives a guest (03 intent to meet, not 039 to mediate); `host talks
    # between X and Y` mediates
    found = dyads(code, "Britain will host Emmanuel Macron next week for talks on migration.", "en")
    assert ("GBR", "036", "FRAGOV") in found and not [c for _, c, _ in found if c == "039"], found
    assert ("QAT", "039", "ISR") in dyads(code, "Qatar will host talks between Hamas and Israel "
                                                "next week.", "en")


@pytest.mark.parametrize("text, lang", [
    # a company uses no force: it hits rivals with prices, fights a tax bill in court
    ("Tesla slashed prices in China, hitting rivals such as BYD.", "en"),
    ("Apple is fighting a $14 billion tax bill in the EU courts.", "en"),
    ("La société chinoise BYD a frappé durement ses concurrents européens.", "fr"),
])
def test_events_a_company_uses_no_force(code, text, lang):
    found = dyads(code, text, lang)
    assert not [c for _, c, _ in found if c[:2] in ("18", "19", "20")], found


@pytest.mark.parametrize("text, expected", [
    # a war or an invasion that `has killed` restates its toll, not the day's act
    ("Russia's invasion of Ukraine has killed tens of thousands of soldiers on both sides.", set()),
    ("The war has displaced more than 10 million people, the United Nations said.", set()),
    # near miss: strikes that have killed are the day's news
    ("Russian air strikes have killed 12 people in Kharkiv, the governor said.",
     {("RUS", "19", "UKRCVL")}),
])
def test_events_a_standing_act_that_has_killed_restates_a_toll(code, text, expected):
    assert roots(dyads(code, text, "en")) == expected


def test_events_the_french_passe_compose_of_an_invasion_is_told(code):
    # the French passé composé is the tense of the news: the rule is the English perfect's
    found = roots(dyads(code, "L'invasion russe de l'Ukraine a tué des dizaines de milliers de "
                              "soldats.", "fr"))
    assert [s for s, c, _ in found if s == "RUS" and c == "19"], found


@pytest.mark.parametrize("text, expected", [
    # an English present perfect that recurs is a standing position
    ("Iran's supreme leader Ayatollah Ali Khamenei has repeatedly rejected talks with Washington.",
     set()),
    ("China has frequently accused the Philippines of provoking incidents at sea.", set()),
    # near miss: in the simple past, a repeated act is the day's news
    ("Russian forces repeatedly shelled the Ukrainian city of Kharkiv on Tuesday.",
     {("RUSMIL", "19", "UKR")}),
])
def test_events_a_recurring_present_perfect_is_standing(code, text, expected):
    assert roots(dyads(code, text, "en")) == expected


def test_events_a_warning_about_the_world_forecasts(code):
    # the world or the climate is forecast, not threatened
    assert not dyads(code, "The UN chief has warned that the world is entering an era of global "
                           "boiling.", "en")


@pytest.mark.parametrize("text, lang, expected", [
    # a concession sets no condition: the sanctions are a decision, coded as the act
    (("The European Union will impose new sanctions on Russia even if Hungary objects, "
      "diplomats said."), "en", ("IGOEUREEC", "16", "RUS")),
    (("L'Union européenne imposera de nouvelles sanctions à la Russie même si la Hongrie s'y "
      "oppose."), "fr", ("IGOEUREEC", "16", "RUS")),
    # near miss: on a condition, the same act is a threat of it
    ("Washington will expel Russian diplomats if Moscow expels American ones.", "en",
     ("USAGOV", "13", "RUSGOV")),
])
def test_events_a_concession_sets_no_condition(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # named people who clash do so in words: no force
    ("Macron and Scholz have clashed over nuclear energy.", "en"),
    ("Trump clashed with Zelenskiy in the Oval Office on Friday.", "en"),
    ("Emmanuel Macron et Olaf Scholz se sont affrontés sur le nucléaire.", "fr"),
])
def test_events_named_people_who_clash_use_no_force(code, text, lang):
    found = dyads(code, text, lang)
    assert not [c for _, c, _ in found if c[:2] in ("18", "19", "20")], found


@pytest.mark.parametrize("text, lang", [
    # near miss: troops clash by force
    ("Indian and Chinese troops clashed along their disputed Himalayan border.", "en"),
    ("Des soldats indiens et chinois se sont affrontés à la frontière himalayenne.", "fr"),
])
def test_events_troops_who_clash_use_force(code, text, lang):
    assert ("INDMIL", "19", "CHNMIL") in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang", [
    # defending oneself upholds no one's cause: no support (05); an English object pronoun
    # (the French `se` marks the verb, reciprocal too: `se sont félicités mutuellement`)
    ('"We will defend ourselves," Ukrainian President Volodymyr Zelenskiy said on Tuesday.', "en"),
    ("Israel has the right to defend itself, the White House said.", "en"),
    ("Iran will defend itself against any aggression, its foreign minister said.", "en"),
])
def test_events_defending_oneself_is_no_support(code, text, lang):
    found = dyads(code, text, lang)
    assert not [c for _, c, _ in found if c[:2] in ("03", "05")], found


@pytest.mark.parametrize("text, lang, expected", [
    # near miss: defending a policy is
    ("The French president defended his pension reform in a television interview.", "en",
     ("FRAGOV", "05", None)),
    ("Le président français a défendu sa réforme des retraites.", "fr", ("FRAGOV", "05", None)),
])
def test_events_defending_a_policy_is_support(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # a bare noun phrase the parser made the apposition of a place after the verb is its object
    (("DAMAS (AFP) - Le président syrien Ahmad al-Chareh a rencontré mardi à Ryad le président "
      "américain Donald Trump."), "fr", ("SYRGOV", "04", "USAGOV")),
    ("PARIS (AFP) - Emmanuel Macron a reçu lundi à Paris le président libanais Joseph Aoun.", "fr",
     ("FRAGOV", "04", "LBNGOV")),
])
def test_events_a_noun_phrase_after_a_place_is_the_verbs_object(code, text, lang, expected):
    found = roots(dyads(code, text, lang))
    assert expected in found, found


def test_events_a_participle_after_an_auxiliary_read_as_copula_and_a_weekday_is_the_verb(code):
    # `ont dissous mardi`, `ont` read as a copula and `dissous` as a noun under the weekday
    text = ("BAMAKO (AFP) - Les autorités maliennes ont dissous mardi tous les partis "
            "politiques du pays.")
    found = dyads(code, text, "fr")
    assert any(s == "MLIGOV" and c == "1722" for s, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    # a disparaging judgement in `qualifier de` criticises what it names
    ("TUNIS (AFP) - Le président Kais Saied a qualifié de « diktats » les conditions du FMI.",
     "fr", ("TUNGOV", "111", "IGOBUSIMF")),
    ("MOSCOU (AFP) - Le Kremlin a qualifié mardi de mensonge les accusations de l'Ukraine.",
     "fr", ("RUSGOV", "111", "UKR")),
])
def test_events_a_disparaging_characterisation_criticises(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found


def test_events_an_act_noun_a_proposal_completes_is_not_done(code):
    # `la proposition de trêve de Poutine`: no truce declared
    text = ("KIEV (AFP) - Volodymyr Zelensky a qualifié mardi de « manipulation » la "
            "proposition de trêve de Vladimir Poutine.")
    found = dyads(code, text, "fr")
    assert not [d for d in found if d[1].startswith("087")], found
    assert any(s == "UKRGOV" and c == "111" for s, c, _ in found), found


@pytest.mark.parametrize("text, lang", [
    # an act a verb of dread takes as object is feared, not done
    ("PÉKIN (AFP) - La Chine a dit craindre mardi une attaque israélienne contre l'Iran.", "fr"),
    ("BEIJING (Reuters) - China said on Tuesday it feared an Israeli attack on Iran.", "en"),
])
def test_events_a_feared_act_is_not_done(code, text, lang):
    found = dyads(code, text, lang)
    assert not [d for d in found if d[1][:2] == "19"], found


def test_events_a_fear_voiced_is_a_pessimistic_comment(code):
    text = ("PÉKIN (AFP) - La Chine a dit craindre mardi une escalade militaire entre l'Inde et "
            "le Pakistan.")
    found = dyads(code, text, "fr")
    assert any(s == "CHN" and c == "012" for s, c, _ in found), found


def test_events_a_fear_not_voiced_is_no_statement(code):
    # near miss: residents who fear are no speakers
    text = "TYR (AFP) - Les habitants de Tyr craignent une nouvelle offensive israélienne."
    assert not [d for d in dyads(code, text, "fr") if d[1] == "012"]


@pytest.mark.parametrize("text, lang", [
    (("WASHINGTON (AFP) - Le Fonds monétaire international a approuvé mardi un décaissement "
      "de 800 millions de dollars en faveur du Pakistan."), "fr"),
    (("WASHINGTON (AFP) - Le FMI a débloqué mardi une nouvelle tranche de son prêt au "
      "Pakistan."), "fr"),
])
def test_events_a_disbursement_approved_is_economic_aid(code, text, lang):
    found = dyads(code, text, lang)
    assert ("IGOBUSIMF", "071", "PAK") in found, found


@pytest.mark.parametrize("text, lang", [
    # whom a sentence is told on the word of adds no word to the act's expression: an NGO
    # quoted makes no expulsion of aid groups
    (("NIAMEY (AFP) - Le Niger a expulsé mardi des centaines de migrants vers l'Algérie, selon "
      "l'ONG Alarme Phone Sahara."), "fr"),
    (("NIAMEY (Reuters) - Niger expelled hundreds of migrants to Algeria on Tuesday, according "
      "to an NGO that monitors the border."), "en"),
])
def test_events_an_attribution_adds_no_word_to_the_act(code, text, lang):
    found = dyads(code, text, lang)
    assert any(c == "174" for _, c, _ in found), found
    assert not [d for d in found if d[1] == "1663"], found


@pytest.mark.parametrize("text, lang, expected", [
    # a general act done by way of a French gerund is coded as the gerund's act
    ("PARIS (AFP) - Le Mali a riposté mardi en expulsant l'ambassadeur de France.", "fr",
     ("MLI", "161", "FRAGOV")),
    ("PARIS (AFP) - Le Niger a riposté mardi en fermant sa frontière avec le Bénin.", "fr",
     ("NER", "191", "BEN")),
    ("BAMAKO (Reuters) - Mali retaliated on Tuesday by expelling the French ambassador.", "en",
     ("MLI", "161", "FRAGOV")),
])
def test_events_an_act_done_by_way_of_another_is_that_one(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found
    assert not [d for d in found if d[1] == "190"], found


def test_events_a_clitic_read_as_an_article_is_the_participles_object(code):
    # `les accusant`, `les` read as the article of `accusant`: the diplomats are accused
    text = ("BAMAKO (AFP) - Le Mali a expulsé trois diplomates algériens, les accusant "
            "d'espionnage.")
    found = roots(dyads(code, text, "fr"))
    assert ("MLI", "11", "DZAGOV") in found, found


@pytest.mark.parametrize("text, lang", [
    # the act a French infinitive on the accused object tells is alleged, not done
    ("KIEV (AFP) - L'Ukraine a accusé mardi la Russie d'avoir déporté des milliers d'enfants.",
     "fr"),
    ("KYIV (Reuters) - Ukraine accused Russia on Tuesday of deporting thousands of children.",
     "en"),
])
def test_events_an_act_of_the_accused_is_alleged(code, text, lang):
    found = dyads(code, text, lang)
    assert ("UKR", "112", "RUS") in found, found
    assert not [d for d in found if d[1] == "174"], found


@pytest.mark.parametrize("text, lang, expected", [
    # a phrase after a comma that sums the act up (`une première depuis des décennies`) does
    # not date it
    (("EREVAN (AFP) - Le Premier ministre arménien Nikol Pachinian s'est rendu mardi à Ankara "
      "pour une visite officielle, la première depuis des décennies."), "fr",
     ("ARMGOV", "042", "TURGOV")),
    (("ANKARA (AFP) - Le président turc a reçu mardi son homologue arménien, une première "
      "depuis des décennies."), "fr", ("TURGOV", "043", "ARMGOV")),
    (("ANKARA (Reuters) - Armenian Prime Minister Nikol Pashinyan visited Ankara on Tuesday, "
      "the first such visit since 2009."), "en", ("ARMGOV", "042", "TURGOV")),
])
def test_events_a_first_in_decades_is_news(code, text, lang, expected):
    found = dyads(code, text, lang)
    assert expected in found, found


def test_events_a_state_going_on_for_decades_is_background(code):
    # near miss: `depuis` on the verb itself
    text = "BEYROUTH (AFP) - Israël et le Hezbollah s'affrontent depuis des décennies."
    assert not dyads(code, text, "fr")


def test_events_closing_a_border_named_as_a_noun_restricts_movement(code):
    text = ("NIAMEY (AFP) - Le gouvernement nigérien a décrété jeudi la fermeture de ses "
            "frontières avec le Bénin et le Nigeria.")
    found = dyads(code, text, "fr")
    assert ("NERGOV", "191", "BEN") in found and ("NERGOV", "191", "NGA") in found, found


@pytest.mark.parametrize("text, lang", [
    # young people marching are a crowd of where they march
    (("NAIROBI (AFP) - Des centaines de jeunes ont manifesté mardi à Nairobi pour exiger "
      "le départ du président William Ruto."), "fr"),
    (("NAIROBI (Reuters) - Hundreds of youths rallied in Nairobi on Tuesday, calling for "
      "President William Ruto to step down."), "en"),
])
def test_events_young_people_marching_protest(code, text, lang):
    found = roots(dyads(code, text, lang))
    assert ("KENCVL", "14", "KENGOV") in found, found


@pytest.mark.parametrize("text, lang, dating", [
    ("It was the first Kenyan visit since the election of Emmanuel Macron.", "en", "FRA"),
    ("Ruto flew to Paris, the first Kenyan trip of the kind since the ouster of Sheikh Hasina.",
     "en", "BGD"),
])
def test_events_no_target_in_the_phrase_dating_a_visit(code, text, lang, dating):
    # `since the election of X` dates the act; X is not whom it is aimed at
    assert not {t for _, c, t in dyads(code, text, lang, published="2025-01-10")
                if c.startswith("04") and t and t.startswith(dating)}


@pytest.mark.parametrize("text, lang, reactions", [
    # nouns of one kind name the same act said again (modality `act_kinds`): a treaty signed
    # is the pact welcomed and the deal praised; a reaction that itself points back is no act
    # to point back to
    (("BOGOTA, June 6, 2025 (Reuters) - Colombia and Ecuador signed a fisheries treaty on "
      "Friday. Panama welcomed the pact. Costa Rica also praised the deal."), "en",
     [("PAN", "05"), ("CRI", "05")]),
    (("NIAMEY, 6 juin 2025 (AFP) - Le Niger et le Tchad ont signé un traité de défense "
      "vendredi. Le Bénin a salué l'accord. Le Togo a critiqué ce pacte."), "fr",
     [("BEN", "05"), ("TGO", "11")]),
])
def test_events_noun_of_the_same_kind_points_back_to_the_act(code, text, lang, reactions):
    found = roots(dyads(code, text, lang))
    doers = {s for s, r, _ in found if r == "05" and s not in {s for s, _ in reactions}}
    for source, root in reactions:
        aimed = {t for s, r, t in found if (s, r) == (source, root)}
        assert aimed and aimed <= doers, (source, found)


@pytest.mark.parametrize("text, lang, source, root, doers", [
    # a noun of that kind no event was coded of names its doers with it: the agent of its
    # participle, `by`/`par`, also a nationality listed before the agent
    (("MUSCAT, Jan 9, 2026 (AP) - The exercises conducted by Iranian and Russian navies in the "
      "Gulf of Oman ended on Friday. Saudi Arabia criticised those drills."), "en",
     "SAU", "11", {"IRNMIL"}),
    (("ATHENES, 9 janvier 2026 (AFP) - La Grèce a annoncé vendredi la fin des manœuvres "
      "conjointes menées par Athènes et Nicosie en Méditerranée. Ankara a menacé de riposter "
      "à ces exercices."), "fr", "TURGOV", "13", {"GRCGOV"}),
])
def test_events_reaction_aimed_at_the_doers_named_with_an_earlier_noun(code, text, lang, source,
                                                                        root, doers):
    aimed = {t for s, r, t in roots(dyads(code, text, lang)) if (s, r) == (source, root)}
    assert aimed == doers, aimed


@pytest.mark.parametrize("text, lang, expected", [
    # separatists are of the state they act on named bare, and that state is no side of
    # theirs: the state they seek to leave is the target
    (("DAKAR, Feb 2, 2025 (Reuters) - Separatists in Casamance demanded independence from "
      "Senegal on Sunday."), "en", ("SENSEP", "10", "SEN")),
    (("YAOUNDE, 2 février 2025 (AFP) - Les séparatistes ont réclamé dimanche l'indépendance "
      "vis-à-vis du Cameroun."), "fr", ("CMRSEP", "10", "CMR")),
])
def test_events_separatists_demand_of_the_state_they_seek_to_leave(code, text, lang, expected):
    found = roots(dyads(code, text, lang))
    assert expected in found, found


@pytest.mark.parametrize("text, lang, source, root", [
    # a comment on an act it points back to (concern, optimism) is aimed at its doers too
    (("HANOI, May 2, 2025 (AP) - Vietnam and Cambodia signed a border treaty on Friday. "
      "Thailand expressed optimism about the agreement."), "en", "THA", "01"),
    (("TOKYO, 18 juin 2024 (AFP) - La Russie et la Corée du Nord ont signé un pacte de "
      "défense à Pyongyang. Le Japon s'est dit préoccupé par ce traité."), "fr", "JPN", "01"),
])
def test_events_comment_on_an_act_pointed_back_to_is_aimed_at_its_doers(code, text, lang, source,
                                                                         root):
    found = roots(dyads(code, text, lang))
    doers = {s for s, r, _ in found if r == "05"}
    aimed = {t for s, r, t in found if (s, r) == (source, root)}
    assert aimed and aimed <= doers, found


@pytest.mark.parametrize("text, lang, expected", [
    # an act done in defiance of X (modality `defiance`), hung on the light verb of its noun,
    # is aimed at X when nothing else is
    (("CARACAS, Jan 5, 2026 (Reuters) - Venezuela held a military parade near the border in "
      "defiance of Guyana on Monday."), "en", ("VEN", "15", "GUY")),
    (("SEOUL, 5 janvier 2026 (AFP) - La Corée du Nord a organisé lundi un défilé militaire au "
      "mépris des États-Unis."), "fr", ("PRK", "15", "USA")),
])
def test_events_act_in_defiance_of_x_is_aimed_at_x(code, text, lang, expected):
    found = roots(dyads(code, text, lang))
    assert expected in found, found


@pytest.mark.parametrize("text, lang, expected", [
    # a threat joined to a reaction of the same source that has a target is aimed there too
    (("LIMA, March 3, 2025 (Reuters) - Peru expelled the ambassador of Mexico. Mexico City "
      "condemned the expulsion and vowed to retaliate."), "en", ("MEXGOV", "13", "PER")),
])
def test_events_threat_joined_to_a_reaction_after_an_expulsion(code, text, lang, expected):
    found = roots(dyads(code, text, lang))
    assert expected in found, found


@pytest.mark.parametrize("text, lang", [
    ("Ethiopian troops captured a rebel stronghold in the Amhara region.", "en"),
    ("L'armée éthiopienne a pris un bastion rebelle dans la région Amhara.", "fr"),
])
def test_events_a_place_named_by_an_armed_group_adjective_is_the_group_s(code, text, lang):
    # rebels a state's army fights on its own land are of that country
    found = dyads(code, text, lang, published="2025-03-01")
    assert ("ETHMIL", "192", "ETHREB") in found, found


def test_events_a_rebel_hideout_raided_is_the_rebels(code):
    text = "Ugandan troops raided a rebel hideout in Kasese district."
    assert ("UGAMIL", "190", "UGAREB") in dyads(code, text, "en", published="2025-03-01")


@pytest.mark.parametrize("text, lang", [
    ("The World Food Programme suspended food distributions in Kandahar.", "en"),
    ("Le Programme alimentaire mondial a suspendu ses distributions de vivres à Kandahar.", "fr"),
])
def test_events_aid_cut_in_a_city_is_aimed_at_its_country(code, text, lang):
    found = dyads(code, text, lang, published="2025-03-01")
    assert ("IGOUNOWFP", "1623", "AFG") in found, found


def test_events_aid_a_state_sends_to_its_own_city_has_no_target(code):
    # near miss: a country is not aimed at by its own government's aid
    found = dyads(code, "The Afghan government sent food aid to Kandahar.", "en",
                  published="2025-03-01")
    assert not {t for _, c, t in found if t}, found


@pytest.mark.parametrize("text, lang", [
    ("Une bombe a explosé sur un marché de Kaduna, tuant cinq personnes.", "fr"),
    ("A bomb went off on a crowded street of Kaduna, killing five people.", "en"),
])
def test_events_a_blast_on_a_place_of_a_city_kills_its_people(code, text, lang):
    # the place the blast happened on gives the unnamed attackers their country
    found = dyads(code, text, lang, published="2025-03-01")
    assert ("NGAUAF", "190", "NGACVL") in found, found


@pytest.mark.parametrize("text, lang", [
    # a call received is a call between both
    ("Le président ouzbek a reçu lundi un appel téléphonique du président kirghize.", "fr"),
    ("Uzbekistan's president received a phone call from the Kyrgyz president on Monday.", "en"),
])
def test_events_a_phone_call_received_is_both_ways(code, text, lang):
    found = dyads(code, text, lang)
    assert {("UZBGOV", "041", "KGZGOV"), ("KGZGOV", "041", "UZBGOV")} <= found, found


@pytest.mark.parametrize("text, lang", [
    (("Le président sénégalais a rencontré le ministre gambien à Dakar. Ce dernier a ensuite "
      "accusé la Guinée-Bissau d'abriter des rebelles."), "fr"),
    (("Senegal's president met the Gambian foreign minister in Dakar. The latter later accused "
      "Guinea-Bissau of harbouring rebels."), "en"),
])
def test_events_the_latter_is_the_last_one_named(code, text, lang):
    found = dyads(code, text, lang)
    assert ("GMBGOV", "112", "GNB") in found and ("SENGOV", "112", "GNB") not in found, found


@pytest.mark.parametrize("text, lang", [
    # the invited accepts: aimed at who invited them, also in a relative clause on the noun
    (("Le président ivoirien a invité son homologue libérien à se rendre à Abidjan, une "
      "invitation que le dirigeant libérien a aussitôt acceptée."), "fr"),
    (("Le président ivoirien a invité son homologue libérien à se rendre à Abidjan. "
      "Ce dernier a accepté l'invitation."), "fr"),
    # the latter is no place named before it (`en Côte d'Ivoire`), in its sentence or before
    (("Le président ivoirien a invité son homologue libérien à se rendre en Côte d'Ivoire, "
      "et ce dernier a accepté l'invitation."), "fr"),
    (("Le président ivoirien a invité son homologue libérien à se rendre en Côte d'Ivoire. "
      "Ce dernier a accepté l'invitation."), "fr"),
    (("Ivory Coast's president invited his Liberian counterpart to visit Abidjan. The latter "
      "accepted the invitation."), "en"),
])
def test_events_an_invitation_accepted_answers_the_inviter(code, text, lang):
    found = dyads(code, text, lang)
    assert ("LBRGOV", "036", "CIVGOV") in found, found


@pytest.mark.parametrize("text, lang", [
    (("Oman a condamné l'attaque contre un pétrolier au large du Yémen. Le ministère omanais a "
      "appelé les Houthis à la retenue. Le Qatar et le Koweït ont aussi condamné l'attaque."),
      "fr"),
    (("Oman condemned the attack on a tanker off Yemen. The Omani ministry urged the Houthis to "
      "show restraint. Qatar and Kuwait also condemned the attack."), "en"),
])
def test_events_an_act_others_reacted_to_is_not_their_reaction(code, text, lang):
    # the attack's doer is unnamed: the later condemnations are aimed at no one, neither at
    # the first condemner nor at the author of the appeal between
    found = dyads(code, text, lang)
    assert not {t for s, c, t in found if s in ("QAT", "KWT") and c == "111" and t}, found


@pytest.mark.parametrize("text, lang", [
    (("Malaysian Foreign Minister Ali Hassan met his Thai counterpart Somchai Prasert in "
      "Bangkok on Monday. The ministers agreed to reopen two border crossings."), "en"),
    (("Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar son homologue "
      "gambien Mamadou Tangara. Les ministres ont signé un accord sur la pêche."), "fr"),
])
def test_events_the_plural_title_after_two_governments_stands_for_both(code, text, lang):
    # `the ministers` after one minister of each of two countries: both act, each towards the
    # other, as `the two ministers` would
    pairs = {(s, t) for s, c, t in dyads(code, text, lang, published="2025-03-03")
             if c[:2] in ("03", "05")}
    assert len({s for s, _ in pairs}) == 2 and all(s != t for s, t in pairs)


def test_events_the_plural_title_after_three_governments_is_no_pair(code):
    # three countries' ministers named before: `the ministers` is none of the two in
    # particular, so it is not read as a pair
    doc = code("Kenyan Trade Minister Lee Kinyanjui hosted his Ugandan counterpart Francis "
               "Mwebesa and Tanzanian Trade Minister Ashatu Kijaji in Arusha on Monday. The "
               "ministers agreed to cut tariffs.", lang="en", published="2025-03-03")
    rules = [m.rule for m in doc.mentions if m.actor.text == "ministers"]
    assert rules and "both-parties" not in rules


@pytest.mark.parametrize("text, lang", [
    ("Le Ghana ainsi que le Togo ont condamné l'attaque du Burkina Faso.", "fr"),
    ("Ghana as well as Togo condemned the attack by Burkina Faso.", "en"),
])
def test_events_a_coordinator_of_several_words_joins_the_subjects(code, text, lang):
    # `ainsi que`, `as well as`: each of the joined subjects acts
    sources = {s for s, c, t in dyads(code, text, lang) if c[:2] == "11"}
    assert {"GHA", "TGO"} <= sources, sources


@pytest.mark.parametrize("text, lang", [
    ("The Angolan president criticised the envoys of Gabon and of Cameroon.", "en"),
    ("The envoys of Gabon and of Cameroon criticised the Angolan president.", "en"),
])
def test_events_a_repeated_of_joins_the_second_country_to_the_role(code, text, lang):
    # `of X and of Y`: the second country is one more owner of the plural role noun
    found = roots(dyads(code, text, lang))
    countries = {a for s, c, t in found if c == "11" for a in (s, t)} - {"AGOGOV"}
    assert {"GABGOV", "CMRGOV"} <= countries, found


@pytest.mark.parametrize("text", [
    "Les ministres kényan et ougandais ont critiqué la Tanzanie.",
    "Les présidents ghanéen et togolais ont critiqué le Bénin.",
])
def test_events_nationalities_listed_after_a_plural_role_each_act(code, text):
    # `les ministres kényan et ougandais`: each nationality after the role noun shares it and
    # acts, even where the parser hangs the later ones on the verb
    sources = {s for s, c, t in dyads(code, text, "fr") if c[:2] == "11"}
    wanted = {"KENGOV", "UGAGOV"} if "kényan" in text else {"GHAGOV", "TGOGOV"}
    assert wanted <= sources, sources


def test_events_a_country_joined_by_ainsi_que_de_shares_the_role_of_the_first(code):
    # `les ambassadeurs de X ainsi que de Y`: Y's ambassadors are summoned too, even where
    # the parser hangs Y on the verb
    found = dyads(code, "Le ministre ghanéen a reçu les ambassadeurs de l'Espagne ainsi que "
                  "du Portugal.", "fr")
    targets = {t for s, c, t in found if s == "GHAGOV"}
    assert {"ESPGOV", "PRTGOV"} <= targets, found


@pytest.mark.parametrize("text, lang, source, root, doers", [
    # the participle naming the doers of the drills follows the noun's adjectives, which the
    # parser may hang it on: it is still the drills' agent
    (("MANILLE, 4 avril 2026 (AFP) - Cet essai a eu lieu pendant les exercices terrestres "
      "annuels conjoints conduits par Manille et Canberra. Pékin a menacé de répliquer à ces "
      "manœuvres."), "fr", "CHNGOV", "13", {"PHLGOV"}),
])
def test_events_the_doers_of_drills_named_after_their_adjectives(code, text, lang, source, root,
                                                               doers):
    aimed = {t for s, r, t in roots(dyads(code, text, lang)) if (s, r) == (source, root)}
    assert aimed == doers, aimed


@pytest.mark.parametrize("text, lang, source, root, doer", [
    # a noun of what was said or made known (`cette annonce`, `ces propos`, `the
    # announcement`) with no event coded of it points back to whoever said it before
    (("NAIROBI, 2 juin 2026 (AFP) - Le Kenya a annoncé lundi le retrait de ses soldats de "
      "Somalie. L'Éthiopie a regretté cette annonce."), "fr", "ETH", "11", "KEN"),
    (("NEW DELHI, 2 juin 2026 (AFP) - Le Premier ministre indien a qualifié le Pakistan "
      "d'État voyou. Islamabad a condamné ces propos."), "fr", "PAKGOV", "11", "INDGOV"),
    (("HANOI, June 2, 2026 (Reuters) - Vietnam said it would build a new port in the "
      "disputed islands. Beijing protested the announcement."), "en", "CHNGOV", "11", "VNM"),
])
def test_events_a_reaction_to_what_was_said_aims_at_who_said_it(code, text, lang, source,
                                                                root, doer):
    aimed = {t for s, r, t in roots(dyads(code, text, lang)) if (s, r) == (source, root)}
    assert aimed == {doer}, aimed


@pytest.mark.parametrize("text, lang, source, root, ally", [
    # one ally of the source's own (`its ally`, `son allié`) is whom the last hostile act
    # before wronged: the target of force, the source of a complaint
    (("SEOUL, May 5, 2026 (Reuters) - North Korea fired two cruise missiles toward South "
      "Korea on Tuesday. Washington vowed to defend its treaty ally."), "en", "USAGOV", "03",
     "KOR"),
    (("MANILA, May 5, 2026 (Reuters) - Vietnam accused China of ramming its fishing boats near "
      "the Paracels. Russia said it stood by its ally."), "en", "RUS", "05", "VNM"),
    (("TAIPEI, 5 mai 2026 (AFP) - La Chine a mené des manœuvres aériennes autour de Taïwan. "
      "Washington a promis de soutenir son allié."), "fr", "USAGOV", "03", "TWN"),
])
def test_events_an_act_on_ones_own_ally_aims_at_the_country_wronged_before(code, text, lang,
                                                                           source, root, ally):
    aimed = {t for s, r, t in roots(dyads(code, text, lang)) if (s, r) == (source, root)}
    assert aimed == {ally}, aimed


def test_events_guerrilla_camps_of_a_former_state_name(code):
    # `Kampuchean guerrilla camps`: the camps are the guerrillas', who are Cambodia's rebels
    found = dyads(code, "Thai artillery pounded Kampuchean guerrilla camps along the frontier "
                  "on Friday.", "en")
    assert ("THAMIL", "KHMREB") in {(s, t) for s, c, t in found if c[:2] == "19"}, found


@pytest.mark.parametrize("text", [
    "Three Ukrainian drones were shot down by Belarusian aircraft near the border on Friday.",
    "Belarusian combat aircraft shot down three Ukrainian drones near the border on Friday.",
])
def test_events_aircraft_of_a_nationality_are_its_military(code, text):
    # `by Belarusian aircraft`: a nationality's aircraft that shoot down are its armed forces
    found = dyads(code, text, "en")
    assert ("BLRMIL", "UKRMIL") in {(s, t) for s, c, t in found if c[:2] == "19"}, found


@pytest.mark.parametrize("text, lang", [
    ("Ethiopian troops overran part of an Oromo rebel base near the Kenyan border on Tuesday.",
     "en"),
    (("Mardi, l'armée éthiopienne a conquis une partie d'un bastion rebelle près de la "
      "frontière kényane."), "fr"),
])
def test_events_a_part_of_a_groups_stronghold_is_the_groups(code, text, lang):
    # `overran part of a rebel base`: the force is aimed at the rebels the base is of, as
    # `overran a rebel base` is
    found = dyads(code, text, lang)
    assert ("ETHMIL", "ETHREB") in {(s, t) for s, c, t in found if c[:2] in ("17", "19")}, found


def test_events_il_may_stand_for_a_surname_the_parser_reads_as_feminine(code):
    # `Mudavadi ... Il s'est entretenu`: a bare surname shows no gender (the parser's
    # feminine is a guess), so `il` is the minister, the last main subject, not the country
    # named after him
    found = dyads(code, "date 2025-06-12\nNAIROBI, 12 juin (AFP) -\n\nLe ministre kényan des "
                  "Affaires étrangères, Musalia Mudavadi, a condamné jeudi les violences au "
                  "Soudan du Sud. Mudavadi a appelé les voisins à faire pression sur "
                  "l'Ouganda. Il s'est ensuite entretenu avec son homologue tanzanien.\n", "fr")
    meetings = {(s, t) for s, c, t in found if c[:2] == "04"}
    assert ("KENGOV", "TZAGOV") in meetings and not any("UGA" in (s or "") for s, t in meetings), \
        found


def test_events_a_meeting_at_home_takes_no_partner_from_a_later_meeting(code):
    # `le Premier ministre a été reçu par le président`: a meeting of one government's own
    # members is no meeting with the foreign envoy another minister met in the next sentence
    found = dyads(code, "date 2025-06-03\nDAKAR, 3 juin (APS) -\n\nLe Premier ministre Ousmane "
                  "Sonko a été reçu mardi par le président Bassirou Diomaye Faye au palais. Le "
                  "ministre des Affaires étrangères a par ailleurs rencontré l'ambassadeur du "
                  "Japon.\n", "fr")
    assert ("SENGOV", "043", "JPNGOV") not in found, found
    assert ("SENGOV", "040", "JPNGOV") in found, found


def test_events_accusations_denounced_are_denied_to_the_accuser(code):
    # `Accra a dénoncé des accusations infondées`: the accused denies (016), answering whoever
    # accused it in the sentence before
    found = dyads(code, "date 2025-05-20\nACCRA, 20 mai (AFP) -\n\nLe président togolais a "
                  "accusé mardi le Ghana d'abriter des opposants armés. Accra a dénoncé des "
                  "accusations infondées.\n", "fr")
    assert ("GHAGOV", "016", "TGOGOV") in found, found
    # also when the accusation is made at a summit, which left a criticism with no target
    found = dyads(code, "date 2025-05-20\nADDIS-ABEBA, 20 mai (AFP) -\n\nLe Premier ministre "
                  "burkinabè a accusé mardi la Côte d'Ivoire d'héberger des putschistes, lors "
                  "d'un sommet de l'UA. Abidjan a dénoncé des allégations mensongères.\n", "fr")
    assert ("CIVGOV", "016", "BFAGOV") in found, found


@pytest.mark.parametrize("text, complainer", [
    # a denial answers an official complaint as it does an accusation: the envoy summoned,
    # the protest lodged
    (("SEOUL, May 3 (Yonhap) - South Korea summoned Japan's ambassador to protest over a "
      "history textbook. Tokyo rejected the allegations as groundless."), "KOR"),
    (("LAGOS (Reuters) - Nigeria lodged a formal protest with Cameroon over the killing of "
      "fishermen. Yaounde denied the accusations."), "NGA"),
])
def test_events_denial_answers_an_official_complaint(code, text, complainer):
    found = dyads(code, text, "en")
    denials = {t and t[:3] for s, c, t in found if c == "016"}
    assert denials == {complainer}, found


def test_events_a_demand_is_aimed_at_the_country_its_side_acted_on(code):
    # a demand with no target, in a story its country leads by acting on another, is aimed
    # at that other
    found = dyads(code, "CANBERRA (Reuters) - Australia summoned Iran's ambassador over the "
                  "jailing of an Australian academic. Canberra demanded her immediate release.",
                  "en")
    demands = [(s, t) for s, c, t in found if c[:2] == "10"]
    assert demands and all(t and t[:3] == "IRN" for _, t in demands), found


@pytest.mark.parametrize("text, host, guest", [
    # `visiting` after a preposition (`met with visiting`, `held talks with visiting`), misread
    # as a clause with the guest as its object: the guest is the preposition's object
    (("HANOI (VNA) - Vietnamese President Luong Cuong met with visiting Laotian Prime Minister "
      "Sonexay Siphandone on Monday."), "VNMGOV", "LAOGOV"),
    (("ABUJA (Reuters) - Nigerian President Bola Tinubu held talks with visiting Ghanaian "
      "President John Mahama on Friday."), "NGAGOV", "GHAGOV"),
])
def test_events_a_guest_met_with_visiting_is_the_visitor(code, text, host, guest):
    found = dyads(code, text, "en")
    assert (host, guest) in {(s, t) for s, c, t in found if c[:2] == "04"}, found


@pytest.mark.parametrize("text, expected", [
    # a denial answers an accuser of its own country when the accusation named the denier
    (("KHARTOUM (Reuters) - Sudan's army accused the paramilitary Rapid Support Forces of "
      "shelling a camp for displaced people. The RSF denied the accusations."),
     ("SDNREB", "016", "SDNMIL")),
])
def test_events_a_denial_answers_an_accuser_of_its_own_country(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_a_denial_does_not_answer_its_own_countrys_accusation(code):
    # near miss: a country's denial after its own accusation of another is aimed at no one
    # of its own
    found = dyads(code, "CAIRO (Reuters) - Egypt accused Ethiopia of violating the deal. Cairo "
                  "also denied any role in the border clashes.", "en")
    assert not [d for d in found if d[1] == "016" and d[2] and d[2][:3] == "EGY"], found


def test_events_a_cut_in_relations_answers_the_last_one_made_on_its_country(code):
    # a cut in relations with no target (`recalled its ambassador`) answers whoever last
    # sanctioned, or cut relations with, its country
    found = dyads(code, "OTTAWA (Reuters) - Washington imposed sanctions on a Canadian "
                  "company on Friday. Ottawa recalled its ambassador for consultations.", "en")
    recalls = [t for s, c, t in found if c[:3] == "161"]
    assert recalls and all(t and t[:3] == "USA" for t in recalls), found


@pytest.mark.parametrize("text, lang, source, expected", [
    # `both sides` as the object of a third party stands for the two others it named: a
    # country named bare and a group challenging a state, not the third party itself nor
    # where they met
    (("OSLO (Reuters) - Colombian and ELN negotiators resumed talks in Havana on Monday. "
      "Norway urged both sides to show flexibility."), "en", "NOR", {"COL"}),
    # the forces of one state and the group challenging it, with no government named
    (("GENÈVE, 9 mars 2026 (AFP) - L'armée birmane et l'Armée d'Arakan se sont affrontées "
      "près de Sittwe. La Suisse a exhorté les deux parties à mettre fin aux combats."), "fr",
     "CHE", {"MMR"}),
])
def test_events_both_sides_as_a_third_partys_object_are_the_two_others(
        code, text, lang, source, expected):
    found = dyads(code, text, lang)
    aimed = {t[:3] for s, c, t in found if s[:3] == source and c[:2] == "02" and t}
    assert aimed == expected, found


@pytest.mark.parametrize("text, lang, source", [
    # a city an act of violence is named after is where it happened, not who did it: a
    # reaction to it with no doer named has no target
    (("ACCRA, 4 mai 2026 (AFP) - Le Ghana a condamné lundi l'attentat de Niamey qui a fait "
      "huit morts."), "fr", "GHA"),
    (("LUSAKA, May 4, 2026 (Reuters) - Zambia on Monday condemned the Harare bombing that "
      "wounded six people."), "en", "ZMB"),
])
def test_events_a_city_an_attack_is_named_after_is_not_its_doer(code, text, lang, source):
    found = dyads(code, text, lang)
    reactions = [t for s, c, t in found if s[:3] == source and c[:2] == "11"]
    assert reactions and all(t is None for t in reactions), found


def test_events_a_country_after_de_with_a_target_still_does_the_attack(code):
    # near miss: `l'attaque de la Russie contre l'Ukraine` is done by the country after `de`
    found = dyads(code, "ACCRA, 4 mai 2026 (AFP) - Le Ghana a condamné l'attaque de la Russie "
                  "contre l'Ukraine.", "fr")
    assert ("GHA", "111", "RUS") in {(s[:3], c, t and t[:3]) for s, c, t in found}, found


def test_events_both_sides_after_the_forces_of_two_states_are_those_states(code):
    # `both sides` after troops of two countries, with no government or country named bare,
    # stands for the two forces: each accuses the other
    found = dyads(code, "HANOI (Reuters) - Vietnamese and Chinese coast guard vessels "
                  "collided near the Paracel Islands on Friday. Both sides accused each other "
                  "of ramming.", "en")
    accusations = {(s[:3], t and t[:3]) for s, c, t in found if c[:2] == "11"}
    assert {("VNM", "CHN"), ("CHN", "VNM")} <= accusations, found


def test_events_a_complaint_lodged_is_not_a_reaction_to_an_earlier_condemnation(code):
    # `a déposé une plainte`: the complaint is the trigger's own act, not one reacted to, so
    # it is not aimed at whoever condemned something before
    found = dyads(code, "NICOSIE, 3 mars (AFP) - Le ministre grec des Affaires étrangères a "
                  "condamné mardi les manoeuvres turques près de Chypre. Chypre a déposé une "
                  "plainte auprès de l'Union européenne.", "fr")
    complaints = [t for s, c, t in found if c[:3] == "115"]
    assert complaints and not [t for t in complaints if t and t[:3] == "GRC"], found


def test_events_an_attribution_hung_on_the_object_gives_no_expression_word():
    # `a expulsé des centaines de réfugiés, selon des ONG`, `ONG` hung on the object: whom the
    # sentence is told on the word of does not make the expulsion one of NGO workers
    from wirecoder.events.triggers import find_triggers, trigger_index
    from wirecoder.nlp import pipeline

    doc = pipeline("fr")("Le Tchad a expulsé des centaines de réfugiés soudanais selon des ONG.")
    obj = next(t for t in doc if t.text == "centaines")
    ngo = next(t for t in doc if t.text == "ONG")
    ngo.head, ngo.dep_ = obj, "nmod"
    found = {t.text: trigger.code for t, trigger in find_triggers(doc[:], trigger_index("fr"))}
    assert found.get("expulsé") == "174", found


def test_events_a_reaction_to_an_arrest_by_no_one_named_is_aimed_at_the_police_placed(code):
    # the arrest's unnamed doer becomes Uganda's police once placed; the reaction aimed at
    # that doer follows it rather than keeping a doer of no country
    text = ("date 2025-03-10\nKAMPALA, 10 mars (AFP) -\n\nL'ancien ministre ougandais Paul "
            "Okello a été arrêté jeudi à son domicile de Kampala, a annoncé son parti. "
            "L'opposition a dénoncé une arrestation arbitraire.\n")
    events = code(text, lang="fr", published="2025-03-10").events
    reaction = next(e for e in events if e.trigger == "dénoncé")
    assert reaction.target is not None and reaction.target.country == "UGA"
    assert "COP" in reaction.target.roles


@pytest.mark.parametrize("text, expected", [
    # a reaction to a show of force or an act whose armed doer is named before the noun
    ("CARACAS (AFP) - Venezuela denounced the U.S. military buildup off its coast.",
     ("VEN", "111", "USAMIL")),
    ("BEIJING (AP) - China criticised the Japanese military buildup on Yonaguni.",
     ("CHN", "111", "JPNMIL")),
])
def test_events_a_reaction_is_aimed_at_the_armed_forces_qualifying_the_act(code, text, expected):
    assert expected in dyads(code, text, "en")


def test_events_both_sides_after_a_mediator_are_the_two_others(code):
    # `X urged both sides` after X hosted talks between two others: the sides are those two
    found = dyads(code, "ACCRA (Reuters) - Ghanaian President John Dramani Mahama hosted talks "
                  "between Malian Foreign Minister Abdoulaye Diop and Ivorian Foreign Minister "
                  "Leon Kacou Adom. Mahama urged both sides to resolve their dispute peacefully.",
                  "en")
    urged = {t for s, c, t in found if c[:2] == "02"}
    assert {"MLIGOV", "CIVGOV"} <= urged, found


def test_events_both_sides_named_by_one_of_two_parties_are_both(code):
    # near miss: with only two governments named, the speaker is one of `both sides`
    found = dyads(code, "NAIROBI (Reuters) - Kenyan President William Ruto met Ethiopian Prime "
                  "Minister Abiy Ahmed on Monday. Ruto said both sides agreed to boost trade.", "en")
    assert ("KENGOV", "030", "ETHGOV") in found and ("ETHGOV", "030", "KENGOV") in found, found


def test_may_have_word_tells_a_document_with_no_word_of_a_list():
    from wirecoder.events.modality_lexicon import has_word, may_have_word
    from wirecoder.nlp import pipeline
    doc = pipeline("en")("Norway ruled out new talks with Iceland.")
    ruled = next(t for t in doc if t.text == "ruled")
    assert may_have_word(doc, frozenset({"rule out"})) and has_word(ruled, frozenset({"rule out"}))
    assert not may_have_word(doc, frozenset({"sponsor", "under auspices"}))


def test_the_words_below_a_trigger_are_read_once():
    from wirecoder.events.triggers import _below
    from wirecoder.nlp import pipeline
    doc = pipeline("en")("Norway lifted the sanctions on Iceland.")
    lifted = next(t for t in doc if t.text == "lifted")
    assert _below(lifted) is _below(lifted)
    assert "sanctions" in {t.text for t in _below(lifted)}


def test_a_caption_marker_is_read_where_each_sentence_opens():
    from wirecoder.events.figurative import photo_caption
    from wirecoder.nlp import pipeline, sentences
    doc = pipeline("en")("Peru and Chile held talks in Lima on Monday. FILE PHOTO: Chile's "
                         "president meets Peru's president in Lima.")
    flags = [photo_caption(s, (("file", "photo"),)) for s in sentences(doc)]
    assert flags[0] is False and flags[-1] is True


@pytest.mark.parametrize("text", [
    # a relational noun with its name after it: the named state acts, not the one the noun
    # relates it to (nor the one named before, which `son voisin` alone would stand for)
    "Le Mali a fermé sa frontière lundi. Son voisin le Burkina Faso a condamné mardi cette décision.",
    "Le voisin du Mali, le Burkina Faso, a accusé mardi la Guinée de soutenir les rebelles.",
])
def test_events_a_relational_noun_before_a_name_is_the_named_state(code, text):
    events = code(text, lang="fr").events
    acts = [e for e in events if e.trigger in ("condamné", "accusé")]
    assert acts and acts[0].source is not None and acts[0].source.country == "BFA", \
        [(e.trigger, e.source) for e in events]


@pytest.mark.parametrize("text, lang, trigger", [
    # someone unnamed acted on (`un homme`, `two men`) is a civilian of where it happens or of
    # the police acting on them
    ("DAKAR, 3 mars (AFP) - La gendarmerie malienne a arrêté mardi un homme à Bamako.", "fr",
     "arrêté"),
    ("Ghanaian police detained two men in Accra on Tuesday over a fraud.", "en", "detained"),
])
def test_events_someone_unnamed_acted_on_is_a_civilian(code, text, lang, trigger):
    events = [e for e in code(text, lang=lang).events if e.trigger == trigger]
    assert events and events[0].target is not None and "CVL" in events[0].target.roles, events


@pytest.mark.parametrize("text, lang", [
    # elsewhere such a noun names no one: not the subject of an act, nor after an article
    ("Un homme a critiqué mardi le gouvernement togolais.", "fr"),
    ("A woman accused the Ugandan police of brutality on Monday.", "en"),
])
def test_events_someone_unnamed_acting_is_no_source(code, text, lang):
    events = code(text, lang=lang).events
    assert all(e.source is None or "CVL" not in e.source.roles for e in events), events


@pytest.mark.parametrize("text, lang, country", [
    # a reaction to a coup told in a sentence before is aimed at the forces that made it, of
    # the country where they seized power or whose leader they overthrew
    ("L'armée a pris le pouvoir mardi en Guinée-Bissau. La CEDEAO a condamné le putsch.", "fr",
     "GNB"),
    ("Soldiers seized power in Madagascar on Monday. South Africa condemned the coup.", "en",
     "MDG"),
    (("Des officiers ont renversé lundi le président malgache. Le Kenya a dénoncé ce coup "
      "d'État."), "fr", "MDG"),
])
def test_events_a_reaction_to_a_coup_is_aimed_at_its_makers(code, text, lang, country):
    events = [e for e in code(text, lang=lang).events if e.code[:2] in ("11", "12")]
    assert events and events[0].target is not None, events
    assert events[0].target.country == country and "MIL" in events[0].target.roles


@pytest.mark.parametrize("text, lang, country", [
    # people a state executes or sentences, whose country nothing else says, are its own
    ("Le Bélarus a exécuté lundi deux hommes reconnus coupables de sabotage.", "fr", "BLR"),
    ("Singapore executed a man convicted of drug trafficking on Friday.", "en", "SGP"),
])
def test_events_people_a_state_executes_are_its_civilians(code, text, lang, country):
    events = [e for e in code(text, lang=lang).events if e.code == "186"]
    assert events and events[0].target is not None, events
    assert events[0].target.country == country and "CVL" in events[0].target.roles


@pytest.mark.parametrize("text, lang, expected", [
    # force told by a participle with its agent: the agent did it, to the noun's actor...
    ("Seven Nigerian soldiers ambushed by jihadists were buried on Friday.", "en",
     ("INS", "190", "NGAMIL")),
    # ...but not to the projectiles the agent launched
    ("The Saudi air force said it intercepted four missiles launched by the Houthis.", "en",
     ("YEMREB", "190", None)),
])
def test_events_force_told_by_a_participle_with_its_agent(code, text, lang, expected):
    source, root, target = expected
    found = [(s, c[:2], t) for s, c, t in dyads(code, text, lang) if c[:2] == root[:2]
             and (s or "").endswith(source)]
    assert found and all(t == target for _, _, t in found), dyads(code, text, lang)


@pytest.mark.parametrize("text, lang", [
    # the protest noun is the summons told again: one event, aimed at the envoy
    (("RABAT, 4 mars (MAP) - Le ministre marocain des Affaires étrangères a convoqué mardi "
      "l'ambassadeur d'Espagne pour lui exprimer la protestation du Maroc."), "fr"),
    (("RABAT, March 4 (MAP) - Morocco's foreign minister summoned the Spanish ambassador on "
      "Tuesday to convey Morocco's protest."), "en"),
])
def test_events_an_untargeted_act_named_less_precisely_is_the_targeted_one(code, text, lang):
    found = [(s, c[:2], t) for s, c, t in dyads(code, text, lang, published="2025-03-05")]
    assert ("MARGOV", "11", "ESPGOV") in found
    assert not [f for f in found if f[1] == "11" and f[2] is None], found


@pytest.mark.parametrize("text, lang", [
    # a plural object pronoun stands for the group the sentence before was about
    ("HARARE, May 6 (AP) - Hundreds of nurses marched on parliament. Police arrested them.",
     "en"),
    (("HARARE, 6 mai (AFP) - Des centaines d'infirmiers ont marché sur le parlement. La police "
     "les a arrêtés."), "fr"),
    # ... so does one that is the object of what force was used for
    (("HARARE, May 6 (AP) - Hundreds of nurses marched on parliament. Police fired rubber "
     "bullets to scatter them."), "en"),
    (("HARARE, 6 mai (AFP) - Des centaines d'infirmiers ont marché sur le parlement. La police a "
     "lancé des grenades lacrymogènes pour les repousser."), "fr"),
    # ... or the group the main clause of its own sentence is about
    (("HARARE, May 6 (AP) - Hundreds of nurses marched on parliament, where police fired rubber "
      "bullets to scatter them."), "en"),
    (("HARARE, 6 mai (AFP) - Des centaines d'infirmiers ont marché sur le parlement, où la police "
      "a lancé des grenades lacrymogènes pour les repousser."), "fr"),
])
def test_events_a_plural_pronoun_stands_for_the_group_before(code, text, lang):
    found = dyads(code, text, lang, published="2025-05-06")
    assert any(s == "ZWECOP" and c[:2] == "17" and (t or "").startswith("ZWE") for s, c, t in found), found


@pytest.mark.parametrize("text, lang, expected", [
    # what a judging verb says the judged act is names no target: the act's doer is
    (("Pyongyang launched a cruise missile over the sea on Friday. Seoul denounced the firing "
      "as a breach of United Nations resolutions."), "en", ("KORGOV", "11", "PRKGOV")),
    (("Pyongyang test-fired a cruise missile on Sunday. Japan denounced the test as a breach "
      "of European Union sanctions."), "en", ("JPN", "11", "PRKGOV")),
    ("Tokyo a critiqué la décision comme une violation des accords avec la Chine.", "fr",
     ("JPNGOV", "11", None)),
    # near misses: an example after `comme` is named, not judged
    ("Le Kenya a critiqué des pays comme la Chine.", "fr", ("KEN", "11", "CHN")),
])
def test_events_judgement_after_as_is_no_target(code, text, lang, expected):
    found = roots(dyads(code, text, lang, published="2024-01-14"))
    assert [f for f in found if f[1] == expected[1]] == [expected], found


@pytest.mark.parametrize("text, expected", [
    # a State Department spokesman is American, not of the dateline's or the story's country
    (("YEREVAN (Reuters) - The United States on Friday froze its aid to Armenia, with State "
      "Department spokeswoman Tammy Bruce denouncing the government's violence against "
      "students."), ("USAGOV", "11", "ARMGOV")),
    (("Beijing detained dozens of activists on Monday, with State Department spokeswoman Jane "
      "Doe condemning the crackdown."), ("USAGOV", "11", "CHNGOV")),
])
def test_events_with_a_state_department_spokesman_doing_it(code, text, expected):
    found = roots(dyads(code, text, "en", published="2024-01-14"))
    assert [f for f in found if f[1] == "11"] == [expected], found


@pytest.mark.parametrize("text, lang, source", [
    # forces that act where they belong are of the town they struck
    ("Insurgents shelled the city of El Fasher overnight, wounding six people.", "en", "SDNINS"),
    ("Les rebelles ont pilonné la ville d'El Fasher vendredi, blessant six personnes.", "fr",
     "SDNREB"),
])
def test_events_local_forces_are_of_the_town_they_struck(code, text, lang, source):
    found = dyads(code, text, lang)
    assert any(s == source and c[:2] == "19" for s, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    # a craft said again under a definite article is its owner's
    (("Two Russian drones flew towards Kharkiv before dawn. Ukrainian air defences shot down "
      "the aircraft over the city."), "en", ("UKRMIL", "19", "RUSMIL")),
    (("Un drone de l'armée burkinabè a survolé la frontière lundi. Le Niger affirme avoir "
      "abattu l'appareil au-dessus d'Ayorou."), "fr", ("NER", "19", "BFAMIL")),
])
def test_events_a_craft_said_again_is_its_owners(code, text, lang, expected):
    assert expected in roots(dyads(code, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # who tells of a blow is never what it struck: the place struck says whose it was
    ("Russian drones struck a substation in Kharkiv overnight, according to Ukrainian officials.",
     "en", "UKR"),
    ("Des drones russes ont frappé une sous-station à Kharkiv, selon les autorités ukrainiennes.",
     "fr", "UKR"),
    ("Des avions israéliens ont bombardé un entrepôt près de Homs, selon les médias d'État syriens.",
     "fr", "SYR"),
])
def test_events_an_attribution_is_no_target_of_force(code, text, lang, expected):
    targets = {t for _, c, t in dyads(code, text, lang) if c[:2] in ("18", "19")}
    assert targets == {expected}, targets


@pytest.mark.parametrize("text, lang, expected", [
    # where a participle says what was blown up runs is where the blow fell
    ("Iraqi insurgents blew up a power line leading into Baghdad on Friday.", "en",
     ("IRQINS", "1712", "IRQ")),
    ("Les rebelles centrafricains ont fait sauter une ligne électrique menant à Bangui.", "fr",
     ("CAFREB", "1712", "CAF")),
])
def test_events_damage_to_a_line_is_aimed_at_where_it_runs(code, text, lang, expected):
    assert expected in dyads(code, text, lang)


@pytest.mark.parametrize("text, expected", [
    # a share of the victims set off by commas: the place after it still places the act
    (("NAIROBI (Reuters) - Gunmen shot dead nine people, most of them miners, near Timbuktu on "
      "Thursday, officials said."), ("MLI", "19", "MLI")),
    ("Police detained 30 demonstrators, many of them lawyers, in Islamabad on Monday.",
     ("PAK", "17", "PAK")),
    ("La police a interpellé 25 militants, dont deux avocats, à Islamabad lundi.",
     ("PAK", "17", "PAK")),
    ("Des frappes aériennes ont tué 18 personnes, pour la plupart des femmes, à Gao mardi.",
     ("MLI", "19", "MLI")),
])
def test_events_a_share_aside_does_not_hide_the_place(code, text, expected):
    found = dyads(code, text, None)
    assert expected in {(s[:3], c[:2], t[:3]) for s, c, t in found if s and t}, found
