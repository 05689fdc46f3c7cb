import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.sentences import plain_text, sentence_at, split_sentences


def texts(body, lang=None):
    return [s.text for s in split_sentences(body, lang)]


def test_german_ordinals_dates_and_abbreviations_do_not_end_sentences():
    body = ("Der Ausschuss tagte am 30. April in Bern. Bis zum 2.5.2024 sollen z. B. die "
            "Kantone antworten, sagte Dr. Weber. Am 3.5. folgt die zweite Runde, u. a. mit "
            "dem 2. Entwurf. Danach ist Pause.")
    assert texts(body, "de") == [
        "Der Ausschuss tagte am 30. April in Bern.",
        "Bis zum 2.5.2024 sollen z. B. die Kantone antworten, sagte Dr. Weber.",
        "Am 3.5. folgt die zweite Runde, u. a. mit dem 2. Entwurf.",
        "Danach ist Pause.",
    ]


def test_a_number_then_a_sentence_opener_ends_a_german_sentence():
    assert texts("Das Spiel endete 3 zu 2. Die Fans jubelten.", "de") == [
        "Das Spiel endete 3 zu 2.", "Die Fans jubelten."]


def test_english_abbreviations_and_initials():
    body = ("The U.S. Senate voted on Tuesday. Mr. Hale and Dr. Ortiz, e.g. the sponsors, "
            "spoke first. J. R. Adams voted no! Was it close? It was.")
    assert texts(body, "en") == [
        "The U.S. Senate voted on Tuesday.",
        "Mr. Hale and Dr. Ortiz, e.g. the sponsors, spoke first.",
        "J. R. Adams voted no!",
        "Was it close?",
        "It was.",
    ]


def test_quotes_and_brackets_stay_with_their_sentence():
    assert texts('Sie sagte: "Wir sind bereit." (Das war neu.) Dann ging sie.') == [
        'Sie sagte: "Wir sind bereit."', "(Das war neu.)", "Dann ging sie."]


def test_a_lowercase_continuation_is_no_new_sentence():
    assert texts("Preise stiegen um ca. drei Prozent usw. und mehr. Ende.") == [
        "Preise stiegen um ca. drei Prozent usw. und mehr.", "Ende."]


def test_blocks_end_sentences_and_their_markup_is_not_text():
    body = ("## Der Zeitplan ##\n"
            "Washington, 30.4.2024\n\n"
            "Ein Satz ohne Punkt\n"
            "läuft über zwei Zeilen\n\n"
            "- erster Punkt\n"
            "- zweiter Punkt\n"
            "1. nummeriert\n"
            "2. weiter\n\n"
            "> Ein Zitat über\n"
            "> zwei Zeilen.\n\n"
            "| Datum | Ereignis |\n"
            "|---|---|\n"
            "| 1. Mai | Start |\n\n"
            "```\n"
            "Code 2024. Kein Satz.\n"
            "```\n"
            "Schluss.\n")
    sentences = split_sentences(body, "de")
    assert [s.text for s in sentences] == [
        "Der Zeitplan", "Washington, 30.4.2024", "Ein Satz ohne Punkt läuft über zwei Zeilen",
        "erster Punkt", "zweiter Punkt", "nummeriert", "weiter", "Ein Zitat über zwei Zeilen.",
        "Datum Ereignis", "1. Mai Start", "Schluss.",
    ]
    for sentence in sentences:  # spans point at the words themselves, not at markup
        assert body[sentence.start] not in " #->|"
        assert body[sentence.end - 1] not in " \n"


def test_a_paragraph_line_starting_with_a_day_number_is_text():
    body = "Die Abstimmung ist am\n30. April geplant. Dann folgt mehr."
    assert texts(body, "de") == ["Die Abstimmung ist am 30. April geplant.", "Dann folgt mehr."]


def test_inline_markup_is_removed_without_adding_words():
    assert plain_text("Die **Einigung** kam [am Dienstag](https://example.org/a.b) "
                      "in `Bern` — *endlich* &amp; _ganz_ <span>offiziell</span>.[^1]") == (
        "Die Einigung kam am Dienstag in Bern — endlich & ganz offiziell.")
    assert plain_text("snake_case_name and 2*3*4 stay") == "snake_case_name and 2*3*4 stay"
    assert plain_text("![Archivbild vom September 2023](bild.jpg)") == "Archivbild vom September 2023"


def test_sentence_at_finds_the_sentence_of_an_offset():
    body = "Erster Satz. Zweiter Satz am 4. Mai.\n\nDritter."
    sentences = split_sentences(body, "de")
    assert sentence_at(sentences, body.index("4. Mai")).text == "Zweiter Satz am 4. Mai."
    assert sentence_at(sentences, 0).text == "Erster Satz."
    assert sentence_at(sentences, body.index("\n")) is None


PIECES = ["Am", "30.", "April", "z.", "B.", "Dr.", "U.S.", "Mr.", "Hale", "sagte", "2024.", "**fett**",
          "[Link](https://example.org/x.y)", "`code`", "-", "#", ">", "1.", "\n", "\n\n", "?", "!",
          "„Zitat.“", "(Klammer.)", "e.g.", "Die", "der", "3.5.", "_kursiv_", "…", "|"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from(["de", "en", None]))
def test_sentences_are_ordered_disjoint_and_use_only_words_of_the_body(pieces, lang):
    body = " ".join(pieces)
    sentences = split_sentences(body, lang)
    previous_end = 0
    for sentence in sentences:
        assert previous_end <= sentence.start < sentence.end <= len(body)
        previous_end = sentence.end
        source = body[sentence.start:sentence.end]
        for word in re.findall(r"\w+", sentence.text):
            assert word in source
        assert sentence_at(sentences, sentence.start) == sentence


def test_lists_need_a_blank_line_as_in_python_markdown():
    body = ("Die ersten Linien fahren am\n1. Juni 2024. Dann mehr:\n- kein Punkt\n\n"
            "- erster Punkt, der\n  umbricht\n- zweiter Punkt\n")
    assert texts(body, "de") == ["Die ersten Linien fahren am 1. Juni 2024.",
                                 "Dann mehr: - kein Punkt", "erster Punkt, der umbricht",
                                 "zweiter Punkt"]
