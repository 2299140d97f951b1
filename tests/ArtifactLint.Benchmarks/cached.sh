#!/usr/bin/env bash
# Issue 12's second target: a second lint with the on-disk caches (--cache all, the default), whole process,
# against the Node peer, paired per round (A B A B). Three cases on one corpus:
#   unchanged    the same lint again, nothing changed (the run cache gives the kept output);
#   one changed  one document edited before each round (a different backlog item each time): a full lint;
#   no cache     --no-cache, for reference.
# Each case's output is compared with a --no-cache run's, byte for byte. Every edit is undone at the end.
# Usage: BENCH=DIR tests/ArtifactLint.Benchmarks/cached.sh [ROUNDS] [SIZE]   (default: 10 rounds; 10000 documents)
#   BENCH, WORK as for peer.sh (which this reuses: the published tool, the peer and the corpora).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
bench="${BENCH:?set BENCH to the folder holding baseline-validate.mjs and gen_corpus.py}"
rounds="${1:-10}"
size="${2:-10000}"
work="${WORK:-/tmp/artifactlint-peer}"
# peer.sh publishes the tool, installs the peer and generates the corpus; one quick round is enough for that.
BENCH="$bench" WORK="$work" "$repo/tests/ArtifactLint.Benchmarks/peer.sh" 1 "$size" > /dev/null
corpus="$work/corpus-$size"
export ARTIFACTLINT_CACHE_DIR="$work/cache-all"
al="$work/tool/artifactlint lint -f json -o $work/cached.json"
fresh="$work/tool/artifactlint lint --no-cache -f json -o $work/fresh.json"
peer="node $work/peer/baseline-validate.mjs ."
cd "$corpus"
mapfile -t items < <(find backlog -name '*.md' | sort)
backup="$work/cached-backup"
rm -rf "$backup" && mkdir -p "$backup"
restore() { for f in "$backup"/*; do [ -e "$f" ] && cp "$f" "$corpus/$(basename "$f" | tr '%' '/')"; done; }
trap restore EXIT

time_ms() {
  local start end status=0
  start=$(date +%s%N)
  $1 > /dev/null 2>&1 || status=$?
  end=$(date +%s%N)
  [ "$status" -le 1 ] || { echo "'$1' exited $status" >&2; exit 1; }
  echo $(((end - start) / 1000000))
}
same() { $fresh > /dev/null 2>&1 || true; cmp -s "$work/cached.json" "$work/fresh.json" || { echo "the cached run's report differs from --no-cache's ($1)" >&2; exit 1; }; }

$al > /dev/null 2>&1 || true
a=() b=() c=() d=() e=()
for ((round = 0; round < rounds; round++)); do
  a+=("$(time_ms "$al")")
  b+=("$(time_ms "$peer")")
  item="${items[$((round * 97 % ${#items[@]}))]}"
  saved="$backup/$(echo "$item" | tr '/' '%')"
  [ -e "$saved" ] || cp "$item" "$saved"
  sed -i "s/^title: /title: Round $round /" "$item"
  c+=("$(time_ms "$al")")
  same "one changed"
  d+=("$(time_ms "$peer")")
  e+=("$(time_ms "$fresh")")
done
$al > /dev/null 2>&1 || true
same "unchanged"
python3 - "$size" "${a[*]}" "${b[*]}" "${c[*]}" "${d[*]}" "${e[*]}" <<'PY'
import statistics, sys
n, *runs = sys.argv[1:]
a, b, c, d, e = [[int(x) for x in r.split()] for r in runs]
fmt = lambda v: f"{statistics.median(v) / 1000:.2f} s ({min(v) / 1000:.2f}-{max(v) / 1000:.2f})"
ratio = lambda x, y: (lambda r: f"{statistics.median(r):.2f}x ({min(r):.2f}-{max(r):.2f})")([p / q for p, q in zip(x, y)])
print(f"| {int(n):,} documents | ArtifactLint | Node script | ratio (per pair) |")
print("| --- | --- | --- | --- |")
print(f"| unchanged (run cache) | {fmt(a)} | {fmt(b)} | {ratio(a, b)} |")
print(f"| one document changed | {fmt(c)} | {fmt(d)} | {ratio(c, d)} |")
print(f"| --no-cache | {fmt(e)} | {fmt(d)} | {ratio(e, d)} |")
PY
