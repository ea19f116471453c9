// Apollo Client 4 with its stock links and cache: relayStylePagination merging pages fetched by fetchMore,
// BatchHttpLink (two queries in one HTTP request), PersistedQueryLink sending hashed queries as GET (with the
// API's cache headers and a 304 for the ETag), and GraphQLWsLink following an application live.
// Usage: node apollo.mjs '<scenario JSON>'. Prints what each step received as JSON.
import { createHash } from 'node:crypto';
import { ApolloClient, InMemoryCache, HttpLink, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { BatchHttpLink } from '@apollo/client/link/batch-http';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { prepared, firstEvents, timeout } from './events.mjs';

const { url, pupilToken, employerName, applicationId, lastCursor, change } = prepared();
const exchanges = [];
const recordingFetch = async (input, init) => {
  const response = await fetch(input, init);
  exchanges.push({
    method: init?.method ?? 'GET',
    url: String(input),
    batch: typeof init?.body === 'string' && init.body.startsWith('['),
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    etag: response.headers.get('etag'),
  });
  return response;
};
const results = {};

// relayStylePagination: fetchMore's page is appended to the cached connection.
const offers = gql`
  query Offers($where: OfferFilterInput, $after: String) {
    offers(where: $where, order: [{ title: ASC }], first: 2, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title } }
    }
  }`;
const paging = new ApolloClient({
  link: new HttpLink({ uri: url, fetch: recordingFetch }),
  cache: new InMemoryCache({ typePolicies: { Query: { fields: { offers: relayStylePagination(['where', 'order', 'near', 'search']) } } } }),
});
const watched = paging.watchQuery({ query: offers, variables: { where: { employerName: { eq: employerName } } } });
// The watched query emits the merged connection shortly after fetchMore resolves.
let latest = null;
let onEmit = () => {};
const watching = watched.subscribe((result) => { if (result.data?.offers) { latest = result.data; onEmit(); } });
const emission = (atLeast) => Promise.race([
  new Promise((resolve) => {
    onEmit = () => { if (latest.offers.edges.length >= atLeast) resolve(latest); };
    if (latest) onEmit();
  }),
  timeout(10000, `a watched result with ${atLeast} offers`),
]);
try {
  const titlesOf = (data) => data.offers.edges.map((edge) => edge.node.title);
  const firstPage = await emission(1);
  results.firstPage = titlesOf(firstPage);
  await watched.fetchMore({ variables: { after: firstPage.offers.pageInfo.endCursor } });
  const merged = await emission(3);
  results.merged = { titles: titlesOf(merged), hasNextPage: merged.offers.pageInfo.hasNextPage, totalCount: merged.offers.totalCount };
} finally {
  watching.unsubscribe();
}

// BatchHttpLink: queries made together travel as one JSON array.
exchanges.length = 0;
const batching = new ApolloClient({ link: new BatchHttpLink({ uri: url, fetch: recordingFetch }), cache: new InMemoryCache() });
const [sectors, offer] = await Promise.all([
  batching.query({ query: gql`query Sectors { sectors { code } }` }),
  batching.query({ query: gql`query Count($where: OfferFilterInput) { offers(where: $where) { totalCount } }`, variables: { where: { employerName: { eq: employerName } } } }),
]);
results.batch = { sectors: sectors.data.sectors.length, totalCount: offer.data.offers.totalCount, requests: [...exchanges] };

// PersistedQueryLink over GET: the hash alone, the query once when unknown, then the hash alone again.
exchanges.length = 0;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const persisted = new ApolloClient({
  link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: url, fetch: recordingFetch })),
  cache: new InMemoryCache(),
});
const sectorNames = gql`query SectorNames { sectors { code name } }`;
const once = await persisted.query({ query: sectorNames, fetchPolicy: 'network-only' });
const twice = await persisted.query({ query: sectorNames, fetchPolicy: 'network-only' });
const cached = exchanges.at(-1);
const revalidated = await fetch(cached.url, { headers: { 'If-None-Match': cached.etag } });
results.persisted = { sectors: [once.data.sectors.length, twice.data.sectors.length], requests: [...exchanges], revalidated: revalidated.status };

// GraphQLWsLink: the pupil follows the application, resumed after its submission, then live.
const ws = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${pupilToken}` }, retryAttempts: 0 });
const live = new ApolloClient({ link: new GraphQLWsLink(ws), cache: new InMemoryCache() });
try {
  const submitted = await lastCursor();
  const following = firstEvents(2, (sink) => {
    const subscription = live.subscribe({
      query: gql`subscription Follow($id: ID, $after: String) { applicationStatusChanged(applicationId: $id, after: $after) { cursor from to } }`,
      variables: { id: applicationId, after: submitted },
    }).subscribe({
      next: (result) => (result.error ? sink.error(result.error) : sink.next(result.data.applicationStatusChanged)),
      error: sink.error,
      complete: sink.complete,
    });
    return () => subscription.unsubscribe();
  }, 'GraphQLWsLink');
  await change('markApplicationRead');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await change('acceptApplication');
  results.ws = await following;
} finally {
  await ws.dispose();
}
console.log(JSON.stringify(results));
