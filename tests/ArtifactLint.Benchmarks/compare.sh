#!/usr/bin/env bash
# Compares whole-process timings of several commands on a noisy machine: runs them in turn, ROUNDS
# times, so that a busy minute hits all of them alike, then prints each one's median, mean and minimum.
# Usage: tests/ArtifactLint.Benchmarks/compare.sh ROUNDS FOLDER COMMAND...   (each COMMAND is split on spaces, not parsed by a shell)
# e.g.   compare.sh 10 /tmp/artifactlint-measure/corpus-10000 "/tmp/old/artifactlint lint -f json -o /tmp/a.json" \
#                                                            "/tmp/new/artifactlint lint -f json -o /tmp/b.json"
set -euo pipefail
rounds="$1" folder="$2"
shift 2
[ "$rounds" -ge 1 ] && [ $# -ge 1 ] || { echo "usage: compare.sh ROUNDS FOLDER COMMAND... (ROUNDS >= 1)" >&2; exit 2; }
cd "$folder"
declare -a times
for ((round = 0; round < rounds; round++)); do
  for ((k = 0; k < $#; k++)); do
    command="${@:k+1:1}"
    start=$(date +%s%N)
    status=0
    $command > /dev/null 2>&1 || status=$?
    end=$(date +%s%N)
    # The corpora have findings, so exit 1 is expected; anything above is a failed run, not a time.
    [ "$status" -le 1 ] || { echo "'$command' exited $status: no timing" >&2; exit 1; }
    times[k]+="$(((end - start) / 1000000)) "
  done
done
for ((k = 0; k < $#; k++)); do
  echo "${times[k]}" | tr ' ' '\n' | grep -v '^$' | sort -n \
    | awk -v command="${@:k+1:1}" '{ t[NR] = $1; sum += $1 } END { printf "median %5d ms  mean %5d ms  min %5d ms  %s\n", t[int((NR + 1) / 2)], sum / NR, t[1], command }'
done
