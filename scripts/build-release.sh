#!/usr/bin/env bash
# Builds the shipped binary: fat LTO (Cargo.toml's release profile) and profile-guided
# optimisation (PGO), into ${CARGO_TARGET_DIR:-target}/shipped/creance.
#
#   scripts/build-release.sh            # PGO when llvm-profdata matches rustc's LLVM, else plain
#   scripts/build-release.sh --no-pgo   # plain `cargo build --release --locked`, copied there
#
# PGO: an instrumented build renders a training set, LLVM merges what it counted, and the final
# build lays the code out for the paths a batch actually takes. On this project's 2-core
# machine that made a batch of formal notices ~20 % faster (docs/performance.md). The
# training set is not the benchmark's: 300 cases of all three jurisdictions generated from
# seed 1 (the benchmark uses seed 42, French B2B only) rendered as every document kind, the
# samples, and `check` over them.
#
# llvm-profdata must come from the LLVM version rustc is built on (`rustc -vV`): on Debian,
# `apt install llvm-22` for LLVM 22. Without it the script says so and builds without PGO; the
# binary works the same, only slower. Outputs are the same bytes either way (tested in CI on
# the debug build; PGO changes the machine code, never the documents).
#
# Two extra target folders ($target/pgo/gen, $target/pgo/use) keep both builds incremental:
# RUSTFLAGS differ, so sharing one folder would rebuild every crate each time.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${CARGO_TARGET_DIR:-target}
mkdir -p "$target"
target=$(cd "$target" && pwd)
shipped="$target/shipped"
mkdir -p "$shipped"

say() { echo "build-release: $*" >&2; }

# Copies the built binary into place atomically and records how it was built.
ship() {
    cp "$1" "$shipped/.creance.tmp"
    mv "$shipped/.creance.tmp" "$shipped/creance"
    printf '%s\n' "$2" >"$shipped/creance.build"
    say "$2"
    echo "$shipped/creance"
}

plain() {
    cargo build --release --locked
    ship "$target/release/creance" "pgo: no ($1)"
}

if [[ "${1:-}" == "--no-pgo" ]]; then
    plain "--no-pgo"
    exit 0
fi

llvm=$(rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p')
profdata=""
for candidate in "llvm-profdata-$llvm" "/usr/lib/llvm-$llvm/bin/llvm-profdata" llvm-profdata; do
    if command -v "$candidate" >/dev/null 2>&1 &&
        "$candidate" --version 2>/dev/null | grep -q "LLVM version $llvm\."; then
        profdata=$candidate
        break
    fi
done
if [[ -z "$profdata" ]]; then
    say "no llvm-profdata for LLVM $llvm (Debian: apt install llvm-$llvm); building without PGO"
    plain "no llvm-profdata for LLVM $llvm"
    exit 0
fi

pgo="$target/pgo"
raw="$pgo/raw"
rm -rf "$raw" "$pgo/train"
mkdir -p "$raw" "$pgo/train"

say "1/3 instrumented build ($pgo/gen)"
RUSTFLAGS="-Cprofile-generate=$raw" cargo build --release --locked --target-dir "$pgo/gen"
gen="$pgo/gen/release/creance"

say "2/3 training run"
cases="$pgo/train/cases"
"$gen" generate --seed 1 -n 300 -o "$cases" >/dev/null
"$gen" batch "$cases" -o "$pgo/train/letters" -j 2 --doc reminder --doc formal-notice >/dev/null
# Payment plans and court requests: a case that cannot have one is a reported failure, and
# still exercises everything up to it.
for doc in payment-plan injunction; do
    "$gen" batch "$cases" samples -o "$pgo/train/$doc" -j 2 --doc "$doc" >/dev/null 2>&1 || true
done
"$gen" batch samples -o "$pgo/train/samples" -j 2 --doc reminder --doc formal-notice >/dev/null 2>&1 || true
"$gen" check "$cases"/*.yaml >/dev/null || true
"$gen" check samples/*/*.yaml >/dev/null 2>&1 || true
"$profdata" merge -o "$pgo/creance.profdata" "$raw"

say "3/3 optimised build ($pgo/use)"
RUSTFLAGS="-Cprofile-use=$pgo/creance.profdata" cargo build --release --locked --target-dir "$pgo/use"
ship "$pgo/use/release/creance" "pgo: yes (llvm-profdata $llvm; trained on 300 generated cases of seed 1 and samples/)"
