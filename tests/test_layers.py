"""Layers only look down, and SQL lives in the store (docs/architecture.md).

records, errors, names, geo, taxonomy, figures, data  →  store  →  stages (ingest, extract, places, actors, resolve)
→  service, evaluate  →  cli, serve.  Every import of the package, module-level or inside a function, is read
from the source; there are no exceptions.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "sitrep"
LAYER = {
    "records": 0,
    "errors": 0,
    "names": 0,
    "geo": 0,
    "taxonomy": 0,
    "figures": 0,
    "data": 0,
    "store": 1,
    "ingest": 2,
    "extract": 2,
    "places": 2,
    "actors": 2,
    "resolve": 2,
    "service": 3,
    "evaluate": 3,
    "cli": 4,
    "serve": 4,
    "__init__": 4,
    "__main__": 4,
}
# The gazetteer is its own read-only database, built and read by places.
OWN_DATABASE = {"places.gazetteer", "places.build"}
_SQL = re.compile(
    r"\b(?:SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.I | re.S
)


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).with_suffix("")
        yield ".".join(relative.parts), relative.parts[0], ast.parse(path.read_text(encoding="utf-8"))


def imported(tree) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("sitrep"):
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [a.name for a in node.names if a.name.startswith("sitrep")]
    return names


def test_no_module_imports_a_higher_layer():
    upward = set()
    for module, package, tree in modules():
        for name in imported(tree):
            target = name.split(".")[1] if "." in name else "__init__"
            if target != package and LAYER.get(target, 9) > LAYER.get(package, 9):
                upward.add((module, name))
    assert upward == set()


def test_stages_never_open_the_database():
    reaching = set()
    for module, package, tree in modules():
        if LAYER.get(package) == 2:
            reaching |= {(module, n) for n in imported(tree) if n.startswith("sitrep.store")}
    assert reaching == set()


def test_sql_is_written_only_in_the_store():
    outside = []
    for module, package, tree in modules():
        if package == "store" or module in OWN_DATABASE:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.search(node.value):
                outside.append(f"{module}:{node.lineno}")
    assert outside == []
