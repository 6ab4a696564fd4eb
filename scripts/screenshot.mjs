// docs/report.png, the README's picture of the HTML report: the quick-start report
// (`etiket check fixtures/calls --format html:FILE`) in headless Chromium (scripts/chromium.mjs),
// 1400 px wide, from the top (the summary) down through the first failed calls, at most 1600 px tall.
// Run after `npm run build`: node scripts/screenshot.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'report.png');
const WIDTH = 1400;
const MAX_HEIGHT = 1600;
/** The picture ends below this many calls (or at MAX_HEIGHT, whichever comes first). */
const CALLS = 2;

const dir = mkdtempSync(join(tmpdir(), 'etiket-screenshot-'));
try {
  const html = join(dir, 'report.html');
  const r = spawnSync(process.execPath, [join(root, 'bin', 'etiket.js'), 'check', 'fixtures/calls', '--format', `html:${html}`, '--no-progress'], {
    cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' },
  });
  // 1: some bundled calls fail on purpose.
  if (r.status !== 1) throw new Error(`etiket check --format html: expected exit code 1, got ${r.status}\n${r.stderr}`);

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: MAX_HEIGHT } });
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    // The failed calls only (the report's own status filter): the calls under the summary then
    // show findings on their timelines, not a clean pass.
    await page.locator('select#filter-status').selectOption('fail');
    // Cut below the last of the first calls (or the page's end), never mid-way through the summary.
    const bottom = await page.evaluate((n) => {
      const calls = document.querySelectorAll('article.call:not([hidden])');
      const last = calls[Math.min(n, calls.length) - 1];
      const end = last ? last.getBoundingClientRect().bottom + window.scrollY : document.documentElement.scrollHeight;
      return Math.ceil(end + 16);
    }, CALLS);
    const height = Math.min(MAX_HEIGHT, bottom);
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width: WIDTH, height } });
    console.log(`${out.slice(root.length + 1)}: ${WIDTH}×${height}, ${Math.round(statSync(out).size / 1024)} KB`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
