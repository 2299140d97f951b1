#!/usr/bin/env bash
# Whole-process time and peak memory of the CLI on each adversarial workspace (issue 9: cost bounded by
# the input's size). Publishes the CLI ReadyToRun (unless TOOL is given), generates the cases with the
# seed (unless WORK_DIR/cases exists), warms the rule cache, then runs each case once under /usr/bin/time:
# wall-clock seconds, CPU seconds (user + system: what a busy machine inflates least), peak resident memory.
# Usage: tests/ArtifactLint.Benchmarks/time-adversarial.sh [WORK_DIR] [TOOL] [CASE...]
#   default WORK_DIR /tmp/artifactlint-adversarial, TOOL the published CLI, every case; SEED=42, LIMIT=300 (s)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
command -v /usr/bin/time > /dev/null || { echo "time-adversarial.sh needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
work="${1:-/tmp/artifactlint-adversarial}"
tool="${2:-}"
shift $(($# < 2 ? $# : 2))
mkdir -p "$work"
if [ -z "$tool" ]; then
  dotnet publish "$repo/engine/ArtifactLint.Cli" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$work/tool" > "$work/publish.log"
  tool="$work/tool/artifactlint"
fi
[ -d "$work/cases" ] || dotnet run -c Release --project "$repo/tests/ArtifactLint.Benchmarks" -- \
  adversarial --seed "${SEED:-42}" --out "$work/cases" > /dev/null
export ARTIFACTLINT_CACHE_DIR="$work/cache"
"$tool" lint "$repo/examples/product-repo" > /dev/null 2>&1 || true

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); tool: $tool"
printf '%-26s %8s %8s %8s %5s %9s  %s\n' case "wall s" "cpu s" "peak MB" exit findings "by id (most frequent first)"
cases=("$@")
[ ${#cases[@]} -gt 0 ] || mapfile -t cases < <(ls "$work/cases")
for name in "${cases[@]}"; do
  folder="$work/cases/$name"
  report="$work/$name.json"
  rm -f "$report"
  status=0
  (cd "$folder" && /usr/bin/time -v -o "$work/$name.time" timeout "${LIMIT:-300}" "$tool" lint --cache rules -f json -o "$report" > "$work/$name.out" 2>&1) || status=$?
  seconds="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$work/$name.time")"
  cpu="$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$work/$name.time")"
  peak="$(awk '/Maximum resident/ { printf "%d", $6 / 1024 }' "$work/$name.time")"
  summary="$(python3 - "$report" <<'PY'
import collections, json, sys
try:
    findings = json.load(open(sys.argv[1]))["findings"]
except Exception:
    print("- (no report)"); sys.exit()
ids = collections.Counter(f["ruleId"] for f in findings)
print(len(findings), " ".join(f"{k}:{v}" for k, v in ids.most_common(6)))
PY
)"
  [ "$status" -ne 124 ] || summary="- timed out after ${LIMIT:-300} s"
  printf '%-26s %8s %8s %8s %5s %9s  %s\n' "$name" "$seconds" "$cpu" "$peak" "$status" ${summary%% *} "${summary#* }"
done
