#!/usr/bin/env bash
# WhoSaid soak: N minutes of mixed reads and writes by concurrent clients over HTTP, then a report (requests,
# errors by code, p50/p99 per operation) and a count check (articles gained == distinct articles sent, no id
# held by two nodes). Bounded: it stops by itself. Exit status 0 when there were no errors and the checks hold.
#
#   scripts/soak.sh                         5 minutes, 32 clients, on a service it starts itself from
#                                           target/quarkus-app (fresh store in a temp folder, free ports)
#   scripts/soak.sh --minutes 1 --clients 8
#   scripts/soak.sh --url http://localhost:8080/graphql --api-key KEY [--bolt bolt://localhost:7687 --bolt-password P]
#                                           against a running service (KEY: an editor API key; --bolt enables
#                                           the duplicate-id check in Neo4j itself)
#
# The driver is in the tools module (tools/src/test/java/io/whosaid/soak). It runs through Maven too:
#   ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.whosaid.soak.SoakMain \
#          -Dexec.args="--minutes 5 --clients 32"
set -euo pipefail
cd "$(dirname "$0")/.."

log() { echo "soak: $*" >&2; }

maven_flags=(-B -q)
[ -d target/neo4j-lib ] && maven_flags+=(-Dexec.skip=true)
jar=target/quarkus-app/quarkus-run.jar
main=tools/target/test-classes/io/whosaid/soak/SoakMain.class
classpath=tools/target/classpath.txt
if [[ " $* " != *" --url "* ]] && { [ ! -f "$jar" ] || [ -n "$(find pom.xml service/pom.xml src/main cypher -newer "$jar" -type f -print -quit)" ]; }; then
  log "building the service and the tools (./mvnw package -DskipTests)"
  ./mvnw "${maven_flags[@]}" package -DskipTests
fi
if [ ! -f "$main" ] || [ ! -f "$classpath" ] || [ -n "$(find tools/pom.xml tools/src src/test src/main -newer "$main" -type f -print -quit)" ]; then
  log "compiling the soak driver (./mvnw test-compile)"
  ./mvnw "${maven_flags[@]}" test-compile
fi

exec java -Xmx512m -cp "tools/target/test-classes:tools/target/classes:$(cat "$classpath")" io.whosaid.soak.SoakMain "$@"
