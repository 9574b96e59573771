#!/usr/bin/env bash
# Compares how fast a whole `lexquery cites` process answers "which reports
# cite Chỉ thị 05-CT/TW" with `rg -l` over the same files and with Xapian's
# `quest` over omindex's database of them, in one run, and prints a
# Markdown-style table to paste into bench/RESULTS.md: median, mean ± sd,
# min and max wall ms per process, user and system CPU, and each tool's
# median over lexquery's; then rg/lexquery and quest/lexquery, for the first
# screen (lexquery's default, quest's) and for every match.
#
#   bench/compare_query.sh [--docs N] [--seed S] [--work DIR] [--runs R]
#                          [--reuse]
#
# e.g. bench/compare_query.sh --docs 20000 --work /tmp/qbench-20k
#      bench/compare_query.sh --docs 20000 --work /tmp/qbench-20k --reuse
#
# What it does:
#  - installs what it lacks with apt-get (as root, or through sudo):
#    ripgrep (rg), xapian-tools (quest, and xapian-delve to count what each
#    Xapian database holds), xapian-omega (omindex) and hyperfine (the timer);
#  - builds lexquery, and corpus_generator and lexindex when it must index,
#    with scripts/build (build/, or $BUILD_DIR as scripts/build understands
#    it);
#  - generates N reports with build/bench/corpus_generator into WORK/corpus
#    and indexes them twice, as bench/compare_build.sh does:
#      lexindex build WORK/corpus --index WORK/lexindex-index
#      omindex --db WORK/omindex-db --url / --mime-type=md:text/plain WORK/corpus
#    (omindex 1.4 maps .md to text/markdown, for which it has no filter, and
#    skips every file; --mime-type=md:text/plain makes it read them as the
#    plain text they are). With --reuse, when WORK already holds a corpus of
#    N .md files made with seed S (WORK/corpus.args) and both indexes, it
#    skips generating and indexing, so that the figures can be measured again
#    on a quieter machine. Either way it checks with xapian-delve that both
#    Xapian databases hold N documents;
#  - runs every command once and checks that the three tools find the same
#    reports (lexquery's JSON, rg's file list, quest's url= lines), printing
#    the three counts and what differs;
#  - reads the corpus and both indexes once (cat >/dev/null), runs each
#    command 5 times untimed, then times them with `hyperfine -N` (no shell
#    between hyperfine and the process; stdout to /dev/null, which rg 13 does
#    not shortcut: it still opens every file) in rounds of 5 runs, the order
#    of the commands rotating each round and each round starting with one
#    untimed run of each, so that the machine's noise falls on all of them
#    alike; the rounds' times are pooled.
#
# The commands timed (REF = "Chỉ thị 05-CT/TW", symbol 05-CT/TW):
#    lexquery --index WORK/lexindex-index cites "Chỉ thị 05-CT/TW"
#    lexquery --index WORK/lexindex-index cites "Chỉ thị 05-CT/TW" --limit 0
#    lexquery --index WORK/lexindex-index cites "Chỉ thị 05-CT/TW" --format json
#    rg -l 05-CT/TW WORK/corpus
#    quest -d WORK/omindex-db -m N '"05-CT/TW"'
#    quest -d WORK/omindex-db '"05-CT/TW"'       (its default: the best 10)
#    lexquery --version, quest --version          (start-up alone)
# lexquery's table, its default, counts every citing report and lists the 20
# newest (a screenful); --limit 0 lists them all, as --format json does.
# The fair quest query: omindex's term generator indexes "05-CT/TW" as the
# three words 05, ct and tw at consecutive positions (see `xapian-delve -t
# tw WORK/omindex-db`), and the query parser reads "05-CT/TW", quoted or not,
# as the phrase (05 PHRASE ct PHRASE tw), unstemmed: the same symbol, as
# exact as rg's string. "Chỉ thị" is left out: outside a phrase it would
# OR in every report that names any directive, and inside one it would miss
# "Chỉ thị số 05-CT/TW". -m N (N = the corpus size) makes quest list every
# match, each with the document data omindex stored (url, sample, size), as
# lexquery --limit 0 lists every citing report (title, path, sentence) and rg
# every file. quest's default, the best 10 and an estimated count, is the
# pair of lexquery's default (the exact count and the 20 newest): both show
# a first screen.
# What each counts: lexquery the reports whose citations resolve to 05-CT/TW
# (grouped per authority if several: other dates or issuers of the symbol);
# rg the files holding the string; quest the documents holding the phrase.
#
# Units: ms = 10^-3 s of wall time per whole process (fork/exec to exit, as
# hyperfine measures it); user and sys are mean CPU ms per process. sd is the
# sample standard deviation over all runs of all rounds.
# Exit status: non-zero if a build, an index or a tool failed (a tool
# exiting non-zero, lexquery's "nothing found" included), or if an index
# holds a count other than N; the three tools disagreeing is reported, not an
# error. WORK defaults to a fresh `mktemp -d` under /tmp, removed at exit;
# with --work DIR, DIR is kept (and its corpus/, lexindex-index/ and
# omindex-db/ replaced unless --reuse finds them complete).
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/compare_query.sh [--docs N] [--seed S] [--work DIR] [--runs R]
                              [--reuse]

Times whole-process `lexquery cites "Chỉ thị 05-CT/TW"` against
`rg -l 05-CT/TW` over the same files and `quest '"05-CT/TW"'` over omindex's
database of them (warm page cache, interleaved rounds, hyperfine -N), checks
that they find the same reports, and prints a Markdown table: median,
mean ± sd, min, max ms, CPU, and the rg/lexquery and quest/lexquery ratios,
for a first screen (lexquery's default table, quest's best 10) and for every
match (lexquery --limit 0, quest -m N, rg -l).

  --docs N      reports to generate (default 20000)
  --seed S      corpus_generator seed (default 1)
  --work DIR    working folder, kept (default: a fresh mktemp -d under
                /tmp, removed at exit)
  --runs R      timed runs of each command (default 30; in rounds of 5)
  --reuse       keep WORK's corpus and indexes if they hold N reports of
                seed S (skips generating and indexing)
  --help        this text
EOF
}

die() { echo "compare_query: $*" >&2; exit 2; }

docs=20000
seed=1
work=
runs=30
reuse=0
per_round=5
ref="Chỉ thị 05-CT/TW"
symbol="05-CT/TW"
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
    --runs) [[ $# -ge 2 ]] || die "--runs needs a value"; runs=$2; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    --reuse) reuse=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

[[ "$docs" =~ ^[1-9][0-9]*$ ]] || die "--docs must be a positive integer, not '$docs'"
[[ "$seed" =~ ^[0-9]+$ ]] || die "--seed must be a non-negative integer, not '$seed'"
[[ "$runs" =~ ^[1-9][0-9]*$ && "$runs" -ge 2 ]] || die "--runs must be an integer ≥ 2, not '$runs'"
[[ $runs -lt $per_round ]] && per_round=$runs
rounds=$(( (runs + per_round - 1) / per_round ))
runs=$(( rounds * per_round ))

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/bench/bench_lib.sh"
build_dir=${BUILD_DIR:-build}
[[ "$build_dir" == /* ]] || build_dir="$root/$build_dir"
generator="$build_dir/bench/corpus_generator"
lexindex="$build_dir/indexer/lexindex"
lexquery="$build_dir/query/lexquery"

# ------------------------------------------------------------ packages
packages=(ripgrep xapian-tools xapian-omega hyperfine)
install_missing compare_query "${packages[@]}"

# ------------------------------------------------------------ work folder
own_work=0
if [[ -z "$work" ]]; then
  own_work=1
  work=$(mktemp -d /tmp/compare_query.XXXXXX)
  trap 'rm -rf "$work"' EXIT
else
  mkdir -p "$work"
  work=$(cd "$work" && pwd)
fi
corpus="$work/corpus"
lex_index="$work/lexindex-index"
om_db="$work/omindex-db"
# lexindex's index folder holds its Xapian shards under xapian/, read as one
# database through the stub file xapian/XAPIANDB (and an SQLite file).
lex_db="$lex_index/xapian"

md_count() { find "$corpus" -type f -name '*.md' 2>/dev/null | wc -l; }

# --reuse: WORK must hold N .md files of seed S and two indexes of N each.
reusing=0
if [[ $reuse -eq 1 ]]; then
  why=""
  if [[ "$(cat "$work/corpus.args" 2>/dev/null)" != "docs $docs seed $seed" ]]; then
    why="WORK/corpus.args is not 'docs $docs seed $seed'"
  elif [[ $(md_count) -ne $docs ]]; then
    why="WORK/corpus holds $(md_count) .md files"
  elif [[ "$(xapian_count "$lex_db")" != "$docs" ]]; then
    why="lexindex's index holds '$(xapian_count "$lex_db")' documents"
  elif [[ "$(xapian_count "$om_db")" != "$docs" ]]; then
    why="omindex's database holds '$(xapian_count "$om_db")' documents"
  fi
  if [[ -z "$why" ]]; then
    reusing=1
    echo "compare_query: reusing the corpus and indexes of $work" >&2
  else
    echo "compare_query: not reusing $work ($why): generating and indexing" >&2
  fi
fi

# ------------------------------------------------------------ build
echo "compare_query: building" >&2
if [[ $reusing -eq 1 ]]; then
  "$root/scripts/build" lexquery || die "lexquery did not build"
else
  "$root/scripts/build" corpus_generator lexindex lexquery ||
    die "corpus_generator, lexindex or lexquery did not build"
fi

# ------------------------------------------------------------ corpus, indexes
status=0
build_note="reused from an earlier run"
if [[ $reusing -eq 0 ]]; then
  echo "compare_query: generating $docs reports (seed $seed) in $corpus" >&2
  rm -rf "$corpus" "$lex_index" "$om_db" "$work/corpus.args"
  "$generator" --docs "$docs" --seed "$seed" --out "$corpus" 2>"$work/corpus_generator.log" || {
    cat "$work/corpus_generator.log" >&2; die "corpus_generator failed"; }
  files=$(md_count)
  [[ "$files" -eq "$docs" ]] || die "corpus_generator wrote $files .md files, expected $docs"
  echo "docs $docs seed $seed" >"$work/corpus.args"

  echo "compare_query: lexindex build (about 1 min per 20,000 reports)" >&2
  t0=$(date +%s.%N)
  "$lexindex" build "$corpus" --index "$lex_index" >"$work/lexindex.out" 2>"$work/lexindex.err" || {
    tail -n 20 "$work/lexindex.err" >&2; die "lexindex build failed"; }
  t1=$(date +%s.%N)
  echo "compare_query: omindex (about 3 min per 20,000 reports)" >&2
  omindex --db "$om_db" --url / --mime-type=md:text/plain "$corpus" \
    >"$work/omindex.out" 2>"$work/omindex.err" || {
    tail -n 20 "$work/omindex.err" >&2; die "omindex failed"; }
  t2=$(date +%s.%N)
  build_note=$(awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
    printf "built in this run: lexindex build %.0f s, omindex %.0f s", b - a, c - b }')
fi
text_bytes=$(find "$corpus" -type f -name '*.md' -printf '%s\n' | awk '{s += $1} END {printf "%d", s}')
for db in "$lex_db" "$om_db"; do
  n=$(xapian_count "$db")
  echo "compare_query: ${db#"$work"/} holds ${n:-?} documents" >&2
  if [[ "$n" != "$docs" ]]; then
    echo "compare_query: ${db#"$work"/} holds ${n:-?} documents, expected $docs" >&2
    status=1
  fi
done

# ------------------------------------------------------------ commands
# hyperfine -N splits a command line as a POSIX shell would (no $'...'): quote
# every word in single quotes.
q() { local s=${1//\'/\'\\\'\'}; printf "'%s'" "$s"; }

names=(lexquery lexquery-all lexquery-json rg quest quest-10 lexquery-start quest-start)
declare -A label=(
  [lexquery]="lexquery cites (count, 20 newest)"
  [lexquery-all]="lexquery cites --limit 0"
  [lexquery-json]="lexquery cites --format json"
  [rg]="rg -l"
  [quest]="quest -m $docs (every match)"
  [quest-10]="quest (default: best 10)"
  [lexquery-start]="lexquery --version (start-up)"
  [quest-start]="quest --version (start-up)"
)
declare -A cmd=(
  [lexquery]="$(q "$lexquery") --index $(q "$lex_index") cites $(q "$ref")"
  [lexquery-all]="$(q "$lexquery") --index $(q "$lex_index") cites $(q "$ref") --limit 0"
  [lexquery-json]="$(q "$lexquery") --index $(q "$lex_index") cites $(q "$ref") --format json"
  [rg]="rg -l $(q "$symbol") $(q "$corpus")"
  [quest]="quest -d $(q "$om_db") -m $docs $(q "\"$symbol\"")"
  [quest-10]="quest -d $(q "$om_db") $(q "\"$symbol\"")"
  [lexquery-start]="$(q "$lexquery") --version"
  [quest-start]="quest --version"
)

# ------------------------------------------------------------ agreement
# One run of each, kept, to count and compare what they found.
echo "compare_query: checking what each tool finds" >&2
lexquery_json=("$lexquery" --index "$lex_index" cites "$ref" --format json)
rc=0
"${lexquery_json[@]}" >"$work/lexquery.json" 2>"$work/lexquery.err" || rc=$?
if [[ $rc -ne 0 ]]; then
  cat "$work/lexquery.err" >&2; die "lexquery cites failed (exit $rc)"
fi
rg -l "$symbol" "$corpus" >"$work/rg.out" 2>"$work/rg.err" || {
  cat "$work/rg.err" >&2; die "rg failed"; }
quest -d "$om_db" -m "$docs" "\"$symbol\"" >"$work/quest.out" 2>"$work/quest.err" || {
  cat "$work/quest.err" >&2; die "quest failed"; }
jq -r '.authorities[].reports[].path' "$work/lexquery.json" | sort -u >"$work/found.lexquery"
sed "s|^$corpus/||" "$work/rg.out" | sort -u >"$work/found.rg"
sed -n 's|^url=/||p' "$work/quest.out" | sort -u >"$work/found.quest"
authorities=$(jq '.authorities | length' "$work/lexquery.json")
n_lex=$(wc -l <"$work/found.lexquery")
n_rg=$(wc -l <"$work/found.rg")
n_quest=$(wc -l <"$work/found.quest")
quest_says=$(grep -m 1 -E 'matches' "$work/quest.out" || true)
declare -A found=([lexquery]="$n_lex (lists 20)" [lexquery-all]=$n_lex [lexquery-json]=$n_lex [rg]=$n_rg [quest]=$n_quest
                  [quest-10]="~ (lists 10)" [lexquery-start]="–" [quest-start]="–")
agreement="lexquery $n_lex reports (under $authorities authorit$( [[ $authorities -eq 1 ]] && echo y || echo ies)), rg $n_rg files, quest $n_quest documents ($quest_says)"
if cmp -s "$work/found.lexquery" "$work/found.rg" && cmp -s "$work/found.rg" "$work/found.quest"; then
  agreement+=": the same $n_lex reports"
else
  only() { comm -23 "$1" "$2" | wc -l; }
  agreement+="; only lexquery: $(only "$work/found.lexquery" "$work/found.rg") not in rg's,"
  agreement+=" only rg: $(only "$work/found.rg" "$work/found.lexquery") not in lexquery's,"
  agreement+=" rg vs quest: $(only "$work/found.rg" "$work/found.quest") only rg,"
  agreement+=" $(only "$work/found.quest" "$work/found.rg") only quest"
  agreement+=" (lists in $work/found.*)"
fi
echo "compare_query: $agreement" >&2

# ------------------------------------------------------------ timing
echo "compare_query: warming the page cache and each command (5 untimed runs)" >&2
find "$corpus" "$lex_index" "$om_db" -type f -exec cat {} + >/dev/null
for name in "${names[@]}"; do
  for _ in 1 2 3 4 5; do
    rc=0
    eval "${cmd[$name]}" >/dev/null 2>"$work/warmup.err" || rc=$?
    if [[ $rc -ne 0 ]]; then
      cat "$work/warmup.err" >&2
      die "${label[$name]} failed (exit $rc): ${cmd[$name]}"
    fi
  done
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "compare_query: timing ${#names[@]} commands, $rounds rounds of $per_round runs (load $load_before)" >&2
rm -f "$work"/hyperfine.round*.json
for ((r = 0; r < rounds; r++)); do
  args=()
  k=${#names[@]}
  for ((i = 0; i < k; i++)); do
    name=${names[$(( (i + r) % k ))]}
    args+=(-n "$name" "${cmd[$name]}")
  done
  json="$work/hyperfine.round$r.json"
  if ! hyperfine -N --style none --warmup 1 --runs "$per_round" --export-json "$json" \
      "${args[@]}" >"$work/hyperfine.log" 2>&1; then
    cat "$work/hyperfine.log" >&2
    echo "compare_query: a command failed in round $((r + 1)) (hyperfine's log above)" >&2
    status=1
    break
  fi
  echo "compare_query: round $((r + 1))/$rounds done" >&2
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# stats NAME: "median mean sd min max user_ms sys_ms runs" over all rounds (ms).
stats() {
  jq -r --arg n "$1" '.results[] | select(.command == $n) |
      (.times[] | "t \(. * 1000)"), "u \(.user * 1000) \(.times | length)",
      "s \(.system * 1000) \(.times | length)"' "$work"/hyperfine.round*.json |
    awk '
      $1 == "t" { t[n++] = $2; sum += $2 }
      $1 == "u" { us += $2 * $3; ur += $3 }
      $1 == "s" { ss += $2 * $3; sr += $3 }
      END {
        if (n == 0) exit
        # insertion sort: a few hundred values at most
        for (i = 1; i < n; i++) { v = t[i]; for (j = i - 1; j >= 0 && t[j] > v; j--) t[j + 1] = t[j]; t[j + 1] = v }
        med = (n % 2) ? t[(n - 1) / 2] : (t[n / 2 - 1] + t[n / 2]) / 2
        mean = sum / n
        for (i = 0; i < n; i++) sq += (t[i] - mean) ^ 2
        sd = (n > 1) ? sqrt(sq / (n - 1)) : 0
        printf "%.3f %.3f %.3f %.3f %.3f %.3f %.3f %d\n", med, mean, sd, t[0], t[n - 1], us / ur, ss / sr, n
      }'
}

declare -A median=()
rows=()
if [[ $status -eq 0 ]]; then
  for name in "${names[@]}"; do
    read -r med mean sd mn mx us ss n < <(stats "$name")
    median[$name]=$med
    rows+=("$name|$med|$mean|$sd|$mn|$mx|$us|$ss|$n")
  done
fi

# ------------------------------------------------------------ report
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
rev=$(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown)
echo
echo "Command: $cmdline"
echo "Date: $(date '+%Y-%m-%d %H:%M:%S %z')"
echo "Machine: nproc $(nproc), ${cpu:-unknown CPU}, $(uname -sr); load average $load_before before timing, $load_after after"
# (sed, not head: it reads all, so that no tool meets a closed pipe)
echo "Versions: $(rg --version | sed -n 1p); $(quest --version 2>&1 | sed -n 1p); $(omindex --version 2>&1 | sed -n 1p); $(hyperfine --version); lexquery at $rev ($lexquery, built $(date -r "$lexquery" "+%Y-%m-%d %H:%M"))"
echo "Corpus: $docs reports, seed $seed, $text_bytes bytes of UTF-8 Markdown ($(awk -v x="$text_bytes" 'BEGIN {printf "%.1f", x / 1e6}') MB); indexes $build_note"
echo "Index sizes: lexindex-index $(du -sb "$lex_index" | awk '{printf "%.1f", $1 / 1e6}') MB, omindex-db $(du -sb "$om_db" | awk '{printf "%.1f", $1 / 1e6}') MB"
echo "Found: $agreement"
echo "Timing: hyperfine -N, warm page cache, stdout to /dev/null, $rounds rounds of $per_round runs (+1 untimed) per command, order rotating each round: $runs runs each"
for name in "${names[@]}"; do echo "  ${label[$name]}: ${cmd[$name]}"; done
echo
echo "| tool | reports | found | median ms | mean ± sd ms | min ms | max ms | user ms | sys ms | median / lexquery cites' |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for r in "${rows[@]}"; do
  IFS='|' read -r name med mean sd mn mx us ss n <<<"$r"
  awk -v l="${label[$name]}" -v d="$docs" -v f="${found[$name]}" -v med="$med" -v mean="$mean" -v sd="$sd" \
      -v mn="$mn" -v mx="$mx" -v us="$us" -v ss="$ss" -v base="${median[lexquery]}" 'BEGIN {
    printf "| %s | %d | %s | %.1f | %.1f ± %.1f | %.1f | %.1f | %.1f | %.1f | ×%.2f |\n", l, d, f, med, mean, sd, mn, mx, us, ss, med / base
  }'
done
if [[ -n "${median[lexquery]:-}" ]]; then
  echo
  awk -v l="${median[lexquery]}" -v la="${median[lexquery-all]}" -v r="${median[rg]}" -v q="${median[quest]}" \
      -v q10="${median[quest-10]}" -v ls="${median[lexquery-start]}" -v qs="${median[quest-start]}" 'BEGIN {
    printf "First screen (the default of each: lexquery 20 newest, quest best 10): quest/lexquery ×%.2f, rg -l/lexquery ×%.2f\n", q10 / l, r / l
    printf "Every match (lexquery --limit 0, quest -m N, rg -l): quest/lexquery ×%.2f, rg/lexquery ×%.2f\n", q / la, r / la
    printf "Start-up alone (--version): lexquery %.1f ms, quest %.1f ms\n", ls, qs
  }'
fi
if [[ $own_work -eq 0 ]]; then echo; echo "Work folder kept: $work"; fi
exit "$status"
