// Usage: node graphiql.mjs <endpoint URL>. Opens GraphiQL in headless Chromium, runs `{ sectors { code } }`
// from its editor and prints { response, errors, requests, answers } as JSON (answers: the bodies of its POSTs,
// the schema introspection among them).
import puppeteer from 'puppeteer-core';

const endpoint = process.argv[2];
const query = '{ sectors { code } }';
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

  await page.goto(endpoint, { waitUntil: 'networkidle0', timeout: 60000 });
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 60000 });
  await page.evaluate((text) => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(text), query);
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(
    () => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes('"sectors"'),
    { timeout: 60000 });
  const response = await page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue());
  console.log(JSON.stringify({ response: JSON.parse(response), errors, requests, answers: await Promise.all(answers) }));
} finally {
  await browser.close();
}
