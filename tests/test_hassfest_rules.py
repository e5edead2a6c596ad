"""The rules hassfest applies to translations, services.yaml and icons, checked here.

hassfest is not part of the Home Assistant wheel (it lives in core's
``script/``); CI also runs the real hassfest action (.github/workflows).
These tests apply the same rules, built from the installed wheel's own
validators (``cv.string_with_no_html``, ``cv.slug``, ``selector``), to every
language, so a text that hassfest would refuse fails here first.
"""

from __future__ import annotations

import json
from pathlib import Path
import re
import string
from typing import Any

import homeassistant  # noqa: F401  # before anything imports voluptuous (probatio)
from homeassistant.helpers import config_validation as cv, selector
import pytest
import yaml

PACKAGE = Path(__file__).parents[1] / "custom_components" / "nuisance_calls"
LANGUAGES = ("en", "de", "it")
# hassfest's patterns (script/hassfest/translations.py), restated.
TRANSLATION_KEY = re.compile(r"^(?!.+[_-]{2})(?![_-])[a-z0-9-_]+(?<![_-])$")
COMBINED_REFERENCE = re.compile(r"(.+\[%)|(%\].+)")
PLACEHOLDER_IN_SINGLE_QUOTES = re.compile(r"'{\w+}'")
URL = re.compile(
    r"(((ftp|ftps|scp|http|https|mqtt|mqtts|socket|socks5):\/\/|www\.)"
    r"[a-z0-9]+([\-\.]{1}[a-z0-9]+)*\.[a-z]{2,5}(:[0-9]{1,5})?(\/.*)?)",
    re.IGNORECASE,
)


def text_problem(value: Any, *, placeholders: bool = True) -> str | None:
    """Why hassfest would refuse a translated text (None: it would not)."""
    try:
        text = cv.string_with_no_html(value)
    except Exception as err:  # probatio.Invalid; its message is the reason
        return str(err)
    if PLACEHOLDER_IN_SINGLE_QUOTES.search(text):
        return "placeholder in single quotes"
    for _literal, field, _spec, _conversion in string.Formatter().parse(text):
        if field and (not placeholders or not field.isidentifier()):
            return f"placeholder {{{field}}} not allowed here"
    if COMBINED_REFERENCE.search(text):
        return "combined translation reference"
    if text != text.strip():
        return "leading or trailing spaces"
    if URL.search(text):
        return "URL in the text (use a placeholder)"
    return None


def _walk(data: Any, path: str = "") -> list[tuple[str, Any]]:
    if isinstance(data, dict):
        return [item for key, value in data.items() for item in _walk(value, f"{path}.{key}")]
    return [(path, data)]


def translation_problems(texts: dict[str, Any]) -> list[str]:
    """Every place a translation file breaks hassfest's rules."""
    found: list[str] = []
    allowed_top = {
        "title",
        "config",
        "options",
        "entity",
        "exceptions",
        "services",
        "selector",
        "issues",
    }
    found += [f"unknown section {key}" for key in set(texts) - allowed_top]
    for path, value in _walk(texts):
        in_states = ".state." in path or path.endswith(".unit_of_measurement")
        if (problem := text_problem(value, placeholders=not in_states)) is not None:
            found.append(f"{path}: {problem}")
    for flow in ("config", "options"):
        for step_id, step in texts.get(flow, {}).get("step", {}).items():
            extra = set(step.get("data_description", {})) - set(step.get("data", {}))
            found += [f"{flow}.step.{step_id}: data_description of no field {extra}"] * bool(extra)
            for name, section in step.get("sections", {}).items():
                extra = set(section.get("data_description", {})) - set(section.get("data", {}))
                if extra:
                    found.append(f"{flow}.step.{step_id}.sections.{name}: {extra}")
    for platform, entities in texts.get("entity", {}).items():
        for key, entity in entities.items():
            keys = [platform, key, *entity.get("state", {})]
            for attribute, spec in entity.get("state_attributes", {}).items():
                keys += [attribute, *spec.get("state", {})]
            found += [f"entity key {k!r}" for k in keys if not TRANSLATION_KEY.match(k)]
    for name, part in texts.get("selector", {}).items():
        found += [
            f"selector {name} option {key!r}"
            for key in part.get("options", {})
            if not TRANSLATION_KEY.match(key)
        ]
    for key, issue in texts.get("issues", {}).items():
        if not issue.get("title") or bool(issue.get("description")) == bool(issue.get("fix_flow")):
            found.append(f"issue {key} needs a title and a description or a fix flow")
    for key in texts.get("exceptions", {}):
        if not TRANSLATION_KEY.match(key) or "-" in key:
            found.append(f"exception key {key!r}")
    for service, spec in texts.get("services", {}).items():
        if not (spec.get("name") and spec.get("description")):
            found.append(f"service {service} needs a name and a description")
        for field, field_spec in spec.get("fields", {}).items():
            if not (field_spec.get("name") and field_spec.get("description")):
                found.append(f"service {service} field {field}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_follow_hassfest(language: str) -> None:
    """No HTML, URLs, odd placeholders or stray keys in any language."""
    texts = json.loads((PACKAGE / "translations" / f"{language}.json").read_text("utf-8"))
    assert translation_problems(texts) == []


def test_the_translation_rules_catch_what_hassfest_catches() -> None:
    """Each rule bites (the 0.1.0 header help text with <token> is the first case)."""
    assert text_problem("For example: Bearer <long-lived access token>.") is not None
    assert text_problem("See https://example.com/list for more") is not None
    assert text_problem("Say '{name}' again") is not None
    assert text_problem("{0} calls") is not None
    assert text_problem(" padded") is not None
    assert text_problem("[%key:common::x%] and more") is not None
    assert text_problem("{n} calls", placeholders=False) is not None
    assert text_problem("Where the list is published (https://…).") is None
    bad = {
        "config": {"step": {"s": {"data": {"a": "A"}, "data_description": {"b": "B"}}}},
        "entity": {"sensor": {"Bad_Key": {"name": "x", "state": {"ok": "OK {x}"}}}},
        "selector": {"tag": {"options": {"Scam": "Scam"}}},
        "issues": {"x": {"title": "T"}},
        "exceptions": {"Not a slug": {"message": "m"}},
        "services": {"s": {"name": "S", "fields": {"f": {"name": "F"}}}},
        "device_class": {},
    }
    assert len(translation_problems(bad)) == 9, translation_problems(bad)


def test_services_yaml_follows_hassfest() -> None:
    """Every field's selector is one HA knows; examples are text; no unknown keys."""
    services = yaml.safe_load((PACKAGE / "services.yaml").read_text("utf-8"))
    for service, spec in services.items():
        assert cv.slug(service) == service
        assert set(spec or {}) <= {"fields", "target", "response"}, service
        for field, field_spec in (spec or {}).get("fields", {}).items():
            assert set(field_spec) <= {
                "selector",
                "example",
                "required",
                "default",
                "advanced",
                "filter",
            }, (service, field)
            selector.validate_selector(field_spec["selector"])
            if "example" in field_spec:
                assert isinstance(field_spec["example"], str | int | float), (service, field)


def test_icons_follow_hassfest() -> None:
    """Icons are mdi: names; state icons only for states the entity has."""
    icons = json.loads((PACKAGE / "icons.json").read_text("utf-8"))
    english = json.loads((PACKAGE / "translations" / "en.json").read_text("utf-8"))
    assert set(icons) <= {"entity", "services"}
    for path, value in _walk(icons):
        assert isinstance(value, str), path
        assert re.fullmatch(r"mdi:[a-z0-9-]+", value), path
    for platform, entities in icons["entity"].items():
        for key, spec in entities.items():
            states = set(english["entity"][platform][key].get("state", {})) | {"on", "off"}
            assert set(spec.get("state", {})) <= states, (platform, key)
