/* newsline: draws a page's timeline from its JSON block and ties chart points to the list.
   The list below the chart works on its own; this script only adds the picture. */
(function () {
  "use strict";
  var html = document.documentElement;
  html.classList.add("js");

  function textColor(el) {
    return window.getComputedStyle(el).color;
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

  function draw() {
    var block = document.getElementById("chart-data");
    var div = document.getElementById("chart");
    if (!block || !div || typeof window.Plotly === "undefined") {
      html.classList.add("no-chart");
      return;
    }
    var payload = JSON.parse(block.textContent);
    var Plotly = window.Plotly;
    if (payload.locale) {
      Plotly.register({
        moduleType: "locale", name: payload.locale.name, dictionary: {}, format: payload.locale
      });
    }
    var layout = payload.figure.layout;
    layout.font = layout.font || {};
    layout.font.color = textColor(div);
    if (div.clientWidth < 600) {
      // On a phone the legend would crowd the plot; the lanes are titled inside the chart and
      // the styles are explained in the text below it.
      layout.showlegend = false;
      layout.height -= payload.legendHeight || 0;
    }
    Plotly.newPlot(div, payload.figure.data, layout, payload.config).then(function (gd) {
      gd.on("plotly_click", function (event) {
        var point = event && event.points && event.points[0];
        if (point && point.customdata) {
          jumpTo(point.customdata[3]);
        }
      });
      if (window.matchMedia) {
        window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", function () {
          Plotly.relayout(gd, { "font.color": textColor(div) });
        });
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
