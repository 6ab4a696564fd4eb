// When the agent asks the customer to call back or promises a callback, the agent gives their name there (seed line 440).
import { z } from 'zod';
import { defineRule, type Localized } from '../src/engine/rule.js';
import type { CallView } from '../src/engine/views.js';
import type { NormalizedText } from '../src/match/normalize.js';
import type { PhraseMatch } from '../src/match/phrase.js';
import type { Utterance } from '../src/transcript/model.js';
import { editDistance } from '../src/match/lexicon.js';

/** A callback moment: the agent's consecutive utterances that ask for or promise a callback. */
interface Callback {
  readonly utterances: Utterance[];
  readonly first: PhraseMatch;
}

/** Callback requests and promises in an utterance: not negated, not a call already made ("sudah menghubungi kembali", "thanks for calling back"). */
function callbackPhrases(view: CallView, u: Utterance): PhraseMatch[] {
  const past = view.find(u, 'callback.notRequest');
  return view.find(u, 'callback.request', { affirmed: true }).filter((m) => !past.some((p) => p.start < m.end && m.start < p.end));
}

/**
 * The customer turned the callback down in their answer ("Would you rather hold, or shall I call
 * you back?" – "I'll hold."): no callback takes place, so there is nobody to ask for later.
 * The answer is the customer's first utterance after the agent's.
 */
function declined(view: CallView, u: Utterance): boolean {
  const reply = view.call.utterances.slice(u.index + 1).find((r) => r.speaker === 'customer');
  return !!reply && view.has(reply, 'callback.declined');
}

/** The words the agent's name is made of ("Nia Ramadhani" → nia, ramadhani). */
function nameParts(view: CallView, name: string): string[] {
  return view.lexicon.normalize(name).tokens.map((t) => t.text).filter((p) => p.length >= 2 && /^\p{L}+$/u.test(p));
}

/**
 * A self-introduction's name words: after a sure marker (callback.selfIntro: "nama saya", "dengan
 * saya", "my name is") any word that is not a callback.notName word; after a weak one
 * (callback.selfIntroWeak: "dengan", "saya", "bersama", "this is", "I'm") only a word that looks
 * like a name (capitalized mid-sentence, or in lowercase ASR text not a known word of the
 * language). The word after the first name counts as the last name when it looks like a name too.
 */
function introductions(view: CallView, u: Utterance): { words: string[]; first: number }[] {
  const nt = view.text(u);
  const address = new Set(view.lexicon.classMembers('address'));
  const others = [
    ...(view.env.company ? [view.env.company.name, ...view.env.company.aliases] : []),
    ...(view.call.customer.name ? [view.call.customer.name] : []),
  ];
  const taken = (i: number) => others.some((n) => view.lexicon.findName(nt, n).some((m) => m.start <= i && i < m.end));
  const plain = (i: number): boolean => {
    const t = nt.tokens[i];
    return !!t && t.text.length >= 2 && /^\p{L}+$/u.test(t.text) && !address.has(t.text) && !taken(i)
      && view.lexicon.find(nt, 'callback.notName', { from: i, to: i + 1 }).length === 0;
  };
  const out: { words: string[]; first: number }[] = [];
  const add = (i: number, strong: boolean) => {
    if (!plain(i) || (!strong && !view.lexicon.looksLikeName(nt, i))) return;
    const words = [nt.tokens[i]!.text];
    if (plain(i + 1) && view.lexicon.looksLikeName(nt, i + 1)) words.push(nt.tokens[i + 1]!.text);
    out.push({ words, first: i });
  };
  for (const m of view.find(u, 'callback.selfIntro')) add(m.end, true);
  for (const m of view.find(u, 'callback.selfIntroWeak')) add(m.end, false);
  return out;
}

/** Which parts of the known name the agent says in the window (fuzzy; one letter of slack right after "nama saya"/"dengan"). */
function saidParts(view: CallView, window: readonly Utterance[], parts: readonly string[], full: string): Set<string> {
  const said = new Set<string>();
  for (const u of window) {
    const nt = view.text(u);
    if (view.lexicon.findName(nt, full).length > 0) parts.forEach((p) => said.add(p));
    for (const p of parts) if (view.lexicon.findName(nt, p).length > 0) said.add(p);
    for (const intro of introductions(view, u)) {
      for (const w of intro.words) for (const p of parts) if (p.length >= 4 && editDistance(p, w) <= 1) said.add(p);
    }
  }
  return said;
}

function displayName(name: string): string {
  return name.trim().split(/\s+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

export default defineRule({
  id: 'callback-identification',
  meta: {
    description: 'Require the agent to give their name when asking the customer to call back or promising a callback',
    seed: [364, 440, 443, 457, 458],
    defaultSeverity: 'warn',
    appliesTo: 'calls where the agent asks the customer to call back or promises a callback',
    messages: {
      noAgentName: {
        en: 'The agent asked for or promised a callback without giving their name ({{expected}})',
        id: 'Agen meminta pelanggan menghubungi kembali atau menjanjikan panggilan kembali tanpa menyebutkan namanya ({{expected}})',
      },
      noLastName: {
        en: 'With the callback the agent gave only their first name ({{expected}}); the standard asks for first and last name',
        id: 'Saat membahas panggilan kembali agen hanya menyebutkan nama depannya ({{expected}}); standar meminta nama depan dan nama belakang',
      },
    },
    options: z.strictObject({
      /** Seed line 440 asks for first and last name; most Indonesian scripts give the first name only. */
      requireFullName: z.boolean().default(false)
        .describe('true: the agent must give first and last name (seed line 440); false: the first name is enough'),
    }),
  },
  check(_call, ctx) {
    const view = ctx.view;
    const agents = view.agentUtterances;

    // Callback moments: consecutive agent utterances with a callback phrase are one moment.
    const callbacks: Callback[] = [];
    let turnedDown = 0;
    agents.forEach((u, i) => {
      const found = callbackPhrases(view, u);
      if (found.length === 0) return;
      if (declined(view, u)) {
        turnedDown++;
        return;
      }
      const last = callbacks.at(-1);
      if (last && agents.indexOf(last.utterances.at(-1)!) === i - 1) last.utterances.push(u);
      else callbacks.push({ utterances: [u], first: found[0]! });
    });
    if (callbacks.length === 0) return ctx.skip(turnedDown > 0 ? 'the customer turned the callback down' : 'no callback request or promise');

    const known = view.agentName?.trim() || null;
    const parts = known ? nameParts(view, known) : [];
    const full = ctx.options.requireFullName;
    if (full && known && parts.length < 2) {
      ctx.note({
        en: `The transcript gives only "${known}" as the agent's name: the first name was accepted.`,
        id: `Transkrip hanya menyebut "${known}" sebagai nama agen: nama depan diterima.`,
      });
    }
    const company = view.env.company?.name;

    for (const cb of callbacks) {
      // The moment itself, and the agent's utterance right before and right after it.
      const from = agents.indexOf(cb.utterances[0]!);
      const to = agents.indexOf(cb.utterances.at(-1)!);
      const window = agents.slice(Math.max(0, from - 1), to + 2);

      let first: boolean;
      let whole: boolean;
      let saidFirst: string | null = null;
      if (known && parts.length > 0) {
        const said = saidParts(view, window, parts, known);
        first = said.size > 0;
        whole = parts.length < 2 || parts.every((p) => said.has(p));
      } else {
        const intros = window.flatMap((u) => introductions(view, u));
        first = intros.length > 0;
        whole = intros.some((i) => i.words.length >= 2);
        saidFirst = intros[0] ? displayName(intros[0].words[0]!) : null;
      }
      if (first && (whole || !full)) continue;

      const u = cb.utterances[0]!;
      // Words to say, in the call's language: "Nama saya Nia dari Ventura." / "My name is Nia from Ventura."
      const lx = view.lexicon;
      const name = known
        ? displayName(known)
        : `[${full ? lx.say('callback-identification.yourFullName') : lx.say('callback-identification.yourName')}]`;
      const example = (placeholder: string) => lx.say('callback-identification.introExample', { name: placeholder });
      const expected: Localized = known
        ? { en: `say "${displayName(known)}"`, id: `sebutkan "${displayName(known)}"` }
        : full
          ? { en: `e.g. "${example('<first name> <last name>')}"`, id: `mis. "${example('<nama depan> <nama belakang>')}"` }
          : { en: `e.g. "${example('<name>')}"`, id: `mis. "${example('<nama>')}"` };
      const text = u.text.trim();
      ctx.report({
        messageId: first ? 'noLastName' : 'noAgentName',
        data: { expected },
        utterance: u,
        span: [cb.first.from, cb.first.to],
        // Only the first name was said: the words to add are the full introduction.
        suggestion: first
          ? lx.say('callback-identification.introduce', { name: known ? name : `${saidFirst} [${lx.say('callback-identification.yourLastName')}]`, company })
          : `${text}${/[.!?…]$/.test(text) ? '' : '.'} ${lx.say('callback-identification.introduce', { name, company })}`,
        note: {
          en: 'Seed line 440: "If the operator asks the client to call back, tell the client your first and last name."',
          id: 'Baris 440 standar: "Jika operator meminta klien untuk meneleponnya kembali, Anda harus memberi tahu klien nama depan dan belakang Anda."',
        },
      });
    }
  },
});
