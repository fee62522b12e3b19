"""Who acts on whom in French dispatches: envoys recalled from a post, participles after a
request, roles set off by commas, the counterparts of the two countries of a story."""

import coded
import pytest


def dyads(code, text, **kw):
    return coded.dyads(code, text, "fr", **kw)


@pytest.mark.parametrize("text, sources", [
    ("La Gambie a annoncé lundi le rappel de ses ambassadeurs à Rabat.", {"GMB"}),
    ("Le Sénégal et la Gambie ont annoncé lundi le rappel de leurs ambassadeurs à Rabat.",
     {"SEN", "GMB"}),
    ("Le Sénégal a annoncé lundi le rappel de son ambassadeur en poste à Rabat.", {"SEN"}),
])
def test_a_recall_of_own_envoys_is_aimed_at_the_country_of_their_post(code, text, sources):
    # `le rappel de ses ambassadeurs à Rabat`: the envoys are the recalling state's own; the
    # recall is aimed at where they serve, not at them
    found = {(s[:3], t[:3] if t else None) for s, c, t in dyads(code, text) if c == "161"}
    assert found == {(s, "MAR") for s in sources}, found


def test_a_participle_after_a_comma_on_a_request_is_an_act_of_its_own(code):
    # `a demandé une réunion…, accusant X`: the accusation is made, not requested, even where
    # the parser hangs the participle on the comma
    found = dyads(code, "Le président gambien Adama Barrow a réclamé une session d'urgence de "
                  "l'Union africaine, accusant le Sénégal d'une « invasion ».")
    assert any(s == "GMBGOV" and c[:2] == "11" and t[:3] == "SEN" for s, c, t in found if t), \
        found


def test_a_role_set_off_by_commas_after_a_named_leader_is_no_second_actor(code):
    # `X, président en exercice de l'Asean,`: the role is X's, not a Thai president the
    # story's dateline would make of it
    found = dyads(code, "VIENTIANE, 3 mars 2025 (AFP) - Des soldats cambodgiens et laotiens se "
                  "sont affrontés lundi près de la frontière. Le président indonésien Prabowo "
                  "Subianto, président en exercice de l'Asean, a accueilli mardi le ministre "
                  "vietnamien des Affaires étrangères.", published="2025-03-03")
    hosts = {s for s, c, t in found if c == "043"}
    assert hosts == {"IDNGOV"}, found


def test_the_counterparts_of_the_two_countries_are_the_story_parties(code):
    # `les dirigeants des deux pays`: the two countries the story is about
    found = dyads(code, "VIENTIANE, 3 mars 2025 (AFP) - Des soldats cambodgiens et laotiens se "
                  "sont affrontés lundi près de la frontière. Le chef du gouvernement malaisien "
                  "a parlé par téléphone avec les dirigeants des deux pays.",
                  published="2025-03-03")
    calls = {(s[:3], t[:3]) for s, c, t in found if c[:2] == "04" and t}
    assert calls == {("MYS", "KHM"), ("MYS", "LAO"), ("KHM", "MYS"), ("LAO", "MYS")}, found


def test_an_officer_by_rank_is_of_the_army(code):
    # `le général X`, `le général`: an officer's rank, of the story's country
    found = dyads(code, "QUITO, 3 mars 2025 (AFP) - Des soldats menés par le général Pedro Salas "
                  "ont encerclé lundi le palais présidentiel. Le président Daniel Noboa a sommé "
                  "le général de retirer ses hommes. Le général Salas a été arrêté dans la "
                  "soirée par la police.", published="2025-03-03")
    assert ("ECUCOP", "173", "ECUMIL") in found, found
    assert any(s == "ECUGOV" and t == "ECUMIL" for s, c, t in found if c[:2] == "10"), found
