/* newsline-filters: the page's filters and the view kept in the address, a part of the page
   script (newsline.js wires it to the drawn chart). Which list entries the chosen topics,
   outlets and languages leave, the chart's traces restricted to them, and the view (filters and
   a zoomed range) read from and written to ?topics=…&from=…&to=… with replaceState. Only
   defines functions on window.newsline, so it may run before or after newsline.js. */
(function () {
  "use strict";
  var ns = window.newsline = window.newsline || {};
  var FILTERED = { event: true, "open-end": true }; // traces whose points are events

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
    var selects = form ? Array.prototype.slice.call(form.querySelectorAll("select[data-facet]"))
      : [];
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
    var real = DATE.test(from || "") && DATE.test(to || "") &&
      !isNaN(ns.toMs(from)) && !isNaN(ns.toMs(to)); // "2024-13-01" has the form, not a day
    return real && from < to ? [from, to] : null;
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

  /* The range shown as days for the address, or null when it is the whole chart. */
  function rangeOfView(range, full) {
    var from = String(range[0]).slice(0, 10);
    var to = String(range[1]).slice(0, 10);
    if (from === String(full[0]).slice(0, 10) && to === String(full[1]).slice(0, 10)) {
      return null;
    }
    return [from, to > from ? to : ns.toAxis(ns.toMs(from) + ns.DAY).slice(0, 10)];
  }

  ns.visibleTraces = visibleTraces;
  ns.filterModel = filterModel;
  ns.readView = readView;
  ns.writeView = writeView;
  ns.setupFilters = setupFilters;
  ns.rangeOfView = rangeOfView;
  (ns.loaded = ns.loaded || {})["newsline-filters.js"] = true;
})();
