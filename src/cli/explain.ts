// `etiket explain <rule-id>`: what the rule checks, why (the standard's words), its options with
// defaults, and a passing and a failing example taken from the rule's own fixtures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale, Rule } from '../engine/rule.js';
import { didYouMean } from '../match/lexicon.js';
import { packageRoot } from '../paths.js';
import { readExpectation, runFixture } from '../testing/fixtures.js';

/** A level-2 section of the rule's .md page ("## Why" … up to the next "## "). */
export function docSection(markdown: string, title: RegExp): string | null {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^##\s/.test(l) && title.test(l.replace(/^##\s+/, '')));
  if (start < 0) return null;
  let end = lines.findIndex((l, i) => i > start && /^##?\s/.test(l));
  if (end < 0) end = lines.length;
  return lines.slice(start + 1, end).join('\n').trim();
}

/** Option rows from the .md options table: name → meaning. */
function optionMeanings(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of (docSection(markdown, /^options/i) ?? '').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const name = /^`([A-Za-z]\w*)`$/.exec(cells[1] ?? '')?.[1];
    if (name && cells.length >= 4) out.set(name, cells[cells.length - 2]!);
  }
  return out;
}

interface Example {
  readonly file: string;
  /** The transcript with its line numbers, expectation headers left out. */
  readonly body: string;
  /** What the rule reports on it, "line N: message". */
  readonly findings: readonly string[];
}

/**
 * The shortest passing and failing text fixtures of the rule (preferring ones with default
 * options and config), run through the rule so the example shows real messages.
 */
function examples(rule: Rule, catalogue: readonly Rule[], locale: Locale): { pass: Example | null; fail: Example | null } {
  const dir = join(packageRoot(), 'fixtures', rule.id);
  if (!existsSync(dir)) return { pass: null, fail: null };
  // Text fixtures read best; timing rules have mostly JSON ones (they need end times).
  const files = readdirSync(dir).filter((f) => /\.(txt|json)$/.test(f)).sort();
  const pick = (prefix: string): Example | null => {
    const candidates = files.filter((f) => f.startsWith(prefix)).map((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      const e = readExpectation(f, source);
      const plain = Object.keys(e.options).length === 0 && Object.keys(e.config).length === 0 ? 0 : 1;
      const json = f.endsWith('.json') ? 1 : 0;
      return { f, source, rank: plain * 1e7 + json * 1e6 + source.length };
    });
    candidates.sort((a, b) => a.rank - b.rank);
    const c = candidates[0];
    if (!c) return null;
    const lines = c.source.split(/\r?\n/);
    const width = String(lines.length).length;
    const hidden = expectationLines(lines);
    const body = lines
      .map((l, i) => ({ l, n: i + 1 }))
      .filter(({ l, n }) => l.trim() !== '' && !hidden.has(n))
      .map(({ l, n }) => `${String(n).padStart(width)} | ${l}`)
      .join('\n');
    const outcome = runFixture(rule, catalogue, join(dir, c.f), `fixtures/${rule.id}/${c.f}`, { locale });
    const findings = outcome.result.findings.map((f) => `line ${f.line ?? '?'}: ${f.message}${f.suggestion ? `\n    → ${f.suggestion}` : ''}`);
    return { file: `fixtures/${rule.id}/${c.f}`, body, findings };
  };
  // Examples in the reader's language: English fixtures (en-pass-…) for --locale en when the
  // rule has them, else the standard's Indonesian ones.
  const en = locale === 'en' ? 'en-' : '';
  return { pass: pick(`${en}pass-`) ?? pick('pass-'), fail: pick(`${en}fail-`) ?? pick('fail-') };
}

/** Line numbers of the fixture's own expectation: "# expect:" in text, the "$expect" member in JSON. */
function expectationLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((l, i) => { if (/^#\s*expect\s*:/.test(l.trim())) out.add(i + 1); });
  const start = lines.findIndex((l) => l.includes('"$expect"'));
  if (start >= 0) {
    let depth = 0;
    for (let i = start; i < lines.length; i++) {
      out.add(i + 1);
      for (const ch of lines[i]!) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      if (depth <= 0) break;
    }
  }
  return out;
}

/** Markdown emphasis is noise on a terminal. */
const plain = (md: string) => md.replace(/\*\*([^*]+)\*\*/g, '$1');

const indent = (text: string, pad = '  ') => text.split('\n').map((l) => (l ? pad + l : l)).join('\n');

export function explainRule(rule: Rule, catalogue: readonly Rule[], locale: Locale = 'en'): string {
  const root = packageRoot();
  const docPath = join(root, 'rules', `${rule.id}.md`);
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
  const out: string[] = [];
  out.push(`${rule.id} (default: ${rule.meta.defaultSeverity})`, rule.meta.description, '');
  if (rule.meta.appliesTo) out.push(`Applies to: ${rule.meta.appliesTo}`, '');
  const what = docSection(doc, /^(what it checks|checks|what)/i);
  if (what) out.push('What it checks', indent(plain(what)), '');
  out.push(`Why (telephone-etiquette standard, lines ${rule.meta.seed.join(', ')})`);
  out.push(indent(plain(docSection(doc, /^why/i) ?? '(see the rule page)')), '');

  const defaults = rule.meta.options.parse({}) as Record<string, unknown>;
  const meanings = optionMeanings(doc);
  const names = Object.keys(rule.meta.options.shape);
  out.push('Options');
  if (names.length === 0) out.push('  (none)');
  for (const name of names) {
    const schema = rule.meta.options.shape[name] as { description?: string };
    const meaning = meanings.get(name) ?? schema.description ?? '';
    out.push(`  ${name} = ${JSON.stringify(defaults[name])}${meaning ? `\n      ${meaning}` : ''}`);
  }
  out.push('', `Messages: ${Object.keys(rule.meta.messages).join(', ')}`, '');

  const ex = examples(rule, catalogue, locale);
  if (ex.pass) out.push(`Passing example (${ex.pass.file})`, indent(ex.pass.body), '');
  if (ex.fail) out.push(`Failing example (${ex.fail.file})`, indent(ex.fail.body), '', 'reports', indent(ex.fail.findings.join('\n')), '');
  out.push(`More: rules/${rule.id}.md`);
  return out.join('\n') + '\n';
}

export function unknownRuleMessage(id: string, catalogue: readonly Rule[]): string {
  return `etiket: unknown rule "${id}"${didYouMean(id, catalogue.map((r) => r.id))}; \`etiket rules\` lists them\n`;
}
