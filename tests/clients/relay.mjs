// relay-compiler 21 compiles relay/ClientsRelay.js against schema/stage.graphql into a temporary folder (a
// connection fragment on Query with @connection and @refetchable, a @refetchable Offer fragment), then
// relay-runtime runs the artifacts over fetch: the first page, the next page appended to the same connection
// by the generated pagination query, and an offer refetched through `node`.
// Usage: node relay.mjs '<scenario JSON>'. Prints what Relay's store holds after each step as JSON.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import relay from 'relay-runtime';
import { prepared } from './events.mjs';

const { Environment, Network, RecordSource, Store, createOperationDescriptor, getSelector, fetchQuery } = relay;
const { url, employerName, offerIds, repository } = prepared();
const here = new URL('.', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'stage-relay-'));
try {
  cpSync(join(here, 'relay'), join(folder, 'src'), { recursive: true });
  cpSync(join(repository, 'schema', 'stage.graphql'), join(folder, 'schema.graphql'));
  writeFileSync(join(folder, 'relay.config.json'), JSON.stringify({
    src: './src', schema: './schema.graphql', language: 'javascript', artifactDirectory: './__generated__', eagerEsModules: false,
  }));
  mkdirSync(join(folder, '__generated__'));
  execFileSync(join(here, 'node_modules', '.bin', 'relay-compiler'), [], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
  const artifacts = readdirSync(join(folder, '__generated__')).sort();
  const load = createRequire(join(folder, '__generated__', 'index.js'));
  const OffersQuery = load('./ClientsRelayQuery.graphql');
  const OffersFragment = load('./ClientsRelay_offers.graphql');
  const PaginationQuery = load('./ClientsRelayOffersPaginationQuery.graphql');
  const OfferFragment = load('./ClientsRelay_offer.graphql');
  const RefetchQuery = load('./ClientsRelayOfferRefetchQuery.graphql');

  const requests = [];
  const environment = new Environment({
    network: Network.create(async (operation, variables) => {
      requests.push(operation.name);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: operation.text, variables }),
      });
      return response.json();
    }),
    store: new Store(new RecordSource()),
  });
  const run = async (query, variables) => {
    const operation = createOperationDescriptor(query, variables);
    environment.retain(operation);
    await fetchQuery(environment, query, variables).toPromise();
    return environment.lookup(operation.fragment).data;
  };
  const where = { employerName: { eq: employerName } };
  const readOffers = (root) => {
    const { offers } = environment.lookup(getSelector(OffersFragment, root)).data;
    return { totalCount: offers.totalCount, titles: offers.edges.map((edge) => edge.node.title), hasNextPage: offers.pageInfo.hasNextPage };
  };

  const root = await run(OffersQuery, { where });
  const firstPage = readOffers(root);
  const { offers } = environment.lookup(getSelector(OffersFragment, root)).data;
  await run(PaginationQuery, { count: 2, cursor: offers.pageInfo.endCursor, where });
  const appended = readOffers(root);

  const refetched = await run(RefetchQuery, { id: offerIds[2] });
  const offer = environment.lookup(getSelector(OfferFragment, refetched.node)).data;

  console.log(JSON.stringify({ artifacts, firstPage, appended, offer, requests }));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
