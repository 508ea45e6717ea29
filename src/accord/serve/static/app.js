/* accord dashboard: vanilla JS + SVG, no external code.
 *
 * Views (hash routes):
 *   #/dyad?a=RUS&b=XSO&interval=month   relations curve of two actors; click a point for its events
 *   #/network?min=1                       who interacts with whom, edges coloured by mean Goldstein
 *   #/events?actor=&type=&...             event table with filters
 *   #/articles?q=                         article list
 *   #/article/ID?event=EVENT_ID           article text with events, quotes and places highlighted
 *
 * All text from the store is inserted with textContent / createTextNode, never as HTML.
 */
(function () {
  "use strict";

  var SVGNS = "http://www.w3.org/2000/svg";
  var QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
  var view = document.getElementById("view");
  var actorCache = null;

  // ------------------------------------------------------------------ helpers

  function el(tag, attrs) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVGNS, tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function setAttrs(node, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === "text") node.textContent = value;
      else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    });
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === "string" || typeof child === "number"
      ? document.createTextNode(String(child)) : child);
  }

  function query(params) {
    var parts = [];
    Object.keys(params || {}).forEach(function (key) {
      var value = params[key];
      if (value === null || value === undefined || value === "") return;
      parts.push(encodeURIComponent(key) + "=" + encodeURIComponent(value));
    });
    return parts.length ? "?" + parts.join("&") : "";
  }

  function api(path, params) {
    return fetch(path + query(params), { headers: { Accept: "application/json" } }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) throw new Error(body.error || ("HTTP " + response.status));
        return body;
      });
    });
  }

  function showError(err) {
    var box = document.getElementById("error");
    if (!err) { box.hidden = true; box.textContent = ""; return; }
    box.textContent = String(err.message || err);
    box.hidden = false;
  }

  function go(route, params) { location.hash = "#/" + route + query(params); }

  function parseHash() {
    var hash = location.hash.replace(/^#\/?/, "");
    var q = hash.indexOf("?");
    var path = q >= 0 ? hash.slice(0, q) : hash;
    var params = {};
    if (q >= 0) {
      hash.slice(q + 1).split("&").forEach(function (pair) {
        if (!pair) return;
        var eq = pair.indexOf("=");
        var key = decodeURIComponent(eq >= 0 ? pair.slice(0, eq) : pair);
        params[key] = eq >= 0 ? decodeURIComponent(pair.slice(eq + 1)) : "";
      });
    }
    var slash = path.indexOf("/");
    return { name: slash >= 0 ? path.slice(0, slash) : path,
             arg: slash >= 0 ? decodeURIComponent(path.slice(slash + 1)) : "", params: params };
  }

  // Goldstein -10 (conflict, red) .. 0 (grey) .. +10 (cooperation, green).
  function toneColour(value) {
    if (value === null || value === undefined) return "#9aa0a6";
    var t = Math.max(-1, Math.min(1, value / 10));
    var from = [154, 160, 166], to = t >= 0 ? [30, 132, 73] : [192, 57, 43];
    var k = Math.abs(t);
    var rgb = from.map(function (c, i) { return Math.round(c + (to[i] - c) * k); });
    return "rgb(" + rgb.join(",") + ")";
  }

  function fmt(value, digits) {
    return value === null || value === undefined ? "–" : Number(value).toFixed(digits === undefined ? 1 : digits);
  }

  function actorLabel(list) {
    return (list || []).map(function (a) { return (a.code || "?") + (a.sector || ""); }).join(", ") || "–";
  }

  function actors() {
    if (actorCache) return Promise.resolve(actorCache);
    return api("/api/actors", { limit: 1000 }).then(function (page) { actorCache = page.items; return actorCache; });
  }

  function eventTable(items, options) {
    options = options || {};
    var body = el("tbody");
    items.forEach(function (ev) {
      var row = el("tr", { class: "event-row", "data-event": ev.id, tabindex: 0, title: "Open the sentence in its article",
        onclick: function () { go("article/" + encodeURIComponent(ev.article_id), { event: ev.id }); },
        onkeydown: function (e) { if (e.key === "Enter") row.click(); } },
        el("td", null, ev.date || "–"),
        el("td", null, el("span", { class: "quad quad" + (ev.quad_class || 0), title: QUAD_NAMES[ev.quad_class] || "" },
          ev.event || "–")),
        el("td", null, ev.cameo || "–"),
        el("td", { class: "num" }, fmt(ev.goldstein)),
        el("td", null, actorLabel(ev.actor)),
        el("td", null, actorLabel(ev.recipient)),
        el("td", { class: "sentence" }, ev.sentence && ev.sentence.text ? ev.sentence.text.trim() : ""),
        options.showArticle ? el("td", null, ev.article_title || ev.article_id) : null);
      body.appendChild(row);
    });
    return el("table", { class: "events" },
      el("thead", null, el("tr", null, el("th", null, "date"), el("th", null, "event"), el("th", null, "CAMEO"),
        el("th", null, "Goldstein"), el("th", null, "actor"), el("th", null, "recipient"), el("th", null, "sentence"),
        options.showArticle ? el("th", null, "article") : null)),
      body);
  }

  // ------------------------------------------------------------------ dyad view

  function renderDyad(params) {
    var interval = params.interval || "month";
    var panel = el("section", { class: "dyad" });
    var controls = el("form", { class: "controls", id: "dyad-form" });
    var selA = el("select", { id: "actor-a", name: "a", "aria-label": "first actor" });
    var selB = el("select", { id: "actor-b", name: "b", "aria-label": "second actor" });
    var selI = el("select", { id: "interval", name: "interval", "aria-label": "interval" },
      ["day", "week", "month"].map(function (v) { return el("option", { value: v, selected: v === interval }, v); }));
    controls.appendChild(el("label", null, "Actor ", selA));
    controls.appendChild(el("label", null, "and ", selB));
    controls.appendChild(el("label", null, "by ", selI));
    controls.appendChild(el("button", { type: "submit", id: "show-dyad" }, "Show relations"));
    controls.addEventListener("submit", function (e) {
      e.preventDefault();
      go("dyad", { a: selA.value, b: selB.value, interval: selI.value });
    });
    panel.appendChild(el("h2", null, "Relations between two actors"));
    panel.appendChild(controls);
    var top = el("div", { class: "top-dyads" });
    panel.appendChild(top);
    var chartBox = el("div", { id: "chart", class: "chart" });
    panel.appendChild(chartBox);
    var periodBox = el("div", { id: "period-events" });
    panel.appendChild(periodBox);
    view.appendChild(panel);

    Promise.all([actors(), api("/api/dyads", { limit: 12 })]).then(function (res) {
      var list = res[0], dyads = res[1].items;
      [selA, selB].forEach(function (sel, i) {
        sel.appendChild(el("option", { value: "" }, i ? "— second actor —" : "— first actor —"));
        list.forEach(function (a) {
          sel.appendChild(el("option", { value: a.code }, a.code + (a.name ? " — " + a.name : "") + " (" + a.events + ")"));
        });
      });
      if (params.a) selA.value = params.a.toUpperCase();
      if (params.b) selB.value = params.b.toUpperCase();
      top.appendChild(el("span", null, "Most active pairs: "));
      dyads.forEach(function (d) {
        top.appendChild(el("a", { href: "#/dyad" + query({ a: d.a, b: d.b, interval: interval }), class: "chip",
          style: "border-color:" + toneColour(d.goldstein_mean) },
          (d.a_name || d.a) + " – " + (d.b_name || d.b) + " (" + d.events + ")"));
      });
      if (params.a && params.b) return loadSeries(params.a, params.b, interval, chartBox, periodBox);
      chartBox.appendChild(el("p", { class: "hint" }, "Pick two actors to see how their relations went over time."));
    }).catch(showError);
  }

  function loadSeries(a, b, interval, chartBox, periodBox) {
    chartBox.textContent = "Loading…";
    return api("/api/dyads/" + encodeURIComponent(a) + "/" + encodeURIComponent(b) + "/series", { interval: interval })
      .then(function (series) {
        chartBox.textContent = "";
        if (!series.points.length) {
          chartBox.appendChild(el("p", { class: "hint" }, "No dated events between these actors."));
          return;
        }
        chartBox.appendChild(el("h3", null, (series.a_name || series.a) + " – " + (series.b_name || series.b) +
          ": mean Goldstein score per " + interval));
        chartBox.appendChild(drawSeries(series, function (point) { showPeriod(series, point, periodBox); }));
        chartBox.appendChild(el("p", { class: "legend" },
          el("span", { class: "swatch coop" }), " cooperation (Goldstein > 0)  ",
          el("span", { class: "swatch conflict" }), " conflict (Goldstein < 0) — the line is the mean Goldstein score of " +
          "the period's events (the tone measure); bars below count events by QuadClass; dot size grows with the count." +
          (series.undated ? " " + series.undated + " undated event(s) are not shown." : "")));
      }).catch(function (err) { chartBox.textContent = ""; showError(err); });
  }

  function drawSeries(series, onPick) {
    var points = series.points;
    var W = 920, H = 380, left = 48, right = 16, top = 16, curveH = 220, gap = 34, barsH = 90;
    var innerW = W - left - right, pad = 36;  // keep the first and last point off the edges
    var step = points.length > 1 ? (innerW - 2 * pad) / (points.length - 1) : 0;
    function x(i) { return points.length > 1 ? left + pad + i * step : left + innerW / 2; }
    function y(g) { return top + (10 - g) / 20 * curveH; }
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, class: "series", role: "img",
      "aria-label": "relations curve" });
    root.appendChild(svg("rect", { x: left, y: top, width: innerW, height: curveH / 2, class: "band-coop" }));
    root.appendChild(svg("rect", { x: left, y: top + curveH / 2, width: innerW, height: curveH / 2, class: "band-conflict" }));
    root.appendChild(svg("text", { x: left + 6, y: top + 14, class: "band-label" }, "cooperation"));
    root.appendChild(svg("text", { x: left + 6, y: top + curveH - 6, class: "band-label" }, "conflict"));
    [10, 5, 0, -5, -10].forEach(function (g) {
      root.appendChild(svg("line", { x1: left, x2: left + innerW, y1: y(g), y2: y(g), class: g === 0 ? "zero" : "grid" }));
      root.appendChild(svg("text", { x: left - 6, y: y(g) + 4, class: "tick", "text-anchor": "end" }, String(g)));
    });
    // The curve joins the periods that have events; empty periods leave no gap in time but no point.
    var d = "";
    points.forEach(function (p, i) {
      if (p.goldstein_mean === null) return;
      d += (d ? " L" : "M") + x(i).toFixed(1) + " " + y(p.goldstein_mean).toFixed(1);
    });
    root.appendChild(svg("path", { d: d, class: "curve" }));
    // Event counts by QuadClass, stacked.
    var maxN = Math.max.apply(null, points.map(function (p) { return p.events; }).concat([1]));
    var barTop = top + curveH + gap;
    var barW = Math.max(2, Math.min(28, (points.length > 1 ? step : innerW) * 0.6));
    points.forEach(function (p, i) {
      var base = barTop + barsH;
      [1, 2, 3, 4].forEach(function (q) {
        var n = [0, p.verbal_cooperation, p.material_cooperation, p.verbal_conflict, p.material_conflict][q];
        if (!n) return;
        var h = n / maxN * barsH;
        base -= h;
        root.appendChild(svg("rect", { x: x(i) - barW / 2, y: base, width: barW, height: h, class: "bar quad" + q },
          svg("title", null, p.start + ": " + n + " " + QUAD_NAMES[q])));
      });
    });
    root.appendChild(svg("line", { x1: left, x2: left + innerW, y1: barTop + barsH, y2: barTop + barsH, class: "zero" }));
    root.appendChild(svg("text", { x: left - 6, y: barTop + 8, class: "tick", "text-anchor": "end" }, String(maxN)));
    // Period labels, thinned to about 12.
    var every = Math.max(1, Math.ceil(points.length / 12));
    points.forEach(function (p, i) {
      if (i % every) return;
      root.appendChild(svg("text", { x: x(i), y: top + curveH + 16, class: "tick", "text-anchor": "middle" },
        series.interval === "month" ? p.start.slice(0, 7) : p.start));
    });
    // Points last, so they are on top and clickable.
    points.forEach(function (p, i) {
      if (!p.events) return;
      var r = Math.min(14, 4 + 2.5 * Math.sqrt(p.events));
      var dot = svg("circle", { cx: x(i), cy: y(p.goldstein_mean === null ? 0 : p.goldstein_mean), r: r,
        class: "point", fill: toneColour(p.goldstein_mean), tabindex: 0, "data-period": p.start,
        "data-events": p.events },
        svg("title", null, p.start + " – " + p.end + ": " + p.events + " event(s), mean Goldstein " +
          fmt(p.goldstein_mean) + ", " + Math.round((p.cooperation_share || 0) * 100) + "% cooperative"));
      dot.addEventListener("click", function () {
        Array.prototype.forEach.call(root.querySelectorAll(".point.selected"), function (n) {
          n.classList.remove("selected");
        });
        dot.classList.add("selected");
        onPick(p);
      });
      dot.addEventListener("keydown", function (e) { if (e.key === "Enter") dot.dispatchEvent(new Event("click")); });
      root.appendChild(dot);
    });
    return root;
  }

  function showPeriod(series, point, box) {
    box.textContent = "Loading…";
    api("/api/dyads/" + encodeURIComponent(series.a) + "/" + encodeURIComponent(series.b) + "/events",
      { since: point.start, until: point.end, limit: 1000 }).then(function (page) {
      box.textContent = "";
      box.appendChild(el("h3", null, page.total + " event(s) between " + (series.a_name || series.a) + " and " +
        (series.b_name || series.b) + ", " + point.start + (point.end !== point.start ? " to " + point.end : "")));
      box.appendChild(el("p", { class: "hint" }, "Click an event to read its sentence in the article."));
      box.appendChild(eventTable(page.items, { showArticle: true }));
    }).catch(function (err) { box.textContent = ""; showError(err); });
  }

  // ------------------------------------------------------------------ network view

  function renderNetwork(params) {
    var min = params.min || 1;
    var panel = el("section", { class: "network" });
    var input = el("input", { type: "number", min: 1, value: min, id: "min-events", class: "narrow",
      "aria-label": "minimum events" });
    var form = el("form", { class: "controls", onsubmit: function (e) { e.preventDefault(); go("network", { min: input.value }); } },
      el("label", null, "Pairs with at least ", input, " event(s)"), el("button", { type: "submit" }, "Redraw"));
    panel.appendChild(el("h2", null, "Who interacts with whom"));
    panel.appendChild(form);
    var box = el("div", { class: "chart", id: "network" });
    panel.appendChild(box);
    panel.appendChild(el("p", { class: "legend" }, "Edge colour: mean Goldstein score of the pair's events (",
      el("span", { class: "swatch conflict" }), " conflict … ", el("span", { class: "swatch coop" }),
      " cooperation); width grows with the number of events. Click an edge for the pair's relations curve, " +
      "a node for its events."));
    view.appendChild(panel);
    Promise.all([api("/api/dyads", { limit: 1000, min_events: min }), actors()]).then(function (res) {
      var dyads = res[0].items, names = {};
      res[1].forEach(function (a) { names[a.code] = a.name; });
      if (!dyads.length) { box.appendChild(el("p", { class: "hint" }, "No interacting pairs.")); return; }
      box.appendChild(drawNetwork(dyads, names));
    }).catch(showError);
  }

  function drawNetwork(dyads, names) {
    var W = 920, H = 560;
    var nodes = {}, list = [];
    dyads.forEach(function (d) {
      [d.a, d.b].forEach(function (code) {
        if (!nodes[code]) { nodes[code] = { code: code, n: 0 }; list.push(nodes[code]); }
        nodes[code].n += d.events;
      });
    });
    // Deterministic start on a circle, then a few hundred steps of a simple force layout.
    list.forEach(function (node, i) {
      var angle = 2 * Math.PI * i / list.length;
      node.x = W / 2 + Math.cos(angle) * Math.min(W, H) * 0.35;
      node.y = H / 2 + Math.sin(angle) * Math.min(W, H) * 0.35;
    });
    var links = dyads.filter(function (d) { return d.a !== d.b; });
    for (var iter = 0; iter < 300; iter++) {
      var cool = 1 - iter / 300;
      list.forEach(function (p) { p.fx = 0; p.fy = 0; });
      for (var i = 0; i < list.length; i++) {
        for (var j = i + 1; j < list.length; j++) {
          var p = list[i], q = list[j];
          var dx = p.x - q.x, dy = p.y - q.y, dist2 = Math.max(dx * dx + dy * dy, 25);
          var f = 9000 / dist2;
          var dist = Math.sqrt(dist2);
          p.fx += f * dx / dist; p.fy += f * dy / dist;
          q.fx -= f * dx / dist; q.fy -= f * dy / dist;
        }
      }
      links.forEach(function (d) {
        var p = nodes[d.a], q = nodes[d.b];
        var dx = q.x - p.x, dy = q.y - p.y, dist = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        var f = (dist - 120) * 0.05;
        p.fx += f * dx / dist; p.fy += f * dy / dist;
        q.fx -= f * dx / dist; q.fy -= f * dy / dist;
      });
      list.forEach(function (p) {
        p.fx += (W / 2 - p.x) * 0.01; p.fy += (H / 2 - p.y) * 0.01;
        p.x = Math.max(40, Math.min(W - 40, p.x + Math.max(-20, Math.min(20, p.fx)) * cool));
        p.y = Math.max(30, Math.min(H - 30, p.y + Math.max(-20, Math.min(20, p.fy)) * cool));
      });
    }
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, class: "graph", role: "img", "aria-label": "actor network" });
    links.forEach(function (d) {
      var p = nodes[d.a], q = nodes[d.b];
      var line = svg("line", { x1: p.x, y1: p.y, x2: q.x, y2: q.y, class: "edge", stroke: toneColour(d.goldstein_mean),
        "stroke-width": Math.min(14, 1.5 + 2 * Math.log2(1 + d.events)), "data-dyad": d.a + "-" + d.b },
        svg("title", null, (d.a_name || d.a) + " – " + (d.b_name || d.b) + ": " + d.events + " event(s), mean Goldstein " +
          fmt(d.goldstein_mean) + " (" + d.a + "→" + d.b + " " + d.a_to_b + ", " + d.b + "→" + d.a + " " + d.b_to_a +
          ", joint " + d.joint + ")"));
      line.addEventListener("click", function () { go("dyad", { a: d.a, b: d.b, interval: "month" }); });
      root.appendChild(line);
    });
    list.forEach(function (node) {
      var g = svg("g", { class: "node", transform: "translate(" + node.x.toFixed(1) + "," + node.y.toFixed(1) + ")",
        "data-code": node.code },
        svg("circle", { r: Math.min(30, 15 + 2 * Math.sqrt(node.n)) }),
        svg("text", { y: 4, "text-anchor": "middle" }, node.code),
        svg("title", null, (names[node.code] || node.code) + ": " + node.n + " event(s) in these pairs"));
      g.addEventListener("click", function () { go("events", { involving: node.code }); });
      root.appendChild(g);
    });
    return root;
  }

  // ------------------------------------------------------------------ event table

  var EVENT_FILTERS = ["actor", "recipient", "involving", "type", "cameo", "quad_class", "since", "until", "q"];

  function renderEvents(params) {
    var limit = 50, offset = Math.max(0, parseInt(params.offset || "0", 10) || 0);
    var panel = el("section", { class: "events-view" });
    var form = el("form", { class: "controls filters", id: "event-filters" });
    var inputs = {};
    EVENT_FILTERS.forEach(function (name) {
      var input;
      if (name === "quad_class") {
        input = el("select", { name: name },
          el("option", { value: "" }, "any"),
          [1, 2, 3, 4].map(function (q) { return el("option", { value: q }, q + " " + QUAD_NAMES[q]); }));
      } else {
        input = el("input", { name: name, type: name === "since" || name === "until" ? "date" : "text", size: 10,
          placeholder: { actor: "RUS", recipient: "XSO", involving: "code or name", type: "AGREE", cameo: "05",
            q: "words in sentence" }[name] || "" });
      }
      input.value = params[name] || "";
      inputs[name] = input;
      form.appendChild(el("label", null, name.replace("_", " ") + " ", input));
    });
    form.appendChild(el("button", { type: "submit" }, "Filter"));
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var next = {};
      EVENT_FILTERS.forEach(function (name) { next[name] = inputs[name].value.trim(); });
      go("events", next);
    });
    panel.appendChild(el("h2", null, "Events"));
    panel.appendChild(form);
    var box = el("div", { id: "event-results" });
    panel.appendChild(box);
    view.appendChild(panel);
    var filters = { limit: limit, offset: offset };
    EVENT_FILTERS.forEach(function (name) { if (params[name]) filters[name] = params[name]; });
    api("/api/events", filters).then(function (page) {
      box.appendChild(el("p", { class: "hint" }, page.total + " event(s)" +
        (page.total ? ", showing " + (offset + 1) + "–" + (offset + page.items.length) : "")));
      box.appendChild(eventTable(page.items, { showArticle: true }));
      var nav = el("p", { class: "pager" });
      function pageLink(label, at) {
        var next = Object.assign({}, params, { offset: at });
        return el("a", { href: "#/events" + query(next) }, label);
      }
      if (offset > 0) nav.appendChild(pageLink("← previous", Math.max(0, offset - limit)));
      if (offset + limit < page.total) nav.appendChild(pageLink("next →", offset + limit));
      box.appendChild(nav);
    }).catch(showError);
  }

  // ------------------------------------------------------------------ articles

  function renderArticles(params) {
    var panel = el("section");
    var input = el("input", { type: "search", name: "q", value: params.q || "", placeholder: "title or text" });
    panel.appendChild(el("h2", null, "Articles"));
    panel.appendChild(el("form", { class: "controls", onsubmit: function (e) { e.preventDefault(); go("articles", { q: input.value }); } },
      input, el("button", { type: "submit" }, "Search")));
    var list = el("ul", { class: "articles" });
    panel.appendChild(list);
    view.appendChild(panel);
    api("/api/articles", { q: params.q, limit: 200 }).then(function (page) {
      page.items.forEach(function (a) {
        list.appendChild(el("li", null, el("a", { href: "#/article/" + encodeURIComponent(a.id) }, a.title || a.id),
          " ", el("span", { class: "meta" }, (a.date || "undated") + " · " + a.events + " event(s), " + a.quotes +
            " quote(s)" + (a.duplicate_of ? " · near-duplicate of " + a.duplicate_of : ""))));
      });
      if (!page.items.length) list.appendChild(el("li", null, "No articles."));
    }).catch(showError);
  }

  function renderArticle(id, params) {
    var panel = el("section", { class: "article-view" });
    view.appendChild(panel);
    api("/api/articles/" + encodeURIComponent(id)).then(function (art) {
      var focusId = params.event || null;
      panel.appendChild(el("h2", null, art.title || art.id));
      panel.appendChild(el("p", { class: "meta" }, (art.date || "undated") + " · " + (art.source || ""),
        art.url && /^https?:\/\//.test(art.url) ? [" · ", el("a", { href: art.url, rel: "noopener noreferrer" }, "source")] : null,
        art.duplicate_of ? " · near-duplicate of " + art.duplicate_of : null));
      panel.appendChild(el("p", { class: "legend" },
        el("span", { class: "mark sentence-mark" }, "event sentence"), " ",
        el("span", { class: "mark trigger-mark" }, "trigger"), " ",
        el("span", { class: "mark actor-mark" }, "actor"), " ",
        el("span", { class: "mark quote-mark" }, "quote"), " ",
        el("span", { class: "mark place-mark" }, "place")));
      var layout = el("div", { class: "article-layout" });
      var textBox = el("div", { class: "article-text", id: "article-text" });
      layout.appendChild(textBox);
      var side = el("aside", { class: "article-side" });
      layout.appendChild(side);
      panel.appendChild(layout);
      renderText(art, focusId, textBox);
      side.appendChild(el("h3", null, art.events.length + " event(s)"));
      var evList = el("ol", { class: "side-events" });
      art.events.forEach(function (ev) {
        var item = el("li", { class: ev.id === focusId ? "current" : null, "data-event": ev.id },
          el("a", { href: "#/article/" + encodeURIComponent(art.id) + query({ event: ev.id }) },
            ev.event + " " + (ev.cameo || "") + ": " + actorLabel(ev.actor) + " → " + actorLabel(ev.recipient)),
          el("div", { class: "meta" }, "Goldstein " + fmt(ev.goldstein) + " · " + (QUAD_NAMES[ev.quad_class] || "") +
            (ev.modality.negated ? " · negated" : "") + (ev.modality.hypothetical ? " · hypothetical" : "") +
            (ev.modality.future ? " · future" : "") + (ev.location && ev.location.name ? " · " + ev.location.name : "")),
          ev.id === focusId && ev.explanation ? el("div", { class: "explanation" }, ev.explanation) : null);
        evList.appendChild(item);
      });
      side.appendChild(evList);
      side.appendChild(el("h3", null, art.quotes.length + " quote(s)"));
      side.appendChild(el("ol", { class: "side-quotes" }, art.quotes.map(function (q) {
        return el("li", null, el("b", null, (q.speaker && q.speaker.name) || "unknown speaker"), ": ",
          (q.content.text || "").slice(0, 140) + ((q.content.text || "").length > 140 ? "…" : ""));
      })));
      var places = {};
      art.locations.forEach(function (l) { if (l.name) places[l.name] = l; });
      side.appendChild(el("h3", null, Object.keys(places).length + " place(s)"));
      side.appendChild(el("ul", { class: "side-places" }, Object.keys(places).map(function (name) {
        var l = places[name];
        return el("li", null, name + " (" + (l.country || "?") + ")" +
          (l.lat !== null && l.lon !== null ? " " + fmt(l.lat, 2) + ", " + fmt(l.lon, 2) : ""));
      })));
      var focused = textBox.querySelector(".focus");
      if (focused) focused.scrollIntoView({ block: "center" });
    }).catch(showError);
  }

  // Split the text at every annotation boundary; each piece carries the classes of all
  // annotations covering it, so overlapping spans need no nesting.
  function renderText(art, focusId, box) {
    var text = art.text, n = text.length, marks = [];
    function add(start, end, cls, data) {
      if (typeof start !== "number" || typeof end !== "number") return;
      start = Math.max(0, Math.min(n, start)); end = Math.max(0, Math.min(n, end));
      if (end > start) marks.push({ start: start, end: end, cls: cls, data: data || null });
    }
    art.events.forEach(function (ev) {
      add(ev.sentence.start, ev.sentence.end, ev.id === focusId ? "sentence focus" : "sentence", ev.id);
      if (ev.trigger) add(ev.trigger.start, ev.trigger.end, "trigger", ev.id);
      (ev.actor || []).concat(ev.recipient || []).forEach(function (a) { add(a.start, a.end, "actor"); });
    });
    art.quotes.forEach(function (q) {
      add(q.content.start, q.content.end, "quote");
      if (q.speaker && q.speaker.mention) add(q.speaker.mention.start, q.speaker.mention.end, "speaker");
    });
    art.locations.forEach(function (l) { add(l.start, l.end, "place"); });
    var cuts = [0, n];
    marks.forEach(function (m) { cuts.push(m.start, m.end); });
    cuts = cuts.filter(function (v, i, all) { return all.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i < cuts.length - 1; i++) {
      var s = cuts[i], e = cuts[i + 1], classes = {}, eventIds = [];
      marks.forEach(function (m) {
        if (m.start <= s && m.end >= e) {
          m.cls.split(" ").forEach(function (c) { classes[c] = true; });
          if (m.data && eventIds.indexOf(m.data) < 0) eventIds.push(m.data);
        }
      });
      var names = Object.keys(classes);
      var piece = text.slice(s, e);
      if (!names.length) { box.appendChild(document.createTextNode(piece)); continue; }
      var span = el("span", { class: names.join(" "), "data-events": eventIds.join(" ") || null }, piece);
      if (eventIds.length) {
        span.addEventListener("click", (function (ids) {
          return function () { go("article/" + encodeURIComponent(art.id), { event: ids[0] }); };
        })(eventIds));
      }
      box.appendChild(span);
    }
  }

  // ------------------------------------------------------------------ router

  function render() {
    showError(null);
    var route = parseHash();
    view.textContent = "";
    Array.prototype.forEach.call(document.querySelectorAll("nav a[data-view]"), function (a) {
      a.classList.toggle("active", a.getAttribute("data-view") === (route.name === "article" ? "articles" : route.name || "dyad"));
    });
    if (route.name === "network") renderNetwork(route.params);
    else if (route.name === "events") renderEvents(route.params);
    else if (route.name === "articles") renderArticles(route.params);
    else if (route.name === "article" && route.arg) renderArticle(route.arg, route.params);
    else renderDyad(route.params);
  }

  window.addEventListener("hashchange", render);
  api("/api/info").then(function (info) {
    document.getElementById("store-info").textContent = info.counts.articles + " articles · " + info.counts.events +
      " events · " + (info.read_only ? "read-only" : "accepting articles") + " · accord " + info.version;
  }).catch(function () {});
  render();
})();
