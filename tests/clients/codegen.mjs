// graphql-codegen (core, with the typescript and typescript-operations plugins and their default settings) types
// codegen/operations.graphql against schema/stage.graphql into a temporary folder (schema-types.ts, operations.ts); tsc --strict then compiles
// codegen/consumer.ts against the output, and must refuse codegen/mistaken.ts.
// Usage: node codegen.mjs '<scenario JSON>'. Prints { types, consumer, mistaken } as JSON.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import { buildSchema, parse } from 'graphql';

const { repository } = JSON.parse(process.argv[2]);
const here = new URL('.', import.meta.url).pathname;
const schema = buildSchema(readFileSync(join(repository, 'schema', 'stage.graphql'), 'utf8'));
const operations = join(here, 'codegen', 'operations.graphql');
// Since typescript-operations 6 writes the enums and inputs its operations use, each plugin has a file of its own.
const generate = (filename, plugin, documents) => codegen({
  filename,
  schema: parse(readFileSync(join(repository, 'schema', 'stage.graphql'), 'utf8')),
  schemaAst: schema,
  documents,
  config: {},
  plugins: [{ [plugin]: {} }],
  pluginMap: { typescript, 'typescript-operations': typescriptOperations },
});
const files = {
  'schema-types.ts': await generate('schema-types.ts', 'typescript', []),
  'operations.ts': await generate('operations.ts', 'typescript-operations', [{ location: operations, document: parse(readFileSync(operations, 'utf8')) }]),
};

const folder = mkdtempSync(join(tmpdir(), 'stage-codegen-'));
try {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  cpSync(join(here, 'codegen'), folder, { recursive: true });
  const tsc = (file) => {
    const run = spawnSync(process.execPath, [join(here, 'node_modules', 'typescript', 'bin', 'tsc'),
      '--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', file], { cwd: folder, encoding: 'utf8' });
    return { exitCode: run.status, output: run.stdout + run.stderr };
  };
  const types = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [...text.matchAll(/^export (?:type|enum) (\w+)/gm)].map((match) => match[1])]));
  console.log(JSON.stringify({ types, consumer: tsc('consumer.ts'), mistaken: tsc('mistaken.ts') }));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
