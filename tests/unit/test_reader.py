"""Reading files, folders and streams: exact text, clear errors, batches that survive bad files."""
from __future__ import annotations

import io

import pytest

from gpcorpus import DocumentReadError, iter_documents, read


def test_id_is_the_file_stem_and_text_is_exact(tmp_path):
    path = tmp_path / "article-1.txt"
    path.write_text("GPs say “enough”.\n\nSecond paragraph.\n", encoding="utf-8")
    doc = read(path)
    assert doc.id == "article-1"
    assert doc.text == "GPs say “enough”.\n\nSecond paragraph.\n"
    assert doc.path == str(path)


def test_crlf_reads_as_python_text_mode_does(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("One line\r\n\r\nTwo £5m\r\n".encode("utf-8"))
    doc = read(path)
    with open(path, encoding="utf-8") as handle:
        assert doc.text == handle.read()
    assert "\r" not in doc.text


def test_bom_is_kept_so_offsets_agree_with_other_readers(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline here\n\nBody text.\n")
    doc = read(path)
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.text.startswith("\ufeff")
    assert doc.title == "Headline here"  # the BOM does not hide the headline


def test_undecodable_bytes_name_the_file_and_byte(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Caf\xe9 costs \xa35")
    with pytest.raises(DocumentReadError) as caught:
        read(path)
    message = str(caught.value)
    assert str(path) in message
    assert "byte 3" in message
    assert "--encoding-errors=replace" in message


def test_undecodable_bytes_can_be_replaced(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Caf\xe9 ok")
    assert read(path, encoding_errors="replace").text == "Caf\ufffd ok"


def test_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(DocumentReadError, match="nope.txt"):
        read(tmp_path / "nope.txt")


def test_a_stream_reads_as_stdin():
    doc = read(io.BytesIO("Spending rose by £2bn.".encode()))
    assert doc.id == "stdin"
    assert doc.text == "Spending rose by £2bn."


def test_a_folder_is_read_in_name_order_and_a_bad_file_does_not_stop_the_batch(tmp_path):
    (tmp_path / "b.txt").write_text("second", encoding="utf-8")
    (tmp_path / "a.txt").write_text("first", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe bad")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    nested = tmp_path / "sub"
    nested.mkdir()
    (nested / "d.txt").write_text("fourth", encoding="utf-8")
    errors: list[DocumentReadError] = []
    docs = list(iter_documents([tmp_path], errors=errors))
    assert [d.id for d in docs] == ["a", "b", "sub/d"]  # ids are paths relative to the folder given
    assert [e.path for e in errors] == [str(tmp_path / "c.txt")]


def test_documents_are_read_lazily(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(name, encoding="utf-8")
    documents = iter_documents([tmp_path])
    first = next(documents)
    (tmp_path / "b.txt").write_text("changed after the first was read", encoding="utf-8")
    assert first.text == "a"
    assert next(documents).text == "changed after the first was read"


def test_without_an_error_list_the_first_bad_file_raises(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff")
    with pytest.raises(DocumentReadError):
        list(iter_documents([tmp_path]))
