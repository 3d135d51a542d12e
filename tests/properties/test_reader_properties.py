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
        assert str(path) in str(error) and ("byte" in str(error) or "binary" in str(error))
    else:
        assert doc.text == path.read_text(encoding="utf-8")


@given(st.binary(max_size=300))
def test_any_bytes_under_auto_give_text_or_a_clear_error(tmp_path_factory, data):
    from gpcorpus import DocumentReadError, read

    path = tmp_path_factory.mktemp("auto") / "any.txt"
    path.write_bytes(data)
    try:
        doc = read(path, encoding="auto")
    except DocumentReadError as error:
        assert error.path == str(path) and error.reason
    else:
        assert "\x00" not in doc.text and "\r" not in doc.text


row_text = st.text(st.characters(blacklist_categories=["Cs"]), max_size=200)


@given(st.from_regex(r"[A-Za-z0-9_-]{1,20}", fullmatch=True), row_text,
       st.one_of(st.none(), st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=40)))
def test_a_json_lines_row_keeps_its_text_exactly_and_its_title(doc_id, text, title):
    import json

    from gpcorpus.corpus import parse_row

    document = parse_row(json.dumps({"id": doc_id, "text": text, "title": title}), where="corpus.jsonl:1")
    assert (document.id, document.text) == (doc_id, text)
    if title is not None:
        assert document.title == title


@given(st.lists(st.binary(min_size=1, max_size=30).filter(lambda name: b"/" not in name and b"\x00" not in name
                                                          and name not in (b".", b"..")), min_size=1, max_size=5, unique=True))
def test_any_file_names_are_read_or_named_and_ids_are_valid_utf8(tmp_path_factory, names):
    import os

    from gpcorpus import DocumentReadError, iter_documents

    folder = tmp_path_factory.mktemp("names")
    made = 0
    for name in names:
        try:
            with open(os.path.join(os.fsencode(folder), name + b".txt"), "wb") as handle:
                handle.write(b"GPs got \xc2\xa35m.")
            made += 1
        except OSError:
            continue  # a name this file system refuses
    errors: list[DocumentReadError] = []
    documents = list(iter_documents([folder], errors=errors))
    assert len(documents) + len(errors) == made - sum(1 for n in names if n.startswith(b"."))
    for document in documents:
        document.id.encode("utf-8")  # never a lone surrogate: the writer cannot fail on it
        assert document.path is not None and document.path.encode("utf-8")
    assert len({d.id for d in documents}) == len(documents)


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


segment = st.from_regex(r"[ab0\- ][ab0.\- ]{0,3}", fullmatch=True)


@given(st.lists(st.lists(segment, min_size=1, max_size=3).map(tuple), min_size=1, max_size=8, unique=True))
def test_a_folder_is_walked_in_the_order_of_its_relative_paths(tmp_path_factory, paths):
    from gpcorpus.reader import iter_sources

    # a name cannot be both a file and a folder: keep the paths that are no other path's folder
    files = [p for p in paths if not any(len(q) > len(p) and q[: len(p)] == p for q in paths)]
    files = [p for p in files if not any(len(q) < len(p) and p[: len(q)] == q for q in files)]
    top = tmp_path_factory.mktemp("walk")
    for parts in files:
        target = top.joinpath(*parts[:-1], parts[-1] + ".txt")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("x", encoding="utf-8")
    relative = ["/".join(parts[:-1] + (parts[-1] + ".txt",)) for parts in files]
    assert [s.path for s in iter_sources([top])] == [str(top / r) for r in sorted(relative)]
