#!/usr/bin/env bash
# Integration test of the two ways teams install ArtifactLint, each with its real client:
#   1. `dotnet pack` at the repository root -> exactly one package, the `artifactlint` .NET tool,
#      which `dotnet tool install --tool-path` installs and which then lints from any folder;
#   2. the pre-commit framework: a throwaway repository whose .pre-commit-config.yaml points at this
#      repository at HEAD; a clean commit passes, a commit with a broken reference is refused with
#      the finding printed, and fixing it lets the commit through; a commit that only deletes a
#      referenced goal is refused; an old finding does not block a commit that adds none, and
#      artifactlint-all reports it under `run --all-files`; a range is compared with its start.
# Needs: the .NET SDK, git, pre-commit, python3; network only for NuGet restores.
# Called by .ci/run after `dotnet test`. Tests HEAD: uncommitted changes are not part of it.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/artifactlint-precommit.XXXXXX")
trap 'rm -rf "$work"' EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PRE_COMMIT_HOME="$work/pre-commit-home"
export ARTIFACTLINT_CACHE_DIR="$work/rule-cache"
# Git isolated from the machine's config (a global core.hooksPath would bypass pre-commit's hook).
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/gitconfig"
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.com GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.com
: >"$GIT_CONFIG_GLOBAL"

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f s", b - a }'; }

for tool in dotnet git pre-commit python3; do
  command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is not on PATH"
done

# ---------------------------------------------------------------------------------------------
step "dotnet pack at the repository root produces exactly one package: the ArtifactLint tool"
dotnet pack "$repo" -c Release -o "$work/pack" -v quiet >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; fail "dotnet pack failed"; }
shopt -s nullglob
packages=("$work"/pack/*.nupkg)
shopt -u nullglob
[ "${#packages[@]}" -eq 1 ] || fail "expected one package, found ${#packages[@]}: ${packages[*]##*/}"
package=${packages[0]}

# Every built-in rule and schema of the repository must be inside the package, beside the tool.
python3 - "$package" "$repo" <<'PY' || fail "the package is not the ArtifactLint tool with its rules and schemas (see above)"
import pathlib, re, sys, zipfile
package, repo = zipfile.ZipFile(sys.argv[1]), pathlib.Path(sys.argv[2])
names = set(package.namelist())
nuspec = package.read(next(n for n in names if n.endswith(".nuspec"))).decode("utf-8-sig")
problems = []
if re.search(r"<id>ArtifactLint</id>", nuspec) is None:
    problems.append("package id is not ArtifactLint")
if '<packageType name="DotnetTool"' not in nuspec:
    problems.append("package is not a DotnetTool")
tool = next((n.rsplit("/", 1)[0] for n in names if n.endswith("/DotnetToolSettings.xml")), None)
if tool is None:
    problems.append("no DotnetToolSettings.xml")
else:
    wanted = [p for p in repo.glob("rules/**/*") if p.suffix in (".csx", ".md")] + list(repo.glob("schemas/*.json"))
    missing = [str(p.relative_to(repo)) for p in wanted if f"{tool}/{p.relative_to(repo).as_posix()}" not in names]
    problems += [f"missing from the package: {m}" for m in missing]
    print(f"{len(wanted)} rule and schema files inside {tool}/")
for p in problems:
    print(p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
echo "ok: ${package##*/}"

step "dotnet tool install --tool-path, with no package source but the pack folder"
# The same isolation pre-commit uses: the tool must install without any registry.
printf '<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /></packageSources></configuration>\n' >"$work/nuget.config"
dotnet tool install --configfile "$work/nuget.config" --tool-path "$work/tools" --add-source "$work/pack" ArtifactLint >"$work/install.log" 2>&1 \
  || { cat "$work/install.log"; fail "dotnet tool install failed"; }

step "the installed tool lints the example repositories from another folder"
mkdir "$work/elsewhere"
set +e
(cd "$work/elsewhere" && "$work/tools/artifactlint" lint "$repo/examples/product-repo")
clean=$?
(cd "$work/elsewhere" && "$work/tools/artifactlint" lint --format json "$repo/examples/messy-repo" >"$work/messy.json")
messy=$?
set -e
[ "$clean" -eq 0 ] || fail "lint examples/product-repo exited $clean, expected 0"
[ "$messy" -eq 1 ] || fail "lint examples/messy-repo exited $messy, expected 1 (findings)"
python3 - "$work/messy.json" <<'PY' || fail "the messy example's JSON report has no schema findings"
import json, sys
report = json.load(open(sys.argv[1]))
ids = {f["ruleId"] for f in report["findings"]}
print(f"messy-repo: {len(report['findings'])} findings, rules {sorted(ids)}")
sys.exit(0 if "AL1001" in ids else 1)
PY

# ---------------------------------------------------------------------------------------------
step "pre-commit: a throwaway repository using this repository's hook at HEAD"
rev=$(git -C "$repo" rev-parse HEAD)
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
  echo "note: $repo has uncommitted changes; pre-commit tests the committed HEAD $rev"
fi
project="$work/project"
mkdir -p "$project/goals" "$project/backlog"
cd "$project"
git init -q
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: artifactlint
      - id: artifactlint-all
        stages: [manual]
EOF
printf 'as_of: 2026-11-27\n' >.artifactlint.yml
printf -- '---\nid: G-1\ntitle: Get invoices paid faster\nstatus: active\nkey_results:\n  - { metric: days to payment, baseline: 30, target: 20, unit: days }\n---\n' >goals/G-1.md
printf -- '---\nid: PB-1\ntitle: Pay now button\ntype: story\nstatus: ready\nestimate: 3\ngoals: [G-1]\n---\n## Acceptance criteria\n- [ ] The invoice email has a pay-now link\n' >backlog/PB-1.md
pre-commit install >/dev/null

# Runs `git commit` (and so the hook, through pre-commit); sets $status and $output.
commit() {
  local started
  started=$(now)
  set +e
  output=$(git commit -m "$1" 2>&1)
  status=$?
  set -e
  echo "git commit '$1': exit $status in $(elapsed "$started")"
}

git add .pre-commit-config.yaml .artifactlint.yml goals/G-1.md backlog/PB-1.md
commit "clean documents (first run: pre-commit clones, packs and installs the tool)"
[ "$status" -eq 0 ] || { printf '%s\n' "$output"; fail "the clean commit was refused"; }
grep -Eq '^artifactlint\.+Passed$' <<<"$output" || { printf '%s\n' "$output"; fail "the hook did not report Passed"; }

step "pre-commit: a document with a broken reference is refused, with the finding"
printf -- '---\nid: PB-2\ntitle: Export invoices\ntype: story\nstatus: new\nestimate: 5\ngoals: [G-9]\n---\n' >backlog/PB-2.md
git add backlog/PB-2.md
commit "a backlog item that names a goal that does not exist"
printf '%s\n' "$output"
[ "$status" -ne 0 ] || fail "the commit with a broken reference went through"
[ "$(git rev-list --count HEAD)" -eq 1 ] || fail "HEAD moved although the hook failed"
hook_exit=$(sed -n 's/^- exit code: \([0-9]*\)$/\1/p' <<<"$output")
[ "$hook_exit" = 1 ] || fail "expected the hook to exit 1 (findings), pre-commit reports '$hook_exit'"
# Exactly one finding, parsed from artifactlint's text format: path:line:col: severity id: message [name]
finding_re='^([^: ]+):([0-9]+):([0-9]+): (error|warning|info) ([A-Z]+[0-9]+): (.*) \[([a-z0-9-]+)\]$'
findings=()
while IFS= read -r line; do
  [[ $line =~ $finding_re ]] && findings+=("$line")
done <<<"$output"
[ "${#findings[@]}" -eq 1 ] || fail "expected exactly one finding, found ${#findings[@]}"
[[ ${findings[0]} =~ $finding_re ]]
actual="${BASH_REMATCH[1]}:${BASH_REMATCH[2]}:${BASH_REMATCH[3]} ${BASH_REMATCH[4]} ${BASH_REMATCH[5]} [${BASH_REMATCH[7]}]"
expected="backlog/PB-2.md:7:9 error AL3002 [reference-exists]"
[ "$actual" = "$expected" ] || fail "expected the finding '$expected', got '$actual'"
grep -Fq "'G-9'" <<<"${BASH_REMATCH[6]}" || fail "the message does not name the missing goal: ${BASH_REMATCH[6]}"
echo "ok: refused with $actual"

step "pre-commit: the fixed document goes through (warm: the tool is installed)"
sed -i 's/^goals: \[G-9\]$/goals: [G-1]/' backlog/PB-2.md
git add backlog/PB-2.md
commit "fixed status"
[ "$status" -eq 0 ] || { printf '%s\n' "$output"; fail "the fixed commit was refused"; }
[ "$(git rev-list --count HEAD)" -eq 2 ] || fail "the fixed commit is missing"

step "pre-commit: a commit that only deletes a referenced goal is refused, with the referrers"
git rm -q goals/G-1.md
commit "delete the goal"
printf '%s\n' "$output"
[ "$status" -ne 0 ] || fail "the commit that deletes a referenced goal went through"
grep -q "^backlog/PB-1.md:7:9: error AL3002: 'goals' references 'G-1'" <<<"$output" || fail "PB-1's broken reference is not reported"
grep -q "^backlog/PB-2.md:7:9: error AL3002: 'goals' references 'G-1'" <<<"$output" || fail "PB-2's broken reference is not reported"
git reset -q --hard

step "pre-commit: old findings do not block a commit that adds none; artifactlint-all reports them"
printf -- '---\nid: PB-3\ntitle: Old mistake\ntype: story\nstatus: redy\n---\n' >backlog/PB-3.md
git add backlog/PB-3.md
git commit -q --no-verify -m "a finding committed past the hook"
printf 'Notes.\n' >notes.txt
git add notes.txt
commit "an unrelated file"
[ "$status" -eq 0 ] || { printf '%s\n' "$output"; fail "a commit that adds no finding was refused"; }
set +e
output=$(pre-commit run --hook-stage manual artifactlint-all --all-files 2>&1)
status=$?
set -e
printf '%s\n' "$output"
[ "$status" -ne 0 ] || fail "artifactlint-all passed a repository with a finding"
grep -q "^backlog/PB-3.md:5:9: error AL1001:" <<<"$output" || fail "artifactlint-all did not report PB-3's finding"

step "pre-commit: a range (as on pre-push) is linted at its end against its start"
# HEAD~2 is the fixed commit; HEAD~1 added PB-3's finding past the hook; HEAD only adds notes.txt.
set +e
output=$(pre-commit run artifactlint --from-ref HEAD~2 --to-ref HEAD 2>&1)
status=$?
set -e
printf '%s\n' "$output"
[ "$status" -ne 0 ] || fail "the range that adds PB-3's finding passed"
grep -q "^backlog/PB-3.md:5:9: error AL1001:" <<<"$output" || fail "the range did not report PB-3's finding"
set +e
output=$(pre-commit run artifactlint --from-ref HEAD~1 --to-ref HEAD 2>&1)
status=$?
set -e
[ "$status" -eq 0 ] || { printf '%s\n' "$output"; fail "the range that adds no finding was refused"; }

printf '\nOK: packed tool and pre-commit hooks\n'
