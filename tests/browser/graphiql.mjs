// Usage: node graphiql.mjs <endpoint URL> [<subscription JSON>]. Opens GraphiQL in headless Chromium, runs
// `query Sectors { sectors { code } }` in a new tab and prints { response, errors, requests, answers, tabs, sockets }
// as JSON (answers: the bodies of its POSTs, the schema introspection among them; tabs: the titles of the tabs it
// opened with; sockets: the WebSocket URLs it opened). With a subscription { name, query, variables, headers, expect }
// it then runs that from the editors of another new tab until the response shows `expect`: { subscription } is its
// last result.
import puppeteer from 'puppeteer-core';

const endpoint = process.argv[2];
const subscription = process.argv[3] ? JSON.parse(process.argv[3]) : null;
const query = 'query Sectors { sectors { code } }';
const newTab = async (page) => {
  await page.click('.graphiql-tab-add');
  await page.waitForFunction(() => [...document.querySelectorAll('.graphiql-tab')].at(-1)?.classList.contains('graphiql-tab-active'), { timeout: 10000 });
};
// GraphiQL reads the operation's name from the editor shortly after a change: run once the tab is titled with it.
const titled = (page, name) => page.waitForFunction(
  (title) => document.querySelector('.graphiql-tab-active .graphiql-tab-button')?.textContent.trim() === title, { timeout: 10000 }, name);
const editor = (selector, index = 0) => `document.querySelectorAll('${selector} .CodeMirror')[${index}].CodeMirror`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('request', (request) => requests.push(request.url()));
  const answers = [];
  page.on('response', (response) => {
    if (response.request().method() === 'POST') answers.push(response.text().then((body) => ({ status: response.status(), body })));
  });

  const sockets = [];
  const devtools = await page.createCDPSession();
  await devtools.send('Network.enable');
  devtools.on('Network.webSocketCreated', (event) => sockets.push(event.url));

  await page.goto(endpoint, { waitUntil: 'networkidle0', timeout: 60000 });
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 60000 });
  const tabs = await page.evaluate(() => [...document.querySelectorAll('.graphiql-tab-button')].map((tab) => tab.textContent.trim()));
  // Each operation in a new tab: an example tab would send its own operation name and variables with it.
  await newTab(page);
  await page.evaluate((text) => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(text), query);
  await titled(page, 'Sectors');
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(
    () => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes('"sectors"'),
    { timeout: 60000 });
  const response = await page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue());

  let subscriptionResult = null;
  if (subscription) {
    await newTab(page);
    await page.evaluate(`${editor('.graphiql-query-editor')}.setValue(${JSON.stringify(subscription.query)})`);
    await page.evaluate(`${editor('.graphiql-editor-tool', 0)}.setValue(${JSON.stringify(subscription.variables)})`);
    await page.evaluate(`${editor('.graphiql-editor-tool', 1)}.setValue(${JSON.stringify(subscription.headers)})`);
    await titled(page, subscription.name);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      (expect) => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes(expect),
      { timeout: 60000 }, subscription.expect);
    subscriptionResult = JSON.parse(await page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()));
  }

  console.log(JSON.stringify({
    response: JSON.parse(response), errors, requests, answers: await Promise.all(answers), tabs, sockets, subscription: subscriptionResult,
  }));
} finally {
  await browser.close();
}
