#!/usr/bin/env bash
# Benchmark of the render and check paths (release build). Prints a table; asserts nothing.
# Timed assertions do not belong in tests: the machines are noisy. Run it on an idle machine:
#   scripts/bench.sh [N]     (N letters per measurement, default 50)
# The full side-by-side benchmark against the typst Python package and the batch targets of
# design.md belong to the `batch` issue; this script measures what exists today.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-50}"
cargo build --release --quiet
BIN=target/release/creance
[ -n "${CARGO_TARGET_DIR:-}" ] && BIN="$CARGO_TARGET_DIR/release/creance"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e6 }'; }

# 1. One process per letter (cold): the whole process, formal notice of the B2B sample.
times=()
for _ in $(seq "$N"); do
  t0=$(date +%s%N)
  "$BIN" render samples/fr/b2b-several-invoices.yaml --doc formal-notice -o "$TMP" --quiet >/dev/null
  t1=$(date +%s%N)
  times+=("$(ms "$t0" "$t1")")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | awk -v n="$N" 'NR==int((n+1)/2)')
p95=$(echo "$sorted" | awk -v n="$N" 'NR==int(n*0.95+0.5)')

# 2. check throughput: N copies of the three samples in one process.
for i in $(seq "$N"); do
  for s in samples/fr/*.yaml; do cp "$s" "$TMP/$i-$(basename "$s")"; done
done
t0=$(date +%s%N)
"$BIN" check --quiet --format json "$TMP"/*.yaml >/dev/null || true
t1=$(date +%s%N)
files=$((N * 3))
check_ms=$(ms "$t0" "$t1")
rate=$(awk -v f="$files" -v t="$check_ms" 'BEGIN { printf "%d", f * 1000 / t }')

echo "creance benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m)"
printf '| %-52s | %12s |\n' "measure" "value"
printf '| %-52s | %12s |\n' "----------------------------------------------------" "------------"
printf '| %-52s | %9s ms |\n' "render, one process per letter: median (n=$N)" "$median"
printf '| %-52s | %9s ms |\n' "render, one process per letter: p95" "$p95"
printf '| %-52s | %7s /s |\n' "check, $files cases in one process" "$rate"
