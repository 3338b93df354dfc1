"""Server-drawn SVG for the map and the timeline. Every label is escaped; no script is used."""

from __future__ import annotations

import html
import math
from collections import Counter, defaultdict

from sitrep.serve.world import outline_paths, project

TYPE_COLOURS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#1f77b4",
}


def events_map(events: list[dict], width: int = 900, height: int = 520) -> str:
    """Events as circles (area by fatalities, colour by type) over country outlines, fitted to the events."""
    located = [e for e in events if e.get("latitude") is not None and e.get("longitude") is not None]
    box = _fit(located)
    parts = [
        f"<svg id='map' xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' width='{width}' "
        f"height='{height}' style='background:#eef3f7'>"
    ]
    parts += [
        f"<path class='country' d='{d}' fill='#fff' stroke='#999' stroke-width='0.6'/>"
        for d in outline_paths(box, width, height)
    ]
    for e in located:
        x, y = project(e["longitude"], e["latitude"], box, width, height)
        radius = min(
            4 + 2 * math.sqrt(max(e.get("fatalities_best") or 0, 0)), 16
        )  # one massacre must not hide a region
        colour = TYPE_COLOURS.get(e["event_type"], "#555")
        label = html.escape(
            f"{e.get('date_start') or '?'} {e['event_type']} in {e.get('place_name') or '?'}"
            f" ({e['reports']} report(s))",
            quote=True,
        )
        href = html.escape(f"/events/{e['sources'][0]['event_id']}", quote=True)
        parts.append(
            f"<a href='{href}'><circle class='event-point' data-place='{html.escape(e.get('place_name') or '', quote=True)}' "
            f"cx='{x:.1f}' cy='{y:.1f}' r='{radius:.1f}' fill='{colour}' fill-opacity='0.7' stroke='#333'>"
            f"<title>{label}</title></circle></a>"
        )
    return "".join(parts) + "</svg>"


def _fit(events: list[dict]) -> tuple[float, float, float, float]:
    """A west/south/east/north box around the events with a margin (the world when there are none)."""
    if not events:
        return -180.0, -60.0, 180.0, 80.0
    lons = [e["longitude"] for e in events]
    lats = [e["latitude"] for e in events]
    span = max(max(lons) - min(lons), max(lats) - min(lats), 2.0)
    margin = span * 0.25
    return min(lons) - margin, min(lats) - margin, max(lons) + margin, max(lats) + margin


def timeline_bars(events: list[dict], width: int = 900, height: int = 260) -> str:
    """Events per month, stacked by type."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for e in events:
        if e.get("date_start"):
            counts[str(e["date_start"])[:7]][e["event_type"]] += e.get("reports_weight", 1)
    months = sorted(counts)
    if not months:
        return "<p>no dated events</p>"
    top = max(sum(c.values()) for c in counts.values())
    bar = width / len(months)
    parts = [f"<svg id='timeline' xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height + 20}'>"]
    for i, month in enumerate(months):
        y = height
        for event_type, n in sorted(counts[month].items()):
            h = height * n / top
            y -= h
            parts.append(
                f"<rect class='bar' x='{i * bar:.1f}' y='{y:.1f}' width='{bar * 0.8:.1f}' height='{h:.1f}' "
                f"fill='{TYPE_COLOURS.get(event_type, '#555')}'><title>{html.escape(f'{month} {event_type}: {n}')}</title></rect>"
            )
        parts.append(f"<text x='{i * bar:.1f}' y='{height + 14}' font-size='10'>{html.escape(month)}</text>")
    return "".join(parts) + "</svg>"


def daily_bars(days: list[tuple], width: int = 900, height: int = 180) -> str:
    """Incidents per day over a period, every day on the axis (a day without incidents is an empty slot),
    the count above each bar and the date under every bar (or every few when there are many)."""
    if not days:
        return "<p>no days</p>"
    top = max(n for _, n, _ in days) or 1
    slot = width / len(days)
    step = max(1, math.ceil(len(days) / 14))
    parts = [
        f"<svg id='daily' xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height + 34}' "
        f"width='100%' role='img' aria-label='incidents per day'>",
        f"<line x1='0' y1='{height}' x2='{width}' y2='{height}' stroke='#999'/>",
    ]
    for i, (day, n, deaths) in enumerate(days):
        h = (height - 16) * n / top
        x = i * slot + slot * 0.1
        label = html.escape(f"{day}: {n} incident(s), {deaths} killed", quote=True)
        parts.append(
            f"<rect class='day' x='{x:.1f}' y='{height - h:.1f}' width='{slot * 0.8:.1f}' height='{h:.1f}' "
            f"fill='#c0392b'><title>{label}</title></rect>"
        )
        if n:
            parts.append(
                f"<text x='{x + slot * 0.4:.1f}' y='{height - h - 3:.1f}' font-size='10' text-anchor='middle'>{n}</text>"
            )
        if i % step == 0:
            anchor = "start" if i == 0 else "end" if i == len(days) - 1 else "middle"
            parts.append(
                f"<text x='{x + slot * 0.4:.1f}' y='{height + 14}' font-size='10' text-anchor='{anchor}'>"
                f"{html.escape(str(day)[5:])}</text>"
            )
    return "".join(parts) + "</svg>"
