// Introspects a running Stage server the way graphql-js 16 tools do with every option on, rebuilds the
// schema from the answer and prints it next to schema/stage.graphql, both sorted and through graphql-js's printer.
// Usage: node introspection.mjs <graphql url> <schema file>
import { readFile } from 'node:fs/promises';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';

const [url, schemaFile] = process.argv.slice(2);
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const body = await response.json();
if (body.errors) {
  console.log(JSON.stringify({ status: response.status, errors: body.errors }));
  process.exit(0);
}

const live = buildClientSchema(body.data);
const file = buildSchema(await readFile(schemaFile, 'utf8'));
const type = name => body.data.__schema.types.find(t => t.name === name);
console.log(JSON.stringify({
  status: response.status,
  live: printSchema(lexicographicSortSchema(live)),
  file: printSchema(lexicographicSortSchema(file)),
  dateSpecifiedBy: type('Date').specifiedByURL,
  stringSpecifiedBy: type('String').specifiedByURL,
  offerSortIsOneOf: type('OfferSortInput').isOneOf,
  offerFilterIsOneOf: type('OfferFilterInput').isOneOf,
  directives: body.data.__schema.directives.map(d => ({ name: d.name, isRepeatable: d.isRepeatable })),
}));
