// The workbench's charts. Data comes from the JSON API; text goes into the page with
// textContent only (never innerHTML), so article text cannot inject markup.
(function () {
  "use strict";
  const QUADS = {"1": "Verbal cooperation", "2": "Material cooperation",
                 "3": "Verbal conflict", "4": "Material conflict"};
  const COLORS = {"1": "#81c784", "2": "#2e7d32", "3": "#ef9a9a", "4": "#c62828"};

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function periodRange(period, interval) {
    if (interval === "year") return [period + "-01-01", period + "-12-31"];
    if (interval === "month") return [period + "-01", period + "-31"];
    // week "2020-W37": Monday of that week (%W: weeks start on Monday, week 0 before)
    const [y, w] = period.split("-W").map(Number);
    const jan1 = new Date(Date.UTC(y, 0, 1));
    const firstMonday = new Date(jan1);
    firstMonday.setUTCDate(1 + ((8 - jan1.getUTCDay()) % 7));
    const start = new Date(firstMonday);
    start.setUTCDate(firstMonday.getUTCDate() + 7 * (w - 1));
    const end = new Date(start);
    end.setUTCDate(start.getUTCDate() + 6);
    return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
  }

  async function showPeriod(box, a, b, period, interval) {
    const [from, to] = periodRange(period, interval);
    box.replaceChildren(el("h2", "Events " + period));
    const url = "/api/events?" + new URLSearchParams({dyad: a + "," + b, date_from: from,
                                                      date_to: to, limit: "100"});
    const data = await (await fetch(url)).json();
    const articles = new Set();
    for (const e of data.events) {
      const row = el("div", null, "event");
      const link = el("a", `${e.date} ${e.source_code} → ${e.target_code || "–"} ${e.code} ${e.name || ""}`);
      link.href = "/events/" + e.id;
      row.append(link, el("p", e.sentence || "", "sentence"));
      box.append(row);
      if (e.article_id) articles.add(e.article_id);
    }
    if (!data.events.length) box.append(el("p", "No events."));
    const quotes = el("div");
    quotes.append(el("h3", "Quotes in these articles"));
    for (const id of articles) {
      const q = await (await fetch("/api/quotes?" + new URLSearchParams({article: id, limit: "20"}))).json();
      for (const x of q.quotes) {
        if (x.partial) continue;
        quotes.append(el("p", `“${x.text}” — ${x.speaker_name || "speaker unknown"}`, "quote"));
      }
    }
    box.append(quotes);
  }

  async function dyadChart(div) {
    const a = div.dataset.a, b = div.dataset.b, interval = div.dataset.interval;
    const data = await (await fetch(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}?interval=${interval}`)).json();
    const x = data.series.map(p => p.period);
    const traces = Object.keys(QUADS).map(q => ({
      type: "bar", name: QUADS[q], x: x, y: data.series.map(p => p.quad[q] || 0),
      marker: {color: COLORS[q]}}));
    traces.push({type: "scatter", mode: "lines+markers", name: "Goldstein (sum)", x: x,
                 y: data.series.map(p => p.goldstein), yaxis: "y2", line: {color: "#333"}});
    const layout = {barmode: "stack", margin: {t: 30}, title: `${a} – ${b}`,
                    yaxis: {title: "events"}, yaxis2: {title: "Goldstein", overlaying: "y", side: "right"},
                    legend: {orientation: "h"}};
    await Plotly.newPlot(div, traces, layout, {displaylogo: false, responsive: true});
    div.dataset.ready = "1";
    const box = document.getElementById("period-events");
    div.on("plotly_click", ev => showPeriod(box, a, b, ev.points[0].x, interval));
    if (x.length) showPeriod(box, a, b, x[x.length - 1], interval);
  }

  function networkChart(div) {
    const net = JSON.parse(document.getElementById("network-data").textContent);
    const pos = {};
    for (const n of net.nodes) pos[n.id] = n;
    const traces = [];
    for (const e of net.edges) {
      const s = pos[e.source], t = pos[e.target];
      if (!s || !t) continue;
      const g = Math.max(-10, Math.min(10, e.goldstein));
      const color = g >= 0 ? `rgba(46,125,50,${0.3 + g / 15})` : `rgba(198,40,40,${0.3 - g / 15})`;
      traces.push({type: "scatter", mode: "lines", x: [s.x, t.x], y: [s.y, t.y],
                   line: {width: 1 + Math.log2(1 + e.events), color: color}, hoverinfo: "text",
                   text: `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${e.goldstein}`,
                   showlegend: false});
    }
    traces.push({type: "scatter", mode: "markers+text", x: net.nodes.map(n => n.x),
                 y: net.nodes.map(n => n.y), text: net.nodes.map(n => n.id),
                 textposition: "top center", hoverinfo: "text",
                 marker: {size: net.nodes.map(n => 8 + 4 * Math.log2(1 + n.events)), color: "#4a90d9"},
                 showlegend: false});
    Plotly.newPlot(div, traces, {margin: {t: 10}, xaxis: {visible: false}, yaxis: {visible: false},
                                 hovermode: "closest"}, {displaylogo: false, responsive: true})
      .then(() => { div.dataset.ready = "1"; });
  }

  const dyad = document.getElementById("dyad-chart");
  if (dyad) dyadChart(dyad);
  const network = document.getElementById("network-chart");
  if (network) networkChart(network);
})();
