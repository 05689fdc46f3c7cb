"""What every chart of a language hands Plotly besides its figure: the locale of the date axis
(month and day names from CLDR, via babel) and the config, which keeps every button that would
upload the chart or leave the site off the mode bar."""

from __future__ import annotations

from babel.dates import get_day_names, get_month_names

from newsline.render.strings import strings_for


def plotly_locale(lang: str) -> dict:
    """Month and day names for Plotly's axis labels, from CLDR via babel."""
    loc = strings_for(lang)["locale"]
    months = get_month_names("wide", locale=loc)
    short_months = get_month_names("abbreviated", locale=loc)
    days = get_day_names("wide", locale=loc)
    short_days = get_day_names("abbreviated", locale=loc)
    sunday_first = [6, 0, 1, 2, 3, 4, 5]  # babel counts from Monday, d3 from Sunday
    de = lang == "de"
    return {
        "name": f"newsline-{lang}",  # never replace Plotly's built-in "en"
        "months": [months[i] for i in range(1, 13)],
        "shortMonths": [short_months[i].rstrip(".") for i in range(1, 13)],
        "days": [days[i] for i in sunday_first],
        "shortDays": [short_days[i].rstrip(".") for i in sunday_first],
        "periods": ["AM", "PM"],
        "dateTime": "%a %e %b %Y %X",
        "date": "%d.%m.%Y" if de else "%d/%m/%Y",
        "time": "%H:%M:%S",
        "decimal": "," if de else ".",
        "thousands": "." if de else ",",
        "grouping": [3],
        "currency": ["", " €"] if de else ["£", ""],
        "year": "%Y",
        "month": "%b %Y",
        "dayMonth": "%e. %b" if de else "%e %b",
        "dayMonthYear": "%e. %b %Y" if de else "%e %b %Y",
    }


def chart_config(lang: str) -> dict:
    return {
        "displaylogo": False,
        "responsive": True,
        "locale": f"newsline-{lang}",
        # nothing that uploads the chart or leaves the site
        "showSendToCloud": False,
        "showEditInChartStudio": False,
        "showLink": False,
        "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d", "toImage",
                                   "sendChartToCloud"],
    }
