"""Bytes to article text: decoding, size limits, the English check, the headline guess.

The text these functions return is the text that gets stored, and fact evidence offsets point
into it, so every change made here (newline normalization) happens once, before storage, and
never afterwards.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

from charset_normalizer import from_bytes

from thirdcountry.errors import SkipReason, SourceError

DEFAULT_MAX_BYTES = 5_000_000

# Byte-order marks decide the encoding outright; UTF-32 first because its LE mark starts
# with the UTF-16 LE one.
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Real text has almost no control characters besides whitespace; more than this share means
# a binary format that happens to contain no NUL byte.
_MAX_CONTROL_SHARE = 0.01
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_LATIN1_ALIASES = dict.fromkeys(
    ("iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"), "cp1252"
)

# The English check needs enough words to be meaningful; shorter texts are not judged.
_MIN_WORDS_TO_JUDGE = 30
_MIN_LETTERS_TO_JUDGE = 60
_MIN_ENGLISH_SHARE = 0.15
_MIN_LATIN_SHARE = 0.5
_LANGUAGE_SAMPLE_CHARS = 20_000
_WORD = re.compile(r"[^\W\d_]+")

# Well-formed references only (a bare "&" or "AT&T" stays as it is).
_CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# A first line longer than this is a paragraph, not a headline.
_MAX_HEADLINE_CHARS = 200


def decode_bytes(data: bytes, origin: str, *, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode file or page bytes into text with ``\\n`` line endings.

    A byte-order mark wins; then the declared charset, if any; then UTF-8, Windows-1252 (the
    usual non-UTF-8 English text) and the best guess of charset-normalizer. Any fallback is
    named in the warnings.

    Args:
        data: the raw bytes.
        origin: path or URL, used in errors.
        declared: charset named by an HTTP header or an HTML ``<meta>``, if any.

    Returns:
        The text and a list of warnings such as ``"decoded as cp1252"``.

    Raises:
        SourceError: EMPTY (nothing but whitespace), BINARY (NUL bytes or control
            characters), ENCODING (no encoding fits).
    """
    warnings: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                detail = f"invalid {encoding} text after its byte-order mark ({exc.reason})"
                raise SourceError(SkipReason.ENCODING, origin, detail) from exc
            if encoding != "utf-8-sig":
                warnings.append(f"decoded as {encoding}")
            return clean_text(text, origin), warnings
    if not data.strip():
        raise SourceError(SkipReason.EMPTY, origin, "empty (no text)")
    if b"\x00" in data:
        raise SourceError(SkipReason.BINARY, origin, "binary file (NUL bytes)")
    if declared:
        # Browsers read Latin-1 and ASCII declarations as Windows-1252; so do we.
        encoding = _LATIN1_ALIASES.get(declared.strip().lower(), declared.strip())
        try:
            return clean_text(data.decode(encoding), origin), warnings
        except (LookupError, UnicodeDecodeError):
            warnings.append(f"declared charset {declared!r} does not fit the bytes, ignored")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text, encoding = _decode_fallback(data, origin)
        warnings.append(f"decoded as {encoding}")
    return clean_text(text, origin), warnings


def _decode_fallback(data: bytes, origin: str) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    guess = from_bytes(data).best()
    if guess is None:
        raise SourceError(
            SkipReason.ENCODING, origin, "undecodable text (not UTF-8 and no other encoding fits)"
        )
    return str(guess), guess.encoding


def clean_text(text: str, origin: str) -> str:
    """Normalize decoded text as it will be stored, refusing text that is empty or binary.

    Line endings become ``\\n`` (so offsets into a CRLF file are those of its LF form), HTML
    character references left in plain text (``&#8217;``, ``&amp;``, ``&nbsp;``) become the
    characters they stand for, and a leading byte-order mark and trailing whitespace go;
    nothing else changes.

    Args:
        text: decoded text.
        origin: path, URL or record, used in errors.

    Returns:
        The normalized text.

    Raises:
        SourceError: EMPTY, BINARY (control characters).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").rstrip()
    # Scraped datasets and feed summaries often keep the page's character references; left as
    # they are, "Rwanda&#8217;s" is one word and no country to the extractor.
    text = _CHARACTER_REFERENCE.sub(lambda ref: html.unescape(ref.group()), text)
    if not text.strip():
        raise SourceError(SkipReason.EMPTY, origin, "empty (no text)")
    controls = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in _TEXT_CONTROLS
    )
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise SourceError(SkipReason.BINARY, origin, "binary file (control characters)")
    return text


def read_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a whole file, refusing it before reading when it is over the size limit.

    Args:
        path: the file.
        max_bytes: largest file accepted.

    Returns:
        The file's bytes.

    Raises:
        SourceError: NOT_FOUND, UNSUPPORTED (a folder or special file), TOO_LARGE,
            UNREADABLE (permissions, I/O error).
    """
    origin = str(path)
    try:
        if not path.is_file():
            if path.exists():
                raise SourceError(SkipReason.UNSUPPORTED, origin, "not a regular file")
            raise SourceError(SkipReason.NOT_FOUND, origin, "no such file")
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(
                SkipReason.TOO_LARGE, origin, f"{size} bytes, over the {max_bytes}-byte limit"
            )
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise SourceError(SkipReason.UNREADABLE, origin, f"cannot read ({exc.strerror})") from exc
    if len(data) > max_bytes:
        raise SourceError(SkipReason.TOO_LARGE, origin, f"over the {max_bytes}-byte limit")
    return data


def read_text_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[str]]:
    """Read and decode a text file.

    Args:
        path: the file.
        max_bytes: largest file accepted.

    Returns:
        The text and decoding warnings, as :func:`decode_bytes`.

    Raises:
        SourceError: as :func:`read_bytes` and :func:`decode_bytes`.
    """
    return decode_bytes(read_bytes(path, max_bytes=max_bytes), str(path))


@lru_cache(maxsize=1)
def _function_words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    raw = json.loads(
        resources.files("thirdcountry.sources")
        .joinpath("data/function_words.json")
        .read_text(encoding="utf-8")
    )
    languages = raw["languages"]
    english = frozenset(languages["en"]["words"])
    others = {
        spec["name"]: frozenset(spec["words"]) - english
        for code, spec in languages.items()
        if code != "en"
    }
    return english, others


def language_warning(text: str) -> str | None:
    """Say why a text does not look like English, or None if it does or is too short to tell.

    Two cheap tests, no model: most letters must be Latin script, and English function words
    ("the", "of", "said") must be common and more common than those of French, German,
    Spanish, Italian, Portuguese or Dutch. Names and numbers do not count as words either way,
    so name-heavy English news passes. Only the start of a long text is read.

    Args:
        text: the article text.

    Returns:
        ``"text does not look like English (...)"`` with the evidence, or None.
    """
    return _assess_language(text)[1]


def check_english(text: str, origin: str) -> str | None:
    """Refuse a text that does not look like English.

    Args:
        text: the article text.
        origin: path, URL or record, used in the error.

    Returns:
        ``"en"`` when the text was long enough to judge, None when it was too short.

    Raises:
        SourceError: NOT_ENGLISH, with the evidence from :func:`language_warning`.
    """
    judged, warning = _assess_language(text)
    if warning is not None:
        raise SourceError(SkipReason.NOT_ENGLISH, origin, warning)
    return "en" if judged else None


def _assess_language(text: str) -> tuple[bool, str | None]:
    """Return (whether the text was long enough to judge, the non-English warning or None)."""
    sample = text[:_LANGUAGE_SAMPLE_CHARS]
    scripts = Counter(
        "LATIN" if ch < "\x80" else unicodedata.name(ch, "UNKNOWN").split()[0]
        for ch in sample
        if ch.isalpha()
    )
    letters = sum(scripts.values())
    if letters < _MIN_LETTERS_TO_JUDGE:
        return False, None
    if scripts["LATIN"] < _MIN_LATIN_SHARE * letters:
        main_script = scripts.most_common(1)[0][0].title()
        return True, f"text does not look like English (mostly {main_script} script)"
    words = _WORD.findall(sample.lower())
    if len(words) < _MIN_WORDS_TO_JUDGE:
        return False, None
    english, others = _function_words()
    english_share = sum(word in english for word in words) / len(words)
    rival, rival_share = max(
        (
            (name, sum(word in vocabulary for word in words) / len(words))
            for name, vocabulary in others.items()
        ),
        key=lambda item: item[1],
    )
    if english_share >= _MIN_ENGLISH_SHARE and english_share >= rival_share:
        return True, None
    return True, (
        f"text does not look like English ({english_share:.0%} English function words, "
        f"{rival_share:.0%} {rival})"
    )


def headline(text: str) -> str | None:
    """Return the first line of an article as its title, if it is short enough to be one.

    Args:
        text: the article text.

    Returns:
        The first non-blank line, or None when it is longer than a headline (a paragraph).
    """
    first_line = text.lstrip().split("\n", 1)[0].strip()
    return first_line if 0 < len(first_line) <= _MAX_HEADLINE_CHARS else None
