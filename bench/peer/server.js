// PostGraphile 4 as the search benchmark's peer, configured as its documentation recommends for production (library
// mode, "Production" options): no GraphiQL, no watch mode, no query log, default mutations off, a pool of 20 connections
// (Stage's main pool), statements prepared by name as graphile-build-pg does by default (100 per connection). Started by
// bench/Stage.Bench/PeerServer.cs with PG* variables naming the database, PORT, and NODE_ENV=production.
"use strict";

const http = require("http");
const { Pool } = require("pg");
const { postgraphile } = require("postgraphile");
const PgSimplifyInflectorPlugin = require("@graphile-contrib/pg-simplify-inflector");
const PostgisPlugin = require("@graphile/postgis").default;
const ConnectionFilterPlugin = require("postgraphile-plugin-connection-filter");
const ConnectionFilterPostgisPlugin = require("postgraphile-plugin-connection-filter-postgis");

const pool = new Pool({
  max: Number(process.env.PEER_POOL_SIZE || 20),
  // The same session settings as Stage's data sources (StageDataSource): no JIT, no parallel workers.
  options: "-c jit=off -c max_parallel_workers_per_gather=0",
});

const middleware = postgraphile(pool, ["public", "postgraphile_peer"], {
  graphiql: false,
  watchPg: false,
  disableQueryLog: true,
  retryOnInitFail: false,
  disableDefaultMutations: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  dynamicJson: true,
  legacyRelations: "omit",
  extendedErrors: ["errcode"],
  enableQueryBatching: true,
  appendPlugins: [PgSimplifyInflectorPlugin, PostgisPlugin, ConnectionFilterPlugin, ConnectionFilterPostgisPlugin],
  graphileBuildOptions: {
    connectionFilterAllowedOperators: [
      "isNull", "equalTo", "notEqualTo", "in", "lessThanOrEqualTo", "greaterThanOrEqualTo", "greaterThan", "lessThan",
      "overlaps", "contains",
    ],
    connectionFilterRelations: false,
    connectionFilterComputedColumns: false,
    connectionFilterSetofFunctions: false,
  },
});

pool.on("error", (error) => console.error("idle client error", error.message));

const server = http.createServer(middleware);
server.keepAliveTimeout = 120_000;
server.listen(Number(process.env.PORT), "127.0.0.1", () => {
  console.log(`PostGraphile peer listening on 127.0.0.1:${process.env.PORT}`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close();
    pool.end().finally(() => process.exit(0));
  });
}
