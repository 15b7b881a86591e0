"""Cues read from their parts, not listed combination by combination in a lexicon.

- Going to court: a verb of going, turning or applying (``LEGAL_RESORT``), then "to", then a
  court cue within a few words ("went to the High Court", "turned to Kenya's top court",
  "applying to the European Court of Human Rights", "went on Friday to the High Court") make
  a ``LEGAL_PENDING`` cue of value ``suit`` spanning verb to court; the verb alone is no legal
  step ("went to Kampala").
- Children without schooling: a lack ("lacked", "no", "without") then within a few words a
  word for schooling (``CONCERN_DEPRIVED``), shortly after "children" or a word of holding
  people, make the concern "no schooling for children".
- Care lacking: a lack then within a few words a word of medical or psychiatric care
  (``CONCERN_DEPRIVED`` ``care``: "had no inpatient psychiatric facility", "no specialist mental
  health unit", "denied prompt access to medical care", "could not provide the psychiatric
  care"), or a lack of contact ("only intermittent access to a doctor"), make the concern
  "denied food, water or medical care", without listing every pair.
- Assault: a verb of hitting then within two words the people (``CONCERN_DEPRIVED``
  ``assault``, ``PEOPLE``: "beat Venezuelan deportees", "kicked the men") make the concern
  "ill-treatment", without listing every verb and object.
- Rights violated: a verb of violating then within a few words "rights", or "rights" then the
  verb ("violated the rights of the families held at CATEM", "their rights had been
  violated"), near a word of holding people (``CONCERN_HOLDING``), make the concern "human
  rights violations": the holding state's treatment of them, not a procedure elsewhere.
- Contact denied: a lack of contact ("limited access", "no contact", "cut off from") or a
  negatable permission ("allowed to see", "allowed to telephone") followed within a few words
  by the people or means of contact (``CONCERN_CONTACT`` ``party``: "lawyers", "their
  families", "relatives", "telephones") make a rights-concern cue "no access to lawyers or
  family" (``CONCERN``, or ``CONCERN_IF_NEGATED`` for a permission, which only a negation
  makes a concern: "had not been allowed to see relatives").
- Repression: an act ("restricting", "detaining", "intimidation of") then within two words
  its target ("dissent", "government critics", "journalists") (``CONCERN_DEPRIVED``
  ``repress`` and ``dissent``) make the concern "repression", without listing every pair.
- Not yet scheduled: a marker ("not", "yet to"), within a few words a verb of scheduling, then
  within a few words a date or hearing ("has yet to set a date", "has not fixed a hearing",
  "had still not scheduled a hearing date"), or "no", the date or hearing, then the verb
  ("no date has yet been set") (``LEGAL_UNSCHEDULED``), make a ``LEGAL_PENDING`` cue of value
  ``ongoing``: the court has the case and has not decided it. A flight or a visit not yet
  scheduled names no court, and the legal rules want one.

Runs once per document on the matched cues (in text order), from the ``tc_cues`` component;
it costs a pass over the cues, and work only where a part was matched.
"""

from __future__ import annotations

from thirdcountry.extraction.words import word_class, word_tuple

CONTACT_CONCERN = "no access to lawyers or family"
TAKEN_CONCERN = "phones or documents taken"
SCHOOLING_CONCERN = "no schooling for children"
CARE_CONCERN = "denied food, water or medical care"
ASSAULT_CONCERN = "ill-treatment"
VIOLATION_CONCERN = "human rights violations"
REPRESSION_CONCERN = "repression"
# "detaining government critics": words between an act of repression and its target.
_REPRESSION_GAP = 2
# "beat Venezuelan deportees": words between a verb of hitting and the people hit.
_ASSAULT_GAP = 2
_HOLDING_REACH = 12

# Words that may stand between "to" and the court: articles, possessives, a place or an
# adjective ("the country's highest", "a federal", "Kenya's").
_BETWEEN_MAX = 3
_ADVERBIAL_MAX = 3
_PARTY_GAP_MAX = 3
_SCHEDULE_GAP = 2
# "denied prompt access", "without mosquito nets or access": words between a deprivation and
# "access" (a coordination may stand there, no other clause break).
_ACCESS_GAP_MAX = 4
_COORDINATORS = word_class("coordinators_and_or")
_BREAKS = word_class("clause_break_words")
_STOP = word_class("phrase_stop_words")
_POSSESSIVE = word_tuple("possessive_endings")
# The categories of the parts ``compose`` reads: most cues are of none, and one set test lets
# them pass without the label compared to each part in turn.
_PART_CATEGORIES = frozenset({"CONCERN", "LEGAL_RESORT", "COURT", "CONCERN_CONTACT",
                              "CONCERN_DEPRIVED", "CONCERN_HOLDING", "PEOPLE",
                              "LEGAL_UNSCHEDULED"})


def compose(cues: list) -> list:
    """``cues`` with the cues their parts make, in text order."""
    resorts, courts, lacks, parties, people = [], [], [], [], []
    contact: dict[str, list] = {}
    deprived: dict[str, list] = {}
    holding: list[int] = []
    unscheduled: dict[str, list] = {}
    concerns: set[tuple[int, int]] = set()
    for c in cues:
        label = c.label_
        if label not in _PART_CATEGORIES:
            continue
        if label == "CONCERN":
            concerns.add((c.start, c.end))
        if label == "LEGAL_RESORT":
            resorts.append(c)
        elif label == "COURT":
            if c.kb_id_ != "step":
                courts.append(c)
        elif label == "CONCERN_CONTACT":
            if c.kb_id_ in ("party", "lack", "permission"):
                (parties if c.kb_id_ == "party" else lacks).append(c)
            else:
                contact.setdefault(c.kb_id_, []).append(c)
        elif label == "CONCERN_DEPRIVED":
            deprived.setdefault(c.kb_id_, []).append(c)
        elif label == "CONCERN_HOLDING":
            holding.append(c.start)
        elif label == "PEOPLE":
            people.append(c)
        elif label == "LEGAL_UNSCHEDULED":
            unscheduled.setdefault(c.kb_id_, []).append(c)
    added: list = []
    if resorts and courts:
        added += _resorts(resorts, courts)
    if "access" in contact and "deprive" in contact and parties:
        lacks += _deprived_access(contact["deprive"], contact["access"])
    if lacks and parties:
        added += _contacts(lacks, parties, concerns)
    if "seize" in contact and "item" in contact:
        added += _pairs(contact["seize"], contact["item"], TAKEN_CONCERN, possessive=True)
    if "seized" in contact and "item" in contact:
        # "had their phones confiscated", "their travel documents taken from them": the item,
        # then its participle ("documents took weeks" is a finite verb, no seizure)
        added += _pairs(contact["item"], contact["seized"], TAKEN_CONCERN, reach=0)
    if "schooling" in deprived and "lack" in deprived:
        # children or people held, shortly before: not the people's own background
        held = holding + [c.start for c in deprived.get("children", ())]
        added += [c for c in _pairs(deprived["lack"], deprived["schooling"], SCHOOLING_CONCERN)
                  if any(c.start - _HOLDING_REACH <= h < c.start for h in held)]
    if "care" in deprived and "lack" in deprived:
        added += _pairs(deprived["lack"], deprived["care"], CARE_CONCERN)
    if "care" in deprived and lacks:
        # "only intermittent access to a doctor", "limited access to psychiatric care": a lack
        # of contact before a word of care is care lacking, as "no access to a doctor" is
        added += _pairs([c for c in lacks if c.kb_id_ == "lack"], deprived["care"], CARE_CONCERN)
    if "assault" in deprived and people:
        added += _pairs(deprived["assault"], people, ASSAULT_CONCERN, reach=_ASSAULT_GAP)
    if "repress" in deprived and "dissent" in deprived:
        added += _pairs(deprived["repress"], deprived["dissent"], REPRESSION_CONCERN,
                        reach=_REPRESSION_GAP)
    if "violation" in deprived and "rights" in deprived and holding:
        added += _violations(deprived["violation"], deprived["rights"], holding)
    if "verb" in unscheduled and "slot" in unscheduled:
        added += _unscheduled(unscheduled)
    if not added:
        return cues
    return sorted(cues + added, key=lambda c: c.start)


# --- going to court -------------------------------------------------------------------------
def _resorts(verbs: list, courts: list) -> list:
    added = []
    for verb in verbs:
        doc = verb.doc
        to = _to_after(doc, verb.end)
        if to is None:
            continue
        court = next((c for c in courts if to < c.start <= to + 1 + _BETWEEN_MAX), None)
        if court is None or not _plain_gap(doc, to + 1, court.start) or _possessed(doc, court):
            continue
        added.append(type(verb)(doc, verb.start, court.end, ("LEGAL_PENDING", "suit")))
    return added


def _to_after(doc, start: int) -> int | None:
    """The "to" right after the verb or after a short adverbial ("went on Friday to the High
    Court", "turned again to the courts", "went back to court")."""
    for i in range(start, min(len(doc), start + 1 + _ADVERBIAL_MAX)):
        word = doc[i].lower_
        if word == "to":
            return i
        if not doc[i].is_alpha or word in _BREAKS:
            return None
    return None


def _plain_gap(doc, start: int, end: int) -> bool:
    """Only articles, names, adjectives and possessives between "to" and the court."""
    for token in doc[start:end]:
        if token.lower_ in _STOP or not (token.is_alpha or token.lower_ in _POSSESSIVE):
            return False
    return True


def _possessed(doc, court) -> bool:
    """"applied to the court's own staff": the court owns something, nobody went to it."""
    return court.end < len(doc) and doc[court.end].lower_ in _POSSESSIVE


# --- contact denied -------------------------------------------------------------------------
def _contacts(lacks: list, parties: list, concerns: set[tuple[int, int]]) -> list:
    """A lack or permission of contact and its party; none where a concern cue already spans
    the words ("cut off from their families" is listed as held without information)."""
    added = []
    for lack in lacks:
        doc = lack.doc
        party = next((p for p in parties
                      if lack.end <= p.start <= lack.end + _PARTY_GAP_MAX), None)
        if party is None or any(not t.is_alpha or t.lower_ in _BREAKS
                                for t in doc[lack.end:party.start]):
            continue
        if (lack.start, party.end) in concerns:
            continue
        label = "CONCERN_IF_NEGATED" if lack.kb_id_ == "permission" else "CONCERN"
        added.append(type(lack)(doc, lack.start, party.end, (label, CONTACT_CONCERN)))
    return added


def _deprived_access(deprives: list, accesses: list) -> list:
    """"access" a few words after a deprivation ("denied prompt access", "without mosquito nets
    or access"): a lack of contact spanning both, which a party must still follow."""
    added = []
    for access in accesses:
        doc = access.doc
        deprive = next((d for d in reversed(deprives)
                        if access.start - _ACCESS_GAP_MAX <= d.end <= access.start), None)
        if deprive is None or any(not t.is_alpha or t.lower_ in _BREAKS - _COORDINATORS
                                  for t in doc[deprive.end:access.start]):
            continue
        added.append(type(access)(doc, deprive.start, access.end,
                                  ("CONCERN_CONTACT", "lack")))
    return added


# --- schooling, rights violated -------------------------------------------------------------
def _pairs(firsts: list, seconds: list, concern: str, reach: int = _PARTY_GAP_MAX,
           possessive: bool = False) -> list:
    """A first part then a second within ``reach`` words, nothing breaking between them (a
    possessive ending may, with ``possessive``: "seized the detainees' phones")."""
    added = []
    for first in firsts:
        doc = first.doc
        second = next((c for c in seconds if first.end <= c.start <= first.end + reach), None)
        if second is None or any(
                not (t.is_alpha or possessive and (t.lower_ in _POSSESSIVE or t.text in "'’")) or
                t.lower_ in _BREAKS
                for t in doc[first.end:second.start]):
            continue
        added.append(type(first)(doc, first.start, second.end, ("CONCERN", concern)))
    return added


def _violations(verbs: list, rights: list, holding: list[int]) -> list:
    """"violated the rights of …" or "their rights had been violated", near people held."""
    found = _pairs(verbs, rights, VIOLATION_CONCERN, reach=4) + \
        _pairs(rights, verbs, VIOLATION_CONCERN)
    return [c for c in found
            if any(c.start - _HOLDING_REACH <= h <= c.end + _HOLDING_REACH for h in holding)]


# --- not yet scheduled ----------------------------------------------------------------------
def _unscheduled(parts: dict[str, list]) -> list:
    """"has yet to set a date", "has not fixed a hearing": marker, verb, slot; "no date has
    yet been set": "no", slot, verb."""
    verbs, slots = parts["verb"], parts["slot"]
    added = []
    for marker in parts.get("marker", ()):
        verb = _next_part(marker, verbs, _SCHEDULE_GAP)
        slot = verb and _next_part(verb, slots, _SCHEDULE_GAP)
        if slot:
            added.append(type(marker)(marker.doc, marker.start, slot.end,
                                      ("LEGAL_PENDING", "ongoing")))
    for none in parts.get("none", ()):
        slot = _next_part(none, slots, 1)
        verb = slot and _next_part(slot, verbs, _SCHEDULE_GAP + 1)
        if verb:
            added.append(type(none)(none.doc, none.start, verb.end,
                                    ("LEGAL_PENDING", "ongoing")))
    return added


def _next_part(first, seconds: list, reach: int):
    """The first of ``seconds`` within ``reach`` words after ``first``, only words between."""
    doc = first.doc
    second = next((c for c in seconds if first.end <= c.start <= first.end + reach), None)
    if second is None or any(not t.is_alpha or t.lower_ in _BREAKS
                             for t in doc[first.end:second.start]):
        return None
    return second
