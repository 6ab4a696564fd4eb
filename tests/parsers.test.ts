// The input side: every broken input in fixtures/invalid/ gives exactly the expected, complete
// error messages (file, line, JSON path, what was expected), and good inputs give exactly the
// expected call model.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, InputError } from '../src/transcript/errors.js';
import type { ParsedCall } from '../src/transcript/json.js';
import type { Call } from '../src/transcript/model.js';
import { parseTranscript, readTranscript } from '../src/transcript/read.js';
import { NO_EXTRA_LABELS, type SpeakerLabels } from '../src/transcript/speakers.js';
import { parseTextTranscript } from '../src/transcript/text.js';

const root = join(import.meta.dirname, '..');
const invalidDir = join(root, 'fixtures', 'invalid');

/** One parsed call as the test compares it: the call's id, or its formatted problems. */
type Outcome = { ok: string; line: number | null } | { error: string[]; line: number | null; id: string | null };

function outcomes(parsed: ParsedCall[]): Outcome[] {
  return parsed.map((p) => p.ok
    ? { ok: p.call.id, line: p.call.line }
    : { error: p.error.problems.map((q) => formatProblem(p.error.file, q)), line: p.line, id: p.id });
}

function readInvalid(name: string, labels: SpeakerLabels = NO_EXTRA_LABELS): Outcome[] {
  return outcomes(readTranscript(join(invalidDir, name), `fixtures/invalid/${name}`, labels));
}

const F = 'fixtures/invalid/';
const UNKNOWN_LABEL_HINT = 'expected an agent label (Agent, CS, Operator, …) or a customer label (Customer, Pelanggan, …), or add it under "speakers" in the config';
const BAD_STAMP_HINT = 'expected [mm:ss] or [hh:mm:ss], optionally with a fraction such as [00:08.5]';
const ISO_HINT = 'expected an ISO 8601 date-time such as 2026-11-02T09:15:00+07:00';
const err = (messages: string[], line: number | null = null, id: string | null = null): Outcome => ({ error: messages, line, id });

// Every file in fixtures/invalid/ and exactly what reading it must give, call by call.
const EXPECTED: Record<string, Outcome[]> = {
  // ---- text ----
  'text-unknown-label.txt': [err([
    `${F}text-unknown-label.txt:7: unknown speaker label "Kasir": expected an agent label (Agent, CS, Operator, …, Anna) or a customer label (Customer, Pelanggan, …), or add it under "speakers" in the config`,
  ])],
  'text-unknown-label-untimestamped.txt': [err([
    `${F}text-unknown-label-untimestamped.txt:4: unknown speaker label "Kasir": ${UNKNOWN_LABEL_HINT}`,
  ])],
  'text-bad-timestamp-four-parts.txt': [err([
    `${F}text-bad-timestamp-four-parts.txt:5: bad timestamp [1:2:3:4]: ${BAD_STAMP_HINT}`,
  ])],
  // The continuation line after the broken line belongs to it: one mistake, one problem.
  'text-bad-timestamp-seconds.txt': [err([
    `${F}text-bad-timestamp-seconds.txt:5: bad timestamp [00:75]: ${BAD_STAMP_HINT}`,
  ])],
  'text-timestamps-out-of-order.txt': [err([
    `${F}text-timestamps-out-of-order.txt:6: timestamp [00:12] is earlier than [00:15] on line 5: lines must be in time order`,
  ])],
  'text-hangup-without-party.txt': [err([
    `${F}text-hangup-without-party.txt:7: HANGUP: expected the party that hung up ("HANGUP agent" or "HANGUP customer"), got nothing`,
  ])],
  'text-bad-direction.txt': [err([
    `${F}text-bad-direction.txt:2: direction: expected "inbound" or "outbound", got "incoming"`,
  ])],
  'text-bad-started.txt': [err([
    `${F}text-bad-started.txt:2: started: ${ISO_HINT}, got "02/11/2026 09:15"`,
  ])],
  'text-continuation-before-utterance.txt': [err([
    `${F}text-continuation-before-utterance.txt:3: expected "SPEAKER: text", an event or a timestamp, got "Selamat pagi, Ventura, dengan Budi. Ada yang bisa saya bantu?" (a continuation line needs an utterance before it)`,
  ])],
  'text-no-utterances.txt': [err([
    `${F}text-no-utterances.txt: no utterances: expected at least one "SPEAKER: text" line`,
  ])],
  'text-event-junk.txt': [err([
    `${F}text-event-junk.txt:3: ANSWER: expected nothing after the event keyword, got "now"`,
  ])],
  'text-not-utf8.txt': [err([
    `${F}text-not-utf8.txt: not valid UTF-8 text (save the file as UTF-8)`,
  ])],
  // Every problem of the file, in file order (the header problems too, in their own order).
  'text-several-problems.txt': [err([
    `${F}text-several-problems.txt:2: started: ${ISO_HINT}, got "2026-11-02 25:00"`,
    `${F}text-several-problems.txt:3: direction: expected "inbound" or "outbound", got "keluar"`,
    `${F}text-several-problems.txt:7: unknown speaker label "Tamu": ${UNKNOWN_LABEL_HINT}`,
    `${F}text-several-problems.txt:8: bad timestamp [00:9x]: ${BAD_STAMP_HINT}`,
    `${F}text-several-problems.txt:10: timestamp [00:20] is earlier than [00:30] on line 9: lines must be in time order`,
    `${F}text-several-problems.txt:11: HANGUP: expected the party that hung up ("HANGUP agent" or "HANGUP customer"), got "someone"`,
  ])],
  // ---- JSON ----
  'json-trailing-comma.json': [err([
    `${F}json-trailing-comma.json:6: invalid JSON at column 89: trailing comma before "]" (JSON allows no comma after the last item)`,
  ])],
  'json-utterances-missing.json': [err([
    `${F}json-utterances-missing.json:1: utterances: missing (expected array)`,
  ], null, 'call-0202')],
  'json-start-not-number.json': [err([
    `${F}json-start-not-number.json:12: utterances[3].start: expected number, got string "00:19"`,
  ], null, 'call-0203')],
  'json-speaker-bot.json': [err([
    `${F}json-speaker-bot.json:4: utterances[0].speaker: expected "agent" or "customer", got "bot"`,
  ], null, 'call-0204')],
  'json-end-before-start.json': [err([
    `${F}json-end-before-start.json:5: utterances[1].end: expected a time at or after start (11.2), got 9.8`,
  ], null, 'call-0205')],
  'json-utterances-out-of-order.json': [err([
    `${F}json-utterances-out-of-order.json:6: utterances[2].start: expected a time at or after utterances[1].start (11), got 8: utterances must be in time order`,
  ], null, 'call-0206')],
  'json-event-unknown-type.json': [err([
    `${F}json-event-unknown-type.json:6: events[2].type: expected "ring" or "answer" or "hold" or "unhold" or "transfer" or "hangup", got string "mute"`,
  ], null, 'call-0207')],
  'json-events-out-of-order.json': [err([
    `${F}json-events-out-of-order.json:7: events[3].at: expected a time at or after events[2].at (80), got 62: events must be in time order`,
  ], null, 'call-0212')],
  'json-bad-started-at.json': [err([
    `${F}json-bad-started-at.json:3: startedAt: ${ISO_HINT}, got "2026-02-30T09:15:00+07:00"`,
  ], null, 'call-0208')],
  'json-not-an-object.json': [err([
    `${F}json-not-an-object.json:1: expected a call object or an array of call objects, got number 42`,
  ])],
  'json-empty-array.json': [err([
    `${F}json-empty-array.json:1: expected a call object or a non-empty array of call objects, got an empty array`,
  ])],
  'json-agent-name-number.json': [err([
    `${F}json-agent-name-number.json:3: agent.name: expected string, got number 5`,
  ], null, 'call-0211')],
  // One bad call in an array never stops the good one; paths of array calls start at [i].
  'json-array-one-bad-call.json': [
    { ok: 'call-0213', line: 2 },
    err([
      `${F}json-array-one-bad-call.json:11: [1].direction: expected "inbound" or "outbound", got string "keluar"`,
      `${F}json-array-one-bad-call.json:14: [1].utterances[1].speaker: missing (expected string)`,
    ], 9, 'call-0214'),
  ],
  // ---- JSON Lines ----
  'jsonl-bad-lines.jsonl': [
    { ok: 'call-0301', line: 1 },
    err([`${F}jsonl-bad-lines.jsonl:2: invalid JSON at column 93: expected ',' or ']' in array, found "{"`], 2, null),
    err([`${F}jsonl-bad-lines.jsonl:3: utterances[0].start: expected number, got string "2s"`], 3, 'call-0303'),
  ],
  'jsonl-empty.jsonl': [err([
    `${F}jsonl-empty.jsonl: no calls: expected one JSON call object per line`,
  ])],
};

describe('invalid inputs (fixtures/invalid)', () => {
  it('every fixture has an expectation here, and every expectation a fixture', () => {
    expect(readdirSync(invalidDir).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, () => {
      expect(readInvalid(name)).toEqual(expected);
    });
  }

  it('the InputError message is the formatted problems, one per line', () => {
    const [p] = readTranscript(join(invalidDir, 'text-several-problems.txt'), 'x/several.txt', NO_EXTRA_LABELS);
    expect(p!.ok).toBe(false);
    const e = (p as { error: InputError }).error;
    expect(e).toBeInstanceOf(InputError);
    expect(e.file).toBe('x/several.txt');
    expect(e.message.split('\n')).toEqual(e.problems.map((q) => formatProblem('x/several.txt', q)));
    expect(e.message.split('\n')[0]).toBe(`x/several.txt:2: started: ${ISO_HINT}, got "2026-11-02 25:00"`);
  });

  it('a configured label makes an unknown label known (the other problems stay)', () => {
    const [o] = readInvalid('text-several-problems.txt', { agent: [], customer: ['Tamu'] });
    expect(o).toEqual(err([
      `${F}text-several-problems.txt:2: started: ${ISO_HINT}, got "2026-11-02 25:00"`,
      `${F}text-several-problems.txt:3: direction: expected "inbound" or "outbound", got "keluar"`,
      `${F}text-several-problems.txt:8: bad timestamp [00:9x]: ${BAD_STAMP_HINT}`,
      `${F}text-several-problems.txt:10: timestamp [00:20] is earlier than [00:30] on line 9: lines must be in time order`,
      `${F}text-several-problems.txt:11: HANGUP: expected the party that hung up ("HANGUP agent" or "HANGUP customer"), got "someone"`,
    ]));
  });

  it('the good first line of a JSONL file with bad lines is fully parsed', () => {
    const [first] = readTranscript(join(invalidDir, 'jsonl-bad-lines.jsonl'), `${F}jsonl-bad-lines.jsonl`, NO_EXTRA_LABELS);
    expect(first!.ok).toBe(true);
    const call = (first as { call: Call }).call;
    expect(call).toEqual({
      id: 'call-0301', file: `${F}jsonl-bad-lines.jsonl`, line: 1, format: 'jsonl', direction: 'outbound',
      startedAt: null, agent: {}, customer: {}, metadata: {},
      utterances: [
        { index: 0, speaker: 'agent', label: 'agent', start: 2, end: 6, text: 'Selamat pagi, Bu. Saya Budi dari Ventura.', line: 1 },
        { index: 1, speaker: 'customer', label: 'customer', start: 7, end: 8, text: 'Ya, pagi.', line: 1 },
      ],
      events: [], hasTimes: true, hasEnds: true,
    });
  });

  it('the good call of a JSON array with a bad call is fully parsed', () => {
    const [first] = readTranscript(join(invalidDir, 'json-array-one-bad-call.json'), 'a.json', NO_EXTRA_LABELS);
    expect(first!.ok).toBe(true);
    const call = (first as { call: Call }).call;
    expect(call.utterances.map((u) => [u.speaker, u.start, u.end, u.line])).toEqual([['agent', 6, 10, 5], ['customer', 11, 14, 6]]);
  });
});

describe('reading files', () => {
  it('an unsupported extension is an input error, not a crash', () => {
    expect(outcomes(parseTranscript('id,speaker,text\n1,agent,Halo', 'calls/export.csv', NO_EXTRA_LABELS))).toEqual([
      err(['calls/export.csv: unsupported file type ".csv": expected .txt, .json, .jsonl, .vtt or .srt']),
    ]);
    expect(outcomes(parseTranscript('Agent: Halo', 'calls/README', NO_EXTRA_LABELS))).toEqual([
      err(['calls/README: unsupported file type "(none)": expected .txt, .json, .jsonl, .vtt or .srt']),
    ]);
  });

  it('the extension is matched case-insensitively', () => {
    expect(outcomes(parseTranscript('Agent: Halo', 'calls/A.TXT', NO_EXTRA_LABELS))).toEqual([{ ok: 'A', line: null }]);
  });

  it('a missing file and a directory are input errors of that path', () => {
    expect(outcomes(readTranscript(join(invalidDir, 'nope.txt'), 'fixtures/invalid/nope.txt', NO_EXTRA_LABELS))).toEqual([
      err(['fixtures/invalid/nope.txt: no such file']),
    ]);
    expect(outcomes(readTranscript(invalidDir, 'fixtures/invalid.txt', NO_EXTRA_LABELS))).toEqual([
      err(['fixtures/invalid.txt: is a directory']),
    ]);
  });
});

/** Parses one text transcript, failing the test with the parser's message if it is invalid. */
function text(source: string, file = 'calls/t.txt', labels: SpeakerLabels = NO_EXTRA_LABELS): Call {
  return parseTextTranscript(source, file, labels);
}

function one(source: string, file: string, labels: SpeakerLabels = NO_EXTRA_LABELS): Call {
  const parsed = parseTranscript(source, file, labels);
  expect(parsed).toHaveLength(1);
  const p = parsed[0]!;
  if (!p.ok) throw p.error;
  return p.call;
}

function textProblems(source: string, labels: SpeakerLabels = NO_EXTRA_LABELS): string[] {
  try {
    text(source, 't.txt', labels);
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((q) => formatProblem(e.file, q));
    throw e;
  }
  return [];
}

describe('text transcripts', () => {
  it('the first word of a header name is a label too, unless both parties share it', () => {
    const source = ['# agent: Anna Petrova', '# customer: Olga Sidorova', '[00:01] Anna: Selamat pagi.', '[00:03] olga: Pagi.'].join('\n');
    expect(text(source).utterances.map((u) => [u.label, u.speaker])).toEqual([['Anna', 'agent'], ['olga', 'customer']]);
    const shared = ['# agent: Budi Santoso', '# customer: Budi Hartono', '[00:01] Budi: Selamat pagi.'].join('\n');
    expect(() => text(shared)).toThrow('unknown speaker label "Budi"');
  });
  it('BOM, CRLF, case-insensitive header keys, unknown header kept, continuations, [h:mm:ss.f], events', () => {
    const source = '\uFEFF' + [
      '# ID: call-9001',
      '# Direction: Outbound',
      '# STARTED: 2026-11-02T09:15:00+07:00',
      '# Agent: Anna',
      '# Customer: Olga Sidorova',
      '# Queue: penjualan jendela',
      '',
      '[0:00:01.5] Anna: Selamat pagi, Bu Olga.',
      '  Saya Anna dari Ventura.',
      '[0:00:05] Olga Sidorova: Ya, pagi.',
      'Ada apa ya?',
      '# a comment in the body is skipped',
      '[0:01:10] TRANSFER Peter Alekseevich, kepala akuntan',
      '[0:01:12] TRANSFER',
      '[0:01:15.25] HANGUP Agent',
      '',
    ].join('\r\n');
    expect(text(source, 'calls/out.txt')).toEqual({
      id: 'call-9001',
      file: 'calls/out.txt',
      line: null,
      format: 'text',
      direction: 'outbound',
      startedAt: { raw: '2026-11-02T09:15:00+07:00', wall: { year: 2026, month: 11, day: 2, hour: 9, minute: 15, second: 0 }, offsetMinutes: 420 },
      agent: { name: 'Anna' },
      customer: { name: 'Olga Sidorova' },
      metadata: { queue: 'penjualan jendela' },
      utterances: [
        { index: 0, speaker: 'agent', label: 'Anna', start: 1.5, end: null, text: 'Selamat pagi, Bu Olga. Saya Anna dari Ventura.', line: 8 },
        { index: 1, speaker: 'customer', label: 'Olga Sidorova', start: 5, end: null, text: 'Ya, pagi. Ada apa ya?', line: 10 },
      ],
      events: [
        { type: 'transfer', at: 70, line: 13, to: 'Peter Alekseevich, kepala akuntan' },
        { type: 'transfer', at: 72, line: 14 },
        { type: 'hangup', at: 75.25, line: 15, by: 'agent' },
      ],
      hasTimes: true,
      hasEnds: false,
    });
  });

  it('defaults: id from the file name, inbound, no start, no parties, every event type', () => {
    const call = text([
      '[00:00] RING',
      '[00:04] RING',
      '[00:07] ANSWER',
      '[00:08] Agent: Selamat pagi.',
      '[01:02] HOLD',
      '[01:20] UNHOLD',
      '[03:10] HANGUP customer',
    ].join('\n'), 'calls/call-0042.txt');
    expect(call.id).toBe('call-0042');
    expect(call.direction).toBe('inbound');
    expect(call.startedAt).toBeNull();
    expect(call.agent).toEqual({});
    expect(call.customer).toEqual({});
    expect(call.metadata).toEqual({});
    expect(call.events).toEqual([
      { type: 'ring', at: 0, line: 1 },
      { type: 'ring', at: 4, line: 2 },
      { type: 'answer', at: 7, line: 3 },
      { type: 'hold', at: 62, line: 5 },
      { type: 'unhold', at: 80, line: 6 },
      { type: 'hangup', at: 190, line: 7, by: 'customer' },
    ]);
  });

  it('speaker labels: the defaults case-insensitively, config labels, and the header names', () => {
    const source = [
      '# agent: Anna',
      '# customer: Pak Joko',
      'AGENT: satu',
      'cs: dua',
      'Teller: tiga',
      'Tamu: empat',
      'anna: lima',
      'PAK  JOKO: enam',
      'Nasabah: tujuh',
      'Resepsionis: delapan',
    ].join('\n');
    const call = text(source, 't.txt', { agent: ['Teller'], customer: ['Tamu'] });
    expect(call.utterances.map((u) => [u.label, u.speaker])).toEqual([
      ['AGENT', 'agent'], ['cs', 'agent'], ['Teller', 'agent'], ['Tamu', 'customer'],
      ['anna', 'agent'], ['PAK  JOKO', 'customer'], ['Nasabah', 'customer'], ['Resepsionis', 'agent'],
    ]);
    // Without the config the two extra labels are unknown.
    expect(textProblems(source)).toEqual([
      `t.txt:5: unknown speaker label "Teller": expected an agent label (Agent, CS, Operator, …, Anna) or a customer label (Customer, Pelanggan, …, Pak Joko), or add it under "speakers" in the config`,
      `t.txt:6: unknown speaker label "Tamu": expected an agent label (Agent, CS, Operator, …, Anna) or a customer label (Customer, Pelanggan, …, Pak Joko), or add it under "speakers" in the config`,
    ]);
  });

  it('utterances without timestamps: start null, hasTimes false; untimestamped events have at null', () => {
    const call = text(['RING', 'ANSWER', 'Agent: Selamat siang.', 'Customer: Siang.', 'HANGUP customer'].join('\n'));
    expect(call.utterances).toEqual([
      { index: 0, speaker: 'agent', label: 'Agent', start: null, end: null, text: 'Selamat siang.', line: 3 },
      { index: 1, speaker: 'customer', label: 'Customer', start: null, end: null, text: 'Siang.', line: 4 },
    ]);
    expect(call.events).toEqual([
      { type: 'ring', at: null, line: 1 }, { type: 'answer', at: null, line: 2 }, { type: 'hangup', at: null, line: 5, by: 'customer' },
    ]);
    expect(call.hasTimes).toBe(false);
    expect(call.hasEnds).toBe(false);
  });

  it('one untimestamped utterance among timed ones makes hasTimes false', () => {
    const call = text(['[00:01] Agent: Halo.', 'Customer: Ya.', '[00:05] Agent: Baik.'].join('\n'));
    expect(call.utterances.map((u) => u.start)).toEqual([1, null, 5]);
    expect(call.hasTimes).toBe(false);
  });

  it('timestamps: [mm:ss], [hh:mm:ss], fractions with . or ,; equal times are in order', () => {
    const call = text(['[00:08.5] Agent: a', '[00:08,5] Customer: b', '[1:00:00] Agent: c', '[75:00] Customer: d'].join('\n'));
    expect(call.utterances.map((u) => u.start)).toEqual([8.5, 8.5, 3600, 4500]);
  });

  it('continuations: indented lines (even with a colon or brackets), and unlabelled lines', () => {
    const call = text([
      '[00:01] Agent: Jam buka kami',
      '  Senin: 08.00 sampai 17.00',
      '  [tidak jelas] ya',
      'jam operasional: sama',
      '[00:09] Customer: Oke.',
    ].join('\n'));
    expect(call.utterances.map((u) => u.text)).toEqual([
      'Jam buka kami Senin: 08.00 sampai 17.00 [tidak jelas] ya jam operasional: sama',
      'Oke.',
    ]);
  });

  it('a continuation line after an event is an error (the event ended the utterance)', () => {
    expect(textProblems(['[00:01] Agent: Mohon ditunggu.', '[00:02] HOLD', 'sebentar ya'].join('\n'))).toEqual([
      't.txt:3: expected "SPEAKER: text", an event or a timestamp, got "sebentar ya" (a continuation line needs an utterance before it)',
    ]);
  });

  it('a timestamp with nothing usable after it', () => {
    expect(textProblems(['[00:01] Agent: Halo.', '[00:02] ring', '[00:03]'].join('\n'))).toEqual([
      't.txt:2: expected an event (RING, ANSWER, HOLD, UNHOLD, TRANSFER, HANGUP) or "SPEAKER: text" after the timestamp, got "ring"',
      't.txt:3: expected an event (RING, ANSWER, HOLD, UNHOLD, TRANSFER, HANGUP) or "SPEAKER: text" after the timestamp, got ""',
    ]);
  });

  it('an empty header value is no value; a header-only file has no utterances', () => {
    const call = text(['# id:', '# started:', '# agent:', 'Agent: Halo.'].join('\n'), 'calls/empty-header.txt');
    expect([call.id, call.startedAt, call.agent]).toEqual(['empty-header', null, {}]);
    expect(textProblems('# id: x\n\n')).toEqual(['t.txt: no utterances: expected at least one "SPEAKER: text" line']);
  });

  it('the parsed call is frozen', () => {
    const call = text('Agent: Halo.');
    expect(Object.isFrozen(call)).toBe(true);
    expect(Object.isFrozen(call.utterances)).toBe(true);
    expect(Object.isFrozen(call.utterances[0])).toBe(true);
  });
});

describe('JSON transcripts', () => {
  const single = [
    '{',                                                     // 1
    '  "$schema": "../schema/transcript.json",',            // 2
    '  "$expect": { "status": "pass" },',                   // 3
    '  "direction": "outbound",',                           // 4
    '  "startedAt": "2026-11-02T02:15:00Z",',               // 5
    '  "agent": { "id": 17, "name": "Anna" },',             // 6
    '  "customer": "Olga Sidorova",',                       // 7
    '  "channel": "phone",',                                // 8
    '  "score": 5,',                                        // 9
    '  "tags": ["vip"],',                                   // 10
    '  "metadata": { "queue": "sales", "priority": 2 },',   // 11
    '  "events": [',                                        // 12
    '    { "type": "ring", "at": 0 },',                     // 13
    '    { "type": "transfer", "at": 30, "to": "Budi" },',  // 14
    '    {',                                                // 15
    '      "type": "hangup", "at": 40, "by": "agent" }',    // 16
    '  ],',                                                 // 17
    '  "utterances": [',                                    // 18
    '    { "speaker": "Agent", "start": 1, "end": 4.5,',    // 19
    '      "text": "Selamat pagi, Bu." },',                 // 20
    '    { "speaker": "anna", "start": 5, "end": 6, "text": "Saya Anna dari Ventura." },', // 21
    '    { "speaker": "customer", "start": 6.5, "end": 8, "text": "Ya." }', // 22
    '  ]',                                                  // 23
    '}',                                                    // 24
  ].join('\n');

  it('a single call object: parties, metadata, $-keys ignored, lines of texts and events', () => {
    expect(one(single, 'calls/c-1.json')).toEqual({
      id: 'c-1',
      file: 'calls/c-1.json',
      line: null,
      format: 'json',
      direction: 'outbound',
      startedAt: { raw: '2026-11-02T02:15:00Z', wall: { year: 2026, month: 11, day: 2, hour: 2, minute: 15, second: 0 }, offsetMinutes: 0 },
      agent: { id: '17', name: 'Anna' },
      customer: { name: 'Olga Sidorova' },
      metadata: { queue: 'sales', priority: '2', channel: 'phone', score: '5', tags: '["vip"]' },
      utterances: [
        { index: 0, speaker: 'agent', label: 'Agent', start: 1, end: 4.5, text: 'Selamat pagi, Bu.', line: 20 },
        { index: 1, speaker: 'agent', label: 'anna', start: 5, end: 6, text: 'Saya Anna dari Ventura.', line: 21 },
        { index: 2, speaker: 'customer', label: 'customer', start: 6.5, end: 8, text: 'Ya.', line: 22 },
      ],
      events: [
        { type: 'ring', at: 0, line: 13 },
        { type: 'transfer', at: 30, line: 14, to: 'Budi' },
        { type: 'hangup', at: 40, line: 15, by: 'agent' },
      ],
      hasTimes: true,
      hasEnds: true,
    });
  });

  it('a BOM is allowed; the minimal call is only utterances', () => {
    const call = one('\uFEFF{"utterances":[{"speaker":"agent","text":"Halo."}]}', 'x/min.json');
    expect(call).toEqual({
      id: 'min', file: 'x/min.json', line: null, format: 'json', direction: 'inbound', startedAt: null,
      agent: {}, customer: {}, metadata: {},
      utterances: [{ index: 0, speaker: 'agent', label: 'agent', start: null, end: null, text: 'Halo.', line: 1 }],
      events: [], hasTimes: false, hasEnds: false,
    });
  });

  it('hasEnds needs every end; hasTimes every start (null counts as missing)', () => {
    const u = (start: number | null, end?: number | null) => ({ speaker: 'customer', start, ...(end !== undefined ? { end } : {}), text: 'ya' });
    const flags = (us: object[]) => {
      const c = one(JSON.stringify({ utterances: us }), 'f.json');
      return [c.hasTimes, c.hasEnds];
    };
    expect(flags([u(1, 2), u(3, 4)])).toEqual([true, true]);
    expect(flags([u(1, 2), u(3)])).toEqual([true, false]);
    expect(flags([u(1, 2), u(3, null)])).toEqual([true, false]);
    expect(flags([u(1, 2), u(null, 4)])).toEqual([false, false]);
  });

  it('an array of calls: each call has the line of its object and a default id name#n', () => {
    const source = [
      '[',
      '  { "utterances": [ { "speaker": "agent", "text": "Satu." } ] },',
      '  {',
      '    "id": 7,',
      '    "utterances": [ { "speaker": "agent", "text": "Dua." } ] },',
      '  {',
      '    "utterances": [',
      '      { "speaker": "customer", "text": "Tiga." } ] }',
      ']',
    ].join('\n');
    const parsed = parseTranscript(source, 'calls/batch.json', NO_EXTRA_LABELS);
    expect(parsed.map((p) => p.ok && [p.call.id, p.call.line, p.call.format, p.call.utterances[0]!.line])).toEqual([
      ['batch#1', 2, 'json', 2],
      ['7', 3, 'json', 5],
      ['batch#3', 6, 'json', 8],
    ]);
  });

  it('agent given as a string is its name', () => {
    const call = one('{"agent":"Anna","utterances":[{"speaker":"Anna","text":"Halo."}]}', 'a.json');
    expect(call.agent).toEqual({ name: 'Anna' });
    expect(call.utterances[0]!.speaker).toBe('agent');
  });

  it('several problems of one call are all reported, with the line of the enclosing object for a missing field', () => {
    const source = [
      '{',
      '  "direction": "in",',
      '  "utterances": [',
      '    { "speaker": "agent", "start": -1, "text": "Halo." },',
      '    {',
      '      "speaker": "customer" }',
      '  ]',
      '}',
    ].join('\n');
    expect(outcomes(parseTranscript(source, 'p.json', NO_EXTRA_LABELS))).toEqual([err([
      'p.json:2: direction: expected "inbound" or "outbound", got string "in"',
      'p.json:4: utterances[0].start: expected a number >= 0, got number -1',
      'p.json:5: utterances[1].text: missing (expected string)',
    ])]);
  });

  it('an empty utterances array is an error', () => {
    expect(outcomes(parseTranscript('{\n"utterances": []\n}', 'e.json', NO_EXTRA_LABELS))).toEqual([
      err(['e.json:2: utterances: expected at least one utterance, got an empty array']),
    ]);
  });

  it('an array element that is not an object', () => {
    const source = '[\n  {"utterances":[{"speaker":"agent","text":"a"}]},\n  "call-2"\n]';
    expect(outcomes(parseTranscript(source, 'arr.json', NO_EXTRA_LABELS))).toEqual([
      { ok: 'arr#1', line: 2 },
      err(['arr.json:3: [1]: expected a call object with "utterances", got string "call-2"'], 3, null),
    ]);
  });
});

describe('JSON Lines transcripts', () => {
  it('call.line is the file line; blank lines count; default ids name:line; CRLF', () => {
    const source = [
      '{"utterances":[{"speaker":"agent","start":1,"text":"Satu."}]}',
      '',
      '{"id":"x-2","agent":{"name":"Nia"},"utterances":[{"speaker":"nia","start":1,"end":2,"text":"Dua."}]}',
      '{"utterances":[{"speaker":"customer","text":"Tiga."}]}',
      '',
    ].join('\r\n');
    const parsed = parseTranscript(source, 'exports/day.jsonl', NO_EXTRA_LABELS);
    expect(parsed.map((p) => p.ok && [p.call.id, p.call.line, p.call.format, p.call.utterances[0]!.line, p.call.utterances[0]!.speaker])).toEqual([
      ['day:1', 1, 'jsonl', 1, 'agent'],
      ['x-2', 3, 'jsonl', 3, 'agent'],
      ['day:4', 4, 'jsonl', 4, 'customer'],
    ]);
  });

  it('a line that is not an object, and a file of blank lines', () => {
    expect(outcomes(parseTranscript('[1, 2]\n', 'l.jsonl', NO_EXTRA_LABELS))).toEqual([
      err(['l.jsonl:1: expected a call object with "utterances", got an array'], 1, null),
    ]);
    expect(outcomes(parseTranscript('\n  \n', 'b.jsonl', NO_EXTRA_LABELS))).toEqual([
      err(['b.jsonl: no calls: expected one JSON call object per line']),
    ]);
  });
});
