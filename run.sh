#!/usr/bin/env bash
# plan-review: builds the application when the sources have changed, then runs it.
# ./run.sh --help lists the commands and options.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$home/target/plan-review.jar"

if ! command -v java >/dev/null 2>&1; then
  echo "plan-review needs Java 17 or later: install it (e.g. apt-get install openjdk-17-jdk) and try again." >&2
  exit 1
fi

# Rebuild when the jar is missing or older than the code. Settings (config/) and document templates
# (templates/) are read from disk at each run, so editing them needs no rebuild.
stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$home/pom.xml" "$home/src/main" -newer "$jar" -print -quit 2>/dev/null)" ]
}
mkdir -p "$home/data"
if stale; then
  echo "Building plan-review (first run, or the code has changed)..."
  if ! (cd "$home" && ./mvnw -q -B -Dmaven.test.skip=true package >"$home/data/build.log" 2>&1); then
    echo "The build failed; see $home/data/build.log." >&2
    exit 1
  fi
  rm -f "$home/data/build.log"
fi

# A review is a short, busy run: the quick JIT compiler alone finishes it sooner than waiting for the
# optimising one (measured: README, Performance). JAVA_OPTS comes after, so it can say otherwise.
exec java -XX:TieredStopAtLevel=1 ${JAVA_OPTS:-} -Dplanreview.home="$home" -jar "$jar" "$@"
