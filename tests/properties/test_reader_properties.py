"""For any text, the structure finder never raises and every block lies inside the text."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gpcorpus import Document
from tests.strategies import any_text

page_lines = st.sampled_from(
    ["", "  ", "Readers' comments (2)", "• A name", "  • Some words.", "    Unsuitable or offensive? Report this comment",
     "Have your say", "Headline", "A sentence of body text.", "\ufeff", "29 January 2022", "- item", "Comments"]
)


@given(st.one_of(any_text, st.lists(page_lines, max_size=30).map("\n".join)))
def test_structure_never_raises_and_blocks_stay_in_bounds(text):
    doc = Document.from_text(text)
    previous_end = 0
    for block in doc.blocks:
        assert 0 <= block.span.start <= block.span.end <= len(text)
        if block.author_span is not None:
            assert block.span.contains(block.author_span)
            assert text[block.author_span.start:block.author_span.end] == block.author
    for block in sorted(doc.blocks, key=lambda b: b.span.start):
        assert block.span.start >= previous_end or block.role == "boilerplate"
        previous_end = max(previous_end, block.span.end)


@given(st.lists(st.tuples(st.one_of(st.none(), st.from_regex(r"[A-Z][a-z]{2,8}( [A-Z][a-z]{2,8})?", fullmatch=True)),
                          st.from_regex(r"[A-Z][a-z ]{3,30}\.", fullmatch=True)), min_size=1, max_size=6))
def test_generated_comment_sections_are_read_back(comments):
    parts = ["A headline", "", "Body of the story.", "", f"Readers' comments ({len(comments)})", ""]
    for author, words in comments:
        if author:
            parts += [f"  • {author}", "", f"    {words}", ""]
        else:
            parts += [f"  • {words}", ""]
        parts += ["    Unsuitable or offensive? Report this comment", ""]
    doc = Document.from_text("\n".join(parts + ["Have your say"]))
    assert [b.author for b in doc.comments] == [author for author, _ in comments]
    assert doc.declared_comments == len(comments)


@given(st.binary(max_size=300))
def test_reading_any_bytes_gives_a_document_or_a_clear_error(tmp_path_factory, data):
    from gpcorpus import DocumentReadError, read

    path = tmp_path_factory.mktemp("bytes") / "any.txt"
    path.write_bytes(data)
    try:
        doc = read(path)
    except DocumentReadError as error:
        assert str(path) in str(error) and "byte" in str(error)
    else:
        assert doc.text == path.read_text(encoding="utf-8")


@given(st.lists(page_lines, max_size=30).map("\n".join), st.data())
def test_block_at_agrees_with_a_scan(text, data):
    doc = Document.from_text(text)
    offset = data.draw(st.integers(0, max(0, len(text))))
    expected = next((b for b in doc.blocks if b.span.start <= offset < b.span.end), None)
    assert doc.block_at(offset) == expected


@given(st.lists(page_lines, max_size=30).map("\n".join), st.data())
def test_is_boilerplate_agrees_with_a_scan(text, data):
    from gpcorpus import Span

    doc = Document.from_text(text)
    start = data.draw(st.integers(0, len(text)))
    span = Span(start, data.draw(st.integers(start, len(text))))
    expected = any(b.span.overlaps(span) for b in doc.blocks if b.role == "boilerplate")
    assert doc.is_boilerplate(span) is expected
