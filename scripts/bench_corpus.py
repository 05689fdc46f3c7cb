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
# Real news names thousands of places, people and firms; a few dozen names shared by every
# story would make unrelated reports look alike to the merger (and every template word as rare
# as a name). So names are built from invented parts: hundreds of places, thousands of people.
PLACE_STEMS = ["Lin", "Ost", "Berg", "Tal", "See", "Kirch", "Markt", "Weiden", "Stein", "Rosen",
               "Grün", "Eich", "Birken", "Wald", "Mühl", "Hasel", "Lauter", "Schön", "Wolf",
               "Falken", "Buchen", "Erlen", "Kalt", "Warm", "Sonnen", "Linden"]
PLACE_ENDS = ["au", "heim", "stadt", "werk", "brück", "feld", "berg", "dorf", "ach", "hausen",
              "bach", "ingen", "rode", "hagen", "burg", "wies"]
PLACES = [stem + end for stem in PLACE_STEMS for end in PLACE_ENDS]
FIRST_NAMES = ["Anna", "Jonas", "Miriam", "Tobias", "Lea", "Samuel", "Ines", "Paul", "Nora",
               "Felix", "Clara", "David", "Eva", "Lukas", "Greta", "Emil", "Hanna", "Karim",
               "Sofia", "Mats", "Leonie", "Yusuf", "Marta", "Oskar", "Aylin", "Ben", "Frieda",
               "Timo", "Selin", "Jakob"]
LAST_NAMES = ["Keller", "Brandt", "Okafor", "Wenger", "Hartmann", "Roth", "Vogt", "Amsel",
              "Lindqvist", "Baumann", "Osei", "Stern", "Morales", "Fink", "Kessler", "Dorn",
              "Albers", "Petrović", "Yilmaz", "Sauter", "Grewe", "Nowak", "Haller", "Brück",
              "Conti", "Engel", "Falk", "Gruber", "Ilić", "Jansen", "Kuhn", "Lorenz", "Maurer",
              "Nagel", "Pohl", "Quast", "Rieger", "Seidel", "Thiel", "Ulrich", "Vetter", "Wolff"]
FIRM_ENDS = ["Bau", "Werke", "Energie", "Consult", "Verkehrsbetriebe", "Kliniken", "Holding"]
SITE_ENDS = ["weg", "kai", "hof", "platz", "ring", "park", "damm", "graben"]
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
    object_de = _accusative(thing_de)
    person, place, amount = story["person"], story["place"], story["amount"]
    site, firm, jobs, critic = story["site"], story["firm"], story["jobs"], story["critic"]
    other = rng.choice([critic, critic, _person(rng)])
    if lang == "de":
        forms = [
            f"Der Rat von {place} hat {when} über {object_de} am {site} beraten.",
            f"{person} sagte {when}, {thing_de} koste rund {amount} Millionen Euro.",
            f"Nach Angaben der Verwaltung soll {thing_de} am {site} {when} fertig werden.",
            f"{other} kritisierte, die Pläne für den {site} seien {when} noch unklar gewesen.",
            f"Die Kosten für {object_de} in {place} sind {when} auf {amount} Millionen Euro gestiegen.",
            f"Eine Sprecherin der Stadt {place} kündigte an, {when} weitere Details zu nennen.",
            f"Die Firma {firm} hat {when} den Auftrag für {object_de} in {place} erhalten.",
            f"{firm} will {when} rund {jobs} Arbeitsplätze am {site} schaffen.",
            f"{person} und {other} trafen sich {when} zu Gesprächen über den {site}.",
            f"Der Bauausschuss in {place} stimmte {when} mit knapper Mehrheit für {object_de}.",
        ]
        plain = [f"Viele Anwohner in {place} sehen das Vorhaben am {site} skeptisch.",
                 f"{other} verlangt mehr Mitsprache für die Bürgerinnen und Bürger in {place}.",
                 f"Die Opposition will die Zahlen von {firm} im Ausschuss genau prüfen lassen.",
                 f"Rund {jobs} Menschen arbeiten nach Angaben von {firm} an dem Projekt."]
    else:
        forms = [
            f"The council of {place} discussed {thing_en} on {site} {when}.",
            f"{person} said {when} that {thing_en} would cost about {amount} million euros.",
            f"According to officials, {thing_en} on {site} is due to be completed {when}.",
            f"{other} complained that the plans for {site} were still unclear {when}.",
            f"The cost of {thing_en} in {place} rose to {amount} million euros {when}.",
            f"A spokeswoman for {place} promised further details {when}.",
            f"{firm} won the contract for {thing_en} in {place} {when}.",
            f"{firm} plans to create about {jobs} jobs on {site} {when}.",
            f"{person} and {other} met {when} to discuss the future of {site}.",
            f"The planning committee in {place} narrowly backed {thing_en} {when}.",
        ]
        plain = [f"Many residents of {place} remain sceptical of the project on {site}.",
                 f"{other} is calling for the people of {place} to have more of a say.",
                 f"The opposition wants the figures from {firm} examined closely in committee.",
                 f"About {jobs} people work on the project, according to {firm}."]
    text = rng.choice(forms) if rng.random() < 0.7 else rng.choice(plain)
    return text[0].upper() + text[1:]


def _accusative(noun_phrase: str) -> str:
    """'der Windpark' after 'für' or 'über' is 'den Windpark'."""
    return "den " + noun_phrase[4:] if noun_phrase.startswith("der ") else noun_phrase


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def article(rng: random.Random, index: int, story: dict, target_bytes: int = 3000) -> tuple[str, str]:
    """(file name, Markdown with front matter) of one article about `story`."""
    lang = "de" if rng.random() < 0.5 else "en"
    published = story["day"] + timedelta(days=rng.randint(0, 3))
    stamp = datetime(published.year, published.month, published.day, rng.randint(6, 21),
                     rng.choice([0, 15, 30, 45]))
    thing = story["thing"][0 if lang == "de" else 1]
    title = (f"{story['place']}: Neue Wendung um {_accusative(thing)}" if lang == "de"
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
            "place": rng.choice(PLACES), "person": _person(rng), "critic": _person(rng),
            "site": rng.choice(PLACE_STEMS) + rng.choice(SITE_ENDS),
            "firm": f"{rng.choice(LAST_NAMES)} {rng.choice(FIRM_ENDS)}",
            "amount": rng.randint(3, 480), "jobs": rng.randrange(20, 900, 10),
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
