#!/usr/bin/env bash
# Compares how fast `lexindex build` and Xapian's own `omindex` (Debian
# package xapian-omega) index the same generated corpus, in one run, and
# prints a Markdown-style table to paste into bench/RESULTS.md: wall time,
# docs/s, MB/s of text, peak RSS, index size and index/text ratio, then the
# lexindex/omindex ratios for docs/s and peak RSS.
#
#   bench/compare_build.sh [--docs N] [--seed S] [--work DIR] [--keep]
#                          [--jobs J] [--only lexindex|omindex]
#
# e.g. bench/compare_build.sh --docs 2000 --only omindex
#
# What it does:
#  - installs what it lacks with apt-get (as root, or through sudo):
#    xapian-omega (omindex), xapian-tools (xapian-delve, to count what each
#    Xapian database holds) and time (GNU /usr/bin/time, for peak RSS);
#  - builds corpus_generator and lexindex with scripts/build (build/, or
#    $BUILD_DIR as scripts/build understands it);
#  - generates N reports with build/bench/corpus_generator into WORK/corpus;
#  - before each tool, reads the whole corpus once (cat >/dev/null) so both
#    see a warm page cache (nothing is dropped from the cache);
#  - times each tool with `/usr/bin/time -f '%e %M'` (wall s, peak RSS KB):
#      lexindex build WORK/corpus --index WORK/lexindex-index [--jobs J]
#      omindex --db WORK/omindex-db --url / --mime-type=md:text/plain WORK/corpus
#    omindex 1.4 maps .md to text/markdown, for which it has no filter, and
#    skips every file; --mime-type=md:text/plain makes it read them as the
#    plain text they are, with all its default work otherwise (positions,
#    English stemming, sample, title, date terms).
#  - checks that omindex's database holds N documents (xapian-delve), and the
#    Xapian database inside lexindex's index folder too when it finds one.
#
# Units: MB = 10^6 bytes (text, index, peak RSS). Text bytes are the sum of
# the .md file sizes; index bytes are `du -sb` of the index folder.
# Exit status: non-zero if a tool failed or indexed a count other than N (the
# table still shows whatever ran). WORK defaults to a fresh `mktemp -d` under
# /tmp, removed at exit unless --keep; with --work DIR, DIR is kept but its
# corpus/, omindex-db/ and lexindex-index/ are replaced.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/compare_build.sh [--docs N] [--seed S] [--work DIR] [--keep]
                              [--jobs J] [--only lexindex|omindex]

Times `lexindex build` and `omindex` on the same generated corpus (warm page
cache) and prints a Markdown table: wall s, docs/s, MB/s, peak RSS, index
size, index/text ratio, and the lexindex/omindex ratios.

  --docs N      reports to generate (default 20000)
  --seed S      corpus_generator seed (default 1)
  --work DIR    working folder (default: a fresh mktemp -d under /tmp,
                removed at exit unless --keep)
  --keep        keep the default working folder
  --jobs J      passed to `lexindex build` as --jobs J (default: not passed)
  --only TOOL   run only lexindex or only omindex
  --help        this text
EOF
}

die() { echo "compare_build: $*" >&2; exit 2; }

docs=20000
seed=1
work=
keep=0
jobs=
only=
cmdline=$(printf '%q ' "$0" "$@")
cmdline=${cmdline% }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --docs) [[ $# -ge 2 ]] || die "--docs needs a value"; docs=$2; shift 2 ;;
    --docs=*) docs=${1#*=}; shift ;;
    --seed) [[ $# -ge 2 ]] || die "--seed needs a value"; seed=$2; shift 2 ;;
    --seed=*) seed=${1#*=}; shift ;;
    --work) [[ $# -ge 2 ]] || die "--work needs a value"; work=$2; shift 2 ;;
    --work=*) work=${1#*=}; shift ;;
    --keep) keep=1; shift ;;
    --jobs) [[ $# -ge 2 ]] || die "--jobs needs a value"; jobs=$2; shift 2 ;;
    --jobs=*) jobs=${1#*=}; shift ;;
    --only) [[ $# -ge 2 ]] || die "--only needs a value"; only=$2; shift 2 ;;
    --only=*) only=${1#*=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

[[ "$docs" =~ ^[1-9][0-9]*$ ]] || die "--docs must be a positive integer, not '$docs'"
[[ "$seed" =~ ^[0-9]+$ ]] || die "--seed must be a non-negative integer, not '$seed'"
[[ -z "$jobs" || "$jobs" =~ ^[1-9][0-9]*$ ]] || die "--jobs must be a positive integer, not '$jobs'"
case "$only" in ""|lexindex|omindex) ;; *) die "--only takes lexindex or omindex, not '$only'" ;; esac
run_lex=1; run_om=1
[[ "$only" == omindex ]] && run_lex=0
[[ "$only" == lexindex ]] && run_om=0

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/bench/bench_lib.sh"
build_dir=${BUILD_DIR:-build}
[[ "$build_dir" == /* ]] || build_dir="$root/$build_dir"
generator="$build_dir/bench/corpus_generator"
lexindex="$build_dir/indexer/lexindex"

# ------------------------------------------------------------ packages
packages=(time xapian-tools)
[[ $run_om -eq 1 ]] && packages+=(xapian-omega)
install_missing compare_build "${packages[@]}"

# ------------------------------------------------------------ work folder
own_work=0
if [[ -z "$work" ]]; then
  own_work=1
  work=$(mktemp -d /tmp/compare_build.XXXXXX)
  if [[ $keep -eq 0 ]]; then
    trap 'rm -rf "$work"' EXIT
  fi
else
  mkdir -p "$work"
  work=$(cd "$work" && pwd)
fi
corpus="$work/corpus"
lex_index="$work/lexindex-index"
om_db="$work/omindex-db"

status=0
lex_built=$run_lex

# ------------------------------------------------------------ build
echo "compare_build: building" >&2
if [[ $run_lex -eq 1 ]]; then
  if ! "$root/scripts/build" corpus_generator lexindex; then
    # Someone may be half-way through an edit of the indexer: the omindex row
    # is still worth having if the generator builds on its own.
    "$root/scripts/build" corpus_generator
    echo "compare_build: lexindex did not build; only omindex will run" >&2
    lex_built=0
    status=1
  fi
else
  "$root/scripts/build" corpus_generator
fi

# ------------------------------------------------------------ corpus
echo "compare_build: generating $docs reports (seed $seed) in $corpus" >&2
rm -rf "$corpus" "$lex_index" "$om_db"
"$generator" --docs "$docs" --seed "$seed" --out "$corpus" 2>"$work/corpus_generator.log" || {
  cat "$work/corpus_generator.log" >&2; die "corpus_generator failed"; }
files=$(find "$corpus" -type f -name '*.md' | wc -l)
[[ "$files" -eq "$docs" ]] || die "corpus_generator wrote $files .md files, expected $docs"
text_bytes=$(find "$corpus" -type f -name '*.md' -printf '%s\n' | awk '{s += $1} END {printf "%d", s}')

warm_cache() { find "$corpus" -type f -exec cat {} + >/dev/null; }


# run_timed NAME CMD...: times CMD with stdout/stderr to WORK/NAME.{out,err}
# and the '%e %M' line in WORK/NAME.time; returns CMD's exit status.
run_timed() {
  local name=$1; shift
  warm_cache
  echo "compare_build: running $name: $*" >&2
  local rc=0
  /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" \
    >"$work/$name.out" 2>"$work/$name.err" || rc=$?
  return "$rc"
}

# Rows: tool|docs|wall|rss_kb|index_bytes|note
rows=()
declare -A rate=() rss=()

# row TOOL INDEX_PATH: reads WORK/TOOL.time and appends a table row.
row() {
  local tool=$1 index=$2 wall rss_kb index_bytes
  # GNU time puts "Command exited with non-zero status N" first on failure;
  # the figures are on the last line.
  read -r wall rss_kb < <(tail -n 1 "$work/$tool.time")
  index_bytes=$(du -sb "$index" | cut -f1)
  rows+=("$(awk -v t="$tool" -v d="$docs" -v w="$wall" -v r="$rss_kb" -v i="$index_bytes" -v x="$text_bytes" 'BEGIN {
    ws = (w > 0) ? w : 0.01
    printf "| %s | %d | %.2f | %.0f | %.2f | %.1f | %.1f | %.2f |", t, d, w, d / ws, x / 1e6 / ws, r * 1024 / 1e6, i / 1e6, i / x
  }')")
  rate[$tool]=$(awk -v d="$docs" -v w="$wall" 'BEGIN { printf "%.6f", d / ((w > 0) ? w : 0.01) }')
  rss[$tool]=$rss_kb
}

failed_row() { rows+=("| $1 | $docs | failed: $2 | – | – | – | – | – |"); }

# ------------------------------------------------------------ lexindex
if [[ $run_lex -eq 1 ]]; then
  if [[ $lex_built -eq 0 ]]; then
    failed_row lexindex "did not build"
  else
    lex_cmd=("$lexindex" build "$corpus" --index "$lex_index")
    [[ -n "$jobs" ]] && lex_cmd+=(--jobs "$jobs")
    rc=0
    run_timed lexindex "${lex_cmd[@]}" || rc=$?
    if [[ $rc -ne 0 ]]; then
      echo "compare_build: lexindex build failed (exit $rc); its stderr:" >&2
      cat "$work/lexindex.err" >&2
      failed_row lexindex "exit $rc"
      status=1
    else
      row lexindex "$lex_index"
      # The index folder holds the Xapian shards under xapian/, read as one
      # database through the stub file xapian/XAPIANDB (and an SQLite file).
      lex_db=""
      [[ -f "$lex_index/xapian/XAPIANDB" ]] && lex_db="$lex_index/xapian"
      if [[ -n "$lex_db" ]]; then
        n=$(xapian_count "$lex_db")
        echo "compare_build: lexindex's Xapian database ${lex_db#"$work"/} holds ${n:-?} documents" >&2
        if [[ "$n" != "$docs" ]]; then
          echo "compare_build: lexindex indexed ${n:-?} documents, expected $docs" >&2
          status=1
        fi
      else
        echo "compare_build: no Xapian stub database $lex_index/xapian/XAPIANDB to count documents" >&2
      fi
    fi
  fi
fi

# ------------------------------------------------------------ omindex
om_cmd=(omindex --db "$om_db" --url / --mime-type=md:text/plain "$corpus")
if [[ $run_om -eq 1 ]]; then
  rc=0
  run_timed omindex "${om_cmd[@]}" || rc=$?
  if [[ -s "$work/omindex.err" ]]; then
    echo "compare_build: omindex's stderr (first 20 lines):" >&2
    head -n 20 "$work/omindex.err" >&2
  fi
  if [[ $rc -ne 0 ]]; then
    echo "compare_build: omindex failed (exit $rc)" >&2
    failed_row omindex "exit $rc"
    status=1
  else
    row omindex "$om_db"
    n=$(xapian_count "$om_db")
    if [[ "$n" != "$docs" ]]; then
      echo "compare_build: omindex indexed ${n:-?} documents, expected $docs" >&2
      status=1
    fi
  fi
fi

# ------------------------------------------------------------ report
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
rev=$(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown)
echo
echo "Command: $cmdline"
echo "Date: $(date '+%Y-%m-%d %H:%M:%S %z')"
echo "Machine: nproc $(nproc), ${cpu:-unknown CPU}, $(uname -sr)"
if [[ $run_om -eq 1 ]]; then
  echo "Versions: $(omindex --version 2>&1 | head -n 1); $(xapian-delve --version 2>&1 | head -n 1); lexindex at $rev"
else
  echo "Versions: $(xapian-delve --version 2>&1 | head -n 1); lexindex at $rev"
fi
echo "Corpus: $docs reports, seed $seed, $text_bytes bytes of UTF-8 Markdown ($(awk -v x="$text_bytes" 'BEGIN {printf "%.1f", x / 1e6}') MB), warm page cache"
[[ $run_lex -eq 1 ]] && echo "lexindex: ${lex_cmd[*]:-$lexindex build (not built)}"
[[ $run_om -eq 1 ]] && echo "omindex: ${om_cmd[*]}"
echo
echo "| tool | docs | wall s | docs/s | MB/s | peak RSS MB | index MB | index/text |"
echo "|---|---|---|---|---|---|---|---|"
for r in "${rows[@]}"; do echo "$r"; done
if [[ -n "${rate[lexindex]:-}" && -n "${rate[omindex]:-}" ]]; then
  echo
  awk -v lr="${rate[lexindex]}" -v or="${rate[omindex]}" -v lm="${rss[lexindex]}" -v om="${rss[omindex]}" 'BEGIN {
    printf "lexindex/omindex: docs/s ×%.2f, peak RSS ×%.2f\n", lr / or, lm / om
  }'
fi
if [[ $keep -eq 1 || $own_work -eq 0 ]]; then echo; echo "Work folder kept: $work"; fi
exit "$status"
