"""The real tagger on a small corpus of our own, annotated by hand after the TimeML guidelines.

tests/fixtures/timeml/regression holds twelve short news texts (six German, six English; the
file name starts with the language) covering absolute and relative dates, clock times,
durations, sets and vague modifiers. The thresholds are the scores the tagger reached when
this test was written, minus a margin of about two tags; when a score falls below one, the
failure lists every disagreement with the gold annotation.
"""

from pathlib import Path

from newsline.timeml.annotate import annotate_document
from newsline.timeml.document import parse_tml, read_tml, tml_files
from newsline.timeml.errors import document_disagreements
from newsline.timeml.scoring import Counts, score_documents

REGRESSION = Path(__file__).parents[1] / "fixtures" / "timeml" / "regression"

# Reached on 12 documents / 49 gold TIMEX3: strict 88.9, relaxed 94.9, type 92.9, value 84.8.
THRESHOLDS = {"strict_f1": 0.84, "relaxed_f1": 0.90, "type_f1": 0.88, "value_f1": 0.80}


def test_tagger_scores_stay_above_thresholds():
    files = tml_files(REGRESSION)
    assert len(files) == 12
    total = Counts()
    report: list[str] = []
    for path in files:
        gold = read_tml(path)
        system = parse_tml(annotate_document(gold, lang=path.name[:2]), name=path.name)
        assert system.text == gold.text
        total = total + score_documents(gold, system)
        report += [str(d) for d in document_disagreements(gold, system)]
    assert total.gold == 49
    reached = {measure: getattr(total, measure) for measure in THRESHOLDS}
    low = {m: round(v, 3) for m, v in reached.items() if v < THRESHOLDS[m]}
    assert not low, f"below threshold {low} (thresholds {THRESHOLDS}):\n" + "\n".join(report)
