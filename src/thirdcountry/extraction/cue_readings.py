"""How a stage cue reads in its sentence: what an ending ends, who seeks, whose thing a verb
is about, who a source is, what an unanswered question holds, and a stated promise to take people.

Each check reads the words around one cue (or a clause's modals) and says whether the cue
reports a stage of the deal; ``stage.py`` applies them to every cue of a clause.
"""

from __future__ import annotations

from spacy.tokens import Span

from thirdcountry.extraction.sentence_view import Clause
from thirdcountry.extraction.sentences import lower_words

SENTENCE_ENDS = {".", "!", "?", ";", "\n"}


# "…, ending a legal fight that …", "ended weeks of speculation", "ends his ordeal": an ending
# whose object, right after it, is a thing other than a deal, its talks, flights or people.
ENDING_WORDS = {"ending", "ended", "ends", "end"}
OBJECT_OPENERS = {"a", "an", "the", "his", "her", "their", "its", "our", "weeks", "months",
                  "years", "days", "nearly", "almost", "more", "several", "two", "three"}
OBJECT_STOPS = {",", ".", ";", ":", "that", "which", "who", "and", "when", "after", "—", "-",
                "in", "on", "by", "with", "for", "at"}
DEAL_LIKE = {"practice", "policy", "policies", "cooperation", "programme", "program", "use",
             "relationship", "transfers", "flights", "talks", "negotiations", "discussions",
             "deportations", "removals", "it", "them", "this", "that", "both", "all"}
DEAL_LABELS = ("ARRANGEMENT_NOUN", "TRANSFER_NOUN", "MIGRATION", "TOPIC", "PEOPLE")


def ends_something_else(cue: Span, clause: Clause) -> bool:
    """"arrived in Juba late Friday, ending a legal fight that had left them held for weeks",
    "has agreed to receive deportees, ending weeks of speculation": the ending's object, told
    right after it, is something other than the deal, its talks, flights or people."""
    words = lower_words(cue.doc)
    if words[cue.end - 1] not in ENDING_WORDS or words[cue.end:cue.end + 1] == ["up"]:
        return False
    if not words[cue.end:cue.end + 1] or words[cue.end] not in OBJECT_OPENERS:
        return False
    stop = next((i for i in range(cue.end, min(len(words), cue.end + 6))
                 if words[i] in OBJECT_STOPS and i > cue.end), min(len(words), cue.end + 6))
    if DEAL_LIKE & set(words[cue.end:stop]):
        return False
    return not any(c.label_ in DEAL_LABELS and cue.end <= c.start < stop for c in clause.cues)


MODALS = {"would", "will", "'ll"}
PROMISE_VERBS = {"accept", "take", "receive", "host", "house", "hold", "shelter", "resettle"}
ROLE_VERBS = {"serve", "act", "function"}
ROLE_NOUNS = {"bridge", "transit", "host", "hub", "safe", "waystation", "way", "stopover"}
PROMISE_SKIP = {"temporarily", "also", "now", "still", "initially", "eventually", "up", "in",
                '"', "“", "”", "'", "‘", "’"}
PROMISE_REACH = 6
PEOPLE_NOUNS = {"deportees", "migrants", "people", "persons", "nationals", "asylum",
                "non-citizens", "foreigners", "individuals", "men", "women", "families",
                "venezuelans", "africans", "returnees", "detainees", "non-nationals"}
NOT_PEOPLE_TAKEN = {"back", "no", "part", "only", "place", "time"}


def may_promise(view) -> bool:
    """Whether a sentence has a modal right before a verb of taking people or of serving as a
    bridge: the cheap test before ``_promised_to_take`` reads its clauses."""
    words = lower_words(view.doc)
    return any(c.text.lower() in MODALS and
               (PROMISE_VERBS | ROLE_VERBS) & set(words[c.end:c.end + 3])
               for c in view.cue_values("FUTURE"))


SEEKING_FORMS = {"seeking", "sought", "seeks", "seek", "is seeking"}


# Who seeks in court, and what they seek: "an application seeking access to the men", "a lawsuit
# seeking to have the agreement declared unconstitutional", "lawyers sought an injunction".
LITIGANTS = {"application", "applications", "lawsuit", "lawsuits", "suit", "petition",
             "petitions", "claim", "case", "motion", "challenge", "complaint", "attorneys",
             "lawyers", "applicants", "plaintiffs", "petitioners", "filing", "appeal"}
COURT_RELIEF = {"access", "an order", "an injunction", "a ruling", "a declaration", "the release",
                "release", "damages", "relief", "a court order", "to have", "to block",
                "to halt", "to stop", "to overturn", "to quash", "to challenge", "judicial",
                "an end", "a stay", "a review"}


# "a person familiar with the discussions", "officials involved in the talks": who a source is,
# not talks the text reports.
SOURCE_OF_TALKS = (("familiar", "with"), ("involved", "in"), ("briefed", "on"), ("close", "to"),
                   ("knowledge", "of"), ("party", "to"), ("privy", "to"))


def describes_a_source(cue: Span) -> bool:
    """"according to a person familiar with the discussions", "three officials involved in the
    negotiations": the talks name who speaks, not a stage."""
    words = lower_words(cue.doc)
    before = [w for w in words[max(0, cue.start - 4):cue.start] if w not in ("the", "these")]
    return tuple(before[-2:]) in SOURCE_OF_TALKS


QUESTION_WORDS = {"what", "how", "which", "when", "who", "whom", "where", "whether"}
TELLING_WORDS = {"say", "said", "disclose", "disclosed", "confirm", "specify", "reveal",
                 "figure", "details", "detail", "explain", "comment", "indication", "word",
                 "tell", "state", "name", "identify"}
WITHHOLDING = {"declined", "declines", "refused", "refuses", "not", "n't", "no", "never",
               "without", "nor"}
QUESTION_REACH = 10


def unanswered_question(cue: Span) -> bool:
    """"She declined to say what the kingdom had been offered", "It gave no figure for how many
    more people the country had agreed to accept": a stage inside a question the speaker did
    not answer is not reported."""
    words = lower_words(cue.doc)
    before = words[max(0, cue.start - QUESTION_REACH):cue.start]
    if any(p in SENTENCE_ENDS for p in before):
        before = before[max(i for i, p in enumerate(before) if p in SENTENCE_ENDS) + 1:]
    asks = [i for i, w in enumerate(before) if w in QUESTION_WORDS]
    if not asks:
        return False
    ask = cue.start - len(before) + asks[-1]  # the question word's token index
    told = [i for i in range(max(0, ask - 4), ask) if words[i] in TELLING_WORDS]
    # "declined to say what", "gave no figure for how many", "would not explain how long"
    return bool(told) and bool(WITHHOLDING & set(words[max(0, told[-1] - 4):told[-1]]))


WHOSE_REACH = 8


# "Britain, whose Rwanda scheme was scrapped", "Denmark, whose government signed": the deal or
# the state's own actors are what "whose" names, and their stage is the deal's.
WHOSE_ACTORS = {"agreement", "deal", "arrangement", "accord", "pact", "scheme", "plan",
                "protocol", "memorandum", "treaty", "partnership", "programme", "program",
                "pilot", "talks", "negotiations", "flights", "transfers", "government",
                "governments", "officials", "ministers", "minister", "president", "leader",
                "leaders", "parliament", "authorities", "administration", "cabinet", "prime",
                "foreign", "interior", "ministry", "court", "courts", "judges", "state"}
AUXILIARY_WORDS = {"had", "have", "has", "was", "were", "is", "are", "been", "being", "be",
                   "already", "since", "also", "later", "all", "repeatedly", "previously"}


def whose_thing(cue: Span) -> bool:
    """"detainees whose visas had been cancelled", "people whose claims have been refused",
    "nationals of countries whose governments had refused to take them back": what happened
    to a thing of the people or states described, not a stage of the deal."""
    words = lower_words(cue.doc)
    before = words[max(0, cue.start - WHOSE_REACH):cue.start]
    if "whose" not in before:
        return False
    between = before[len(before) - 1 - before[::-1].index("whose") + 1:]
    if not between or between[0] in AUXILIARY_WORDS or WHOSE_ACTORS & set(between):
        return False  # "whose … " must name a thing, not the deal or who acts, before its verb
    # the thing's verb, maybe after auxiliaries, a second noun or a coordinated verb ("whose
    # asylum claims were rejected", "whose visas were revoked or cancelled")
    rest = between[1:]
    return all(w in AUXILIARY_WORDS or w in ("or", "and", ",") or w.endswith("ed")
               for w in rest[1:])


def seeks_in_court(cue: Span) -> bool:
    """"an application … by a group of attorneys seeking access to the individuals", "a
    lawsuit seeking to have the agreement declared unconstitutional", "lawyers sought an
    injunction": litigants seeking relief, not a state asking another to take people."""
    if cue.text.lower() not in SEEKING_FORMS:
        return False
    words = lower_words(cue.doc)
    before = words[max(0, cue.start - 10):cue.start]
    if any(p in SENTENCE_ENDS for p in before):
        before = before[max(i for i, p in enumerate(before) if p in SENTENCE_ENDS) + 1:]
    if LITIGANTS & set(before):
        return True
    after = words[cue.end:cue.end + 3]
    return bool(after) and after[0] in COURT_RELIEF or " ".join(after[:2]) in COURT_RELIEF or \
        " ".join(after[:3]) in COURT_RELIEF
