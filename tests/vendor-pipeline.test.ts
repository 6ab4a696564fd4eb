// From an adapter's segments to a call: order, merging, roles (file, config, inferred with a
// confidence), holds from marked silences, the sidecar, and rules skipping on uncertain roles.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { resolveConfig } from '../src/config/load.js';
import { checkCall } from '../src/engine/runner.js';
import { readSidecar } from '../src/transcript/vendor/read.js';
import { assignRoles, orderAndMerge, vendorToCall, type RoleHints } from '../src/transcript/vendor/to-call.js';
import type { VendorSegment } from '../src/transcript/vendor/types.js';

const config = resolveConfig({ company: { name: 'Ventura' } }, rules);
const hints: RoleHints = { agent: [], customer: [], lexicon: config.env.lexicon, company: config.env.company };
const seg = (speaker: string | null, start: number, end: number, text: string, extra: Partial<VendorSegment> = {}): VendorSegment =>
  ({ speaker, channel: null, role: null, start, end, text, line: null, ...extra });

const GREETING = [
  seg('spk_1', 0.5, 4.0, 'Selamat pagi, Ventura, dengan Nia, ada yang bisa saya bantu?'),
  seg('spk_0', 4.6, 7.0, 'Pagi Mbak, saya mau tanya jadwal pemasangan.'),
  seg('spk_1', 7.5, 10.0, 'Baik, boleh saya tahu nama Bapak?'),
  seg('spk_0', 10.4, 11.5, 'Hendra.'),
];

describe('order and merge', () => {
  it('sorts by start and joins fragments of one voice less than a second apart', () => {
    const merged = orderAndMerge([
      seg('A', 5, 6, 'dua'), seg('A', 0, 2, 'Selamat'), seg('A', 2.4, 4, 'pagi,'), seg('B', 4.2, 5, 'iya'), seg('A', 9, 10, 'tiga'), seg('A', 10.5, 11, ' '),
    ]);
    expect(merged.map((s) => [s.speaker, s.start, s.end, s.text])).toEqual([
      ['A', 0, 4, 'Selamat pagi,'], ['B', 4.2, 5, 'iya'], ['A', 5, 6, 'dua'], ['A', 9, 10, 'tiga'],
    ]);
  });
});

describe('roles', () => {
  it('from the file when it says so', () => {
    const { roles } = assignRoles([seg(null, 0, 1, 'Halo', { role: 'agent', channel: '0' }), seg(null, 1, 2, 'Hai', { role: 'customer', channel: '1' })], hints);
    expect(roles).toEqual({ source: 'file', confidence: null, map: { 'channel 0': 'agent', 'channel 1': 'customer' } });
  });
  it('from the config or flags: a label or a channel (ch_1 or 1)', () => {
    expect(assignRoles(GREETING, { ...hints, agent: ['SPK_1'] }).roles).toEqual({ source: 'config', confidence: null, map: { spk_1: 'agent', spk_0: 'customer' } });
    const byChannel = [seg(null, 0, 1, 'a', { channel: '1' }), seg(null, 1, 2, 'b', { channel: '0' })];
    expect(assignRoles(byChannel, { ...hints, agent: ['ch_1'] }).roles.map).toEqual({ 'channel 1': 'agent', 'channel 0': 'customer' });
  });
  it('inferred from the greeting: the voice that greets and offers help is the agent', () => {
    const { roles } = assignRoles([...GREETING].reverse().map((s, i) => ({ ...s, start: i, end: i + 0.5 })), hints);
    expect(roles.source).toBe('inferred');
    expect(roles.map).toEqual({ spk_0: 'customer', spk_1: 'agent' });
    expect(roles.confidence).toBeGreaterThanOrEqual(0.7);
  });
  it('three labels for two people: both agent-like labels map to the agent', () => {
    const split = [...GREETING, seg('spk_2', 12, 15, 'Mohon tunggu sebentar ya Pak, saya cek dulu. Ada lagi yang bisa saya bantu?')];
    const { roles } = assignRoles(split, hints);
    expect(roles.map).toEqual({ spk_1: 'agent', spk_0: 'customer', spk_2: 'agent' });
  });
  it('no evidence (another language, one voice): roles uncertain', () => {
    const english = assignRoles([seg('A', 0, 1, 'Hello there.'), seg('B', 1, 2, 'Hi, I need help.')], hints).roles;
    expect(english).toEqual({ source: 'inferred', confidence: 0.4, map: { A: 'agent', B: 'customer' } });
    expect(assignRoles([seg(null, 0, 1, 'Selamat pagi')], hints).roles.confidence).toBe(0);
  });
});

describe('vendor calls in the engine', () => {
  it('uncertain roles: rules that judge the agent skip; event and timing rules still run', () => {
    const call = vendorToCall({ format: 'test', segments: [seg('A', 0, 1, 'Hello there.'), seg('B', 1.5, 2, 'Hi.')] }, 'x.json', 'x', hints, {
      events: [{ type: 'ring', at: 0, line: null }, { type: 'answer', at: 0, line: null }, { type: 'hangup', at: 3, by: 'agent', line: null }],
    });
    const result = checkCall(call, config.rules, config.env);
    const by = Object.fromEntries(result.rules.map((r) => [r.id, r.status === 'skip' ? r.reason : r.status]));
    expect(by['greeting-formula']).toBe('speaker roles uncertain');
    expect(by['name-request']).toBe('speaker roles uncertain');
    expect(by['caller-hangs-up-first']).toBe('fail');
    expect(by['answer-within-three-rings']).toBe('pass');
    expect(result.roles).toEqual({ source: 'inferred', confidence: 0.4, map: { A: 'agent', B: 'customer' } });
    expect(result.format).toBe('test');
  });
  it('marked silences of 10 s or more become holds, unless the sidecar has hold events', () => {
    const vc = { format: 'test', segments: GREETING, holds: [{ start: 12, end: 15 }, { start: 20, end: 45 }] };
    expect(vendorToCall(vc, 'x.json', 'x', hints).events.map((e) => [e.type, e.at])).toEqual([['hold', 20], ['unhold', 45]]);
    const own = vendorToCall(vc, 'x.json', 'x', hints, { events: [{ type: 'hold', at: 30, line: 3 }, { type: 'unhold', at: 40, line: 4 }] });
    expect(own.events.map((e) => [e.type, e.at])).toEqual([['hold', 30], ['unhold', 40]]);
  });
});

describe('sidecar', () => {
  it('adds id, direction, start, agent and events; errors name the sidecar, line and path', () => {
    const d = mkdtempSync(join(tmpdir(), 'etiket-sidecar-'));
    try {
      writeFileSync(join(d, 'a.meta.json'), JSON.stringify({ id: 'call-9', direction: 'outbound', startedAt: '2026-11-02T09:15:00+07:00', agent: { id: 'A-17', name: 'Anna' }, events: [{ type: 'hangup', at: 90, by: 'customer' }] }, null, 2));
      const meta = readSidecar(join(d, 'a.meta.json'), 'calls/a.json');
      if (meta instanceof Error) throw meta;
      expect(meta).toMatchObject({ id: 'call-9', direction: 'outbound', agent: { id: 'A-17', name: 'Anna' } });
      expect(meta.events!.map((e) => [e.type, e.at, e.by, e.line])).toEqual([['hangup', 90, 'customer', 10]]);
      writeFileSync(join(d, 'b.meta.json'), '{\n  "direction": "incoming",\n  "evnts": []\n}\n');
      const bad = readSidecar(join(d, 'b.meta.json'), 'calls/b.json');
      expect(bad instanceof Error ? bad.message : '').toBe([
        'calls/b.meta.json:2: direction: expected "inbound" or "outbound", got string "incoming"',
        'calls/b.meta.json:3: evnts: unknown key',
      ].join('\n'));
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
