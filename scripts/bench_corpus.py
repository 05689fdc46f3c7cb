"""Synthetic news for the build benchmark: N German and English articles from a fixed seed.

A benchmark of a timeline builder needs text that dates things the way news does: weekdays
relative to the publication ("am Dienstag", "last week"), full dates in both languages'
spellings, numeric dates, seasons, quarters, years, "seit 2019", plans ("in zwei Wochen").
Articles come in stories: several outlets report one happening in the same week in both
languages, with overlapping names, so the cross-article merger has real work to do. All
vocabulary below is invented for this file; the same seed always gives the same bytes.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

TOPICS = {
    "verkehr": ("Verkehr", "Bahn, Bus und Straßen"),
    "energie": ("Energie", "Netze, Kraftwerke und Preise"),
    "haushalt": ("Haushalt", "Budgets, Steuern und Schulden"),
    "gesundheit": ("Gesundheit", "Kliniken, Kassen und Pflege"),
    "bildung": ("Bildung", "Schulen und Hochschulen"),
}
PLACES = ["Lindau", "Ostheim", "Bergstadt", "Neuwerk", "Talbrück", "Seefeld", "Hohenau",
          "Kirchberg", "Marktdorf", "Weidenau", "Steinach", "Rosenfeld", "Altmühl", "Grünwald"]
PEOPLE = ["Anna Keller", "Jonas Brandt", "Miriam Okafor", "Tobias Wenger", "Lea Hartmann",
          "Samuel Roth", "Ines Vogt", "Paul Amsel", "Nora Lindqvist", "Felix Baumann",
          "Clara Osei", "David Stern", "Eva Morales", "Lukas Fink"]
OUTLETS = ["Stadtanzeiger", "Tagesbote", "Rundschau am Abend", "Valley Courier", "Morning Ledger",
           "Harbor Times", "Nordkurier Online", "Civic Wire"]
THINGS = {
    "verkehr": [("die neue Tramlinie", "the new tram line"), ("der Bahnhofsumbau", "the station rebuild"),
                ("die Ortsumfahrung", "the bypass road"), ("das Nachtbusnetz", "the night bus network")],
    "energie": [("das Solarfeld", "the solar park"), ("die Netzgebühren", "the grid charges"),
                ("das Fernwärmenetz", "the district heating grid"), ("der Windpark", "the wind farm")],
    "haushalt": [("der Doppelhaushalt", "the two-year budget"), ("die Grundsteuer", "the property tax"),
                 ("das Sparpaket", "the savings package"), ("die Schuldenbremse", "the debt brake")],
    "gesundheit": [("die Kinderklinik", "the children's hospital"), ("der Pflegetarif", "the care wage deal"),
                   ("die Notaufnahme", "the emergency ward"), ("das Impfzentrum", "the vaccination centre")],
    "bildung": [("der Schulneubau", "the new school building"), ("die Ganztagsschule", "the all-day school"),
                ("das Studentenwohnheim", "the student residence"), ("die Lehrerstellen", "the teaching posts")],
}
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SEASONS_DE = ["im Frühjahr", "im Sommer", "im Herbst", "im Winter"]
SEASONS_EN = ["in the spring", "in the summer", "in the autumn", "in the winter"]
FIRST_DAY = date(2016, 1, 4)
DAYS_SPAN = 9 * 365


def date_phrase(rng: random.Random, lang: str, published: date) -> str:
    """One dating expression of the kinds news uses, relative to the publication day."""
    past = published - timedelta(days=rng.randint(1, 6))
    later = published + timedelta(days=rng.randint(10, 120))
    de = lang == "de"
    kind = rng.randrange(14)
    if kind == 0:
        return f"am {DAYS_DE[past.weekday()]}" if de else f"on {DAYS_EN[past.weekday()]}"
    if kind == 1:
        return (f"am {past.day}. {MONTHS_DE[past.month - 1]} {past.year}" if de
                else f"on {MONTHS_EN[past.month - 1]} {past.day}, {past.year}")
    if kind == 2:
        return "vergangene Woche" if de else "last week"
    if kind == 3:
        return "gestern" if de else "yesterday"
    if kind == 4:
        return f"am {later:%d.%m.%Y}" if de else f"on {later.day} {MONTHS_EN[later.month - 1]} {later.year}"
    if kind == 5:
        return rng.choice(SEASONS_DE if de else SEASONS_EN)
    if kind == 6:
        year = published.year - rng.randint(2, 8)
        return f"seit {year}" if de else f"since {year}"
    if kind == 7:
        return f"Ende {MONTHS_DE[later.month - 1]}" if de else f"by the end of {MONTHS_EN[later.month - 1]}"
    if kind == 8:
        return "in zwei Wochen" if de else "in two weeks' time"
    if kind == 9:
        return (f"im {rng.choice(['ersten', 'zweiten', 'dritten'])} Quartal" if de
                else f"in the {rng.choice(['first', 'second', 'third'])} quarter")
    if kind == 10:
        return f"Anfang {published.year + 1}" if de else f"in early {published.year + 1}"
    if kind == 11:
        return f"im Jahr {published.year - 1}" if de else f"in {published.year - 1}"
    if kind == 12:
        return (f"Mitte {MONTHS_DE[later.month - 1]} {later.year}" if de
                else f"in mid-{MONTHS_EN[later.month - 1]} {later.year}")
    return f"am kommenden {DAYS_DE[later.weekday()]}" if de else f"next {DAYS_EN[later.weekday()]}"


def sentence(rng: random.Random, lang: str, story: dict, published: date) -> str:
    when = date_phrase(rng, lang, published)
    thing_de, thing_en = story["thing"]
    person, place, amount = story["person"], story["place"], story["amount"]
    other = rng.choice(PEOPLE)
    if lang == "de":
        forms = [
            f"Der Rat von {place} hat {when} über {thing_de} beraten.",
            f"{person} sagte {when}, {thing_de} koste rund {amount} Millionen Euro.",
            f"Nach Angaben der Verwaltung soll {thing_de} {when} fertig werden.",
            f"{other} kritisierte, die Pläne für {place} seien {when} noch unklar gewesen.",
            f"Die Kosten für {thing_de} in {place} sind {when} auf {amount} Millionen Euro gestiegen.",
            f"Eine Sprecherin der Stadt {place} kündigte an, {when} weitere Details zu nennen.",
        ]
        plain = [f"Viele Anwohner in {place} sehen das Vorhaben skeptisch.",
                 f"{other} verlangt mehr Mitsprache für die Bürgerinnen und Bürger.",
                 "Die Opposition will die Zahlen im Ausschuss genau prüfen lassen."]
    else:
        forms = [
            f"The council of {place} discussed {thing_en} {when}.",
            f"{person} said {when} that {thing_en} would cost about {amount} million euros.",
            f"According to officials, {thing_en} is due to be completed {when}.",
            f"{other} complained that the plans for {place} were still unclear {when}.",
            f"The cost of {thing_en} in {place} rose to {amount} million euros {when}.",
            f"A spokeswoman for {place} promised further details {when}.",
        ]
        plain = [f"Many residents of {place} remain sceptical of the project.",
                 f"{other} is calling for citizens to have more of a say.",
                 "The opposition wants the figures examined closely in committee."]
    text = rng.choice(forms) if rng.random() < 0.7 else rng.choice(plain)
    return text[0].upper() + text[1:]


def article(rng: random.Random, index: int, story: dict, target_bytes: int = 3000) -> tuple[str, str]:
    """(file name, Markdown with front matter) of one article about `story`."""
    lang = "de" if rng.random() < 0.5 else "en"
    published = story["day"] + timedelta(days=rng.randint(0, 3))
    stamp = datetime(published.year, published.month, published.day, rng.randint(6, 21),
                     rng.choice([0, 15, 30, 45]))
    thing = story["thing"][0 if lang == "de" else 1]
    title = (f"{story['place']}: Neue Wendung um {thing}" if lang == "de"
             else f"{story['place']}: new twist over {thing}")
    paragraphs, size = [], 0
    while size < target_bytes:
        paragraph = " ".join(sentence(rng, lang, story, published) for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 2
    topics = [story["topic"]] + ([story["second"]] if story["second"] else [])
    front = (f"---\ntitle: \"{title}\"\ndate: {stamp:%Y-%m-%dT%H:%M:00}\nlang: {lang}\n"
             f"source: {rng.choice(OUTLETS)}\nurl: https://example.org/bench/{index:05d}\n"
             f"topics: [{', '.join(topics)}]\n---\n\n")
    return f"{published:%Y-%m-%d}-{index:05d}.md", front + "\n\n".join(paragraphs) + "\n"


def stories(rng: random.Random, count: int) -> list[dict]:
    out = []
    for _ in range(count):
        topic = rng.choice(sorted(TOPICS))
        second = rng.choice([None, None, None] + [t for t in sorted(TOPICS) if t != topic])
        out.append({
            "topic": topic, "second": second, "thing": rng.choice(THINGS[topic]),
            "place": rng.choice(PLACES), "person": rng.choice(PEOPLE),
            "amount": rng.randint(3, 480),
            "day": FIRST_DAY + timedelta(days=rng.randrange(DAYS_SPAN)),
        })
    return out


def site_toml() -> str:
    lines = ['title = "Benchmark"', 'base_url = "https://example.org/bench/"',
             'default_lang = "de"', 'timezone = "Europe/Berlin"', ""]
    for slug, (title, description) in sorted(TOPICS.items()):
        lines += [f"[topics.{slug}]", f'title = "{title}"', f'description = "{description}"', ""]
    return "\n".join(lines)


def write_corpus(project: Path, count: int, seed: int = 20240501,
                 target_bytes: int = 3000) -> list[Path]:
    """content/site.toml and `count` articles (about three per story) under project/."""
    rng = random.Random(seed)
    articles_dir = project / "content" / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    (project / "content" / "site.toml").write_text(site_toml(), encoding="utf-8")
    pool = stories(rng, max(1, count // 3))
    paths = []
    for index in range(count):
        name, text = article(rng, index, pool[index % len(pool)], target_bytes)
        path = articles_dir / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
