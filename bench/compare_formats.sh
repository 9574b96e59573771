#!/usr/bin/env bash
# Whole `lexindex build` runs over 100 files of each input kind, in one
# hyperfine run so the ratios are comparable: UTF-8 text, TCVN3 text, HTML,
# Word and PDF, each the fixture report about sixty times over (~110 KB of
# text a file; every text and HTML copy ends with its own line, so no two
# hash alike).
#
#   bench/compare_formats.sh [--work DIR] [--runs N]
#
# Needs build/indexer/lexindex (scripts/build lexindex) and hyperfine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
source "$here/bench_lib.sh"
work=/tmp/lexgraph-formats
runs=5
while [[ $# -gt 0 ]]; do
  case $1 in
    --work) work=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--work DIR] [--runs N]" >&2; exit 2 ;;
  esac
done
install_missing compare_formats hyperfine
lexindex=$root/build/indexer/lexindex
[[ -x $lexindex ]] || { echo "compare_formats: build lexindex first (scripts/build lexindex)" >&2; exit 2; }

rm -rf "$work" && mkdir -p "$work"
python3 - "$root" "$work" <<'PY'
import os, shutil, sys
root, work = sys.argv[1], sys.argv[2]
formats = os.path.join(root, "tests/fixtures/formats")
text = open(os.path.join(formats, "report.txt"), encoding="utf-8").read()
tcvn3 = open(os.path.join(formats, "report-tcvn3.txt"), "rb").read()
page = open(os.path.join(formats, "report.html"), encoding="utf-8").read()
begin, end = page.find("<article"), page.find("</article>") + len("</article>")
long_page = page[:begin] + "\n".join([page[begin:end]] * 60) + page[end:]
for kind in ("txt", "tcvn3", "html", "docx", "pdf"):
    os.makedirs(os.path.join(work, kind))
for i in range(100):
    name = os.path.join(work, "%s", "r%03d.%s")
    open(name % ("txt", i, "txt"), "w", encoding="utf-8").write("\n".join([text] * 60) + f"\nBản {i}\n")
    open(name % ("tcvn3", i, "txt"), "wb").write(b"\n".join([tcvn3] * 60) + f"\nBan {i}\n".encode())
    open(name % ("html", i, "html"), "w", encoding="utf-8").write(
        long_page.replace("</body>", f"<p>Bản {i}</p></body>"))
    shutil.copy(os.path.join(root, "bench/data/report-x60.docx"), name % ("docx", i, "docx"))
    shutil.copy(os.path.join(root, "bench/data/report-x60.pdf"), name % ("pdf", i, "pdf"))
PY
du -sh "$work"/*
hyperfine -N --warmup 1 -r "$runs" -L kind txt,tcvn3,html,docx,pdf \
  --prepare "rm -rf $work/index-{kind}" \
  "$lexindex build $work/{kind} --index $work/index-{kind} -q" \
  --export-markdown "$work/results.md"
cat "$work/results.md"
