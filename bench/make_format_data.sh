#!/usr/bin/env bash
# Makes bench/data/report-x60.{docx,pdf}: the fixture report
# (tests/fixtures/formats/report.txt) sixty times over, as Word and as PDF
# (37 pages), for decode_benchmark. Needs LibreOffice (soffice); the files
# are committed, so the benchmark does not.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$here/../tests/fixtures/formats/report.txt" "$work/report-x60.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
open(sys.argv[2], "w", encoding="utf-8").write("\n".join([text] * 60))
PY
for target in "docx:MS Word 2007 XML" pdf; do
  soffice --headless "--infilter=Text (encoded):UTF8,LF,,," --convert-to "$target" \
    --outdir "$work" "$work/report-x60.txt" >/dev/null
done
cp "$work/report-x60.docx" "$work/report-x60.pdf" "$here/data/"
