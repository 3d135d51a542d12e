"""The shape of a news page: headline, standfirst, paragraphs, reader comments and site chrome."""
from __future__ import annotations

import datetime as dt

import pytest

from gpcorpus import Document

PAGE = """This site is intended for health professionals only

Practices face a winter squeeze

Leaders warn of closures as demand rises

The first paragraph of the story, with a full stop.

A second paragraph.

Readers' comments (3)

  • Jo Bloggs

    I agree with every word.
    And a second line.

    Unsuitable or offensive? Report this comment

  • Short and anonymous.

    Unsuitable or offensive? Report this comment

  • An anonymous comment that starts on the bullet line
    and carries on here.

    Unsuitable or offensive? Report this comment

Have your say
"""


def roles(doc):
    return [(b.role, doc.text[b.span.start:b.span.end]) for b in doc.blocks]


def test_article_parts_are_found():
    doc = Document.from_text(PAGE)
    found = roles(doc)
    assert ("boilerplate", "This site is intended for health professionals only") in found
    assert ("headline", "Practices face a winter squeeze") in found
    assert ("standfirst", "Leaders warn of closures as demand rises") in found
    assert ("body", "A second paragraph.") in found
    assert ("boilerplate", "Have your say") in found
    assert doc.title == "Practices face a winter squeeze"


def test_comments_have_authors_where_a_name_line_stands_alone():
    doc = Document.from_text(PAGE)
    comments = doc.comments
    assert [c.author for c in comments] == ["Jo Bloggs", None, None]
    assert doc.declared_comments == 3
    first = doc.text[comments[0].span.start:comments[0].span.end]
    assert first.startswith("Jo Bloggs") and first.endswith("And a second line.")
    third = doc.text[comments[2].span.start:comments[2].span.end]
    assert third == "An anonymous comment that starts on the bullet line\n    and carries on here."
    assert doc.text[comments[0].author_span.start:comments[0].author_span.end] == "Jo Bloggs"


def test_chrome_inside_the_comments_is_boilerplate_not_comment():
    doc = Document.from_text(PAGE)
    for comment in doc.comments:
        assert "Report this comment" not in doc.text[comment.span.start:comment.span.end]
    chrome = [doc.text[b.span.start:b.span.end] for b in doc.blocks_of("boilerplate")]
    assert chrome.count("Unsuitable or offensive? Report this comment") == 3
    assert "Readers' comments (3)" in chrome


def test_a_page_with_no_comments_section_has_no_comments():
    doc = Document.from_text("Headline\n\nA story that mentions comments in passing.\n\n- a list item\n")
    assert doc.comments == ()
    assert doc.declared_comments is None


def test_a_lede_sentence_is_not_taken_for_a_headline():
    doc = Document.from_text("GPs in the region could resign en masse, leaders said.\n\nMore text.")
    assert doc.title is None
    assert [b.role for b in doc.blocks] == ["body", "body"]


def test_a_date_line_near_the_top_is_the_published_date():
    doc = Document.from_text("Confederation responds\n\nA standfirst line\n\n29 January 2022\n\nBody text here.")
    assert doc.published == dt.date(2022, 1, 29)


@pytest.mark.parametrize("header", ["Readers' comments (2)", "Reader comments (2)", "Comments (2)", "2 comments"])
def test_comment_headers_in_other_wordings(header):
    doc = Document.from_text(f"Headline\n\nBody.\n\n{header}\n\n• First\n\n• Second\n")
    assert len(doc.comments) == 2
    assert doc.declared_comments == 2


def test_the_seed_comment_counts_match_their_headers(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = Document.from_text(path.read_text(encoding="utf-8"))
        if doc.declared_comments is not None:
            assert len(doc.comments) == doc.declared_comments, path.name


def test_a_metadata_header_gives_title_outlet_url_and_date_and_is_not_article_text():
    doc = Document.from_text(
        "URL: https://example.org/story\nSource: The Echo\nPublished: 3 May 2019\nTitle: Surgery to close\n\n"
        "The surgery will close, the board said.\n"
    )
    assert (doc.title, doc.outlet, doc.url, doc.published) == (
        "Surgery to close", "The Echo", "https://example.org/story", dt.date(2019, 5, 3))
    assert [b.role for b in doc.blocks] == ["boilerplate"] * 4 + ["body"]


def test_prose_that_begins_like_chrome_is_still_article_text():
    doc = Document.from_text("Headline\n\nPhotographs of the surgery were released on Monday.\n\nRelated services will move.")
    assert "boilerplate" not in [b.role for b in doc.blocks]
    assert len(doc.blocks) == 3


def test_block_at_finds_the_block_holding_an_offset():
    doc = Document.from_text(PAGE)
    for block in doc.blocks:
        for offset in (block.span.start, block.span.end - 1):
            assert doc.block_at(offset) == block
    gap = doc.text.index("\n\n")  # between the chrome line and the headline
    assert doc.block_at(gap) is None


# -- chrome lines are data, not code --------------------------------------------------------------


def test_no_outlets_tagline_is_in_the_code():
    from pathlib import Path

    import gpcorpus.structure as structure

    assert "heart of general practice" not in Path(structure.__file__).read_text(encoding="utf-8")
    assert any("heart of general practice" in line for line in structure.BOILERPLATE_LINES)


def test_an_outlets_tagline_from_the_shipped_data_is_chrome():
    page = "At the heart of general practice since 1960\n\nPractices face a squeeze\n\nText of the story.\n"
    document = Document.from_text(page)
    assert [block.role for block in document.blocks] == ["boilerplate", "headline", "standfirst"]


def test_an_outlet_adds_its_own_chrome_lines_in_a_file(tmp_path, monkeypatch):
    from gpcorpus.structure import BOILERPLATE_ENV

    page = "The voice of rural doctors\n\nPractices face a squeeze\n\nText of the story.\n"
    assert Document.from_text(page).title == "The voice of rural doctors"
    extra = tmp_path / "chrome.txt"
    extra.write_text("# The Rural Doctor's tagline\nthe voice of rural doctors\n", encoding="utf-8")
    monkeypatch.setenv(BOILERPLATE_ENV, str(extra))
    document = Document.from_text(page)
    assert document.title == "Practices face a squeeze"
    assert [block.role for block in document.blocks] == ["boilerplate", "headline", "standfirst"]
