#!/usr/bin/env bash
# What the commit gate costs (issue 10: `lint --staged` within 1.5x a plain warm `lint`): whole process, the CLI
# published ReadyToRun, on a committed 10,000-document corpus with one staged change, warm rule and findings caches.
# Runs plain `lint` and `lint --staged` in turn (A B A B ...) and prints each one's median and range, and the median
# and range of the per-pair ratio; then the first --staged run after a commit whose tree was never linted (a cache miss:
# two lints) once. Needs git and python3.
# Usage: tests/ArtifactLint.Benchmarks/staged.sh [WORK_DIR] [ROUNDS] [COUNT]   (default /tmp/artifactlint-staged, 10, 10000)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-/tmp/artifactlint-staged}"
rounds="${2:-10}"
count="${3:-10000}"
tool="$work/tool/artifactlint"
corpus="$work/corpus-$count"
mkdir -p "$work"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com \
  GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com ARTIFACTLINT_CACHE_DIR="$work/cache"

dotnet publish "$repo/engine/ArtifactLint.Cli" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/tool" > "$work/publish.log"
if [ ! -d "$corpus/.git" ]; then
  rm -rf "$corpus"
  dotnet run -c Release --project "$repo/tests/ArtifactLint.Benchmarks" -- generate --count "$count" --seed 42 --out "$corpus" > /dev/null
  git -C "$corpus" init -q
  git -C "$corpus" add -A
  git -C "$corpus" commit -q -m corpus
fi
cd "$corpus"
git reset -q --hard
# One staged change: a backlog item's title.
item="$(git ls-files 'backlog/*.md' | awk 'NR == 1')"
sed -i '0,/^title: /s/^title: /title: Staged: /' "$item"
git add "$item"

# Warm the rule cache and HEAD's findings.
"$tool" lint -f json -o "$work/plain.json" > /dev/null 2>&1 || true
"$tool" lint --staged -f json -o "$work/staged.json" > /dev/null 2>&1 || true

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $count documents, one staged change"
: > "$work/pairs.txt"
for ((i = 0; i < rounds; i++)); do
  /usr/bin/time -o "$work/a" -f "%e %M" "$tool" lint -f json -o "$work/plain.json" > /dev/null 2>&1 || true
  /usr/bin/time -o "$work/b" -f "%e %M" "$tool" lint --staged -f json -o "$work/staged.json" > /dev/null 2>&1 || true
  echo "$(tail -1 "$work/a") $(tail -1 "$work/b")" >> "$work/pairs.txt"
done
python3 - "$work/pairs.txt" <<'PY'
import statistics as s, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1]) if len(line.split()) == 4]
def show(name, values, unit=" s"):
    print(f"{name:<28} median {s.median(values):.2f}{unit} (range {min(values):.2f}-{max(values):.2f})")
show("lint (warm)", [r[0] for r in rows])
show("lint --staged (warm)", [r[2] for r in rows])
show("ratio --staged / lint", [r[2] / r[0] for r in rows], "x")
print(f"peak memory: lint {s.median([r[1] for r in rows]) / 1024:.0f} MB, --staged {s.median([r[3] for r in rows]) / 1024:.0f} MB")
PY

# A commit whose tree was never linted (a pull, a branch switch): HEAD's findings must be computed once.
git commit -q --no-verify -m "staged change"
sed -i '0,/^title: /s/^title: Staged: /title: Other: /' "$item"
git add "$item"
git commit -q --no-verify -m "a tree never linted"
sed -i '0,/^title: /s/^title: Other: /title: Again: /' "$item"
git add "$item"
/usr/bin/time -o "$work/c" -f "%e %M" "$tool" lint --staged -f json -o "$work/staged.json" > /dev/null 2>&1 || true
echo "lint --staged, HEAD never linted (cache miss): $(awk '{printf "%.2f s, %d MB", $1, $2 / 1024}' "$work/c")"
ARTIFACTLINT_TIMINGS=1 "$tool" lint --staged -f json -o "$work/staged.json" 2>&1 >/dev/null | grep -v '^[0-9]* error' | tail -15 || true
git reset -q --hard HEAD~2
