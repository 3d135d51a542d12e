"""--encoding NAME and --encoding auto: a Latin-1 or Windows-1252 page reads with its £ intact."""
from __future__ import annotations

import json

import pytest

from gpcorpus import DocumentReadError, extract, iter_documents, read
from gpcorpus.cli import ExitCode, main

PAGE = "Surgery funding\n\nThe practice was offered £250,000 – “not enough”, its GP said.\r\nCafé owners agreed.\n"


def test_a_windows_1252_page_reads_with_its_pound_sign_when_named(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("cp1252"))
    document = read(path, encoding="cp1252")
    with open(path, encoding="cp1252") as handle:
        assert document.text == handle.read()  # offsets index the decoded text, newlines as text mode reads them
    money = extract(document).of_kind("money")
    assert [(x.text, x.amount) for x in money] == [("£250,000", 250000)]
    assert all(document.text[x.span.start:x.span.end] == x.text for x in money)


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_auto_detects_a_western_page_and_keeps_the_pound_sign(tmp_path, codec):
    text = PAGE if codec == "cp1252" else PAGE.replace("–", "-").replace("“", '"').replace("”", '"')
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode(codec))
    document = read(path, encoding="auto")
    assert "£250,000" in document.text and "Café" in document.text
    assert document.text == text.replace("\r\n", "\n")


def test_auto_reads_utf8_as_utf8_and_keeps_a_bom(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes("\ufeff".encode("utf-8") + PAGE.encode("utf-8"))
    assert read(path, encoding="auto").text == read(path).text


def test_auto_reads_utf16_by_its_bom(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("utf-16"))
    assert read(path, encoding="auto").text == PAGE.replace("\r\n", "\n")


def test_auto_is_not_only_western(tmp_path):
    text = "Врачи общей практики получили новые деньги от правительства в этом году."
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode("cp1251"))
    assert read(path, encoding="auto").text == text


def test_the_cli_takes_an_encoding_and_refuses_an_unknown_one(tmp_path, capsys):
    (tmp_path / "page.txt").write_bytes(PAGE.encode("cp1252"))
    assert main(["extract", str(tmp_path), "--format", "jsonl", "--kinds", "money"]) == ExitCode.PARTIAL_FAILURE
    assert "not valid UTF-8 at byte" in capsys.readouterr().err
    for encoding in ("cp1252", "auto"):
        assert main(["extract", str(tmp_path), "--format", "jsonl", "--kinds", "money", "--encoding", encoding]) == ExitCode.OK
        assert [json.loads(line)["text"] for line in capsys.readouterr().out.splitlines()] == ["£250,000"]
    with pytest.raises(SystemExit) as exited:
        main(["extract", str(tmp_path), "--encoding", "klingon"])
    assert exited.value.code == ExitCode.USAGE
    assert "unknown encoding 'klingon'" in capsys.readouterr().err


def test_replace_still_substitutes_and_offsets_index_the_replaced_text(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(b"Caf\xe9 got \xc2\xa35m.")
    document = read(path, encoding_errors="replace")
    assert document.text == "Caf\ufffd got £5m."
    (money,) = extract(document).of_kind("money")
    assert document.text[money.span.start:money.span.end] == "£5m"


def test_an_unknown_encoding_is_a_value_error_in_python(tmp_path):
    with pytest.raises(ValueError, match="unknown encoding"):
        list(iter_documents([tmp_path], encoding="klingon"))


def test_a_strict_error_says_which_encoding_and_what_to_do(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(b"ok \xff")
    with pytest.raises(DocumentReadError, match="not valid UTF-8 at byte 3.*--encoding"):
        read(path)
