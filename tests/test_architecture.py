"""Data flows one way: no module imports one that (directly or not) imports it."""

from __future__ import annotations

import ast
from pathlib import Path
import subprocess
import sys

import custom_components.nuisance_calls as package

PACKAGE = Path(package.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(part for part in parts if part != "__init__") or "__init__"


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(
    module: str, source: str, known: set[str], package_parts: tuple[str, ...] = ()
) -> set[str]:
    """The package's modules that ``module`` imports at run time (not for type checking).

    ``package_parts``: the (sub)package the module is in, () for the top.
    """
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and _is_type_checking(node):
                visit(node.orelse)
                continue
            if isinstance(node, ast.ImportFrom) and node.level > 0:
                base = package_parts[: len(package_parts) - (node.level - 1)]
                target = ".".join([*base, *(node.module or "").split(".")]).strip(".")
                candidates = [target] if node.module else []
                candidates += [f"{target}.{alias.name}".strip(".") for alias in node.names]
                found.update(name for name in candidates if name in known)
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.stmt):
                    visit([child])

    visit(ast.parse(source).body)
    found.discard(module)
    return found


def import_graph() -> dict[str, set[str]]:
    """Every module of the integration (and lib) and the modules it imports."""
    paths = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    known = set(paths)
    return {
        name: imports_of(
            name, path.read_text("utf-8"), known, path.relative_to(PACKAGE).parent.parts
        )
        for name, path in paths.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the modules along it; None when there is none."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)) is not None:
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)) is not None:
            return cycle
    return None


def test_no_import_cycle() -> None:
    """Source -> line -> household -> entities: nothing imports back up."""
    graph = import_graph()
    assert len(graph) > 40
    assert {"lib.callmonitor", "lib.models"} <= graph["lib"]
    assert {"household", "line", "entity"} <= graph["sensor"]
    assert find_cycle(graph) is None


def test_the_household_and_the_core_import_nothing_above_them() -> None:
    """The household knows no line, entity or service; lib knows nothing of the glue."""
    graph = import_graph()

    def reachable(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for target in graph[todo.pop()]:
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
        return seen

    above = {"line", "calls", "entity", "sensor", "services", "websocket_api", "config_flow"}
    assert not reachable("household") & above
    for name in graph:
        if name.startswith("lib."):
            assert all(target.startswith("lib") for target in reachable(name)), name


def test_the_cycle_check_finds_cycles() -> None:
    """The checks above would notice a cycle, also one hidden behind TYPE_CHECKING's else."""
    known = {"a", "b", "c", "lib.x", "lib"}
    assert imports_of("a", "from .b import thing\nfrom .lib.x import y", known) == {"b", "lib.x"}
    assert (
        imports_of(
            "a",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .b import thing",
            known,
        )
        == set()
    )
    assert imports_of("lib.x", "from .. import a\nfrom ..b import c", known, ("lib",)) == {
        "a",
        "b",
    }
    assert imports_of("lib", "from .x import y", known, ("lib",)) == {"lib.x"}
    assert imports_of("a", "def f():\n    from .c import z\n", known) == {"c"}
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_the_integration_loads_without_the_tts_and_ffmpeg_packages() -> None:
    """A Core install without TTS or ffmpeg lacks their packages: no import of ours needs them."""
    code = (
        "import sys\n"
        "for name in ('haffmpeg', 'mutagen'):\n"
        "    sys.modules[name] = None  # importing it raises ImportError\n"
        "import importlib, pkgutil, custom_components.nuisance_calls as package\n"
        "for module in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "    importlib.import_module(module.name)\n"
        "print('ok')\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.strip() == "ok"
