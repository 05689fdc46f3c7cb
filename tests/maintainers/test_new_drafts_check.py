"""`newsline new`, drafts, and `newsline check` on a real build with broken links and assets."""

from maintkit import ARTICLE, articles, project, run_cli

from newsline.build import build


def test_new_writes_front_matter_the_build_accepts(tmp_path):
    root = project(tmp_path / "p", count=2, size=300)
    result = run_cli("new", "Kanalbrücke: Sperrung ab April", "--lang", "de", "--topic", "verkehr",
                     "--topic", "haushalt", "--root", str(root))
    assert result.returncode == 0, result.stderr
    path = root / "content" / "articles" / "kanalbruecke-sperrung-ab-april.md"
    assert result.stdout.strip() == str(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "Kanalbrücke: Sperrung ab April"\ndate: ')
    assert "lang: de\n" in text and "topics: [verkehr, haushalt]\n" in text
    path.write_text(text + "Die Brücke wird am 2. April 2024 gesperrt.\n", encoding="utf-8")
    built = build(root, executor="inline")
    assert (root / "build" / "articles" / path.stem / "index.html").is_file()
    assert built.articles == 3


def test_drafts_are_left_out_unless_asked_for(tmp_path):
    root = project(tmp_path / "p", count=2, size=300)
    draft = root / "content" / "articles" / "entwurf.md"
    draft.write_text(ARTICLE.replace("topics:", "draft: true\ntopics:"), encoding="utf-8")
    public = build(root, executor="inline")
    assert public.articles == 2 and not (root / "build" / "articles" / "entwurf").exists()
    assert b"entwurf" not in (root / "build" / "events.json").read_bytes()
    with_drafts = build(root, executor="inline", drafts=True)
    assert with_drafts.articles == 3 and not with_drafts.unchanged
    assert (root / "build" / "articles" / "entwurf" / "index.html").is_file()
    assert build(root, executor="inline").articles == 2  # and out again without the flag


def test_check_reports_broken_links_and_missing_assets_of_the_build(tmp_path):
    root = project(tmp_path / "p", count=2, size=300)
    assert run_cli("build", "--root", str(root)).returncode == 0
    assert run_cli("check", "--strict", "--root", str(root)).returncode == 0
    slug = articles(root)[0].stem
    (root / "build" / "assets" / "newsline.css").unlink()  # a missing asset
    page = root / "build" / "articles" / slug / "index.html"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines.insert(3, '<a href="../gone/index.html">gone</a>')  # a broken link on line 4
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bad = articles(root)[1]
    bad.write_text(bad.read_text().replace("topics: [", "topics: [sport, "), encoding="utf-8")

    result = run_cli("check", "--root", str(root))
    assert result.returncode == 1
    report = result.stderr.splitlines()
    assert f"build/articles/{slug}/index.html:4: broken link '../gone/index.html': " \
           "articles/gone/index.html does not exist" in report
    css = [line for line in report if "assets/newsline.css does not exist" in line]
    assert css and all(line.startswith("build/") and line.split(":")[1].isdigit() for line in css)
    assert any(line.startswith(f"content/articles/{bad.name}:7: unknown topic 'sport'")
               for line in report), report
