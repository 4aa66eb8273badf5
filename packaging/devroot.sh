#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tideline authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds, tests and runs Tideline. On a host that has Qt >= 6.5 and
# KF6 SyntaxHighlighting it works natively; elsewhere (Debian 12) it keeps a
# Debian 13 root made with debootstrap in the cache directory and enters it
# with bubblewrap. Run `packaging/devroot.sh help` for the subcommands.
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/tideline
SUITE=trixie

# Everything the build, the tests, the screenshots and the benchmarks need.
ROOT_PACKAGES=(
  g++ cmake ninja-build git ca-certificates
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libkf6syntaxhighlighting-dev libqcustomplot-dev libzstd-dev zlib1g-dev
  libqt6svg6 qt6-svg-plugins fonts-dejavu-core xvfb xauth x11-utils
  coreutils grep ripgrep lnav zstd gzip procps time python3
  clang libclang-rt-dev llvm
)
ROOT_HASH=$(printf '%s\n' "$SUITE" "${ROOT_PACKAGES[@]}" | sha256sum | cut -c1-12)
ROOT=$CACHE/devroot-$ROOT_HASH

step() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }
die() { printf 'devroot: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<USAGE
usage: packaging/devroot.sh COMMAND [ARGS...]

  setup              create or update the build environment (idempotent)
  build              configure and build (incremental)
  run [ARGS...]      build and start tideline; with no ARGS it opens the demo
  test [CTEST ARGS]  build and run every test
  bench [ARGS...]    build (Release) and run the benchmarks, see tests/bench/
  fuzz [TARGET] [--minutes N]
                     build the libFuzzer targets (clang, ASan+UBSan) in build/fuzz
                     and run TARGET (default: each in turn) for N minutes (default 1)
  sanitize [asan|tsan] [CTEST ARGS]
                     build the preset of that name (default asan) in build/PRESET
                     and run the tests under it
  shell              an interactive shell in the build environment
  exec CMD [ARGS...] run CMD in the build environment, built binaries on PATH

Environment: TIDELINE_WERROR=1 turns warnings into errors,
TIDELINE_NATIVE=0|1 forces the Debian 13 root off or on the host.
USAGE
}

# --- environment choice ------------------------------------------------------

host_qt_version() {
  local f
  for f in /usr/lib/*/cmake/Qt6Core/Qt6CoreConfigVersion.cmake /usr/lib64/cmake/Qt6Core/Qt6CoreConfigVersion.cmake; do
    [ -f "$f" ] && sed -n 's/^set(PACKAGE_VERSION "\(.*\)")/\1/p' "$f" && return 0
  done
  return 1
}

host_is_capable() {
  local v
  v=$(host_qt_version) || return 1
  [ "$(printf '%s\n' 6.5.0 "$v" | sort -V | head -n1)" = 6.5.0 ] || return 1
  compgen -G '/usr/lib*/cmake/KF6SyntaxHighlighting' >/dev/null ||
    compgen -G '/usr/lib/*/cmake/KF6SyntaxHighlighting' >/dev/null || return 1
  command -v cmake >/dev/null && command -v ninja >/dev/null
}

use_native() {
  case "${TIDELINE_NATIVE:-auto}" in
    1) return 0 ;;
    0) return 1 ;;
    *) host_is_capable ;;
  esac
}

# --- the Debian 13 root ------------------------------------------------------

need_root_user() {
  [ "$(id -u)" -eq 0 ] && return 0
  command -v sudo >/dev/null || die "creating the build root needs root (debootstrap); run as root or install sudo"
  SUDO=sudo
}

ensure_host_tools() {
  local missing=()
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  command -v bwrap >/dev/null || missing+=(bubblewrap)
  [ ${#missing[@]} -eq 0 ] && return 0
  step "installing ${missing[*]} on the host"
  need_root_user
  mkdir -p "$CACHE"
  ${SUDO:-} apt-get update -qq >/dev/null 2>&1 || die "apt-get update failed: is the network (Debian mirror) reachable?"
  ${SUDO:-} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >"$CACHE/host-apt.log" 2>&1 ||
    die "could not install ${missing[*]} with apt-get"
}

check_space() {
  mkdir -p "$CACHE"
  local free_kb
  free_kb=$(df -Pk "$CACHE" | awk 'NR==2 {print $4}')
  [ "$free_kb" -ge 3000000 ] || die "need about 3 GB free in $CACHE for the build root, have $((free_kb / 1024)) MB"
}

# Runs a command inside the root as root (package management).
root_admin() {
  ${SUDO:-} bwrap --bind "$ROOT" / --proc /proc --dev /dev --tmpfs /tmp \
    --ro-bind /etc/resolv.conf /etc/resolv.conf --die-with-parent \
    --setenv DEBIAN_FRONTEND noninteractive --setenv LANG C.UTF-8 \
    --setenv PATH /usr/sbin:/usr/bin:/sbin:/bin "$@"
}

setup_root() {
  if [ -f "$ROOT/.tideline-ready" ]; then
    return 0
  fi
  ensure_host_tools
  need_root_user
  check_space
  if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
    step "creating a Debian 13 ($SUITE) root in $ROOT (about a minute)"
    rm -rf "$ROOT.partial"
    ${SUDO:-} debootstrap --variant=minbase "$SUITE" "$ROOT.partial" >"$CACHE/debootstrap.log" 2>&1 ||
      die "debootstrap failed, see $CACHE/debootstrap.log (network? disk space?)"
    mv "$ROOT.partial" "$ROOT"
  fi
  step "installing build packages into the root (about a minute)"
  root_admin bash -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@"' _ "${ROOT_PACKAGES[@]}" \
    >"$CACHE/apt.log" 2>&1 || die "installing packages in the root failed, see $CACHE/apt.log"
  touch "$ROOT/.tideline-ready"
  step "build root ready"
}

# Runs a command in the build environment: the root with the source tree, the
# user's home, /tmp, /var/log and the display bound in.
in_env() {
  local bin=$BUILD/bin
  if use_native; then
    PATH="$bin:$PATH" "$@"
    return
  fi
  local args=(--bind "$ROOT" / --proc /proc --dev /dev --die-with-parent
    --ro-bind /etc/resolv.conf /etc/resolv.conf
    --bind /tmp /tmp --bind "$SRC" "$SRC" --chdir "$PWD")
  [ -d "$HOME" ] && [ "$HOME" != / ] && args+=(--bind "$HOME" "$HOME")
  [ -d /var/log ] && args+=(--ro-bind /var/log /var/log)
  # The project's reference corpora (../shared/corpora), when present.
  local shared
  shared=$(cd "$SRC/../shared" 2>/dev/null && pwd -P) && args+=(--ro-bind "$shared" "$shared")
  [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && args+=(--bind "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR")
  [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && args+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
  case "$PWD" in "$SRC"*|/tmp*|"$HOME"*) ;; *) args+=(--chdir "$SRC") ;; esac
  bwrap "${args[@]}" --setenv PATH "$bin:/usr/local/bin:/usr/bin:/bin" "$@"
}

prepare() {
  if use_native; then
    BUILD=$SRC/build/native${BUILD_SUFFIX:-}
  else
    setup_root
    BUILD=$SRC/build/devroot${BUILD_SUFFIX:-}
  fi
}

build() {
  local type=${BUILD_TYPE:-RelWithDebInfo}
  step "building Tideline ($type) in ${BUILD#"$SRC"/}"
  local werror=OFF
  [ "${TIDELINE_WERROR:-0}" = 1 ] && werror=ON
  in_env cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
    -DTIDELINE_WERROR="$werror" >"$SRC/build/.configure-$(basename "$BUILD").log" 2>&1 || {
    cat "$SRC/build/.configure-$(basename "$BUILD").log" >&2
    die "configure failed"
  }
  in_env cmake --build "$BUILD" -- -k 0 || die "build failed"
}

cmd_run() {
  if [ $# -eq 0 ]; then set -- --demo; fi
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    die "no display (DISPLAY and WAYLAND_DISPLAY are unset): run it from a desktop session, or under xvfb-run"
  fi
  step "starting tideline $*"
  in_env tideline "$@"
}

cmd_test() {
  step "running the tests"
  in_env env QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD" --output-on-failure -j"$(nproc)" "$@"
}

# --- fuzzing and sanitizers -------------------------------------------------

FUZZ_TARGETS=(fuzz_formats fuzz_userformat fuzz_time fuzz_query fuzz_export fuzz_decompress)
FUZZ_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

fuzz_build() {
  BUILD=$SRC/build/fuzz
  step "building the fuzz targets (clang, ASan+UBSan) in build/fuzz"
  # -O1 and line tables only: a faster build, stack traces still name lines.
  in_env env CC=clang CXX=clang++ cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" -DTIDELINE_FUZZ=ON -DTIDELINE_BUILD_TESTS=OFF -DCMAKE_CXX_FLAGS="$FUZZ_FLAGS" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >"$SRC/build/.configure-fuzz.log" 2>&1 || {
    cat "$SRC/build/.configure-fuzz.log" >&2
    die "configure failed"
  }
  in_env cmake --build "$BUILD" --target "$@" || die "build failed"
}

# Runs one fuzz target for a number of seconds, one process (the machine is
# shared): seeds from tests/fuzz/corpus/TARGET, new inputs and crashes in
# $TIDELINE_FUZZ_WORK (default /tmp/tideline-fuzz)/TARGET. Prints the CPU
# time used; fails when the target found a crash. TIDELINE_FUZZ_NICE
# (default 10) is its niceness: on a loaded machine 10 starves it.
fuzz_run() {
  local target=$1 seconds=$2
  local work=${TIDELINE_FUZZ_WORK:-/tmp/tideline-fuzz}/$target
  local seeds=$SRC/tests/fuzz/corpus/$target
  mkdir -p "$work/corpus" "$work/crashes" "$seeds"
  step "fuzzing $target for ${seconds}s (new inputs in $work)"
  local status=0
  in_env env ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
    /usr/bin/time -f "$target: %e s wall, %U s user, %S s system CPU" -a -o "$work/cputime.log" \
    nice -n "${TIDELINE_FUZZ_NICE:-10}" "$BUILD/bin/$target" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -max_len=8192 \
    -print_final_stats=1 -artifact_prefix="$work/crashes/" "$work/corpus" "$seeds" \
    >"$work/fuzz.log" 2>&1 || status=$?
  tail -n 1 "$work/cputime.log" >&2
  local crashes
  crashes=$(find "$work/crashes" -type f | wc -l)
  if [ "$status" -ne 0 ] || [ "$crashes" -gt 0 ]; then
    grep -E "ERROR|runtime error|contract broken|SUMMARY" "$work/fuzz.log" | head -n 5 >&2 || true
    printf 'devroot: %s: %s crash file(s) in %s, log %s\n' "$target" "$crashes" "$work/crashes" "$work/fuzz.log" >&2
    return 1
  fi
  grep -E "^stat::number_of_executed_units|^Done" "$work/fuzz.log" >&2 || true
}

cmd_fuzz() {
  local minutes=1 targets=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --minutes) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || die "--minutes needs a whole number of minutes, 1 or more"
                 minutes=$2; shift 2 ;;
      fuzz_*) targets+=("$1"); shift ;;
      *) die "unknown fuzz target or option: $1 (targets: ${FUZZ_TARGETS[*]})" ;;
    esac
  done
  [ ${#targets[@]} -gt 0 ] || targets=("${FUZZ_TARGETS[@]}")
  fuzz_build "${targets[@]}"
  local failed=0 target
  for target in "${targets[@]}"; do
    fuzz_run "$target" $((minutes * 60)) || failed=1
  done
  [ "$failed" -eq 0 ] || die "the fuzzers found crashes (see above)"
}

# Builds a sanitizer preset of CMakePresets.json (asan, tsan) in
# build/PRESET and runs ctest with the preset's environment.
cmd_sanitize() {
  local preset=asan
  cd "$SRC"
  case "${1:-}" in asan|tsan) preset=$1; shift ;; esac
  BUILD=$SRC/build/$preset
  step "building the $preset preset in build/$preset"
  local werror=OFF
  [ "${TIDELINE_WERROR:-0}" = 1 ] && werror=ON
  in_env cmake --preset "$preset" -DTIDELINE_WERROR="$werror" >"$SRC/build/.configure-$preset.log" 2>&1 || {
    cat "$SRC/build/.configure-$preset.log" >&2
    die "configure failed"
  }
  in_env cmake --build "$BUILD" -- -k 0 || die "build failed"
  step "running the tests under $preset"
  # translations_complete runs lupdate only: no code of ours to sanitize.
  in_env ctest --preset "$preset" -j"$(nproc)" -E "^translations_complete$" "$@"
}

main() {
  local cmd=${1:-help}
  [ $# -gt 0 ] && shift
  mkdir -p "$SRC/build"
  case "$cmd" in
    setup) prepare ;;
    build) prepare; build ;;
    run) prepare; build; cmd_run "$@" ;;
    test) prepare; build; cmd_test "$@" ;;
    bench) BUILD_TYPE=Release BUILD_SUFFIX=-release; prepare; build
           in_env env QT_QPA_PLATFORM=offscreen TIDELINE_BIN="$BUILD/bin" bash "$SRC/tests/bench/run.sh" "$@" ;;
    fuzz) prepare; cmd_fuzz "$@" ;;
    sanitize) prepare; cmd_sanitize "$@" ;;
    shell) prepare; in_env bash ;;
    exec) [ $# -gt 0 ] || die "usage: packaging/devroot.sh exec CMD [ARGS...]"
          prepare; in_env "$@" ;;
    help|-h|--help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
