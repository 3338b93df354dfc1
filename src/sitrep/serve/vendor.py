"""Front-end files installed from the npm registry by ``make install`` and served by sitrep itself.

``make install`` runs ``npm install --prefix .venv/npm`` for the pinned packages below (the map
library Leaflet, its marker-clustering plug-in and Natural Earth's outlines in ``world-atlas``);
nothing is fetched at run time. Only the files named here are served: the names are a whitelist,
never a path taken from the request. Without them the map page keeps its server-drawn SVG map.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# name served under /static/vendor/ -> file under node_modules
VENDOR_FILES = {
    "leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet.css": "leaflet/dist/leaflet.css",
    "leaflet.markercluster.js": "leaflet.markercluster/dist/leaflet.markercluster.js",
    "MarkerCluster.css": "leaflet.markercluster/dist/MarkerCluster.css",
    "MarkerCluster.Default.css": "leaflet.markercluster/dist/MarkerCluster.Default.css",
}
MAP_LIBRARY = ("leaflet.js", "leaflet.markercluster.js")


def npm_root() -> Path:
    """Where ``make install`` put the npm packages: ``$SITREP_NPM_ROOT``, else ``node_modules`` beside the venv."""
    configured = os.environ.get("SITREP_NPM_ROOT")
    return Path(configured) if configured else Path(sys.prefix) / "npm" / "node_modules"


def vendor_file(name: str) -> Path | None:
    """The installed file served as ``name``; None when ``name`` is not one of ours or is not installed."""
    relative = VENDOR_FILES.get(name)
    if relative is None:
        return None
    path = npm_root() / relative
    return path if path.is_file() else None


def has_map_library() -> bool:
    """Whether the interactive map's scripts are installed."""
    return all(vendor_file(name) is not None for name in MAP_LIBRARY)
