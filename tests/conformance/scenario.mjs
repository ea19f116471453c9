// What the real-time client scripts share: the test's scenario (a pupil's application to an employer's offer)
// reached over GraphQL over HTTP, and a timeout that does not keep Node running once everything is done.
export const timeout = (ms, what) =>
  new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms).unref());

export function scenario(url, pupilToken, employerToken, applicationId) {
  async function post(token, query, variables) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  return {
    // The cursor of the application's last change, as a client resuming reads it.
    lastCursor: async () =>
      (await post(pupilToken, 'query ($id: ID!) { node(id: $id) { ... on Application { history { cursor } } } }', { id: applicationId }))
        .node.history.at(-1).cursor,
    // The employer's status change of the application, e.g. 'markApplicationRead'.
    change: (mutation) =>
      post(employerToken, `mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { application { status } } }`,
        { input: { applicationId } }),
  };
}
