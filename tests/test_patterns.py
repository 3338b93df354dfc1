"""Every regular expression of the package runs in linear time on hostile text (no ReDoS).

A pattern with nested or overlapping quantifiers can take minutes on a few hundred
bytes, and Python's regex engine holds the GIL while it runs: one such report froze
the whole server. The scan runs in a child process, so a pattern that never ends
fails this test (naming the pattern) instead of hanging it.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

SCAN = r'''
import ast, functools, importlib, inspect, pathlib, pkgutil, re, sys, time
import sitrep

def module_patterns():
    for info in pkgutil.walk_packages(sitrep.__path__, "sitrep."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = list(value.values()) if isinstance(value, dict) else list(value) if isinstance(value, (list, tuple)) else [value]
            for v in values:
                if isinstance(v, re.Pattern):
                    yield f"{info.name}.{name}", v
            if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == info.name:
                if all(p.default is not p.empty for p in inspect.signature(value).parameters.values()):
                    result = value()
                    if isinstance(result, re.Pattern):
                        yield f"{info.name}.{name}()", result
        yield from inline_patterns(info.name, pathlib.Path(module.__file__))

CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}

def inline_patterns(module, path):
    """Literal patterns passed to re.* inside functions (module-level ones are found above)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in CALLS
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            flags = re.I if any("IGNORECASE" in ast.dump(a) or "re.I" in ast.unparse(a) for a in node.args[1:] + [k.value for k in node.keywords]) else 0
            yield f"{module}:{node.lineno}", re.compile(node.args[0].value, flags)

ALTERNATION = "local police security military government officials district provincial health intelligence "
HOSTILE = {
    "repeated alternation words": ALTERNATION * 40 + "x.",
    "1 MB without punctuation": "word " * 200_000,
    "capitalised words": "Word " * 40_000,
    "numbers and commas": "1," * 200_000,
    "spaced digits": "1 2 " * 50_000,
    "mixed case run": "Ab ab AB " * 20_000,
}
BUDGET = 3.0
seen, slow = set(), []
for name, pattern in module_patterns():
    if (pattern.pattern, pattern.flags) in seen:
        continue
    seen.add((pattern.pattern, pattern.flags))
    for label, text in HOSTILE.items():
        print(f"RUN {name} on {label}", flush=True)
        started = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        took = time.perf_counter() - started
        if took > BUDGET:
            slow.append(f"{name} on {label}: {took:.1f} s")
print(f"CHECKED {len(seen)}", flush=True)
for line in slow:
    print("SLOW", line, flush=True)
'''


def test_every_pattern_of_the_package_is_linear_on_hostile_text():
    try:
        done = subprocess.run([sys.executable, "-c", SCAN], capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired as exc:
        output = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        last = [line for line in output.splitlines() if line.startswith("RUN")][-1:]
        pytest.fail(f"a pattern did not finish in 300 s: {last}")
    assert done.returncode == 0, done.stderr[-2000:]
    checked = [line for line in done.stdout.splitlines() if line.startswith("CHECKED")]
    assert checked and int(checked[0].split()[1]) > 100  # the scan found the package's patterns
    assert [line for line in done.stdout.splitlines() if line.startswith("SLOW")] == []
