"""The merge benchmark's account of its clearing pairs (scripts/bench_merge.py --pairs): which
join reports of different stories of the generated corpus, and how large the largest component
of their graph is (the part of stage 1 an edit makes the next build cluster again)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from bench_merge import pair_graph, story_of  # noqa: E402


def test_story_of_reads_the_article_index_of_a_generated_name():
    # 30 articles tell 10 stories: article 13 tells story 3, as article 3 and 23 do
    assert story_of("2016-01-04-00013", 30) == 3
    assert story_of("2019-05-02-00023", 30) == story_of("2017-01-01-00003", 30) == 3
    assert story_of("2016-01-04-00014", 30) == 4
    assert story_of("my-own-article", 30) is None
    assert story_of("2016-01-04-00001", 2) == 0  # fewer than three articles: one story


def test_pair_graph_counts_cross_story_pairs_and_the_largest_component():
    count = 30  # stories 0..9
    articles = [frozenset({"2016-01-04-00001"}),                     # story 1
                frozenset({"2016-01-05-00011"}),                     # story 1
                frozenset({"2016-01-05-00002"}),                     # story 2
                frozenset({"2016-01-06-00003", "2016-01-06-00012"}),  # stories 3 and 2
                frozenset({"2016-01-07-00004"}),                     # story 4
                frozenset({"2016-01-07-00005"}),                     # story 5, in no pair
                frozenset({"elsewhere"})]                            # no story
    links = {(0, 1): 0.1, (1, 2): 0.2, (2, 3): 0.05, (4, 6): 0.3}
    cross, largest, paired = pair_graph(links, articles, lambda slug: story_of(slug, count))
    # (0, 1) share story 1 and (2, 3) story 2; (1, 2) and (4, 6) join different stories
    assert cross == 2
    assert largest == 4  # 0-1-2-3
    assert paired == 6  # all but report 5


def test_pair_graph_of_no_pairs():
    assert pair_graph({}, [frozenset({"a-00001"})], lambda slug: story_of(slug, 3)) == (0, 0, 0)
