"""The features follow the house style: tags, ids, titles, descriptions, catalogue coverage."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from flask_conformance.contract import AREAS
from flask_conformance.tags import ID_PREFIX, KINDS, SPEC_PREFIX, TIERS

from selftests.feature_files import FEATURES, ROOT, features

ALL = [(area, feature, template) for area, feature in features() for template in feature.scenarios.values()]
BANNED_WORDS = re.compile(r"\b(should|test that|verify|verifies|check|checks)\b", re.I)

# Every catalogue behavior of an area the suite covers needs a scenario; those left out say why.
CATALOGUE_IDS = re.findall(r"^- \*\*([A-Z]+-\d+)\b", (ROOT / "catalogue" / "behaviors.md").read_text(), re.M)
#: The catalogue prefixes whose entries each area covers.
PREFIXES = {"hooks": ("HOOK",), "strict_slashes": ("SLASH",), "redirect_to": ("RTO",), "defaults": ("DEF",),
            "flashing": ("FLASH",), "sessions": ("SESS",), "routing": ("ROUTE", "CONV", "QS"),
            "url_building": ("URL",), "methods": ("METH",), "class_views": ("CBV",), "blueprints": ("BP",),
            "subdomains": ("SUB",), "errors": ("ERR",), "request": ("REQ", "FILE"),
            "json_bodies": ("JREQ",), "responses": ("RESP", "JSON", "REDIR"), "cookies": ("COOKIE",),
            "templates": ("TPL",), "static_files": ("STATIC",), "configuration": ("CFG",), "wsgi_environ": ("WSGI",),
            "limits": ("LIMIT",), "real_servers": ("SRV",)}
NOT_COVERED = {
    "HOOK-10": "before_first_request is gone since Flask 2.3: a version note, not a behavior",
    "SLASH-7": "a defect of some Werkzeug releases (308, then 500 from 3.0.3, then a 308 to an empty host from "
               "3.1.9), not a behavior users rely on: the fuzzer allows it (test_fuzz_reference.py)",
}


def _tagged(template, prefix):
    return [t[len(prefix):] for t in template.tags if t.startswith(prefix)]


def test_features_exist_for_every_area():
    assert {area for area, _, _ in ALL} == set(AREAS)


@pytest.mark.parametrize(("area", "feature"), list(features()), ids=lambda v: getattr(v, "rel_filename", v))
def test_feature_has_its_area_tag_a_rule_and_a_source(area, feature):
    assert feature.tags == {area}, f"{feature.rel_filename}: the Feature carries exactly its area tag @{area}"
    assert feature.description.strip(), f"{feature.rel_filename}: a paragraph under Feature states the rule"
    assert "Source:" in feature.description, f"{feature.rel_filename}: the description names its Source:"
    assert len(feature.scenarios) <= 8, f"{feature.rel_filename}: split features over 8 scenarios"
    if feature.background:
        assert all(step.type == "given" for step in feature.background.steps), "Background holds only Givens"


@pytest.mark.parametrize(("area", "feature", "template"), ALL, ids=[t.name for _, _, t in ALL])
def test_scenario_has_an_id_a_spec_a_tier_and_a_plain_title(area, feature, template):
    ids = _tagged(template, ID_PREFIX)
    assert len(ids) == 1 and re.fullmatch(rf"{area}\.[a-z0-9_]+", ids[0]), f"one @id:{area}.<name> tag: {ids}"
    specs = _tagged(template, SPEC_PREFIX)
    assert specs and all(re.fullmatch(r"[A-Z]+-\d+", s) for s in specs), f"@spec:<ID> tags: {specs}"
    plain = {t for t in template.tags if not t.startswith((ID_PREFIX, SPEC_PREFIX))}
    assert len(plain & set(TIERS)) == 1, f"exactly one tier tag of {sorted(TIERS)}: {sorted(plain)}"
    stray = sorted(plain - set(TIERS) - set(KINDS))
    assert not stray, f"unregistered or misplaced tags: {stray}"
    assert len(template.name) <= 70, f"title over 70 characters: {template.name!r}"
    assert not BANNED_WORDS.search(template.name), f"state the behavior, do not ask for it: {template.name!r}"


def test_ids_and_titles_are_unique():
    ids = Counter(_tagged(t, ID_PREFIX)[0] for _, _, t in ALL if _tagged(t, ID_PREFIX))
    titles = Counter(t.name for _, _, t in ALL)
    assert [i for i, n in ids.items() if n > 1] == []
    assert [t for t, n in titles.items() if n > 1] == []


def test_no_id_is_part_of_another():
    # -k matches substrings: `-k <id>` selects exactly one scenario only while no id holds another.
    ids = sorted(_tagged(t, ID_PREFIX)[0] for _, _, t in ALL if _tagged(t, ID_PREFIX))
    nested = [f"{a} in {b}" for a in ids for b in ids if a != b and a in b]
    assert not nested, f"rename one of each pair: {nested}"


@pytest.mark.parametrize("area", AREAS)
def test_every_catalogue_behavior_has_a_scenario(area):
    covered = {s for a, _, t in ALL if a == area for s in _tagged(t, SPEC_PREFIX)}
    wanted = [b for b in CATALOGUE_IDS if b.split("-")[0] in PREFIXES[area] and b not in NOT_COVERED]
    assert wanted, f"the catalogue has no {PREFIXES[area]} entries"
    missing = [b for b in wanted if b not in covered]
    assert not missing, f"no scenario in features/{area} checks {missing}"


def test_spec_tags_name_catalogue_entries():
    unknown = sorted({s for _, _, t in ALL for s in _tagged(t, SPEC_PREFIX)} - set(CATALOGUE_IDS))
    assert not unknown, f"@spec: tags that are not in catalogue/behaviors.md: {unknown}"


def test_no_stray_files_in_features():
    stray = [p.name for p in FEATURES.rglob("*") if p.is_file() and p.suffix != ".feature"]
    assert not stray
