/* newsline-overview: the overview strip under the chart (the page's own range slider), a part
   of the page script (newsline.js draws it under a drawn chart): the events painted once onto a
   canvas, and a window over the range shown that pointer and keyboard move, the chart following
   through newsline-gestures.js's rangePreview. Only defines functions on window.newsline, so it
   may run before or after newsline.js. */
(function () {
  "use strict";
  var ns = window.newsline = window.newsline || {};

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
        var from = trace.base ? ns.toMs(trace.base[i]) : ns.toMs(x);
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
    var lo = ns.toMs(full[0]);
    var hi = ns.toMs(full[1]);
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
      var range = gd.layout.xaxis.range.map(ns.toMs);
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
      var toTime = function (px) { return ns.toAxis(lo + px / width * (hi - lo)); };
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

  ns.overviewStrip = overviewStrip;
  (ns.loaded = ns.loaded || {})["newsline-overview.js"] = true;
})();
