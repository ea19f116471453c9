// Usage: node widget-screenshots.mjs <demo page URL> <output folder>. Searches around Lyon on the widget's demo page
// (e.g. http://127.0.0.1:5000/embed/v1/demo of `./stage run`) and saves widget-desktop.png (1280 px wide) and
// widget-mobile.png (360 px) in the folder. Run by hand to refresh docs/.
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, folder] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, viewport] of [['widget-desktop.png', { width: 1280, height: 1100 }], ['widget-mobile.png', { width: 360, height: 1400 }]]) {
    const page = await browser.newPage({ viewport });
    await page.goto(url);
    const widget = page.locator('stage-offer-search');
    await widget.locator('[data-offer-id]').first().waitFor({ timeout: 60000 });
    await widget.evaluate((element) => element.setAttribute('page-size', '4'));
    await widget.locator('#place').fill('Lyon');
    await widget.locator('[role="option"]', { hasText: /^Lyon \(/ }).first().click({ timeout: 30000 });
    await widget.getByRole('button', { name: 'Rechercher' }).click();
    await widget.locator('[part~="offer-place"]', { hasText: 'km' }).first().waitFor({ timeout: 60000 });
    await widget.locator('[part~="live"][data-state="open"]').waitFor({ state: 'attached', timeout: 60000 });
    await widget.screenshot({ path: join(folder, name) });
    await page.close();
  }
} finally {
  await browser.close();
}
