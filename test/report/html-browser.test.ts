import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { checkDocuments } from '../../src/pipeline.js';
import { formatHtml } from '../../src/report/html.js';
import { formatStylish } from '../../src/report/stylish.js';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import { rulesMetaOf } from '../../src/report/types.js';

// Debian's chromium, which CI installs; playwright-core brings no browser of its own.
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const title = hasChromium
  ? 'html report in a real browser'
  : `html report in a real browser — SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium)`;

const read = (path: string) => parseTextDocument(path, readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const docs = ['examples/idlib-raids/defects/nl-part-exceeds-whole.txt', 'examples/limburg-floods/defects/en-conflicting-figures.txt', 'examples/limburg-floods/en.txt'].map(read);
const results = checkDocuments(docs);
const options = { rulesMeta: rulesMetaOf(BUILTIN_RULES), cwd: '/', color: false };

describe.skipIf(!hasChromium)(title, () => {
  let dir: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factlint-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, formatHtml(results, options));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // A short viewport, so that most of the report starts out of view.
    page = await browser.newPage({ viewport: { width: 900, height: 400 } });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Where an element lies relative to the viewport. */
  const inView = (selector: string) =>
    page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    });

  test('renders, with the title and the summary line', async () => {
    expect(await page.title()).toBe('factlint report');
    const summary = formatStylish(results, options).trimEnd().split('\n').at(-1);
    expect(await page.locator('#summary').textContent()).toBe(summary);
    expect(await page.locator('section.article').count()).toBe(3);
  });

  test('highlights hold exactly the claims\' text, coloured by kind', async () => {
    const sample = results.documents.flatMap(({ claims }, i) => [claims[0]!, claims[2]!, claims.at(-1)!].map((c) => ({ id: `d${i}-${c.id}`, text: c.text, kind: c.kind })));
    // One round trip for all of them: the highlight's text, kind and background as the page has them.
    const seen = await page.evaluate((ids) => ids.map((id) => {
      const el = document.getElementById(id);
      return el && { id, text: el.textContent, kind: el.dataset.kind, background: getComputedStyle(el).backgroundColor };
    }), sample.map((s) => s.id));
    for (const [i, s] of sample.entries()) {
      expect(seen[i]).toMatchObject({ id: s.id, text: s.text, kind: s.kind });
      // The stylesheet applied (the page's CSP admits it by hash): a highlight has a background.
      expect(seen[i]!.background).not.toBe('rgba(0, 0, 0, 0)');
    }
  });

  test('a finding link in another article scrolls its marked span into view and flashes it', async () => {
    const f = results.findings!.findIndex((x) => x.ruleId === 'cross-article-conflict');
    const l = results.findings![f]!.locations.findIndex((loc) => loc.document === docs[1]!.id);
    const target = `#f${f}-l${l}`;
    const link = page.locator(`#doc-2 .findings a[data-target="f${f}-l${l}"]`);
    await link.scrollIntoViewIfNeeded();
    expect(await inView(target)).toBe(false);
    await link.click();
    expect(await inView(target)).toBe(true);
    expect(await page.locator(target).evaluate((e) => e.classList.contains('flash'))).toBe(true);
  });

  test('a finding\'s message links to its mark further down the same article', async () => {
    const f = results.findings!.findIndex((x) => x.ruleId === 'conflicting-figures');
    const target = `#f${f}-l0`;
    const link = page.locator(`#doc-1 .findings a.goto[data-target="f${f}-l0"]`);
    await link.scrollIntoViewIfNeeded();
    expect(await inView(target)).toBe(false);
    await link.click();
    expect(await inView(target)).toBe(true);
    expect(await page.locator(target).textContent()).toBe('31');
  });

  test('no console errors and no requests beyond the file itself', () => {
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  });
});
