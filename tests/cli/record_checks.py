#!/usr/bin/env python3
"""Evaluates the deferred record checks of a CLI test script in one Python process (starting
Python per check made the suite slow on a loaded machine).

  record_checks.py CHECKS_FILE

Each line of CHECKS_FILE is OUTPUT<TAB>DESCRIPTION<TAB>EXPRESSION. OUTPUT holds newsclaim records
(pretty JSON or JSONL); EXPRESSION is Python evaluated with r = the list of records and
codes(r) = "id code,code;id -;..." (each record's id and error codes) and
read_records(path). A false or failing
expression prints "FAIL: DESCRIPTION" with what was found; the exit status is 1 if any failed.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_records import read_records  # noqa: E402  (one reader for both scripts)


def codes(records):
    return ";".join(f"{x['id']} {','.join(e['code'] for e in x['errors']) or '-'}" for x in records)


def main():
    failed = 0
    for line in open(sys.argv[1], encoding="utf-8"):
        output, description, expression = line.rstrip("\n").split("\t", 2)
        try:
            r = read_records(output)
            ok = eval(expression, {"codes": codes, "json": json, "read_records": read_records}, {"r": r})
            detail = "" if ok else f"\n  got codes: {codes(r)}\n  check: {expression}"
        except Exception as e:  # noqa: BLE001 - any failure is a failed check
            ok, detail = False, f"\n  {type(e).__name__}: {e}\n  check: {expression}"
        if not ok:
            failed = 1
            print(f"FAIL: {description}{detail}")
    return failed


if __name__ == "__main__":
    sys.exit(main())
