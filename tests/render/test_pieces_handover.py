"""PieceStore.made_keys/made_since/adopt: the pieces a second process rendering pages made
(newsline.render.parallel) are handed back and stored as if made in the build's process."""

from __future__ import annotations

from newsline.cache import Cache
from newsline.pieces import PieceStore


def store(tmp_path) -> PieceStore:
    return PieceStore(Cache.under(tmp_path, "pieces"), "v1")


def test_made_since_gives_only_the_pieces_made_after_the_snapshot(tmp_path):
    pieces = store(tmp_path)
    pieces.texts("item-de", ["a", "b"], lambda e: f"<{e}>")
    before = pieces.made_keys()
    pieces.texts("item-de", ["a", "c"], lambda e: f"<{e}>")
    pieces.texts("item-en", ["a"], lambda e: f"[{e}]")
    made = pieces.made_since(before)
    assert sorted(made) == ["item-de", "item-en"]
    assert list(made["item-de"].values()) == ["<c>"]
    assert list(made["item-en"].values()) == ["[a]"]
    assert pieces.made_since(pieces.made_keys()) == {}


def test_adopted_pieces_are_used_and_stored_as_if_made_here(tmp_path):
    helper = store(tmp_path / "helper")
    before = helper.made_keys()
    helper.texts("item-en", ["x", "y"], lambda e: f"made {e}")
    made = helper.made_since(before)

    here = store(tmp_path)
    here.texts("item-en", ["x"], lambda e: "mine")  # already made here: kept as it is
    assert here.adopt(made) == ["item-en"]
    assert here.made == 2  # its own piece and the one adopted
    never = lambda e: (_ for _ in ()).throw(AssertionError(f"{e} made again"))  # noqa: E731
    assert here.texts("item-en", ["x", "y"], never) == ["mine", "made y"]
    here.save()
    again = store(tmp_path)
    assert again.texts("item-en", ["x", "y"], never) == ["mine", "made y"]
