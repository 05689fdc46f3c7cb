"""German sets (TimeML SET): what recurs, "jeden Montag", "jeden zweiten Tag", "montags",
"im Halbstundentakt", "täglich", "einmal pro Woche", "alle zwei Wochen". Each function maps a
match of a grammar_de pattern to a semantic form.
"""

from __future__ import annotations

from newsline.timex import lexicon_de as L
from newsline.timex.durations import duration_value
from newsline.timex.patterns import group, key, number
from newsline.timex.semantic import Sem, every_set


EVERY = {"tag": "P1D", "woche": "P1W", "monat": "P1M", "jahr": "P1Y", "quartal": "P3M",
         "stunde": "PT1H", "morgen": "XXXX-XX-XXTMO", "abend": "XXXX-XX-XXTEV",
         "nacht": "XXXX-XX-XXTNI", "wochenende": "XXXX-WXX-WE", "sommer": "XXXX-SU",
         "winter": "XXXX-WI"}


def every(m):
    """"jeden Montag", "jede Woche"; "jeden zweiten Tag" repeats every two days (P2D)."""
    x = key(m.group("x"))
    nth = L.ORDINALS.get(key(group(m, "o")))
    if nth is None or x in L.WEEKDAYS:  # "jeden zweiten Dienstag": a Tuesday set
        return every_set(x, L.WEEKDAYS, EVERY)
    if x not in ("tag", "woche", "monat", "jahr"):
        return None
    return Sem(kind="set", set_value=EVERY[x].replace("1", str(nth)), quant="EVERY")


def adverb_set(m):
    w = key(m.group("w"))
    if w in ("werktags", "wochentags"):  # working days, as the English grammar's "weekdays"
        return Sem(kind="set", set_value="XXXX-WXX-WD")
    if w[:-1] in L.WEEKDAYS:
        return Sem(kind="set", set_value=f"XXXX-WXX-{L.WEEKDAYS[w[:-1]] + 1}")
    return Sem(kind="set", set_value={"morgens": "XXXX-XX-XXTMO", "abends": "XXXX-XX-XXTEV",
                                      "nachts": "XXXX-XX-XXTNI"}[w])


def takt(m):
    """"im Halbstundentakt", "im 20-Minuten-Takt": a SET repeating every so long."""
    value = L.TAKT[key(m.group("w"))]
    if group(m, "n"):
        n = number(m.group("n"), L.NUMBERS)
        if n is None or not n.isdigit() or int(n) == 0 or \
                key(m.group("w")) not in ("minuten", "stunden"):
            return None
        value = f"PT{n}{value[-1]}"
    return [(m.start("t"), m.end("t"), Sem(kind="set", set_value=value))]


def set_word(m):
    return Sem(kind="set", set_value=L.SET_WORDS[key(m.group("w"))])


def per_unit(m):
    return Sem(kind="set", set_value={"tag": "P1D", "woche": "P1W", "monat": "P1M",
                                      "jahr": "P1Y"}[key(m.group("u"))])


def every_n(m):
    n = number(m.group("n"), L.NUMBERS)
    if n is None or n == "X":
        return None
    unit = L.UNITS[key(m.group("u"))]
    return Sem(kind="set", set_value=duration_value(n, unit))
