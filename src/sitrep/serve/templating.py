"""The one Jinja2 environment over ``templates/``, autoescaping on: report text is hostile and must never
become markup (pages, error pages and the situation brief all render through it)."""

from __future__ import annotations

from pathlib import Path

import jinja2

TEMPLATES = jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True)
