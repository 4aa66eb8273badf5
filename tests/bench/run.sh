#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tideline authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Tideline's benchmarks against wc, grep, rg, lnav and zstd, in the same run,
# warm page cache, alternating runs, medians. Called by
# `packaging/devroot.sh bench [ARGS]` with TIDELINE_BIN set to the directory
# of tideline-cli (and bench_firstrows). See tests/bench/README.md.
set -euo pipefail

usage() {
  cat <<USAGE
usage: tests/bench/run.sh [--size 1G|256M|...] [--only NAME[,NAME...]] [--runs N] [--out FILE]

  --size SIZE   size of each generated file (default 1G; K, M, G suffixes, powers of 1024)
  --only NAME   run only these benchmarks: index memory literal regex field firstrows tabopen zstd timeline alerts timeparse tail
  --runs N      timed runs per command (default 5); the table shows medians
  --out FILE    also write the markdown table to FILE

Environment: TIDELINE_BIN (required) is the directory holding tideline-cli;
BENCH_FIRSTROWS, BENCH_TABOPEN and BENCH_COMPRESSEDOPEN override the paths of those programs;
BENCH_TIMEPARSE overrides the path of the bench_timeparse program;
BENCH_TAIL_SECONDS sets how long the 100,000 lines/s tail runs (default 60);
XDG_CACHE_HOME decides where the generated files are kept.
USAGE
}

die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }

SIZE=1G ONLY=all RUNS=5 OUT=
while [ $# -gt 0 ]; do
  case "$1" in
    --size) SIZE=${2:?--size needs a value, e.g. --size 256M}; shift 2 ;;
    --size=*) SIZE=${1#*=}; shift ;;
    --only) ONLY=${2:?--only needs a benchmark name}; shift 2 ;;
    --only=*) ONLY=${1#*=}; shift ;;
    --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
    --runs=*) RUNS=${1#*=}; shift ;;
    --out) OUT=${2:?--out needs a file name}; shift 2 ;;
    --out=*) OUT=${1#*=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

ALL_BENCHMARKS="index memory literal regex field firstrows tabopen zstd timeline alerts timeparse tail"
if [ "$ONLY" != all ]; then
  for name in ${ONLY//,/ }; do
    case " $ALL_BENCHMARKS " in *" $name "*) ;; *) die "unknown benchmark '$name'; choose from: $ALL_BENCHMARKS" ;; esac
  done
fi
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a whole number >= 1, not '$RUNS'"

size_bytes() {
  local s=${1^^} n mult=1
  case "$s" in
    *K|*KB|*KIB) mult=1024 ;;
    *M|*MB|*MIB) mult=$((1024 * 1024)) ;;
    *G|*GB|*GIB) mult=$((1024 * 1024 * 1024)) ;;
  esac
  n=${s%%[KMGIB]*}
  [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -gt 0 ] || die "--size needs a size such as 1G or 256M, not '$1'"
  echo $((n * mult))
}
SIZE_BYTES=$(size_bytes "$SIZE")

wanted() { [ "$ONLY" = all ] || [[ ",$ONLY," == *",$1,"* ]]; }

[ -n "${TIDELINE_BIN:-}" ] || die "TIDELINE_BIN is not set: run this through 'packaging/devroot.sh bench'"
CLI=$TIDELINE_BIN/tideline-cli
[ -x "$CLI" ] || die "no tideline-cli in $TIDELINE_BIN"
FIRSTROWS=${BENCH_FIRSTROWS:-$TIDELINE_BIN/bench_firstrows}
COMPRESSEDOPEN=${BENCH_COMPRESSEDOPEN:-$TIDELINE_BIN/bench_compressedopen}
TIMELINEFRAMES=$TIDELINE_BIN/bench_timelineframes
ALERTS=$TIDELINE_BIN/bench_alerts
TIMEPARSE=${BENCH_TIMEPARSE:-$TIDELINE_BIN/bench_timeparse}
TAIL=$TIDELINE_BIN/bench_tail
TABOPEN=${BENCH_TABOPEN:-$TIDELINE_BIN/bench_tabopen}
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/tideline/bench
mkdir -p "$CACHE"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tideline-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# --- peer tools ---------------------------------------------------------------

ensure_peers() {
  local missing=() tool
  for tool in rg:ripgrep lnav:lnav zstd:zstd /usr/bin/time:time wc:coreutils grep:grep; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    say "missing ${missing[*]} and not root: the rows that need them are skipped"
    return 0
  fi
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${missing[@]}" >"$WORK/apt.log" 2>&1 ||
    { apt-get update -qq >>"$WORK/apt.log" 2>&1 && apt-get install -y -qq "${missing[@]}" >>"$WORK/apt.log" 2>&1; } ||
    say "could not install ${missing[*]} (see below); the rows that need them are skipped
$(tail -n 5 "$WORK/apt.log")"
}
have() { command -v "$1" >/dev/null 2>&1; }

# --- timing -------------------------------------------------------------------

declare -A MED_US=() OUTPUT=() STATUS=()

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else printf "%d\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure LABEL 'COMMAND' [LABEL 'COMMAND' ...]
# Wall time comes from bash's EPOCHREALTIME (no extra process per reading).
# Runs every command RUNS times, alternating (A B A B ...), and sets
# MED_US[LABEL] (median wall time), OUTPUT[LABEL] (stdout of the last run) and
# STATUS[LABEL] (the worst exit status seen; grep and rg give 1 for no match).
# Commands are strings for eval; quote file names with printf %q.
measure() {
  local -a labels=() commands=()
  while [ $# -gt 0 ]; do labels+=("$1"); commands+=("$2"); shift 2; done
  local run i t0 t1 rc
  for i in "${!labels[@]}"; do : >"$WORK/times.$i"; STATUS[${labels[$i]}]=0; done
  for ((run = 1; run <= RUNS; run++)); do
    for i in "${!labels[@]}"; do
      t0=$EPOCHREALTIME
      rc=0
      eval "${commands[$i]}" >"$WORK/out.$i" 2>"$WORK/err.$i" || rc=$?
      t1=$EPOCHREALTIME
      echo $((10#${t1/[.,]/} - 10#${t0/[.,]/})) >>"$WORK/times.$i"
      if [ "$rc" -gt "${STATUS[${labels[$i]}]}" ]; then STATUS[${labels[$i]}]=$rc; fi
    done
  done
  for i in "${!labels[@]}"; do
    MED_US[${labels[$i]}]=$(median <"$WORK/times.$i")
    OUTPUT[${labels[$i]}]=$(head -c 4096 "$WORK/out.$i")
    if [ "${STATUS[${labels[$i]}]}" -gt 1 ]; then
      say "${labels[$i]} failed (exit ${STATUS[${labels[$i]}]}): $(head -c 300 "$WORK/err.$i")"
    fi
  done
}

first_number() { { grep -oE '[0-9]+' <<<"$1" || true; } | head -n 1; }
# tl_failed NAME FILE TARGET: when Tideline's command failed in the last
# measure(), lists the row as failed and returns 0.
tl_failed() {
  [ "${STATUS[tl]:-0}" -gt 1 ] || return 1
  skip "$1" "$2" "$3" "tideline-cli exited with status ${STATUS[tl]}: $(head -c 200 "$WORK/err.0" | tr '\n' ' ')" failed
}

# The last whole number in a command's output (counts from grep, rg, lnav, tideline-cli).
last_number() { { grep -oE '[0-9]+' <<<"$1" || true; } | tail -n 1; }

# --- formatting -----------------------------------------------------------------

fmt_ms() { awk -v us="$1" 'BEGIN { ms = us / 1000; if (ms >= 100) printf "%.0f ms", ms; else if (ms >= 10) printf "%.1f ms", ms; else printf "%.2f ms", ms }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) print "—"; else { r = a / b; printf (r < 0.1 ? "%.3fx" : "%.2fx"), r } }'; }
# meets RATIO_TEXT OP LIMIT -> yes/no
meets() { awk -v r="${1%x}" -v op="$2" -v l="$3" 'BEGIN { ok = (op == "<=") ? (r <= l) : (r >= l); print (ok ? "yes" : "**no**") }'; }
human_size() { awk -v b="$1" 'BEGIN { if (b >= 1073741824) printf "%.2f GiB", b / 1073741824; else printf "%.0f MiB", b / 1048576 }'; }
json_field() { { grep -oE "\"$2\":[-0-9.]+" <<<"$1" || true; } | head -n 1 | cut -d: -f2; }

ROWS=() NOTES=()
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 | $6 | $7 |"); }
# skip NAME FILE TARGET REASON [CELL]: a row that was not measured, and why.
skip() { row "$1" "$2" "${5:-skipped}" "—" "—" "$3" "—"; NOTES+=("- ${5:-skipped} **$1** ($2): $4"); }
note() { NOTES+=("- $*"); }

# --- benchmark files --------------------------------------------------------------

declare -A FILE=() LINES=()
FORMATS="access json mixed"

# Generates (or reuses) FORMAT's file of about SIZE_BYTES. The name carries a
# hash of the generator's first lines, so a changed generator makes new files.
prepare_file() {
  local format=$1 sample per_line lines hash path
  "$CLI" generate --lines 20000 --format "$format" --seed 1 -o "$WORK/sample.log" ||
    die "tideline-cli generate --format $format failed"
  sample=$(stat -c %s "$WORK/sample.log")
  hash=$(sha256sum "$WORK/sample.log" | cut -c1-10)
  lines=$((SIZE_BYTES * 20000 / sample))
  path=$CACHE/$format-$lines-seed1-$hash.log
  if [ ! -s "$path" ]; then
    say "generating $(human_size "$SIZE_BYTES") of $format lines ($lines lines) in $CACHE"
    "$CLI" generate --lines "$lines" --format "$format" --seed 1 -o "$path.partial" ||
      die "tideline-cli generate failed (disk space in $CACHE?)"
    mv "$path.partial" "$path"
  fi
  FILE[$format]=$path
  LINES[$format]=$(wc -l <"$path")
}

# One untimed read, so every tool sees a warm page cache.
warm() { cat "$@" >/dev/null; }

q() { printf '%q' "$1"; }

# --- benchmarks -------------------------------------------------------------------

STATS_FULL_PASS=0

bench_index() {
  local f path json kind target limit
  json=$("$CLI" stats --json "${FILE[access]}")
  if grep -qE '"(levels|format|time_min|first_time|timestamps)"' <<<"$json"; then
    STATS_FULL_PASS=1
  fi
  if [ $STATS_FULL_PASS = 1 ]; then
    kind="full index pass (stats)" target="<= 3x wc -l" limit=3
    note "tideline-cli stats does a full pass (it reports format/levels/times): compared with the <= 3x target; the <= 1.0x line-index target needs a stats mode that only indexes lines."
  else
    kind="line index (stats)" target="<= 1.0x wc -l" limit=1.0
  fi
  for f in $FORMATS; do
    path=${FILE[$f]}
    warm "$path"
    measure tl "$(q "$CLI") stats --json $(q "$path")" wc "wc -l $(q "$path")"
    tl_failed "$kind" "$f" "$target" && continue
    local r; r=$(ratio "${MED_US[tl]}" "${MED_US[wc]}")
    row "$kind" "$f" "$(fmt_ms "${MED_US[tl]}")" "wc -l: $(fmt_ms "${MED_US[wc]}")" "$r" "$target" "$(meets "$r" "<=" "$limit")"
    local inproc; inproc=$(json_field "${OUTPUT[tl]}" index_ms)
    local n; n=$(json_field "${OUTPUT[tl]}" lines)
    [ -n "$inproc" ] && note "index ($f): stats' own index_ms (last run, excluding process start) $inproc ms; lines $n (wc -l: $(first_number "${OUTPUT[wc]}"))"
  done
}

bench_memory() {
  local path=${FILE[access]} json lines idx anon per
  json=$("$CLI" stats --json "$path")
  lines=$(json_field "$json" lines)
  idx=$(json_field "$json" index_memory_bytes)
  anon=$(json_field "$json" rss_anon_bytes)
  local lnav_cell="—" lnav_per=
  if have lnav && [ -x /usr/bin/time ]; then
    warm "$path"
    local peak rc=0
    /usr/bin/time -f '%M' -o "$WORK/lnav.time" lnav -n -c ';SELECT count(*) FROM all_logs' "$path" \
      >"$WORK/lnav.out" 2>"$WORK/lnav.err" || rc=$?
    peak=$(tail -n 1 "$WORK/lnav.time")
    if [ "$rc" -eq 0 ] && [[ "$peak" =~ ^[0-9]+$ ]]; then
      lnav_per=$(awk -v k="$peak" -v n="$lines" 'BEGIN { printf "%.1f", k * 1024 / n }')
      lnav_cell="lnav peak RSS: $lnav_per B/line"
    else
      note "memory: lnav -n failed (exit $rc): $(head -c 200 "$WORK/lnav.err")"
    fi
  else
    note "memory: lnav or /usr/bin/time missing, no lnav figure"
  fi
  if [ -n "$idx" ] && [ -n "$lines" ] && [ "$lines" -gt 0 ]; then
    per=$(awk -v b="$idx" -v n="$lines" 'BEGIN { printf "%.2f", b / n }')
    row "memory: index structure (stats index_memory_bytes)" access "$per B/line" "$lnav_cell" \
      "$( [ -n "$lnav_per" ] && ratio "$per" "$lnav_per" || echo —)" "<= 8 B/line all in" "$(meets "$per" "<=" 8)"
  fi
  if [ -n "$anon" ]; then
    per=$(awk -v b="$anon" -v n="$lines" 'BEGIN { printf "%.2f", b / n }')
    row "memory: RssAnon (stats rss_anon_bytes)" access "$per B/line" "$lnav_cell" \
      "$( [ -n "$lnav_per" ] && ratio "$per" "$lnav_per" || echo —)" "<= 8 B/line all in" "$(meets "$per" "<=" 8)"
  fi
  if [ -x "$FIRSTROWS" ]; then
    local fr before after
    fr=$("$FIRSTROWS" "$path" 2>>"$WORK/firstrows.err") || { note "memory: bench_firstrows failed"; return; }
    before=$(json_field "$fr" rss_anon_before_bytes)
    after=$(json_field "$fr" rss_anon_after_bytes)
    per=$(awk -v a="$after" -v b="$before" -v n="$lines" 'BEGIN { printf "%.2f", (a - b) / n }')
    row "memory: RssAnon growth, open + full index (LogFile+model)" access "$per B/line" "$lnav_cell" \
      "$( [ -n "$lnav_per" ] && ratio "$per" "$lnav_per" || echo —)" "<= 8 B/line all in" "$(meets "$per" "<=" 8)"
    note "memory: bench_firstrows RssAnon before open $((before / 1024)) KiB, after indexing $((after / 1024)) KiB, $lines lines"
  else
    note "memory: no RssAnon row for LogFile (bench_firstrows not built; see firstrows)"
  fi
  if [ -x "$TABOPEN" ]; then
    local tab
    tab=$("$TABOPEN" "$path" 2>>"$WORK/tabopen.err") || { note "memory: bench_tabopen failed: $(tail -c 300 "$WORK/tabopen.err")"; tab=; }
    per=$(json_field "$tab" rss_anon_bytes_per_line)
    if [ -n "$per" ]; then
      per=$(awk -v p="$per" 'BEGIN { printf "%.2f", p }')
      row "memory: RssAnon growth of a GUI tab, all passes done, minus an empty tab (bench_tabopen)" access "$per B/line" "$lnav_cell" \
        "$( [ -n "$lnav_per" ] && ratio "$per" "$lnav_per" || echo —)" "<= 8 B/line all in" "$(meets "$per" "<=" 8)"
      note "memory (tab): $tab"
    fi
  else
    note "memory: no GUI-tab row (no $TABOPEN; it is built with the widgets)"
  fi
  [ -n "$anon" ] || note "memory: tideline-cli stats --json has no rss_anon_bytes field yet; the index-structure row is offsets only"
}

filter_available() { "$CLI" filter --help >/dev/null 2>&1; }

# filter_rows NAME TARGET LIMIT TL_QUERY PEER_LABEL 'PEER_CMD_PREFIX' [PEER2_LABEL 'PEER2_CMD_PREFIX']
filter_rows() {
  local name=$1 target=$2 limit=$3 query=$4 f path r
  shift 4
  if ! filter_available; then
    skip "$name" all "$target" "tideline-cli filter is not available in this build ('tideline-cli filter --help' fails)"
    return
  fi
  for f in $FORMATS; do
    path=${FILE[$f]}
    warm "$path"
    local -a spec=(tl "$(q "$CLI") filter --count -q $(q "$query") $(q "$path")")
    local -a args=("$@")
    while [ ${#args[@]} -gt 0 ]; do
      spec+=("${args[0]}" "${args[1]} $(q "$path")")
      args=("${args[@]:2}")
    done
    measure "${spec[@]}"
    tl_failed "$name" "$f" "$target" && continue
    r=$(ratio "${MED_US[tl]}" "${MED_US[$1]}")
    row "$name" "$f" "$(fmt_ms "${MED_US[tl]}")" "$1: $(fmt_ms "${MED_US[$1]}")" "$r" "$target" "$(meets "$r" "<=" "$limit")"
    if [ $# -ge 4 ]; then
      r=$(ratio "${MED_US[tl]}" "${MED_US[$3]}")
      row "$name" "$f" "$(fmt_ms "${MED_US[tl]}")" "$3: $(fmt_ms "${MED_US[$3]}")" "$r" "(reference)" "—"
    fi
    local tl_count c counts i same=1
    tl_count=$(last_number "${OUTPUT[tl]}")
    counts="tideline ${tl_count:-0}"
    for ((i = 1; i <= $#; i += 2)); do
      c=$(last_number "${OUTPUT[${!i}]}")
      counts+=", ${!i} ${c:-0}"
      [ "${c:-0}" = "${tl_count:-0}" ] || same=0
    done
    [ $same = 1 ] || counts+=" (**counts differ**: Tideline counts records, the peers lines)"
    note "$name ($f): matches: $counts"
  done
}

bench_literal() {
  local word=timeout
  have rg || { skip "literal filter" all "<= 1.5x rg" "rg is not installed"; return; }
  # A lowercase word is case-insensitive in Tideline's query language, so the
  # peers get -i to do the same work.
  filter_rows "literal filter '$word'" "<= 1.5x rg" 1.5 "$word" "rg -ci" "rg -c -i $word" "grep -ci" "grep -c -i $word"
}

bench_regex() {
  have rg || { skip "regex filter" all "<= 2x rg" "rg is not installed"; return; }
  filter_rows "regex filter /time(d)?out/" "<= 2x rg" 2 '/time(d)?out/' "rg -c" "rg -c 'time(d)?out'"
}

bench_field() {
  local path=${FILE[access]} name="field filter status:>=500" target="<= 0.1x lnav (>= 10x faster)"
  if ! filter_available; then
    skip "$name" access "$target" "tideline-cli filter is not available in this build"
    return
  fi
  have lnav || { skip "$name" access "$target" "lnav is not installed"; return; }
  warm "$path"
  local sql=';SELECT count(*) FROM access_log WHERE sc_status >= 500'
  measure tl "$(q "$CLI") filter --count -q 'status:>=500' $(q "$path")" \
    lnav "lnav -n -c $(q "$sql") $(q "$path")"
  tl_failed "$name" access "$target" && return
  local r; r=$(ratio "${MED_US[tl]}" "${MED_US[lnav]}")
  row "$name" access "$(fmt_ms "${MED_US[tl]}")" "lnav SQL: $(fmt_ms "${MED_US[lnav]}")" "$r" "$target" "$(meets "$r" "<=" 0.1)"
  local a b
  a=$(last_number "${OUTPUT[tl]}") b=$(last_number "${OUTPUT[lnav]}")
  note "$name: matches: tideline ${a:-0}, lnav ${b:-0}$([ "${a:-0}" = "${b:-0}" ] || echo ' (**counts differ**)')"
}

bench_firstrows() {
  local f path target="<= 100 ms"
  if [ ! -x "$FIRSTROWS" ]; then
    skip "first rows visible" all "$target" "no $FIRSTROWS (tests/CMakeLists.txt needs add_subdirectory(bench)); BENCH_FIRSTROWS can name it"
    return
  fi
  for f in $FORMATS; do
    path=${FILE[$f]}
    warm "$path"
    local run first=() done_ms=() out
    for ((run = 1; run <= RUNS; run++)); do
      out=$("$FIRSTROWS" "$path" 2>>"$WORK/firstrows.err") || { note "first rows ($f): bench_firstrows failed"; continue 2; }
      first+=("$(json_field "$out" first_rows_ms)")
      done_ms+=("$(json_field "$out" index_ms)")
    done
    local m d
    m=$(printf '%s\n' "${first[@]}" | median)
    d=$(printf '%s\n' "${done_ms[@]}" | median)
    row "first rows visible (open to first batch, 60 rows read)" "$f" "$m ms" "—" "—" "$target" "$(meets "$m" "<=" 100)"
    note "first rows ($f): open() to indexingFinished in LogFile, median $d ms (in-process, after Qt start)"
  done
}

# Open as a user meets it (issue 3): the real main window, offscreen,
# MainWindow::openFile() -> the table's first paint with rows; and open -> the
# line index, the record pass and the level counts all done. Alternating with
# the line index alone (bench_firstrows) and wc -l on the same file.
bench_tabopen() {
  local f path target="<= 100 ms" load
  if [ ! -x "$TABOPEN" ]; then
    skip "first rows painted in a tab" all "$target" "no $TABOPEN (built with the widgets and the app); BENCH_TABOPEN can name it"
    return
  fi
  for f in $FORMATS; do
    path=${FILE[$f]}
    warm "$path"
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    local run out t0 t1 first=() idx=() all=() alone=() wcl=()
    for ((run = 1; run <= RUNS; run++)); do
      out=$("$TABOPEN" "$path" 2>"$WORK/tabopen.err") ||
        { skip "first rows painted in a tab" "$f" "$target" "bench_tabopen failed: $(tail -c 300 "$WORK/tabopen.err")" failed; continue 2; }
      first+=("$(json_field "$out" first_rows_ms | awk '{ printf "%d", $1 * 1000 }')")
      idx+=("$(json_field "$out" index_ms | awk '{ printf "%d", $1 * 1000 }')")
      all+=("$(json_field "$out" all_ms | awk '{ printf "%d", $1 * 1000 }')")
      if [ -x "$FIRSTROWS" ]; then
        alone+=("$(("$(json_field "$("$FIRSTROWS" "$path" 2>>"$WORK/firstrows.err")" index_ms)" * 1000))")
      fi
      t0=$EPOCHREALTIME
      wc -l "$path" >/dev/null
      t1=$EPOCHREALTIME
      wcl+=("$((10#${t1/[.,]/} - 10#${t0/[.,]/}))")
    done
    local m i a w l
    m=$(printf '%s\n' "${first[@]}" | median)
    i=$(printf '%s\n' "${idx[@]}" | median)
    a=$(printf '%s\n' "${all[@]}" | median)
    w=$(printf '%s\n' "${wcl[@]}" | median)
    row "first rows painted in a GUI tab (MainWindow::openFile -> first paint with rows)" "$f" "$(fmt_ms "$m")" "—" "—" "$target" "$(meets "$((m / 1000))" "<=" 100)"
    row "GUI tab: open -> line index done" "$f" "$(fmt_ms "$i")" "wc -l: $(fmt_ms "$w")" "$(ratio "$i" "$w")" "(reference)" "—"
    row "GUI tab: open -> index, records and level counts all done" "$f" "$(fmt_ms "$a")" "wc -l: $(fmt_ms "$w")" "$(ratio "$a" "$w")" "(reference)" "—"
    if [ ${#alone[@]} -gt 0 ]; then
      l=$(printf '%s\n' "${alone[@]}" | median)
      local r
      r=$(ratio "$l" "$w")
      row "line index alone, in process (LogFile + model, bench_firstrows)" "$f" "$(fmt_ms "$l")" "wc -l: $(fmt_ms "$w")" "$r" "<= 1.0x wc -l" "$(meets "$r" "<=" 1.0)"
    fi
    note "tabopen ($f): first rows ${first[*]} us; index ${idx[*]} us; all ${all[*]} us; index alone ${alone[*]:-} us; wc -l ${wcl[*]} us; last run: $out; load average before/after: $load / $(cut -d' ' -f1-3 /proc/loadavg)"
  done
}

bench_zstd() {
  local path=${FILE[access]} zst target="<= 1.3x zstd -dc" name="open .zst until fully indexed (LogFile, in process)"
  have zstd || { skip "open .zst" access "$target" "zstd is not installed"; return; }
  zst=$path.zst
  if [ ! -s "$zst" ]; then
    say "compressing $(basename "$path") with zstd -3"
    zstd -q -3 -T0 -f "$path" -o "$zst.partial" && mv "$zst.partial" "$zst"
  fi
  if [ ! -x "$COMPRESSEDOPEN" ]; then
    skip "$name" access.zst "$target" "no $COMPRESSEDOPEN (tests/bench/CMakeLists.txt builds it); BENCH_COMPRESSEDOPEN can name it"
    return
  fi
  warm "$zst"
  # Alternating: Tideline's open() to indexingFinished (its own clock, no
  # process start or spool removal), then zstd -dc's wall time.
  local run out t0 t1 tl=() first=() dc=() lines= load
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  for ((run = 1; run <= RUNS; run++)); do
    out=$("$COMPRESSEDOPEN" "$zst" 2>"$WORK/compressedopen.err") ||
      { skip "$name" access.zst "$target" "bench_compressedopen failed: $(head -c 300 "$WORK/compressedopen.err")" failed; return; }
    tl+=("$(json_field "$out" index_ms)")
    first+=("$(json_field "$out" first_rows_ms)")
    lines=$(json_field "$out" lines)
    t0=$EPOCHREALTIME
    zstd -dc "$zst" >/dev/null
    t1=$EPOCHREALTIME
    dc+=("$(((10#${t1/[.,]/} - 10#${t0/[.,]/}) / 1000))")
  done
  local m d f r
  m=$(printf '%s\n' "${tl[@]}" | median)
  d=$(printf '%s\n' "${dc[@]}" | median)
  f=$(printf '%s\n' "${first[@]}" | median)
  r=$(ratio "$m" "$d")
  row "$name" access.zst "$m ms" "zstd -dc: $d ms" "$r" "$target" "$(meets "$r" "<=" 1.3)"
  note "open .zst: first rows after $f ms (median); runs Tideline ${tl[*]} ms, zstd -dc ${dc[*]} ms; lines $lines (plain file ${LINES[access]})$([ "$lines" = "${LINES[access]}" ] || echo ' (**counts differ**)'); load average before/after: $load / $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Timeline (issue 6): a real tab on the access file, offscreen. Query ->
# chart time, and frame times while hovering, brushing, zooming and panning.
bench_timeline() {
  local path=${FILE[access]} out run after=() worst=() q2h=()
  if [ ! -x "$TIMELINEFRAMES" ]; then
    skip "timeline" access "<= 300 ms; <= 16 ms a frame" "no $TIMELINEFRAMES (built with the widgets)"
    return
  fi
  warm "$path"
  for ((run = 1; run <= RUNS; run++)); do
    out=$("$TIMELINEFRAMES" "$path" 'level:>=warn' 2>>"$WORK/timeline.err") ||
      { note "timeline: bench_timelineframes failed: $(tail -c 300 "$WORK/timeline.err")"; return; }
    after+=("$(json_field "$out" histogram_after_filter_ms)")
    q2h+=("$(json_field "$out" query_to_histogram_ms)")
    worst+=("$(json_field "$out" max_frame_ms)")
  done
  local a w h
  a=$(printf '%s\n' "${after[@]}" | awk '{ printf "%d\n", $1 * 1000 }' | median)
  h=$(printf '%s\n' "${q2h[@]}" | awk '{ printf "%d\n", $1 * 1000 }' | median)
  w=$(printf '%s\n' "${worst[@]}" | awk '{ printf "%d\n", $1 * 1000 }' | median)
  row "timeline: filter done -> histogram drawn (level:>=warn)" access "$(fmt_ms "$a")" "—" "—" "<= 300 ms" "$(meets "$((a / 1000))" "<=" 300)"
  row "timeline: slowest UI frame (hover, brush, zoom, pan)" access "$(fmt_ms "$w")" "—" "—" "<= 16 ms" "$(meets "$((w / 1000))" "<=" 16)"
  note "timeline: query -> histogram drawn $(fmt_ms "$h") (median of $RUNS); last run: $out"
}

# Alerts (issue 8): index and tail with 0 and 20 rules, alternating, in one process.
bench_alerts() {
  local path=${FILE[access]} out
  if [ ! -x "$ALERTS" ]; then
    skip "alerts" access "<= 1.10x" "no $ALERTS"
    return
  fi
  warm "$path"
  out=$("$ALERTS" "$path" "$RUNS" 2>"$WORK/alerts.err") ||
    { skip "alerts" access "<= 1.10x" "bench_alerts failed: $(tail -c 300 "$WORK/alerts.err")" failed; return; }
  local i0 i20 t0 t20 ri rt
  i0=$(json_field "$out" index_ms_0) i20=$(json_field "$out" index_ms_20)
  t0=$(json_field "$out" tail_ms_0) t20=$(json_field "$out" tail_ms_20)
  ri=$(ratio "$i20" "$i0") rt=$(ratio "$t20" "$t0")
  row "alerts: index with 20 rules" access "${i20%.*} ms" "no rules: ${i0%.*} ms" "$ri" "<= 1.10x" "$(meets "$ri" "<=" 1.10)"
  row "alerts: tail with 20 rules" access "${t20%.*} ms" "no rules: ${t0%.*} ms" "$rt" "<= 1.10x" "$(meets "$rt" "<=" 1.10)"
  note "alerts: $out"
}

# The timestamp fast path on one core (issue 4): TimeParser::parse on each
# line's stamp (known layout, known position), in line bytes per second; and
# the formats' extractTimeLevel over whole lines for reference. In process, no peer.
bench_timeparse() {
  local target=">= 1 GB/s per core" out
  if [ ! -x "$TIMEPARSE" ]; then
    skip "timestamp fast path" all "$target" "no $TIMEPARSE (tests/bench/CMakeLists.txt builds it); BENCH_TIMEPARSE can name it"
    return
  fi
  out=$("$TIMEPARSE" --runs "$RUNS" 2>"$WORK/timeparse.err") ||
    { note "timeparse: bench_timeparse failed: $(head -c 200 "$WORK/timeparse.err")"; return; }
  local spec name label gbs ns lines
  for spec in "clf:CLF stamp, access lines" "iso_json:ISO stamp, JSON lines" "iso_text:ISO stamp, text lines" \
              "access_extract:extractTimeLevel, access lines" "json_extract:extractTimeLevel, JSON lines" \
              "text_extract:extractTimeLevel, text lines"; do
    name=${spec%%:*} label=${spec#*:}
    gbs=$(json_field "$out" "${name}_line_gb_per_s")
    ns=$(json_field "$out" "${name}_ns_per_line")
    lines=$(json_field "$out" "${name}_lines")
    [ -n "$gbs" ] || continue
    if [[ $name == *_extract ]]; then
      row "$label (one core)" "$lines lines" "$(awk -v g="$gbs" -v n="$ns" 'BEGIN { printf "%.2f GB/s, %.0f ns/line", g, n }')" "—" "—" "(reference)" "—"
    else
      row "timestamp fast path: $label (one core)" "$lines lines" \
        "$(awk -v g="$gbs" -v n="$ns" 'BEGIN { printf "%.2f GB/s, %.1f ns/stamp", g, n }')" "—" "—" "$target" \
        "$(awk -v g="$gbs" 'BEGIN { print (g >= 1.0 ? "yes" : "**no**") }')"
    fi
  done
  note "timeparse: line bytes (terminator included) per second while reading each line's stamp at its known position, median of $RUNS passes over in-memory generated lines (bench_timeparse also prints the best pass)"
}

# Live tail (issue 7): a writer process appends at a fixed rate while LogFile
# + LogTableModel + a regex FilteredModel follow, in process, no peer.
bench_tail() {
  local out load seconds=${BENCH_TAIL_SECONDS:-60}
  if [ ! -x "$TAIL" ]; then
    skip "tail" generated "p99 <= 100 ms" "no $TAIL (tests/bench/CMakeLists.txt builds it)"
    return
  fi
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  out=$("$TAIL" --rate 100000 --seconds "$seconds" 2>"$WORK/tail.err") ||
    { skip "tail: 100,000 lines/s" generated "p99 <= 100 ms" "bench_tail failed: $(tail -c 300 "$WORK/tail.err")" failed; return; }
  local p99 stall
  p99=$(json_field "$out" latency_p99_ms) stall=$(json_field "$out" max_stall_ms)
  row "tail: 100,000 lines/s for $seconds s, write -> model p99" generated "${p99%.*} ms" "—" "—" "<= 100 ms" "$(meets "${p99%.*}" "<=" 100)"
  row "tail: 100,000 lines/s, longest event-loop stall" generated "${stall%.*} ms" "—" "—" "<= 50 ms" "$(meets "${stall%.*}" "<=" 50)"
  note "tail 100k: $out; load average before/after: $load / $(cut -d' ' -f1-3 /proc/loadavg)"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  out=$("$TAIL" --rate 1000 --seconds "$seconds" --alerts 2>"$WORK/tail.err") ||
    { skip "tail: 1,000 lines/s" generated "< 10%" "bench_tail failed: $(tail -c 300 "$WORK/tail.err")" failed; return; }
  local cpu
  cpu=$(json_field "$out" cpu_percent_of_core)
  row "tail: 1,000 lines/s, regex filter + 5 alert rules, CPU of one core" generated "$(printf '%.1f' "$cpu") %" "—" "—" "< 10 %" "$(meets "${cpu%.*}" "<=" 9)"
  note "tail 1k: $out; load average before/after: $load / $(cut -d' ' -f1-3 /proc/loadavg)"
}

# --- main ---------------------------------------------------------------------------

ensure_peers
for f in $FORMATS; do prepare_file "$f"; done

machine() {
  local cpu ram
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
  ram=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  echo "Machine: $(nproc) cores, ${cpu:-unknown CPU}, $ram RAM, Linux $(uname -r)"
}

versions() {
  local v=("$("$CLI" --version | head -n 1)")
  have rg && v+=("$(rg --version | head -n 1)")
  have lnav && v+=("$(lnav -V | head -n 1)")
  v+=("$(grep -V | head -n 1)" "$(wc --version | head -n 1)")
  have zstd && v+=("$(zstd -V | head -n 1 | tr -d '*' | sed 's/^ *//; s/,.*//')")
  local IFS=';'
  echo "Tools: ${v[*]}" | sed 's/;/; /g'
}

for name in $ALL_BENCHMARKS; do
  wanted "$name" || continue
  say "benchmark: $name"
  "bench_$name"
done

{
  echo "### Tideline benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "$(machine)  "
  echo "$(versions)  "
  echo -n "Files (--size $SIZE, seed 1): "
  first=1
  for f in $FORMATS; do
    [ $first = 1 ] || echo -n ", "
    first=0
    echo -n "$f $(human_size "$(stat -c %s "${FILE[$f]}")") / ${LINES[$f]} lines"
  done
  echo "  "
  echo "Warm page cache; each command run $RUNS times, alternating with its peers; medians of wall time."
  echo
  echo "| benchmark | file | Tideline | peer | ratio | target | met? |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  if [ ${#NOTES[@]} -gt 0 ]; then
    echo
    printf '%s\n' "${NOTES[@]}"
  fi
} >"$WORK/table.md"

cat "$WORK/table.md"
if [ -n "$OUT" ]; then
  cp "$WORK/table.md" "$OUT"
  say "table written to $OUT"
fi
