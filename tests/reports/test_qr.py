"""The QR codes of the contact cards in "Mein Plan": each opens the offer's website,
from the paper (a phone reads the code) and in a PDF viewer (a link lies over it)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf.generic import ContentStream

from teilhabe_desktop.reports.contact_card import _MAX_QR_TEXT, QR_SIZE, website_url
from tests.reports.pdfcheck import build, reader
from tests.reports.snapshots import lobeda_snapshot

LONG_URL = "https://jena.example/" + "angebote/" * 30 + "treff?ort=lobeda&zeit=abends"


@pytest.mark.parametrize(
    ("website", "url"),
    [
        ("www.pfote-und-huf.example", "https://www.pfote-und-huf.example"),
        ("https://lisa-lobeda.example/treff", "https://lisa-lobeda.example/treff"),
        ("HTTP://JENA.DE", "HTTP://JENA.DE"),
        ("  jena.de/lobeda  ", "https://jena.de/lobeda"),
        ("", None),
        ("zwei Wörter.de", None),  # not an address
        ("https://a.de/" + "x" * _MAX_QR_TEXT, None),  # too long for a small code
    ],
)
def test_website_url(website, url):
    assert website_url(website) == url


def _snapshot(**websites: str):
    snapshot = lobeda_snapshot()
    for offer_id, website in websites.items():
        snapshot.offers[offer_id].website = website
    return snapshot


def _expected_urls(snapshot) -> set[str]:
    linked = {link.offer_id for link in snapshot.plan.offer_links}
    return {website_url(snapshot.offers[i].website) for i in linked} - {None}


def _links(data: bytes) -> list[tuple[int, str, float, float]]:
    """(page index, address, width, height) of every web link in the PDF."""
    links = []
    for index, page in enumerate(reader(data).pages):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            action = annotation.get("/A")
            if annotation.get("/Subtype") == "/Link" and action and "/URI" in action:
                x0, y0, x1, y1 = (float(v) for v in annotation["/Rect"])
                links.append((index, str(action["/URI"]), x1 - x0, y1 - y0))
    return links


def _rectangles(data: bytes) -> list[int]:
    """How many rectangles each page draws."""
    pdf = reader(data)
    counts = []
    for page in pdf.pages:
        operations = ContentStream(page.get_contents(), pdf).operations
        counts.append(sum(1 for _, operator in operations if operator == b"re"))
    return counts


def test_each_card_with_a_website_links_its_address_over_a_square_code():
    snapshot = _snapshot(**{"o-ifd": LONG_URL})
    links = _links(build("person", snapshot))
    assert {url for _, url, _, _ in links} == _expected_urls(snapshot)
    assert len(links) == 3  # Tierhof, Integrationsfachdienst, LISA; the tram training has none
    for _, _, width, height in links:
        assert width == pytest.approx(QR_SIZE) and height == pytest.approx(QR_SIZE)


def test_the_code_is_drawn_where_its_link_is():
    with_codes = build("person", lobeda_snapshot())
    without = build("person", _snapshot(**{"o-tierhof": "", "o-lisa": ""}))
    assert _links(without) == []
    pages = {page for page, _, _, _ in _links(with_codes)}
    drawn, plain = _rectangles(with_codes), _rectangles(without)
    assert len(drawn) == len(plain)
    for page in pages:  # a code is dozens of dark modules: far more than any card draws
        assert drawn[page] - plain[page] >= 50 * sum(p == page for p, *_ in _links(with_codes))


def _decode(pdf: bytes, folder) -> list[str]:
    """Every QR code on the pages, as a phone would read it from a 300 dpi print."""
    (folder / "plan.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "300", "-gray", "-png", "plan.pdf", "page"],
        cwd=folder,
        check=True,
        capture_output=True,
        timeout=120,
    )
    found = []
    for image in sorted(folder.glob("page*.png")):
        result = subprocess.run(
            ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        found += result.stdout.split()
    return found


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools) to read the codes back",
)
def test_every_printed_code_reads_back_as_its_address(tmp_path):
    snapshot = _snapshot(**{"o-ifd": LONG_URL, "o-bahn": "jena.example/a?b=1&c=zwei"})
    assert sorted(_decode(build("person", snapshot), tmp_path)) == sorted(_expected_urls(snapshot))
