#!/usr/bin/env python3
"""Scores `lexquery search` on the judged queries of judgments.txt, beside
Xapian Omega (omindex + quest) in the same run: nDCG@10, P@5 and recall@10,
overall and for the queries typed with and without diacritics.

    bench/search_judgments/score.py [--build build] [--work /tmp/judged]
                                    [--no-omega] [--runs-detail]

What it does:
  - lays the corpus out as it was judged: corpus/ at the top and
    ../shared/real/docs as real/ (WORK/corpus), and the same text with the
    diacritics stripped ("đ" -> "d"; WORK/stripped);
  - indexes WORK/corpus with BUILD/indexer/lexindex (--jobs 2), and, unless
    --no-omega, both folders with omindex (--mime-type=md:text/plain: omindex
    1.4 has no filter for text/markdown);
  - asks each query of lexquery (`search Q --format json`, the best 10) and
    of quest: stock (its defaults: OR, English stemmer), `-o and`, and over
    the stripped text with the query stripped too (stock and `-o and`);
  - writes WORK/qrels.tsv (every document of the corpus for every query,
    those not listed in judgments.txt at 0) and prints a Markdown table.

Gains: nDCG uses 2^grade - 1 and log2(rank + 1); P@5 and recall@10 count a
document graded 1 or 2 as relevant. Python 3 standard library only.
"""
import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def read_judgments(path):
    queries = []  # [(query, {path: grade})]
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            kind, value = line.split("\t", 1)
            if kind == "Q":
                queries.append((value, {}))
            else:
                queries[-1][1][value] = int(kind)
    return queries


def strip_diacritics(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed
                                                if unicodedata.category(c) != "Mn"))


def lay_out(work):
    corpus = os.path.join(work, "corpus")
    stripped = os.path.join(work, "stripped")
    for folder in (corpus, stripped):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(os.path.join(REPO, "corpus"), corpus)
    shutil.copytree(os.path.join(REPO, "..", "shared", "real", "docs"),
                    os.path.join(corpus, "real"))
    docs = []
    for root, _, files in os.walk(corpus):
        for name in files:
            source = os.path.join(root, name)
            relative = os.path.relpath(source, corpus)
            docs.append(relative)
            target = os.path.join(stripped, relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(source, encoding="utf-8", errors="replace") as f:
                text = f.read()
            with open(target, "w", encoding="utf-8") as f:
                f.write(strip_diacritics(text))
    return corpus, stripped, sorted(docs)


def run(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw).stdout


def lexquery_top(build, index, query):
    out = subprocess.run([os.path.join(build, "query", "lexquery"), "--index", index, "search",
                          query, "--format", "json", "--limit", "10"],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit("lexquery failed on %r: %s" % (query, out.stderr))
    return [hit["path"] for hit in json.loads(out.stdout)["hits"]] if out.stdout else []


def quest_top(db, query, extra):
    out = subprocess.run(["quest", "-d", db, "-m", "10"] + extra + [query],
                         capture_output=True, text=True)
    paths = []
    for line in out.stdout.splitlines():
        if line.startswith("url=/"):
            paths.append(line[len("url=/"):])
    return paths


def metrics(ranked, grades):
    dcg = sum((2 ** grades.get(p, 0) - 1) / math.log2(i + 2) for i, p in enumerate(ranked[:10]))
    ideal = sorted(grades.values(), reverse=True)[:10]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    relevant = {p for p, g in grades.items() if g > 0}
    p5 = sum(1 for p in ranked[:5] if p in relevant) / 5
    recall = sum(1 for p in ranked[:10] if p in relevant) / len(relevant) if relevant else 0
    return (dcg / idcg if idcg else 0), p5, recall


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(REPO, "build"))
    parser.add_argument("--work", default="/tmp/lexgraph-judged")
    parser.add_argument("--no-omega", action="store_true")
    parser.add_argument("--runs-detail", action="store_true", help="per-query nDCG@10")
    a = parser.parse_args()

    queries = read_judgments(os.path.join(HERE, "judgments.txt"))
    os.makedirs(a.work, exist_ok=True)
    corpus, stripped, docs = lay_out(a.work)
    with open(os.path.join(a.work, "qrels.tsv"), "w", encoding="utf-8") as f:
        for number, (query, grades) in enumerate(queries, 1):
            unknown = set(grades) - set(docs)
            if unknown:
                sys.exit("judged documents not in the corpus: %s" % sorted(unknown))
            for doc in docs:
                f.write("%d\t%s\t%d\n" % (number, doc, grades.get(doc, 0)))

    index = os.path.join(a.work, "lexindex")
    shutil.rmtree(index, ignore_errors=True)
    run([os.path.join(a.build, "indexer", "lexindex"), "build", corpus, "--index", index,
         "--jobs", "2"])
    systems = {"lexquery search": lambda q: lexquery_top(a.build, index, q)}
    if not a.no_omega:
        for name, folder in (("omega", corpus), ("omega-stripped", stripped)):
            db = os.path.join(a.work, name)
            shutil.rmtree(db, ignore_errors=True)
            run(["omindex", "--db", db, "--url", "/", "--mime-type=md:text/plain", folder])
        omega, omega_stripped = (os.path.join(a.work, n) for n in ("omega", "omega-stripped"))
        systems["Omega (quest, stock)"] = lambda q: quest_top(omega, q, [])
        systems["Omega, -o and"] = lambda q: quest_top(omega, q, ["-o", "and"])
        systems["Omega over stripped text"] = lambda q: quest_top(omega_stripped,
                                                                  strip_diacritics(q), [])
        systems["Omega over stripped text, -o and"] = lambda q: quest_top(
            omega_stripped, strip_diacritics(q), ["-o", "and"])

    with_marks = [i for i, (q, _) in enumerate(queries) if strip_diacritics(q) != q]
    without = [i for i in range(len(queries)) if i not in with_marks]
    print("%d queries (%d typed with diacritics, %d without), %d documents\n"
          % (len(queries), len(with_marks), len(without), len(docs)))
    print("| system | nDCG@10 | P@5 | recall@10 | nDCG@10 with diacritics | nDCG@10 without |")
    print("|---|---|---|---|---|---|")
    detail = {}
    for name, top in systems.items():
        scores = [metrics(top(q), grades) for q, grades in queries]
        detail[name] = [s[0] for s in scores]
        mean = lambda idx, k: sum(scores[i][k] for i in idx) / len(idx) if idx else 0
        everything = range(len(queries))
        print("| %s | %.3f | %.3f | %.3f | %.3f | %.3f |" % (
            name, mean(everything, 0), mean(everything, 1), mean(everything, 2),
            mean(with_marks, 0), mean(without, 0)))
    if a.runs_detail:
        print("\n| query | " + " | ".join(detail) + " |")
        print("|---|" + "---|" * len(detail))
        for i, (q, _) in enumerate(queries):
            print("| %s | %s |" % (q, " | ".join("%.2f" % detail[n][i] for n in detail)))


if __name__ == "__main__":
    main()
