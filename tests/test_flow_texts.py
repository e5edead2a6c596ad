"""Every form, error and abort reason the flows can show has its text in en, de and it.

Walks the flow modules' source: each ``step_id`` has a title, each field its
label and description, each ``async_abort(reason=...)`` and every error key
(literal, from ``errors.flow_error`` or from the mapping checks) a message.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest

from custom_components.nuisance_calls import const
from custom_components.nuisance_calls.errors import flow_error
from custom_components.nuisance_calls.lib.exceptions import (
    ListProblem,
    ReputationAuthError,
    ReputationError,
)

PACKAGE = Path(const.__file__).parent
FLOW_FILES = [PACKAGE / "config_flow.py", *sorted((PACKAGE / "flows").glob("*.py"))]
LANGUAGES = ("en", "de", "it")
OPTIONS_BASES = {"OptionsFlowWithReload", "OptionsFlow"}


def _texts(language: str) -> dict[str, Any]:
    return json.loads((PACKAGE / "translations" / f"{language}.json").read_text("utf-8"))


def _value(node: ast.expr) -> str | None:
    """A string constant, or a ``const`` name's value."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and isinstance(getattr(const, node.id, None), str):
        return str(getattr(const, node.id))
    return None


def _keyword(call: ast.Call, name: str) -> str | None:
    for keyword in call.keywords:
        if keyword.arg == name:
            return _value(keyword.value)
    return None


def _called(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


class FlowSource:
    """What the flow modules ask for."""

    def __init__(self) -> None:
        self.config_steps: set[str] = set()
        self.options_steps: set[str] = set()
        self.reasons: set[str] = set()
        self.errors: set[str] = set()
        self.menus: dict[str, list[str]] = {}
        for path in FLOW_FILES:
            tree = ast.parse(path.read_text("utf-8"))
            for cls in (node for node in tree.body if isinstance(node, ast.ClassDef)):
                bases = {getattr(base, "id", getattr(base, "attr", "")) for base in cls.bases}
                self._walk(cls, options=bool(bases & OPTIONS_BASES))

    def _walk(self, cls: ast.ClassDef, *, options: bool) -> None:
        for node in ast.walk(cls):
            if isinstance(node, ast.Call):
                name = _called(node)
                if (step := _keyword(node, "step_id")) is not None:
                    (self.options_steps if options else self.config_steps).add(step)
                    if name == "async_show_menu":
                        menu = next(k.value for k in node.keywords if k.arg == "menu_options")
                        assert isinstance(menu, ast.List)
                        self.menus[step] = [str(_value(item)) for item in menu.elts]
                if name == "async_abort":
                    reason = _keyword(node, "reason")
                    assert reason is not None, ast.unparse(node)
                    self.reasons.add(reason)
                if name in ("_async_abort_entries_match", "_abort_if_unique_id_configured"):
                    self.reasons.add("already_configured")
                if name == "async_set_unique_id":
                    self.reasons.add("already_in_progress")
                if name == "async_update_reload_and_abort":
                    self.reasons.update(("reconfigure_successful", "reauth_successful"))
            if (
                isinstance(node, ast.Assign)
                and any(
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "errors"
                    for target in node.targets
                )
                and (key := _value(node.value)) is not None
            ):
                self.errors.add(key)


def _error_keys_of_flow_error() -> set[str]:
    """Every key ``errors.flow_error`` can return."""
    tree = ast.parse((PACKAGE / "errors.py").read_text("utf-8"))
    function = next(
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name == "flow_error"
    )
    problems = {f"list_{problem.value}" for problem in ListProblem if problem is not ListProblem.OK}
    keys: set[str] = set()
    for node in ast.walk(function):
        if not isinstance(node, ast.Return) or node.value is None:
            continue
        if isinstance(node.value, ast.JoinedStr):  # f"list_{err.problem.value}"
            keys |= problems
            continue
        for part in ast.walk(node.value):
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                keys.add(part.value)
    return keys


def _mapping_problem_keys() -> set[str]:
    tree = ast.parse((PACKAGE / "lib" / "phases.py").read_text("utf-8"))
    return {
        str(node.args[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and _called(node) == "append"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


SOURCE = FlowSource()


@pytest.mark.parametrize(
    ("service", "refused", "unreachable"),
    [
        ("tellows", "invalid_api_key", "tellows_unreachable"),
        ("phoneblock", "invalid_token", "phoneblock_unreachable"),
    ],
)
def test_each_service_flow_names_its_own_errors(
    service: Any, refused: str, unreachable: str
) -> None:
    """A refused key or token, a failed answer and a timeout, in the words of that service."""
    assert flow_error(ReputationAuthError("401"), service=service) == refused
    assert flow_error(ReputationError("http_503"), service=service) == unreachable
    assert flow_error(TimeoutError(), service=service) == unreachable
    assert flow_error(TimeoutError()) == "timeout"  # the box or a list: no service named


def test_the_walk_finds_what_the_flows_use() -> None:
    """The walk itself sees the steps, reasons and errors it must (so the checks bite)."""
    assert {
        "fritzbox",
        "reconfigure_list",
        "reauth_tellows",
        "entity_mapping",
    } <= SOURCE.config_steps
    assert SOURCE.options_steps == {
        "line_options",
        "list_options",
        "tellows_options",
        "phoneblock_options",
    }
    assert {"not_fritzbox", "webhook_new_address", "already_configured"} <= SOURCE.reasons
    assert {"entity_not_found", "block_needs_login", "invalid_auth"} <= SOURCE.errors
    assert {"tr064_cannot_connect", "list_auth", "invalid_api_key"} <= _error_keys_of_flow_error()
    assert {"no_ringing", "states_overlap"} <= _mapping_problem_keys()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_step_reason_and_error_has_a_text(language: str) -> None:
    """No form, error or abort of the flows shows a raw key, in any language."""
    texts = _texts(language)
    config, options = texts["config"], texts["options"]
    for step in SOURCE.config_steps:
        assert config["step"][step]["title"], (language, step)
    for step, menu in SOURCE.menus.items():
        assert set(config["step"][step]["menu_options"]) == set(menu), language
    for step in SOURCE.options_steps:
        assert options["step"][step]["title"], (language, step)
    for reason in SOURCE.reasons:
        assert config["abort"][reason], (language, reason)
    config_errors = (SOURCE.errors - {"block_needs_login"}) | _error_keys_of_flow_error()
    for key in config_errors | _mapping_problem_keys():
        assert config["error"][key], (language, key)
    assert options["error"]["block_needs_login"], language


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_field_has_a_label_and_a_description(language: str) -> None:
    """Each form's fields (also in sections) have ``data`` and ``data_description`` alike."""
    texts = _texts(language)

    def check(where: str, step: dict[str, Any]) -> None:
        data = set(step.get("data", {}))
        assert data == set(step.get("data_description", {})), where
        for name, part in step.get("sections", {}).items():
            assert part["name"], (where, name)
            check(f"{where}.{name}", part)

    steps = {**texts["config"]["step"], **texts["options"]["step"]}
    for name, step in steps.items():
        check(f"{language}:{name}", step)
    assert len(steps) >= len(SOURCE.config_steps) + len(SOURCE.options_steps)
    # Nothing translated that no flow shows any more.
    assert set(texts["config"]["step"]) == SOURCE.config_steps
    assert set(texts["options"]["step"]) == SOURCE.options_steps
