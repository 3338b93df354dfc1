"""Docs stay in step with the code: every command is in the README, every stage in the architecture page."""

from pathlib import Path

import typer.main

from sitrep.cli import app

ROOT = Path(__file__).resolve().parents[1]


def commands() -> list[str]:
    return sorted(typer.main.get_command(app).commands)


def test_every_command_is_documented_in_readme_and_has_help():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    for name in commands():
        assert f"sitrep {name}" in readme, f"README does not show `sitrep {name}`"
        assert group.commands[name].help, f"`sitrep {name}` has no help text"


def test_architecture_names_every_stage_package():
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    stages = [p.name for p in (ROOT / "src" / "sitrep").iterdir() if p.is_dir() and (p / "__init__.py").exists()]
    for stage in stages:
        assert f"sitrep/{stage}/" in page, f"docs/architecture.md does not describe sitrep/{stage}/"


def test_readme_shows_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme


def test_architecture_names_every_migration_and_module():
    from sitrep.store.migrations import MIGRATIONS

    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = [name for name, _ in MIGRATIONS if name not in page]
    assert missing == [], f"docs/architecture.md does not list migrations {missing}"
    package = ROOT / "src" / "sitrep"
    modules = [p for p in package.rglob("*.py") if p.name != "__init__.py" and p.parent.name != "templates"]
    undocumented = [
        str(p.relative_to(package))
        for p in modules
        if f"`{p.name}`" not in page and f"sitrep/{p.relative_to(package).as_posix()}" not in page
    ]
    assert undocumented == [], f"docs/architecture.md does not describe {undocumented}"
