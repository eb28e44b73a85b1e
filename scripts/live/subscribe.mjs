// Subscribes over graphql-transport-ws (the graphql-ws package) and prints one JSON line per thing that happens:
//   {"event":"connected"}, {"op":i,"type":"next","payload":…}, {"op":i,"type":"error","payload":…},
//   {"op":i,"type":"complete"}, {"event":"closed","code":…,"reason":…}
// Usage: node subscribe.mjs <ws-url> <api-key or -> <operations.json>
// operations.json: [{"query": "...", "variables": {...}}, ...], all subscribed on one connection.
// Exits when every operation has completed or failed, or when the connection closes.
import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, key, file] = process.argv.slice(2);
const operations = JSON.parse(readFileSync(file, 'utf8'));
const headers = key === '-' ? {} : { 'X-API-Key': key };
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

class KeyedWebSocket extends WebSocket {
  constructor(address, protocols) {
    super(address, protocols, { headers });
  }
}

const client = createClient({
  url,
  webSocketImpl: KeyedWebSocket,
  retryAttempts: 0,
  lazy: false,
  on: {
    connected: () => print({ event: 'connected' }),
    closed: (event) => {
      print({ event: 'closed', code: event?.code ?? null, reason: String(event?.reason ?? '') });
      process.exit(0);
    },
  },
  onNonLazyError: (error) => print({ event: 'failed', reason: String(error?.message ?? error?.code ?? error) }),
});

let open = operations.length;
const finished = () => {
  open -= 1;
  if (open === 0) {
    client.dispose().finally(() => process.exit(0));
  }
};
operations.forEach((operation, op) => {
  client.subscribe(operation, {
    next: (payload) => print({ op, type: 'next', payload }),
    error: (payload) => {
      print({ op, type: 'error', payload: Array.isArray(payload) ? payload : String(payload?.message ?? payload) });
      finished();
    },
    complete: () => {
      print({ op, type: 'complete' });
      finished();
    },
  });
});
