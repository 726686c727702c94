// Accounts on the loopback reference PDS, made as a writer makes one: an account, then an app password for Threadwright.

async function xrpc(pds, method, { body, token, query } = {}) {
  const response = await fetch(`${pds}/xrpc/${method}${query ? `?${query}` : ''}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (response.status !== 200) throw new Error(`${method}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** A new account `name.test` with an app password. */
export async function createBlueskyAccount(pds, name) {
  const handle = `${name}.test`;
  const account = await xrpc(pds, 'com.atproto.server.createAccount', { body: { handle, email: `${name}@example.com`, password: `${name}-main-password` } });
  const app = await xrpc(pds, 'com.atproto.server.createAppPassword', { body: { name: 'threadwright' }, token: account.accessJwt });
  return { handle, did: account.did, appPassword: app.password };
}

/** The account's posts as the PDS stores them, oldest record key first. */
export async function blueskyPostsOf(pds, did) {
  const listed = await xrpc(pds, 'com.atproto.repo.listRecords', { query: `repo=${did}&collection=app.bsky.feed.post&limit=100` });
  return listed.records.sort((a, b) => a.uri.localeCompare(b.uri));
}
