"""Rendering an actor profile: terminal text with a bar chart, Markdown, HTML, and a PNG/SVG plot.

Every piece of report text is escaped for its target (HTML entities, Markdown
table pipes); terminal output is made safe by the CLI's ``safe_text``.
"""

from __future__ import annotations

import html
from pathlib import Path

from sitrep.errors import UsageError
from sitrep.records import Hedge


def figure(value: float | None, hedge: str | None, high: float | None = None) -> str:
    """'~1,000', '>1,200', '10–20'."""
    if value is None:
        return "no figure"
    if hedge == "range" and high is not None:
        return f"{value:,.0f}–{high:,.0f}"
    return f"{Hedge.sign(hedge)}{value:,.0f}"


def strength_bars(points: list[dict], width: int = 40) -> list[str]:
    """A horizontal bar per estimate, scaled to the largest; open-ended estimates end in '+'."""
    values = [p["value"] for p in points if p.get("value") is not None]
    if not values:
        return []
    top = max(values) or 1.0  # every estimate 0: bars of the minimum length, not a division by zero
    lines = []
    for p in points:
        bar = "█" * max(1, round(width * p["value"] / top))
        tail = "+" if p.get("hedge") in ("more_than", "at_least") else ""
        lines.append(
            f"{p['as_of']:<16} {bar}{tail} {figure(p['value'], p['hedge'], p.get('value_high'))}  {p['source']}"
        )
    return lines


def text_lines(profile) -> list[str]:
    """The profile as plain lines for the terminal (the caller escapes control characters)."""
    a = profile.actor
    lines = [f"{a.name}{' (provisional)' if a.provisional else ''}  id {a.id}"]
    facts = [f"kind {a.kind}" + (f" (ACLED inter {a.inter_code})" if a.inter_code else "")]
    facts += [f"country {a.country}"] if a.country else []
    facts += [f"active {a.active_from}–{a.active_to or 'now'}"] if a.active_from else []
    facts += [f"parent {profile.parent.name}"] if profile.parent else []
    facts += [f"branches {', '.join(b.name for b in profile.branches)}"] if profile.branches else []
    lines.append("; ".join(facts))
    if profile.aliases:
        lines.append("aliases: " + ", ".join(profile.aliases))
    lines += [f"  {dataset}: {written}" for dataset, written in sorted(a.dataset_names.items())]
    if profile.strength:
        lines += ["", "strength estimates:", *("  " + line for line in strength_bars(profile.strength))]
    lines += ["", f"events: {profile.event_count}"]
    for label, pairs in (("by type", profile.events_by_type), ("by month", profile.events_by_month)):
        if pairs:
            lines.append(f"  {label}: " + ", ".join(f"{k} {n}" for k, n in pairs))
    if profile.places:
        lines.append("  places: " + ", ".join(f"{k} {n}" for k, n in profile.places))
    lines += ["  " + _event_line(e) for e in profile.events]
    lines += [f"  claimed responsibility ({r['as_of']}): {r['sentence']}" for r in profile.responsibility]
    if profile.conflicts:
        lines += ["", "conflicting figures:"]
        for c in profile.conflicts:
            for claim in c.to_dict()["claims"]:
                lines.append(
                    f"  {c.kind} {figure(claim['value'], claim['hedge'])} as of {claim['as_of']} ({claim['source']})"
                )
            lines.append("")
    if profile.relations:
        lines += ["", "relations:"]
        lines += [f"  {r['summary']} ({r['as_of']}, {r['source']}): {r['sentence'][:200]}" for r in profile.relations]
    lines += [f"  mention in {m['report_id'][:12]}: {m['sentence'][:160]}" for m in profile.mentions]
    return lines


def _event_line(event: dict) -> str:
    low, high = event.get("fatalities_low"), event.get("fatalities_high")
    if low is None:
        deaths = "no fatality figure"
    else:
        deaths = f"{low:g} killed" if low == high else f"{low:g}–{high:g} killed"
        deaths += f" ({event['fatalities_source']})" if event.get("fatalities_source") else ""
    place = event.get("place_name") or event.get("country") or "?"
    reports = f", {event['reports']} reports" if event.get("reports", 1) > 1 else ""
    return f"{event.get('date_start') or 'undated'}  {event['event_type']} in {place}: {deaths}{reports}"


def markdown(profile) -> str:
    """The profile as Markdown (report text escaped for tables and inline HTML)."""
    a = profile.actor
    out = [f"# {_md(a.name)}", "", f"- id: `{_md(a.id)}`", f"- kind: {_md(a.kind)} (ACLED inter {a.inter_code})"]
    out += [f"- parent: {_md(profile.parent.name)}"] if profile.parent else []
    out += [f"- aliases: {_md(', '.join(profile.aliases))}"] if profile.aliases else []
    out += ["", "## Strength estimates", "", "| as of | figure | source | sentence |", "|---|---|---|---|"]
    out += [
        f"| {_md(p['as_of'])} | {_md(figure(p['value'], p['hedge'], p.get('value_high')))} | {_md(p['source'])} "
        f"| {_md(p['sentence'])} |"
        for p in profile.strength
    ]
    out += ["", f"## Events ({profile.event_count})", ""]
    out += [f"- {_md(_event_line(e))}" for e in profile.events]
    if profile.conflicts:
        out += ["", "## Conflicting figures", ""]
        for c in profile.conflicts:
            for claim in c.to_dict()["claims"]:
                out.append(
                    f"- {_md(figure(claim['value'], claim['hedge']))} as of {_md(claim['as_of'])} "
                    f"({_md(claim['source'] or '')}): {_md(claim['sentence'] or '')}"
                )
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return html.escape(str(text), quote=False).replace("|", "\\|").replace("\n", " ")


def html_page(profile) -> str:
    """The profile as one self-contained HTML page, everything escaped, the chart as inline SVG."""
    a = profile.actor
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(p['as_of'])}</td><td>{e(figure(p['value'], p['hedge'], p.get('value_high')))}</td>"
        f"<td>{e(p['source'])}</td><td>{e(p['sentence'])}</td></tr>"
        for p in profile.strength
    )
    events = "".join(f"<li>{e(_event_line(ev))}</li>" for ev in profile.events)
    conflicts = "".join(
        "<li>"
        + " <b>vs</b> ".join(
            f"{e(figure(c['value'], c['hedge']))} ({e(c['as_of'])}, {e(c['source'] or '')}): <q>{e(c['sentence'] or '')}</q>"
            for c in conflict.to_dict()["claims"]
        )
        + "</li>"
        for conflict in profile.conflicts
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{e(a.name)}</title></head><body><h1>{e(a.name)}</h1>"
        f"<p>{e(a.kind)} (ACLED inter {a.inter_code}){' · parent ' + e(profile.parent.name) if profile.parent else ''}</p>"
        f"<p>aliases: {e(', '.join(profile.aliases))}</p>"
        f"<h2>Strength estimates</h2>{strength_svg(profile.strength)}"
        f"<table><tr><th>as of</th><th>figure</th><th>source</th><th>sentence</th></tr>{rows}</table>"
        f"<h2>Events ({profile.event_count})</h2><ul>{events}</ul>"
        f"<h2>Conflicting figures</h2><ul>{conflicts}</ul></body></html>\n"
    )


def strength_svg(points: list[dict], width: int = 480, bar_height: int = 22) -> str:
    """Horizontal bars as inline SVG (no script, labels escaped)."""
    values = [p["value"] for p in points if p.get("value") is not None]
    if not values:
        return "<p>no strength estimates</p>"
    top, label_width = max(values) or 1.0, 150
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{bar_height * len(points) + 4}'>"]
    for i, p in enumerate(points):
        y = i * bar_height + 2
        length = (width - label_width - 90) * p["value"] / top
        label = html.escape(f"{p['as_of']}")
        value = html.escape(figure(p["value"], p["hedge"], p.get("value_high")))
        parts.append(f"<text x='0' y='{y + 15}' font-size='12'>{label}</text>")
        parts.append(f"<rect x='{label_width}' y='{y}' width='{length:.1f}' height='{bar_height - 6}' fill='#4a6fa5'/>")
        parts.append(f"<text x='{label_width + length + 4:.1f}' y='{y + 15}' font-size='12'>{value}</text>")
    return "".join(parts) + "</svg>"


def plot_strength(profile, path: Path) -> None:
    """Strength estimates over time as a PNG or SVG file (matplotlib, no display needed)."""
    if path.suffix.lower() not in (".png", ".svg"):
        raise UsageError(f"--plot {path}: the file name must end in .png or .svg")
    if not profile.strength:
        raise UsageError(f"--plot {path}: {profile.actor.name} has no strength estimates to plot")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3.5))
    for p in profile.strength:
        marker = (
            "^"
            if p["hedge"] in ("more_than", "at_least")
            else ("v" if p["hedge"] in ("fewer_than", "at_most") else "o")
        )
        ax.plot(p["as_of_start"], p["value"], marker=marker, markersize=9, color="#4a6fa5")
        ax.annotate(
            f"{figure(p['value'], p['hedge'])} ({p['source']})",
            (p["as_of_start"], p["value"]),
            textcoords="offset points",
            xytext=(6, 6),
            fontsize=8,
        )
    ax.set_title(f"{profile.actor.name}: strength estimates by source")
    ax.set_ylabel(profile.strength[0].get("unit") or "fighters")
    ax.set_ylim(bottom=0, top=max(p["value"] for p in profile.strength) * 1.25)
    ax.margins(x=0.2)
    fig.autofmt_xdate()
    fig.tight_layout()
    try:
        fig.savefig(path)
    except OSError as exc:
        raise UsageError(f"--plot {path}: cannot write the file ({exc.strerror})") from None
    finally:
        plt.close(fig)
