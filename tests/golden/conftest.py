"""`--update-golden`: rewrite tests/golden/site/ from a fresh build of the sample content.

    .venv/bin/python -m pytest tests/golden --update-golden

(or NEWSLINE_UPDATE_GOLDEN=1). Review the resulting git diff before committing it: it is the
change every reader of the sample site will see.
"""


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/site from a build of content/")
