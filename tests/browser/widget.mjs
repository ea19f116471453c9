// Usage: node widget.mjs '<JSON { api, port, key, foreignKey, liveOfferId, marker }>'. Serves two portal pages on
// http://127.0.0.1:<port>/ (another origin than the API's) under a strict Content-Security-Policy, each embedding
// <stage-offer-search> from the API with a key (`foreignKey` lists another origin), and drives them in headless Chromium
// (Debian's, through playwright-core): a keyboard-only search, a search by place and grade, "more results", a search by
// sector then the back button, live seats (writes `marker` once the seats stream is open, then waits for the test to
// take a seat of `liveOfferId`), axe-core's WCAG 2.1 AA audit of the portal and of the API's demo page, and the
// refused key. Prints what it saw as JSON.
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const { api, port, key, foreignKey, liveOfferId, marker } = JSON.parse(process.argv[2]);
const portal = `http://127.0.0.1:${port}`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const policy = `default-src 'none'; script-src 'self' ${api}; style-src 'self'; connect-src ${api}; img-src 'self'; report-uri ${portal}/csp-report`;
const page = (apiKey) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Portail régional : stages</title><script type="module" src="${api}/embed/v1/stage-offer-search.js"></script></head>
<body><main><h1>Trouver un stage d'observation</h1>
<stage-offer-search api-key="${apiKey}" page-size="5" radius="30" offer-url="${portal}/stage/{id}"></stage-offer-search>
</main></body></html>`;
const reports = [];
const server = createServer((request, response) => {
  if (request.url === '/csp-report') {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => { reports.push(body); response.writeHead(204).end(); });
    return;
  }
  if (request.url === '/favicon.ico') return void response.writeHead(204).end();
  const html = page(request.url.startsWith('/refused') ? foreignKey : key);
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy }).end(html);
});
await new Promise((resolve) => server.listen(Number(port), '127.0.0.1', resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const output = { errors: [], requests: [] };
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__violations = [];
    window.__searches = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }));
    document.addEventListener('stage-search', (e) => window.__searches.push(e.detail));
  });
  const tab = await context.newPage();
  tab.on('pageerror', (error) => output.errors.push(error.message));
  // The browser logs each failed request as a console error: the refused key's 403s are expected.
  let refusedPage = false;
  tab.on('console', (message) => { if (message.type() === 'error' && !refusedPage) output.errors.push(message.text()); });
  tab.on('request', (request) => output.requests.push(request.url()));
  const widget = tab.locator('stage-offer-search');
  const searches = () => tab.evaluate(() => window.__searches.length);
  const nextSearch = async (count, action) => {
    await action();
    await tab.waitForFunction((n) => window.__searches.length > n, count, { timeout: 60000 });
    return tab.evaluate(() => window.__searches.at(-1));
  };
  const shownIds = () => widget.locator('[data-offer-id]').evaluateAll((items) => items.map((i) => i.getAttribute('data-offer-id')));
  // axe-core evaluated by the browser's debugger, which the page's policy does not govern (the page's own scripts are).
  const audit = async () => {
    await tab.evaluate(axeSource);
    return tab.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    });
  };

  await tab.goto(`${portal}/?page=accueil`, { timeout: 60000 });
  await tab.waitForFunction(() => window.__searches.length > 0, null, { timeout: 60000 });
  output.periods = await widget.locator('#period option').evaluateAll((options) => options.slice(0, 3).map((o) => ({ value: o.value, label: o.textContent })));

  // The keyboard alone: Tab into the widget, keywords, a place from the autocomplete, Enter.
  output.keyboard = await nextSearch(await searches(), async () => {
    await tab.keyboard.press('Tab');
    await tab.keyboard.type('boulanger');
    await tab.keyboard.press('Tab');
    await tab.keyboard.type('Villeurbanne');
    await widget.locator('[role="option"]').first().waitFor({ timeout: 30000 });
    await tab.keyboard.press('ArrowDown');
    output.activeOption = await widget.locator('[role="combobox"]').getAttribute('aria-activedescendant');
    await tab.keyboard.press('Enter');
    output.keyboardPlace = await widget.locator('#place').inputValue();
    await tab.keyboard.press('Enter');
  });

  // A place and a grade with the mouse, then the next page.
  output.main = await nextSearch(await searches(), async () => {
    await widget.locator('#q').fill('');
    await widget.locator('#place').fill('Lyon');
    await widget.locator('[role="option"]', { hasText: /^Lyon \(/ }).first().click({ timeout: 30000 });
    await widget.locator('#grade').selectOption('SECONDE');
    await widget.getByRole('button', { name: 'Rechercher' }).click();
  });
  output.mainShown = await shownIds();
  await widget.getByRole('button', { name: /Afficher plus/ }).click();
  await tab.waitForFunction((n) => document.querySelector('stage-offer-search').shadowRoot.querySelectorAll('[data-offer-id]').length > n,
    output.mainShown.length, { timeout: 60000 });
  output.afterMore = await shownIds();
  output.afterMoreFocus = await tab.evaluate(() => document.querySelector('stage-offer-search').shadowRoot.activeElement?.closest('[data-offer-id]')?.getAttribute('data-offer-id'));

  // Another search, then the back button.
  output.bySector = await nextSearch(await searches(), async () => {
    await widget.locator('#sector').selectOption('s31');
    await widget.getByRole('button', { name: 'Rechercher' }).click();
  });
  output.bySectorUrl = tab.url();
  output.back = await nextSearch(await searches(), () => tab.goBack());
  output.backUrl = tab.url();
  output.backShown = await shownIds();
  output.backForm = { sector: await widget.locator('#sector').inputValue(), grade: await widget.locator('#grade').inputValue(), place: await widget.locator('#place').inputValue() };

  // Live seats: once the stream is open, the test takes a seat through the API.
  await widget.locator('[part~="live"][data-state="open"]').waitFor({ state: 'attached', timeout: 60000 });
  const seats = widget.locator(`[data-offer-id="${liveOfferId}"] [part~="offer-seats"]`);
  output.seatsBefore = await seats.getAttribute('data-remaining');
  writeFileSync(marker, 'open');
  await tab.waitForFunction(({ id, before }) => document.querySelector('stage-offer-search').shadowRoot
    .querySelector(`[data-offer-id="${id}"] [part~="offer-seats"]`)?.getAttribute('data-remaining') !== before,
  { id: liveOfferId, before: output.seatsBefore }, { timeout: 90000 });
  output.seatsAfter = { remaining: await seats.getAttribute('data-remaining'), text: await seats.textContent() };
  output.status = await widget.locator('[part~="status"]').textContent();

  output.violations = await tab.evaluate(() => window.__violations);
  output.portalAxe = await audit();

  // The narrowest phone (320 CSS px): nothing wider than the screen, the form and the results still usable, no audit finding.
  await tab.setViewportSize({ width: 320, height: 800 });
  output.narrow = await tab.evaluate(() => {
    const root = document.querySelector('stage-offer-search').shadowRoot;
    const overflowing = [...root.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 320.5).map((e) => e.getAttribute('part') || e.id || e.tagName);
    return { pageWidth: document.documentElement.scrollWidth, overflowing };
  });
  output.narrow.searchVisible = await widget.getByRole('button', { name: 'Rechercher' }).isVisible();
  output.narrow.axe = await audit();
  await tab.setViewportSize({ width: 1280, height: 900 });

  // A key that lists another origin.
  refusedPage = true;
  await tab.goto(`${portal}/refused`, { timeout: 60000 });
  await widget.locator('[part~="error"]').waitFor({ state: 'visible', timeout: 60000 });
  output.refused = { error: await widget.locator('[part~="error"]').textContent(), form: await widget.locator('form').count() };
  output.violations.push(...await tab.evaluate(() => window.__violations));

  // The API's demo page.
  refusedPage = false;
  await tab.goto(`${api}/embed/v1/demo`, { timeout: 60000 });
  await tab.waitForFunction(() => window.__searches.length > 0, null, { timeout: 60000 });
  output.demoAxe = await audit();
  output.demoViolations = await tab.evaluate(() => window.__violations);
  output.reports = reports;
} catch (error) {
  output.failure = error.message;
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(output));
