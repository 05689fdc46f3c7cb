/* newsline: draws a page's timeline from its JSON block, ties chart marks to the list, and runs
   the page's filters and zoom buttons, keeping them in the address (?topics=…&from=…&to=…) so a
   view can be shared and survives a reload. The list below the chart works on its own: without
   this script the controls stay hidden and every event is listed. */
(function () {
  "use strict";
  var html = document.documentElement;
  html.classList.add("js");
  var DAY = 86400000;
  var FILTERED = { event: true, "open-end": true }; // traces whose points are events

  function cssColor(el, property) {
    return window.getComputedStyle(el).getPropertyValue(property).trim();
  }

  function jumpTo(id) {
    var entry = document.getElementById("event-" + id);
    if (!entry) {
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

  function themeLayout(layout, div) {
    var fg = cssColor(div, "color");
    layout.font = layout.font || {};
    layout.font.color = fg;
    layout.hoverlabel = layout.hoverlabel || {};
    layout.hoverlabel.bgcolor = cssColor(document.body, "--bg") || "#ffffff";
    layout.hoverlabel.bordercolor = cssColor(document.body, "--line") || fg;
    layout.hoverlabel.font = { color: fg };
  }

  /* The payload's traces restricted to the visible event ids (all of them when ids is null). */
  function visibleTraces(traces, ids) {
    return traces.map(function (trace) {
      if (!ids || !trace.meta || !FILTERED[trace.meta[0]]) {
        return trace;
      }
      var keep = [];
      trace.customdata.forEach(function (row, i) {
        if (ids[row[3]]) {
          keep.push(i);
        }
      });
      var pick = function (list) {
        return Array.isArray(list) ? keep.map(function (i) { return list[i]; }) : list;
      };
      var copy = Object.assign({}, trace);
      ["x", "y", "base", "customdata"].forEach(function (key) {
        copy[key] = pick(trace[key]);
      });
      if (trace.marker) {
        copy.marker = Object.assign({}, trace.marker);
        Object.keys(copy.marker).forEach(function (key) { // per-point colours, angles, ...
          copy.marker[key] = pick(copy.marker[key]);
        });
      }
      return copy;
    });
  }

  /* The page's filter choices against its list entries: which entries every chosen value fits. */
  function filterModel(section) {
    var form = section.querySelector(".filters");
    var entries = Array.prototype.slice.call(document.querySelectorAll("ol.events > li"));
    var selects = form ? Array.prototype.slice.call(form.querySelectorAll("select[data-facet]")) : [];
    var facets = entries.map(function (li) {
      try {
        return JSON.parse(li.getAttribute("data-facets") || "{}");
      } catch (e) {
        return {};
      }
    });
    return {
      form: form,
      entries: entries,
      selects: selects,
      /* {ids, shown}: the matching entries' event ids, ids null when every entry matches */
      match: function () {
        var ids = {};
        var shown = 0;
        entries.forEach(function (li, i) {
          var fits = selects.every(function (select) {
            var values = facets[i][select.getAttribute("data-facet")] || [];
            return !select.value || values.indexOf(select.value) >= 0;
          });
          li.hidden = !fits;
          if (fits) {
            ids[li.id.slice("event-".length)] = true;
            shown += 1;
          }
        });
        return { ids: shown === entries.length ? null : ids, shown: shown };
      }
    };
  }

  /* The view in the address: one parameter per chosen filter, from and to for a zoomed range.
     Only ever replaced, never pushed, so the back button leaves the page as before. */
  var DATE = /^\d{4}-\d{2}-\d{2}$/;

  function readView(model) {
    var params = new URLSearchParams(window.location.search);
    model.selects.forEach(function (select) {
      var value = params.get(select.getAttribute("data-facet"));
      var offered = Array.prototype.some.call(select.options, function (o) {
        return o.value === value;
      });
      if (value && offered) {
        select.value = value;
      }
    });
    var from = params.get("from");
    var to = params.get("to");
    return DATE.test(from || "") && DATE.test(to || "") && from < to ? [from, to] : null;
  }

  function writeView(model, range) {
    var params = new URLSearchParams(window.location.search);
    model.selects.forEach(function (select) {
      var facet = select.getAttribute("data-facet");
      if (select.value) {
        params.set(facet, select.value);
      } else {
        params.delete(facet);
      }
    });
    if (range) {
      params.set("from", range[0]);
      params.set("to", range[1]);
    } else {
      params.delete("from");
      params.delete("to");
    }
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    if (url !== window.location.pathname + window.location.search + window.location.hash) {
      try {
        window.history.replaceState(window.history.state, "", url);
      } catch (e) {
        // a browser that refuses (some do for file: pages) keeps the view without the address
      }
    }
  }

  function setupFilters(model, onChange) {
    var form = model.form;
    if (!form) {
      return;
    }
    var status = form.querySelector(".filter-status");

    function apply(initial) {
      var result = model.match();
      if (status) {
        status.textContent = status.getAttribute("data-template")
          .replace("{shown}", result.shown).replace("{total}", model.entries.length);
      }
      if (initial !== true) {
        onChange(result.ids);
      }
    }

    form.addEventListener("change", apply);
    var reset = form.querySelector(".filter-reset");
    if (reset) {
      reset.addEventListener("click", function () {
        model.selects.forEach(function (select) {
          select.value = "";
        });
        apply();
      });
    }
    apply(true);
  }

  /* A range shown at once by moving what is already drawn. A redraw restyles every mark (about
     0.1 ms each), too slow for each step of a held key or a dragged overview window; so during
     such a gesture the plot's layer is shifted and stretched to the new range as Plotly's own
     drag pan does (markers keep their shape, grid lines, tick labels and shapes placed by date
     move along), and the chart is redrawn once, when the gesture settles: SETTLE_MS after its
     last step, or at once when asked (a released pointer). */
  var SETTLE_MS = 150;
  var TRANSLATE_X = /translate\(\s*([-+\d.e]+)/;

  function rangePreview(gd) {
    var saved = new Map(); // element -> [transform, visibility] before the gesture
    var target = null; // the range the gesture has reached, axis values
    var frame = null;
    var timer = null;
    var pointScale = 1;
    var followers = [];

    function hold(el, transform) {
      if (!saved.has(el)) {
        saved.set(el, [el.getAttribute("transform"), el.getAttribute("visibility")]);
      }
      el.setAttribute("transform", transform);
    }

    function restore() {
      saved.forEach(function (before, el) {
        [["transform", before[0]], ["visibility", before[1]]].forEach(function (pair) {
          if (pair[1] === null) {
            el.removeAttribute(pair[0]);
          } else {
            el.setAttribute(pair[0], pair[1]);
          }
        });
      });
      saved.clear();
      pointScale = 1;
    }

    function originalX(el) {
      var before = saved.has(el) ? saved.get(el)[0] : el.getAttribute("transform");
      var match = TRANSLATE_X.exec(before || "");
      return match ? Number(match[1]) : 0;
    }

    function apply() {
      frame = null;
      var plots = gd._fullLayout && gd._fullLayout._plots;
      var sp = plots && plots.xy;
      if (!target || !sp || !sp.plot || !sp.clipRect) {
        return;
      }
      var xa = sp.xaxis;
      var drawn = xa.range.map(toMs); // Plotly's full layout still holds the range drawn
      var want = target.map(toMs);
      var width = xa._length;
      var left = xa._offset;
      var scale = (want[1] - want[0]) / (drawn[1] - drawn[0]);
      var shift = (want[0] - drawn[0]) / (drawn[1] - drawn[0]) * width;
      var paperX = function (x) { return left + (x - left - shift) / scale; };
      hold(sp.plot.node(), "translate(" + (left - shift / scale) + "," + sp.yaxis._offset +
           ") scale(" + 1 / scale + ",1)");
      hold(sp.clipRect.node(), "translate(" + shift + ",0) scale(" + scale + ",1)");
      if (scale !== pointScale) { // undo the stretch on each marker, only when the zoom changed
        pointScale = scale;
        sp.plot.node().querySelectorAll(".scatterlayer path.point").forEach(function (el) {
          var before = saved.has(el) ? saved.get(el)[0] : el.getAttribute("transform");
          hold(el, (before || "") + " scale(" + scale + ",1)");
        });
      }
      gd.querySelectorAll(".gridlayer .x path, .xaxislayer-above .xtick > text, " +
                          ".xaxislayer-above path.xtick").forEach(function (el) {
        var x = paperX(originalX(el));
        hold(el, "translate(" + x + ",0)");
        el.setAttribute("visibility", x < left - 1 || x > left + width + 1 ? "hidden" : "visible");
      });
      (gd._fullLayout.shapes || []).forEach(function (shape, i) {
        var el = shape.xref === "x" && gd.querySelector(".shapelayer path[data-index='" + i + "']");
        if (el) { // a vertical line (the "as of" date): moved by its own shift
          var x = left + (toMs(shape.x0) - drawn[0]) / (drawn[1] - drawn[0]) * width;
          hold(el, "translate(" + (paperX(x) - x) + ",0)");
        }
      });
      followers.forEach(function (follow) { follow(); });
    }

    function drop() {
      if (timer !== null) {
        window.clearTimeout(timer);
        timer = null;
      }
      if (frame !== null) {
        window.cancelAnimationFrame(frame);
        frame = null;
      }
      restore();
      var range = target;
      target = null;
      return range;
    }

    function done() {
      if (target === null) { // no new gesture began meanwhile
        gd.classList.remove("previewing");
      }
    }

    function cancel() {
      var range = drop();
      done();
      return range;
    }

    function settle() {
      var range = drop();
      if (range) {
        window.Plotly.relayout(gd, { "xaxis.range": range.slice() }).then(done, done);
      }
    }

    return {
      /* show `range` (axis values) now without a redraw; the redraw follows when it settles */
      move: function (range) {
        if (target === null) {
          gd.classList.add("previewing");
          if (window.Plotly.Fx) {
            window.Plotly.Fx.unhover(gd); // a hover label would point at the old place
          }
        }
        target = range.slice();
        gd.layout.xaxis.range = range.slice();
        if (frame === null) {
          frame = window.requestAnimationFrame(apply);
        }
        if (timer !== null) {
          window.clearTimeout(timer);
        }
        timer = window.setTimeout(settle, SETTLE_MS);
      },
      settle: settle,
      /* drop the preview before another redraw (which draws gd.layout's range anyway) */
      cancel: cancel,
      active: function () { return target !== null; },
      follow: function (then) { followers.push(then); }
    };
  }

  /* Plotly styles every mark twice in each redraw: as it places it, and again in a pass over
     the whole chart (each trace module's style), a third of a redraw that only moved the range.
     That second pass is skipped when nothing it reads has changed since it last ran: the same
     computed data, the same style attributes, and no mark drawn that it has not styled. */
  function styleOnlyWhenChanged(gd) {
    var UNSTYLED = ".cartesianlayer path.point:not([style]), " +
      ".cartesianlayer .point path:not([style])";
    var plain = function (key, value) { return key.charAt(0) === "_" ? undefined : value; };
    (gd._fullData || []).forEach(function (trace) {
      var module = trace._module;
      if (!module || typeof module.style !== "function" || module.style.unwrapped) {
        return;
      }
      var style = module.style;
      var looks = function (chart) {
        try {
          var mine = chart._fullData.filter(function (t) { return t._module === module; });
          return JSON.stringify(mine.map(function (t) {
            return [t.uid, t.visible, t.opacity, t.marker];
          }), plain);
        } catch (e) {
          return null; // never the same: the pass runs
        }
      };
      var last = new WeakMap(); // chart -> [calcdata, looks] when the pass last ran
      var wrapped = function (chart) {
        var now = chart && chart._fullData ? [chart.calcdata, looks(chart)] : null;
        var before = now && last.get(chart);
        if (arguments.length === 1 && before && before[0] === now[0] && now[1] !== null &&
            before[1] === now[1] && !chart.querySelector(UNSTYLED)) {
          return undefined;
        }
        if (now) {
          last.set(chart, now);
        }
        return style.apply(this, arguments);
      };
      wrapped.unwrapped = style;
      wrapped.remember = function (chart) { last.set(chart, [chart.calcdata, looks(chart)]); };
      module.style = wrapped;
    });
    (gd._fullData || []).forEach(function (trace) { // the chart as first drawn is styled
      if (trace._module && trace._module.style.remember) {
        trace._module.style.remember(gd);
      }
    });
  }

  function setupRanges(section, gd, full, restored, preview) {
    var buttons = Array.prototype.slice.call(section.querySelectorAll(".ranges button"));
    var end = toMs(full[1]);
    if (restored) {
      buttons.forEach(function (b) {
        b.setAttribute("aria-pressed", "false"); // a range from the address, no button's
      });
    }

    function show(range, pressed) {
      buttons.forEach(function (b) {
        b.setAttribute("aria-pressed", b === pressed ? "true" : "false");
      });
      preview.cancel();
      return window.Plotly.relayout(gd, { "xaxis.range": range });
    }

    /* A key held down repeats faster than a large chart redraws: each press moves the range
       at once (the next press and a reader of gd.layout see it) and the drawn chart with it
       (rangePreview); the chart is redrawn, and the address follows, when the keys rest. */
    function steer(range) {
      buttons.forEach(function (b) {
        b.setAttribute("aria-pressed", "false");
      });
      preview.move(range);
    }

    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        var months = Number(button.getAttribute("data-months"));
        if (!months) {
          show(full.slice(), button);
          return;
        }
        var start = new Date(end);
        start.setUTCMonth(start.getUTCMonth() - months);
        show([toAxis(start.getTime()), toAxis(end)], button);
      });
    });

    /* The chart itself answers the keyboard: arrows pan, + and - zoom, 0 or Home shows all. */
    gd.addEventListener("keydown", function (event) {
      var range = gd.layout.xaxis.range.map(toMs);
      var span = range[1] - range[0];
      var next = null;
      if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
        var step = (event.key === "ArrowLeft" ? -0.2 : 0.2) * span;
        next = [range[0] + step, range[1] + step];
      } else if (event.key === "+" || event.key === "=" || event.key === "-") {
        var middle = (range[0] + range[1]) / 2;
        var half = Math.max(span * (event.key === "-" ? 0.75 : 1 / 3), 3 * DAY);
        next = [middle - half, middle + half];
      } else if (event.key === "0" || event.key === "Home") {
        show(full.slice(), buttons[buttons.length - 1]);
        event.preventDefault();
        return;
      }
      if (next) {
        event.preventDefault();
        steer([toAxis(next[0]), toAxis(next[1])]);
      }
    });
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

  /* The range slider: the chart's events in miniature under the plot, with a window over the
     range shown that can be dragged or resized, or drawn anew beside it. Plotly's own slider
     draws every mark again and redraws them all on each change of range, which made every
     redraw of a large chart twice as slow; this strip is painted once onto a canvas and only
     its window moves, the chart following it (rangePreview). The window is a scrollbar for the
     chart that the keyboard reaches: it says the days shown, and the chart's keys (which its
     key presses reach, bubbling) move it. */
  var OVERVIEW_TRACES = { event: true, aggregate: true };
  var EDGE = 6; // pixels at each end of the window that resize it

  function overviewMarks(traces) {
    var marks = [];
    traces.forEach(function (trace) {
      if (!trace.meta || !OVERVIEW_TRACES[trace.meta[0]] || !Array.isArray(trace.x)) {
        return;
      }
      var marker = trace.marker || {};
      // a span's outline and a day's fill carry the lane's colour (a day's rim is white)
      var colour = trace.type === "bar" && marker.line ? marker.line.color : marker.color;
      trace.x.forEach(function (x, i) {
        var from = trace.base ? toMs(trace.base[i]) : toMs(x);
        marks.push([from, trace.base ? from + x : from, trace.y[i],
                    Array.isArray(colour) ? colour[i] : colour]);
      });
    });
    return marks;
  }

  function overviewStrip(gd, div, traces, full, height, yRange, preview) {
    var strip = document.createElement("div");
    strip.className = "overview";
    var canvas = document.createElement("canvas");
    canvas.setAttribute("aria-hidden", "true"); // the chart above says what it shows
    var windowBox = document.createElement("div");
    windowBox.className = "overview-window";
    windowBox.tabIndex = 0;
    var roles = [["role", "scrollbar"], ["aria-controls", gd.id],
                 ["aria-orientation", "horizontal"], ["aria-valuemin", "0"],
                 ["aria-valuemax", "100"], ["aria-label", gd.getAttribute("aria-label")],
                 ["aria-describedby", "chart-keys"]];
    roles.forEach(function (pair) {
      if (pair[1]) {
        windowBox.setAttribute(pair[0], pair[1]);
      }
    });
    strip.appendChild(canvas);
    strip.appendChild(windowBox);
    div.appendChild(strip); // part of the chart, after Plotly's own container
    var marks = overviewMarks(traces);
    var lo = toMs(full[0]);
    var hi = toMs(full[1]);
    var painted = null;

    function box() {
      var size = gd._fullLayout._size;
      return { left: size.l, width: size.w };
    }

    function paint() {
      var b = box();
      if (painted === b.left + "/" + b.width) {
        return b;
      }
      painted = b.left + "/" + b.width;
      strip.style.marginLeft = b.left + "px";
      strip.style.width = b.width + "px";
      strip.style.height = height + "px";
      var ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(b.width * ratio);
      canvas.height = Math.round(height * ratio);
      var ctx = canvas.getContext("2d");
      ctx.scale(ratio, ratio);
      var rows = Math.abs(yRange[0] - yRange[1]) || 1;
      var top = Math.min(yRange[0], yRange[1]);
      var rowPx = height / rows;
      var thick = Math.max(1, Math.min(rowPx * 0.7, 6));
      marks.forEach(function (m) {
        var x0 = (m[0] - lo) / (hi - lo) * b.width;
        var x1 = (m[1] - lo) / (hi - lo) * b.width;
        ctx.fillStyle = m[3] || "#777777";
        ctx.fillRect(x0 - (x1 > x0 ? 0 : 1), (m[2] - top) * rowPx - thick / 2,
                     Math.max(x1 - x0, 2), thick);
      });
      return b;
    }

    function place() {
      var b = paint();
      var range = gd.layout.xaxis.range.map(toMs);
      var a = Math.max(0, (range[0] - lo) / (hi - lo) * b.width);
      var z = Math.min(b.width, (range[1] - lo) / (hi - lo) * b.width);
      windowBox.style.left = a + "px";
      windowBox.style.width = Math.max(z - a, 2) + "px";
      var days = gd.layout.xaxis.range.map(function (v) { return String(v).slice(0, 10); });
      windowBox.setAttribute("aria-valuenow", String(Math.round(a / b.width * 100)));
      windowBox.setAttribute("aria-valuetext", days[0] + " \u2013 " + days[1]);
    }

    /* the window over pixels a to z of the strip: the chart follows it (rangePreview) */
    function request(a, z) {
      var width = box().width;
      var toTime = function (px) { return toAxis(lo + px / width * (hi - lo)); };
      preview.move([toTime(Math.min(a, z)), toTime(Math.max(a, z, Math.min(a, z) + 1))]);
      windowBox.style.left = Math.min(a, z) + "px";
      windowBox.style.width = Math.max(Math.abs(z - a), 2) + "px";
    }

    strip.addEventListener("pointerdown", function (event) {
      if (event.button !== 0) {
        return;
      }
      var start = event.clientX;
      var origin = strip.getBoundingClientRect().left;
      var a = windowBox.offsetLeft;
      var z = a + windowBox.offsetWidth;
      var at = start - origin;
      var mode = Math.abs(at - a) <= EDGE ? "min" : Math.abs(at - z) <= EDGE ? "max"
        : at > a && at < z ? "move" : "new";
      var moved = false;
      strip.setPointerCapture(event.pointerId);
      event.preventDefault();
      function move(e) {
        var delta = e.clientX - start;
        moved = moved || Math.abs(delta) > 2;
        if (mode === "move") {
          var shift = Math.max(-a, Math.min(delta, box().width - z));
          request(a + shift, z + shift);
        } else if (mode === "min") {
          request(a + delta, z);
        } else if (mode === "max") {
          request(a, z + delta);
        } else if (moved) {
          request(at, at + delta);
        }
      }
      function up() {
        strip.removeEventListener("pointermove", move);
        strip.removeEventListener("pointerup", up);
        strip.removeEventListener("pointercancel", up);
        if (mode === "new" && !moved) { // a click beside the window centres it there
          var half = (z - a) / 2;
          var centre = Math.max(half, Math.min(at, box().width - half));
          request(centre - half, centre + half);
        }
        preview.settle(); // the chart redrawn as soon as the window is let go
      }
      strip.addEventListener("pointermove", move);
      strip.addEventListener("pointerup", up);
      strip.addEventListener("pointercancel", up);
    });
    strip.addEventListener("pointermove", function (event) {
      if (event.buttons) {
        return;
      }
      var at = event.clientX - strip.getBoundingClientRect().left;
      var a = windowBox.offsetLeft;
      var z = a + windowBox.offsetWidth;
      strip.style.cursor = Math.abs(at - a) <= EDGE || Math.abs(at - z) <= EDGE ? "col-resize"
        : "ew-resize";
    });
    gd.on("plotly_relayout", function () {
      if (!preview.active()) {
        place();
      }
    });
    preview.follow(place);
    window.addEventListener("resize", function () {
      window.requestAnimationFrame(place);
    });
    place();
    return function repaint(shownTraces) { // the marks the filters leave
      marks = overviewMarks(shownTraces);
      painted = null;
      place();
    };
  }

  /* The range shown as days for the address, or null when it is the whole chart. */
  function rangeOfView(range, full) {
    var from = String(range[0]).slice(0, 10);
    var to = String(range[1]).slice(0, 10);
    if (from === String(full[0]).slice(0, 10) && to === String(full[1]).slice(0, 10)) {
      return null;
    }
    return [from, to > from ? to : toAxis(toMs(from) + DAY).slice(0, 10)];
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
    if (!block || !div || typeof window.Plotly === "undefined") {
      html.classList.add("no-chart");
      return;
    }
    var Plotly = window.Plotly;
    var payload = JSON.parse(block.textContent);
    var traces = JSON.parse(block.textContent).figure.data; // untouched by Plotly
    var section = div.closest(".timeline");
    // Drawn before the list below is parsed, the chart starts unfiltered; the filters, which
    // need every list entry, are set up once the document is parsed.
    var model = section && document.readyState !== "loading" ? filterModel(section) : null;
    var restored = model ? readView(model) : null; // sets the filters the address names
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
    // The range slider is the page's own strip under the plot (overviewStrip), not Plotly's.
    var slider = layout.xaxis.rangeslider;
    var sliderHeight = 0;
    if (slider && slider.visible) {
      layout.xaxis.rangeslider = { visible: false };
      sliderHeight = Math.max(28, Math.round((slider.thickness || 0.15) * (layout.height - 60)));
      layout.height -= sliderHeight;
      // room for the date labels under the axis, which Plotly's slider used to make
      layout.margin = Object.assign({}, layout.margin, { b: (layout.margin || {}).b + 24 });
    }
    var data = chosen.ids ? visibleTraces(traces, chosen.ids) : payload.figure.data;
    Plotly.newPlot(div, data, layout, payload.config).then(function (gd) {
      if (window.performance && performance.mark) {
        performance.mark("newsline:chart-drawn"); // read by scripts/bench_pages.py
      }
      styleOnlyWhenChanged(gd);
      var preview = rangePreview(gd);
      // a pointer on the plot (Plotly's own drag, a click) meets the range a gesture reached,
      // and so does Plotly's redraw for a new window size (which would keep the moved layer)
      gd.addEventListener("pointerdown", preview.settle, true);
      window.addEventListener("resize", preview.settle);
      var repaintOverview = function () {};
      if (sliderHeight) {
        repaintOverview = overviewStrip(gd, div, data, slider.range || full, sliderHeight,
                                        layout.yaxis.range.slice(), preview);
      }
      if (payload.aggregate) {
        var expand = expandOnZoom(gd, payload);
        if (restored) {
          expand({ "xaxis.range": restored });
        }
      }
      gd.on("plotly_click", function (event) {
        var point = event && event.points && event.points[0];
        if (point && point.customdata && point.customdata[3]) {
          jumpTo(point.customdata[3]);
        }
      });
      if (section) {
        whenParsed(function () {
          setupControls(gd, section, model || filterModel(section), restored, traces, full,
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
      shown = rangeOfView(gd.layout.xaxis.range, full);
      writeView(model, shown);
    }
    setupFilters(model, function (ids) {
      if (preview.cancel()) { // the redraw below draws the range a gesture reached
        shown = rangeOfView(gd.layout.xaxis.range, full);
      }
      writeView(model, shown);
      var shownTraces = visibleTraces(traces, ids);
      Plotly.react(gd, shownTraces, gd.layout, payload.config);
      repaintOverview(shownTraces);
    });
    gd.on("plotly_relayout", function (change) {
      if (movesRange(change)) {
        followRange();
      }
    });
    setupRanges(section, gd, full, restored, preview);
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

  /* Both scripts load async: the chart is drawn as soon as plotly.js has run and the chart's
     JSON block is parsed, while the (long) event list below it is still being parsed. A view
     in the address needs the list's filters first, so it waits for the whole page. */
  function chartParsed() {
    var block = document.getElementById("chart-data");
    var section = block && block.closest(".timeline");
    return document.readyState !== "loading" ||
      !!(section && section.nextElementSibling && !window.location.search);
  }

  var plotlyTag = document.querySelector("script[src$='plotly.min.js']");
  var started = false;

  function start() {
    if (started) {
      return;
    }
    if (plotlyTag && typeof window.Plotly === "undefined" && !plotlyTag.dataset.failed) {
      return; // its load (or error) event calls again
    }
    if (!chartParsed()) {
      return whenParsed(start);
    }
    started = true;
    draw();
  }

  if (plotlyTag) {
    plotlyTag.addEventListener("load", start);
    plotlyTag.addEventListener("error", function () {
      plotlyTag.dataset.failed = "1";
      start();
    });
  }
  start();
})();
