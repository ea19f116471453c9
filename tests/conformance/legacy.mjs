// Drives the Stage server with Apollo's legacy client, npm subscriptions-transport-ws 0.11.0 (the `graphql-ws`
// subprotocol), with its defaults but for the WebSocket implementation (Node has none built in).
// Usage: node legacy.mjs <graphql url> <pupil token> <employer token> <application id> <api key> <allowed origin>
// Prints one JSON object with what the client received.
import subscriptionsTransportWs from 'subscriptions-transport-ws';
import WebSocket from 'ws';
import { scenario, timeout } from './scenario.mjs';

const { SubscriptionClient } = subscriptionsTransportWs;
const [url, pupilToken, employerToken, applicationId, apiKey, origin] = process.argv.slice(2);
const wsUrl = url.replace(/^http/, 'ws');
const { lastCursor, change } = scenario(url, pupilToken, employerToken, applicationId);

// Everything an operation's observable reports until it completes or fails (or its first result, when asked).
function observe(client, request, { firstOnly = false } = {}) {
  return Promise.race([
    new Promise((resolve) => {
      const seen = [];
      const subscription = client.request(request).subscribe({
        next: (result) => {
          seen.push({ next: result });
          if (firstOnly) {
            subscription.unsubscribe();
            resolve(seen);
          }
        },
        error: (error) => { seen.push({ error: { message: error.message, code: error.extensions?.code } }); resolve(seen); },
        complete: () => { seen.push({ complete: true }); resolve(seen); },
      });
    }),
    timeout(15000, JSON.stringify(request)),
  ]);
}

// The connection_error and close code of a client whose connection_init is refused.
function refusal(options) {
  return Promise.race([
    new Promise((resolve) => {
      const result = {};
      const client = new SubscriptionClient(wsUrl, {
        ...options,
        connectionCallback: (error) => { if (error) result.connectionError = error; },
      }, WebSocket);
      client.client.on('close', (code) => { result.code = code; resolve(result); });
      client.request({ query: '{ __typename }' }).subscribe({ next: () => { result.unexpected = 'next'; } });
    }),
    timeout(15000, 'refused connection'),
  ]).then((result) => result, (error) => ({ timeout: error.message }));
}

const client = new SubscriptionClient(wsUrl, { connectionParams: { Authorization: `Bearer ${pupilToken}` } }, WebSocket);
const results = {};
try {
  const submitted = await lastCursor();
  const subscription = 'subscription ($id: ID, $after: String) { applicationStatusChanged(applicationId: $id, after: $after) { cursor from to authorRole } }';
  const event = observe(client, { query: subscription, variables: { id: applicationId, after: submitted } }, { firstOnly: true });
  await change('markApplicationRead');
  results.event = (await event)[0].next;
  results.query = await observe(client, { query: '{ sectors { code } }' });
  results.invalid = await observe(client, { query: '{ noSuchField }' });
  results.refused = await refusal({ connectionParams: { Authorization: 'Bearer nope' } });
} finally {
  client.close();
}

// A portal's page: its key in the connection parameters, its origin on the upgrade request.
const portal = new SubscriptionClient(wsUrl, { connectionParams: { apiKey }, wsOptionArguments: [{ origin }] }, WebSocket);
try {
  results.portal = await observe(portal, { query: '{ offers(first: 1) { totalCount } }' });
} finally {
  portal.close();
}
results.otherOrigin = await Promise.race([
  new Promise((resolve) => {
    const socket = new WebSocket(wsUrl, 'graphql-ws', { origin: 'https://elsewhere.example' });
    socket.on('unexpected-response', (request, response) => {
      request.destroy();
      resolve({ status: response.statusCode });
    });
    socket.on('error', () => {});
    socket.on('open', () => resolve({ opened: true }));
  }),
  timeout(15000, 'other origin'),
]);
console.log(JSON.stringify(results));
