"""The German language data of the checker, each loaded once on first use.

- **HanTa** (Hanover Tagger, its German model ships in the wheel): part of speech (STTS
  tags such as ``NN``, ``VA(FIN)``, ``VV(PP)``, ``PTKNEG``) and lemma of every word;
- **wordfreq**: how often a word occurs in everyday German (Zipf scale: 7 is "und",
  3 about once per million words, 0 unknown);
- **Pyphen**: the hyphenation points of a word, from which its syllables are counted.

Loading takes about half a second; :func:`warm_up` does it ahead (e.g. in a background
thread when a field with the checker appears). Every loader is safe to call from two
threads at once.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

from teilhabe_desktop.core.plain_check.tokens import has_vowel

#: Longer tokens go to the tagger as a placeholder: its analysis grows with the length
#: of a word (300 letters of pasted garbage take half a second).
MAX_TAGGED_LENGTH = 40
_PLACEHOLDER = "Xxx"
_lock = threading.Lock()


def _loaded_once(factory):
    """``factory()`` called once, whichever thread asks first; the others wait for it."""
    load = cache(factory)

    def loaded():
        with _lock:
            return load()

    return loaded


@_loaded_once
def _tagger():
    from HanTa import HanoverTagger

    # the full path: given a bare name HanTa would first unpickle a file of that name
    # from the current folder
    model = Path(HanoverTagger.__file__).with_name("morphmodel_ger.pgz")
    return HanoverTagger.HanoverTagger(str(model))


@_loaded_once
def _hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="de_DE")


@_loaded_once
def _frequency():
    from wordfreq import zipf_frequency

    zipf_frequency("Haus", "de")  # reads the German word list
    return zipf_frequency


def warm_up() -> None:
    """Load every model now, so that the first check is as fast as the next."""
    _tagger()
    _hyphenator()
    _frequency()


@lru_cache(maxsize=1024)
def tag(words: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """``(lemma, tag)`` for each of ``words`` (one sentence, a tuple)."""
    shown = [w if len(w) <= MAX_TAGGED_LENGTH else _PLACEHOLDER for w in words]
    tagged = _tagger().tag_sent(shown, taglevel=1)
    return tuple(
        (lemma, pos) if len(word) <= MAX_TAGGED_LENGTH else (word, "XY")
        for (_, lemma, pos), word in zip(tagged, words, strict=True)
    )


@lru_cache(maxsize=4096)
def word_tags(word: str) -> tuple[str, ...]:
    """The tags the tagger considers for ``word`` alone, likeliest first."""
    if len(word) > MAX_TAGGED_LENGTH:
        return ()
    return tuple(t for t, _ in _tagger().tag_word(word))


@lru_cache(maxsize=16384)
def zipf(word: str) -> float:
    """Zipf frequency of ``word`` in German (0 for a word wordfreq never saw)."""
    return _frequency()(word, "de")


@lru_cache(maxsize=4096)
def syllables(word: str) -> int:
    """Syllables of ``word``: its hyphenated pieces that have a vowel ("Mit-a-r-bei-te-rin"
    from Pyphen counts 5, the lone "r" is no syllable)."""
    pieces = _hyphenator().inserted(word, hyphen="\x00").split("\x00")
    return max(1, sum(has_vowel(p) for p in pieces))
