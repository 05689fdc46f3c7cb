/* newsline: the page script. It waits for plotly.js and the page script's parts, draws the
   page's timeline from its JSON block, ties chart marks to the list, and wires the parts to the
   drawn chart: the filters and the view kept in the address (?topics=…&from=…&to=…, so a view
   can be shared and survives a reload; newsline-filters.js), the zoom buttons, keys and
   previewed range gestures (newsline-gestures.js) and the overview strip under the plot
   (newsline-overview.js). The parts only define functions on window.newsline, so they load
   async in any order. The list below the chart works on its own: without these scripts the
   controls stay hidden and every event is listed. */
(function () {
  "use strict";
  var html = document.documentElement;
  html.classList.add("js");
  var ns = window.newsline = window.newsline || {};
  ns.loaded = ns.loaded || {}; // each part's file name, once it has run
  var PARTS = ["newsline-filters.js", "newsline-gestures.js", "newsline-overview.js"];
  var DAY = 86400000;

  function cssColor(el, property) {
    return window.getComputedStyle(el).getPropertyValue(property).trim();
  }

  /* The event's list entry, focused; on a page whose list is split by period
     (newsline/render/paging.py) the entry may be on another page, `href`. */
  function jumpTo(id, href) {
    var entry = document.getElementById("event-" + id);
    if (!entry) {
      if (href) {
        window.location.href = href + "#event-" + id;
      }
      return;
    }
    if (window.location.hash !== "#event-" + id) {
      window.location.hash = "event-" + id;
    }
    entry.focus({ preventScroll: true });
  }

  /* Date-axis values are "YYYY-MM-DD[ HH:MM[:SS]]" in UTC, or milliseconds. */
  function toMs(value) {
    if (typeof value === "number") {
      return value;
    }
    var text = String(value).replace(" ", "T");
    return Date.parse(text.length <= 10 ? text + "T00:00:00Z" : text + "Z");
  }

  function toAxis(ms) {
    return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
  }

  ns.DAY = DAY;
  ns.toMs = toMs;
  ns.toAxis = toAxis;

  function themeLayout(layout, div) {
    var fg = cssColor(div, "color");
    layout.font = layout.font || {};
    layout.font.color = fg;
    layout.hoverlabel = layout.hoverlabel || {};
    layout.hoverlabel.bgcolor = cssColor(document.body, "--bg") || "#ffffff";
    layout.hoverlabel.bordercolor = cssColor(document.body, "--line") || fg;
    layout.hoverlabel.font = { color: fg };
  }

  // Very large charts come counted per week or month (newsline/render/aggregate.py); once the
  // visible range holds few enough events, their own marks replace the counts, and zooming
  // back out brings the counts back.
  function expandOnZoom(gd, payload) {
    var agg = payload.aggregate;
    var counted = gd.data.slice();
    var busy = false;
    function update(change) {
      if (busy || !movesRange(change)) {
        return;
      }
      var range = gd.layout.xaxis.range;
      var from = String(range[0]).slice(0, 10);
      var to = String(range[1]).slice(0, 10);
      var rows = agg.detail.filter(function (r) { return r[1] >= from && r[0] <= to; });
      var data = counted;
      if (rows.length <= agg.limit) {
        data = [{
          type: "scatter", mode: "markers", showlegend: false, meta: ["event"],
          x: rows.map(function (r) { return r[0] + " 12:00"; }),
          y: rows.map(function (r) { return r[2]; }),
          marker: { size: 9, opacity: 0.85,
                    color: rows.map(function (r) { return agg.colors[r[2]]; }) },
          customdata: rows.map(function (r) { return [r[3], "", "", r[4]]; }),
          hovertemplate: "<b>%{customdata[0]}</b><extra></extra>"
        }];
      }
      busy = true;
      window.Plotly.react(gd, data, gd.layout, payload.config).then(function () { busy = false; });
    }
    gd.on("plotly_relayout", update);
    return update;
  }

  function movesRange(change) {
    return Object.keys(change || {}).some(function (key) {
      return key === "xaxis.range" || key.indexOf("xaxis.range[") === 0 ||
        key === "xaxis.autorange";
    });
  }

  function draw() {
    var block = document.getElementById("chart-data");
    var div = document.getElementById("chart");
    var partsRan = PARTS.every(function (name) { return ns.loaded[name]; });
    if (!block || !div || typeof window.Plotly === "undefined" || !partsRan) {
      html.classList.add("no-chart");
      return;
    }
    var Plotly = window.Plotly;
    var payload = JSON.parse(block.textContent);
    var traces = JSON.parse(block.textContent).figure.data; // untouched by Plotly
    var section = div.closest(".timeline");
    // Drawn before the list below is parsed, the chart starts unfiltered; the filters, which
    // need every list entry, are set up once the document is parsed.
    var model = section && document.readyState !== "loading" ? ns.filterModel(section) : null;
    var restored = model ? ns.readView(model) : null; // sets the filters the address names
    var chosen = model ? model.match() : { ids: null };
    if (payload.locale) {
      Plotly.register({
        moduleType: "locale", name: payload.locale.name, dictionary: {}, format: payload.locale
      });
    }
    var layout = payload.figure.layout;
    var full = layout.xaxis.range.slice();
    if (restored) {
      layout.xaxis.range = restored.slice();
    }
    themeLayout(layout, div);
    if (div.clientWidth < 600) {
      layout.height += payload.legendHeight || 0; // the legend wraps to a second row
    }
    // The range slider is the page's own strip under the plot (newsline-overview.js), not Plotly's.
    var slider = layout.xaxis.rangeslider;
    var sliderHeight = 0;
    if (slider && slider.visible) {
      layout.xaxis.rangeslider = { visible: false };
      sliderHeight = Math.max(28, Math.round((slider.thickness || 0.15) * (layout.height - 60)));
      layout.height -= sliderHeight;
      // room for the date labels under the axis, which Plotly's slider used to make
      layout.margin = Object.assign({}, layout.margin, { b: (layout.margin || {}).b + 24 });
    }
    var data = chosen.ids ? ns.visibleTraces(traces, chosen.ids) : payload.figure.data;
    Plotly.newPlot(div, data, layout, payload.config).then(function (gd) {
      if (window.performance && performance.mark) {
        performance.mark("newsline:chart-drawn"); // read by scripts/bench_pages.py
      }
      ns.styleOnlyWhenChanged(gd);
      var preview = ns.rangePreview(gd);
      // a pointer on the plot (Plotly's own drag, a click) meets the range a gesture reached,
      // and so does Plotly's redraw for a new window size (which would keep the moved layer)
      gd.addEventListener("pointerdown", preview.settle, true);
      window.addEventListener("resize", preview.settle);
      var repaintOverview = function () {};
      if (sliderHeight) {
        repaintOverview = ns.overviewStrip(gd, div, data, slider.range || full, sliderHeight,
                                           layout.yaxis.range.slice(), preview);
      }
      if (payload.aggregate && payload.aggregate.detail) { // none where dots open list pages
        var expand = expandOnZoom(gd, payload);
        if (restored) {
          expand({ "xaxis.range": restored });
        }
      }
      gd.on("plotly_click", function (event) {
        var point = event && event.points && event.points[0];
        if (point && point.customdata && point.customdata[3]) {
          jumpTo(point.customdata[3], payload.pages && payload.pages[point.customdata[4]]);
        }
      });
      if (section) {
        whenParsed(function () {
          setupControls(gd, section, model || ns.filterModel(section), restored, traces, full,
                        payload, repaintOverview, preview);
        });
      } else {
        html.classList.add("chart-drawn");
      }
      if (window.matchMedia) {
        window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", function () {
          themeLayout(gd.layout, div);
          preview.settle();
          Plotly.relayout(gd, { font: gd.layout.font, hoverlabel: gd.layout.hoverlabel });
        });
      }
    });
  }

  /* The filters, zoom buttons and address of a drawn chart. */
  function setupControls(gd, section, model, restored, traces, full, payload, repaintOverview,
                         preview) {
    var Plotly = window.Plotly;
    var shown = restored;
    function followRange() {
      shown = ns.rangeOfView(gd.layout.xaxis.range, full);
      ns.writeView(model, shown);
    }
    ns.setupFilters(model, function (ids) {
      if (preview.cancel()) { // the redraw below draws the range a gesture reached
        shown = ns.rangeOfView(gd.layout.xaxis.range, full);
      }
      ns.writeView(model, shown);
      var shownTraces = ns.visibleTraces(traces, ids);
      Plotly.react(gd, shownTraces, gd.layout, payload.config);
      repaintOverview(shownTraces);
    });
    gd.on("plotly_relayout", function (change) {
      if (movesRange(change)) {
        followRange();
      }
    });
    ns.setupRanges(section, gd, full, restored, preview);
    Array.prototype.forEach.call(section.querySelectorAll("[hidden]"), function (el) {
      if (el.classList.contains("chart-controls") || el.id === "chart-keys") {
        el.hidden = false;
      }
    });
    html.classList.add("chart-drawn"); // drawn and settled, slider and controls included
  }

  function whenParsed(then) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", then);
    } else {
      then();
    }
  }

  /* Every script loads async: the chart is drawn as soon as plotly.js and the parts have run
     and the chart's JSON block is parsed, while the (long) event list below it is still being
     parsed. A view in the address needs the list's filters first, so it waits for the page. */
  function chartParsed() {
    var block = document.getElementById("chart-data");
    var section = block && block.closest(".timeline");
    return document.readyState !== "loading" ||
      !!(section && section.nextElementSibling && !window.location.search);
  }

  /* The scripts the page names before this one (base.html), each with whether it has run. */
  var awaited = [["plotly.min.js", function () { return typeof window.Plotly !== "undefined"; }]]
    .concat(PARTS.map(function (name) {
      return [name, function () { return !!ns.loaded[name]; }];
    }))
    .map(function (pair) {
      return { tag: document.querySelector("script[src$='" + pair[0] + "']"), ran: pair[1] };
    })
    .filter(function (script) { return script.tag; });
  var started = false;

  function start() {
    if (started) {
      return;
    }
    if (awaited.some(function (s) { return !s.ran() && !s.tag.dataset.failed; })) {
      return; // its load (or error) event calls again
    }
    if (!chartParsed()) {
      return whenParsed(start);
    }
    started = true;
    draw();
  }

  awaited.forEach(function (script) {
    script.tag.addEventListener("load", start);
    script.tag.addEventListener("error", function () {
      script.tag.dataset.failed = "1";
      start();
    });
  });
  /* A script that failed before this one ran fired its error unheard; the window's load waits
     for every async script, so what has not run by then never will. */
  window.addEventListener("load", function () {
    awaited.forEach(function (script) {
      if (!script.ran()) {
        script.tag.dataset.failed = "1";
      }
    });
    start();
  });
  start();
})();
