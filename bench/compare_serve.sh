#!/usr/bin/env bash
# Measures `lexquery serve` under load with `wrk` on loopback: requests per
# second, p50 and p99 latency, and the server's CPU per request, for a
# `cites` request, the page's query endpoint on a reference, and a full-text
# search (through /api/search and /api/query), and prints a Markdown table to
# paste into bench/RESULTS.md.
#
#   bench/compare_serve.sh [--docs N] [--seed S] [--work DIR] [--reuse]
#                          [--threads T] [--connections C[,C...]]
#                          [--duration SECONDS] [--pin]
#                          [--lexquery PATH] [--lexindex PATH]
#                          [--generator PATH] [--server-arg ARG]...
#
# e.g. bench/compare_serve.sh --docs 20000 --work /tmp/sbench-20k
#      bench/compare_serve.sh --docs 20000 --work /tmp/sbench-20k --reuse --pin
#
# What it does:
#  - installs what it lacks with apt-get (as root, or through sudo): wrk (the
#    load generator), curl and jq (to check each answer once);
#  - builds lexquery, and corpus_generator and lexindex when it must index,
#    with scripts/build (build/, or $BUILD_DIR as scripts/build understands
#    it), unless given as --lexquery, --lexindex, --generator PATH (then
#    that binary is used as it is);
#  - generates N reports with corpus_generator into WORK/corpus and indexes
#    them (lexindex build WORK/corpus --index WORK/index). With --reuse, when
#    WORK already holds a corpus of N .md files made with seed S
#    (WORK/corpus.args) and an index of N documents (xapian-delve), it skips
#    both;
#  - starts `lexquery serve --index WORK/index --port 0 [ARG...]` (a free
#    loopback port, read from its first line; each --server-arg adds an ARG,
#    e.g. --server-arg=--cache-mb --server-arg=0 to measure without the
#    answers kept), waits until it answers, and asks each
#    benchmarked URL once with curl: HTTP 200, JSON that jq reads, and a
#    non-zero count (the reports citing, or the matches), so that wrk
#    measures real answers, not refusals;
#  - reads the index once (cat >/dev/null) and warms each URL with an
#    untimed wrk run of 3 s;
#  - for each URL and each C of --connections, waits while other processes
#    keep the cores busy (see below), then runs
#      wrk --latency -t T -c C -d D URL
#    and reads requests/s, p50 and p99 of wrk's latency distribution, its
#    "Non-2xx or 3xx responses" and socket errors (either fails the run),
#    and the CPU time the server, wrk and everything else used meanwhile
#    (/proc: the server's utime+stime, this shell's children's, /proc/stat);
#  - with --pin, does it all twice: the server and wrk sharing both cores
#    (layout "shared", no pinning), then the server on core 0 and wrk on
#    core 1 (layout "split", taskset -c). Without --pin, "shared" only;
#  - stops the server at exit (trap), whatever happens.
#
# The URLs (q and ref URL-encoded with jq's @uri):
#    cites         /api/cites?ref=Chỉ thị 05-CT/TW
#    query-ref     /api/query?q=chi thi 05-ct/tw           (the page's box, a reference)
#    search        /api/search?q=cải cách hành chính
#    query-search  /api/query?q=cải cách hành chính         (the page's box, words: with facets)
# "cải cách hành chính" is a phrase the generator writes into most reports
# (1,813 of 2,000 files hold it): a search with many matches.
#
# Both the server and wrk run on this machine: on 2 cores, whatever wrk
# spends (little at hundreds of requests/s, 0.6 cores at 8,000/s) is not
# the server's. The table gives
# the CPU each used, so that a figure can be read per core of the server.
# Latency is wrk's own (from sending a request to its answer, over kept-alive
# connections; wrk 4 does not correct for coordinated omission, so p99 is
# that of the requests it sent, not of a fixed rate).
#
# Waiting for a quiet machine: before each timed run the server is idle for
# 3 s while /proc/stat is read; if other processes kept more than
# --max-busy cores (default 0.5) busy, it waits 30 s and looks again, up to
# 10 times, then runs anyway and says so. The 1-minute load average is
# printed before and after the whole measurement (it also counts this
# script's own runs).
#
# Exit status: non-zero if a build, the index or the server failed, if a URL
# did not answer 200 with valid JSON and a non-zero count, or if a wrk run
# had non-2xx answers or socket errors. WORK defaults to a fresh
# `mktemp -d` under /tmp, removed at exit; with --work DIR, DIR is kept (and
# its corpus/ and index/ replaced unless --reuse finds them complete).
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/compare_serve.sh [--docs N] [--seed S] [--work DIR] [--reuse]
                              [--threads T] [--connections C[,C...]]
                              [--duration SECONDS] [--pin] [--max-busy CORES]
                              [--lexquery PATH] [--lexindex PATH]
                              [--generator PATH] [--server-arg ARG]...

Runs `lexquery serve` on a generated corpus's index and measures it with
`wrk --latency` on loopback: requests/s, p50 and p99 latency and the server's
CPU per request, for /api/cites?ref=Chỉ thị 05-CT/TW, /api/query on the same
reference, and /api/search and /api/query on "cải cách hành chính". Checks
each URL once first (200, JSON, a non-zero count); a wrk run with non-2xx
answers or socket errors fails. Prints a Markdown table.

  --docs N            reports to generate (default 20000)
  --seed S            corpus_generator seed (default 1)
  --work DIR          working folder, kept (default: a fresh mktemp -d under
                      /tmp, removed at exit)
  --reuse             keep WORK's corpus and index if they hold N reports of
                      seed S (skips generating and indexing)
  --threads T         wrk threads (default 2)
  --connections LIST  wrk connections, comma-separated: one run per value
                      (default 8)
  --duration S        seconds per timed wrk run (default 15)
  --pin               also measure with the server on core 0, wrk on core 1
  --max-busy CORES    wait while others keep more cores busy (default 0.5)
  --lexquery PATH     use this lexquery (not built)
  --lexindex PATH     use this lexindex (not built)
  --generator PATH    use this corpus_generator (not built)
  --server-arg ARG    one more argument of `lexquery serve` (repeatable):
                      --server-arg=--cache-mb --server-arg=0
  --help              this text
EOF
}

die() { echo "compare_serve: $*" >&2; exit 2; }
say() { echo "compare_serve: $*" >&2; }

docs=20000
seed=1
work=
reuse=0
threads=2
connections=8
duration=15
pin=0
max_busy=0.5
lexquery=
lexindex=
generator=
server_args=()
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
    --reuse) reuse=1; shift ;;
    --threads) [[ $# -ge 2 ]] || die "--threads needs a value"; threads=$2; shift 2 ;;
    --threads=*) threads=${1#*=}; shift ;;
    --connections) [[ $# -ge 2 ]] || die "--connections needs a value"; connections=$2; shift 2 ;;
    --connections=*) connections=${1#*=}; shift ;;
    --duration) [[ $# -ge 2 ]] || die "--duration needs a value"; duration=$2; shift 2 ;;
    --duration=*) duration=${1#*=}; shift ;;
    --pin) pin=1; shift ;;
    --max-busy) [[ $# -ge 2 ]] || die "--max-busy needs a value"; max_busy=$2; shift 2 ;;
    --max-busy=*) max_busy=${1#*=}; shift ;;
    --lexquery) [[ $# -ge 2 ]] || die "--lexquery needs a value"; lexquery=$2; shift 2 ;;
    --lexquery=*) lexquery=${1#*=}; shift ;;
    --lexindex) [[ $# -ge 2 ]] || die "--lexindex needs a value"; lexindex=$2; shift 2 ;;
    --lexindex=*) lexindex=${1#*=}; shift ;;
    --generator) [[ $# -ge 2 ]] || die "--generator needs a value"; generator=$2; shift 2 ;;
    --generator=*) generator=${1#*=}; shift ;;
    --server-arg) [[ $# -ge 2 ]] || die "--server-arg needs a value"; server_args+=("$2"); shift 2 ;;
    --server-arg=*) server_args+=("${1#*=}"); shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

[[ "$docs" =~ ^[1-9][0-9]*$ ]] || die "--docs must be a positive integer, not '$docs'"
[[ "$seed" =~ ^[0-9]+$ ]] || die "--seed must be a non-negative integer, not '$seed'"
[[ "$threads" =~ ^[1-9][0-9]*$ ]] || die "--threads must be a positive integer, not '$threads'"
[[ "$connections" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] ||
  die "--connections must be positive integers separated by commas, not '$connections'"
IFS=, read -r -a conn_list <<<"$connections"
for c in "${conn_list[@]}"; do
  [[ $c -ge $threads ]] || die "wrk needs at least as many connections as threads ($c < $threads)"
done
[[ "$duration" =~ ^[1-9][0-9]*$ ]] || die "--duration must be a positive integer (seconds), not '$duration'"
[[ "$max_busy" =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "--max-busy must be a number of cores, not '$max_busy'"
if [[ $pin -eq 1 && $(nproc) -lt 2 ]]; then die "--pin needs 2 cores (nproc: $(nproc))"; fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/bench/bench_lib.sh"
build_dir=${BUILD_DIR:-build}
[[ "$build_dir" == /* ]] || build_dir="$root/$build_dir"
to_build=()
if [[ -z "$lexquery" ]]; then lexquery="$build_dir/query/lexquery"; to_build+=(lexquery); fi
given_lexindex=1
given_generator=1
if [[ -z "$lexindex" ]]; then lexindex="$build_dir/indexer/lexindex"; given_lexindex=0; fi
if [[ -z "$generator" ]]; then generator="$build_dir/bench/corpus_generator"; given_generator=0; fi

# ------------------------------------------------------------ packages
# xapian-tools: xapian-delve, to count the index's documents (bench_lib.sh).
packages=(wrk curl jq xapian-tools)
install_missing compare_serve "${packages[@]}"

# ------------------------------------------------------------ work folder
server_pid=
stop_server() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
  fi
}
own_work=0
if [[ -z "$work" ]]; then
  own_work=1
  work=$(mktemp -d /tmp/compare_serve.XXXXXX)
else
  mkdir -p "$work"
  work=$(cd "$work" && pwd)
fi
cleanup() {
  stop_server
  if [[ $own_work -eq 1 ]]; then rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
corpus="$work/corpus"
index="$work/index"
# lexindex's index folder holds its Xapian shards under xapian/, read as one
# database through the stub file xapian/XAPIANDB (and an SQLite file).
index_db="$index/xapian"

md_count() { find "$corpus" -type f -name '*.md' 2>/dev/null | wc -l; }

# --reuse: WORK must hold N .md files of seed S and an index of N.
reusing=0
if [[ $reuse -eq 1 ]]; then
  why=""
  if [[ "$(cat "$work/corpus.args" 2>/dev/null)" != "docs $docs seed $seed" ]]; then
    why="WORK/corpus.args is not 'docs $docs seed $seed'"
  elif [[ $(md_count) -ne $docs ]]; then
    why="WORK/corpus holds $(md_count) .md files"
  elif [[ "$(xapian_count "$index_db")" != "$docs" ]]; then
    why="the index holds '$(xapian_count "$index_db")' documents"
  fi
  if [[ -z "$why" ]]; then
    reusing=1
    say "reusing the corpus and index of $work"
  else
    say "not reusing $work ($why): generating and indexing"
  fi
fi

# ------------------------------------------------------------ build
if [[ $reusing -eq 0 ]]; then
  [[ $given_lexindex -eq 0 ]] && to_build+=(lexindex)
  [[ $given_generator -eq 0 ]] && to_build+=(corpus_generator)
fi
if [[ ${#to_build[@]} -gt 0 ]]; then
  say "building ${to_build[*]}"
  "$root/scripts/build" "${to_build[@]}" || die "${to_build[*]} did not build"
fi
[[ -x "$lexquery" ]] || die "no lexquery at $lexquery"

# ------------------------------------------------------------ corpus, index
status=0
build_note="reused from an earlier run"
if [[ $reusing -eq 0 ]]; then
  [[ -x "$generator" ]] || die "no corpus_generator at $generator"
  [[ -x "$lexindex" ]] || die "no lexindex at $lexindex"
  say "generating $docs reports (seed $seed) in $corpus"
  rm -rf "$corpus" "$index" "$work/corpus.args"
  "$generator" --docs "$docs" --seed "$seed" --out "$corpus" 2>"$work/corpus_generator.log" || {
    cat "$work/corpus_generator.log" >&2; die "corpus_generator failed"; }
  files=$(md_count)
  [[ "$files" -eq "$docs" ]] || die "corpus_generator wrote $files .md files, expected $docs"
  echo "docs $docs seed $seed" >"$work/corpus.args"
  say "lexindex build (about 1 min per 20,000 reports)"
  t0=$(date +%s.%N)
  "$lexindex" build "$corpus" --index "$index" >"$work/lexindex.out" 2>"$work/lexindex.err" || {
    tail -n 20 "$work/lexindex.err" >&2; die "lexindex build failed"; }
  t1=$(date +%s.%N)
  build_note=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "built in this run: lexindex build %.0f s", b - a }')
fi
n=$(xapian_count "$index_db")
say "the index holds ${n:-?} documents"
[[ "$n" == "$docs" ]] || die "the index holds ${n:-?} documents, expected $docs"

# ------------------------------------------------------------ URLs
uri() { jq -rn --arg s "$1" '$s | @uri'; }
ref="Chỉ thị 05-CT/TW"
ref_typed="chi thi 05-ct/tw"
phrase="cải cách hành chính"
names=(cites query-ref search query-search)
declare -A label=(
  [cites]="\`/api/cites?ref=$ref\`"
  [query-ref]="\`/api/query?q=$ref_typed\`"
  [search]="\`/api/search?q=$phrase\`"
  [query-search]="\`/api/query?q=$phrase\`"
)
declare -A path=(
  [cites]="/api/cites?ref=$(uri "$ref")"
  [query-ref]="/api/query?q=$(uri "$ref_typed")"
  [search]="/api/search?q=$(uri "$phrase")"
  [query-search]="/api/query?q=$(uri "$phrase")"
)
# The count each answer must give (non-zero): reports citing, or matches.
declare -A count_of=(
  [cites]='[.authorities[].reports_total] | add // 0'
  [query-ref]='.reports'
  [search]='.matches'
  [query-search]='.matches'
)

# ------------------------------------------------------------ server
# start_server CPUS: starts lexquery serve on a free port (pinned to CPUS
# with taskset unless empty), sets server_pid and base, waits until it
# answers.
start_server() {
  local cpus=$1 prefix=() log="$work/serve.log"
  [[ -n "$cpus" ]] && prefix=(taskset -c "$cpus")
  : >"$log"
  "${prefix[@]}" "$lexquery" serve --index "$index" --port 0 "${server_args[@]}" 2>"$log" >/dev/null &
  server_pid=$!
  local port="" i
  for ((i = 0; i < 100; i++)); do
    port=$(sed -n 's|.*at http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$log" | head -n 1)
    [[ -n "$port" ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; die "lexquery serve exited"; }
    sleep 0.1
  done
  [[ -n "$port" ]] || { cat "$log" >&2; die "lexquery serve printed no port in 10 s"; }
  base="http://127.0.0.1:$port"
  for ((i = 0; i < 100; i++)); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/" 2>/dev/null)" == 200 ]] && return 0
    sleep 0.1
  done
  cat "$log" >&2
  die "lexquery serve does not answer at $base/"
}

# cpu_ticks PID: utime + stime of a process, in clock ticks.
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
# child_ticks: cutime + cstime of this shell (its waited-for children).
child_ticks() { awk '{ sub(/^.*\) /, ""); print $14 + $15 }' "/proc/$$/stat"; }
# busy_ticks: the ticks all cores spent busy (not idle nor iowait).
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
hz=$(getconf CLK_TCK)

# wait_quiet: while the server is idle, waits until the others keep at most
# max_busy cores busy (3 s samples; 30 s apart, 10 times at most). Prints
# the last sample (cores).
wait_quiet() {
  local b0 b1 busy i
  for ((i = 0; i <= 10; i++)); do
    b0=$(busy_ticks); sleep 3; b1=$(busy_ticks)
    busy=$(awk -v a="$b0" -v b="$b1" -v hz="$hz" 'BEGIN { printf "%.2f", (b - a) / hz / 3 }')
    if awk -v b="$busy" -v m="$max_busy" 'BEGIN { exit !(b <= m) }'; then break; fi
    if [[ $i -lt 10 ]]; then
      say "others keep $busy cores busy (load $(cut -d' ' -f1 /proc/loadavg)): waiting 30 s"
      sleep 30
    else
      say "others keep $busy cores busy: running anyway"
    fi
  done
  echo "$busy"
}

# ms VALUE: wrk's "812.00us", "3.21ms", "1.02s" or "2.00m" in ms.
ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.2f", v * 60000 }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else printf "?" }'
}

# ------------------------------------------------------------ checks, runs
layouts=(shared)
[[ $pin -eq 1 ]] && layouts+=(split)
declare -A server_cpus=([shared]="" [split]=0)
declare -A wrk_cpus=([shared]="" [split]=1)
declare -A layout_note=([shared]="both on cores 0–1" [split]="server core 0, wrk core 1")
declare -A found=()
rows=()
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
say "load average before: $load_before"

for layout in "${layouts[@]}"; do
  say "layout $layout (${layout_note[$layout]}): starting lexquery serve"
  start_server "${server_cpus[$layout]}"
  wrk_prefix=()
  [[ -n "${wrk_cpus[$layout]}" ]] && wrk_prefix=(taskset -c "${wrk_cpus[$layout]}")

  # Each URL once: 200, JSON, a non-zero count.
  for name in "${names[@]}"; do
    url="$base${path[$name]}"
    code=$(curl -s -o "$work/$name.json" -w '%{http_code}' "$url" || echo "curl failed")
    [[ "$code" == 200 ]] || { head -c 500 "$work/$name.json" >&2 || true; die "$url answered $code"; }
    count=$(jq "${count_of[$name]}" "$work/$name.json" 2>/dev/null) ||
      die "$url did not answer JSON (in $work/$name.json)"
    [[ "$count" =~ ^[1-9][0-9]*$ ]] || die "$url answered the count '$count', expected > 0"
    found[$name]=$count
    say "$name: 200, $(stat -c %s "$work/$name.json") bytes of JSON, count $count"
  done

  # Warm: the index read once, each URL 3 s of untimed wrk.
  find "$index" -type f -exec cat {} + >/dev/null
  for name in "${names[@]}"; do
    "${wrk_prefix[@]}" wrk -t "$threads" -c "${conn_list[0]}" -d 3s "$base${path[$name]}" >/dev/null 2>&1 ||
      die "wrk failed warming $name"
  done

  for c in "${conn_list[@]}"; do
    for name in "${names[@]}"; do
      url="$base${path[$name]}"
      others_idle=$(wait_quiet)
      load1=$(cut -d' ' -f1 /proc/loadavg)
      say "$layout, $c connections: wrk on $name (load $load1; others kept $others_idle cores busy while the server idled)"
      s0=$(cpu_ticks "$server_pid"); w0=$(child_ticks); b0=$(busy_ticks)
      out="$work/wrk.$layout.c$c.$name.txt"
      rc=0
      "${wrk_prefix[@]}" wrk --latency -t "$threads" -c "$c" -d "${duration}s" "$url" >"$out" 2>&1 || rc=$?
      s1=$(cpu_ticks "$server_pid"); w1=$(child_ticks); b1=$(busy_ticks)
      if [[ $rc -ne 0 ]]; then cat "$out" >&2; die "wrk failed (exit $rc) on $url"; fi
      rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
      total=$(awk '/ requests in / { print $1 }' "$out")
      p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$out")")
      p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$out")")
      non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$out")
      sockets=$(sed -n 's/^ *Socket errors: *//p' "$out")
      errors=""
      [[ -n "$non2xx" ]] && errors="non-2xx $non2xx"
      [[ -n "$sockets" ]] && errors="${errors:+$errors; }socket $sockets"
      if [[ -n "$errors" ]]; then
        say "$layout, $c connections, $name: FAILED: $errors"
        status=1
      fi
      # CPU in cores over the run, and the server's ms of CPU per request.
      read -r srv_cores wrk_cores oth_cores cpu_req < <(awk -v s="$((s1 - s0))" -v w="$((w1 - w0))" \
          -v b="$((b1 - b0))" -v hz="$hz" -v d="$duration" -v n="$total" 'BEGIN {
        o = b - s - w; if (o < 0) o = 0
        printf "%.2f %.2f %.2f %.2f\n", s / hz / d, w / hz / d, o / hz / d, (n > 0) ? s / hz * 1000 / n : 0 }')
      rows+=("$layout|$c|$name|$rps|$p50|$p99|$srv_cores|$cpu_req|$wrk_cores|$oth_cores|$load1|${errors:-none}")
      say "  $rps req/s, p50 $p50 ms, p99 $p99 ms, server $srv_cores cores ($cpu_req ms/request), wrk $wrk_cores, others $oth_cores${errors:+, $errors}"
    done
  done
  stop_server
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ------------------------------------------------------------ report
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
rev=$(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown)
echo
echo "Command: $cmdline"
echo "Date: $(date '+%Y-%m-%d %H:%M:%S %z')"
echo "Machine: nproc $(nproc), ${cpu:-unknown CPU}, $(uname -sr); load average $load_before before, $load_after after (this script's runs included)"
# (sed, not head: it reads all, so that no tool meets a closed pipe)
echo "Versions: $(wrk --version 2>&1 | sed -n 1p | sed 's/ Copyright.*//'); $(curl --version | sed -n 1p | cut -d' ' -f1-2); lexquery $("$lexquery" --version | sed -n 1p | awk '{print $NF}') ($lexquery, built $(date -r "$lexquery" "+%Y-%m-%d %H:%M")); this tree at $rev"
echo "Corpus: $docs reports, seed $seed; index $(du -sb "$index" | awk '{printf "%.1f", $1 / 1e6}') MB, $build_note"
echo "Answers: cites ${found[cites]:-?} reports citing, query-ref ${found[query-ref]:-?}, search ${found[search]:-?} matches, query-search ${found[query-search]:-?}"
echo "Server: lexquery serve --index WORK/index --port 0${server_args[*]:+ ${server_args[*]}}"
echo "Runs: wrk --latency -t $threads -c C -d ${duration}s, after 3 s of untimed wrk per URL; layouts: $(for l in "${layouts[@]}"; do printf '%s (%s) ' "$l" "${layout_note[$l]}"; done)"
for name in "${names[@]}"; do echo "  $name: $base${path[$name]}"; done
echo
echo "| reports | layout | conn. | request | req/s | p50 ms | p99 ms | server cores | server CPU ms/req | wrk cores | others' cores | load (1 min) | errors |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for r in "${rows[@]}"; do
  IFS='|' read -r layout c name rps p50 p99 srv cpu_req wrkc oth load1 errors <<<"$r"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
    "$docs" "$layout" "$c" "${label[$name]}" "$(awk -v x="$rps" 'BEGIN {printf "%.0f", x}')" \
    "$p50" "$p99" "$srv" "$cpu_req" "$wrkc" "$oth" "$load1" "$errors"
done
goal=""
for r in "${rows[@]}"; do
  IFS='|' read -r layout c name rps p50 p99 _ _ _ _ _ errors <<<"$r"
  [[ "$name" == cites ]] || continue
  met=$(awk -v r="$rps" -v p="$p99" 'BEGIN { print (r >= 2000 && p <= 10) ? "met" : "not met" }')
  [[ "$errors" != none ]] && met="not met (errors)"
  goal+="  $layout, $c connections: $(awk -v x="$rps" 'BEGIN {printf "%.0f", x}') req/s, p99 $p99 ms: $met"$'\n'
done
echo
echo "Goal (≥ 2,000 cites requests/s with p99 ≤ 10 ms, $docs reports):"
printf '%s' "$goal"
if [[ $own_work -eq 0 ]]; then echo; echo "Work folder kept: $work (wrk's outputs: wrk.*.txt)"; fi
exit "$status"
