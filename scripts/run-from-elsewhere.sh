#!/usr/bin/env bash
# Checks that the built service starts from a folder other than the project's (java -jar path/to/quarkus-run.jar):
# it must find the embedded Neo4j's jars beside itself and answer /q/health/ready. Its store goes to a temporary
# folder, on free ports, and it is stopped afterwards. Build first: ./mvnw -B -q package -DskipTests
set -euo pipefail
project="$(cd "$(dirname "$0")/.." && pwd)"
jar="$project/target/quarkus-app/quarkus-run.jar"
[ -f "$jar" ] || { echo "run-from-elsewhere: $jar missing; build first" >&2; exit 2; }
elsewhere="$(mktemp -d)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
http_port=$(free_port); bolt_port=$(free_port); management_port=$(free_port)
cd "$elsewhere"
QUARKUS_HTTP_PORT=$http_port QUARKUS_MANAGEMENT_PORT=$management_port WHOSAID_NEO4J_EMBEDDED_BOLT_PORT=$bolt_port WHOSAID_SAMPLES_LOAD=false \
  java -Xmx256m -jar "$jar" > service.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$elsewhere"' EXIT
for _ in $(seq 1 300); do
  if curl -fsS "http://127.0.0.1:$http_port/q/health/ready" >/dev/null 2>&1; then
    echo "run-from-elsewhere: ready from $elsewhere (store in $elsewhere/data/neo4j)"
    exit 0
  fi
  if ! kill -0 $pid 2>/dev/null; then
    echo "run-from-elsewhere: the service exited; its log:" >&2; grep -E "ERROR|Caused by" service.log >&2; exit 1
  fi
  sleep 1
done
echo "run-from-elsewhere: not ready after 300 s; its log:" >&2; grep -E "ERROR|Caused by" service.log >&2
exit 1
