// Usage: node portal.mjs <page port> <page script>. Serves a page with the script (the cookbook's portal example) at
// http://127.0.0.1:<page port>/, another origin than the API's, opens it in headless Chromium and collects what the
// script logs (JSON) until both its EventSource and its WebSocket have received an event (the test changes the
// seats meanwhile). Prints { logs, errors } as JSON.
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';

const [port, script] = process.argv.slice(2);
const page = `<!doctype html><meta charset="utf-8"><title>Portail</title><script type="module">${script}</script>`;
const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
await new Promise((resolve) => server.listen(Number(port), '127.0.0.1', resolve));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const logs = [];
const errors = [];
try {
  const tab = await browser.newPage();
  let received = () => {};
  const both = new Promise((resolve) => { received = () => { if (['eventSource', 'webSocket'].every((k) => logs.some((l) => l[k]?.data))) resolve(); }; });
  tab.on('console', (message) => {
    if (message.type() === 'log') { logs.push(JSON.parse(message.text())); received(); } else errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`http://127.0.0.1:${port}/`, { timeout: 30000 });
  await Promise.race([both, new Promise((resolve) => setTimeout(resolve, 45000).unref())]);
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify({ logs, errors }));
