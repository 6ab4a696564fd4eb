// The Amazon Connect Contact Lens adapter: Transcript[] turns name a ParticipantId, joined to
// Participants[] for the role; ms offsets → seconds; NonTalkTime instances become holds; the
// contact id is the call id; detect() claims Contact Lens and not Call Analytics; broken files
// give a VendorError.
import { describe, expect, it } from 'vitest';
import contactLens from '../src/transcript/vendor/amazon-contact-lens.js';
import type { VendorSegment } from '../src/transcript/vendor/types.js';
import { etiketCallsNotClaimed, lineContaining, notClaimedBy, vendorHarness } from './helpers/vendor.js';

const FIXTURE = 'contact-lens-voice.json';
const harness = vendorHarness(contactLens, 'amazon-contact-lens');
const fixture = (): string => harness.fixture(FIXTURE);
const fixtureValue = (): any => harness.fixtureValue(FIXTURE);
const { readOne: readText, readValue, problemOf: problem } = harness;

function seg(speaker: string, role: 'agent' | 'customer' | null, start: number, end: number, text: string, line: number | null): VendorSegment {
  return { speaker, channel: null, role, start, end, text, line };
}

const A = (start: number, end: number, text: string, line: number) => seg('AGENT', 'agent', start, end, text, line);
const C = (start: number, end: number, text: string, line: number) => seg('CUSTOMER', 'customer', start, end, text, line);
const SEGMENTS = [
  A(0.5, 4.47, 'Selamat malam, Ventura, dengan Sari, ada yang bisa saya bantu?', 64),
  C(4.7, 8.44, 'Malam, Mbak. Teknisi yang dijanjikan hari ini belum datang.', 73),
  A(8.9, 12.21, 'Mohon maaf, Bapak. Dengan Bapak siapa saya berbicara?', 85),
  C(12.3, 13.52, 'Saya Hadi Prasetyo.', 94),
  A(14.1, 18.07, 'Baik, Pak Hadi. Mohon ditunggu sebentar, saya hubungi teknisinya.', 103),
  A(33, 39.79, 'Terima kasih sudah menunggu, Pak Hadi. Teknisi sedang dalam perjalanan, tiba sekitar tiga puluh menit lagi.', 112),
  C(39.9, 40.99, 'Oke, saya tunggu.', 124),
  A(41.5, 43.94, 'Ada lagi yang bisa saya bantu, Pak?', 133),
  C(43.6, 44.81, 'Tidak, terima kasih.', 142),
  A(45, 48.29, 'Terima kasih telah menghubungi Ventura, selamat malam.', 151),
];

describe('amazon-contact-lens fixture', () => {
  it('roles by joining ParticipantId to Participants, ms → s, the silence as a hold, the contact id as the call id', () => {
    const value = fixtureValue();
    const call = readText(fixture());
    expect(call.format).toBe('amazon-contact-lens');
    expect(call.id).toBe(value.CustomerMetadata.ContactId);
    expect(call.segments).toEqual(SEGMENTS);
    expect(call.holds).toEqual([{ start: 18.32, end: 32.8 }]);
    expect(call.metadata).toEqual({ languageCode: 'id-ID', output: 'Raw', durationSeconds: '48.79', version: '1.1.0', instanceId: value.CustomerMetadata.InstanceId });
  });

  it('ids that are not role names are joined through Participants', () => {
    const value = fixtureValue();
    value.Participants = [
      { ParticipantId: '7f3c2a10-cust', ParticipantRole: 'CUSTOMER' },
      { ParticipantId: 'b41e9d22-agent', ParticipantRole: 'AGENT' },
    ];
    for (const t of value.Transcript) t.ParticipantId = t.ParticipantId === 'AGENT' ? 'b41e9d22-agent' : '7f3c2a10-cust';
    const segments = readValue(value).segments;
    expect(segments.map((s) => [s.speaker, s.role])).toEqual(SEGMENTS.map((s) => [s.speaker === 'AGENT' ? 'b41e9d22-agent' : '7f3c2a10-cust', s.role]));
  });

  it('without Participants the ids are the roles they spell; SYSTEM and other roles get no role', () => {
    const value = fixtureValue();
    delete value.Participants;
    expect(readValue(value).segments.map((s) => s.role)).toEqual(SEGMENTS.map((s) => s.role));

    const bot = fixtureValue();
    bot.Participants.push({ ParticipantId: 'IVR', ParticipantRole: 'SYSTEM' });
    bot.Transcript.unshift({ BeginOffsetMillis: 0, EndOffsetMillis: 300, Content: 'Panggilan ini direkam.', Id: 'x', ParticipantId: 'IVR', Sentiment: 'NEUTRAL' });
    expect(readValue(bot).segments[0]).toMatchObject({ speaker: 'IVR', role: null, start: 0, end: 0.3, text: 'Panggilan ini direkam.' });
  });

  it('turns out of order are sorted by start', () => {
    const value = fixtureValue();
    value.Transcript.reverse();
    expect(readValue(value).segments.map((s) => s.text)).toEqual(SEGMENTS.map((s) => s.text));
  });
});

describe('amazon-contact-lens detect', () => {
  const detect = (value: unknown) => contactLens.detect(value, JSON.stringify(value));

  it('claims its fixture, the VOICE-2022-11-30 doc shape and broken Contact Lens files', () => {
    expect(detect(fixtureValue())).toBe(true);
    expect(detect({ Version: 'VOICE-2022-11-30', Participants: [{ ParticipantId: 'AGENT', ParticipantRole: 'AGENT' }], Transcript: [{ ParticipantId: 'AGENT' }] })).toBe(true);
    expect(detect({ CustomerMetadata: { ContactId: 'c' }, JobStatus: 'COMPLETED', Transcript: null })).toBe(true);
  });

  it('does not claim Call Analytics, other vendors\' fixtures or etiket\'s format', () => {
    expect(detect({ JobName: 'x', Participants: [{ ParticipantRole: 'AGENT' }], ConversationCharacteristics: {}, Transcript: [{ ParticipantRole: 'AGENT' }] })).toBe(false);
    notClaimedBy(contactLens, 'amazon-contact-lens', { skipUnparsable: false });
    etiketCallsNotClaimed(detect);
    expect(detect({ utterances: [{ speaker: 'agent', text: 'Halo' }] })).toBe(false);
  });
});

describe('amazon-contact-lens errors', () => {
  it('a ParticipantId that Participants does not list', () => {
    const value = fixtureValue();
    value.Transcript[2].ParticipantId = 'SUPERVISOR';
    const p = problem(value);
    expect([p.path, p.message]).toEqual(['Transcript[2].ParticipantId', 'expected a ParticipantId listed in Participants ("CUSTOMER", "AGENT"), got string "SUPERVISOR"']);
    expect(p.line).toBe(lineContaining(p.text, '"ParticipantId": "SUPERVISOR"'));
  });

  it('a turn without ParticipantId', () => {
    const value = fixtureValue();
    delete value.Transcript[0].ParticipantId;
    expect(problem(value)).toMatchObject({ path: 'Transcript[0].ParticipantId', message: 'expected a participant id such as "AGENT", got nothing' });
  });

  it('a participant without its role', () => {
    const value = fixtureValue();
    delete value.Participants[1].ParticipantRole;
    expect(problem(value)).toMatchObject({ path: 'Participants[1].ParticipantRole', message: 'expected a role such as "AGENT" or "CUSTOMER", got nothing' });
  });

  it('a chat analysis file', () => {
    const value = fixtureValue();
    value.Channel = 'CHAT';
    expect(problem(value)).toMatchObject({ path: 'Channel', message: 'expected a voice contact ("VOICE"), got string "CHAT"' });
  });

  it('an offset that is not milliseconds', () => {
    const value = fixtureValue();
    value.Transcript[5].EndOffsetMillis = null;
    expect(problem(value)).toMatchObject({ path: 'Transcript[5].EndOffsetMillis', message: 'expected milliseconds as a number such as 4870, got null' });
  });
});
