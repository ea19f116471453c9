// Starts GraphiQL against the endpoint that served this page (same origin, no CDN).
(function () {
  var endpoint = window.location.pathname;
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultEditorToolsVisibility: true,
    defaultQuery: '# Stage: observation internships for pupils of 4e, 3e and 2nde.\n{\n  sectors {\n    code\n    name\n  }\n}\n',
  }));
})();
