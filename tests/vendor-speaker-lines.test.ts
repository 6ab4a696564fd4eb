// "[SPEAKER_00]: text" lines (diarized Whisper .txt): read as an export, never confused with
// etiket's own text format.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import adapter from '../src/transcript/vendor/speaker-lines.js';
import { parseTranscript } from '../src/transcript/read.js';
import { NO_EXTRA_LABELS } from '../src/transcript/speakers.js';
import { FIXTURES, fixtureReader } from './helpers/vendor.js';

const fixture = fixtureReader('speaker-lines')('diarized.txt');

describe('speaker-lines', () => {
  it('reads labels and words, line by line, without times', () => {
    const [vc] = adapter.read(null, fixture, 'x.txt', null);
    expect(vc!.segments.slice(0, 2)).toEqual([
      { speaker: 'SPEAKER_00', channel: null, role: null, start: null, end: null, text: 'Selamat siang, Ventura, dengan Sari, ada yang bisa saya bantu?', line: 1 },
      { speaker: 'SPEAKER_01', channel: null, role: null, start: null, end: null, text: 'Siang, Mbak. Saya mau tanya jadwal pemasangan jendela.', line: 2 },
    ]);
    expect(vc!.segments).toHaveLength(7);
  });
  it('becomes a call whose agent is inferred from the greeting', () => {
    const [p] = parseTranscript(fixture, 'calls/diarized.txt', NO_EXTRA_LABELS);
    if (!p || !p.ok) throw new Error('expected a call');
    expect(p.call.source).toBe('speaker-lines');
    expect(p.call.roles).toMatchObject({ source: 'inferred', map: { SPEAKER_00: 'agent', SPEAKER_01: 'customer' } });
    expect(p.call.roles!.confidence).toBeGreaterThanOrEqual(0.7);
    // Consecutive lines of one voice without times stay separate utterances (nothing says they touch).
    expect(p.call.utterances.map((u) => u.speaker)).toEqual(['agent', 'customer', 'agent', 'customer', 'agent', 'agent', 'customer']);
  });
  it('never claims an etiket text transcript', () => {
    const txt: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) { if (f !== 'vendor') walk(p); } else if (f.endsWith('.txt')) txt.push(p);
      }
    };
    walk(FIXTURES);
    expect(txt.length).toBeGreaterThan(150);
    const claimed = txt.filter((p) => adapter.detect(null, readFileSync(p, 'latin1')));
    expect(claimed).toEqual([]);
    expect(adapter.detect(null, '[00:08] Agent: Selamat pagi.\n[00:10] Customer: Pagi.')).toBe(false);
    expect(adapter.detect(null, '[SPEAKER_00]: Halo.\nCatatan bebas')).toBe(false);
  });
});
