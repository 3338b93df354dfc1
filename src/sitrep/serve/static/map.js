// The events map: Leaflet over Natural Earth outlines (or a configured tile server), points clustered when
// dense, sized by fatalities on a capped square-root scale, and a date-range slider. Report text is only ever
// set as textContent, never as markup. Without Leaflet the server-drawn SVG map stays as it is.
"use strict";

(function () {
  const box = document.getElementById("event-map");
  if (!box || !window.L || !L.markerClusterGroup) return;

  const radius = (fatalities) => Math.min(5 + 2 * Math.sqrt(Math.max(fatalities || 0, 0)), 16);

  function popup(point) {
    const body = document.createElement("div");
    const link = document.createElement("a");
    link.href = point.href;
    link.textContent = `${point.date || "?"} ${point.type} in ${point.place || "?"}`;
    const detail = document.createElement("div");
    const killed = point.fatalities === null ? "fatalities unknown" : `${point.fatalities} killed`;
    detail.textContent = `${killed}; ${point.reports} report(s)`;
    body.append(link, detail);
    return body;
  }

  function marker(point) {
    const circle = L.circleMarker([point.lat, point.lon], {
      radius: radius(point.fatalities), color: "#333", weight: 1,
      fillColor: point.colour, fillOpacity: 0.7, className: "event-point",
    });
    circle.bindPopup(() => popup(point));
    circle.date = point.date;
    return circle;
  }

  function dateRange(markers, cluster) {
    const dates = [...new Set(markers.map((m) => m.date).filter(Boolean))].sort();
    const panel = document.getElementById("range");
    const from = document.getElementById("range-from");
    const to = document.getElementById("range-to");
    const label = document.getElementById("range-label");
    const show = () => {
      if (+from.value > +to.value) [from.value, to.value] = [to.value, from.value];
      const first = dates[+from.value];
      const last = dates[+to.value];
      const shown = markers.filter((m) => !m.date || !first || (m.date >= first && m.date <= last));
      cluster.clearLayers();
      cluster.addLayers(shown);
      box.dataset.shown = String(shown.length);
      label.textContent = first ? `${first} to ${last}: ${shown.length} events` : `${shown.length} events`;
    };
    if (dates.length > 1) {
      from.max = to.max = String(dates.length - 1);
      to.value = String(dates.length - 1);
      from.addEventListener("input", show);
      to.addEventListener("input", show);
      panel.hidden = false;
    }
    show();
  }

  async function json(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }

  async function draw() {
    const [points, world] = await Promise.all([json(box.dataset.points), json(box.dataset.world)]);
    box.replaceChildren();
    box.classList.add("interactive");
    const map = L.map(box, { worldCopyJump: true, minZoom: 1, maxZoom: 14 });
    if (box.dataset.tiles) {
      L.tileLayer(box.dataset.tiles, { maxZoom: 14, attribution: "tiles: configured server" }).addTo(map);
    } else {
      L.geoJSON(world, {
        interactive: false,
        style: { className: "country", color: "#999", weight: 0.6, fillColor: "#fff", fillOpacity: 1 },
      }).addTo(map);
    }
    const markers = points.map(marker);
    const cluster = L.markerClusterGroup({ maxClusterRadius: 40, chunkedLoading: true });
    map.addLayer(cluster);
    dateRange(markers, cluster);
    if (markers.length) {
      map.fitBounds(L.latLngBounds(markers.map((m) => m.getLatLng())).pad(0.3), { maxZoom: 8 });
    } else {
      map.setView([15, 20], 2);
    }
    const zoom = () => { box.dataset.zoom = String(map.getZoom()); };
    map.on("zoomend", zoom);
    zoom();
    box.dataset.ready = "1";
  }

  draw().catch((error) => { box.dataset.error = String(error); });
})();
