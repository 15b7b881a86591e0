"""Article files and folders: text, Markdown and HTML files, sidecars, decoding, skip reasons."""

from __future__ import annotations

import builtins
import json
from pathlib import Path

import pytest

from thirdcountry.errors import SkipReason, SourceError
from thirdcountry.sources import RawDocument, iter_paths, language_warning, read_document
from thirdcountry.sources.base import normalize_published
from thirdcountry.sources.files import markdown_to_text
from thirdcountry.sources.text import decode_bytes

DEV_CORPUS = Path("/work/shared/corpus/dev")

ARTICLE = (
    "US deportees land in Eswatini under undisclosed deal\n\n"
    "MBABANE, July 17 — Five men deported from the United States arrived in Eswatini earlier "
    "this week, the first people sent to the southern African kingdom under an agreement that "
    "neither government had disclosed. The U.S. Department of Homeland Security said the men "
    "had been convicted of serious crimes and that their own countries had refused to take "
    "them back.\n"
)
FRENCH = (
    "Le gouvernement britannique a annoncé mardi que les premiers demandeurs d'asile seraient "
    "envoyés au Rwanda avant la fin du mois, malgré les critiques des organisations de défense "
    "des droits humains qui dénoncent un accord contraire au droit international. Selon le "
    "ministère de l'Intérieur, plusieurs centaines de personnes pourraient être concernées."
)
GERMAN = (
    "Die italienische Regierung hat am Dienstag mitgeteilt, dass die ersten Migranten in die "
    "Lager in Albanien gebracht wurden. Menschenrechtsorganisationen kritisieren das Abkommen "
    "scharf, weil es nach ihrer Ansicht gegen europäisches Recht verstößt und die Rechte der "
    "Asylsuchenden nicht ausreichend schützt."
)
SPANISH = (
    "El gobierno de Estados Unidos envió el sábado a más de doscientos migrantes venezolanos a "
    "una prisión de máxima seguridad en El Salvador, según informaron las autoridades de ambos "
    "países. Los abogados de las familias afirman que muchos de ellos no tenían antecedentes "
    "penales y que fueron deportados sin audiencia."
)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def skip_reason(path: Path, **kwargs: int) -> SkipReason:
    with pytest.raises(SourceError) as info:
        read_document(path, **kwargs)
    assert info.value.origin == str(path)
    return info.value.reason


def test_text_file_keeps_text_and_takes_first_line_as_title(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "a.txt", ARTICLE))
    assert doc.text == ARTICLE.rstrip()
    assert doc.source == "file"
    assert doc.origin == str(tmp_path / "a.txt")
    assert doc.title == "US deportees land in Eswatini under undisclosed deal"
    assert doc.language == "en"
    assert (doc.published, doc.url, doc.outlet, doc.author) == (None, None, None, None)
    assert doc.warnings == []


def test_long_first_line_is_not_a_title(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "a.txt", ARTICLE.replace("\n\n", " ", 1)))
    assert doc.title is None


def test_sidecar_gives_metadata_and_wins(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", ARTICLE)
    sidecar = {
        "published": "2025-07-17",
        "title": "Sidecar title",
        "url": "https://news.example/story",
        "outlet": "Meridian Wire Service",
        "author": "Jane Roe",
        "language": "en",
        "id": "ignored",
    }
    write(tmp_path / "story.meta.json", json.dumps(sidecar))
    doc = read_document(tmp_path / "story.txt")
    assert doc.title == "Sidecar title"
    assert doc.published == "2025-07-17"
    assert doc.url == "https://news.example/story"
    assert doc.outlet == "Meridian Wire Service"
    assert doc.author == "Jane Roe"
    assert doc.language == "en"


def test_broken_sidecar_is_a_warning_not_a_skip(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", ARTICLE)
    write(tmp_path / "story.meta.json", "{not json")
    doc = read_document(tmp_path / "story.txt")
    assert doc.title == "US deportees land in Eswatini under undisclosed deal"
    assert len(doc.warnings) == 1 and "story.meta.json unreadable" in doc.warnings[0]


def test_sidecar_bad_values_are_dropped_with_warnings(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", ARTICLE)
    write(
        tmp_path / "story.meta.json",
        json.dumps({"published": "someday", "url": "javascript:alert(1)", "author": 7}),
    )
    doc = read_document(tmp_path / "story.txt")
    assert (doc.published, doc.url, doc.author) == (None, None, None)
    assert len(doc.warnings) == 3


def test_sidecar_declaring_another_language_skips(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", ARTICLE)
    write(tmp_path / "story.meta.json", json.dumps({"language": "fr-FR"}))
    assert skip_reason(tmp_path / "story.txt") is SkipReason.NOT_ENGLISH


def test_markdown_becomes_readable_text_with_front_matter_metadata(tmp_path: Path) -> None:
    source = (
        "---\n"
        'title: "Rwanda agrees to take 250"\n'
        "date: 2025-08-05\n"
        "author: Jane Roe\n"
        "---\n"
        "# Rwanda *agrees* to take **250** deportees\n\n"
        "Rwanda has [agreed](https://news.example/x) to accept up to 250 people\n"
        "deported from the United States, a government spokeswoman said on Tuesday.\n\n"
        "![Kigali skyline](kigali.jpg)\n\n"
        "- The deal runs for `five` years.\n"
        "- Each person gets training.\n\n"
        "> We are a country that knows the pain of displacement.\n\n"
        "---\n\n"
        "Officials said snake_case_names and 2 * 3 stay as written. <span>x</span>\n"
    )
    doc = read_document(write(tmp_path / "story.md", source))
    assert doc.text == (
        "Rwanda agrees to take 250 deportees\n\n"
        "Rwanda has agreed to accept up to 250 people deported from the United States, a "
        "government spokeswoman said on Tuesday.\n\n"
        "- The deal runs for five years.\n"
        "- Each person gets training.\n\n"
        "We are a country that knows the pain of displacement.\n\n"
        "Officials said snake_case_names and 2 * 3 stay as written. x"
    )
    assert doc.title == "Rwanda agrees to take 250"
    assert doc.published == "2025-08-05"
    assert doc.author == "Jane Roe"


def test_markdown_without_front_matter_takes_first_heading_as_title() -> None:
    text, fields = markdown_to_text("Intro line\n\n## The heading\n\n1. one\n2. two\n")
    assert text == "Intro line\n\nThe heading\n\n1. one\n2. two"
    assert fields == {"title": "The heading"}


def test_markdown_table_rows_become_lines() -> None:
    text, _ = markdown_to_text("| Country | People |\n|---|---|\n| Eswatini | 5 |\n")
    assert text == "Country | People\nEswatini | 5"


def test_html_file_is_stripped_of_boilerplate(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{part}</p>" for part in ARTICLE.split("\n\n")[1:])
    page = (
        '<html lang="en"><head><meta charset="utf-8"><title>Deportees land | Meridian</title>'
        '<meta property="og:site_name" content="Meridian">'
        '<meta name="author" content="Jane Roe">'
        '<meta property="article:published_time" content="2025-07-17T08:00:00Z">'
        "</head><body><nav><a href='/'>Home</a> Subscribe now</nav>"
        f"<article><h1>US deportees land in Eswatini</h1>{paragraphs}</article>"
        "<footer>Copyright 2025 Meridian. All rights reserved.</footer></body></html>"
    )
    doc = read_document(write(tmp_path / "page.html", page))
    assert doc.source == "html"
    assert doc.text.startswith("US deportees land in Eswatini\n\nMBABANE, July 17")
    assert "Subscribe" not in doc.text and "Copyright" not in doc.text
    assert doc.outlet == "Meridian"
    assert doc.author == "Jane Roe"
    assert doc.published == "2025-07-17"


def test_html_file_charset_from_meta(tmp_path: Path) -> None:
    body = ARTICLE.replace("—", "–").split("\n\n")[1]
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        f"<title>Deal</title></head><body><article><p>{body} Café.</p></article></body></html>"
    )
    doc = read_document(write(tmp_path / "page.htm", page.encode("cp1252")))
    assert "Café" in doc.text and "–" in doc.text
    assert doc.warnings == []


def test_cp1252_text_decodes_with_warning(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "a.txt", ARTICLE.replace("—", "–").encode("cp1252")))
    assert "–" in doc.text
    assert doc.warnings == ["decoded as cp1252"]


def test_utf16_with_bom_and_crlf(tmp_path: Path) -> None:
    data = ARTICLE.replace("\n", "\r\n").encode("utf-16")
    doc = read_document(write(tmp_path / "a.txt", data))
    assert doc.text == ARTICLE.rstrip()
    assert doc.warnings == ["decoded as utf-16"]


def test_character_references_left_in_plain_text_are_decoded(tmp_path: Path) -> None:
    text = ("US deportees land in Eswatini\n\nFive men deported from the United States arrived "
            "in Eswatini, the kingdom&#8217;s government said &mdash; AT&T &amp; Co. &nope;")
    doc = read_document(write(tmp_path / "a.txt", text.encode()))
    assert doc.text.endswith("the kingdom\u2019s government said \u2014 AT&T & Co. &nope;")


def test_declared_charset_that_does_not_fit_falls_back() -> None:
    text, warnings = decode_bytes("naïve".encode(), "x", declared="ascii")
    assert text == "naÃ¯ve"  # ascii is read as cp1252, as browsers do, which fits these bytes
    assert warnings == []
    text, warnings = decode_bytes(b"caf\xe9", "x", declared="utf-8")
    assert text == "café"
    assert warnings == [
        "declared charset 'utf-8' does not fit the bytes, ignored",
        "decoded as cp1252",
    ]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", SkipReason.EMPTY),
        ("blank.md", b"  \n\t\n", SkipReason.EMPTY),
        ("markup-only.md", b"---\ntitle: x\n---\n![img](a.png)\n", SkipReason.EMPTY),
        ("nul.txt", b"PK\x03\x04\x00\x00binary", SkipReason.BINARY),
        ("control.txt", b"\x01\x02\x03\x04\x05 some text" * 20, SkipReason.BINARY),
        ("badbom.txt", b"\xef\xbb\xbfok then \xff\xfe broken", SkipReason.ENCODING),
        ("french.txt", FRENCH.encode(), SkipReason.NOT_ENGLISH),
        ("scan.pdf", b"%PDF-1.4", SkipReason.UNSUPPORTED),
        ("noext", b"text", SkipReason.UNSUPPORTED),
        (
            "nothing.html",
            b"<html><head><title>Title</title></head><body><script>x=1</script></body></html>",
            SkipReason.EMPTY,
        ),
    ],
)
def test_skip_reasons(tmp_path: Path, name: str, content: bytes, reason: SkipReason) -> None:
    assert skip_reason(write(tmp_path / name, content)) is reason


def test_missing_file_folder_and_oversize(tmp_path: Path) -> None:
    assert skip_reason(tmp_path / "missing.txt") is SkipReason.NOT_FOUND
    (tmp_path / "dir.txt").mkdir()
    assert skip_reason(tmp_path / "dir.txt") is SkipReason.UNSUPPORTED
    big = write(tmp_path / "big.txt", ARTICLE * 10)
    assert skip_reason(big, max_bytes=100) is SkipReason.TOO_LARGE


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "locked.txt", ARTICLE)
    real_open = builtins.open

    def refuse(file: object, *args: object, **kwargs: object) -> object:
        if file == path:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refuse)
    with pytest.raises(SourceError) as info:
        read_document(path)
    assert info.value.reason is SkipReason.UNREADABLE
    assert str(info.value) == f"{path}: cannot read (Permission denied), skipped"


def test_error_message_is_one_line_naming_the_item(tmp_path: Path) -> None:
    path = write(tmp_path / "articles" / "x.txt", b"\x00\x01")
    with pytest.raises(SourceError) as info:
        read_document(path)
    assert str(info.value) == f"{path}: binary file (NUL bytes), skipped"
    assert "\n" not in str(info.value)


def test_batch_folder_with_one_broken_file(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    for index in range(5):
        write(folder / f"{index:02d}.txt", ARTICLE.replace("Five", f"Article {index}: five"))
    write(folder / "02.txt", b"\x00\x00\x00 broken")
    write(folder / "nested" / "deep" / "10.md", "# Nested\n\n" + ARTICLE)
    write(folder / "01.meta.json", json.dumps({"published": "2025-07-01"}))
    write(folder / "01.facts.jsonl", "{}\n")
    write(folder / ".hidden.txt", ARTICLE)
    write(folder / ".git" / "config.txt", ARTICLE)
    write(folder / "photo.jpg", b"\xff\xd8\xff")

    items = list(iter_paths([folder]))
    origins = [item.origin for item in items]
    assert origins == [
        str(folder / name)
        for name in ("00.txt", "01.txt", "02.txt", "03.txt", "04.txt", "nested/deep/10.md")
    ] + [str(folder / "photo.jpg")]
    documents = [item for item in items if isinstance(item, RawDocument)]
    errors = [item for item in items if isinstance(item, SourceError)]
    assert len(documents) == 5
    assert [error.reason for error in errors] == [SkipReason.BINARY, SkipReason.UNSUPPORTED]
    assert documents[1].published == "2025-07-01"
    assert documents[-1].title == "Nested"


def test_iter_paths_reports_missing_path_and_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ARTICLE)
    items = list(iter_paths([tmp_path / "missing.txt", good]))
    assert isinstance(items[0], SourceError) and items[0].reason is SkipReason.NOT_FOUND
    assert isinstance(items[1], RawDocument)


@pytest.mark.parametrize("text", [FRENCH, GERMAN, SPANISH])
def test_foreign_paragraphs_warn(text: str) -> None:
    warning = language_warning(text)
    assert warning is not None and warning.startswith("text does not look like English")


def test_other_scripts_warn() -> None:
    russian = (
        "Правительство объявило во вторник, что первые просители убежища будут отправлены "
        "в третью страну до конца месяца, несмотря на критику правозащитных организаций."
    )
    assert language_warning(russian) == "text does not look like English (mostly Cyrillic script)"


def test_name_heavy_english_passes_and_short_text_is_not_judged() -> None:
    names = (
        "Kristi Noem, Marco Rubio, Nayib Bukele and Paul Kagame met Yoweri Museveni, Mswati III, "
        "Edi Rama and Giorgia Meloni in Kigali, Mbabane, Tirana and San Salvador on Monday, "
        "according to the DHS, the UNHCR and Amnesty International, which said the U.S. and "
        "Rwanda had signed the deal with Uganda, Eswatini, Albania and El Salvador."
    )
    assert language_warning(names) is None
    assert language_warning("Bonjour à tous") is None


def test_dev_corpus_is_english_and_offsets_survive_ingestion() -> None:
    if not DEV_CORPUS.is_dir():
        pytest.skip("dev corpus not present")
    documents = list(iter_paths([DEV_CORPUS]))
    assert documents and all(isinstance(doc, RawDocument) for doc in documents)
    for path in sorted(DEV_CORPUS.glob("*.txt")):
        assert language_warning(path.read_text(encoding="utf-8")) is None, path
    for doc in documents:
        gold = Path(doc.origin).with_name(Path(doc.origin).stem + ".facts.jsonl")
        if not gold.exists():
            continue
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                evidence = json.loads(line)["evidence"]
                assert doc.text[evidence["start"] : evidence["end"]] == evidence["quote"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-07-17", "2025-07-17"),
        ("2025-07", "2025-07"),
        ("2025", "2025"),
        ("2025-07-17T08:00:00+02:00", "2025-07-17"),
        ("Thu, 17 Jul 2025 10:00:00 GMT", "2025-07-17"),
        ("July 17, 2025", "2025-07-17"),
        ("17 July 2025", "2025-07-17"),
        ("2025-02-30", None),
        ("2025-13", None),
        ("last Tuesday", None),
    ],
)
def test_normalize_published(value: str, expected: str | None) -> None:
    assert normalize_published(value) == expected
