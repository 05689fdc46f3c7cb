"""German news constructs, one sentence each (our own), with the exact span and TIMEX3 reading.

All are dated Tuesday 30 April 2024, 14:57. The table covers what German-language news writes:
Austrian, Swiss and South Tyrolean forms (Jänner, Feber, heuer, in der Früh, "d. J."), clock
times ("20.30 Uhr", "9 Uhr abends", open ranges), day words with parts of the day, weekdays
placed by tense and by "seit"/"ab"/"bis", ordinal weeks, "Anfang nächsten Jahres", number
words, "vor N Jahren" as the TimeML-DE DURATION "N Jahren", durations, references and sets. Spans follow TimeML:
prepositions ("am", "im", "seit") and the postposition "lang" stay outside.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsline.timex import tag

DCT = datetime(2024, 4, 30, 14, 57)

# sentence | span | TYPE value
TABLE = """
Der Rat tagte am 3. Mai 2023 in Bozen. | 3. Mai 2023 | DATE 2023-05-03
Am Montagabend kam es zu einem Unfall. | Montagabend | TIME 2024-04-29TEV
Heute Abend spielt die Kapelle. | Heute Abend | TIME 2024-04-30TEV
Morgen früh beginnt die Sitzung. | Morgen früh | TIME 2024-05-01TMO
Gestern Nachmittag brannte ein Stadel. | Gestern Nachmittag | TIME 2024-04-29TAF
Die Arbeiten sollen Anfang nächsten Jahres beginnen. | Anfang nächsten Jahres | DATE 2025
Die Frist läuft Ende des Monats ab. | Ende des Monats | DATE 2024-04
Die Wahl findet Ende Mai statt. | Ende Mai | DATE 2024-05
Das war Mitte der 90er Jahre. | Mitte der 90er Jahre | DATE 199
In den 1980er-Jahren wuchs das Dorf. | 1980er-Jahren | DATE 198
Im Jahr 2022 wurde die Brücke gebaut. | Jahr 2022 | DATE 2022
Im kommenden Frühjahr wird gebaut. | kommenden Frühjahr | DATE 2025-SP
Das Konzert beginnt um 20.30 Uhr. | 20.30 Uhr | TIME 2024-04-30T20:30
Gegen 23 Uhr wurde der Brand gemeldet. | 23 Uhr | TIME 2024-04-30T23:00
Vor zwei Wochen wurde er verhaftet. | zwei Wochen | DURATION P2W
Vor drei Jahren hatte er das Amt übernommen. | drei Jahren | DURATION P3Y
Er lebt seit 2015 in Meran. | 2015 | DATE 2015
Er lebt seit zehn Jahren in Meran. | zehn Jahren | DURATION P10Y
Er war drei Monate lang im Spital. | drei Monate | DURATION P3M
In zwei Wochen wird gewählt. | zwei Wochen | DURATION P2W
Nächste Woche wird gewählt. | Nächste Woche | DATE 2024-W19
Letzte Woche wurde gewählt. | Letzte Woche | DATE 2024-W17
Im Herbst wird gewählt. | Herbst | DATE 2024-FA
Im Sommer 2023 war es heiß. | Sommer 2023 | DATE 2023-SU
Am 1. Jänner trat das Gesetz in Kraft. | 1. Jänner | DATE 2024-01-01
Die Messe öffnet Anfang Juni. | Anfang Juni | DATE 2024-06
Innerhalb von drei Monaten muss er zahlen. | drei Monaten | DURATION P3M
Im vergangenen Herbst hatte es geschneit. | vergangenen Herbst | DATE 2023-FA
Ende vergangenen Jahres wurde er gewählt. | Ende vergangenen Jahres | DATE 2023
Anfang dieses Jahres wurde er gewählt. | Anfang dieses Jahres | DATE 2024
Ende letzter Woche wurde er gewählt. | Ende letzter Woche | DATE 2024-W17
Mitte nächster Woche wird entschieden. | Mitte nächster Woche | DATE 2024-W19
Bis 2030 sollen alle Dächer Solarzellen haben. | 2030 | DATE 2030
Am Vormittag tagte der Ausschuss. | Vormittag | TIME 2024-04-30TMO
Seit Jahresbeginn wurden 20 Fälle gemeldet. | Jahresbeginn | DATE 2024
Um Mitternacht läuteten die Glocken. | Mitternacht | TIME 2024-04-30T24:00
In der ersten Jahreshälfte stieg der Umsatz. | ersten Jahreshälfte | DATE 2024-H1
Im ersten Halbjahr 2023 stieg der Umsatz. | ersten Halbjahr 2023 | DATE 2023-H1
In den nächsten Tagen wird entschieden. | den nächsten Tagen | DURATION PXD
In den kommenden Wochen wird entschieden. | den kommenden Wochen | DURATION PXW
Ab Montag gilt die neue Regel. | Montag | DATE 2024-05-06
Zwischen 2010 und 2015 wuchs die Stadt. | 2010 | DATE 2010
Zwischen 2010 und 2015 wuchs die Stadt. | 2015 | DATE 2015
Am Freitag, den 3. Mai, wird gewählt. | Freitag, den 3. Mai | DATE 2024-05-03
Die Sitzung dauerte zwei Stunden. | zwei Stunden | DURATION PT2H
Nach einer halben Stunde war alles vorbei. | einer halben Stunde | DURATION PT30M
Er war ein halbes Jahr in Haft. | ein halbes Jahr | DURATION P6M
Der Markt findet zweimal im Jahr statt. | zweimal im Jahr | SET P1Y
Seit fünfundzwanzig Jahren leitet er den Chor. | fünfundzwanzig Jahren | DURATION P25Y
Die Firma feiert ihr hundertjähriges Bestehen. | hundertjähriges | DURATION P100Y
Ein fast 100-jähriges Problem wird gelöst. | fast 100-jähriges | DURATION P100Y
Ein rund 100-jähriges Haus brannte. | 100-jähriges | DURATION P100Y
Am 24. und 25. Mai wird gefeiert. | 24. und 25. Mai | DATE 2024-05-24
Der Prozess beginnt am 14. Mai um 9 Uhr. | 14. Mai | DATE 2024-05-14
Der Prozess beginnt am 14. Mai um 9 Uhr. | 9 Uhr | TIME 2024-05-14T09:00
Der Unfall ereignete sich am Samstag gegen 17.45 Uhr. | Samstag | DATE 2024-04-27
Der Unfall ereignete sich am Samstag gegen 17.45 Uhr. | 17.45 Uhr | TIME 2024-04-27T17:45
Die Gemeinde hat heuer 200.000 Euro investiert. | heuer | DATE 2024
Am 15. Feber 2024 wurde gewählt. | 15. Feber 2024 | DATE 2024-02-15
Am Donnerstag, 2. Mai, wird gewählt. | Donnerstag, 2. Mai | DATE 2024-05-02
Die Bauarbeiten dauern bis Ende Oktober. | Ende Oktober | DATE 2024-10
Die Saison 2023/24 war schwierig. | 2023/24 | DATE 202
Das Problem begann 1929/30. | 1929/30 | DATE 19
Im Winter 1999/2000 war es kalt. | Winter 1999/2000 | DATE 1999-WI
Das Gesetz stammt aus dem 19. Jahrhundert. | 19. Jahrhundert | DATE 18
Das Fest findet in diesem Jahr zum zehnten Mal statt. | diesem Jahr | DATE 2024
Dieses Jahr findet das Fest statt. | Dieses Jahr | DATE 2024
Diese Woche findet das Fest statt. | Diese Woche | DATE 2024-W18
Im Vorjahr waren es 300 Besucher. | Vorjahr | DATE 2023
Am Vortag hatte es geregnet. | Vortag | DATE 2024-04-29
Derzeit laufen die Arbeiten. | Derzeit | DATE PRESENT_REF
Am Wochenende wird gefeiert. | Wochenende | DATE 2024-W18-WE
Am vergangenen Wochenende wurde gefeiert. | vergangenen Wochenende | DATE 2024-W17-WE
Am Ostermontag wurde gefeiert. | Ostermontag | DATE 2024-04-01
Zu Pfingsten wird gefeiert. | Pfingsten | DATE 2024-05-19
Das Unglück geschah in der Nacht auf Sonntag. | Nacht auf Sonntag | TIME 2024-04-27TNI
In der Nacht zum Montag brannte es. | Nacht zum Montag | TIME 2024-04-28TNI
Um 7 Uhr früh startete der Lauf. | 7 Uhr früh | TIME 2024-04-30T07:00
Um 8 Uhr morgens startete der Lauf. | 8 Uhr morgens | TIME 2024-04-30T08:00
Um 9 Uhr abends war Schluss. | 9 Uhr abends | TIME 2024-04-30T21:00
Die Frist endet am 31. Mai 2024 um Mitternacht. | 31. Mai 2024 | DATE 2024-05-31
Die Frist endet am 31. Mai 2024 um Mitternacht. | Mitternacht | TIME 2024-05-31T24:00
Der Termin ist der 5.5.2024. | 5.5.2024 | DATE 2024-05-05
Zwei Tage später wurde er entlassen. | Zwei Tage später | DATE 2024-05-02
Drei Jahre später starb er. | Drei Jahre später | DATE 2027
Vor einem Jahr hatte er gewonnen. | einem Jahr | DURATION P1Y
Vor knapp einem Jahr hatte er gewonnen. | einem Jahr | DURATION P1Y
Vor mehr als einem Jahr hatte er gewonnen. | mehr als einem Jahr | DURATION P1Y
Rund drei Wochen dauerte der Streik. | drei Wochen | DURATION P3W
Kaum ein Tag vergeht ohne Unfall. | ein Tag | DURATION P1D
Vor zwei Stunden brannte es. | zwei Stunden | DURATION PT2H
In einem Jahr wird gewählt. | einem Jahr | DURATION P1Y
Ein Jahr zuvor hatte er gewonnen. | Ein Jahr zuvor | DATE 2023
Zu Beginn des Jahres sank der Preis. | Beginn des Jahres | DATE 2024
Im Frühjahr 2025 soll gebaut werden. | Frühjahr 2025 | DATE 2025-SP
Er war 20 Jahre lang Bürgermeister. | 20 Jahre | DURATION P20Y
Jeden Montag trifft sich der Ausschuss. | Jeden Montag | SET XXXX-WXX-1
Der Markt findet jeden Samstag statt. | jeden Samstag | SET XXXX-WXX-6
Die Ausstellung ist bis 12. Mai geöffnet. | 12. Mai | DATE 2024-05-12
Die Ausstellung ist vom 2. bis 12. Mai geöffnet. | 2. bis 12. Mai | DATE 2024-05-02
Die Ausstellung läuft noch bis Sonntag. | Sonntag | DATE 2024-05-05
Die Olympischen Spiele 2026 finden in Cortina statt. | 2026 | DATE 2026
Er ist 2019 gestorben. | 2019 | DATE 2019
Die Feier ist am Samstag, der 24. September, im Saal. | Samstag, der 24. September | DATE 2024-09-24
Die Feier ist am Samstag, den 4. Mai um 20 Uhr. | Samstag, den 4. Mai | DATE 2024-05-04
Die Feier ist am Samstag, den 4. Mai um 20 Uhr. | 20 Uhr | TIME 2024-05-04T20:00
Die Sitzung ist am 3. d. M. im Rathaus. | 3. d. M. | DATE 2024-04-03
Er starb am 3. März v. J. in Bozen. | 3. März v. J. | DATE 2023-03-03
Das Gesetz gilt seit 1. Jänner d. J. in Südtirol. | 1. Jänner d. J. | DATE 2024-01-01
Im Jahre 1809 kämpfte Hofer. | Jahre 1809 | DATE 1809
Heute in der Früh krachte es. | Heute in der Früh | TIME 2024-04-30TMO
In der Früh krachte es. | Früh | TIME 2024-04-30TMO
Am Josefitag wird gefeiert. | Josefitag | DATE 2025-03-19
Am Muttertag wird gefeiert. | Muttertag | DATE 2024-05-12
Anfang der Woche wurde gestreikt. | Anfang der Woche | DATE 2024-W18
Ende nächsten Monats wird gewählt. | Ende nächsten Monats | DATE 2024-05
Anfang kommender Woche wird gewählt. | Anfang kommender Woche | DATE 2024-W19
Am Ostersonntag wurde gefeiert. | Ostersonntag | DATE 2024-03-31
Im selben Jahr starb er. | selben Jahr | DATE 2024
Vor Jahren war das anders. | Jahren | DURATION PXY
Am vergangenen Dienstag wurde gewählt. | vergangenen Dienstag | DATE 2024-04-23
Am kommenden Freitag wird gewählt. | kommenden Freitag | DATE 2024-05-03
Am Sonntagnachmittag wurde gewählt. | Sonntagnachmittag | TIME 2024-04-28TAF
Um 9.15 Uhr war die Feuerwehr vor Ort. | 9.15 Uhr | TIME 2024-04-30T09:15
Gegen 2 Uhr nachts brannte es. | 2 Uhr nachts | TIME 2024-04-30T02:00
Gegen 22.30 Uhr brannte es. | 22.30 Uhr | TIME 2024-04-30T22:30
Am Abend des 12. Mai brannte es. | Abend des 12. Mai | TIME 2023-05-12TEV
Am Morgen des 1. April brannte es. | Morgen des 1. April | TIME 2024-04-01TMO
Das Jubiläum 100 Jahre Musikkapelle wird gefeiert. | 100 Jahre | DURATION P100Y
Nach 30-jähriger Pause kehrt das Fest zurück. | 30-jähriger | DURATION P30Y
Seit zwei Wochen wird gestreikt. | zwei Wochen | DURATION P2W
Die Sanierung wird zwei Jahre dauern. | zwei Jahre | DURATION P2Y
Die vergangenen zwei Jahre waren schwierig. | Die vergangenen zwei Jahre | DURATION P2Y
In den vergangenen zehn Jahren stieg die Zahl. | den vergangenen zehn Jahren | DURATION P10Y
Der Termin wurde auf den 7. Juni verschoben. | 7. Juni | DATE 2024-06-07
Der Termin wurde auf Juni verschoben. | Juni | DATE 2024-06
Im März hatte er gewonnen. | März | DATE 2024-03
Im Mai wird gewählt. | Mai | DATE 2024-05
Im Dezember wurde gewählt. | Dezember | DATE 2023-12
Im Oktober wird gewählt. | Oktober | DATE 2024-10
Das Fest im August war schön. | August | DATE 2023-08
Das Jahr 2013 war schwierig. | Jahr 2013 | DATE 2013
Von 2010 bis 2015 war er Bürgermeister. | 2010 | DATE 2010
Von 2010 bis 2015 war er Bürgermeister. | 2015 | DATE 2015
Die Jahre 2010 bis 2015 waren schwierig. | 2010 | DATE 2010
Die Jahre 2010 bis 2015 waren schwierig. | 2015 | DATE 2015
Der Umsatz lag 2023 bei 5 Millionen. | 2023 | DATE 2023
Im Schuljahr 2023/24 gibt es 300 Schüler. | 2023/24 | DATE 202
Am 1. Mai ist Tag der Arbeit. | 1. Mai | DATE 2024-05-01
Am 1. Mai ist Tag der Arbeit. | Tag der Arbeit | DATE 2024-05-01
Die Vorstellung dauert eine Stunde. | eine Stunde | DURATION PT1H
Der Zug hatte zehn Minuten Verspätung. | zehn Minuten | DURATION PT10M
Der Markt ist täglich geöffnet. | täglich | SET P1D
Die Bibliothek ist montags geschlossen. | montags | SET XXXX-WXX-1
Die Gemeinde investiert jährlich 2 Millionen Euro. | jährlich | SET P1Y
Zum zweiten Mal in diesem Jahr tagte der Rat. | diesem Jahr | DATE 2024
Er war von 1990 bis 2000 Bürgermeister. | 1990 | DATE 1990
Er war von 1990 bis 2000 Bürgermeister. | 2000 | DATE 2000
Die Feier am 25. April. | 25. April | DATE 2024-04-25
Am heutigen Dienstag wird gewählt. | Dienstag | DATE 2024-04-30
Die Wahl ist am morgigen Mittwoch. | Mittwoch | DATE 2024-05-01
Seit Mitte des laufenden Jahres stieg die Zahl. | laufenden Jahres | DATE 2024
Am gestrigen Montag wurde gewählt. | Montag | DATE 2024-04-29
Zuletzt hatte er 2021 gewonnen. | 2021 | DATE 2021
Mit Jahresende läuft der Vertrag aus. | Jahresende | DATE 2024
Mit Ende des Jahres läuft der Vertrag aus. | Ende des Jahres | DATE 2024
Ende 2023 lief der Vertrag aus. | Ende 2023 | DATE 2023
Mitte April wurde gewählt. | Mitte April | DATE 2024-04
Am Nachmittag wurde gewählt. | Nachmittag | TIME 2024-04-30TAF
Er hat einen Tag lang gewartet. | einen Tag | DURATION P1D
Sie warteten stundenlang. | stundenlang | DURATION PTXH
Die Vorbereitungen laufen seit Monaten. | Monaten | DURATION PXM
Am Samstag feierte der Verein sein Jubiläum. | Samstag | DATE 2024-04-27
Am Montag präsentierte der Bürgermeister den Plan. | Montag | DATE 2024-04-29
Am Freitag hat der Landtag den Haushalt beschlossen. | Freitag | DATE 2024-04-26
Am Freitag hat der Rat das Budget verabschiedet. | Freitag | DATE 2024-04-26
Am Sonntag musste die Feuerwehr ausrücken. | Sonntag | DATE 2024-04-28
Am Sonntag lud die Musikkapelle zum Konzert. | Sonntag | DATE 2024-04-28
Am Donnerstag beginnt die Messe. | Donnerstag | DATE 2024-05-02
Am Montag ist der Rat zusammengetreten. | Montag | DATE 2024-04-29
Am Montag ist der Bürgermeister zurückgetreten. | Montag | DATE 2024-04-29
Am Montag hat der Bürgermeister die Schule besucht. | Montag | DATE 2024-04-29
Am Samstag gewann Meran gegen Brixen. | Samstag | DATE 2024-04-27
Das Konzert findet am Freitag statt. | Freitag | DATE 2024-05-03
Am Montag tagt der Ausschuss. | Montag | DATE 2024-05-06
Das Budget steht am Montag zur Abstimmung. | Montag | DATE 2024-05-06
Der Rat hat am Montag nach einer langen Debatte im Saal des Rathauses das neue Gesetz beschlossen. | Montag | DATE 2024-04-29
Der damalige Bürgermeister war dagegen. | damalige | DATE PAST_REF
Der frühere Landesrat war dagegen. | frühere | DATE PAST_REF
Die künftige Regierung muss sparen. | künftige | DATE FUTURE_REF
Die Entscheidung fällt in Kürze. | in Kürze | DATE FUTURE_REF
Seinerzeit war das anders. | Seinerzeit | DATE PAST_REF
In der ersten Maiwoche wird gewählt. | der ersten Maiwoche | DATE 2024-W18
In der zweiten Woche des Monats wird gewählt. | der zweiten Woche des Monats | DATE 2024-W15
Die Messe fand in der letzten Januarwoche statt. | der letzten Januarwoche | DATE 2024-W05
In der letzten Woche wurde gebaut. | der letzten Woche | DATE 2024-W17
Die letzten Jahre waren schwierig. | Die letzten Jahre | DURATION PXY
In den ersten Monaten lief es gut. | den ersten Monaten | DURATION PXM
Die Messe beginnt am 6. Mai. In der zweiten Woche kommen mehr Gäste. | der zweiten Woche | DATE 2024-W20
Die 14-Tage-Frist läuft ab. | 14-Tage-Frist | DURATION P14D
Innerhalb eines Jahres muss gebaut werden. | eines Jahres | DURATION P1Y
Die Straße wurde über Nacht gesperrt. | Nacht | TIME 2024-04-29TNI
Am nächsten Morgen war alles vorbei. | nächsten Morgen | TIME 2024-05-01TMO
Am 3. März kam es zum Streit. Am Abend zuvor hatte es geregnet. | Abend zuvor | TIME 2024-03-02TEV
Am Dienstag, 12. November, kam es zum Unfall. | Dienstag, 12. November | DATE 2024-11-12
Am Sonntag, 12. November, kam es zum Unfall. | Sonntag, 12. November | DATE 2023-11-12
"""
ROWS = [tuple(part.strip() for part in line.split(" | ")) for line in TABLE.strip().splitlines()]


@pytest.mark.parametrize("sentence, span, reading", ROWS)
def test_german_construct(sentence, span, reading):
    hits = [t for t in tag(sentence, "de", DCT) if t.text == span]
    assert len(hits) == 1, [(t.text, t.type, t.value) for t in tag(sentence, "de", DCT)]
    assert f"{hits[0].type} {hits[0].value}" == reading


@pytest.mark.parametrize("sentence", [
    "Die 44-Jährige wurde verletzt.",
    "Der 75. Geburtstag wurde gefeiert.",
    "Der Termin kam früher als erwartet.",
    "Die Gemeinde plant langfristige Investitionen und hat lange gewartet.",
    "Rund 2000 Menschen und 1500 Polizisten waren im Einsatz.",
    "Der Jubilar ist 80 Jahre alt und damit zehn Jahre älter als sein Bruder.",
    "Eines Tages wird es anders.",
    "Ein 30-jähriger Mann wurde verletzt.",  # ages are no TIMEX3 (TimeBank, KRAUTS)
])
def test_no_time_here(sentence):
    assert tag(sentence, "de", DCT) == []


def test_weekday_joined_by_der_is_one_date():
    found = tag("Letzter Verkaufstag ist Samstag, der 24. September.", "de", DCT)
    assert [(t.text, t.value) for t in found] == [("Samstag, der 24. September", "2024-09-24")]


def test_two_years_as_one_cover_both():
    t, = tag("Die Saison 2023/24 war schwierig.", "de", DCT)
    assert (t.interval.start, t.interval.end) == (date(2023, 1, 1), date(2024, 12, 31))


def test_a_season_or_business_year_is_valued_by_the_unit_holding_both_years():
    # the start year alone (2023) would be partly wrong; the decade or century is true, and
    # the interval keeps both years exactly for the timeline
    for text, value, first, last in (
            ("Der Verein spielt in der Saison 2023/24 in der Bundesliga.", "202", 2023, 2024),
            ("Im Geschäftsjahr 2019/20 sank der Umsatz.", "20", 2019, 2020),
            ("Die Saison 2029/2030 wird lang.", "20", 2029, 2030)):
        t, = tag(text, "de", DCT)
        assert (t.type, t.value, t.interval.start, t.interval.end) == (
            "DATE", value, date(first, 1, 1), date(last, 12, 31))


def test_two_years_across_a_century_take_the_first_as_value():
    t, = tag("Die Saison 1999/2000 war schwierig.", "de", DCT)
    assert (t.value, t.interval.start, t.interval.end) == ("1999", date(1999, 1, 1),
                                                          date(2000, 12, 31))
    t, = tag("The 1999-2000 season was long.", "en", DCT)
    assert (t.value, t.interval.start, t.interval.end) == ("1999", date(1999, 1, 1),
                                                          date(2000, 12, 31))
    t, = tag("The 2019-21 budget passed.", "en", DCT)
    assert (t.value, t.interval.end) == ("20", date(2021, 12, 31))


def test_since_a_weekday_looks_back():
    found = tag("Seit Montag zählte die Feuerwehr 200 Einsätze.", "de", datetime(2023, 2, 15))
    assert [(t.text, t.value) for t in found] == [("Montag", "2023-02-13")]


def test_until_end_of_month_looks_ahead():
    found = tag("Bis Ende August ist das Bad geöffnet.", "de", datetime(2021, 6, 1))
    assert [(t.text, t.value, t.mod) for t in found] == [("Ende August", "2021-08", "END")]


def test_night_before_a_weekday_is_saturday_night_over_both_days():
    t, = tag("Der Brand brach in der Nacht auf Sonntag aus.", "de", DCT)
    assert (t.text, t.type, t.value) == ("Nacht auf Sonntag", "TIME", "2024-04-27TNI")
    assert (t.interval.start, t.interval.end) == (date(2024, 4, 27), date(2024, 4, 28))


def test_clock_times_after_a_night_before_lie_past_midnight():
    found = tag("In der Nacht auf Sonntag brach ein Feuer aus. Die Feuerwehr wurde gegen "
                "2.30 Uhr alarmiert.", "de", DCT)
    assert [(t.text, t.value) for t in found] == [("Nacht auf Sonntag", "2024-04-27TNI"),
                                                  ("2.30 Uhr", "2024-04-28T02:30")]


def test_the_night_before_a_day_told_ahead_is_tonight_on_the_eve():
    t, = tag("In der Nacht auf Sonntag soll es schneien.", "de", datetime(2024, 4, 27, 10))
    assert t.value == "2024-04-27TNI"


def test_these_days_told_in_the_past_are_the_storys_days():
    found = tag("Am 12. März 1938 marschierten Truppen ein. In diesen Tagen verließen viele "
                "Familien die Stadt.", "de", DCT)
    t = found[-1]
    assert (t.text, t.value) == ("In diesen Tagen", "PAST_REF")
    assert t.interval.start == t.interval.end == date(1938, 3, 12)
    assert t.interval.approximate


def test_a_few_units_after_the_storys_day_are_placed_after_it():
    found = tag("Am 3. März 2010 zog er nach Wien. Einige Wochen danach fand er Arbeit.", "de",
                DCT)
    t = found[-1]
    assert (t.text, t.type, t.value) == ("Einige Wochen", "DURATION", "PXW")
    assert (t.interval.start, t.interval.end) == (date(2010, 3, 10), date(2010, 4, 21))
    assert t.interval.approximate


def test_a_few_units_later_without_a_story_date_are_not_placed():
    t, = tag("Wenige Tage später wurde er gefasst.", "de", DCT)
    assert (t.text, t.type, t.value, t.interval) == ("Wenige Tage", "DURATION", "PXD", None)


def test_years_later_are_placed_after_the_storys_period():
    found = tag("Im März 2010 zog er nach Wien. Jahre später kehrte er zurück.", "de", DCT)
    t = found[-1]
    assert (t.text, t.type, t.value) == ("Jahre", "DURATION", "PXY")
    assert t.interval.start > date(2010, 3, 31) and t.interval.approximate


def test_a_weekday_after_a_feast_on_that_weekday_is_a_week_later():
    # Ash Wednesday 2025 is 5 March: the Wednesday after it is the 12th, the one before 26 Feb
    after, = tag("Am Mittwoch nach Aschermittwoch 2025 tagt der Rat.", "de", DCT)
    before, = tag("Am Mittwoch vor Aschermittwoch 2025 tagt der Rat.", "de", DCT)
    assert (after.value, before.value) == ("2025-03-12", "2025-02-26")


def test_eight_days_ahead_or_back_are_a_week():
    # German counts a week as eight days: the DURATION keeps its words, the timeline the week
    on, back = (tag(text, "de", datetime(2024, 1, 31))[0] for text in (
        "In acht Tagen entscheidet der Verfassungsgerichtshof.",
        "Vor acht Tagen war der Damm gebrochen."))
    assert (on.text, on.value, on.interval.start) == ("acht Tagen", "P8D", date(2024, 2, 7))
    assert (back.text, back.value, back.interval.start) == ("acht Tagen", "P8D", date(2024, 1, 24))
    other, = tag("In neun Tagen entscheidet der Verfassungsgerichtshof.", "de",
                 datetime(2024, 1, 31))
    assert other.interval.start == date(2024, 2, 9)


def test_a_sudden_change_over_night_and_an_earlier_closing_are_no_times():
    assert tag("Der Bürgermeister wurde quasi über Nacht zur Symbolfigur.", "de", DCT) == []
    assert [t.text for t in tag("Die Post macht am Karsamstag früher Schluss.", "de", DCT)] \
        == ["Karsamstag"]


def test_a_range_into_another_month_spans_it_from_its_first_day():
    first, last = tag("Die Messe findet vom 28. April bis 3. Mai statt.", "de", DCT)
    assert (first.value, first.interval.start, first.interval.end) == (
        "2024-04-28", date(2024, 4, 28), date(2024, 5, 3))
    assert (last.value, last.interval.start) == ("2024-05-03", date(2024, 5, 3))
    first, last = tag("Die Loipe ist vom 30. Dezember bis 2. Januar gesperrt.", "de", DCT)
    assert (first.value, first.interval.end, last.value) == (
        "2024-12-30", date(2025, 1, 2), "2025-01-02")
    # a day its month never has ends no range: the first day alone
    first, *_ = tag("Die Messe findet vom 28. März bis 31. April statt.", "de", DCT)
    assert (first.value, first.interval.end) == ("2025-03-28", date(2025, 3, 28))


def test_a_leap_day_without_its_year_is_the_nearest_one_on_the_tenses_side():
    # of the three years around a publication often only one has a 29 February, and it may
    # lie on the other side than the tense: the next leap day ahead, the last one behind
    for text, dct, value in (
            ("Das Schaltjahrfest wird am 29. Februar stattfinden.", datetime(2025, 1, 10),
             "2028-02-29"),
            ("Das Schaltjahrfest findet am 29. Februar statt.", datetime(2025, 1, 10),
             "2028-02-29"),
            ("Das Schaltjahrfest fand am 29. Februar statt.", datetime(2027, 1, 10),
             "2024-02-29"),
            ("Am 29. Februar wurde der Verein gegründet.", datetime(2023, 1, 10), "2020-02-29"),
            ("Am 29. Februar wurde der Verein gegründet.", datetime(2026, 6, 15), "2024-02-29")):
        t, = tag(text, "de", dct)
        assert t.value == value, text
    first, last = tag("Das Festival fand vom 29. Februar bis 2. März statt.", "de", DCT)
    assert (first.value, first.interval.end, last.value) == (
        "2024-02-29", date(2024, 3, 2), "2024-03-02")
    # a range that ends on a leap day lies in a leap year
    first, last = tag("Die Messe fand vom 28. Januar bis 29. Februar statt.", "de",
                      datetime(2023, 1, 10))
    assert (first.value, first.interval.end, last.value) == (
        "2020-01-28", date(2020, 2, 29), "2020-02-29")
    t, = tag("Die Messe dauerte vom 28. bis 29.2. an.", "de", datetime(2023, 1, 10))
    assert (t.value, t.interval.end) == ("2020-02-28", date(2020, 2, 29))


def test_words_between_ago_and_its_count_keep_its_place():
    for text, first, last in (
            ("Vor genau einem Jahr war die Brücke eingestürzt.", date(2023, 1, 1),
             date(2023, 12, 31)),
            ("Vor nunmehr fünf Jahren schloss das Werk.", date(2019, 1, 1), date(2019, 12, 31)),
            ("In exakt drei Wochen wird gewählt.", date(2024, 5, 20), date(2024, 5, 26))):
        t, = tag(text, "de", DCT)
        assert (t.type, t.interval.start, t.interval.end) == ("DURATION", first, last)


def test_a_headline_participle_tells_the_past_only_at_the_end_of_its_line():
    # a sub-heading closing on a participle without a verb tells what is done; a state
    # ("gesperrt") still looks ahead; in prose a sentence ends with its stop
    for text, value in (("Landtag: Doppelbudget am Mittwoch beschlossen\nDie Opposition "
                         "kritisiert den Beschluss.", "2024-04-24"),
                        ("Hochwasser: Pegel am Sonntag deutlich gesunken\nDie Lage bleibt "
                         "angespannt.", "2024-04-28"),
                        ("Arlbergtunnel am Wochenende gesperrt\nDie Umleitung führt über den "
                         "Pass.", "2024-W18-WE")):
        assert tag(text, "de", DCT)[0].value == value
    found = tag("Gemeinderat: Umfahrung im März beschlossen\nDie Arbeiten beginnen im Juli.",
                "de", DCT)
    assert [(t.text, t.value) for t in found] == [("März", "2024-03"), ("Juli", "2024-07")]


def test_a_headline_participle_of_a_threat_looks_ahead():
    # a strike threatened for a day is still to come, as one announced; the threat told with
    # "hat" is done
    found = tag("Verkehr: Streik bei der Bahn am Montag angedroht\nDie Gewerkschaft fordert "
                "mehr Lohn.", "de", DCT)
    assert [(t.text, t.value) for t in found] == [("Montag", "2024-05-06")]
    found = tag("Die Gewerkschaft hat am Montag einen Streik angedroht.", "de", DCT)
    assert [(t.text, t.value) for t in found] == [("Montag", "2024-04-29")]


def test_prose_wrapped_after_a_participle_is_no_headline():
    # an article's Markdown may break its lines anywhere: a line ending on a participle whose
    # sentence goes on below in small letters keeps the sentence's own tense
    for text, value in (("Das Doppelbudget soll am Mittwoch beschlossen\nwerden, sagte die "
                         "Klubobfrau.", "2024-05-01"),
                        ("Die Umfahrung soll am Mittwoch beschlossen\nund im Herbst gebaut "
                         "werden.", "2024-05-01"),
                        ("Der Gemeinderat will die Umfahrung am Mittwoch endgültig genehmigt\n"
                         "sehen.", "2024-05-01"),
                        ("Landtag: Doppelbudget am Mittwoch beschlossen\n\nDie Opposition "
                         "kritisiert den Beschluss.", "2024-04-24")):
        assert tag(text, "de", DCT)[0].value == value, text


def test_a_headline_with_a_modal_looks_ahead():
    # an infinitive has the shape of a strong participle ("entscheiden", "beraten"): a headline
    # holding a modal or an auxiliary is no verbless one telling what is done
    for text, value in (("Kanzler will am Montag entscheiden\nDie Koalition ist uneins.",
                         "2024-05-06"),
                        ("Landtag soll am Mittwoch beraten\nDie Opposition ist dagegen.",
                         "2024-05-01"),
                        ("## Budget am Mittwoch beschlossen\nDie Opposition ist dagegen.",
                         "2024-04-24")):
        assert tag(text, "de", DCT)[0].value == value, text
