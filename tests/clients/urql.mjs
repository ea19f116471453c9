// urql (@urql/core 6) with its default exchanges: queries (sent as GET, its default within the URL limit),
// paging forwards and backwards by cursor, a mutation's typed errors, and subscriptions over graphql-sse,
// over graphql-ws and over its own fetch (text/event-stream).
// Usage: node urql.mjs '<scenario JSON>'. Prints what each step received as JSON.
import { Client, cacheExchange, fetchExchange, subscriptionExchange, gql } from '@urql/core';
import { pipe, subscribe } from 'wonka';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { prepared, firstEvents } from './events.mjs';

const { url, pupilToken, employerName, offerIds, applicationId, lastCursor, change } = prepared();
const requests = [];
const recordingFetch = (input, init) => { requests.push(init?.method ?? 'GET'); return fetch(input, init); };

const page = gql`
  query Page($where: OfferFilterInput, $first: Int, $after: String, $last: Int, $before: String) {
    offers(where: $where, order: [{ title: ASC }], first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id title }
    }
  }`;
const where = { employerName: { eq: employerName } };
const titles = (result) => {
  if (result.error) throw result.error;
  return result.data.offers;
};

const anonymous = new Client({ url, exchanges: [cacheExchange, fetchExchange], fetch: recordingFetch });
const results = {};

const first = titles(await anonymous.query(page, { where, first: 2 }).toPromise());
const second = titles(await anonymous.query(page, { where, first: 2, after: first.pageInfo.endCursor }).toPromise());
const back = titles(await anonymous.query(page, { where, last: 2, before: second.pageInfo.startCursor }).toPromise());
results.paging = { first, second, back, methods: [...requests] };

const subscription = gql`
  subscription Follow($id: ID, $after: String) {
    applicationStatusChanged(applicationId: $id, after: $after) { cursor from to }
  }`;
const authorization = `Bearer ${pupilToken}`;
const sse = createSseClient({ url, headers: { Authorization: authorization }, retryAttempts: 0 });
const ws = createWsClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: authorization }, retryAttempts: 0 });
const over = (transport) => new Client({
  url,
  fetchOptions: { headers: { Authorization: authorization } },
  exchanges: [cacheExchange, fetchExchange, subscriptionExchange({
    forwardSubscription: (request) => ({
      subscribe: (sink) => ({ unsubscribe: transport.subscribe({ ...request, query: request.query ?? '' }, sink) }),
    }),
  })],
});
const follow = (client, after, count, what) => firstEvents(count, (sink) => {
  const { unsubscribe } = pipe(client.subscription(subscription, { id: applicationId, after }),
    subscribe((result) => (result.error ? sink.error(result.error) : sink.next(result.data.applicationStatusChanged))));
  return unsubscribe;
}, what);

try {
  const submitted = await lastCursor();
  // Over graphql-ws: live, the change made once the subscription is open.
  const overWs = follow(over(ws), submitted, 1, 'urql over graphql-ws');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await change('markApplicationRead');
  results.ws = await overWs;
  // Over graphql-sse: resumed after the submission (the READ change replayed), then ACCEPTED live.
  const overSse = follow(over(sse), submitted, 2, 'urql over graphql-sse');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await change('acceptApplication');
  results.sse = await overSse;
  // urql's own fetch transport with fetchSubscriptions: the same request accepting text/event-stream.
  const own = new Client({ url, fetchSubscriptions: true, fetchOptions: { headers: { Authorization: authorization } }, exchanges: [cacheExchange, fetchExchange] });
  results.fetch = await follow(own, submitted, 2, 'urql fetchSubscriptions');

  const apply = gql`
    mutation Apply($input: ApplyToOfferInput!) {
      applyToOffer(input: $input) { application { id status } errors { __typename ... on Error { message } } }
    }`;
  const pupil = new Client({ url, fetchOptions: { headers: { Authorization: authorization } }, exchanges: [cacheExchange, fetchExchange] });
  const again = await pupil.mutation(apply, { input: { offerId: offerIds[0], weeks: ['2026-W25'], motivation: 'Encore une fois.' } }).toPromise();
  if (again.error) throw again.error;
  results.again = again.data.applyToOffer;
} finally {
  sse.dispose();
  await ws.dispose();
}
console.log(JSON.stringify(results));
