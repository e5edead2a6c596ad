"""The card's own texts (``frontend/src/translations/*.json``) and its tags.

Every language has every text, with the same ``{placeholders}``; and the card
has no tag list of its own: tags and their texts come from the integration
(websocket ``nuisance_calls/tags``, backend translations ``selector.tag``).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
import re
from types import ModuleType

import pytest

ROOT = Path(__file__).parent.parent
SOURCES = ROOT / "frontend" / "src"
TRANSLATIONS = SOURCES / "translations"
LANGUAGES = ("en", "de", "it")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _texts(language: str) -> dict[str, str]:
    data = json.loads((TRANSLATIONS / f"{language}.json").read_text("utf-8"))
    assert isinstance(data, dict)
    assert all(isinstance(text, str) for text in data.values()), language
    return data


def _differences(english: dict[str, str], other: dict[str, str]) -> list[str]:
    """What ``other`` lacks, has in addition, or writes with other placeholders."""
    problems = [f"missing {key}" for key in english.keys() - other.keys()]
    problems += [f"not in English: {key}" for key in other.keys() - english.keys()]
    for key in english.keys() & other.keys():
        wanted, found = set(PLACEHOLDER.findall(english[key])), set(PLACEHOLDER.findall(other[key]))
        if wanted != found:
            problems.append(f"{key}: placeholders {sorted(found)}, English has {sorted(wanted)}")
    return sorted(problems)


def _integration_texts() -> ModuleType:
    """``lib/text.py`` on its own (the package's ``__init__`` needs HA)."""
    path = ROOT / "custom_components" / "nuisance_calls" / "lib" / "text.py"
    spec = importlib.util.spec_from_file_location("nuisance_calls_text", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_languages_are_the_ones_the_card_has() -> None:
    assert sorted(path.stem for path in TRANSLATIONS.glob("*.json")) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_same_keys_and_placeholders_as_english(language: str) -> None:
    assert _differences(_texts("en"), _texts(language)) == []


def test_a_missing_or_changed_text_is_found() -> None:
    """The check above fails for a text one language lacks or fills differently."""
    english = _texts("en")
    german = _texts("de")
    del german["loading"]
    german["showing"] = "{first} bis {all}"
    german["extra"] = "Zusatz"

    assert _differences(english, german) == [
        "missing loading",
        "not in English: extra",
        "showing: placeholders ['all', 'first'], English has ['first', 'last', 'total']",
    ]


def test_plurals_have_both_forms() -> None:
    """``plural()`` in localize.ts picks ``<stem>.one`` or ``<stem>.other``."""
    english = _texts("en")
    stems = {key.rsplit(".", 1)[0] for key in english if key.endswith((".one", ".other"))}
    assert stems
    for stem in stems:
        assert {f"{stem}.one", f"{stem}.other"} <= english.keys(), stem


def test_the_card_has_no_tag_texts() -> None:
    """Tag texts are the integration's backend translations, not the card's."""
    for language in LANGUAGES:
        assert [key for key in _texts(language) if key.startswith("tag.")] == [], language


def test_the_card_has_no_tag_list() -> None:
    """No source of the card names the tags to flag with: they come from the server.

    ``nuisance`` is left out: it is also a verdict and the integration's name.
    """
    tags = [tag for tag in _integration_texts().FLAG_TAGS if tag != "nuisance"]
    assert "telemarketing" in tags
    words = re.compile(r"\b(" + "|".join(map(re.escape, tags)) + r")\b", re.IGNORECASE)
    files = [path for path in SOURCES.rglob("*") if path.is_file()]
    assert any(path.suffix == ".ts" for path in files)
    found = {
        str(path.relative_to(ROOT)): sorted(set(words.findall(path.read_text("utf-8"))))
        for path in files
        if words.search(path.read_text("utf-8"))
    }
    assert found == {}
    assert not [path for path in files if "FLAG_TAGS" in path.read_text("utf-8")]
