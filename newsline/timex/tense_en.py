"""English tense markers: the words that tell a sentence's past (irregular and regular past
forms, a plain-form past after a subject) or its future (modals, plans, schedules), which
place a date without a year.

Split from grammar_en; the engine finds these markers near each date (engine.Markers).
"""

from __future__ import annotations

from newsline.timex import lexicon_en as L
from newsline.timex.clauses_en import AFTER_LINK, OBJECT_START, PLAIN_PAST, WILL
from newsline.timex.engine import word_trie
from newsline.timex.patterns import alt

# A plan or schedule ("planned for", "scheduled", "expected to") points ahead even though it
# looks like a past form. word_trie keeps only the shorter of two words where one starts with the
# other; no form of L.IRREGULAR_PAST starts with another, so each keeps its own word boundary.
# "were planning to", "was scheduled to": a past looking ahead; the words after it decide. A
# participle after "is" or "are" is a present passive ("the bridge is closed on Monday"), and
# "is expected", "are forecast" look ahead ("Snow is expected on Wednesday"). An irregular form
# after "the", inside a word ("won't", "left-wing") or capitalised inside a sentence ("the Met
# Office") is no past verb.
# words after which a subject takes the plain form of any verb: a modal asking ("Can she beat
# the record?") or a verb letting or making it happen
NO_BARE_WORDS = ("will", "would", "can", "could", "should", "shall", "may", "might", "must", "do",
                 "does", "did", "let", "lets", "help", "helps", "make", "makes", "watch", "see",
                 "saw")
NO_BARE = "".join(rf"(?<!\b{w} )" for w in NO_BARE_WORDS)
# a word of the noun phrase before such a verb: no modal, no verb that takes a bare infinitive,
# no "to" and no pronoun
NOUN_WORD = rf"(?!(?:{'|'.join(NO_BARE_WORDS)}|to|it|he|she|they|we|you|i)\s)"
# what may follow such a verb without an object: its day closing the clause ("The storm hit on
# Friday.", "The quake struck late Sunday,"); a noun and the form as one noun go on to a verb
# ("The rate cut on Thursday is expected")
DAY_CLOSES = (rf"(?:on\s+|early\s+|late\s+)?(?:{'|'.join(L.WEEKDAYS)})\b"
              r"(?:\s+(?:morning|afternoon|evening|night))?\s*[.,;]")
GOES_ON = rf"(?:{OBJECT_START}|(?={DAY_CLOSES}))"
# (Each alternative looks ahead for its word before the look-behinds: most places of a text fail
# there at once.)
PAST = (rf"(?i:\b(?:(?=(?:{word_trie(L.IRREGULAR_PAST)})\b)(?<!\bbe )(?<!\bbeing )(?<!\bis )"
        rf"(?<!\bare )(?<!\bthe )(?-i:(?=[a-z])|(?<![\w,;] )(?=[A-Z]))"
        rf"(?:{word_trie(L.IRREGULAR_PAST)})\b(?![-'’]\w)"
        r"(?!\s+(?:planning|going|scheduled|expected|set)\s+to\b)|"
        # (a capital inside a sentence starts a name: "Manchester United host City")
        # (the second half of a compound is an adjective: "London-based", "long-awaited")
        r"(?=\w+ed\b)(?<!\w\w\w-)(?-i:(?=[a-z])|(?<![\w,;] )(?=[A-Z]))"
        r"(?<!\bbe )(?<!\bbeen )(?<!being )(?<!\bwill )(?<!\bis )(?<!\bare )"
        rf"{AFTER_LINK}"
        rf"(?!scheduled\b|expected\s+to\b|planned\s+(?:for|to)\b|{alt(L.NOT_PAST_ED)}\b)"
        # (after "is widely" a forecast, see FUTURE; "Analysts widely expected" a past)
        r"(?<!\bis widely )(?<!\bare widely )\w+ed\b|"
        # a verb whose past is its plain form, after "he", "she", "it" or "the" and a noun
        # without an s, whose present takes one: "She set a world record", "The storm hit the
        # coast on Friday". Not after a modal or "let", "help", "make" asking or allowing it
        # ("Will the bank cut rates on Thursday?", "help it cut costs"); after "the" and a noun
        # only before an object or a particle: a noun and the form are often one noun ("The
        # rate cut on Thursday is expected", "The takeover bid lapses on Friday"). The noun may
        # follow words of its own ("The central bank cut rates", "the Bank of England cut"),
        # none of them a modal, "to" or a pronoun ("the plan to cut costs", "the merger would
        # help it cut costs")
        rf"(?=(?:he|she|it)\s){NO_BARE}(?:he|she|it)\s+{PLAIN_PAST}\b(?!\s+to\b)|"
        rf"(?=the\s){NO_BARE}the\s+(?:{NOUN_WORD}[a-z-]+\s+){{0,3}}{NOUN_WORD}[a-z]+(?<!s)\s+"
        rf"{PLAIN_PAST}\s+{GOES_ON}|"
        # after a plural noun, whose present would take no s, with its object: "Rebels set
        # fire to the depot", "Firefighters cut through the wreckage" (a habit or timetable
        # these verbs with these objects hardly tell in news)
        rf"(?=(?:{PLAIN_PAST})\s+{GOES_ON})(?<=[a-z][a-z]s )(?<!ss )(?<!us )(?<!is )"
        r"(?<!\bwas )(?<!\bhas )(?<!\bits )(?<!\bdoes )(?<!\bthis )(?<!\bas )"
        rf"{PLAIN_PAST}\b))")
# "is likely to", "is due to rule": what the present says is coming looks ahead ("due to" before
# a noun phrase gives a cause instead: "due to the strike"). "expects to" is no marker: in
# results news the expecting is now and the period it speaks of often past.
FUTURE = (rf"(?i:\b(?:{WILL}|won't|shall|going\s+to|(?:is|are)\s+to(?!\s+blame\b)|"
          r"plans?\s+(?:to|for)|scheduled|expected\s+to|"
          r"(?:is|are)\s+(?:widely\s+|not\s+)?(?:expected|forecast|predicted)|"
          r"(?<!\bthe )next(?!\s+to\b)|upcoming|would(?!-be)|planning\s+to|"
          r"planned\s+(?:for|to)|"
          r"set\s+(?:to|for)|(?:is|are)\s+(?:likely|poised|"
          r"slated)\s+to|(?:is|are)\s+due\s+to(?!\s+(?:the|a|an|his|her|its|their|this|that|"
          r"bad|poor|heavy|high|low|lack|concerns?|fears?)\b)|"
          # "Elections are due in the fall", "The verdict is due on Friday" ("due in part to"
          # gives a cause)
          r"(?:is|are)\s+due\s+(?:in|on|by|at|next|later|this)\b(?!\s+(?:part|large|"
          r"no|some|full|good)\b))\b|'ll\b)")
