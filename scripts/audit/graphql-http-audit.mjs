// Runs graphql-http's own server audit (the GraphQL-over-HTTP spec's MUST/SHOULD/MAY checks) against a URL.
//
//   cd scripts/audit && npm ci && node graphql-http-audit.mjs http://localhost:8080/graphql [--json FILE]
//
// Prints one line per audit ("MUST ok", "SHOULD warn", ...). Exits 1 when any MUST fails (graphql-http reports a
// failed MUST as status "error", a failed SHOULD as "warn" and a failed MAY as "notice"), 2 on a usage error.
// WHOSAID_API_KEY, when set, is sent as X-API-Key (needed when the service runs with whosaid.auth.reads=token).
import { serverAudits } from 'graphql-http';
import { writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const url = args.find((a) => !a.startsWith('--'));
const jsonIndex = args.indexOf('--json');
const jsonFile = jsonIndex >= 0 ? args[jsonIndex + 1] : undefined;
if (!url || (jsonIndex >= 0 && !jsonFile)) {
  console.error('usage: node graphql-http-audit.mjs URL [--json FILE]');
  process.exit(2);
}

const apiKey = process.env.WHOSAID_API_KEY;
const fetchFn = (input, init = {}) => {
  if (!apiKey) return fetch(input, init);
  const headers = new Headers(init.headers || {});
  headers.set('x-api-key', apiKey);
  return fetch(input, { ...init, headers });
};

const results = [];
for (const audit of serverAudits({ url, fetchFn })) {
  // One at a time: the audit is a conformance check, not a load test.
  const result = await audit.fn();
  const level = result.name.split(' ')[0];
  const failed = result.status !== 'ok';
  let detail = '';
  if (failed) {
    const status = result.response ? result.response.status : '?';
    detail = ` -- ${result.reason} (HTTP ${status})`;
  }
  console.log(`${level} ${result.status} ${result.id} ${result.name}${detail}`);
  results.push({ id: result.id, level, status: result.status, name: result.name, reason: result.reason ?? null });
}

const count = (level, status) => results.filter((r) => r.level === level && (status ? r.status === status : true)).length;
const summary = ['MUST', 'SHOULD', 'MAY'].map((level) => `${level}: ${count(level, 'ok')}/${count(level)} ok`).join(', ');
console.log(`SUMMARY ${summary}`);
if (jsonFile) {
  writeFileSync(jsonFile, JSON.stringify(results, null, 2));
}
const mustFailures = results.filter((r) => r.status === 'error');
if (mustFailures.length > 0) {
  console.error(`${mustFailures.length} MUST audit(s) failed`);
  process.exit(1);
}
