#!/usr/bin/env python3
"""Writes the seed corpus for the fuzz targets (corpus/fuzz_extract, corpus/fuzz_jsonl).

Small inputs written for newsclaim (no real articles): typical sentences for each extractor and
hostile byte patterns. libFuzzer grows its own corpus from these; inputs that found bugs are
added here by hand (named crash-<what>). Usage: python3 tests/fuzz/make_corpus.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

ARTICLE = (
    "OTTAWA, June 8 (Newswire) - The Canada Border Services Agency (CBSA) awarded Acme Corp. a "
    "C$6.8 million contract on Thursday, officials said. \u201cWe are pleased,\u201d said Jane "
    "Carvin, the company's chief executive. Sales rose 12% to $4.5 billion in 2019, up from "
    "about \u20ac3.2bn last year, according to the Times. The deal allegedly covers five "
    "contracts through March 2024.\n\nRelated Stories\n- Acme wins again\n\n\u00a9 2023 Newswire. "
    "All rights reserved.\n"
)

EXTRACT = {
    "article.txt": ARTICLE.encode(),
    "money.txt": "It cost $5, then US$1.2 million, 40 mln dlrs, \u00a33bn, \u00a5500, 12 cts a share, between $2 and $3 million, up to 7,000 euros a year.".encode(),
    "dates.txt": "On 3/4/2020, last Monday, since 2019, between September and March, Q3 2021, two years ago, every week, 9:30 a.m. EST, the 1990s.".encode(),
    "quotes.txt": "\"We will appeal,\" said Smith. 'Never,' he added. \u201cOpen quote never closed. \u00abGuillemets\u00bb, she told reporters.".encode(),
    "claims.txt": "The minister reportedly denied that the firm had paid $2 million. Police did not confirm the allegations, the Globe reported.".encode(),
    "unicode.txt": ("Emoji \U0001F4B0$5 million \U0001F469\u200d\U0001F469\u200d\U0001F467 caf" + unicodedata.normalize("NFD", "\u00e9") + " CHF\u00a042\u00a0million \u2026 \u2014 non\u2011breaking").encode(),
    "rtl.txt": "\u0634\u0631\u0643\u0629 \u062f\u0641\u0639\u062a $5 million \u05d7\u05d1\u05e8\u05ea \u20aa12 \u202e$6 million\u202c \u2066$7\u2069".encode(),
    "combining.txt": "$\u03015 million \u20ac\u0301 3 5\ufe0f\u20e3 dollars A\u0338c\u0337m\u0336e paid".encode(),
    "invalid-utf8.bin": b"Acme paid \xff$5 million\xc3 on \x80\x80 March 3 \xe2\x82 end \xf0\x9f\x92",
    "overlong.bin": b"\xc0\xaf \xe0\x80\xaf \xf0\x80\x80\xaf \xed\xa0\x80 \xf4\x90\x80\x80 $5 million",
    "nul.bin": b"Acme paid $5 million.\x00\x00 More \x00 text.",
    "utf16le.bin": b"\xff\xfe" + "Acme paid $5 million on March 3.".encode("utf-16-le"),
    "crlf.txt": b"Line one paid $5.\r\n\r\nLine two on May 1.\r\rThird\tpart\x0b\x0c.",
    "dollars.txt": b"$" * 4096,
    "caps.txt": b"Acme Beta Gamma Delta Corp Inc " * 150,
    "open-quotes.txt": "\u201c".encode() * 1500,
    "straight-quotes.txt": b'"said ' * 700,
    "numbers.txt": b"1,1,1,1.1.1.1 " * 300 + b"99999999999999999999999999999 million billion trillion",
    "empty.txt": b"",
    "bom.txt": b"\xef\xbb\xbfAcme paid $5 million.",
    "soft-hyphens.txt": "Ac\u00adme pa\u200bid $\u00ad5 mil\u2060lion \ufeff on Ma\u00adrch 3".encode(),
    "ellipsis-span.txt": "He said \u201cwait\u2026\u201d and paid $5\u2026 million\u2026".encode(),
}

JSONL = {
    "records.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [
        {"id": "a", "text": ARTICLE, "published": "2023-06-09"},
        {"id": 4, "text": "Beta paid $3 million.", "published": "2021-03-04T09:30:00Z"},
        {"id": "c", "text": "No date here."},
    ]).encode(),
    "malformed.jsonl": b'{"id":"x","text":"unterminated\n{"id":1}\n[1,2]\n"str"\n{"text":42}\n{"text":null}\n{"text":{"a":1}}\n{} trailing\n\n   \n\r\n',
    "escapes.jsonl": b'{"id":"e","text":"\\u0000 \\ud800 \\ud83d\\udcb0 \\u00e9 $5"}\n{"id":"f","text":"tab\\tnl\\ncr\\r"}\n',
    "nested.jsonl": b"[" * 2000 + b"]" * 2000 + b"\n" + b'{"a":' * 500 + b"1" + b"}" * 500 + b"\n",
    "no-newline.jsonl": b'{"id":"last","text":"no newline at the end $5"}',
    "long-line.jsonl": b'{"id":"long","text":"' + b"Acme paid $5 million. " * 500 + b'"}\n{"id":"next","text":"ok"}\n',
    "published-odd.jsonl": b'{"text":"x","published":"not a date"}\n{"text":"y","published":17}\n{"text":"z","published":"07/08/2020"}\n',
    "invalid-utf8.jsonl": b'{"id":"\xff","text":"bad \xc3 bytes $5"}\n',
    "gzip-magic.jsonl": b"\x1f\x8b\x08\x00not really gzip",
}


def write(folder, files):
    path = os.path.join(HERE, "corpus", folder)
    os.makedirs(path, exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(path, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    write("fuzz_extract", EXTRACT)
    write("fuzz_jsonl", JSONL)
