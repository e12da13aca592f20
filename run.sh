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

# Builds with the Maven wrapper when the product (or its code) is older than the sources. Settings
# (config/) and document templates (templates/) are read from disk at each run: editing them needs no build.
build() { # what-to-check goal...
  local product="$1"; shift
  [ -f "$product" ] && [ -z "$(find "$home/pom.xml" "$home/src" -newer "$product" -print -quit 2>/dev/null)" ] && return 0
  echo "Building plan-review (first run, or the code has changed)..."
  if ! (cd "$home" && ./mvnw -q -B "$@" >"$home/data/build.log" 2>&1); then
    echo "The build failed; see $home/data/build.log." >&2
    exit 1
  fi
  rm -f "$home/data/build.log"
}
# data/ holds the database and the log, with every lead's and signatory's name: private to this account.
mkdir -p "$home/data" && chmod 700 "$home/data"

# The sample generator is not part of the application: it is built with the tests and run from there.
if [ "${1:-}" = "sample" ]; then
  shift
  build "$home/target/sample.classpath" -DskipTests test-compile
  touch "$home/target/sample.classpath"
  exec java ${JAVA_OPTS:-} -cp "$home/target/test-classes:$home/target/classes:$(cat "$home/target/sample.classpath")" \
    uk.gov.london.planreview.sample.SampleGenerator "$@"
fi

# Only one run.sh prepares the program at a time (the schedule and a manual run may start together).
exec 9>"$home/data/.prepare.lock"
flock 9
build "$jar" -Dmaven.test.skip=true package

# Start-up: the program runs from its jar unpacked (target/app), with a class-data-sharing archive of
# the classes a review loads, made by one training review of input/ after each build. Measured in
# README, Performance. Without an archive (the training failed) it runs as well, only slower to start;
# the training is tried once per build, not at every start.
app="$home/target/app"
archive="$app/plan-review.jsa"
trained="$app/.trained"
if [ ! -f "$app/plan-review.jar" ] || [ "$jar" -nt "$app/plan-review.jar" ]; then
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
fi
if [ ! -e "$trained" ] && [ -d "$home/input" ]; then
  echo "Preparing a faster start (once after each build)..."
  training="$(mktemp -d)"
  java -XX:TieredStopAtLevel=1 -Xlog:cds*=off -XX:ArchiveClassesAtExit="$archive" -Dplanreview.home="$home" \
    -Dplanreview.progress=false -Dlogging.file.name="$training/log" \
    -Dspring.datasource.url="jdbc:h2:file:$training/db/plan-review" -jar "$app/plan-review.jar" \
    --input "$home/input" --output "$training/output" >/dev/null 2>&1 || rm -f "$archive"
  rm -rf "$training"
  touch "$trained"
fi
exec 9>&-
share=()
[ -f "$archive" ] && share=(-XX:SharedArchiveFile="$archive" -Xlog:cds*=off)

# A review is a short, busy run: the quick JIT compiler alone finishes it sooner than waiting for the
# optimising one, and a London run needs far less heap than the JVM would let itself grow to (measured:
# README, Performance). JAVA_OPTS comes after, so it can say otherwise (-Xmx2g for a larger run).
exec java -XX:TieredStopAtLevel=1 -Xmx512m "${share[@]}" ${JAVA_OPTS:-} -Dplanreview.home="$home" \
  -jar "$app/plan-review.jar" "$@"
