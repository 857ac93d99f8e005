#!/usr/bin/env python3
"""Fails when a scorer figure drops below its committed floor.

usage: floors.py FLOORS.tsv ARTICLES_JSON TIMES_JSON
FLOORS.tsv has lines `<scope> <metric path> <floor>`, e.g. `articles statements.f1 0.85`.
"""
import json
import sys


def main():
    floors_path, articles, times = sys.argv[1:4]
    scores = {"articles": json.loads(articles), "times": json.loads(times)}
    failed = False
    for line in open(floors_path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        scope, path, floor = line.split()
        value = scores[scope]
        for part in path.split("."):
            value = value[part]
        status = "ok" if value >= float(floor) else "BELOW FLOOR"
        failed |= value < float(floor)
        print(f"{scope:9} {path:28} {value:.4f}  floor {float(floor):.4f}  {status}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
