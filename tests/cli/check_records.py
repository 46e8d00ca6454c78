#!/usr/bin/env python3
"""Checks newsclaim output records against the contract (used by tests/cli/schema.sh).

  check_records.py SCHEMA OUTPUT (--text FILE | --jsonl FILE | --id-is-path | --no-text) [--expect N]
  check_records.py SCHEMA --manifest FILE

A manifest checks many outputs in one process: one line per output, OUTPUT<TAB>SOURCE<TAB>EXPECT
with SOURCE text:FILE, jsonl:FILE, id-is-path or no-text, and EXPECT a record count or empty.

OUTPUT holds one pretty JSON record or JSONL records. The document text that offsets index is
FILE decoded as UTF-8 (each invalid byte one U+FFFD) for --text, the file named by each record's
id for --id-is-path (directory runs), or each record's "text" field of the JSONL FILE (looked up
by id, falling back to "FILE:LINE") for --jsonl. Checks, per record:
  - it validates against the JSON Schema;
  - every item with start/end/text has text == document[start:end] (Python code points), and
    boilerplate regions and speaker_start/speaker_end lie inside the document;
  - boilerplate regions cover whole lines: only line space lies between a region and the
    line start before it or the line end after it, and a region neither begins nor ends with
    line space (space, tab, VT, FF, CR, LF: an indented notice is a region without its indent);
  - ids are E1..En and C1..Cn, and every cross-reference points into its list;
  - money, quantities, percentages, dates, quotes, claims and each entity's mentions are in
    text order;
  - no reported item lies inside a boilerplate region.
Prints one line per problem and exits 1 when there is any.
"""
import argparse
import codecs
import json
import re
import sys

import jsonschema

codecs.register_error("newsclaim_per_byte", lambda e: ("\ufffd" * (e.end - e.start), e.end))


LINE_SPACE = " \t\v\f\r\n"  # what newsclaim trims from a paragraph


def at_line_start(doc: str, s: int) -> bool:
    """Only line space other than CR and LF lies between the line start and offset s."""
    while s > 0 and doc[s - 1] in " \t\v\f":
        s -= 1
    return s == 0 or doc[s - 1] in "\r\n"


def at_line_end(doc: str, e: int) -> bool:
    """Only line space other than CR and LF lies between offset e and the line end."""
    while e < len(doc) and doc[e] in " \t\v\f":
        e += 1
    return e == len(doc) or doc[e] in "\r\n"


def decode(data: bytes) -> str:
    """UTF-8 the way newsclaim decodes it: every invalid byte becomes one U+FFFD."""
    return data.decode("utf-8", errors="newsclaim_per_byte")


def read_records(path):
    text = open(path, encoding="utf-8").read()
    decoder = json.JSONDecoder()
    pos, out = 0, []
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos == len(text):
            return out
        record, pos = decoder.raw_decode(text, pos)
        out.append(record)


def jsonl_texts(path):
    """id -> text of every well-formed JSONL record (ids as newsclaim prints them)."""
    texts = {}
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            try:  # invalid bytes and lone surrogate escapes: one U+FFFD each, as newsclaim reads them
                obj = json.loads(decode(raw).removeprefix("\ufeff"))  # a BOM, as json.loads(bytes)
            except ValueError:
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                continue
            rid = obj.get("id")
            numeric = isinstance(rid, (int, float)) and not isinstance(rid, bool)
            key = rid if isinstance(rid, str) else json.dumps(rid) if numeric else f"{path}:{n}"
            texts[key] = re.sub("[\ud800-\udfff]", "\ufffd", obj["text"])
    return texts


class Checker:
    def __init__(self, schema):
        self.validator = jsonschema.Draft202012Validator(schema)
        self.problems = []

    def fail(self, record, message):
        self.problems.append(f"{record.get('id', '?')}: {message}")

    @staticmethod
    def schema_sample(record, keep=250):
        """The record with each very long item list cut to its first and last `keep` items: every
        item of a list has the same schema, and validating 300,000 amounts from a hostile 1 MB
        input took minutes. The offset and reference checks below still see every item."""
        return {k: (v[:keep] + v[-keep:] if isinstance(v, list) and len(v) > 2 * keep else v)
                for k, v in record.items()}

    def check(self, record, doc):
        errors = sorted(self.validator.iter_errors(self.schema_sample(record)),
                        key=lambda e: list(map(str, e.path)))
        for err in errors:
            self.fail(record, f"schema: {'/'.join(map(str, err.path))}: {err.message}")
        if errors:
            return
        self.check_offsets(record, doc)
        self.check_references(record)
        self.check_order_and_boilerplate(record)

    def spans(self, record):
        """(where, item) for every item that has start/end/text."""
        for kind in ("money", "quantities", "percentages", "dates", "quotes", "claims"):
            for i, item in enumerate(record[kind]):
                yield f"{kind}[{i}]", item
        for i, entity in enumerate(record["entities"]):
            for k, m in enumerate(entity["mentions"]):
                yield f"entities[{i}].mentions[{k}]", m

    def check_offsets(self, record, doc):
        if doc is None:
            if any(True for _ in self.spans(record)):
                self.fail(record, "items reported but the document text is unknown")
            return
        n = len(doc)
        for where, item in self.spans(record):
            s, e = item["start"], item["end"]
            if not 0 <= s <= e <= n:
                self.fail(record, f"{where}: offsets {s}..{e} outside the document (length {n})")
            elif doc[s:e] != item["text"]:
                self.fail(record, f"{where}: text {item['text']!r} != document[{s}:{e}] {doc[s:e]!r}")
        for i, q in enumerate(record["quotes"]):
            if "speaker_start" in q:
                s, e = q["speaker_start"], q["speaker_end"]
                if not 0 <= s <= e <= n or doc[s:e] != q["speaker_text"]:
                    self.fail(record, f"quotes[{i}]: speaker_text {q['speaker_text']!r} != document[{s}:{e}]")
        for i, b in enumerate(record["boilerplate"]):
            s, e = b["start"], b["end"]
            if not 0 <= s < e <= n:
                self.fail(record, f"boilerplate[{i}]: offsets {s}..{e} outside the document")
            elif not at_line_start(doc, s) or not at_line_end(doc, e) or \
                    doc[s] in LINE_SPACE or doc[e - 1] in LINE_SPACE:
                self.fail(record, f"boilerplate[{i}]: {doc[s:e]!r} ({s}..{e}) is not a run of whole lines")

    def check_references(self, record):
        entity_ids = [e["id"] for e in record["entities"]]
        claim_ids = [c["id"] for c in record["claims"]]
        if entity_ids != [f"E{i + 1}" for i in range(len(entity_ids))]:
            self.fail(record, f"entity ids are not E1..En in order: {entity_ids}")
        if claim_ids != [f"C{i + 1}" for i in range(len(claim_ids))]:
            self.fail(record, f"claim ids are not C1..Cn in order: {claim_ids}")
        known_entities, known_claims = set(entity_ids), set(claim_ids)
        n_money, n_dates = len(record["money"]), len(record["dates"])

        def entity_ref(where, ref):
            if ref is not None and ref not in known_entities:
                self.fail(record, f"{where}: unknown entity {ref}")

        for i, q in enumerate(record["quotes"]):
            entity_ref(f"quotes[{i}].speaker", q["speaker"])
        for i, c in enumerate(record["claims"]):
            for ref in c["entities"]:
                entity_ref(f"claims[{i}].entities", ref)
            entity_ref(f"claims[{i}].source", c["source"])
            if any(m >= n_money for m in c["money"]):
                self.fail(record, f"claims[{i}].money {c['money']} out of range ({n_money} money items)")
            if any(d >= n_dates for d in c["dates"]):
                self.fail(record, f"claims[{i}].dates {c['dates']} out of range ({n_dates} dates)")
        for i, k in enumerate(record["contracts"]):
            entity_ref(f"contracts[{i}].supplier", k["supplier"])
            entity_ref(f"contracts[{i}].buyer", k["buyer"])
            if k["value"] is not None and k["value"] >= n_money:
                self.fail(record, f"contracts[{i}].value {k['value']} out of range")
            if k["date"] is not None and k["date"] >= n_dates:
                self.fail(record, f"contracts[{i}].date {k['date']} out of range")
            if k["claim"] not in known_claims:
                self.fail(record, f"contracts[{i}].claim: unknown claim {k['claim']}")

    def check_order_and_boilerplate(self, record):
        lists = {kind: record[kind] for kind in ("money", "quantities", "percentages", "dates", "quotes", "claims")}
        for i, entity in enumerate(record["entities"]):
            lists[f"entities[{i}].mentions"] = entity["mentions"]
        for kind, items in lists.items():
            keys = [(x["start"], x["end"]) for x in items]
            if keys != sorted(keys):
                self.fail(record, f"{kind} are not in text order")
        regions = [(b["start"], b["end"], b["kind"]) for b in record["boilerplate"]]
        if regions != sorted(regions) or any(a[1] > b[0] for a, b in zip(regions, regions[1:])):
            self.fail(record, "boilerplate regions overlap or are out of order")
        for where, item in self.spans(record):
            for s, e, kind in regions:
                if item["start"] < e and s < item["end"]:
                    self.fail(record, f"{where} {item['text']!r} lies inside boilerplate ({kind} {s}..{e})")


def check_output(checker, output, source, expect):
    """Checks every record of one output file; source says where the document texts are."""
    records = read_records(output)
    before = len(checker.problems)
    if expect is not None and len(records) != expect:
        checker.problems.append(f"{len(records)} records, expected {expect}")
    kind, _, path = source.partition(":")
    texts = jsonl_texts(path) if kind == "jsonl" else None
    plain = decode(open(path, "rb").read()) if kind == "text" else None
    for record in records:
        if kind == "id-is-path":
            doc = decode(open(record["id"], "rb").read())
        else:
            doc = plain if kind == "text" else texts.get(record.get("id")) if texts is not None else None
        checker.check(record, doc)
    for p in checker.problems[before:]:
        print(f"{output}: {p}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("schema")
    ap.add_argument("output", nargs="?")
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--text", help="the plain-text input file")
    src.add_argument("--jsonl", help="the JSONL input file")
    src.add_argument("--id-is-path", action="store_true", help="each record's id is its input file")
    src.add_argument("--no-text", action="store_true", help="no document text (error records)")
    src.add_argument("--manifest", help="OUTPUT<TAB>SOURCE<TAB>EXPECT lines")
    ap.add_argument("--expect", type=int, help="number of records expected")
    args = ap.parse_args()

    checker = Checker(json.load(open(args.schema, encoding="utf-8")))
    if args.manifest:
        for line in open(args.manifest, encoding="utf-8"):
            output, source, expect = line.rstrip("\n").split("\t")
            check_output(checker, output, source, int(expect) if expect else None)
    else:
        source = (f"text:{args.text}" if args.text else f"jsonl:{args.jsonl}" if args.jsonl
                  else "id-is-path" if args.id_is_path else "no-text")
        check_output(checker, args.output, source, args.expect)
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main())
