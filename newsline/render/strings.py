"""The words the site itself says, in German and English.

Pages speak the language of what they show (index and topic pages the site's default language,
article pages the article's), so every UI string is looked up here by language.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "de": {
        "locale": "de_DE",
        "overview": "Überblick",
        "topics": "Themen",
        "articles": "Artikel",
        "events": "Ereignisse",
        "timeline": "Zeitleiste",
        "timeline_of": "Zeitleiste: {title}",
        "no_events": "Zu diesem Thema sind noch keine datierten Ereignisse bekannt.",
        "chart_description": (
            "Die Zeitleiste zeigt {events} von {first} bis {last}. "
            "Dieselben Ereignisse stehen als Liste unter der Grafik."
        ),
        "chart_description_pages": (
            "Die Zeitleiste zeigt {events} von {first} bis {last}. "
            "Sie stehen als Listen auf den Seiten der Zeiträume, "
            "die unter der Grafik verlinkt sind."
        ),
        "chart_key": (
            "Punkte sind einzelne Tage, Balken längere Zeiträume. Blass oder schraffiert: "
            "ungefähre Angabe; Raute oder Punktmuster: geplant; Pfeil: offener Beginn oder "
            "offenes Ende. Ein Klick auf einen Punkt springt zum Eintrag in der Liste."
        ),
        "chart_as_of": (
            "Die gepunktete senkrechte Linie markiert den Stand der Berichte ({date}); "
            "was rechts davon liegt, ist geplant."
        ),
        "event_count": "{count} Ereignisse",
        "event_count_one": "1 Ereignis",
        "source": "Quelle",
        "sources": "Quellen",
        "sources_disagree": "Quellen nennen verschiedene Daten",
        "original": "Original",
        "original_article": "Originalartikel",
        "in_article": "im Artikel",
        "published": "Veröffentlicht",
        "outlet": "Medium",
        "article_events": "Ereignisse aus diesem Artikel",
        "back_to_overview": "Zum Überblick",
        "planned": "geplant",
        "approximate": "ungefähr",
        "dated": "datiert",
        "other": "Sonstiges",
        "resolved_against": "bezogen auf",
        "value": "Wert",
        "skip": "Zum Inhalt springen",
        "around_day": "um den {}",
        "around": "etwa {}",
        "before_day": "vor dem {}",
        "before": "vor {}",
        "since_day": "seit dem {}",
        "since": "seit {}",
        "from_to": "{} bis {}",
        "between": "zwischen {} und {}",
        "approximately": "{} (ungefähr)",
        "ongoing": "{} – andauernd",
        "reported": "Bericht",
        "reported_on": "Bericht vom {date}: {outlet}, „{title}“",
        "reported_key": "Dreiecke am unteren Rand markieren, wann die Berichte erschienen sind.",
        "this_report": "Dieser Bericht erschien am {date}; was danach liegt, war zu diesem Zeitpunkt geplant.",
        "corrected": "Datum von der Redaktion korrigiert",
        "corrected_from": "Im Text: {original}.",
        "added_by_editor": "von der Redaktion ergänzt",
        "to_timeline": "Zum Ereignis in der Zeitleiste",
        "feed": "Neueste Ereignisse als Atom-Feed",
        "timelinejs": "Daten für TimelineJS",
        "list_pages": "Ereignisse nach Zeitraum",
        "list_pages_intro": "Die Liste ist nach Zeiträumen auf mehrere Seiten verteilt.",
        "page_previous": "Vorheriger Zeitraum",
        "page_next": "Nächster Zeitraum",
        "all_periods": "Alle Zeiträume",
        "page_part": "{period}, Teil {part}",
        "page_no_month": "{year} ohne Monatsangabe",
        "page_title": "{title}: Ereignisse {period}",
        "page_of": "Ereignisse {period} ({count})",
        "week": "KW {week}: {days}",
        "weeks": "KW {first}–{last}: {days}",
        "season_spring": "Frühjahr {year}",
        "season_summer": "Sommer {year}",
        "season_autumn": "Herbst {year}",
        "season_winter": "Winter {year}/{next}",
        "half_1": "1. Halbjahr {year}",
        "half_2": "2. Halbjahr {year}",
        "decade": "{decade}er-Jahre",
        "century": "{century}. Jahrhundert",
        "key_day": "Tag",
        "key_period": "Zeitraum",
        "key_approximate": "ungefähr",
        "key_planned": "geplant",
        "key_open": "offenes Ende",
        "range_1m": "1 Monat",
        "range_6m": "6 Monate",
        "range_1y": "1 Jahr",
        "range_all": "Alles",
        "range_label": "Zeitraum der Grafik",
        "filters": "Ereignisse filtern",
        "filter_topics": "Thema",
        "filter_sources": "Medium",
        "filter_langs": "Sprache",
        "all_topics": "Alle Themen",
        "all_sources": "Alle Medien",
        "all_langs": "Alle Sprachen",
        "filter_status": "{shown} von {total} Ereignissen",
        "filter_reset": "Filter zurücksetzen",
        "chart_keys": "Tastatur: Pfeiltasten verschieben, Plus und Minus zoomen, 0 zeigt alles.",
    },
    "en": {
        "locale": "en_GB",
        "overview": "Overview",
        "topics": "Topics",
        "articles": "Articles",
        "events": "Events",
        "timeline": "Timeline",
        "timeline_of": "Timeline: {title}",
        "no_events": "No dated events are known for this topic yet.",
        "chart_description": (
            "The timeline shows {events} from {first} to {last}. "
            "The same events are listed below the chart."
        ),
        "chart_description_pages": (
            "The timeline shows {events} from {first} to {last}. "
            "They are listed on the pages of their periods, linked below the chart."
        ),
        "chart_key": (
            "Dots are single days, bars longer periods. Faded or hatched: approximate date; "
            "diamond or dotted pattern: planned; arrow: open start or open end. "
            "Clicking a point jumps to its entry in the list."
        ),
        "chart_as_of": (
            "The dotted vertical line marks the date of the latest report ({date}); "
            "anything to its right is planned."
        ),
        "event_count": "{count} events",
        "event_count_one": "1 event",
        "source": "Source",
        "sources": "Sources",
        "sources_disagree": "sources differ on the date",
        "original": "original",
        "original_article": "Original article",
        "in_article": "in the article",
        "published": "Published",
        "outlet": "Outlet",
        "article_events": "Events from this article",
        "back_to_overview": "Back to the overview",
        "planned": "planned",
        "approximate": "approximate",
        "dated": "dated",
        "other": "Other",
        "resolved_against": "resolved against",
        "value": "value",
        "skip": "Skip to content",
        "around_day": "around {}",
        "around": "around {}",
        "before_day": "before {}",
        "before": "before {}",
        "since_day": "since {}",
        "since": "since {}",
        "from_to": "{} to {}",
        "between": "between {} and {}",
        "approximately": "{} (approximate)",
        "ongoing": "{} – ongoing",
        "reported": "report",
        "reported_on": "Report of {date}: {outlet}, “{title}”",
        "reported_key": "Triangles along the bottom mark when the reports were published.",
        "this_report": "This report was published on {date}; anything after that was planned at the time.",
        "corrected": "date corrected by the editors",
        "corrected_from": "The text said: {original}.",
        "added_by_editor": "added by the editors",
        "to_timeline": "To the event on the timeline",
        "feed": "Latest events as an Atom feed",
        "timelinejs": "Data for TimelineJS",
        "list_pages": "Events by period",
        "list_pages_intro": "The list is spread over several pages by period.",
        "page_previous": "Previous period",
        "page_next": "Next period",
        "all_periods": "All periods",
        "page_part": "{period}, part {part}",
        "page_no_month": "{year}, no month given",
        "page_title": "{title}: events of {period}",
        "page_of": "Events of {period} ({count})",
        "week": "Week {week}: {days}",
        "weeks": "Weeks {first}–{last}: {days}",
        "season_spring": "spring {year}",
        "season_summer": "summer {year}",
        "season_autumn": "autumn {year}",
        "season_winter": "winter {year}/{next}",
        "half_1": "first half of {year}",
        "half_2": "second half of {year}",
        "decade": "the {decade}s",
        "century": "the {century} century",
        "key_day": "day",
        "key_period": "period",
        "key_approximate": "approximate",
        "key_planned": "planned",
        "key_open": "open end",
        "range_1m": "1 month",
        "range_6m": "6 months",
        "range_1y": "1 year",
        "range_all": "All",
        "range_label": "Time range of the chart",
        "filters": "Filter events",
        "filter_topics": "Topic",
        "filter_sources": "Outlet",
        "filter_langs": "Language",
        "all_topics": "All topics",
        "all_sources": "All outlets",
        "all_langs": "All languages",
        "filter_status": "{shown} of {total} events",
        "filter_reset": "Reset filters",
        "chart_keys": "Keyboard: arrow keys pan, plus and minus zoom, 0 shows everything.",
    },
}

LANGUAGES = tuple(sorted(STRINGS))


def strings_for(lang: str) -> dict[str, str]:
    """The table for `lang`, English for any language the site does not speak."""
    return STRINGS.get(lang, STRINGS["en"])


def count_label(lang: str, count: int) -> str:
    s = strings_for(lang)
    return s["event_count_one"] if count == 1 else s["event_count"].format(count=count)
