// The shipped lexicons are counterparts: every concept, class and phrasing a rule uses exists in
// Indonesian and in English, so a call in either language gets a verdict, never a crash or a
// silent "nothing matched" from a missing list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedLexicons } from '../src/match/language.js';
import { fillTemplate } from '../src/match/lexicon.js';

const root = join(import.meta.dirname, '..');
const files = Object.fromEntries(['id', 'en'].map((l) => [l, JSON.parse(readFileSync(join(root, 'rules', 'lexicons', `${l}.json`), 'utf8'))])) as Record<string, {
  concepts: Record<string, { description: string; phrases: string[] }>;
  classes: Record<string, string[]>;
  say: Record<string, string>;
  addressForms: Record<string, string>;
}>;
const id = files.id!;
const en = files.en!;
const ruleSources = readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.ts')).map((f) => [f, readFileSync(join(root, 'rules', f), 'utf8')] as const);
const placeholders = (t: string) => [...t.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('shipped lexicons', () => {
  it('load and validate', () => {
    expect([...shippedLexicons().keys()]).toEqual(['en', 'id']);
  });
  it('have the same concepts in the same order', () => {
    expect(Object.keys(en.concepts)).toEqual(Object.keys(id.concepts));
  });
  it('have the same word classes (English may add `common`, its known words)', () => {
    expect(Object.keys(en.classes).filter((c) => c !== 'common').sort()).toEqual(Object.keys(id.classes).sort());
  });
  it('have the same phrasings, with the same placeholders', () => {
    expect(Object.keys(en.say).sort()).toEqual(Object.keys(id.say).sort());
    for (const key of Object.keys(id.say)) expect([key, placeholders(en.say[key]!)]).toEqual([key, placeholders(id.say[key]!)]);
  });
  it('leave a concept empty only where the language has no such words, and say so', () => {
    for (const [lang, file] of Object.entries(files)) {
      for (const [name, c] of Object.entries(file.concepts)) {
        expect(c.description, `${lang}: ${name}`).not.toMatch(/TODO/);
        if (c.phrases.length === 0) expect(c.description, `${lang}: ${name}`).toMatch(/^Not in (English|Indonesian)\b/);
      }
    }
  });
  it('every concept and phrasing a rule names exists', () => {
    const concepts = new Set(Object.keys(id.concepts));
    for (const [file, src] of ruleSources) {
      for (const m of src.matchAll(/(?:find|has|hasConcept)\([^,()]*(?:\([^()]*\))?[^,()]*,\s*'([\w.-]+)'/g)) {
        expect(concepts.has(m[1]!), `${file}: concept "${m[1]}"`).toBe(true);
      }
      for (const m of src.matchAll(/\bsay\(\s*'([\w.-]+)'/g)) {
        expect(m[1]! in id.say && m[1]! in en.say, `${file}: phrasing "${m[1]}"`).toBe(true);
      }
    }
  });
  it('fills phrasings: placeholders, and [optional parts] left out when empty', () => {
    expect(fillTemplate('Terima kasih sudah menunggu[, {{address}}].', { address: 'Bu Sari' })).toBe('Terima kasih sudah menunggu, Bu Sari.');
    expect(fillTemplate('Terima kasih sudah menunggu[, {{address}}].', { address: '' })).toBe('Terima kasih sudah menunggu.');
    expect(fillTemplate('Thank you for waiting[, {{address}}].', { address: null })).toBe('Thank you for waiting.');
    expect(() => fillTemplate('Hello {{name}}', {})).toThrow('phrasing placeholder {{name}} has no data');
    expect(() => fillTemplate('Hello [there', {}, true)).toThrow('unclosed [');
  });
  it('address the customer in each language', () => {
    const lx = shippedLexicons();
    expect(lx.get('id')!.address('ibu', 'Maya Lestari')).toBe('Bu Maya');
    expect(lx.get('id')!.address('bapak')).toBe('Pak');
    expect(lx.get('en')!.address('mr', 'John Smith')).toBe('Mr Smith');
    expect(lx.get('en')!.address('mr')).toBe('');
    expect(lx.get('en')!.address('madam', 'Jane Doe')).toBe("ma'am");
    expect(lx.get('en')!.address('hello')).toBeNull();
  });
});
