/* newsline-gestures: moving a drawn chart's range, a part of the page script (newsline.js
   wires it to the drawn chart). The zoom buttons and the chart's keys; key steps and
   overview-strip drags preview the range by moving the drawn layer and redraw once when the
   gesture settles (rangePreview); and a redraw that only moved the range skips Plotly's second
   style pass (styleOnlyWhenChanged). Only defines functions on window.newsline, so it may run
   before or after newsline.js. */
(function () {
  "use strict";
  var ns = window.newsline = window.newsline || {};

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
      var drawn = xa.range.map(ns.toMs); // Plotly's full layout still holds the range drawn
      var want = target.map(ns.toMs);
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
          var x = left + (ns.toMs(shape.x0) - drawn[0]) / (drawn[1] - drawn[0]) * width;
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

  /* The zoom buttons and the chart's keys, which move the range shown. */
  function setupRanges(section, gd, full, restored, preview) {
    var buttons = Array.prototype.slice.call(section.querySelectorAll(".ranges button"));
    var end = ns.toMs(full[1]);
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
        show([ns.toAxis(start.getTime()), ns.toAxis(end)], button);
      });
    });

    /* The chart itself answers the keyboard: arrows pan, + and - zoom, 0 or Home shows all. */
    gd.addEventListener("keydown", function (event) {
      var range = gd.layout.xaxis.range.map(ns.toMs);
      var span = range[1] - range[0];
      var next = null;
      if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
        var step = (event.key === "ArrowLeft" ? -0.2 : 0.2) * span;
        next = [range[0] + step, range[1] + step];
      } else if (event.key === "+" || event.key === "=" || event.key === "-") {
        var middle = (range[0] + range[1]) / 2;
        var half = Math.max(span * (event.key === "-" ? 0.75 : 1 / 3), 3 * ns.DAY);
        next = [middle - half, middle + half];
      } else if (event.key === "0" || event.key === "Home") {
        show(full.slice(), buttons[buttons.length - 1]);
        event.preventDefault();
        return;
      }
      if (next) {
        event.preventDefault();
        steer([ns.toAxis(next[0]), ns.toAxis(next[1])]);
      }
    });
  }

  ns.rangePreview = rangePreview;
  ns.styleOnlyWhenChanged = styleOnlyWhenChanged;
  ns.setupRanges = setupRanges;
  (ns.loaded = ns.loaded || {})["newsline-gestures.js"] = true;
})();
