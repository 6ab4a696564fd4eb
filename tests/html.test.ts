// The HTML report, built in-process from real calls (the quick-start calls with the repository's
// config, one call full of markup and one unreadable call): safe to open (everything from the
// input escaped, nothing loaded from anywhere), complete (an article per call, a marker per timed
// finding, marked words, the summary's numbers), deterministic and in the report's language.
// tests/browser.test.ts checks the same page in a real Chromium.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { loadConfig } from '../src/config/load.js';
import type { Finding, Locale } from '../src/engine/rule.js';
import { checkCall } from '../src/engine/runner.js';
import { buildReport } from '../src/report/build.js';
import type { CallResult, Report } from '../src/report/types.js';
import { escapeHtml, formatHtml } from '../src/reporters/html.js';
import { parseTranscript, readTranscript } from '../src/transcript/read.js';

const root = join(import.meta.dirname, '..');

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const EVIL_FILE = `calls/evil ${IMG}.json`;
const EVIL_ID = `call-xss ${SCRIPT}`;
const EVIL_AGENT = `Eve ${IMG}`;

/** Markup everywhere a string reaches the page: id, agent, file name, both speakers, a transfer target. */
const INJECTED_CALL = {
  id: EVIL_ID,
  direction: 'inbound',
  startedAt: '2026-11-05T09:10:00+07:00',
  agent: { name: EVIL_AGENT },
  customer: { name: 'Rina' },
  events: [
    { type: 'ring', at: 0 }, { type: 'answer', at: 4 },
    { type: 'transfer', at: 24, to: `<b>keuangan</b> ${SCRIPT}` },
    { type: 'hangup', at: 48, by: 'agent' },
  ],
  utterances: [
    { speaker: 'agent', start: 5, end: 9.5, text: `Halo, ${SCRIPT} Ventura, selamat pagi, dengan Eve, ada yang bisa saya bantu?` },
    { speaker: 'customer', start: 10, end: 15, text: `Saya Rina. Di formulir tertulis ${IMG} itu maksudnya apa?` },
    { speaker: 'agent', start: 16, end: 22, text: `${IMG} Wah, saya tidak tahu itu apa, Bu. ${SCRIPT}` },
    { speaker: 'customer', start: 23, end: 26, text: 'Ya sudah, terima kasih.' },
    { speaker: 'agent', start: 27, end: 31, text: 'Terima kasih telah menghubungi Ventura. Selamat pagi.' },
  ],
};

/** An unreadable call whose error message quotes markup. */
const BROKEN_CALL = `{ "id": "call-broken", "utterances": [ { "speaker": "bot", "start": 1, "text": ${JSON.stringify(SCRIPT)} } ] }`;

function build(locale?: Locale): Report {
  const config = loadConfig(join(root, 'etiket.config.json'), rules, undefined, locale ? { locale } : {});
  const dir = join(root, 'fixtures', 'calls');
  const results: CallResult[] = [];
  const add = (parsed: ReturnType<typeof parseTranscript>, file: string) => {
    for (const p of parsed) {
      if (p.ok) results.push(checkCall(p.call, config.rules, config.env));
      else results.push({ file, line: p.line, id: p.id, agent: null, status: 'error', score: null, error: { message: p.error.message, problems: p.error.problems.map((x) => ({ ...x })) }, rules: [] });
    }
  };
  for (const f of readdirSync(dir).filter((x) => /\.(txt|json|jsonl)$/.test(x)).sort()) {
    add(readTranscript(join(dir, f), `fixtures/calls/${f}`, config.speakers), `fixtures/calls/${f}`);
  }
  add(parseTranscript(JSON.stringify(INJECTED_CALL, null, 2), EVIL_FILE, config.speakers), EVIL_FILE);
  add(parseTranscript(BROKEN_CALL, 'calls/broken.json', config.speakers), 'calls/broken.json');
  return buildReport(results, config.rules.map((r) => r.rule.id), '0.0.0-test');
}

const report = build();
const html = formatHtml(report, { locale: 'en', rules });

/** Undoes escapeHtml (for reading text back out of the page). */
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The article of the report's i-th call (0-based), as markup. */
function article(page: string, i: number): string {
  const start = page.indexOf(`<article class="call" id="call-${i + 1}"`);
  expect(start, `article #call-${i + 1}`).toBeGreaterThan(-1);
  return page.slice(start, page.indexOf('</article>', start) + '</article>'.length);
}
const indexOf = (id: string) => report.calls.findIndex((c) => c.id === id);
const byId = (id: string) => article(html, indexOf(id));
const failedFindings = (c: CallResult): Finding[] => c.rules.filter((r) => r.status === 'fail').flatMap((r) => r.findings);
const count = (s: string, sub: string) => s.split(sub).length - 1;
/** The attribute names of a start tag (values skipped whole, so markup inside them is not read as attributes). */
const attributeNames = (tag: string) => [...tag.replace(/^<[a-z0-9]+/, '').matchAll(/\s+([a-zA-Z][a-zA-Z0-9:-]*)(?:="[^"]*")?/g)].map((m) => m[1]!.toLowerCase());

describe('html: the report under test', () => {
  it('has the 26 quick-start calls, the injected call and the broken one', () => {
    expect(report.calls).toHaveLength(28);
    const evil = report.calls.find((c) => c.id === EVIL_ID)!;
    expect(evil.status).toBe('fail');
    expect(failedFindings(evil).map((f) => f.rule)).toEqual(expect.arrayContaining(['forbidden-opening-words', 'avoid-phrases']));
    expect(report.calls.filter((c) => c.status === 'error').map((c) => c.file)).toEqual(['calls/broken.json']);
  });
});

describe('html: safe and self-contained', () => {
  it('escapes the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('never contains the injected markup raw, and shows it as escaped text', () => {
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>keuangan');
    expect(html).not.toMatch(/<script>[^<]*alert/);
    expect(html).toContain(escapeHtml(SCRIPT));
    expect(html).toContain(escapeHtml(IMG));
    const evil = byId(EVIL_ID);
    expect(evil).toContain(escapeHtml(EVIL_ID));
    expect(evil).toContain(escapeHtml(EVIL_AGENT));
    expect(evil).toContain(escapeHtml(EVIL_FILE));
    expect(evil).toContain(escapeHtml(`Saya Rina. Di formulir tertulis ${IMG} itu maksudnya apa?`));
    expect(evil).toContain(escapeHtml(`<b>keuangan</b> ${SCRIPT}`));
    // In the summary too: agents table and worst calls.
    const summary = html.slice(html.indexOf('<section id="summary">'), html.indexOf('</section>'));
    expect(summary).toContain(escapeHtml(EVIL_AGENT));
    expect(summary).toContain(escapeHtml(EVIL_FILE));
  });

  it('every tag is a known element with well-formed, double-quoted attributes and no event handlers', () => {
    const allowed = new Set([
      'html', 'head', 'meta', 'link', 'title', 'style', 'body', 'header', 'main', 'section', 'h1', 'h2', 'h3', 'h4', 'p', 'div',
      'span', 'strong', 'code', 'pre', 'br', 'a', 'ol', 'ul', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
      'figure', 'figcaption', 'label', 'select', 'option', 'article', 'details', 'summary', 'blockquote', 'mark', 'script',
      'svg', 'defs', 'pattern', 'g', 'rect', 'line', 'polyline', 'circle', 'path', 'text',
    ]);
    const body = html.replace(/^<!DOCTYPE html>\n/, '');
    const tags = body.match(/<[^>]*>/g)!;
    const bad: string[] = [];
    for (const t of tags) {
      if (/^<\/[a-z][a-z0-9]*>$/.test(t)) {
        if (!allowed.has(t.slice(2, -1))) bad.push(t);
        continue;
      }
      const m = /^<([a-z][a-z0-9]*)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*(?:="[^"<>]*")?)*)\s*\/?>$/.exec(t);
      if (!m || !allowed.has(m[1]!)) {
        bad.push(t);
        continue;
      }
      for (const name of attributeNames(t)) if (/^on/i.test(name)) bad.push(t);
    }
    expect(bad).toEqual([]);
    // No stray "<" outside tags either (text keeps its < escaped).
    expect(body.replace(/<[^>]*>/g, '')).not.toContain('<');
    // One script: the page's own.
    expect(count(html, '<script')).toBe(1);
  });

  it('has a Content-Security-Policy and loads nothing: no http(s) but the SVG namespace, no src, local links only', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`);
    const urls = html.match(/https?:\/\/[^\s"'<>)]*/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
    const attrs = (html.match(/<[a-z][^>]*>/g) ?? []).flatMap(attributeNames);
    expect(attrs.filter((a) => a === 'src' || a === 'srcset' || a === 'xlink:href' || a === 'action')).toEqual([]);
    expect(html).not.toContain('@import');
    expect(html).not.toMatch(/url\((?!#)/);
    const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith('#') && h !== 'data:,')).toEqual([]);
    // Links inside the page point at ids that exist.
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
    expect(hrefs.filter((h) => h.startsWith('#') && !ids.has(h.slice(1)))).toEqual([]);
  });

  it('is byte-identical across two runs (no dates, no random ids)', () => {
    const again = formatHtml(build(), { locale: 'en', rules });
    expect(again).toBe(html);
    expect(formatHtml(report, { locale: 'en', rules })).toBe(html);
  });
});

describe('html: calls', () => {
  it('an article per call, in report order, with its status and failed rules', () => {
    const got = [...html.matchAll(/<article class="call" id="call-(\d+)" data-status="([^"]*)" data-rules="([^"]*)">/g)]
      .map((m) => ({ n: Number(m[1]), status: m[2], rules: unescape(m[3]!) }));
    expect(got).toEqual(report.calls.map((c, i) => ({
      n: i + 1, status: c.status, rules: c.rules.filter((r) => r.status === 'fail').map((r) => r.id).join(' '),
    })));
  });

  it('the header names file, id, agent, direction, start, status and score', () => {
    report.calls.forEach((c, i) => {
      const a = article(html, i);
      const head = a.slice(0, a.indexOf('</dl>'));
      expect(head).toContain(escapeHtml(c.line !== null ? `${c.file}:${c.line}` : c.file));
      if (c.id) expect(head).toContain(escapeHtml(c.id));
      if (c.agent) expect(head).toContain(escapeHtml(c.agent));
      if (c.direction) expect(head).toContain(`<dd>${c.direction}</dd>`);
      if (c.startedAt) expect(head).toContain(escapeHtml(c.startedAt));
      expect(head).toContain(`<span class="badge ${c.status}">${{ pass: 'PASS', fail: 'FAIL', error: 'ERROR' }[c.status]}</span>`);
      expect(head).toContain(`score ${c.score === null ? '–' : c.score.toFixed(1)}`);
    });
  });

  it('each finding with a time has a g.finding with its rule on the call\'s timeline', () => {
    let pinned = 0;
    report.calls.forEach((c, i) => {
      const a = article(html, i);
      const want = failedFindings(c).filter((f) => f.at !== null).map((f) => f.rule).sort();
      const got = [...a.matchAll(/<g class="finding" data-rule="([^"]*)"/g)].map((m) => m[1]!).sort();
      expect(got, c.id ?? c.file).toEqual(want);
      if (want.length) expect(a).toContain('<svg class="timeline"');
      pinned += got.length;
      // Each marker's tooltip: rule and message.
      for (const f of failedFindings(c).filter((x) => x.at !== null)) expect(a).toContain(`<title>${escapeHtml(`${f.rule}: ${f.message}`)}</title>`);
    });
    expect(pinned).toBeGreaterThan(20);
  });

  it('the transcript has an li per utterance and marks each finding\'s span on its utterance', () => {
    let marks = 0;
    report.calls.forEach((c, i) => {
      if (!c.timeline) return;
      const a = article(html, i);
      const ol = a.slice(a.indexOf('<ol class="transcript">'), a.indexOf('</ol>', a.indexOf('<ol class="transcript">')));
      expect(count(ol, '<li class="utt-row'), c.id!).toBe(c.timeline.utterances.length);
      const plain = ol.replace(/<\/?mark[^>]*>/g, '');
      for (const u of c.timeline.utterances) expect(plain).toContain(`<span class="text">${escapeHtml(u.text)}</span>`);
      for (const f of failedFindings(c)) {
        if (!f.span || f.utterance === null) continue;
        const li = ol.slice(ol.indexOf(`id="call-${i + 1}-u-${f.utterance}"`), ol.indexOf('</li></ul></li>', ol.indexOf(`id="call-${i + 1}-u-${f.utterance}"`)));
        const marked = [...li.matchAll(/<mark [^>]*>([^<]*)<\/mark>/g)].map((m) => unescape(m[1]!));
        expect(marked.some((m) => m.includes(f.quote!.slice(f.span![0], f.span![1]))), `${c.id}: ${f.rule}`).toBe(true);
        marks++;
      }
    });
    expect(marks).toBeGreaterThan(5);
    // The injected call's marks fall on the offending words, next to the markup.
    const evil = byId(EVIL_ID);
    const marked = [...evil.matchAll(/<mark [^>]*>([^<]*)<\/mark>/g)].map((m) => m[1]!.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['halo', 'saya tidak tahu']));
  });

  it('every finding\'s message, suggestion and note are shown; utterance findings under their utterance, others in the header area', () => {
    report.calls.forEach((c, i) => {
      const a = article(html, i);
      for (const f of failedFindings(c)) {
        expect(a).toContain(escapeHtml(f.message));
        if (f.suggestion) expect(a).toContain(escapeHtml(f.suggestion));
        if (f.note) expect(a).toContain(escapeHtml(f.note));
        const note = `<code class="rule">${escapeHtml(f.rule)}</code> ${escapeHtml(f.message)}`;
        expect(a).toContain(note);
        const inTranscript = a.indexOf(note) > a.indexOf('<ol class="transcript">');
        expect(inTranscript, `${c.id}: ${f.rule}`).toBe(f.utterance !== null);
      }
    });
    // call-0004: the slow answer cites the ANSWER event, so it is in the header area.
    const slow = byId('call-0004');
    expect(slow.indexOf('<div class="call-findings">')).toBeGreaterThan(-1);
    expect(slow.indexOf('answer-within-three-rings')).toBeLessThan(slow.indexOf('<ol class="transcript">'));
  });

  it('skipped rules and notes in one small line each', () => {
    const c = report.calls[indexOf('call-0015')]!;
    const a = byId('call-0015');
    expect(a).toContain('<p class="small skipped-line"><span class="muted">skipped:</span> no hold in the call (thank-for-waiting, hold-etiquette)');
    for (const n of c.rules.flatMap((r) => (r.notes ?? []).map((x) => `${r.id}: ${x}`))) expect(a).toContain(escapeHtml(n));
    expect(count(a, 'class="small skipped-line"')).toBe(1);
    expect(count(a, 'class="small notes-line"')).toBe(1);
  });

  it('an unreadable call shows its error message, escaped, and no timeline', () => {
    const i = report.calls.findIndex((c) => c.status === 'error');
    const a = article(html, i);
    expect(a).toContain('data-status="error" data-rules=""');
    expect(a).toContain(`<pre>${escapeHtml(report.calls[i]!.error!.message)}</pre>`);
    expect(report.calls[i]!.error!.message).toContain('bot');
    expect(a).not.toContain('<svg class="timeline"');
  });
});

describe('html: timelines', () => {
  const svgOf = (id: string) => {
    const a = byId(id);
    const s = a.indexOf('<svg class="timeline"');
    return s < 0 ? '' : a.slice(s, a.indexOf('</svg>', s));
  };

  it('draws rings, the answer, speech on two lanes and the hang-up with who', () => {
    const svg = svgOf('call-0011');
    expect(count(svg, '<g class="event ring">')).toBe(3);
    expect(count(svg, '<g class="event answer">')).toBe(1);
    const c = report.calls[indexOf('call-0011')]!;
    expect(count(svg, 'class="utt agent"')).toBe(c.timeline!.utterances.filter((u) => u.speaker === 'agent').length);
    expect(count(svg, 'class="utt customer"')).toBe(c.timeline!.utterances.filter((u) => u.speaker === 'customer').length);
    expect(svg).toContain('>hang-up (agent)</text>');
  });

  it('shades holds (HOLD to UNHOLD), hatches silences, and marks overlaps and transfers', () => {
    expect(svgOf('call-0008')).toContain('<rect class="hold"'); // text transcript, HOLD … UNHOLD
    expect(svgOf('call-0020')).toContain('<rect class="hold"');
    expect(svgOf('call-0025')).toContain('<rect class="silence"'); // 15 s dead air
    expect(svgOf('call-0011')).toContain('<rect class="overlap"'); // the interruption
    expect(count(svgOf('call-0018'), '<g class="event transfer">')).toBe(3);
    expect(svgOf('call-0009')).not.toContain('<rect class="overlap"');
  });

  it('without end times draws approximate bars and says so', () => {
    const a = byId('call-0008');
    expect(a).toContain('class="utt agent approx"');
    expect(a).toContain('The transcript has no end times');
    expect(byId('call-0011')).not.toContain(' approx"');
  });

  it('a call without any time gets no timeline, and says why', () => {
    const a = byId('call-0007');
    expect(a).not.toContain('<svg class="timeline"');
    expect(a).toContain('<p class="no-timeline">no timeline: the transcript has no times</p>');
    expect(a).toContain('<ol class="transcript">');
  });

  it('scales x to the call: the hang-up of a call sits at the right edge', () => {
    const svg = svgOf('call-0011'); // hang-up at 75 s is the last thing in the call
    const x = Number(/<g class="event hangup">.*?x1="([\d.]+)"/.exec(svg)![1]);
    expect(x).toBe(986);
  });
});

describe('html: summary and filters', () => {
  const s = report.summary;
  const summary = html.slice(html.indexOf('<section id="summary">'), html.indexOf('</section>'));

  it('shows calls, pass/fail/error counts and the mean score of report.summary', () => {
    const stat = (key: string) => new RegExp(`data-key="${key}"><span class="stat-value">([^<]*)<`).exec(summary)?.[1];
    expect(stat('calls')).toBe(String(s.calls));
    expect(stat('passed')).toBe(String(s.passed));
    expect(stat('failed')).toBe(String(s.failed));
    expect(stat('errored')).toBe(String(s.errored));
    expect(stat('score')).toBe(s.score!.toFixed(1));
    expect(stat('errors')).toBe(String(s.errors));
    expect(stat('warnings')).toBe(String(s.warnings));
    expect([s.calls, s.passed, s.failed, s.errored]).toEqual([28, 11, 16, 1]);
  });

  it('charts failing calls for every enabled rule', () => {
    const chart = summary.slice(summary.indexOf('<svg id="failures-by-rule"'), summary.indexOf('</svg>', summary.indexOf('<svg id="failures-by-rule"')));
    const bars = [...chart.matchAll(/<g class="bar [^"]*" data-rule="([^"]*)" data-fail="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
    expect(bars).toEqual(Object.entries(s.rules).map(([id, t]) => [id, t.fail]));
    expect(bars).toHaveLength(rules.length);
    for (const [id, t] of Object.entries(s.rules)) {
      expect(t.fail).toBe(report.calls.filter((c) => c.rules.some((r) => r.id === id && r.status === 'fail')).length);
    }
  });

  it('a row per agent: calls, passed, failed, errored, mean score, worst rule', () => {
    const table = summary.slice(summary.indexOf('<table id="agents">'), summary.indexOf('</table>'));
    for (const [name, t] of Object.entries(s.agents)) {
      const row = new RegExp(`<tr data-agent="${escapeHtml(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">(.*?)</tr>`).exec(table)?.[1];
      expect(row, name).toBeDefined();
      const cells = [...row!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!);
      expect(cells.slice(0, 5), name).toEqual([t.calls, t.passed, t.failed, t.errored].map(String).concat(t.score === null ? '–' : t.score.toFixed(1)));
      expect(cells[5], name).toContain(t.worstRule ? `<code>${escapeHtml(t.worstRule)}</code>` : '–');
    }
    expect(count(table, '<tr data-agent=')).toBe(Object.keys(s.agents).length);
  });

  it('lists the worst calls, lowest score first, at most 10, linking to them', () => {
    const list = summary.slice(summary.indexOf('<ol id="worst-calls">'), summary.indexOf('</ol>', summary.indexOf('<ol id="worst-calls">')));
    const links = [...list.matchAll(/<a href="#call-(\d+)"><span class="score-pill [a-z]+">([\d.]+)<\/span>/g)].map((m) => ({ i: Number(m[1]) - 1, score: Number(m[2]) }));
    expect(links).toHaveLength(10);
    for (const l of links) expect(report.calls[l.i]!.score).toBe(l.score);
    expect(links.map((l) => l.score)).toEqual([...links.map((l) => l.score)].sort((a, b) => a - b));
    const lowest = Math.min(...report.calls.filter((c) => c.score !== null).map((c) => c.score!));
    expect(links[0]!.score).toBe(lowest);
  });

  it('has the filter hooks: rule and status selects and the visible count', () => {
    const ruleSelect = html.slice(html.indexOf('<select id="filter-rule">'), html.indexOf('</select>', html.indexOf('<select id="filter-rule">')));
    expect([...ruleSelect.matchAll(/<option value="([^"]*)">/g)].map((m) => m[1])).toEqual(['', ...Object.keys(s.rules)]);
    const statusSelect = html.slice(html.indexOf('<select id="filter-status">'), html.indexOf('</select>', html.indexOf('<select id="filter-status">')));
    expect([...statusSelect.matchAll(/<option value="([^"]*)">/g)].map((m) => m[1])).toEqual(['', 'fail', 'pass', 'error']);
    expect(html).toContain('<span id="visible-count" data-template="{n} of {m} calls" aria-live="polite">28 of 28 calls</span>');
    // The script hides with the hidden attribute, which no display rule may override.
    expect(html).toContain('[hidden]{display:none!important}');
    expect(html).toMatch(/setAttribute\('hidden',''\)/);
  });

  it('prints: filters hidden, transcripts open', () => {
    expect(html).toMatch(/@media print\{[^@]*\.filters select[^}]*display:none/);
    expect(count(html, '<details class="transcript-box" open>')).toBe(report.calls.filter((c) => c.timeline?.utterances.length).length);
    expect(html).toContain("addEventListener('beforeprint'");
  });
});

describe('html: locale', () => {
  it('the page\'s own words follow the locale', () => {
    const id = formatHtml(report, { locale: 'id', rules });
    expect(html).toContain('<html lang="en">');
    expect(id).toContain('<html lang="id">');
    for (const [en, ind] of [
      ['<h2>Summary</h2>', '<h2>Ringkasan</h2>'],
      ['<h3>Agents</h3>', '<h3>Agen</h3>'],
      ['28 of 28 calls', '28 dari 28 panggilan'],
      ['<span class="badge fail">FAIL</span>', '<span class="badge fail">GAGAL</span>'],
      ['<span class="badge pass">PASS</span>', '<span class="badge pass">LULUS</span>'],
      ['<option value="">all rules</option>', '<option value="">semua aturan</option>'],
      ['no timeline: the transcript has no times', 'tanpa linimasa: transkrip tidak memuat waktu'],
    ]) {
      expect(html).toContain(en);
      expect(id).toContain(ind);
      expect(id).not.toContain(en);
    }
    // Only the chrome changes: the findings are the report's (already localized by the engine).
    const f = failedFindings(report.calls[indexOf('call-0003')]!)[0]!;
    expect(id).toContain(escapeHtml(f.message));
  });

  it('defaults to English', () => {
    expect(formatHtml(report)).toContain('<html lang="en">');
  });
});

describe('html: reports without timeline data', () => {
  it('renders fixtures/reports/canonical.json: findings with their quotes and marked spans in the header area', () => {
    const canonical = JSON.parse(readFileSync(join(root, 'fixtures', 'reports', 'canonical.json'), 'utf8')) as Report;
    const out = formatHtml(canonical, { locale: 'en' });
    expect(count(out, '<article class="call"')).toBe(canonical.calls.length);
    expect(out).not.toContain('<svg class="timeline"');
    expect(out).toContain('no timeline: the transcript has no times');
    for (const f of canonical.calls.flatMap(failedFindings)) {
      expect(out).toContain(escapeHtml(f.message));
      if (f.span) expect(out).toMatch(new RegExp(`<mark [^>]*>${escapeHtml(f.quote!.slice(f.span[0], f.span[1])).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</mark>`));
    }
  });
});

describe('html: the CLI', () => {
  it('etiket check fixtures/calls --format html:FILE writes the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'etiket-html-'));
    try {
      const file = join(dir, 'report.html');
      const r = spawnSync(process.execPath, [join(root, 'bin', 'etiket.js'), 'check', 'fixtures/calls', '--format', `html:${file}`, '--no-progress'], {
        cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' },
      });
      expect(r.status, r.stderr).toBe(1);
      const page = readFileSync(file, 'utf8');
      expect(page.startsWith('<!DOCTYPE html>\n<html lang="id">')).toBe(true); // the config's language is id
      expect(count(page, '<article class="call"')).toBe(26);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
