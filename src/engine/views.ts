// Views derived from a call once and shared by every rule through ctx.view:
// agent turns, rings, answer, opening, closing, holds, local time, normalized text.
import type { Lexicon } from '../match/lexicon.js';
import type { Locale } from './rule.js';
import { sentenceOf, type NormalizedText } from '../match/normalize.js';
import type { PhraseMatch } from '../match/phrase.js';
import type { NameMatch } from '../match/fuzzy.js';
import type { Call, CallEvent, Utterance } from '../transcript/model.js';
import { localClock, type LocalClock, type Zone } from '../transcript/time.js';

export interface Company {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly activity?: string;
}

/** What the config tells every rule about the call center. */
export interface Environment {
  /** The lexicon rules match with: the configured language's (auto: the standard's); in a
   * CallView's env, the call's own language's. */
  readonly lexicon: Lexicon;
  readonly company: Company | null;
  readonly zone: Zone | null;
  /** Agent id → name, for exports that carry only ids. */
  readonly agents: Readonly<Record<string, string>>;
  /** The language of messages, notes and instructions in the report. */
  readonly locale: Locale;
  /** The configured language of the calls: "auto" or a lexicon's language. */
  readonly language: string;
  /** Every shipped lexicon by language, with the config's additions. */
  readonly lexicons: ReadonlyMap<string, Lexicon>;
}

export interface Hold {
  readonly kind: 'event' | 'detected';
  /** Seconds; null when the source has no times. */
  readonly start: number | null;
  readonly end: number | null;
  readonly holdEvent?: CallEvent;
  readonly unholdEvent?: CallEvent;
  /** For detected waits: the agent's request to wait. */
  readonly request?: Utterance;
  /** The agent's first utterance after the hold, if any. */
  readonly resume: Utterance | null;
}

export class CallView {
  readonly call: Call;
  readonly env: Environment;
  readonly lexicon: Lexicon;
  readonly agentUtterances: readonly Utterance[];
  readonly customerUtterances: readonly Utterance[];
  private readonly texts = new Map<number, NormalizedText>();
  private readonly holdCache = new Map<number, readonly Hold[]>();
  /** Why the rules cannot judge this call's words (its language), or null. */
  readonly foreign: string | null;

  constructor(call: Call, env: Environment, foreign: string | null = null) {
    this.call = call;
    this.env = env;
    this.foreign = foreign;
    this.lexicon = env.lexicon;
    this.agentUtterances = call.utterances.filter((u) => u.speaker === 'agent');
    this.customerUtterances = call.utterances.filter((u) => u.speaker === 'customer');
  }

  /** The agent's name: from the transcript, else from the config's agents map. */
  get agentName(): string | null {
    const a = this.call.agent;
    return a.name ?? (a.id !== undefined ? this.env.agents[a.id] ?? null : null);
  }

  /** Normalized tokens of an utterance, computed once per call. */
  text(u: Utterance): NormalizedText {
    let nt = this.texts.get(u.index);
    if (!nt) {
      nt = this.lexicon.normalize(u.text);
      this.texts.set(u.index, nt);
    }
    return nt;
  }

  /** Phrase matches in an utterance; `affirmed` leaves out negated or quoted ones. */
  find(u: Utterance, concept: string, opts?: { affirmed?: boolean }): PhraseMatch[] {
    return this.lexicon.find(this.text(u), concept, opts);
  }

  has(u: Utterance, concept: string, opts?: { affirmed?: boolean }): boolean {
    return this.find(u, concept, opts).length > 0;
  }

  /** Occurrences of the configured company name or an alias. */
  findCompany(u: Utterance): NameMatch[] {
    const c = this.env.company;
    if (!c) return [];
    const nt = this.text(u);
    const out: NameMatch[] = [];
    for (const name of [c.name, ...c.aliases]) out.push(...this.lexicon.findName(nt, name));
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /**
   * Only greeting words before token t in its sentence: customer.introFiller words ("ya",
   * "selamat siang", "Pak", "hi") and the agent's or the company's name, so "Hi Thandi, this is
   * Pieter" introduces Pieter as well as "Halo Mbak, ini Budi" introduces Budi.
   */
  introFillersBefore(nt: NormalizedText, t: number): boolean {
    const start = nt.sentenceStarts[sentenceOf(nt, t)] ?? 0;
    const c = this.env.company;
    // The agent's first name alone is how callers greet them; each word of the name counts.
    const names = [...(c ? [c.name, ...c.aliases] : []), ...(this.agentName?.split(/\s+/).filter((w) => w.length >= 3) ?? [])];
    const spans = names.flatMap((n) => this.lexicon.findName(nt, n).map((m) => [m.start, m.end] as const));
    for (let i = start; i < t; i++) {
      if (spans.some(([a, b]) => a <= i && i < b)) continue;
      if (this.lexicon.find(nt, 'customer.introFiller', { from: i, to: i + 1 }).length === 0) return false;
    }
    return true;
  }

  eventsOf(type: CallEvent['type']): CallEvent[] {
    return this.call.events.filter((e) => e.type === type);
  }

  get answerEvent(): CallEvent | null {
    return this.eventsOf('answer')[0] ?? null;
  }

  /** The ANSWER event's time, else the start of the first utterance; null when unknown. */
  get answerTime(): number | null {
    const ans = this.answerEvent;
    if (ans) return ans.at;
    return this.call.utterances[0]?.start ?? null;
  }

  /**
   * Where an event sits among the utterances: text transcripts are ordered by line, JSON by
   * time. Returns the utterances after it, or null when the event cannot be placed.
   */
  utterancesAfter(e: CallEvent): Utterance[] | null {
    const us = this.call.utterances;
    if (this.call.format === 'text' && e.line !== null) return us.filter((u) => u.line !== null && u.line > e.line!);
    if (e.at === null || !this.call.hasTimes) return null;
    return us.filter((u) => u.start! >= e.at!);
  }

  /** The utterances before an event (text: by line, JSON: by time); null when it cannot be placed. */
  utterancesBefore(e: CallEvent): Utterance[] | null {
    const us = this.call.utterances;
    if (this.call.format === 'text' && e.line !== null) return us.filter((u) => u.line !== null && u.line < e.line!);
    if (e.at === null || !this.call.hasTimes) return null;
    return us.filter((u) => u.start! < e.at!);
  }

  /** Agent's first utterance after the answer (text without ANSWER: the first one). */
  get opening(): Utterance | null {
    const ans = this.answerEvent;
    if (ans) {
      const after = this.utterancesAfter(ans);
      if (after) return after.find((u) => u.speaker === 'agent') ?? null;
    }
    return this.agentUtterances[0] ?? null;
  }

  /** The agent's last two utterances. */
  get closing(): readonly Utterance[] {
    return this.agentUtterances.slice(-2);
  }

  /** The call center's clock `seconds` into the call; null without a start time. */
  localTimeAt(seconds: number): LocalClock | null {
    const s = this.call.startedAt;
    return s ? localClock(s, seconds, this.env.zone) : null;
  }

  /**
   * Holds: HOLD→UNHOLD intervals, plus waits the agent asked for ("mohon tunggu") after which
   * the agent's next words come `minWaitSeconds` or more later. A detected wait ends early where
   * the customer says more than a line check (an answer, a question), and counts only if it
   * still lasted `minWaitSeconds`. A detected wait that contains a HOLD event is that hold, not
   * a second one.
   */
  holds(minWaitSeconds: number): readonly Hold[] {
    const cached = this.holdCache.get(minWaitSeconds);
    if (cached) return cached;
    const out: Hold[] = [];
    const events = this.call.events;
    for (let i = 0; i < events.length; i++) {
      const h = events[i]!;
      if (h.type !== 'hold') continue;
      const unhold = events.slice(i + 1).find((e) => e.type === 'unhold' || e.type === 'hold');
      const un = unhold?.type === 'unhold' ? unhold : undefined;
      const after = this.utterancesAfter(un ?? h);
      const resume = after?.find((u) => u.speaker === 'agent') ?? null;
      const hold: { -readonly [K in keyof Hold]: Hold[K] } = {
        kind: 'event', start: h.at, end: un?.at ?? resume?.start ?? null, holdEvent: h, resume,
      };
      if (un) hold.unholdEvent = un;
      out.push(hold);
    }
    if (this.call.hasTimes) {
      const agent = this.agentUtterances;
      for (let i = 0; i < agent.length - 1; i++) {
        const req = agent[i]!;
        // "Bapak tidak perlu menunggu" asks for no wait.
        if (!this.has(req, 'wait.request', { affirmed: true })) continue;
        const next = agent[i + 1]!;
        // From the request's end when known; text transcripts have none, so from its start
        // (not from the next line: a customer's "halo?" during the wait must not cut it short).
        const waitStart = req.end ?? req.start!;
        // The customer saying more than a line check or a yes ("halo?", "sure, go ahead": lexicon
        // wait.lineCheck) went on with the conversation — an answer to the agent's question, a
        // new question: the wait, if any, ended there.
        const cut = this.call.utterances.find((u) => u.index > req.index && u.index < next.index && u.speaker === 'customer' && !this.isLineCheck(u));
        const end = cut ? cut.start! : next.start!;
        if (end - waitStart < minWaitSeconds) continue;
        const coveredByEvent = events.some((e) => e.type === 'hold' && e.at !== null && e.at >= req.start! && e.at <= next.start!)
          || (this.call.format === 'text' && events.some((e) => e.type === 'hold' && e.line !== null && e.line > req.line! && e.line < next.line!));
        if (coveredByEvent) continue;
        out.push({ kind: 'detected', start: waitStart, end, request: req, resume: next });
      }
    }
    out.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    this.holdCache.set(minWaitSeconds, out);
    return out;
  }

  /**
   * A customer utterance that leaves a wait going on: every word is a line check or a yes to the
   * wait (lexicon wait.lineCheck: "halo?", "are you still there?", "no, go ahead"), an
   * acknowledgement (interruption.backchannel) or a form of address ("Mbak?").
   */
  private isLineCheck(u: Utterance): boolean {
    const covered = new Set<number>();
    for (const concept of ['wait.lineCheck', 'interruption.backchannel']) {
      if (!this.lexicon.hasConcept(concept)) continue;
      for (const m of this.find(u, concept)) for (let i = m.start; i < m.end; i++) covered.add(i);
    }
    const address = this.lexicon.hasClass('address') ? this.lexicon.classMembers('address') : [];
    return this.text(u).tokens.every((t, i) => covered.has(i) || address.includes(t.text));
  }
}

/**
 * The agent's utterances in the last `turns` agent turns of `before` (a turn: the agent's
 * consecutive utterances; a customer utterance ends it).
 */
export function lastAgentTurns(before: readonly Utterance[], turns: number): Utterance[] {
  const out: Utterance[] = [];
  let seen = 0;
  let inTurn = false;
  for (let i = before.length - 1; i >= 0; i--) {
    const u = before[i]!;
    if (u.speaker === 'agent') {
      if (!inTurn) {
        if (seen === turns) break;
        seen++;
        inTurn = true;
      }
      out.unshift(u);
    } else inTurn = false;
  }
  return out;
}
