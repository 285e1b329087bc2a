#!/usr/bin/env bash
# Issue 13's check: ten runs of `npm ci && npm test`, each from a fresh clone of COMMIT with
# ../shared beside it (when SHARED exists); runs 6–10 beside a process that keeps one core busy.
#   scripts/ten-runs.sh COMMIT [OUT_DIR]        (results in OUT_DIR/log.txt, default /tmp/ten-runs)
set -u
COMMIT=${1:?usage: scripts/ten-runs.sh COMMIT [OUT_DIR]}
OUT=${2:-/tmp/ten-runs}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
mkdir -p "$OUT"
LOG=$OUT/log.txt
echo "commit $COMMIT start $(date -u +%H:%M:%S)" >>"$LOG"
for i in 1 2 3 4 5 6 7 8 9 10; do
  d=$OUT/r$i
  rm -rf "$d" && mkdir -p "$d"
  git clone -q "$REPO" "$d/repo" && git -C "$d/repo" checkout -q "$COMMIT"
  [ -d "$SHARED" ] && ln -s "$SHARED" "$d/shared"
  HOG=""
  if [ "$i" -ge 6 ]; then
    node -e 'for(;;){Math.sqrt(Math.random())}' &
    HOG=$!
  fi
  start=$(date +%s)
  (cd "$d/repo" && npm ci --no-audit --no-fund >/dev/null 2>&1 && npm test) >"$d/out.txt" 2>&1
  rc=$?
  end=$(date +%s)
  [ -n "$HOG" ] && kill "$HOG"
  summary=$(sed 's/\x1b\[[0-9;]*m//g' "$d/out.txt" | grep -E '^\s+(Test Files|Tests|Duration)' | tr -s ' ' | tr '\n' ' ')
  echo "run $i hog=$([ -n "$HOG" ] && echo yes || echo no) rc=$rc wall=$((end - start))s load=$(cut -d' ' -f1-3 /proc/loadavg) | $summary" >>"$LOG"
  rm -rf "$d/repo/node_modules"
done
echo "done $(date -u +%H:%M:%S)" >>"$LOG"
