"""The pipeline: registered stages, configuration, failures as rejections, worker processes."""

import gc
from pathlib import Path

import pytest

import wirecoder
from wirecoder.model import Document, Rejection
from wirecoder.pipeline import Pipeline, PipelineConfig
from wirecoder.registry import build, register, stage_names

ROOT = Path(__file__).parents[1]

TEXTS = [
    "PARIS (AFP) - Le président français a reçu le Premier ministre indien à l'Élysée.",
    "MOSCOW, May 3 (Reuters) - Russia condemned the strikes carried out by Ukraine.",
    "Le Maroc et l'Espagne ont signé un accord de coopération.",
]


def test_pipeline_public_api_is_pinned():
    assert wirecoder.__all__ == ["Actor", "Document", "Event", "Mention", "Place", "Rejection",
                                 "code_corpus", "code_documents", "code_text", "open_store"]


def test_pipeline_default_stages_are_registered():
    names = set(stage_names())
    config = PipelineConfig()
    assert set(config.before_nlp + config.after_nlp) <= names


def test_pipeline_unknown_stage_names_the_known_ones():
    with pytest.raises(ValueError, match="unknown stage 'actors.v9'.*actors.v1"):
        build("actors.v9")


def test_pipeline_stage_names_are_unique():
    with pytest.raises(ValueError, match="registered twice"):
        register("events.v1")(object)


def test_pipeline_config_file_chooses_stages(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("after_nlp: [actors.v1]\nbatch_size: 4\n", encoding="utf-8")
    config = PipelineConfig.from_file(cfg)
    assert config.after_nlp == ["actors.v1"] and config.batch_size == 4
    state = Pipeline(config).code(Document(id="x", text=TEXTS[0], lang="fr"))
    assert state.mentions and not state.events  # no event stage configured


def test_pipeline_failing_document_becomes_rejection_rest_coded(pipeline, monkeypatch):
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(TEXTS)]
    original = pipeline.after[0].__class__.__call__

    def explode(self, state):
        if state.document.id == "d1":
            raise RuntimeError("boom")
        return original(self, state)

    monkeypatch.setattr(pipeline.after[0].__class__, "__call__", explode)
    out = list(pipeline.run(docs))
    assert [type(x).__name__ for x in out] == ["DocState", "Rejection", "DocState"]
    assert isinstance(out[1], Rejection) and "'d1'" in out[1].reason and "boom" in out[1].reason


def test_pipeline_language_detected_when_not_given(pipeline):
    states = list(pipeline.run([Document(id="a", text=TEXTS[0]), Document(id="b", text=TEXTS[1])]))
    assert [s.lang for s in states] == ["fr", "en"]


def test_pipeline_keeps_a_languages_loaded_tables_out_of_the_collector():
    pipeline = Pipeline()
    before = gc.get_freeze_count()
    list(pipeline.run([Document(id="a", text=TEXTS[0], lang="fr")]))
    kept = gc.get_freeze_count()
    list(pipeline.run([Document(id="b", text=TEXTS[0], lang="fr")]))
    assert kept > before and gc.get_freeze_count() == kept  # once a language, not a batch


def test_pipeline_workers_give_identical_results(pipeline):
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(TEXTS * 3)]
    one = [[e.to_dict() for e in s.events] for s in pipeline.run(docs)]
    two = [[e.to_dict() for e in s.events] for s in pipeline.run(docs, workers=2)]
    assert one == two and any(one)


def test_pipeline_statements_are_events_only_when_configured(pipeline, tmp_path):
    text = "Le ministre turc des Affaires étrangères a déclaré que la situation était calme."
    assert not pipeline.code(Document(id="s", text=text, lang="fr")).events
    cfg = tmp_path / "c.yaml"
    cfg.write_text("settings:\n  events.v1: {statements: true}\n", encoding="utf-8")
    with_statements = Pipeline(PipelineConfig.from_file(cfg))
    events = with_statements.code(Document(id="s", text=text, lang="fr")).events
    assert [(e.source.code, e.code) for e in events] == [("TURGOV", "010")]


@pytest.mark.parametrize("text, lang", [
    ("Armenia and Azerbaijan agreed to a ceasefire on Friday.", "en"),
    ("Le Sénégal et le Maroc ont signé un accord de coopération.", "fr"),
])
def test_pipeline_plover_config_codes_joint_acts_without_target(pipeline, text, lang):
    pairs = {(e.source.code, e.target.code if e.target else None)
             for e in pipeline.code(Document(id="j", text=text, lang=lang)).events}
    joint = Pipeline(PipelineConfig.for_conventions("plover"))
    alone = {(e.source.code, e.target.code if e.target else None)
             for e in joint.code(Document(id="j", text=text, lang=lang)).events}
    assert len(pairs) == 2 and all(t for _, t in pairs), pairs
    assert {s for s, _ in alone} == {s for s, _ in pairs} and all(t is None for _, t in alone)


@pytest.mark.parametrize("text, lang", [
    ("The Kenyan president visited Ethiopia on Monday.", "en"),
    ("Le président kényan s'est rendu lundi en Éthiopie.", "fr"),
])
def test_pipeline_plover_config_codes_a_visit_without_its_host(pipeline, text, lang):
    cameo = {(e.source.code, e.code) for e in
             pipeline.code(Document(id="v", text=text, lang=lang)).events}
    plover = Pipeline(PipelineConfig.for_conventions("plover"))
    alone = {(e.source.code, e.code) for e in
             plover.code(Document(id="v", text=text, lang=lang)).events}
    assert cameo == {("KENGOV", "042"), ("ETHGOV", "043")}, cameo
    assert alone == {("KENGOV", "042")}, alone


def test_pipeline_unknown_joint_acts_setting_is_a_clear_error(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("settings:\n  events.v1: {joint_acts: both}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="joint_acts"):
        Pipeline(PipelineConfig.from_file(cfg))


@pytest.mark.parametrize("text, lang, cameo, plover", [
    ("Tunisia lifted the nationwide curfew on Monday.", "en", "0813", "CONCEDE"),
    ("Le Maroc a levé le couvre-feu à Laâyoune.", "fr", "0813", "CONCEDE"),
    ("The European Union imposed sanctions on Belarus.", "en", "163", "SANCTION"),
    ("L'Union européenne a imposé des sanctions à la Biélorussie.", "fr", "163", "SANCTION"),
    ("Peru's interior minister resigned on Tuesday.", "en", "0831", "RETREAT"),
    ("Le Premier ministre péruvien a démissionné mardi.", "fr", "0831", "RETREAT"),
])
def test_pipeline_plover_config_maps_codes_to_its_own_categories(pipeline, text, lang, cameo,
                                                                  plover):
    default = [(e.code, e.plover) for e in
               pipeline.code(Document(id="p", text=text, lang=lang)).events]
    config = Pipeline(PipelineConfig.for_conventions("plover"))
    mapped = [(e.code, e.plover, e.plover_mode) for e in
              config.code(Document(id="p", text=text, lang=lang)).events]
    assert len(default) == 1 and default[0][0] == cameo and default[0][1] != plover, default
    assert mapped == [(cameo, plover, None)], mapped


def test_pipeline_plover_setting_maps_by_code_prefix(pipeline, tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text('settings:\n  events.v1:\n    plover: {"08": retreat}\n', encoding="utf-8")
    text = "Syrian authorities eased the nightly curfew in Homs on Tuesday."
    events = Pipeline(PipelineConfig.from_file(cfg)).code(Document(id="p", text=text,
                                                                   lang="en")).events
    assert [(e.code, e.plover) for e in events] == [("0813", "RETREAT")]


@pytest.mark.parametrize("text, lang, sides", [
    ("Kenyan President William Ruto telephoned Ethiopian Prime Minister Abiy Ahmed on Monday.",
     "en", {"KENGOV", "ETHGOV"}),
    ("Chinese Foreign Minister Wang Yi held talks with his Russian counterpart in Beijing.",
     "en", {"CHNGOV", "RUSGOV"}),
    ("Le ministre égyptien des Affaires étrangères a téléphoné à son homologue saoudien.", "fr",
     {"EGYGOV", "SAUGOV"}),
    ("Le Premier ministre japonais a eu des entretiens avec le président sud-coréen à Séoul.",
     "fr", {"JPNGOV", "KORGOV"}),
])
def test_pipeline_plover_config_codes_talks_with_a_partner_as_joint_acts(pipeline, text, lang,
                                                                         sides):
    cameo = {(e.source.code, e.target.code if e.target else None, e.code[:2]) for e in
             pipeline.code(Document(id="t", text=text, lang=lang)).events}
    config = Pipeline(PipelineConfig.for_conventions("plover"))
    joint = {(e.source.code, e.target.code if e.target else None, e.code[:2]) for e in
             config.code(Document(id="t", text=text, lang=lang)).events}
    a, b = sorted(sides)
    assert cameo == {(a, b, "04"), (b, a, "04")}, cameo
    assert joint == {(a, None, "04"), (b, None, "04")}, joint


@pytest.mark.parametrize("text, lang, host, guest", [
    ("Russian President Vladimir Putin on Friday hosted Indian Prime Minister Narendra Modi.",
     "en", "RUSGOV", "INDGOV"),
    ("Le président français a reçu mardi à l'Élysée son homologue ghanéen.", "fr", "FRAGOV",
     "GHAGOV"),
])
def test_pipeline_plover_config_codes_a_hosting_without_its_guest(pipeline, text, lang, host,
                                                                  guest):
    cameo = {(e.source.code, e.code, e.target.code) for e in
             pipeline.code(Document(id="h", text=text, lang=lang)).events}
    plover = Pipeline(PipelineConfig.for_conventions("plover"))
    alone = {(e.source.code, e.code, e.target.code) for e in
             plover.code(Document(id="h", text=text, lang=lang)).events}
    assert cameo == {(host, "043", guest), (guest, "042", host)}, cameo
    assert alone == {(host, "043", guest)}, alone


def test_pipeline_config_file_adds_to_the_conventions_settings(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("settings:\n  events.v1: {statements: true}\nbatch_size: 8\n",
                   encoding="utf-8")
    merged = PipelineConfig.from_file(cfg, PipelineConfig.for_conventions("plover")).settings
    assert merged["events.v1"]["statements"] is True
    assert merged["events.v1"]["joint_acts"] == "untargeted"
    assert merged["events.v1"]["plover"]["163"] == "SANCTION"
    assert PipelineConfig.from_file(cfg).settings == {"events.v1": {"statements": True}}
    assert PipelineConfig.for_conventions("cameo") == PipelineConfig()


def test_pipeline_unknown_conventions_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown conventions 'icews'"):
        PipelineConfig.for_conventions("icews")
