// From an adapter's VendorCall to the call model: order the speech, merge fragments, decide who
// is the agent (the file, the config, or an inference with a confidence), merge the sidecar.
import type { Lexicon } from '../../match/lexicon.js';
import { detectLanguage, shippedLexicons } from '../../match/language.js';
import { freezeCall, type Call, type CallEvent, type Roles, type Speaker, type StartTime, type Utterance } from '../model.js';
import type { VendorCall, VendorSegment } from './types.js';

/** Fragments of one speaker closer than this are one utterance. */
export const MERGE_GAP_SECONDS = 1;
/** Below this confidence, rules that judge the agent's words skip ("speaker roles uncertain"). */
export const ROLE_CONFIDENCE = 0.7;
/** A silence the export marks (Call Analytics NonTalkTime) at least this long is taken as a hold. */
export const HOLD_FROM_SILENCE_SECONDS = 10;

/** What the config and command line say about who the agent is. */
export interface RoleHints {
  /** Speaker labels, channels or display names that are the agent (config speakers.agent, --agent-speaker, --agent-channel). */
  readonly agent: readonly string[];
  readonly customer: readonly string[];
  /** For the inference: the phrases of the call's language and the company name. */
  readonly lexicon: Lexicon | null;
  /** Every lexicon by language: the inference uses the one of the language the voices speak. */
  readonly lexicons?: ReadonlyMap<string, Lexicon>;
  readonly company: { readonly name: string; readonly aliases: readonly string[] } | null;
}

/** Fields a sidecar `<name>.meta.json` (or the JSON format) may add to an export. */
export interface CallMeta {
  readonly id?: string;
  readonly direction?: 'inbound' | 'outbound';
  readonly startedAt?: StartTime | null;
  readonly agent?: { readonly id?: string; readonly name?: string };
  readonly customer?: { readonly id?: string; readonly name?: string };
  readonly events?: readonly CallEvent[];
  readonly metadata?: Readonly<Record<string, string>>;
}

const norm = (s: string) => s.trim().toLowerCase();

/** The voice a segment belongs to: its label, else its channel. */
export function voiceOf(s: VendorSegment): string {
  // Speakers are numbered per channel in multichannel diarization: "0" on two channels is two voices.
  if (s.speaker !== null && s.channel !== null) return `${s.speaker} (channel ${s.channel})`;
  return s.speaker ?? (s.channel !== null ? `channel ${s.channel}` : '(one voice)');
}

/** Time order (segments without a start keep their place at the end), then merge close fragments. */
export function orderAndMerge(segments: readonly VendorSegment[]): VendorSegment[] {
  const sorted = segments.map((s, i) => ({ s, i })).sort((a, b) => {
    const x = a.s.start ?? Infinity;
    const y = b.s.start ?? Infinity;
    return x - y || a.i - b.i;
  }).map(({ s }) => s).filter((s) => s.text.trim() !== '');
  const out: VendorSegment[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && voiceOf(prev) === voiceOf(s) && prev.role === s.role && prev.end !== null && s.start !== null && s.start - prev.end <= MERGE_GAP_SECONDS) {
      out[out.length - 1] = { ...prev, end: Math.max(prev.end, s.end ?? prev.end), text: `${prev.text.trim()} ${s.text.trim()}` };
    } else out.push({ ...s, text: s.text.trim() });
  }
  return out;
}

/** What says "agent": [concept, points, only in the voice's first three utterances]. */
const EVIDENCE: readonly (readonly [string, number, boolean])[] = [
  ['greeting.offerHelp', 3, true],
  ['greeting.time.pagi', 1, true], ['greeting.time.siang', 1, true], ['greeting.time.sore', 1, true],
  ['greeting.time.petang', 1, true], ['greeting.time.malam', 1, true],
  ['agent.disclosure', 2, false],
  ['wait.request', 1, false],
  ['nameRequest.polite', 1, false],
  ['outbound.permission', 1, true],
  ['closing.question', 1, false], ['closing.thanks', 1, false],
];

/** Agent-likeness of one voice: the greeting, the company, the offer of help, a closing. */
function agentEvidence(lexicon: Lexicon, company: RoleHints['company'], texts: readonly string[]): number {
  const concepts = EVIDENCE.filter(([c]) => lexicon.hasConcept(c));
  let score = 0;
  texts.forEach((text, i) => {
    const nt = lexicon.normalize(text);
    const opening = i < 3;
    const timeGreeting = concepts.some(([c, , o]) => c.startsWith('greeting.time') && (opening || !o) && lexicon.has(nt, c));
    if (timeGreeting) score += 1;
    for (const [c, points, openingOnly] of concepts) {
      if (c.startsWith('greeting.time') || (openingOnly && !opening)) continue;
      if (lexicon.has(nt, c)) score += points;
    }
    if (opening && company && [company.name, ...company.aliases].some((n) => lexicon.findName(nt, n).length > 0)) score += 2;
  });
  return score;
}

/** Who is the agent: the file's own roles, else the hints, else an inference. */
export function assignRoles(segments: readonly VendorSegment[], hints: RoleHints): { roles: Roles; roleOf: (s: VendorSegment) => Speaker } {
  if (segments.some((s) => s.role !== null)) {
    // The export says it (Call Analytics). A segment without a role takes its voice's role.
    const byVoice = new Map<string, Speaker>();
    for (const s of segments) if (s.role) byVoice.set(voiceOf(s), s.role);
    return {
      roles: { source: 'file', confidence: null, map: Object.fromEntries(byVoice) },
      roleOf: (s) => s.role ?? byVoice.get(voiceOf(s)) ?? 'customer',
    };
  }
  const voices = [...new Set(segments.map(voiceOf))];
  const named = (s: VendorSegment, list: readonly string[]) => {
    const keys = [s.speaker, s.channel, s.channel !== null ? `ch_${s.channel.replace(/^ch_/, '')}` : null].filter((k): k is string => k !== null).map(norm);
    return list.some((h) => keys.includes(norm(h)) || keys.includes(norm(h).replace(/^ch_/, '')));
  };
  if (segments.some((s) => named(s, hints.agent) || named(s, hints.customer))) {
    const map: Record<string, Speaker> = {};
    for (const s of segments) map[voiceOf(s)] = named(s, hints.agent) ? 'agent' : 'customer';
    return { roles: { source: 'config', confidence: null, map }, roleOf: (s) => map[voiceOf(s)]! };
  }

  // Inference: the voice that greets, names the company and offers help is the agent. Several
  // diarization labels may be one person: every voice with strong agent evidence is the agent.
  const base = hints.lexicon ?? shippedLexicons().get('id')!;
  // Without the config's lexicons (a library caller), the shipped ones: an English export still
  // has its agent found by the English phrases.
  const lexicons = hints.lexicons ?? shippedLexicons();
  const lexicon = lexicons.get(detectLanguage(segments.map((s) => s.text), lexicons, base.language)) ?? base;
  const scores = new Map(voices.map((v) => [v, agentEvidence(lexicon, hints.company, segments.filter((s) => voiceOf(s) === v).map((s) => s.text))]));
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [top, second] = [ranked[0]!, ranked[1]];
  const map: Record<string, Speaker> = {};
  let confidence: number;
  if (voices.length < 2) {
    // One voice: nothing tells agent from customer.
    for (const v of voices) map[v] = 'agent';
    confidence = 0;
  } else if (top[1] >= 2) {
    const agents = ranked.filter(([, sc]) => sc >= 2 && sc >= top[1] / 2).map(([v]) => v);
    for (const v of voices) map[v] = agents.includes(v) ? 'agent' : 'customer';
    const margin = top[1] - Math.max(0, ...ranked.filter(([v]) => !agents.includes(v)).map(([, sc]) => sc));
    confidence = Math.min(0.95, 0.55 + 0.1 * margin) - (agents.length > 1 ? 0.1 : 0);
  } else {
    // No evidence: the first voice is the agent on most inbound recordings, but that is a guess.
    const first = segments[0] ? voiceOf(segments[0]) : voices[0]!;
    for (const v of voices) map[v] = v === first ? 'agent' : 'customer';
    confidence = second === undefined ? 0 : 0.4;
  }
  return { roles: { source: 'inferred', confidence: Math.round(confidence * 100) / 100, map }, roleOf: (s) => map[voiceOf(s)]! };
}

/** Silences the export marks, as HOLD/UNHOLD pairs (only long ones: a short pause is no hold). */
function holdsAsEvents(holds: VendorCall['holds']): CallEvent[] {
  const out: CallEvent[] = [];
  for (const h of holds ?? []) {
    if (h.end - h.start < HOLD_FROM_SILENCE_SECONDS) continue;
    out.push({ type: 'hold', at: h.start, line: null }, { type: 'unhold', at: h.end, line: null });
  }
  return out;
}

export function vendorToCall(vc: VendorCall, file: string, defaultId: string, hints: RoleHints, meta: CallMeta = {}, callLine: number | null = null): Call {
  const segments = orderAndMerge(vc.segments);
  const { roles, roleOf } = assignRoles(segments, hints);
  const utterances: Utterance[] = segments.map((s, index) => ({
    index, speaker: roleOf(s), label: voiceOf(s), start: s.start, end: s.end, text: s.text, line: s.line,
  }));
  const events = [...(meta.events ?? []), ...(meta.events?.some((e) => e.type === 'hold') ? [] : holdsAsEvents(vc.holds))]
    .sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity));
  return freezeCall({
    id: meta.id ?? vc.id ?? defaultId,
    file,
    line: callLine,
    format: 'json',
    direction: meta.direction ?? 'inbound',
    startedAt: meta.startedAt ?? null,
    agent: meta.agent ?? {},
    customer: meta.customer ?? {},
    metadata: { ...(vc.metadata ?? {}), ...(meta.metadata ?? {}), format: vc.format },
    utterances,
    events,
    hasTimes: utterances.length > 0 && utterances.every((u) => u.start !== null),
    hasEnds: utterances.length > 0 && utterances.every((u) => u.start !== null && u.end !== null),
    roles,
    source: vc.format,
  });
}
