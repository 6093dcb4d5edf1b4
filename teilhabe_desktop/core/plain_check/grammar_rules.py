"""Rules about the build of a sentence: length, passive, negation, subjunctive, genitive,
nested clauses. Each takes the tagged words of one sentence and yields findings.

The grammar comes from HanTa's tags and lemmas; the few word lists below name grammar
words (articles, conjunctions), never content words.
"""

from __future__ import annotations

from collections.abc import Iterator

from teilhabe_desktop.core.plain_check import findings as f
from teilhabe_desktop.core.plain_check.findings import Finding
from teilhabe_desktop.core.plain_check.tagged import Word, clauses
from teilhabe_desktop.core.plain_check.tokens import word_set

#: More words than this make a sentence too long (Leichte Sprache: about 8 to 12).
MAX_WORDS = 12
#: More subordinate clauses than this make a sentence nested.
MAX_SUBORDINATE = 1

_UMLAUTS = str.maketrans("äöü", "aou")
_KONJUNKTIV_ENDINGS = ("e", "en", "est", "et")
#: "möchte" is the Konjunktiv of "mögen" that Leichte Sprache uses: "Ich möchte …".
_ALLOWED_KONJUNKTIV_LEMMAS = frozenset({"mögen"})
#: Words between a negation and the word it negates: "nicht so gut", "keine sehr große".
_INTENSIFIERS = word_set("so sehr ganz besonders wirklich zu allzu gar")
#: Adverbs after "nicht" with no positive word for the pair ("nicht mehr", "noch nicht").
_NO_POSITIVE = word_set(
    "mehr noch nur auch schon da dort hier jetzt heute morgen gestern dann einmal mal "
    "gerade sofort wieder"
)
_NEGATORS_BY_LEMMA = frozenset({"kein", "nie", "niemals"})
#: Articles and possessives that are always genitive ("des", "eines", "meines" …).
_GENITIVE_DETERMINERS = word_set("des eines keines meines deines seines ihres unseres eures")
_GENITIVE_PRONOUNS = frozenset({"dessen", "deren", "wessen"})
#: Feminine/plural genitive forms, genitive only right after a noun ("die Hilfe der Stadt").
_AFTER_NOUN_GENITIVE = word_set(
    "der einer keiner meiner deiner seiner ihrer unserer eurer dieser jener"
)
_GENITIVE_PREPOSITIONS = word_set(
    "wegen trotz während statt anstatt innerhalb außerhalb aufgrund anhand mithilfe "
    "bezüglich infolge seitens oberhalb unterhalb"
)
_SUBORDINATING = ("KOUS", "KOUI", "PRELS", "PRELAT")
_QUESTION_WORDS = ("PWAV", "PWS", "PWAT")


def _span(code: str, first: Word, last: Word, count: int = 0) -> Finding:
    return Finding(code, first.token.start, last.token.end, count)


def too_long(words: list[Word]) -> Iterator[Finding]:
    counted = [w for w in words if w.token.is_word]
    if len(counted) > MAX_WORDS:
        yield _span(f.SENTENCE_TOO_LONG, words[0], words[-1], len(counted))


def passive(words: list[Word]) -> Iterator[Finding]:
    """A form of "werden" and a past participle in one clause: "wird … organisiert"."""
    for clause in clauses(words):
        werden = [w for w in clause if w.lemma == "werden" and w.pos.startswith("VA")]
        participles = [w for w in clause if w.pos == "VV(PP)"]
        if werden and participles:
            first = min(werden[0], participles[0], key=lambda w: w.token.start)
            last = max(werden[-1], participles[-1], key=lambda w: w.token.end)
            yield _span(f.PASSIVE, first, last)


def _is_negator(word: Word) -> bool:
    return word.pos == "PTKNEG" or word.lemma.casefold() in _NEGATORS_BY_LEMMA


def negation(words: list[Word]) -> Iterator[Finding]:
    """A negation of an adjective or adverb, which has a positive word: "nicht gut",
    "keine gute Idee", "nicht oft"; and "kostet nichts" ("kostenlos")."""
    for i, word in enumerate(words):
        if word.lower == "nichts" and i and words[i - 1].lemma == "kosten":
            yield _span(f.NEGATION, words[i - 1], word)
            continue
        if not _is_negator(word):
            continue
        j = i + 1
        while j < len(words) and words[j].lower in _INTENSIFIERS:
            j += 1
        if j == len(words):
            continue
        negated = words[j]
        adjective = negated.pos.startswith("ADJ")
        if adjective or (negated.pos == "ADV" and negated.lower not in _NO_POSITIVE):
            yield _span(f.NEGATION, word, negated)


def _is_konjunktiv(word: Word, first: bool) -> bool:
    form, lemma = word.lower, word.lemma.casefold()
    if not word.is_finite_verb or lemma in _ALLOWED_KONJUNKTIV_LEMMAS:
        return False
    umlaut = form != form.translate(_UMLAUTS)
    if umlaut and lemma == lemma.translate(_UMLAUTS):
        # an umlaut the infinitive lacks: hätte, wäre, würde, käme, gäbe, bräuchte
        # (the present "fährt", "läuft" ends in -t, never in -e, -en, -est, -et)
        return form.endswith(_KONJUNKTIV_ENDINGS) or form.startswith("wär")
    if umlaut and word.pos == "VM(FIN)":  # könnte, müsste, dürfte (konnte, musste …)
        return form.rstrip("nst").endswith("te")
    if lemma == "sollen":  # sollte, solltest: advice, not a fact
        return form.startswith("sollt")
    # Konjunktiv I of "sein" in reported speech ("er sei krank"; "Sei …" starts a command)
    return lemma == "sein" and form in ("sei", "seien", "seiest", "seist") and not first


def subjunctive(words: list[Word]) -> Iterator[Finding]:
    for i, word in enumerate(words):
        if _is_konjunktiv(word, first=i == 0):
            yield _span(f.SUBJUNCTIVE, word, word)


def _noun(word: Word) -> bool:
    return word.pos.startswith("NN") or word.pos == "NE"


def genitive(words: list[Word]) -> Iterator[Finding]:
    """Genitive articles ("des Vaters", "eines Freundes"), "der"/"einer" after a noun or
    a genitive preposition ("die Hilfe der Stadt", "wegen der Arbeit"), "dessen"/"deren",
    and the -s of names before a noun ("Miras Hund", "Jonas' Auto")."""
    for i, word in enumerate(words):
        before = words[i - 1] if i else None
        after = words[i + 1] if i + 1 < len(words) else None
        form = word.lower
        determiner = word.pos.endswith("AT") or word.pos == "ART"
        found = (
            (determiner and form in _GENITIVE_DETERMINERS)
            or form in _GENITIVE_PRONOUNS
            or (
                determiner
                and form in _AFTER_NOUN_GENITIVE
                and before is not None
                and (_noun(before) or before.lower in _GENITIVE_PREPOSITIONS)
                and after is not None
                and (_noun(after) or after.pos.startswith("ADJ"))
            )
        )
        if found:
            yield _span(f.GENITIVE, word, after if after and _noun(after) else word)
        elif _is_saxon_genitive(word, after, words[i + 2] if i + 2 < len(words) else None):
            yield _span(f.GENITIVE, word, word)


def _is_saxon_genitive(word: Word, after: Word | None, second: Word | None) -> bool:
    if word.pos != "NE" or after is None:
        return False
    if after.text in ("'", "’"):  # Jonas' Auto
        return second is not None and second.pos.startswith("NN")
    return word.text.endswith("s") and word.lemma == word.text[:-1] and after.pos.startswith("NN")


def nested_clauses(words: list[Word]) -> Iterator[Finding]:
    """More than one subordinate clause: "weil", "dass", "wenn", "um … zu", relative
    clauses ("…, die …") and indirect questions after a comma ("…, wo …")."""
    count = 0
    for i, word in enumerate(words):
        after_comma = i > 0 and words[i - 1].pos == "$,"
        if word.pos in _SUBORDINATING or (after_comma and word.pos in _QUESTION_WORDS):
            count += 1
    if count > MAX_SUBORDINATE:
        yield _span(f.NESTED_CLAUSES, words[0], words[-1], count)
