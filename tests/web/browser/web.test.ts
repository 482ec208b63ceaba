/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Asker } from '../../../src/app/index.js';
import { parseConfig } from '../../../src/config/index.js';
import { Health } from '../../../src/ops/index.js';
import { Answerer } from '../../../src/answer/index.js';
import { createWebSurface, type WebSurface } from '../../../src/web/index.js';
import { captureLogs } from '../../helpers/logs.js';

/**
 * The pages in a real browser: Debian's chromium driven by playwright-core (no browser download).
 * `.ci/run` installs the package; CHROMIUM_PATH points elsewhere when needed.
 * SCREENSHOTS=1 refreshes docs/web-desktop.png and docs/web-phone.png.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let browser: Browser | undefined;
let web: WebSurface | undefined;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  const engine = await Answerer.load('index');
  const { logger } = captureLogs();
  const health = new Health({ index: () => null });
  web = createWebSurface({ config: parseConfig({}).web, port: 0, asker: new Asker({ service: engine, logger }), service: engine, health, logger, retryAfterSeconds: 2 });
  await web.start();
  base = `http://127.0.0.1:${web.port}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

/** A page that fails the test on any console error (a CSP violation shows up there) or page error. */
async function open(options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  if (!browser) throw new Error('the browser did not start');
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: options.viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  opened.push({ page, errors });
  return page;
}

const opened: Array<{ page: Page; errors: string[] }> = [];

afterEach(async () => {
  // Checked after each test, so the test that caused a console error or CSP violation is the one that fails.
  const pages = opened.splice(0);
  await Promise.all(pages.map(({ page }) => page.context().close()));
  expect(pages.flatMap(({ errors }) => errors)).toEqual([]);
});

describe('the web page in a browser', () => {
  it('answers while typing: the answer appears with a video link, and the address follows the question', async () => {
    const page = await open();
    await page.goto(base);
    await page.locator('#q').pressSequentially('ambient', { delay: 40 });
    await expect.poll(() => page.locator('#answer a.link-video').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('#answer a.link-video').first().getAttribute('href')).toMatch(/^https:\/\/www\.youtube\.com\//);
    expect(await page.locator('#answer mark').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('ambient');
    // Screen readers hear the answer's one-line summary, not the whole region again.
    expect(await page.getByRole('status').textContent()).toMatch(/\S/);
  });

  it('pages to more results in place, without reloading the page', async () => {
    const page = await open();
    await page.goto(`${base}?q=ambient`);
    const items = page.locator('ol[data-list="passages"] > li');
    expect(await items.count()).toBe(3);
    await page.evaluate(() => Object.assign(window, { stayed: true }));
    await page.getByRole('link', { name: 'More results' }).click();
    await expect.poll(() => items.count()).toBe(6);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(await page.locator('.range').first().textContent()).toMatch(/^Showing 4–6 of \d+/);
  });

  it('switches to Chinese with the language switch', async () => {
    const page = await open();
    await page.goto(`${base}?q=ambient`);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
    await page.waitForURL(/lang=zh/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.getByLabel('您的问题').inputValue()).toBe('ambient');
    expect(await page.getByRole('button', { name: '提问' }).count()).toBe(1);
  });

  it('works with the keyboard alone: tab to the box, ask, tab to "More results", and focus lands on the new results', async () => {
    const page = await open();
    await page.goto(base);
    for (let tabs = 0; tabs < 10 && !(await page.evaluate(() => document.activeElement?.id === 'q')); tabs += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('multicluster');
    await page.keyboard.press('Enter');
    const more = page.getByRole('link', { name: 'More results' });
    await more.waitFor();
    for (let tabs = 0; tabs < 60 && !(await more.evaluate((link) => link === document.activeElement)); tabs += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('ol[data-list="passages"] > li').count()).toBe(6);
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('ol[data-list="passages"] > li')[3])).toBe(true);
  });

  it('answers the plain form with JavaScript off', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(base);
    await page.getByLabel('Your question').fill('istio day 2023');
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.waitForURL(/\?q=istio\+day\+2023/);
    expect(await page.locator('#answer ol.items > li').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'More results' }).click();
    await page.waitForURL(/page=2/);
    expect(await page.locator('ol[data-list="passages"]').getAttribute('start')).toBe('4');
  });

  it('opens the events page: upcoming and past events with dates, places and links to their talks', async () => {
    const page = await open();
    await page.goto(`${base}events`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Events');
    const past = page.getByRole('region', { name: 'Past' }).locator('li article');
    expect(await past.count()).toBeGreaterThan(3);
    expect(await past.first().locator('.details').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    await past.first().getByRole('link', { name: 'Talks of this event' }).click();
    await page.waitForURL(/talks\?event=/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Talks: /);
  });

  it('fits a phone screen without sideways scrolling, and saves the screenshots', async () => {
    const folder = process.env.SCREENSHOTS === '1' ? 'docs' : `${process.env.TMPDIR ?? '/tmp'}/istio-events-screens`;
    await mkdir(folder, { recursive: true });
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const page = await open({ viewport });
      await page.goto(`${base}?q=ambient`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: `${folder}/web-${name}.png`, fullPage: name === 'desktop' });
      }
  });
});
