// Drives the Stage server with the reference real-time clients: npm graphql-ws 6.4.2 (WebSocket,
// graphql-transport-ws) and graphql-sse (Server-Sent Events, distinct connections mode).
// Usage: node realtime.mjs <graphql url> <pupil token> <employer token> <application id>
// Prints one JSON object with what each client received.
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';
import { scenario, timeout } from './scenario.mjs';

const [url, pupilToken, employerToken, applicationId] = process.argv.slice(2);
const { lastCursor, change } = scenario(url, pupilToken, employerToken, applicationId);

const subscription = 'subscription ($id: ID, $after: String) { applicationStatusChanged(applicationId: $id, after: $after) { cursor from to authorRole } }';

// First event of a subscription, then the subscription is disposed.
function firstEvent(subscribe, what) {
  return Promise.race([
    new Promise((resolve, reject) => {
      const dispose = subscribe({
        next: (result) => { dispose(); resolve(result); },
        error: reject,
        complete: () => {},
      });
    }),
    timeout(15000, what),
  ]);
}

const ws = createWsClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${pupilToken}` }, retryAttempts: 0 });
const results = {};
try {
  const submitted = await lastCursor();
  const wsEvent = firstEvent((sink) => ws.subscribe({ query: subscription, variables: { id: applicationId, after: submitted } }, sink), 'ws event');
  await change('markApplicationRead');
  results.ws = await wsEvent;

  results.wsQuery = await firstEvent((sink) => ws.subscribe({ query: '{ sectors { code } }' }, sink), 'ws query');

  const sse = createSseClient({ url, headers: { Authorization: `Bearer ${pupilToken}` }, retryAttempts: 0 });
  const afterRead = results.ws.data.applicationStatusChanged.cursor;
  const sseEvent = firstEvent((sink) => sse.subscribe({ query: subscription, variables: { id: applicationId, after: afterRead } }, sink), 'sse event');
  await change('acceptApplication');
  results.sse = await sseEvent;
  sse.dispose();

  const refused = createWsClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: 'Bearer nope' }, retryAttempts: 0 });
  results.refused = await Promise.race([
    new Promise((resolve) => refused.subscribe({ query: '{ sectors { code } }' }, {
      next: () => resolve({ unexpected: 'next' }),
      error: (e) => resolve({ code: e.code, reason: e.reason }),
      complete: () => {},
    })),
    timeout(15000, 'refused connection'),
  ]);
  await refused.dispose();
} finally {
  await ws.dispose();
}
console.log(JSON.stringify(results));
