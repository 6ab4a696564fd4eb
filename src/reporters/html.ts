// --format html: one self-contained page for QA leads — the batch summary (failures per rule,
// agents, worst calls), then per call an SVG timeline, the transcript with the offending words
// marked and each finding beside the words it cites, and filters by rule and status.
//
// Self-contained and safe by construction: inline CSS and one static inline script, no network
// (a Content-Security-Policy forbids it anyway), every string from the input HTML-escaped, the
// data the script needs only in escaped data-* attributes. Deterministic: no dates, no random ids.
import type { Finding, Locale, Rule } from '../engine/rule.js';
import type { CallResult, Report, RuleResult, Timeline } from '../report/types.js';
import { formatClock } from '../transcript/time.js';

export interface HtmlOptions {
  /** Language of the page's own words; findings arrive already localized. Default en. */
  readonly locale?: Locale;
  /** The rules that ran (their descriptions label the bar chart in English). */
  readonly rules?: readonly Rule[];
}

/** Gaps between utterances longer than this are drawn as silence. */
const SILENCE_SECONDS = 3;
const WORST_CALLS = 10;

const WORDS = {
  en: {
    title: 'Call etiquette report', summary: 'Summary', calls: 'calls', passed: 'passed', failed: 'failed', errored: 'errored',
    meanScore: 'mean score', findings: 'findings', errors: 'errors', warnings: 'warnings',
    failuresByRule: 'Failing calls per rule', failuresByRuleHint: 'Calls in which each enabled rule failed (of the calls it checked). Click a bar to filter.',
    agents: 'Agents', agentHead: ['agent', 'calls', 'passed', 'failed', 'errored', 'mean score', 'most failed rule'],
    worstCalls: 'Lowest-scoring calls', noWorst: 'No call lost points.',
    callsHeading: 'Calls', filterRule: 'Rule', filterStatus: 'Status', allRules: 'all rules', allStatuses: 'all',
    visibleCount: '{n} of {m} calls',
    status: { pass: 'PASS', fail: 'FAIL', error: 'ERROR' },
    statusFilter: { pass: 'pass', fail: 'fail', error: 'error' },
    agent: 'Agent', agentMeta: 'agent', customer: 'Customer', events: 'Events', findingsLane: 'Findings',
    noTimeline: 'no timeline: the transcript has no times',
    approxNote: 'The transcript has no end times: each bar runs to the next utterance (approximate, dashed).',
    legend: {
      agent: 'agent speech', customer: 'customer speech', approx: 'approximate length', hold: 'hold', silence: `silence > ${SILENCE_SECONDS} s`,
      overlap: 'overlap', ring: 'ring', answer: 'answer', transfer: 'transfer', hangup: 'hang-up', error: 'error finding', warn: 'warning finding',
    },
    ring: 'ring', answer: 'answer', hold: 'hold', unhold: 'unhold', transfer: 'transfer', hangup: 'hang-up', silence: 'silence', overlap: 'overlap',
    by: (who: string) => `by ${who}`, to: 'to', open: 'until the agent speaks again',
    transcript: 'Transcript', utterances: (n: number) => `${n} utterance${n === 1 ? '' : 's'}`,
    callFindings: 'Findings on the call', skipped: 'skipped', notes: 'notes', error: 'The call could not be checked',
    score: 'score', line: 'line', file: 'file', id: 'id', direction: 'direction', started: 'started', failedRules: 'failed rules',
    inbound: 'inbound', outbound: 'outbound', severity: { error: 'error', warn: 'warning' },
    seconds: 's', noTime: 'no time', eventsLine: 'Events',
  },
  id: {
    title: 'Laporan etiket telepon', summary: 'Ringkasan', calls: 'panggilan', passed: 'lulus', failed: 'gagal', errored: 'galat',
    meanScore: 'skor rata-rata', findings: 'temuan', errors: 'error', warnings: 'peringatan',
    failuresByRule: 'Panggilan gagal per aturan', failuresByRuleHint: 'Jumlah panggilan yang gagal pada setiap aturan aktif (dari panggilan yang diperiksa). Klik batang untuk menyaring.',
    agents: 'Agen', agentHead: ['agen', 'panggilan', 'lulus', 'gagal', 'galat', 'skor rata-rata', 'aturan paling sering gagal'],
    worstCalls: 'Panggilan dengan skor terendah', noWorst: 'Tidak ada panggilan yang kehilangan poin.',
    callsHeading: 'Panggilan', filterRule: 'Aturan', filterStatus: 'Status', allRules: 'semua aturan', allStatuses: 'semua',
    visibleCount: '{n} dari {m} panggilan',
    status: { pass: 'LULUS', fail: 'GAGAL', error: 'GALAT' },
    statusFilter: { pass: 'lulus', fail: 'gagal', error: 'galat' },
    agent: 'Agen', agentMeta: 'agen', customer: 'Pelanggan', events: 'Peristiwa', findingsLane: 'Temuan',
    noTimeline: 'tanpa linimasa: transkrip tidak memuat waktu',
    approxNote: 'Transkrip tidak memuat waktu selesai: setiap batang berlanjut sampai ucapan berikutnya (perkiraan, garis putus-putus).',
    legend: {
      agent: 'ucapan agen', customer: 'ucapan pelanggan', approx: 'panjang perkiraan', hold: 'hold', silence: `hening > ${SILENCE_SECONDS} dtk`,
      overlap: 'tumpang tindih', ring: 'dering', answer: 'diangkat', transfer: 'transfer', hangup: 'tutup telepon', error: 'temuan error', warn: 'temuan peringatan',
    },
    ring: 'dering', answer: 'diangkat', hold: 'hold', unhold: 'unhold', transfer: 'transfer', hangup: 'tutup telepon', silence: 'hening', overlap: 'tumpang tindih',
    by: (who: string) => `oleh ${who}`, to: 'ke', open: 'sampai agen berbicara lagi',
    transcript: 'Transkrip', utterances: (n: number) => `${n} ucapan`,
    callFindings: 'Temuan pada panggilan', skipped: 'dilewati', notes: 'catatan', error: 'Panggilan tidak dapat diperiksa',
    score: 'skor', line: 'baris', file: 'berkas', id: 'id', direction: 'arah', started: 'mulai', failedRules: 'aturan gagal',
    inbound: 'masuk', outbound: 'keluar', severity: { error: 'error', warn: 'peringatan' },
    seconds: 'dtk', noTime: 'tanpa waktu', eventsLine: 'Peristiwa',
  },
} as const;
type Words = (typeof WORDS)[Locale];

// ---------------------------------------------------------------------------------------------
// Small helpers

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** HTML-escapes text for element content and double-quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
const esc = escapeHtml;

/** A coordinate, one decimal, no "-0". */
const n1 = (x: number) => String(Math.round(x * 10) / 10 || 0);
const score1 = (s: number | null | undefined) => (s === null || s === undefined ? '–' : s.toFixed(1));
const clock = (t: number | null) => (t === null ? '--:--' : formatClock(t));
const secs = (t: number) => (Math.round(t * 10) / 10).toFixed(1);
const truncate = (s: string, max: number) => (s.length > max ? s.slice(0, max - 1) + '…' : s);

function callWhere(call: CallResult): string {
  return call.line !== null ? `${call.file}:${call.line}` : call.file;
}

/** A finding numbered within its call, as the timeline, the notes and the header cite it. */
interface Numbered {
  readonly n: number;
  readonly f: Finding;
  readonly rule: string;
}

function numberedFindings(call: CallResult): Numbered[] {
  const list = call.rules
    .filter((r) => r.status === 'fail')
    // A report read back from JSON has findings without `rule`: their rule result names it.
    .flatMap((r) => r.findings.map((f) => ({ f, rule: f.rule ?? r.id })));
  const order = list.map((x, i) => ({ ...x, i }));
  order.sort((a, b) => (a.f.line ?? Infinity) - (b.f.line ?? Infinity) || (a.f.at ?? Infinity) - (b.f.at ?? Infinity) || a.i - b.i);
  return order.map((x, k) => ({ n: k + 1, f: x.f, rule: x.rule }));
}

const failedRuleIds = (call: CallResult) => call.rules.filter((r) => r.status === 'fail').map((r) => r.id);

// ---------------------------------------------------------------------------------------------
// Page

export function formatHtml(report: Report, options: HtmlOptions = {}): string {
  const locale: Locale = options.locale ?? 'en';
  const w = WORDS[locale];
  const ruleIds = allRuleIds(report);
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No favicon request: the page loads nothing, not even that.
    '<link rel="icon" href="data:,">',
    '<meta name="generator" content="' + esc(`${report.tool.name} ${report.tool.version}`) + '">',
    `<title>${esc(w.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    DEFS,
    '<header class="page-head">',
    `<h1>${esc(w.title)}</h1>`,
    `<p class="tool">${esc(report.tool.name)} ${esc(report.tool.version)} · ${report.summary.calls} ${esc(w.calls)}</p>`,
    '</header>',
    '<main>',
  );
  // Rule descriptions are written in English only: they label the chart in the English report.
  out.push(summarySection(report, ruleIds, locale === 'en' ? options.rules ?? [] : [], w));
  out.push(callsSection(report, ruleIds, w));
  out.push('</main>', `<script>${SCRIPT}</script>`, '</body>', '</html>');
  return out.join('\n') + '\n';
}

/** The enabled rules in catalogue order (the summary's keys), then any other rule a call cites. */
function allRuleIds(report: Report): string[] {
  const ids = Object.keys(report.summary.rules);
  for (const c of report.calls) for (const r of c.rules) if (!ids.includes(r.id)) ids.push(r.id);
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Summary

function summarySection(report: Report, ruleIds: readonly string[], rules: readonly Rule[], w: Words): string {
  const s = report.summary;
  const stat = (key: string, value: string, label: string, cls = '') =>
    `<div class="stat${cls}" data-key="${key}"><span class="stat-value">${esc(value)}</span><span class="stat-label">${esc(label)}</span></div>`;
  const out = ['<section id="summary">', `<h2>${esc(w.summary)}</h2>`, '<div class="stats">'];
  out.push(
    stat('calls', String(s.calls), w.calls),
    stat('passed', String(s.passed), w.passed, ' stat-pass'),
    stat('failed', String(s.failed), w.failed, s.failed ? ' stat-fail' : ''),
    stat('errored', String(s.errored), w.errored, s.errored ? ' stat-error' : ''),
    stat('score', score1(s.score), w.meanScore),
    stat('errors', String(s.errors), `${w.findings}: ${w.errors}`),
    stat('warnings', String(s.warnings), `${w.findings}: ${w.warnings}`),
  );
  out.push('</div>');
  out.push('<div class="summary-grid">');
  out.push('<figure class="chart">', `<figcaption><h3>${esc(w.failuresByRule)}</h3><p class="hint">${esc(w.failuresByRuleHint)}</p></figcaption>`);
  out.push(failuresChart(report, ruleIds, rules, w), '</figure>');
  out.push('<div class="side">');
  out.push(agentsTable(report, w));
  out.push(worstCalls(report, w));
  out.push('</div>', '</div>', '</section>');
  return out.join('\n');
}

/** The severity a rule ran with (from the first call that ran it); error when unknown. */
function ruleSeverity(report: Report, id: string): 'error' | 'warn' {
  for (const c of report.calls) for (const r of c.rules) if (r.id === id) return r.severity;
  return 'error';
}

function failuresChart(report: Report, ruleIds: readonly string[], rules: readonly Rule[], w: Words): string {
  const rowH = 22;
  const labelW = 200;
  const barW = 280;
  const width = labelW + barW + 70;
  const height = Math.max(1, ruleIds.length) * rowH + 6;
  const tallies = ruleIds.map((id) => report.summary.rules[id] ?? { pass: 0, fail: 0, skip: 0 });
  const max = Math.max(1, ...tallies.map((t) => t.fail));
  const out = [`<svg id="failures-by-rule" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(w.failuresByRule)}">`];
  ruleIds.forEach((id, i) => {
    const t = tallies[i]!;
    const checked = t.pass + t.fail;
    const y = 3 + i * rowH;
    const len = (t.fail / max) * barW;
    const sev = ruleSeverity(report, id);
    const desc = rules.find((r) => r.id === id)?.meta.description;
    const pct = checked ? ` (${((t.fail / checked) * 100).toFixed(1)}%)` : '';
    const title = `${id}: ${t.fail} / ${checked} ${w.failed}${pct}${desc ? ` — ${desc}` : ''}`;
    out.push(
      `<g class="bar sev-${sev}${t.fail ? '' : ' zero'}" data-rule="${esc(id)}" data-fail="${t.fail}" tabindex="0">`,
      `<title>${esc(title)}</title>`,
      `<rect class="row-bg" x="0" y="${y}" width="${width}" height="${rowH - 2}"/>`,
      `<text class="label" x="${labelW - 8}" y="${y + 14}" text-anchor="end">${esc(id)}</text>`,
      `<rect class="track" x="${labelW}" y="${y + 4}" width="${barW}" height="${rowH - 10}" rx="2"/>`,
      t.fail ? `<rect class="fill" x="${labelW}" y="${y + 4}" width="${n1(Math.max(len, 2))}" height="${rowH - 10}" rx="2"/>` : '',
      `<text class="value" x="${labelW + barW + 8}" y="${y + 14}">${t.fail} / ${checked}</text>`,
      '</g>',
    );
  });
  out.push('</svg>');
  return out.filter(Boolean).join('\n');
}

function agentsTable(report: Report, w: Words): string {
  const agents = report.summary.agents;
  const out = [`<h3>${esc(w.agents)}</h3>`, '<table id="agents">', '<thead><tr>'];
  w.agentHead.forEach((h, i) => out.push(`<th scope="col"${i > 0 && i < 6 ? ' class="num"' : ''}>${esc(h)}</th>`));
  out.push('</tr></thead>', '<tbody>');
  for (const name of Object.keys(agents)) {
    const t = agents[name]!;
    out.push(
      `<tr data-agent="${esc(name)}"><th scope="row">${esc(name)}</th>` +
        `<td class="num">${t.calls}</td><td class="num">${t.passed}</td>` +
        `<td class="num${t.failed ? ' bad' : ''}">${t.failed}</td><td class="num${t.errored ? ' err' : ''}">${t.errored}</td>` +
        `<td class="num">${score1(t.score)}</td>` +
        `<td>${t.worstRule ? `<code>${esc(t.worstRule)}</code> <span class="muted">(${t.rules?.[t.worstRule] ?? 0})</span>` : '–'}</td></tr>`,
    );
  }
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

function worstCalls(report: Report, w: Words): string {
  const ranked = report.calls
    .map((c, i) => ({ c, i }))
    .filter((x) => x.c.score !== null && x.c.score < 100)
    .sort((a, b) => a.c.score! - b.c.score! || a.i - b.i)
    .slice(0, WORST_CALLS);
  const out = [`<h3>${esc(w.worstCalls)}</h3>`];
  if (!ranked.length) return out.concat(`<p class="muted">${esc(w.noWorst)}</p>`).join('\n');
  out.push('<ol id="worst-calls">');
  for (const { c, i } of ranked) {
    const who = [c.id, c.agent].filter((x): x is string => !!x).join(' · ');
    const rules = failedRuleIds(c);
    out.push(
      `<li><a href="#call-${i + 1}"><span class="score-pill ${c.status}">${score1(c.score)}</span> ` +
        `<span class="where">${esc(callWhere(c))}</span></a>` +
        (who ? ` <span class="muted">${esc(who)}</span>` : '') +
        (rules.length ? `<br><span class="rules">${rules.map((r) => `<code>${esc(r)}</code>`).join(' ')}</span>` : '') +
        '</li>',
    );
  }
  out.push('</ol>');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Calls

function callsSection(report: Report, ruleIds: readonly string[], w: Words): string {
  const total = report.calls.length;
  const out = ['<section id="calls">', `<h2>${esc(w.callsHeading)}</h2>`];
  out.push(
    '<div class="filters" role="search">',
    `<label>${esc(w.filterRule)} <select id="filter-rule">`,
    `<option value="">${esc(w.allRules)}</option>`,
    ...ruleIds.map((id) => `<option value="${esc(id)}">${esc(id)}</option>`),
    '</select></label>',
    `<label>${esc(w.filterStatus)} <select id="filter-status">`,
    `<option value="">${esc(w.allStatuses)}</option>`,
    `<option value="fail">${esc(w.statusFilter.fail)}</option>`,
    `<option value="pass">${esc(w.statusFilter.pass)}</option>`,
    `<option value="error">${esc(w.statusFilter.error)}</option>`,
    '</select></label>',
    `<span id="visible-count" data-template="${esc(w.visibleCount)}" aria-live="polite">${esc(w.visibleCount.replace('{n}', String(total)).replace('{m}', String(total)))}</span>`,
    '</div>',
  );
  out.push(legend(w));
  report.calls.forEach((c, i) => out.push(callArticle(c, i + 1, w)));
  out.push('</section>');
  return out.join('\n');
}

function legend(w: Words): string {
  const L = w.legend;
  const sw = (svg: string, label: string) =>
    `<span class="key"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 22 14" width="22" height="14" aria-hidden="true">${svg}</svg>${esc(label)}</span>`;
  return [
    '<div class="legend">',
    sw('<rect class="utt agent" x="1" y="3" width="20" height="8" rx="2"/>', L.agent),
    sw('<rect class="utt customer" x="1" y="3" width="20" height="8" rx="2"/>', L.customer),
    sw('<rect class="utt agent approx" x="1" y="3" width="20" height="8" rx="2"/>', L.approx),
    sw('<rect class="hold" x="1" y="1" width="20" height="12"/>', L.hold),
    sw('<rect class="silence" x="1" y="1" width="20" height="12"/>', L.silence),
    sw('<rect class="overlap" x="1" y="1" width="20" height="12"/>', L.overlap),
    sw('<circle class="ev-ring" cx="11" cy="7" r="3.5"/>', L.ring),
    sw('<path class="ev-answer" d="M11 2 L16 7 L11 12 L6 7 Z"/>', L.answer),
    sw('<path class="ev-transfer" d="M4 7 H16 M12 3 L17 7 L12 11"/>', L.transfer),
    sw('<rect class="ev-hangup" x="7" y="2" width="8" height="10" rx="1.5"/>', L.hangup),
    sw('<circle class="marker sev-error" cx="11" cy="7" r="5.5"/>', L.error),
    sw('<circle class="marker sev-warn" cx="11" cy="7" r="5.5"/>', L.warn),
    '</div>',
  ].join('\n');
}

function callArticle(call: CallResult, n: number, w: Words): string {
  const rules = failedRuleIds(call);
  const findings = numberedFindings(call);
  const tl = call.timeline;
  const utteranceIds = new Set(tl?.utterances.map((u) => u.index) ?? []);
  // Findings shown beside their utterance in the transcript; the rest in the header area.
  const inTranscript = (x: Numbered) => x.f.utterance !== null && utteranceIds.has(x.f.utterance);
  const out = [`<article class="call" id="call-${n}" data-status="${esc(call.status)}" data-rules="${esc(rules.join(' '))}">`];
  out.push(callHeader(call, rules, w));
  if (call.error) {
    out.push(`<div class="call-error"><p><strong>${esc(w.error)}</strong></p><pre>${esc(call.error.message)}</pre></div>`, '</article>');
    return out.join('\n');
  }
  if (tl) out.push(timelineFigure(tl, findings, n, w));
  else out.push(`<p class="no-timeline">${esc(w.noTimeline)}</p>`);
  if (tl) out.push(eventsLine(tl, w));
  const callLevel = findings.filter((x) => !inTranscript(x));
  if (callLevel.length) {
    out.push(`<div class="call-findings"><h4>${esc(w.callFindings)}</h4><ul class="notes">`);
    for (const x of callLevel) out.push(findingNote(x, n, w, true));
    out.push('</ul></div>');
  }
  if (tl && tl.utterances.length) out.push(transcript(tl, findings.filter(inTranscript), n, w));
  out.push(footLines(call, w), '</article>');
  return out.join('\n');
}

function callHeader(call: CallResult, rules: readonly string[], w: Words): string {
  const meta: [string, string][] = [];
  if (call.id) meta.push([w.id, call.id]);
  if (call.agent) meta.push([w.agentMeta, call.agent]);
  if (call.direction) meta.push([w.direction, w[call.direction]]);
  if (call.startedAt) meta.push([w.started, call.startedAt]);
  const out = [
    '<header class="call-head">',
    `<span class="badge ${esc(call.status)}">${esc(w.status[call.status])}</span>`,
    `<h3 class="where">${esc(callWhere(call))}</h3>`,
    `<span class="score-pill ${esc(call.status)}" title="${esc(w.score)}">${esc(w.score)} ${score1(call.score)}</span>`,
    '</header>',
    `<dl class="call-meta">${meta.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>`,
  ];
  if (rules.length) {
    const chips = call.rules
      .filter((r) => r.status === 'fail')
      .map((r) => `<code class="chip sev-${esc(r.severity)}">${esc(r.id)}</code>`)
      .join(' ');
    out.push(`<p class="failed-rules"><span class="muted">${esc(w.failedRules)}:</span> ${chips}</p>`);
  }
  return out.join('\n');
}

function footLines(call: CallResult, w: Words): string {
  const out: string[] = [];
  const notes = call.rules.flatMap((r: RuleResult) => (r.notes ?? []).map((note) => `${r.id}: ${note}`));
  if (notes.length) out.push(`<p class="small notes-line"><span class="muted">${esc(w.notes)}:</span> ${notes.map(esc).join(' · ')}</p>`);
  const skips = call.rules.filter((r) => r.status === 'skip');
  if (skips.length) {
    const byReason = new Map<string, string[]>();
    for (const r of skips) byReason.set(r.reason ?? '', [...(byReason.get(r.reason ?? '') ?? []), r.id]);
    const text = [...byReason].map(([reason, ids]) => `${reason} (${ids.join(', ')})`).join(' · ');
    out.push(`<p class="small skipped-line"><span class="muted">${esc(w.skipped)}:</span> ${esc(text)}</p>`);
  }
  return out.join('\n');
}

/** The text with the given character spans wrapped in <mark> (overlapping spans merged), escaped. */
function highlight(text: string, spans: readonly { from: number; to: number; rule: string; severity: string }[]): string {
  const clean = spans
    .map((s) => ({ ...s, from: Math.max(0, Math.min(text.length, s.from)), to: Math.max(0, Math.min(text.length, s.to)) }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: { from: number; to: number; rules: string[]; severity: string }[] = [];
  for (const s of clean) {
    const last = merged[merged.length - 1];
    if (last && s.from < last.to) {
      last.to = Math.max(last.to, s.to);
      if (!last.rules.includes(s.rule)) last.rules.push(s.rule);
      if (s.severity === 'error') last.severity = 'error';
    } else merged.push({ from: s.from, to: s.to, rules: [s.rule], severity: s.severity });
  }
  let out = '';
  let at = 0;
  for (const m of merged) {
    out += esc(text.slice(at, m.from));
    const rules = esc(m.rules.join(' '));
    out += `<mark class="sev-${esc(m.severity)}" data-rule="${rules}" title="${rules}">${esc(text.slice(m.from, m.to))}</mark>`;
    at = m.to;
  }
  return out + esc(text.slice(at));
}

function findingNote(x: Numbered, callN: number, w: Words, withQuote: boolean): string {
  const f = x.f;
  const where = [f.at !== null ? clock(f.at) : null, f.line !== null ? `${w.line} ${f.line}` : null].filter(Boolean).join(' · ');
  const out = [
    `<li class="finding-note sev-${esc(f.severity)}" id="call-${callN}-f-${x.n}" data-rule="${esc(x.rule)}">`,
    `<span class="num sev-${esc(f.severity)}">${x.n}</span>`,
    `<div class="body"><p class="msg"><code class="rule">${esc(x.rule)}</code> ${esc(f.message)}` +
      (where ? ` <span class="muted">${esc(where)}</span>` : '') + '</p>',
  ];
  if (withQuote && f.quote !== null) {
    const spans = f.span ? [{ from: f.span[0], to: f.span[1], rule: x.rule, severity: f.severity }] : [];
    out.push(`<blockquote class="quote">${highlight(f.quote, spans)}</blockquote>`);
  }
  if (f.suggestion) out.push(`<p class="suggestion"><span aria-hidden="true">→</span> ${esc(f.suggestion)}</p>`);
  if (f.note) out.push(`<p class="fnote">${esc(f.note)}</p>`);
  out.push('</div></li>');
  return out.join('');
}

function transcript(tl: Timeline, findings: readonly Numbered[], callN: number, w: Words): string {
  const byUtt = new Map<number, Numbered[]>();
  for (const x of findings) byUtt.set(x.f.utterance!, [...(byUtt.get(x.f.utterance!) ?? []), x]);
  const out = [
    `<details class="transcript-box" open><summary>${esc(w.transcript)} <span class="muted">(${esc(w.utterances(tl.utterances.length))})</span></summary>`,
    '<ol class="transcript">',
  ];
  for (const u of tl.utterances) {
    const here = byUtt.get(u.index) ?? [];
    const spans = here.filter((x) => x.f.span).map((x) => ({ from: x.f.span![0], to: x.f.span![1], rule: x.rule, severity: x.f.severity }));
    const cls = `utt-row ${u.speaker}${here.length ? ' has-findings' : ''}`;
    const lineAttr = u.line !== null ? ` data-line="${u.line}"` : '';
    out.push(
      `<li class="${cls}" id="call-${callN}-u-${u.index}" data-index="${u.index}"${lineAttr}>` +
        `<span class="time">${u.start !== null ? clock(u.start) : '--:--'}</span>` +
        `<span class="speaker">${esc(u.speaker === 'agent' ? w.agent : w.customer)}</span>` +
        `<span class="text">${highlight(u.text, spans)}</span>` +
        (u.line !== null ? `<span class="line">${esc(w.line)} ${u.line}</span>` : '') +
        (here.length ? `<ul class="notes">${here.map((x) => findingNote(x, callN, w, false)).join('')}</ul>` : '') +
        '</li>',
    );
  }
  out.push('</ol>', '</details>');
  return out.join('\n');
}

function eventsLine(tl: Timeline, w: Words): string {
  if (!tl.events.length) return '';
  const parts = tl.events.map((e) => {
    const t = e.at !== null ? `${clock(e.at)} ` : '';
    let label: string = w[e.type];
    if (e.type === 'hangup' && e.by) label += ` (${w.by(e.by === 'agent' ? w.agent.toLowerCase() : w.customer.toLowerCase())})`;
    if (e.type === 'transfer' && e.to) label += ` ${w.to} ${e.to}`;
    return `<span class="ev ev-${e.type}">${esc(t + label)}</span>`;
  });
  return `<p class="small events-line"><span class="muted">${esc(w.eventsLine)}:</span> ${parts.join(' · ')}</p>`;
}

// ---------------------------------------------------------------------------------------------
// The timeline

interface Interval {
  from: number;
  to: number;
}

/** `base` minus every interval of `cut`. */
function subtract(base: Interval, cut: readonly Interval[]): Interval[] {
  let parts = [base];
  for (const c of cut) {
    parts = parts.flatMap((p) => {
      if (c.to <= p.from || c.from >= p.to) return [p];
      const rest: Interval[] = [];
      if (c.from > p.from) rest.push({ from: p.from, to: c.from });
      if (c.to < p.to) rest.push({ from: c.to, to: p.to });
      return rest;
    });
  }
  return parts.filter((p) => p.to - p.from > 0.05);
}

/** Tick step (seconds) giving at most ~12 ticks. */
function tickStep(duration: number): number {
  for (const s of [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600]) if (duration / s <= 12) return s;
  return 7200;
}

function timelineFigure(tl: Timeline, findings: readonly Numbered[], callN: number, w: Words): string {
  const timed = tl.utterances.filter((u) => u.start !== null);
  const timedEvents = tl.events.filter((e) => e.at !== null);
  if (!timed.length && !timedEvents.length) return `<p class="no-timeline">${esc(w.noTimeline)}</p>`;

  // Utterance bars, with ends approximated when unknown (to the next utterance's start).
  const sorted = [...timed].sort((a, b) => a.start! - b.start! || a.index - b.index);
  // Speech stops at a HOLD or the hang-up, so an approximate bar stops there too.
  const stops = timedEvents.filter((e) => e.type === 'hold' || e.type === 'hangup').map((e) => e.at!);
  let approximate = false;
  const bars = sorted.map((u, i) => {
    if (u.end !== null && u.end >= u.start!) return { u, from: u.start!, to: u.end, approx: false };
    approximate = true;
    const from = u.start!;
    const next = sorted.slice(i + 1).find((v) => v.start! > from);
    const words = u.text.trim().split(/\s+/).length;
    const candidates = [next ? next.start! : from + Math.max(2, words * 0.45), ...stops.filter((t) => t > from)];
    const to = Math.max(from + 0.4, Math.min(...candidates));
    return { u, from, to, approx: true };
  });

  const ends = [
    ...bars.map((b) => b.to),
    ...timedEvents.map((e) => e.at!),
    ...findings.flatMap((x) => [x.f.at ?? 0, x.f.end ?? 0]),
  ];
  const duration = Math.max(1, ...ends);

  // Holds: HOLD → UNHOLD; a HOLD without UNHOLD lasts until the agent's next utterance.
  const holds: Interval[] = [];
  const evs = [...timedEvents].sort((a, b) => a.at! - b.at!);
  let open: number | null = null;
  const closeOpen = (at: number) => {
    if (open !== null) holds.push({ from: open, to: Math.max(open, at) });
    open = null;
  };
  for (const e of evs) {
    if (e.type === 'hold') {
      if (open !== null) continue;
      open = e.at!;
    } else if (e.type === 'unhold') closeOpen(e.at!);
  }
  const openHolds: boolean[] = holds.map(() => false);
  if (open !== null) {
    const from: number = open;
    const nextAgent = sorted.find((u) => u.speaker === 'agent' && u.start! >= from);
    closeOpen(nextAgent ? nextAgent.start! : duration);
    openHolds.push(true);
  }

  // Silences: gaps > SILENCE_SECONDS between utterances (known ends only), outside holds.
  const silences: Interval[] = [];
  let reach: number | null = null;
  for (const b of bars) {
    if (reach !== null && b.from - reach > SILENCE_SECONDS) {
      silences.push(...subtract({ from: reach, to: b.from }, holds).filter((p) => p.to - p.from > SILENCE_SECONDS));
    }
    // After a bar of unknown length nothing is known about the next gap.
    reach = b.approx ? null : reach === null ? b.to : Math.max(reach, b.to);
  }

  // Overlaps: an agent bar over a customer bar (known ends only).
  const overlaps: Interval[] = [];
  const real = bars.filter((b) => !b.approx);
  for (const a of real.filter((b) => b.u.speaker === 'agent')) {
    for (const c of real.filter((b) => b.u.speaker === 'customer')) {
      const from = Math.max(a.from, c.from);
      const to = Math.min(a.to, c.to);
      if (to - from > 0.05) overlaps.push({ from, to });
    }
  }

  // Geometry (viewBox units).
  const W = 1000;
  const X0 = 84;
  const X1 = W - 14;
  const x = (t: number) => X0 + (Math.max(0, t) / duration) * (X1 - X0);
  const EV = { top: 4, mid: 15 };
  const LANE = { agent: { top: 26, h: 20 }, customer: { top: 52, h: 20 } };
  const speechTop = 22;
  const speechBottom = 76;
  const FIND = { rows: [90, 106] };
  const AXIS = 128;
  const H = 136;

  const out = [
    `<figure class="timeline-box">`,
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(`${w.transcript}: ${formatClock(duration)}`)}">`,
  ];
  // Axis grid and labels.
  const step = tickStep(duration);
  out.push('<g class="axis">');
  for (let t = 0; t <= duration + 1e-9; t += step) {
    out.push(`<line class="grid" x1="${n1(x(t))}" y1="${speechTop - 2}" x2="${n1(x(t))}" y2="${AXIS - 10}"/>`);
    out.push(`<text x="${n1(x(t))}" y="${AXIS}" text-anchor="middle">${formatClock(t)}</text>`);
  }
  out.push(`<line class="baseline" x1="${X0}" y1="${AXIS - 10}" x2="${X1}" y2="${AXIS - 10}"/>`);
  out.push('</g>');
  // Lane labels and backgrounds.
  out.push(
    `<text class="lane-label" x="${X0 - 8}" y="${EV.mid + 4}" text-anchor="end">${esc(w.events)}</text>`,
    `<rect class="lane agent" x="${X0}" y="${LANE.agent.top}" width="${X1 - X0}" height="${LANE.agent.h}"/>`,
    `<text class="lane-label" x="${X0 - 8}" y="${LANE.agent.top + 14}" text-anchor="end">${esc(w.agent)}</text>`,
    `<rect class="lane customer" x="${X0}" y="${LANE.customer.top}" width="${X1 - X0}" height="${LANE.customer.h}"/>`,
    `<text class="lane-label" x="${X0 - 8}" y="${LANE.customer.top + 14}" text-anchor="end">${esc(w.customer)}</text>`,
    `<text class="lane-label" x="${X0 - 8}" y="${FIND.rows[0]! + 4}" text-anchor="end">${esc(w.findingsLane)}</text>`,
  );
  // Holds and silences behind the speech.
  holds.forEach((h, i) => {
    const title = `${w.hold} ${clock(h.from)}–${clock(h.to)} (${secs(h.to - h.from)} ${w.seconds})${openHolds[i] ? `, ${w.open}` : ''}`;
    out.push(
      `<g class="hold-g"><title>${esc(title)}</title>` +
        `<rect class="hold${openHolds[i] ? ' open' : ''}" x="${n1(x(h.from))}" y="${speechTop}" width="${n1(Math.max(1, x(h.to) - x(h.from)))}" height="${speechBottom - speechTop}"/>` +
        `<text class="hold-label" x="${n1((x(h.from) + x(h.to)) / 2)}" y="${speechTop + (speechBottom - speechTop) / 2 + 4}" text-anchor="middle">${esc(w.hold.toUpperCase())}</text></g>`,
    );
  });
  for (const s of silences) {
    out.push(
      `<g class="silence-g"><title>${esc(`${w.silence} ${clock(s.from)}–${clock(s.to)} (${secs(s.to - s.from)} ${w.seconds})`)}</title>` +
        `<rect class="silence" x="${n1(x(s.from))}" y="${speechTop}" width="${n1(Math.max(1, x(s.to) - x(s.from)))}" height="${speechBottom - speechTop}"/></g>`,
    );
  }
  // Speech bars.
  for (const b of bars) {
    const lane = LANE[b.u.speaker];
    const who = b.u.speaker === 'agent' ? w.agent : w.customer;
    const title = `${clock(b.from)}${b.approx ? '' : `–${clock(b.to)}`} ${who}: ${truncate(b.u.text, 160)}`;
    out.push(
      `<a href="#call-${callN}-u-${b.u.index}"><rect class="utt ${b.u.speaker}${b.approx ? ' approx' : ''}" x="${n1(x(b.from))}" y="${lane.top + 3}" ` +
        `width="${n1(Math.max(1.5, x(b.to) - x(b.from) - (b.approx ? 1 : 0)))}" height="${lane.h - 6}" rx="2"><title>${esc(title)}</title></rect></a>`,
    );
  }
  // Overlaps on top, between the lanes.
  for (const o of overlaps) {
    out.push(
      `<g class="overlap-g"><title>${esc(`${w.overlap} ${clock(o.from)}–${clock(o.to)} (${secs(o.to - o.from)} ${w.seconds})`)}</title>` +
        `<rect class="overlap" x="${n1(x(o.from))}" y="${LANE.agent.top}" width="${n1(Math.max(1.5, x(o.to) - x(o.from)))}" height="${LANE.customer.top + LANE.customer.h - LANE.agent.top}"/></g>`,
    );
  }
  // Events.
  for (const e of evs) {
    const ex = n1(x(e.at!));
    const t = clock(e.at);
    if (e.type === 'ring') {
      out.push(`<g class="event ring"><title>${esc(`${w.ring} ${t}`)}</title><circle class="ev-ring" cx="${ex}" cy="${EV.mid}" r="4"/></g>`);
    } else if (e.type === 'answer') {
      const cx = x(e.at!);
      out.push(
        `<g class="event answer"><title>${esc(`${w.answer} ${t}`)}</title>` +
          `<line class="ev-line answer" x1="${ex}" y1="${EV.mid}" x2="${ex}" y2="${speechBottom}"/>` +
          `<path class="ev-answer" d="M${n1(cx)} ${EV.mid - 6} L${n1(cx + 6)} ${EV.mid} L${n1(cx)} ${EV.mid + 6} L${n1(cx - 6)} ${EV.mid} Z"/></g>`,
      );
    } else if (e.type === 'transfer') {
      const cx = x(e.at!);
      const title = `${w.transfer} ${t}${e.to ? ` ${w.to} ${e.to}` : ''}`;
      out.push(
        `<g class="event transfer"><title>${esc(title)}</title>` +
          `<line class="ev-line transfer" x1="${ex}" y1="${EV.mid}" x2="${ex}" y2="${speechBottom}"/>` +
          `<path class="ev-transfer" d="M${n1(cx - 7)} ${EV.mid} H${n1(cx + 5)} M${n1(cx + 1)} ${EV.mid - 4} L${n1(cx + 6)} ${EV.mid} L${n1(cx + 1)} ${EV.mid + 4}"/></g>`,
      );
    } else if (e.type === 'hangup') {
      const cx = x(e.at!);
      const by = e.by ? (e.by === 'agent' ? w.agent : w.customer) : '';
      const title = `${w.hangup} ${t}${by ? ` ${w.by(by.toLowerCase())}` : ''}`;
      const anchor = cx > X1 - 120 ? 'end' : 'start';
      const tx = anchor === 'end' ? cx - 8 : cx + 8;
      out.push(
        `<g class="event hangup"><title>${esc(title)}</title>` +
          `<line class="ev-line hangup" x1="${ex}" y1="${EV.mid}" x2="${ex}" y2="${speechBottom}"/>` +
          `<rect class="ev-hangup" x="${n1(cx - 4)}" y="${EV.mid - 6}" width="8" height="12" rx="1.5"/>` +
          `<text class="ev-label" x="${n1(tx)}" y="${EV.mid + 4}" text-anchor="${anchor}">${esc(`${w.hangup}${by ? ` (${by.toLowerCase()})` : ''}`)}</text></g>`,
      );
    }
    // hold/unhold are drawn as the shaded hold.
  }
  // Findings pinned at their time, on two rows; a marker that would cover another moves right
  // (its stem stays at the true time).
  const placed: number[][] = [[], []];
  const GAP = 15;
  const free = (row: number, at: number) => placed[row]!.every((p) => Math.abs(p - at) >= GAP);
  const pinned = findings.filter((x) => x.f.at !== null).sort((a, b) => a.f.at! - b.f.at! || a.n - b.n);
  for (const f of pinned) {
    const fx = x(f.f.at!);
    let row = free(0, fx) ? 0 : free(1, fx) ? 1 : -1;
    let cx = fx;
    if (row < 0) {
      // Both rows taken here: the row whose markers end first, just right of them.
      const ends = placed.map((r) => Math.max(...r.filter((p) => p > fx - GAP)));
      row = ends[0]! <= ends[1]! ? 0 : 1;
      cx = ends[row]! + GAP;
    }
    placed[row]!.push(cx);
    const cy = FIND.rows[row]!;
    const sev = esc(f.f.severity);
    const range = f.f.end !== null && f.f.end > f.f.at! ? `<rect class="f-range sev-${sev}" x="${n1(fx)}" y="${cy - 2}" width="${n1(x(f.f.end) - fx)}" height="4" rx="2"/>` : '';
    const stem = cx === fx
      ? `<line class="f-line sev-${sev}" x1="${n1(fx)}" y1="${speechTop}" x2="${n1(fx)}" y2="${cy - 7}"/>`
      : `<polyline class="f-line sev-${sev}" points="${n1(fx)},${speechTop} ${n1(fx)},${cy - 9} ${n1(cx)},${cy - 5}"/>`;
    out.push(
      `<g class="finding" data-rule="${esc(f.rule)}" data-severity="${sev}"><title>${esc(`${f.rule}: ${f.f.message}`)}</title>` +
        `<a href="#call-${callN}-f-${f.n}">${stem}${range}` +
        `<circle class="marker sev-${sev}" cx="${n1(cx)}" cy="${cy}" r="7"/>` +
        `<text class="marker-num" x="${n1(cx)}" y="${cy + 3.5}" text-anchor="middle">${f.n}</text></a></g>`,
    );
  }
  out.push('</svg>');
  if (approximate) out.push(`<figcaption class="small muted">${esc(w.approxNote)}</figcaption>`);
  out.push('</figure>');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Static assets (no input in here)

const DEFS =
  '<svg class="defs" xmlns="http://www.w3.org/2000/svg" width="0" height="0" aria-hidden="true" focusable="false"><defs>' +
  '<pattern id="etk-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
  '<rect width="6" height="6" fill="#f1f3f5"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9aa3ad" stroke-width="2"/></pattern>' +
  '</defs></svg>';

const CSS = `
:root{--fg:#1f2933;--muted:#66727f;--line:#dde2e8;--bg:#f6f7f9;--card:#fff;--agent:#2f6fde;--customer:#119184;--hold:#8b5cf6;
--error:#d92d20;--warn:#dc8a00;--pass:#16803c;--erred:#9b2fae;--overlap:#e0367a;--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}
.defs{position:absolute;width:0;height:0;overflow:hidden}
.page-head{padding:20px 32px 8px;max-width:1280px;margin:0 auto}
.page-head h1{margin:0;font-size:24px;letter-spacing:-.01em}
.tool{margin:2px 0 0;color:var(--muted)}
main{max-width:1280px;margin:0 auto;padding:0 32px 48px}
h2{font-size:18px;margin:24px 0 12px}
h3{font-size:15px;margin:0 0 8px}
h4{font-size:13px;margin:0 0 6px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
code{font-family:var(--mono);font-size:12px}
.muted{color:var(--muted)}
.small{font-size:12.5px}
#summary{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:4px 20px 20px}
.stats{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:18px}
.stat{flex:1 1 110px;border:1px solid var(--line);border-radius:8px;padding:10px 14px;background:#fbfcfd}
.stat-value{display:block;font-size:24px;font-weight:650;font-variant-numeric:tabular-nums}
.stat-label{color:var(--muted);font-size:12.5px}
.stat-pass .stat-value{color:var(--pass)}.stat-fail .stat-value{color:var(--error)}.stat-error .stat-value{color:var(--erred)}
.summary-grid{display:grid;grid-template-columns:minmax(0,580px) minmax(0,1fr);gap:32px}
@media (max-width:1100px){.summary-grid{grid-template-columns:1fr}}
figure{margin:0}
.chart .hint{margin:-4px 0 8px;color:var(--muted);font-size:12.5px}
#failures-by-rule{display:block;font-size:12px;max-width:100%;height:auto}
#failures-by-rule .row-bg{fill:transparent}
#failures-by-rule .bar{cursor:pointer}
#failures-by-rule .bar:hover .row-bg,#failures-by-rule .bar:focus .row-bg{fill:#eef2f7}
#failures-by-rule .label{font-family:var(--mono);fill:var(--fg)}
#failures-by-rule .zero .label{fill:var(--muted)}
#failures-by-rule .track{fill:#eef0f3}
#failures-by-rule .sev-error .fill{fill:var(--error)}
#failures-by-rule .sev-warn .fill{fill:var(--warn)}
#failures-by-rule .value{fill:var(--muted);font-variant-numeric:tabular-nums}
table{border-collapse:collapse;width:100%;margin-bottom:20px;font-size:13px}
th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left}
thead th{color:var(--muted);font-weight:600;font-size:12px;border-bottom:2px solid var(--line)}
.num{text-align:right;font-variant-numeric:tabular-nums}
td.bad{color:var(--error);font-weight:600}td.err{color:var(--erred);font-weight:600}
#worst-calls{margin:0;padding-left:22px}
#worst-calls li{margin:0 0 6px}
#worst-calls a{text-decoration:none;color:var(--fg)}
#worst-calls a:hover .where{text-decoration:underline}
#worst-calls .where{font-family:var(--mono);font-size:12.5px}
#worst-calls .rules code{color:var(--muted);font-size:11.5px}
.score-pill{display:inline-block;min-width:44px;text-align:center;border-radius:999px;padding:0 8px;font-size:12px;font-weight:600;font-variant-numeric:tabular-nums;background:#eef0f3}
.score-pill.fail{background:#fde8e7;color:#a8231a}.score-pill.pass{background:#e4f4e9;color:#17663a}.score-pill.error{background:#f4e6f7;color:#7d2690}
html{scroll-padding-top:64px}
.filters{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:16px;align-items:center;background:rgba(246,247,249,.96);padding:10px 0;border-bottom:1px solid var(--line);margin-bottom:10px}
.filters label{font-weight:600;font-size:13px}
.filters select{font:inherit;font-weight:400;margin-left:6px;padding:3px 6px;border:1px solid #c5ccd4;border-radius:6px;background:#fff}
#visible-count{color:var(--muted);margin-left:auto}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:12px;color:var(--muted);margin:0 0 14px}
.legend .key{display:inline-flex;align-items:center;gap:5px}
article.call{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--line);border-radius:10px;padding:14px 20px 12px;margin:0 0 16px}
article.call[data-status="fail"]{border-left-color:var(--error)}
article.call[data-status="pass"]{border-left-color:var(--pass)}
article.call[data-status="error"]{border-left-color:var(--erred)}
.call-head{display:flex;align-items:center;gap:12px;flex-wrap:wrap}
.call-head .where{margin:0;font-family:var(--mono);font-size:14px;font-weight:600;word-break:break-all}
.call-head .score-pill{margin-left:auto;font-size:13px}
.badge{display:inline-block;border-radius:4px;padding:1px 8px;font-size:12px;font-weight:700;letter-spacing:.04em;color:#fff}
.badge.pass{background:var(--pass)}.badge.fail{background:var(--error)}.badge.error{background:var(--erred)}
.call-meta{display:flex;flex-wrap:wrap;gap:4px 18px;margin:6px 0 4px;font-size:12.5px}
.call-meta div{display:flex;gap:5px}.call-meta dt{color:var(--muted)}.call-meta dd{margin:0}
.failed-rules{margin:4px 0;font-size:12.5px}
.chip{border-radius:4px;padding:0 6px;font-size:11.5px;white-space:nowrap;display:inline-block;margin:1px 0}
.chip.sev-error{background:#fde8e7;color:#a8231a}.chip.sev-warn{background:#fff3dc;color:#8a5600}
.call-error pre{white-space:pre-wrap;background:#f8eefa;border:1px solid #e6cdec;border-radius:6px;padding:8px 12px;font-family:var(--mono);font-size:12.5px;color:#5e1c6e}
.no-timeline{color:var(--muted);font-style:italic;font-size:13px;margin:10px 0}
.timeline-box{margin:10px 0 2px}
svg.timeline{display:block;font-size:10px;overflow:visible}
svg.timeline .axis text{fill:var(--muted);font-variant-numeric:tabular-nums}
svg.timeline .grid{stroke:#eceff2;stroke-width:1}
svg.timeline .baseline{stroke:#c9d0d8}
svg.timeline .lane{fill:#f7f9fb}
svg.timeline .lane-label{fill:var(--muted);font-size:10.5px;font-weight:600}
.utt.agent{fill:var(--agent)}.utt.customer{fill:var(--customer)}
.utt.approx{fill-opacity:.4;stroke-dasharray:3 2;stroke-width:1.2}
.utt.agent.approx{stroke:var(--agent)}.utt.customer.approx{stroke:var(--customer)}
svg.timeline a:hover .utt{fill-opacity:.75}
.hold{fill:var(--hold);fill-opacity:.16;stroke:var(--hold);stroke-opacity:.5;stroke-width:1}
.hold.open{stroke-dasharray:4 3}
svg.timeline .hold-label{fill:#6d3fd6;font-size:9px;font-weight:700;letter-spacing:.08em}
.silence{fill:url(#etk-hatch);stroke:#b6bec7;stroke-width:.8}
.overlap{fill:var(--overlap);fill-opacity:.28;stroke:var(--overlap);stroke-width:1}
.ev-ring{fill:#fff;stroke:#6b7683;stroke-width:1.5}
.ev-answer{fill:var(--pass)}
.ev-transfer{fill:none;stroke:#3b4fd6;stroke-width:2}
.ev-hangup{fill:#2a323c}
svg.timeline .ev-line{stroke-width:1;stroke-dasharray:2 2}
svg.timeline .ev-line.answer{stroke:var(--pass)}svg.timeline .ev-line.transfer{stroke:#3b4fd6}svg.timeline .ev-line.hangup{stroke:#2a323c}
svg.timeline .ev-label{fill:#2a323c;font-size:10px;font-weight:600}
.marker.sev-error{fill:var(--error)}.marker.sev-warn{fill:var(--warn)}
svg.timeline .marker{stroke:#fff;stroke-width:1.5}
svg.timeline .marker-num{fill:#fff;font-size:9px;font-weight:700}
svg.timeline .f-line{fill:none;stroke-width:1.2;stroke-dasharray:3 2}
svg.timeline .f-line.sev-error{stroke:var(--error)}svg.timeline .f-line.sev-warn{stroke:var(--warn)}
svg.timeline .f-range{fill-opacity:.35}.f-range.sev-error{fill:var(--error)}.f-range.sev-warn{fill:var(--warn)}
svg.timeline g.finding:hover .marker{stroke:var(--fg)}
.timeline-box figcaption{margin-top:2px}
.events-line{margin:4px 0 8px}
.call-findings{margin:8px 0}
ul.notes{list-style:none;margin:6px 0 0;padding:0}
.finding-note{display:flex;gap:8px;align-items:flex-start;margin:0 0 6px;padding:6px 10px;border-radius:6px;background:#fff7f6;border:1px solid #f6d2cf}
.finding-note.sev-warn{background:#fffaf0;border-color:#f3e0b5}
.finding-note:target{outline:2px solid var(--fg)}
.finding-note .num{flex:none;display:inline-flex;align-items:center;justify-content:center;width:18px;height:18px;border-radius:50%;color:#fff;font-size:10.5px;font-weight:700;margin-top:1px}
.num.sev-error{background:var(--error)}.num.sev-warn{background:var(--warn)}
.finding-note .body{min-width:0}
.finding-note p{margin:0}
.finding-note .rule{color:var(--muted);margin-right:4px}
.finding-note .suggestion{color:#17663a;margin-top:2px}
.finding-note .fnote{color:var(--muted);font-size:12.5px;margin-top:2px}
.quote{margin:4px 0;padding:2px 10px;border-left:3px solid var(--line);color:#3c4650}
details.transcript-box{margin:8px 0 6px}
details.transcript-box>summary{cursor:pointer;font-weight:600;font-size:13px;padding:4px 0;color:#3c4650}
ol.transcript{list-style:none;margin:6px 0 0;padding:0;border-top:1px solid var(--line)}
ol.transcript>li{display:grid;grid-template-columns:52px 86px minmax(0,1fr) auto;gap:0 10px;padding:5px 6px;border-bottom:1px solid #eef0f3}
ol.transcript>li.has-findings{background:#fffdf8}
ol.transcript>li:target{background:#eef4ff}
ol.transcript .time{font-family:var(--mono);font-size:12px;color:var(--muted);padding-top:1px}
ol.transcript .speaker{font-weight:600;font-size:12.5px}
ol.transcript li.agent .speaker{color:var(--agent)}ol.transcript li.customer .speaker{color:var(--customer)}
ol.transcript .line{font-size:11px;color:#9aa3ad;white-space:nowrap}
ol.transcript ul.notes{grid-column:3/5}
mark{background:#ffe1dd;color:inherit;border-bottom:2px solid var(--error);padding:0 1px;border-radius:2px}
mark.sev-warn{background:#ffefc7;border-bottom-color:var(--warn)}
.notes-line,.skipped-line{margin:4px 0 0;color:#4b5561}
@media print{
  body{background:#fff;font-size:11.5px}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .filters select,.filters label,.chart .hint{display:none!important}
  .filters{position:static;border:0;padding:0;background:none}
  .summary-grid{grid-template-columns:1fr}
  #visible-count{margin:0}
  main,.page-head{padding-left:0;padding-right:0;max-width:none}
  #summary,article.call{border-radius:0;box-shadow:none}
  article.call{break-inside:auto}
  svg.timeline,ol.transcript>li,.finding-note,.call-head{break-inside:avoid}
  details.transcript-box>summary{list-style:none}
  details.transcript-box::details-content{content-visibility:visible;display:block}
  a{color:inherit;text-decoration:none}
}
`.trim().replace(/\n/g, '');

/** The only script: filters, bar-chart clicks, and opening everything for print. No input in here. */
const SCRIPT = `
(function(){
'use strict';
var rule=document.getElementById('filter-rule');
var status=document.getElementById('filter-status');
var count=document.getElementById('visible-count');
var calls=Array.prototype.slice.call(document.querySelectorAll('article.call'));
function apply(){
var r=rule.value,s=status.value,n=0;
calls.forEach(function(a){
var rules=(a.getAttribute('data-rules')||'').split(' ');
var ok=(s===''||a.getAttribute('data-status')===s)&&(r===''||rules.indexOf(r)>=0);
if(ok){a.removeAttribute('hidden');n++;}else{a.setAttribute('hidden','');}
});
count.textContent=(count.getAttribute('data-template')||'{n}/{m}').replace('{n}',String(n)).replace('{m}',String(calls.length));
}
rule.addEventListener('change',apply);
status.addEventListener('change',apply);
Array.prototype.forEach.call(document.querySelectorAll('#failures-by-rule g.bar'),function(g){
function pick(){rule.value=g.getAttribute('data-rule');status.value='';apply();document.getElementById('calls').scrollIntoView();}
g.addEventListener('click',pick);
g.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();pick();}});
});
document.addEventListener('click',function(e){
var a=e.target&&e.target.closest?e.target.closest('a[href^="#call-"]'):null;
if(!a)return;
var t=document.getElementById(a.getAttribute('href').slice(1));
var art=t&&t.closest?t.closest('article.call'):null;
if(art&&art.hasAttribute('hidden')){rule.value='';status.value='';apply();}
});
var closed=[];
window.addEventListener('beforeprint',function(){
closed=Array.prototype.filter.call(document.querySelectorAll('details'),function(d){return !d.open;});
closed.forEach(function(d){d.open=true;});
});
window.addEventListener('afterprint',function(){closed.forEach(function(d){d.open=false;});closed=[];});
apply();
})();
`.trim();
