#!/bin/sh
# Edit → new page with `handson serve`: edits the last cell of a chapter N times and measures
# from the file's save to the page, fetched again, showing the edit; then times a run of the
# same chapter from scratch. Usage: bench/preview-latency.sh [handson] [chapter] [runs]
# (SERVE_BOOK=1 serves the whole book instead of the one chapter; the first build then runs
# every chapter, the edits still re-run only the changed cell.)
set -eu
HANDSON=$(realpath "${1:-.build/debug/handson}")
CHAPTER=${2:-chapters/10-2-perceptron.md}
RUNS=${3:-5}
WORK=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
cp -r chapters "$WORK/" && cp book.yml "$WORK/" 2>/dev/null || true
cd "$WORK"
PAGE=$(basename "$CHAPTER" .md).html
if [ "${SERVE_BOOK:-0}" = 1 ]; then
  "$HANDSON" serve --port 0 --verbose > serve.log 2>&1 &
else
  "$HANDSON" serve "$CHAPTER" --port 0 --verbose > serve.log 2>&1 &
fi
SERVER=$!
until grep -q "Serving" serve.log; do sleep 0.05; done
PORT=$(sed -n 's|.*localhost:\([0-9]*\)/.*|\1|p' serve.log)
LAST=$(grep -n '^```swift' "$CHAPTER" | tail -1 | cut -d: -f1)
for k in $(seq 1 "$RUNS"); do
  # Append a print to the last cell (the line after its opening fence).
  sed -i "$((LAST))a print(\"edit $k\")" "$CHAPTER"
  T0=$(date +%s.%N)
  until curl -s "http://localhost:$PORT/$PAGE" | grep -q "edit $k"; do sleep 0.005; done
  T1=$(date +%s.%N)
  echo "edit $k: page shows it after $(echo "$T1 - $T0" | bc) s"
done
grep "built in" serve.log | tail -n "$RUNS"
grep "running again" serve.log | tail -n 1 || true
for k in 1 2 3; do
  /usr/bin/time -f "from scratch: handson run %e s" "$HANDSON" run "$CHAPTER" > /dev/null
done
