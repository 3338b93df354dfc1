"""Scripts and styles served from sitrep's own origin (the pages' CSP allows no other): the map's
own script and style shipped in the package, and the npm files ``vendor.py`` names."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from sitrep.serve.vendor import vendor_file

router = APIRouter(include_in_schema=False)
OWN_FILES = {"map.js", "map.css"}
OWN_DIR = Path(__file__).parent / "static"
MEDIA_TYPES = {".js": "text/javascript", ".css": "text/css"}
CACHE = {"Cache-Control": "public, max-age=3600"}


@router.get("/static/vendor/{name}")
def vendor(name: str) -> FileResponse:
    """One of the installed npm files; 404 for any other name or when it is not installed."""
    path = vendor_file(name)
    if path is None:
        raise HTTPException(404, f"no such file: {name}")
    return _file(path)


@router.get("/static/{name}")
def own(name: str) -> FileResponse:
    """One of sitrep's own front-end files."""
    if name not in OWN_FILES:
        raise HTTPException(404, f"no such file: {name}")
    return _file(OWN_DIR / name)


def _file(path: Path) -> FileResponse:
    return FileResponse(path, media_type=MEDIA_TYPES.get(path.suffix, "application/octet-stream"), headers=CACHE)
