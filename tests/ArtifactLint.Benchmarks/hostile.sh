#!/usr/bin/env bash
# Whole-process time and peak memory on the tests' hostile corpus (issue 9: under 15 s and 1.5 GB on a
# 2-core machine), and how soon a 50 MB document is refused. Publishes the CLI ReadyToRun, writes the
# corpus with the tests' own generator, runs hyperfine (Debian: apt-get install hyperfine) and /usr/bin/time.
# Usage: tests/ArtifactLint.Benchmarks/hostile.sh [WORK_DIR] [RUNS]   (default /tmp/artifactlint-hostile, 5)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
for tool in hyperfine python3 /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "hostile.sh needs $tool (Debian: apt-get install hyperfine python3 time)" >&2; exit 2; }
done
work="${1:-/tmp/artifactlint-hostile}"
runs="${2:-5}"
tool="$work/tool/artifactlint"
mkdir -p "$work"

dotnet publish "$repo/engine/ArtifactLint.Cli" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/tool" > "$work/publish.log"
if [ ! -d "$work/corpus/workspace" ]; then
  dotnet run -c Release --project "$repo/tests/ArtifactLint.Benchmarks" -- hostile --out "$work/corpus" --examples "$repo/examples/product-repo"
fi
# A 50 MB document: refused from its size, without being read.
big="$work/big/backlog/PB-1.md"
if [ ! -f "$big" ]; then
  mkdir -p "$(dirname "$big")"
  python3 -c "import sys; sys.stdout.write('---\nid: PB-1\ntitle: Big\ntype: story\nstatus: ' + 'x' * (50 * 1024 * 1024) + '\n---\n')" > "$big"
fi

export ARTIFACTLINT_CACHE_DIR="$work/cache"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure() { # name, folder, runs
  local name="$1" folder="$2" n="$3" status=0
  cd "$folder"
  "$tool" lint --cache rules -f json -o "$work/report.json" > /dev/null 2>&1 || status=$?
  [ "$status" -le 1 ] || { echo "$name: the lint exited $status: not measured" >&2; exit 1; }
  hyperfine -N -i --style none --export-json "$work/last.json" -w 1 -r "$n" "$tool lint --cache rules -f json -o $work/report.json" > /dev/null 2> "$work/hyperfine.log" \
    || { cat "$work/hyperfine.log" >&2; exit 1; }
  local times peak
  times="$(python3 -c "import json,statistics as s;t=json.load(open('$work/last.json'))['results'][0]['times'];print(f'median {s.median(t):.2f} s (range {min(t):.2f}-{max(t):.2f})')")"
  peak="$( (/usr/bin/time -v "$tool" lint --cache rules -f json -o "$work/report.json" 2>&1 >/dev/null || true) | awk '/Maximum resident/ {printf "%d MB", $6/1024}')"
  printf '%-52s %-36s peak %s\n' "$name" "$times" "$peak"
}
measure "hostile corpus, 27 rules + 2 team rules" "$work/corpus/workspace" "$runs"
python3 -c "import json;s=json.load(open('$work/report.json'))['summary'];print('  ', s)"
measure "one 50 MB document" "$work/big" "$runs"
