#!/usr/bin/env python3
"""Builds a JSONL benchmark corpus from samples/ when the real one is absent.

  make_corpus.py SAMPLES_DIR TARGET_BYTES > corpus.jsonl

Every plain-text sample and every record of every *.jsonl sample becomes one record; the set is
repeated (with distinct ids) until the output reaches TARGET_BYTES.
"""
import json
import os
import sys


def records(folder):
    out = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name == "README.md" or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            if name.endswith(".jsonl"):
                out += [json.loads(line) for line in f if line.strip()]
            else:
                out.append({"id": name, "text": f.read()})
    return out


def main():
    base = records(sys.argv[1])
    target = int(sys.argv[2])
    written = 0
    copy = 0
    while written < target:
        for r in base:
            r = dict(r, id=f"{r.get('id')}#{copy}")
            line = json.dumps(r, ensure_ascii=False) + "\n"
            sys.stdout.write(line)
            written += len(line.encode())
        copy += 1


if __name__ == "__main__":
    main()
