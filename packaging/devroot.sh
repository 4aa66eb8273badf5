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

if [ -t 2 ]; then
  step() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }
else
  step() { printf '==> %s\n' "$*" >&2; }
fi
die() { printf 'devroot: %s\n' "$*" >&2; exit 1; }

# Free megabytes on the file system that holds $1 (or its nearest parent).
free_mb() {
  local dir=$1
  while [ ! -d "$dir" ]; do dir=$(dirname "$dir"); done
  df -Pk "$dir" | awk 'NR==2 {print int($4 / 1024)}'
}

# Dies with a message that names the cause of a failed step, read from its
# log: no space, no network, or (else) where the log is.
die_from_log() {
  local what=$1 log=$2 where=$3
  if grep -qiE 'No space left on device|not enough free space|You don.t have enough free space' "$log" 2>/dev/null; then
    die "$what failed: no space left in $where ($(free_mb "$where") MB free). Free some space (the build root needs about 3 GB) and run again; log: $log"
  fi
  if grep -qiE "Temporary failure resolving|Could not resolve|unable to resolve|Name or service not known|Failed getting release file|Failed to fetch|Network is unreachable|Connection timed out|Connection refused|Couldn.t download|No route to host" "$log" 2>/dev/null; then
    die "$what failed: no network, the Debian mirror (deb.debian.org) cannot be reached. Connect to the network (or set http_proxy) and run again; log: $log"
  fi
  die "$what failed, see $log (last line: $(grep -v '^\s*$' "$log" 2>/dev/null | tail -n 1 | cut -c1-160))"
}

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

Inside the root you see your home and /tmp, and read-only /var/log, the
current folder and the files named in ARGS.

Environment: TIDELINE_WERROR=1 turns warnings into errors,
TIDELINE_NATIVE=0|1 forces the Debian 13 root off or on the host.
USAGE
}

# --- environment choice ------------------------------------------------------

# The host's Qt 6 version, from Qt6Core's CMake package (since Qt 6.4 the
# number is in Qt6CoreConfigVersionImpl.cmake, before in ...ConfigVersion.cmake).
host_qt_version() {
  local dir v
  for dir in /usr/lib/*/cmake/Qt6Core /usr/lib64/cmake/Qt6Core /usr/lib/cmake/Qt6Core; do
    [ -d "$dir" ] || continue
    v=$(cat "$dir"/Qt6CoreConfigVersion*.cmake 2>/dev/null | sed -n 's/^set(PACKAGE_VERSION "\([0-9][0-9.]*\)")/\1/p' | head -n 1)
    [ -n "$v" ] && printf '%s\n' "$v" && return 0
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
  command -v sudo >/dev/null ||
    die "no root: creating the build root (debootstrap, apt-get) needs root rights once. Run this as root, or install sudo and give your user sudo rights"
  if ! sudo -n true 2>/dev/null; then
    step "asking for your password: creating the build root needs root rights (sudo), once"
    sudo -v || die "no root: sudo refused. Creating the build root needs root rights once: ask an administrator to add $(id -un) to the sudo group, or run this as root"
  fi
  SUDO=sudo
}

# Fails early, with the reason, when the Debian mirror cannot be resolved
# (with a proxy set, apt and debootstrap may still get through: then the
# log decides).
check_network() {
  [ -n "${http_proxy:-}${HTTP_PROXY:-}" ] && return 0
  getent hosts deb.debian.org >/dev/null 2>&1 ||
    die "no network: deb.debian.org cannot be resolved, and the first run downloads the Debian 13 packages. Connect to the network (or set http_proxy) and run again"
}

ensure_host_tools() {
  local missing=()
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  command -v bwrap >/dev/null || missing+=(bubblewrap)
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null ||
    die "${missing[*]} missing and this system has no apt-get: install ${missing[*]} with your package manager, or build natively (README, Building natively)"
  step "installing ${missing[*]} on the host (apt-get)"
  need_root_user
  check_network
  mkdir -p "$CACHE"
  ${SUDO:-} apt-get update -q >"$CACHE/host-apt.log" 2>&1 || die_from_log "apt-get update on the host" "$CACHE/host-apt.log" /var/cache/apt
  ${SUDO:-} env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >>"$CACHE/host-apt.log" 2>&1 ||
    die_from_log "installing ${missing[*]} on the host" "$CACHE/host-apt.log" /var/cache/apt
}

check_space() {
  mkdir -p "$CACHE"
  local free
  free=$(free_mb "$CACHE")
  [ "$free" -ge 3000 ] ||
    die "no space: the build root needs about 3 GB in $CACHE, only $free MB are free. Free some space, or set XDG_CACHE_HOME to a disk with room, and run again"
}

# A fresh build needs about 2.5 GB (debug information), an incremental one little.
check_build_space() {
  local need=300 free
  [ -f "$BUILD/build.ninja" ] || need=2500
  free=$(free_mb "$BUILD")
  [ "$free" -ge "$need" ] ||
    die "no space: building in $BUILD needs about $need MB, only $free MB are free. Free some space and run again"
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
  check_network
  if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
    step "creating a Debian 13 ($SUITE) root in $ROOT (about a minute)"
    ${SUDO:-} rm -rf "$ROOT.partial" "$ROOT"
    ${SUDO:-} debootstrap --variant=minbase "$SUITE" "$ROOT.partial" >"$CACHE/debootstrap.log" 2>&1 ||
      die_from_log "creating the root (debootstrap)" "$CACHE/debootstrap.log" "$CACHE"
    ${SUDO:-} mv "$ROOT.partial" "$ROOT"
  fi
  step "installing build packages into the root (about a minute)"
  root_admin bash -c 'apt-get update -q && apt-get install -y -q --no-install-recommends "$@"' _ "${ROOT_PACKAGES[@]}" \
    >"$CACHE/apt.log" 2>&1 || die_from_log "installing packages in the root" "$CACHE/apt.log" "$CACHE"
  ${SUDO:-} touch "$ROOT/.tideline-ready"
}

# Runs a command in the build environment: the root with the source tree, the
# user's home, /tmp, /var/log and the display bound in.
in_env() {
  local bin=$BUILD/bin
  if use_native; then
    PATH="$bin:$PATH" "$@"
    return
  fi
  # / is a tmpfs holding the root's system folders, so that the mount
  # points for the folders below can be made without writing to the root
  # (it belongs to root; the user may not).
  local args=(--tmpfs / --proc /proc --dev /dev --die-with-parent) entry name
  for entry in "$ROOT"/*; do
    name=${entry##*/}
    if [ -L "$entry" ]; then
      args+=(--symlink "$(readlink "$entry")" "/$name")
    elif [ -d "$entry" ]; then
      case "$name" in usr|etc|var|opt) args+=(--bind "$entry" "/$name") ;; esac
    fi
  done
  local shared
  shared=$(cd "$SRC/../shared" 2>/dev/null && pwd -P) || shared=
  local visible=("$SRC" /tmp)
  [ -d "$HOME" ] && [ "$HOME" != / ] && visible+=("$HOME")
  [ -d /var/log ] && visible+=(/var/log)
  [ -n "$shared" ] && visible+=("$shared")
  # The current folder and the files named on the command line, read-only,
  # wherever they are (say /srv/logs), unless they are the system's own.
  # Mounted first: a parent of the source tree or of $HOME (run from /work
  # or /home) must not cover their writable mounts below.
  local path real
  for path in "$PWD" "$@"; do
    [ -e "$path" ] || continue
    real=$(realpath -e -- "$path" 2>/dev/null) || continue
    is_visible "$real" "${visible[@]}" && continue
    case "$real" in /|/usr|/usr/*|/etc|/etc/*|/bin*|/sbin*|/lib*|/proc*|/sys*|/dev*|/run*|/boot*|/var|/var/lib*|/var/cache*) continue ;; esac
    args+=(--ro-bind "$real" "$real")
    visible+=("$real")
  done
  args+=(--ro-bind /etc/resolv.conf /etc/resolv.conf --bind /tmp /tmp --bind "$SRC" "$SRC")
  [ -d "$HOME" ] && [ "$HOME" != / ] && args+=(--bind "$HOME" "$HOME")
  [ -d /var/log ] && args+=(--ro-bind /var/log /var/log)
  # The project's reference corpora (../shared/corpora), when present.
  [ -n "$shared" ] && args+=(--ro-bind "$shared" "$shared")
  [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && args+=(--bind "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR")
  [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && args+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
  if is_visible "$(pwd -P)" "${visible[@]}"; then args+=(--chdir "$(pwd -P)"); else args+=(--chdir "$SRC"); fi
  bwrap "${args[@]}" --setenv PATH "$bin:/usr/local/bin:/usr/bin:/bin" "$@"
}

# Whether the path $1 is one of the folders that follow, or inside one.
is_visible() {
  local path=$1 dir
  shift
  for dir in "$@"; do
    case "$path" in "$dir"|"$dir"/*) return 0 ;; esac
  done
  return 1
}

prepare() {
  if use_native; then
    BUILD=$SRC/build/native${BUILD_SUFFIX:-}
    [ -n "${NATIVE_SAID:-}" ] || step "building natively with the host's Qt $(host_qt_version || echo '?') (TIDELINE_NATIVE=0 uses the Debian 13 root instead)"
    NATIVE_SAID=1
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
  check_build_space
  local log=$SRC/build/.configure-$(basename "$BUILD").log
  in_env cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
    -DTIDELINE_WERROR="$werror" >"$log" 2>&1 || {
    grep -A12 -E '^CMake Error' "$log" >&2 || tail -n 20 "$log" >&2
    if use_native; then
      die "configure failed (full log: $log): install the packages of README.md, Building natively, or run with TIDELINE_NATIVE=0 to build in the Debian 13 root"
    fi
    die "configure failed (full log: $log)"
  }
  in_env cmake --build "$BUILD" -- -k 0 || {
    [ "$(free_mb "$BUILD")" -ge 100 ] || die "build failed: no space left in $BUILD. Free some space and run again"
    die "build failed (the compiler's messages are above)"
  }
}

# Before building: a window needs a display.
check_display() {
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    die "no display (DISPLAY and WAYLAND_DISPLAY are unset): run it from a desktop session, or under xvfb-run"
  fi
}

cmd_run() {
  if [ $# -eq 0 ]; then set -- --demo; fi
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
    setup) prepare; use_native || step "build root ready: $ROOT" ;;
    build) prepare; build ;;
    run) check_display; prepare; build; cmd_run "$@" ;;
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
