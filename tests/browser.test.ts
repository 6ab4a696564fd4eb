// The HTML report in a real browser: Debian's headless Chromium (driven by playwright-core, see
// scripts/chromium.mjs) opens the report the built CLI writes for the quick-start calls plus one
// call full of markup, and checks what a person would see and do: the summary, a section per call
// with its timeline and highlighted words, the rule and status filters, that the injected markup
// shows as text and never runs, and that the page loads nothing from anywhere.
// No Chromium is a failure with the install command, never a skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { chromiumMissing, launchChromium } from '../scripts/chromium.mjs';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'etiket.js');
const artifacts = join(root, 'test-artifacts');

// A 2-core CI machine: a cold Chromium start, the CLI on 27 calls and a full-page screenshot.
const TIMEOUT = 120_000;

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '"><img src=x onerror="window.__pwned=2">';
const INJECTED_ID = `call-xss ${SCRIPT}`;
const INJECTED_AGENT = `Anna ${IMG}`;

/**
 * A call whose id (shown in its header), agent name (header and agents table) and utterances (said
 * by both sides) carry markup. It breaks forbidden-opening-words ("Halo", before the markup in its
 * utterance) and avoid-phrases ("saya tidak tahu", after it), so highlighted words sit next to it.
 */
const INJECTED_CALL = {
  id: INJECTED_ID,
  direction: 'inbound',
  startedAt: '2026-11-05T09:10:00+07:00',
  agent: { name: INJECTED_AGENT },
  customer: { name: 'Rina' },
  events: [{ type: 'ring', at: 0 }, { type: 'answer', at: 4 }, { type: 'hangup', at: 48, by: 'agent' }],
  utterances: [
    { speaker: 'agent', start: 5, end: 9.5, text: `Halo, ${SCRIPT} Ventura, selamat pagi, dengan Anna, ada yang bisa saya bantu?` },
    { speaker: 'customer', start: 10, end: 15, text: `Saya Rina. Di formulir tertulis ${IMG} itu maksudnya apa?` },
    { speaker: 'agent', start: 16, end: 22, text: `${IMG} Wah, saya tidak tahu itu apa, Bu. ${SCRIPT}` },
    { speaker: 'customer', start: 23, end: 26, text: 'Ya sudah, terima kasih.' },
    { speaker: 'agent', start: 27, end: 31, text: 'Terima kasih telah menghubungi Ventura. Selamat pagi.' },
  ],
};

interface JsonReport {
  summary: { calls: number; passed: number; failed: number; errored: number; rules: Record<string, { pass: number; fail: number; skip: number }>; agents: Record<string, unknown> };
  calls: { id: string | null; agent: string | null; status: 'pass' | 'fail' | 'error'; rules: { id: string; status: string }[] }[];
}

interface Setup {
  readonly browser: Browser;
  readonly report: JsonReport;
  readonly url: string;
  readonly dir: string;
}

// Set up once, lazily, inside the first test that needs it: a missing Chromium or a CLI that
// writes no report then fails every test with its message (a failing beforeAll would only mark them
// skipped).
let setup: Promise<Setup> | undefined;
function ready(): Promise<Setup> {
  setup ??= (async () => {
    const missing = chromiumMissing() as string | null;
    if (missing) throw new Error(missing);
    if (!existsSync(join(root, 'dist', 'src', 'cli.js'))) throw new Error('run `npm run build` before the tests: the browser test spawns the built bin/etiket.js');
    const dir = mkdtempSync(join(tmpdir(), 'etiket-browser-'));
    try {
      return await build(dir);
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
  })();
  return setup;
}

/** The report of the quick-start calls and the injected call, and a browser to open it. */
async function build(dir: string): Promise<Setup> {
  {
    const injected = join(dir, 'injected.json');
    writeFileSync(injected, JSON.stringify(INJECTED_CALL, null, 2));
    const html = join(dir, 'report.html');
    const json = join(dir, 'report.json');
    const r = spawnSync(process.execPath, [
      bin, 'check', 'fixtures/calls', injected,
      '--format', `html:${html}`, '--format', `json:${json}`,
      '--config', 'etiket.config.json', '--no-progress',
    ], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    // 1: some calls fail on purpose, none errors.
    if (r.status !== 1 || !existsSync(html)) {
      throw new Error(`etiket check --format html: expected exit code 1 and ${html}, got ${r.status}\n${r.stderr}`);
    }
    const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
    const browser = (await launchChromium()) as Browser;
    return { browser, report, url: pathToFileURL(html).href, dir };
  }
}

afterAll(async () => {
  if (!setup) return;
  const s = await setup.catch(() => null);
  if (!s) return;
  await s.browser.close();
  rmSync(s.dir, { recursive: true, force: true });
});

interface View {
  readonly page: Page;
  readonly report: JsonReport;
  readonly url: string;
  /** Every URL the page requested, the document included. */
  readonly requests: string[];
  /** Uncaught exceptions and console errors. */
  readonly errors: string[];
}

/** The report in a fresh browser context; `check` runs the view's assertions, then closes it. */
async function withReport(check: (v: View) => Promise<void>, viewport = { width: 1280, height: 900 }): Promise<void> {
  const { browser, report, url } = await ready();
  const context = await browser.newContext({ viewport });
  try {
    const requests: string[] = [];
    const errors: string[] = [];
    // Seen and refused: a request off the file system would reach no one here, and is a bug anyway.
    await context.route((u) => u.protocol !== 'file:', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    page.on('request', (req) => requests.push(req.url()));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    const v = { page, report, url, requests, errors };
    await check(v);
    expect(requests.filter((u) => u !== url).join('\n'), 'the report must load nothing but itself').toBe('');
    expect(requests).toEqual([url]);
    expect(errors.join('\n'), 'script errors on the page').toBe('');
  } finally {
    await context.close();
  }
}

/** What each article.call says about itself. */
async function articles(page: Page) {
  return page.locator('article.call').evaluateAll((els) => els.map((el, i) => ({
    i,
    status: el.getAttribute('data-status'),
    rules: (el.getAttribute('data-rules') ?? '').split(/\s+/).filter(Boolean),
    hidden: el.hasAttribute('hidden'),
    // Really off the screen too: a display rule on article.call would override [hidden].
    shown: el.getClientRects().length > 0,
  })));
}

const failedRules = (c: JsonReport['calls'][number]) => c.rules.filter((r) => r.status === 'fail').map((r) => r.id).sort();
const key = (status: string | null, rules: string[]) => `${status}: ${[...rules].sort().join(' ')}`;

/** "12 of 27 calls" / "12 dari 27 panggilan" → [12, 27] */
async function visibleCount(page: Page): Promise<[number, number] | null> {
  const text = (await page.locator('#visible-count').textContent()) ?? '';
  const m = /(\d+)\D+(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

describe('HTML report in Chromium', () => {
  it('renders the summary: the failures-by-rule chart and a row per agent', async () => {
    await withReport(async ({ page, report }) => {
      expect(await page.locator('section#summary').isVisible(), 'section#summary is visible').toBe(true);
      expect(await page.locator('section#summary').innerText()).toContain(String(report.summary.calls));

      const chart = page.locator('svg#failures-by-rule');
      expect(await chart.isVisible(), 'svg#failures-by-rule is visible').toBe(true);
      const bars = await chart.locator('rect').evaluateAll((els) => els
        .map((el) => (el as SVGGraphicsElement).getBoundingClientRect())
        .filter((b) => b.width > 0 && b.height > 0).length);
      const failing = Object.entries(report.summary.rules).filter(([, t]) => t.fail > 0).length;
      expect(failing).toBeGreaterThan(0);
      expect(bars, `a bar (rect) per rule that failed (${failing})`).toBeGreaterThanOrEqual(failing);

      const agents = Object.keys(report.summary.agents);
      const rows = page.locator('table#agents tr:has(td)');
      expect(await rows.count(), `a row per agent: ${agents.join(', ')}`).toBe(agents.length);
      const table = await page.locator('table#agents').innerText();
      for (const a of agents) expect(table, a).toContain(a);
    });
  }, TIMEOUT);

  it('has an article per call, with its status and failed rules', async () => {
    await withReport(async ({ page, report }) => {
      const got = (await articles(page)).map((a) => key(a.status, a.rules)).sort();
      const want = report.calls.map((c) => key(c.status, failedRules(c))).sort();
      expect(got).toEqual(want);
      expect(report.calls.map((c) => c.id)).toContain(INJECTED_ID);
    });
  }, TIMEOUT);

  it('draws timelines with finding markers and highlights the offending words', async () => {
    await withReport(async ({ page }) => {
      expect(await page.locator('svg.timeline').count()).toBeGreaterThan(0);
      const markers = page.locator('svg.timeline g.finding[data-rule]');
      expect(await markers.count()).toBeGreaterThan(0);
      const sizes = await markers.evaluateAll((els) => els.map((el) => {
        const b = el.getBoundingClientRect();
        return b.width * b.height;
      }));
      expect(sizes.some((s) => s > 0), 'a finding marker with a non-zero bounding box').toBe(true);
      // A marker belongs to a rule its call failed.
      const misplaced = await markers.evaluateAll((els) => els
        .map((el) => ({ rule: el.getAttribute('data-rule') ?? '', rules: (el.closest('article.call')?.getAttribute('data-rules') ?? '').split(/\s+/) }))
        .filter((m) => !m.rules.includes(m.rule)));
      expect(misplaced, 'g.finding markers whose rule their article.call did not fail').toEqual([]);

      expect(await page.locator('ol.transcript').count()).toBeGreaterThan(0);
      expect(await page.locator('ol.transcript mark').count()).toBeGreaterThan(0);

      // In the injected call, the marks fall on the offending words exactly, next to the markup.
      const call = page.locator('article.call', { hasText: 'call-xss' });
      expect(await call.count()).toBe(1);
      const marked = (await call.locator('mark').allTextContents()).map((t) => t.trim().toLowerCase());
      expect(marked).toContain('halo');
      expect(marked).toContain('saya tidak tahu');
      const rules = await call.locator('svg.timeline g.finding').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
      expect(rules).toContain('forbidden-opening-words');
      expect(rules).toContain('avoid-phrases');
    });
  }, TIMEOUT);

  it('filters the calls by rule and by status, and counts the visible ones', async () => {
    await withReport(async ({ page, report }) => {
      const total = report.calls.length;
      const ruleValues = await page.locator('select#filter-rule option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
      const statusValues = await page.locator('select#filter-status option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
      expect(ruleValues).toContain('');
      const known = Object.keys(report.summary.rules);
      for (const v of ruleValues.filter(Boolean)) expect(known, `#filter-rule option "${v}" is a rule id`).toContain(v);
      for (const [id, t] of Object.entries(report.summary.rules)) {
        if (t.fail > 0) expect(ruleValues, `#filter-rule offers ${id}, which failed in ${t.fail} calls`).toContain(id);
      }
      expect([...statusValues].sort()).toEqual(['', 'error', 'fail', 'pass']);

      // Visible exactly when the article matches both selects, and the count says so.
      const expectFiltered = async (rule: string, status: string) => {
        await page.locator('select#filter-rule').selectOption(rule, { timeout: 5000 });
        await page.locator('select#filter-status').selectOption(status, { timeout: 5000 });
        const match = (a: { status: string | null; rules: string[] }) => (rule === '' || a.rules.includes(rule)) && (status === '' || a.status === status);
        const what = `rule "${rule}", status "${status}"`;
        await expect.poll(async () => (await articles(page)).filter((a) => a.hidden === match(a)).map((a) => a.i), { message: `${what}: articles whose hidden attribute is wrong`, timeout: 5000 }).toEqual([]);
        const all = await articles(page);
        expect(all.filter((a) => a.shown !== match(a)).map((a) => a.i), `${what}: articles shown or not shown wrongly`).toEqual([]);
        const n = all.filter(match).length;
        expect(await visibleCount(page), `${what}: #visible-count`).toEqual([n, total]);
        return n;
      };

      expect(await expectFiltered('', ''), 'all calls at first').toBe(total);
      for (const rule of ruleValues.filter(Boolean)) {
        const failed = report.summary.rules[rule]?.fail ?? 0;
        expect(await expectFiltered(rule, ''), `calls that failed ${rule}`).toBe(failed);
      }
      expect(await expectFiltered('', 'pass')).toBe(report.summary.passed);
      expect(await expectFiltered('', 'fail')).toBe(report.summary.failed);
      expect(await expectFiltered('', 'error')).toBe(report.summary.errored);
      // Both selects at once: a rule's failures among the failed calls.
      const some = ruleValues.find((v) => v && (report.summary.rules[v]?.fail ?? 0) > 0)!;
      await expectFiltered(some, 'fail');
      expect(await expectFiltered('', ''), 'all calls again after a reset').toBe(total);
    });
  }, TIMEOUT);

  it('shows injected markup as text and never runs it', async () => {
    await withReport(async ({ page }) => {
      // onerror of a broken image fires after load: give it a moment.
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => typeof (window as { __pwned?: unknown }).__pwned)).toBe('undefined');
      expect(await page.locator('img[src="x"]').count(), 'an <img> built from the transcript').toBe(0);

      const call = page.locator('article.call', { hasText: 'call-xss' });
      expect(await call.count()).toBe(1);
      const text = (await call.textContent()) ?? '';
      expect(text, 'the call id').toContain(INJECTED_ID);
      expect(text, 'the agent name').toContain(INJECTED_AGENT);
      expect(text, 'the agent\'s words').toContain(`Halo, ${SCRIPT} Ventura`);
      expect(text, 'the customer\'s words').toContain(`tertulis ${IMG} itu`);
      // Shown, not only present: the header line with the id is on the screen.
      expect(await page.getByText(INJECTED_ID).first().isVisible(), 'the injected call id is visible').toBe(true);
      expect(await page.locator('table#agents').innerText()).toContain(INJECTED_AGENT);
      // The attributes survived too: the call is still one failed call with its rules.
      expect(await call.getAttribute('data-status')).toBe('fail');
      expect((await call.getAttribute('data-rules'))?.split(/\s+/)).toContain('forbidden-opening-words');
    });
  }, TIMEOUT);

  it('makes no network requests, and leaves a full-page screenshot in test-artifacts/report.png', async () => {
    await withReport(async ({ page }) => {
      // The whole page laid out and scrolled through, so lazy content would load now.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(500);
      mkdirSync(artifacts, { recursive: true });
      const file = join(artifacts, 'report.png');
      await page.screenshot({ path: file, fullPage: true });
      expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    }, { width: 1400, height: 1000 });
  }, TIMEOUT);
});
