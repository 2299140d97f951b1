#!/usr/bin/env bash
# ArtifactLint against the Node peer (BENCH/baseline-validate.mjs: walk, split front matter, js-yaml, ajv; no
# cross-document checks), whole process, on the documents of BENCH/gen_corpus.py. Each round runs
# the two in turn (A B A B), so a busy minute of this shared machine hits both alike; a ratio is taken per pair.
# Prints a Markdown table: medians with min-max, the per-pair ratio, and each one's peak memory.
# Usage: BENCH=DIR tests/ArtifactLint.Benchmarks/peer.sh [ROUNDS] [SIZES...]   (default: 10 rounds; 1000 10000 50000)
#   BENCH names the folder of the peer and the corpus generator (the workplace's shared bench folder); it is
#   not part of this repository, so the script is run by hand and never by the tests.
#   WORK (default /tmp/artifactlint-peer) holds the published tool, the peer, the corpora and the cache.
#   CACHE=rules (default; compiled rules only, as issue 12's first target measures) or all or none.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
bench="${BENCH:?set BENCH to the folder holding baseline-validate.mjs and gen_corpus.py}"
rounds="${1:-10}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)
work="${WORK:-/tmp/artifactlint-peer}"
cache="${CACHE:-rules}"
for tool in node npm python3 /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "peer.sh needs $tool" >&2; exit 2; }
done
[ -f "$bench/baseline-validate.mjs" ] || { echo "peer.sh needs $bench (the shared bench folder)" >&2; exit 2; }
mkdir -p "$work"

dotnet publish "$repo/engine/ArtifactLint.Cli" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/tool" > "$work/publish.log"
if [ ! -d "$work/peer/node_modules" ]; then
  mkdir -p "$work/peer"
  cp "$bench/package.json" "$bench/baseline-validate.mjs" "$work/peer/"
  (cd "$work/peer" && npm install --silent > "$work/npm.log" 2>&1)
fi
export ARTIFACTLINT_CACHE_DIR="$work/cache"
al="$work/tool/artifactlint lint --cache $cache -f json -o $work/report.json"
peer="node $work/peer/baseline-validate.mjs ."

# Milliseconds of one whole run; exit 1 (findings) is a run, anything above is not.
time_ms() {
  local start end status=0
  start=$(date +%s%N)
  $1 > /dev/null 2>&1 || status=$?
  end=$(date +%s%N)
  [ "$status" -le 1 ] || { echo "'$1' exited $status in $(pwd)" >&2; exit 1; }
  echo $(((end - start) / 1000000))
}
peak_mb() { (/usr/bin/time -v $1 2>&1 > /dev/null || true) | awk '/Maximum resident/ {printf "%d", $6 / 1024}'; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ), $rounds rounds, --cache $cache"
echo
echo "| documents | ArtifactLint | Node script | ratio (per pair) | ArtifactLint peak | Node peak |"
echo "| --- | --- | --- | --- | --- | --- |"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  [ -d "$corpus" ] || python3 "$bench/gen_corpus.py" --n "$n" --out "$corpus" --seed 42 --model artifactlint > /dev/null
  cd "$corpus"
  time_ms "$al" > /dev/null
  time_ms "$peer" > /dev/null
  a=() b=()
  for ((round = 0; round < rounds; round++)); do
    a+=("$(time_ms "$al")")
    b+=("$(time_ms "$peer")")
  done
  python3 - "$n" "$(peak_mb "$al")" "$(peak_mb "$peer")" "${a[*]}" "${b[*]}" <<'PY'
import statistics, sys
n, al_peak, peer_peak, a, b = sys.argv[1:]
a = [int(x) for x in a.split()]; b = [int(x) for x in b.split()]
ratios = [x / y for x, y in zip(a, b)]
fmt = lambda v: f"{statistics.median(v) / 1000:.2f} s ({min(v) / 1000:.2f}-{max(v) / 1000:.2f})"
print(f"| {int(n):,} | {fmt(a)} | {fmt(b)} | {statistics.median(ratios):.2f}x ({min(ratios):.2f}-{max(ratios):.2f}) | {al_peak} MB | {peer_peak} MB |")
PY
done
