// Starts GraphiQL against the endpoint that served this page (same origin, no CDN): queries and mutations by
// HTTP POST, subscriptions over the WebSocket of the same URL (graphql-transport-ws; the Headers tab's values,
// such as Authorization, go in connection_init). A first visit opens the example operations of examples.json
// in tabs; later visits keep the tabs GraphiQL stored.
(function () {
  var endpoint = window.location.pathname;
  var socketUrl = (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + window.location.host + endpoint;
  var fetcher = GraphiQL.createFetcher({ url: endpoint, subscriptionUrl: socketUrl });
  var text = function (value) { return value === undefined ? undefined : JSON.stringify(value, null, 2); };

  function render(examples) {
    var tabs = examples.map(function (example) {
      return { query: example.query.join('\n') + '\n', variables: text(example.variables), headers: text(example.headers) };
    });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      defaultTabs: tabs.length > 0 ? tabs : undefined,
      defaultQuery: '# Stage: observation internships for pupils of 4e, 3e and 2nde.\n{\n  sectors {\n    code\n    name\n  }\n}\n',
    }));
  }

  fetch(endpoint + '/ide/examples.json')
    .then(function (response) { return response.ok ? response.json() : []; })
    .catch(function () { return []; })
    .then(render);
})();
