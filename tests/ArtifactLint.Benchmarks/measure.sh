#!/usr/bin/env bash
# Whole-process timings of the README's performance table: publishes the CLI ReadyToRun, generates the
# corpora, and runs hyperfine (Debian: apt-get install hyperfine) and /usr/bin/time on each case.
# Usage: tests/ArtifactLint.Benchmarks/measure.sh [WORK_DIR]   (default /tmp/artifactlint-measure)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
for tool in hyperfine python3 /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "measure.sh needs $tool (Debian: apt-get install hyperfine python3 time)" >&2; exit 2; }
done
work="${1:-/tmp/artifactlint-measure}"
tool="$work/tool/artifactlint"
mkdir -p "$work"

dotnet publish "$repo/engine/ArtifactLint.Cli" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/tool" > "$work/publish.log"
for count in 1000 10000; do
  [ -d "$work/corpus-$count" ] || dotnet run -c Release --project "$repo/tests/ArtifactLint.Benchmarks" -- \
    generate --count "$count" --seed 42 --out "$work/corpus-$count" > /dev/null
done
# The same 10k documents with every rule turned off: the cost of loading and schema validation alone.
if [ ! -d "$work/corpus-10000-schemas" ]; then
  cp -r "$work/corpus-10000" "$work/corpus-10000-schemas"
  { echo "rules:"; for rule in "$repo"/rules/AL*.csx; do name="$(basename "$rule")"; echo "  ${name%%-*}: off"; done; } \
    >> "$work/corpus-10000-schemas/.artifactlint.yml"
fi

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
run() { # name, folder, runs, prepare (a command run before each timed run, or "true"), command
  local name="$1" folder="$2" runs="$3" prepare="$4" command="$5"
  cd "$folder"
  local warmup=2
  [ "$prepare" = "true" ] || warmup=0
  # The corpora have findings, so the tool exits 1; anything above that means the tool itself failed.
  $prepare
  local status=0
  $command > /dev/null 2>&1 || status=$?
  [ "$status" -le 1 ] || { echo "'$command' exited $status in $folder: not measured" >&2; exit 1; }
  hyperfine -N -i --style none --export-json "$work/last.json" -w "$warmup" -r "$runs" --prepare "$prepare" "$command" > /dev/null 2> "$work/hyperfine.log" \
    || { cat "$work/hyperfine.log" >&2; echo "hyperfine failed on '$command'" >&2; exit 1; }
  local mean
  mean="$(python3 -c "import json;r=json.load(open('$work/last.json'))['results'][0];print(f\"{r['mean']:.3f} s ± {r['stddev']:.3f}\")")"
  $prepare
  local peak
  peak="$( (/usr/bin/time -v $command 2>&1 >/dev/null || true) | awk '/Maximum resident/ {printf "%d MB", $6/1024}')"
  printf '%-58s %-18s %s\n' "$name" "$mean" "$peak"
}
report="-f json -o $work/report.json"
export ARTIFACTLINT_CACHE_DIR="$work/cache"
cold="rm -rf $work/cache"
run "1,000 documents, 27 rules, warm rule cache" "$work/corpus-1000" 20 true "$tool lint --cache rules $report"
run "1,000 documents, 27 rules, cold cache" "$work/corpus-1000" 5 "$cold" "$tool lint --cache rules $report"
files="$(cd "$work/corpus-1000" && find backlog -name '*.md' | sort | awk 'NR <= 5' | tr '\n' ' ')"
run "pre-commit: 1,000 documents loaded, 5 files reported" "$work/corpus-1000" 20 true "$tool lint --cache rules $report $files"
run "10,000 documents, schemas only" "$work/corpus-10000-schemas" 10 true "$tool lint --cache rules $report"
run "10,000 documents, 27 rules, warm rule cache" "$work/corpus-10000" 10 true "$tool lint --cache rules $report"
run "10,000 documents, 27 rules, cold cache" "$work/corpus-10000" 5 "$cold" "$tool lint --cache rules $report"
