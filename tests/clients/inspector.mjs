// graphql-inspector (@graphql-inspector/core) compares the live schema, read by full introspection (graphql-js 16
// with every option), with schema/stage.graphql: the file as it is (fromFile), the file read the way the live schema
// is, through introspection (changes), and, to show it would notice, that file less one field (withoutAField).
// Usage: node inspector.mjs '<scenario JSON>'. Prints those three lists of changes (criticality, message) as JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diff } from '@graphql-inspector/core';
import { buildClientSchema, buildSchema, getIntrospectionQuery, introspectionFromSchema } from 'graphql';

const { url, repository } = JSON.parse(process.argv[2]);
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({
    query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }),
  }),
});
const introspection = await response.json();
if (introspection.errors) throw new Error(JSON.stringify(introspection.errors));
const live = buildClientSchema(introspection.data);
const file = readFileSync(join(repository, 'schema', 'stage.graphql'), 'utf8');
const describe = (changes) => changes.map((change) => ({ criticality: change.criticality.level, message: change.message }));
// Offer.remainingSeats, with its description, is the first field of that name in the file.
const withoutAField = file.replace(/^ *"[^"\n]*"\n *remainingSeats: Int!\n/m, '');
if (withoutAField === file) throw new Error('Offer.remainingSeats not found in the schema file');

// Introspection carries @oneOf and @specifiedBy as isOneOf and specifiedByURL, not as directives applied to the
// types, which the inspector compares on the schema's syntax tree: read both sides alike to compare everything else.
const introspected = (sdl) => buildClientSchema(introspectionFromSchema(buildSchema(sdl), { specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true, oneOf: true }));

console.log(JSON.stringify({
  changes: describe(await diff(introspected(file), live)),
  fromFile: describe(await diff(buildSchema(file), live)),
  withoutAField: describe(await diff(live, introspected(withoutAField))),
}));
