"""TimeML corpus tools: read gold TIMEX3 annotations, write the tagger's, and score one against the other.

The tagger is measured on real annotated news (KRAUTS, TimeBank, AQUAINT) by the TempEval-3
conventions; this package is the measuring instrument, independent of the tagger it measures.
"""

from newsline.timeml.document import TimeMLDocument, TimexTag, parse_tml, read_tml
from newsline.timeml.errors import Disagreement, folder_disagreements
from newsline.timeml.scoring import Counts, FolderScore, score_documents, score_folders
from newsline.timeml.writer import write_tml

__all__ = [
    "Counts",
    "Disagreement",
    "FolderScore",
    "TimeMLDocument",
    "TimexTag",
    "folder_disagreements",
    "parse_tml",
    "read_tml",
    "score_documents",
    "score_folders",
    "write_tml",
]
