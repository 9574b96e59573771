#!/usr/bin/env bash
# OCR speed, in one run so the ratios compare: `lexindex build` on scanned
# pages (its OCR pool, cache cold), the same build again from the OCR cache,
# the `tesseract` command line page by page with the same model (one page at
# a time with its default threads, and one page per core with
# OMP_THREAD_LIMIT=1, as Tesseract's documentation advises for parallel
# runs), and `ocrmypdf` on the same pages as one PDF (--jobs = cores).
#
#   bench/compare_ocr.sh [--pages N] [--work DIR] [--reuse]   (default 100 pages)
#
# --reuse times again the pages a previous run made in DIR.
#
# The pages: the repository's corpus/ reports laid out on A4 at 300 dpi by
# pango-view (DejaVu Serif 12), cut into pages, each tilted by under a
# degree with scanner noise (ImageMagick), wrapped one per image-only PDF
# (img2pdf); as many rounds of the corpus, with other tilts and noise, as
# make N pages. Prints wall time, CPU time, pages/s, pages per CPU second and
# peak RSS for each, and the ratios the OCR issue sets targets for.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
source "$here/bench_lib.sh"
work=/tmp/lexgraph-ocr
pages=100
reuse=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --reuse) reuse=1; shift ;;
    --pages) pages=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "usage: $0 [--pages N] [--work DIR] [--reuse]" >&2; exit 2 ;;
  esac
done
install_missing compare_ocr tesseract-ocr tesseract-ocr-vie pango1.0-tools imagemagick img2pdf \
  poppler-utils ocrmypdf time
lexindex=$root/build/indexer/lexindex
[[ -x $lexindex ]] || { echo "compare_ocr: build lexindex first (scripts/build lexindex)" >&2; exit 2; }
cores=$(nproc)

made=0 round=0
if (( reuse )); then
  made=$(ls "$work"/png/p*.png | wc -l)
  rm -rf "$work/index" "$work/ocrmypdf.pdf"
else
  rm -rf "$work" && mkdir -p "$work/text" "$work/png" "$work/pdf"
fi
while (( made < pages && ! reuse )); do
  for md in $(find "$root/corpus" -name '*.md' | sort); do
    (( made < pages )) || break
    name=$(basename "$md" .md)-r$round
    sed -e 's/\*\*//g' -e 's/^#\+ *//' -e 's/^> *//' "$md" > "$work/text/$name.txt"
    pango-view --no-display -q --font="DejaVu Serif 12" --dpi=300 --width=453 --margin=71 \
      --wrap=word --output="$work/text/$name.png" "$work/text/$name.txt"
    convert "$work/text/$name.png" -crop 2480x3508 +repage -background white -extent 2480x3508 \
      "$work/text/$name-%02d.png"
    for page in "$work/text/$name"-[0-9][0-9].png; do
      (( made < pages )) || break
      angle=$(awk -v s=$((made * 7919 + round)) 'BEGIN { srand(s); printf "%.2f", (rand() - 0.5) * 2 }')
      out=$(printf "%s/png/p%03d.png" "$work" "$made")
      convert "$page" -rotate "$angle" -blur 0x0.6 -seed "$made" -attenuate 0.5 +noise Gaussian \
        -colorspace Gray -depth 8 -units PixelsPerInch -density 300 "$out"
      img2pdf --imgsize 300dpi "$out" -o "$work/pdf/$(basename "$out" .png).pdf"
      made=$((made + 1))
    done
  done
  round=$((round + 1))
done
(( reuse )) || img2pdf --imgsize 300dpi "$work"/png/p*.png -o "$work/all-pages.pdf"
echo "compare_ocr: $made scanned pages in $work/pdf, $cores cores"

# run LABEL COMMAND...: wall and CPU seconds and peak RSS, into $work/times.
: > "$work/times"
run() {
  local label=$1; shift
  /usr/bin/time -f "$label %e %U %S %M" -a -o "$work/times" "$@" >/dev/null 2>"$work/$label.err" || {
    echo "compare_ocr: $label failed:" >&2; tail -5 "$work/$label.err" >&2; exit 1; }
}
run lexindex-cold "$lexindex" build "$work/pdf" --index "$work/index" -q
rm -rf "$work/index/xapian" "$work/index/graph.sqlite"*
run lexindex-cache "$lexindex" build "$work/pdf" --index "$work/index" -q
# All the pages as one PDF: every page in flight at once, memory held by
# the pool's page images (one per thread), not by the pages waiting.
run lexindex-one-pdf "$lexindex" extract "$work/all-pages.pdf"
run tesseract-sequential sh -c "for p in '$work'/png/p*.png; do tesseract \"\$p\" - -l vie; done"
run tesseract-parallel sh -c "ls '$work'/png/p*.png | OMP_THREAD_LIMIT=1 xargs -P $cores -I{} tesseract {} - -l vie"
run ocrmypdf ocrmypdf -l vie --jobs "$cores" --output-type pdf --optimize 0 --force-ocr \
  "$work/all-pages.pdf" "$work/ocrmypdf.pdf"

# Per core: pages per CPU second (user + system), which another job on the
# machine does not move; wall-clock pages/s only compare on a quiet machine.
awk -v pages="$made" -v cores="$cores" '
  { label[NR] = $1; wall[$1] = $2; cpu[$1] = $3 + $4; rss[$1] = $5 }
  END {
    printf "%-22s %9s %9s %8s %14s %9s\n", "", "wall s", "CPU s", "pages/s", "pages/CPU s", "RSS MB"
    for (i = 1; i <= NR; i++) {
      l = label[i]
      printf "%-22s %9.1f %9.1f %8.3f %14.3f %9.0f\n", l, wall[l], cpu[l], pages / wall[l],
             pages / cpu[l], rss[l] / 1024
    }
    printf "\nper core (pages per CPU second), lexindex cold against:\n"
    printf "  tesseract, one page per core:   %.2fx\n", cpu["tesseract-parallel"] / cpu["lexindex-cold"]
    printf "  tesseract, one page at a time:  %.2fx\n", cpu["tesseract-sequential"] / cpu["lexindex-cold"]
    printf "  ocrmypdf:                       %.2fx\n", cpu["ocrmypdf"] / cpu["lexindex-cold"]
    printf "wall clock, lexindex cold against tesseract one page per core: %.2fx\n",
           wall["tesseract-parallel"] / wall["lexindex-cold"]
    printf "rebuild from the OCR cache: %.0fx faster than cold\n",
           wall["lexindex-cold"] / wall["lexindex-cache"]
  }' "$work/times" | tee "$work/results.txt"
