// Runs graphql-http's server audit suite against a GraphQL-over-HTTP endpoint and prints one JSON
// document with every audit's outcome. Usage: node audit.mjs http://127.0.0.1:PORT/graphql ['{"header":"value"}']
// The optional headers (an API key, a bearer token) are added to every request of the suite.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url> [headers as JSON]');
  process.exit(2);
}

const extraHeaders = JSON.parse(process.argv[3] ?? '{}');
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
  return fetch(input, { ...init, headers });
};

const results = await auditServer({ url, fetchFn });
const audits = await Promise.all(results.map(async (result) => ({
  id: result.id,
  name: result.name,
  status: result.status,
  reason: result.status === 'ok' ? null : result.reason,
  response: result.status === 'ok' ? null : await describe(result.response),
})));
console.log(JSON.stringify({ audits }));

async function describe(response) {
  if (!response) return null;
  let body = '';
  try { body = (await response.text()).slice(0, 500); } catch { /* already read */ }
  return { status: response.status, contentType: response.headers.get('content-type'), body };
}
