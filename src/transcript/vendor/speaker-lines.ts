// Plain "[SPEAKER_00]: text" lines without times, as diarizing Whisper wrappers write .txt files.
import type { Adapter, VendorSegment } from './types.js';

const LINE = /^\[([^\]\n]{1,60})\]:\s?(.*)$/;

const adapter: Adapter = {
  name: 'speaker-lines',
  description: 'Text lines "[SPEAKER_00]: words" without times (diarized Whisper .txt)',
  extensions: ['.txt'],
  detect(_value, text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
    // Every line a bracketed label and a colon; etiket's own "[00:08] Agent: …" never matches,
    // because its bracket holds a time and no colon follows it.
    return lines.length > 0 && lines.every((l) => LINE.test(l.trim()) && !/^\[\d+(:\d+)+([.,]\d+)?\]/.test(l.trim()));
  },
  read(_value, text) {
    const segments: VendorSegment[] = [];
    text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
      const m = LINE.exec(raw.trim());
      if (m && m[2]!.trim() !== '') segments.push({ speaker: m[1]!.trim(), channel: null, role: null, start: null, end: null, text: m[2]!.trim(), line: i + 1 });
    });
    return [{ format: 'speaker-lines', segments }];
  },
};

export default adapter;
