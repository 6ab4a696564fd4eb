// The opening greets by time of day, names the company and the agent, and (inbound) offers help (seed lines 59-77, 282, 491-492);
// outbound, after asking for the customer by name (line 296), over the agent's first two turns.
import { z } from 'zod';
import { capitalize } from '../src/engine/phrasing.js';
import { defineRule } from '../src/engine/rule.js';
import type { CallView } from '../src/engine/views.js';
import type { NormalizedText } from '../src/match/normalize.js';
import { matchPhrase } from '../src/match/phrase.js';
import type { Utterance } from '../src/transcript/model.js';
import { fitsHour, timeWordAt, TIME_WORDS, TimeBandsSchema, type BandMap, type TimeWord } from '../src/engine/time-of-day.js';
import { editDistance } from '../src/match/lexicon.js';

const TIME_CONCEPTS: Record<TimeWord, string> = {
  pagi: 'greeting.time.pagi',
  siang: 'greeting.time.siang',
  sore: 'greeting.time.sore',
  petang: 'greeting.time.petang',
  malam: 'greeting.time.malam',
};

const options = z.strictObject({
  /** Minutes either side of a band boundary in which the neighbouring greeting is accepted too. */
  toleranceMinutes: z.number().int().min(0).max(180).default(15)
    .describe('Minutes either side of a band boundary in which the neighbouring greeting is accepted too'),
  /**
   * Local-time bands per greeting (default: a Telkom QA sheet). `petang`, when absent, uses the
   * `sore` band. A language with bands of its own in its lexicon (English) uses those instead.
   */
  timeBands: TimeBandsSchema,
});

/** The most words a customer's reply to "May I speak with …?" may have and still only confirm ("Yes, speaking. Who is this?"). */
const CONFIRM_MAX_WORDS = 10;

/** A component found in the greeting: which utterance, which tokens, which characters. */
interface Hit {
  readonly u: Utterance;
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
}
interface TimeHit extends Hit {
  readonly word: TimeWord;
}
interface NameHit extends Hit {
  readonly name: string;
}

export default defineRule({
  id: 'greeting-formula',
  meta: {
    description: 'Require the opening to greet by time of day, name the company and the agent, and offer help',
    seed: [59, 61, 63, 65, 67, 69, 71, 73, 75, 77, 282, 296, 491, 492],
    defaultSeverity: 'error',
    appliesTo: 'every call with an agent utterance; the offer of help on inbound calls only',
    messages: {
      missingTimeGreeting: {
        en: "The greeting has no time-of-day greeting (\"{{expected}}\")",
        id: "Salam pembuka tidak memuat salam sesuai waktu (\"{{expected}}\")",
      },
      wrongTimeGreeting: {
        en: "\"{{greeting}}\" does not fit the local time {{localTime}}: say \"{{expected}}\"",
        id: "\"{{greeting}}\" tidak sesuai dengan waktu setempat {{localTime}}: ucapkan \"{{expected}}\"",
      },
      missingCompany: {
        en: "The greeting does not name the company (\"{{company}}\")",
        id: "Salam pembuka tidak menyebut nama perusahaan (\"{{company}}\")",
      },
      missingActivity: {
        en: "The greeting does not say what the company does (\"{{activity}}\")",
        id: "Salam pembuka tidak menyebut bidang usaha perusahaan (\"{{activity}}\")",
      },
      missingAgentName: {
        en: "The agent does not introduce themselves by name ({{expected}})",
        id: "Agen tidak memperkenalkan diri dengan nama ({{expected}})",
      },
      missingOfferHelp: {
        en: "The greeting does not offer help (\"{{offer}}\")",
        id: "Salam pembuka tidak menawarkan bantuan (\"{{offer}}\")",
      },
    },
    options,
  },
  check(call, ctx) {
    const view = ctx.view;
    const opening = view.opening;
    if (!opening) return ctx.skip(view.agentUtterances.length === 0 ? 'no agent utterance' : 'no agent utterance after the answer');
    const company = view.env.company;
    const inbound = call.direction === 'inbound';
    const turn = greetingTurn(view, opening, inbound);
    const lx = view.lexicon;
    // English greets "good afternoon" from noon: a language's own bands (lexicon) beat the option,
    // which holds the Indonesian ones.
    const bands: BandMap = lx.timeBands ?? ctx.options.timeBands;

    // 2. company (and, opt-in, its line of business)
    const companyHits = turn.flatMap((u) => view.findCompany(u).map((m) => ({ u, ...m })));
    if (!company) {
      ctx.note({
        en: 'No company configured: the company name in the greeting was not checked (set "company" in the config to check it).',
        id: 'Perusahaan belum dikonfigurasi: nama perusahaan dalam salam pembuka tidak diperiksa (isi "company" di konfigurasi untuk memeriksanya).',
      });
    }

    // 1. time-of-day greeting: "selamat pagi", "met siang", or the bare word right after the company
    const times = findTimeGreetings(view, turn, companyHits);
    const clock = (u: Utterance) => view.localTimeAt(u.start ?? view.answerTime ?? 0);
    const openingClock = clock(opening);
    if (!call.startedAt) {
      ctx.note({
        en: 'No start time: the time-of-day greeting was not checked against the hour.',
        id: 'Tidak ada waktu mulai panggilan: salam sesuai waktu tidak dicocokkan dengan jam.',
      });
    }
    const expectedAtOpening = openingClock ? timeWordAt(openingClock.minuteOfDay, bands) : null;

    // 3. agent's name
    const agentName = view.agentName;
    const taken = [...companyHits, ...times, ...turn.flatMap((u) => view.find(u, 'greeting.offerHelp').map((m) => ({ u, ...m })))];
    const intro = findSelfIntroduction(view, turn, taken);
    const named = agentName ? findKnownName(view, turn, agentName, intro) !== null : intro !== null;

    const suggestion = buildSuggestion(view, {
      religious: religiousOpener(view, turn),
      time: expectedAtOpening ?? times[0]?.word ?? null,
      company: company?.name ?? null,
      activity: company?.activity ?? null,
      name: agentName ? displayName(agentName) : intro?.name ?? null,
      inbound,
    });

    if (times.length === 0) {
      ctx.report({
        messageId: 'missingTimeGreeting',
        data: { expected: capitalize(timeGreeting(view, expectedAtOpening)) },
        utterance: opening,
        suggestion,
      });
    } else {
      // Any fitting greeting is enough ("selamat pagi, eh, selamat siang" corrects itself).
      const judged = times.map((t) => ({ t, clock: clock(t.u) })).filter((x) => x.clock !== null);
      const fits = judged.some((x) => fitsHour(x.t.word, x.clock!.minuteOfDay, bands, ctx.options.toleranceMinutes));
      const expected = judged[0] ? timeWordAt(judged[0].clock!.minuteOfDay, bands) : null;
      // A time no band covers (custom bands with a gap) is not judged.
      if (judged.length > 0 && !fits && expected) {
        const { t, clock: at } = judged[0]!;
        ctx.report({
          messageId: 'wrongTimeGreeting',
          data: { greeting: t.u.text.slice(t.from, t.to), localTime: at!.hhmm, expected: timeGreeting(view, expected) },
          utterance: t.u,
          span: [t.from, t.to],
          suggestion,
        });
      }
    }

    if (company) {
      if (companyHits.length === 0) {
        ctx.report({ messageId: 'missingCompany', data: { company: company.name }, utterance: opening, suggestion });
      }
      if (company.activity && !turn.some((u) => saysActivity(view, view.text(u), company.activity!))) {
        ctx.report({ messageId: 'missingActivity', data: { activity: company.activity }, utterance: opening, suggestion });
      }
    }

    if (!named) {
      const wrongName = agentName && intro
        ? {
            en: `The agent introduced themselves as "${intro.name}"; the transcript names the agent "${agentName}".`,
            id: `Agen memperkenalkan diri sebagai "${intro.name}"; menurut transkrip, nama agen adalah "${agentName}".`,
          }
        : undefined;
      ctx.report({
        messageId: 'missingAgentName',
        data: {
          expected: agentName
            ? { en: `expected "${displayName(agentName)}"`, id: `seharusnya "${displayName(agentName)}"` }
            : { en: `e.g. ${lx.say('greeting-formula.introExample')}`, id: `mis. ${lx.say('greeting-formula.introExample')}` },
        },
        utterance: opening,
        ...(wrongName ? { note: wrongName } : {}),
        ...(wrongName && intro && intro.u === opening ? { span: [intro.from, intro.to] as const } : {}),
        suggestion,
      });
    }

    // 4. offer of help: inbound only (an outbound agent called with a purpose)
    if (inbound && !turn.some((u) => view.has(u, 'greeting.offerHelp'))) {
      ctx.report({ messageId: 'missingOfferHelp', data: { offer: lx.say('greeting-formula.offerHelp') }, utterance: opening, suggestion });
    }
  },
});

/**
 * The greeting turn: the opening, plus the agent's next utterance when nothing the customer said
 * comes between them. ASR and diarization cut one spoken greeting into pieces at pauses
 * ("Selamat pagi." / "Ventura dengan Anna, ada yang bisa dibantu?"); until the customer speaks,
 * the agent is still greeting.
 *
 * Outbound, an agent who first asks for the customer by name ("Bisakah saya berbicara dengan
 * Bapak Hendra?", seed line 296; "May I speak with Mr Thompson?") says who is calling once the
 * right person is on the line: when the customer's reply is short ("Speaking.", "Ya, saya
 * sendiri."), the agent's next turn is still the greeting.
 */
function greetingTurn(view: CallView, opening: Utterance, inbound: boolean): Utterance[] {
  const us = view.call.utterances;
  const agentRun = (from: number): Utterance[] => {
    const first = us[from];
    if (!first || first.speaker !== 'agent') return [];
    const next = us[from + 1];
    return next && next.speaker === 'agent' ? [first, next] : [first];
  };
  const turn = agentRun(opening.index);
  if (inbound || !turn.some((u) => asksForCustomer(view, u))) return turn;
  let i = turn[turn.length - 1]!.index + 1;
  let words = 0;
  while (us[i] && us[i]!.speaker === 'customer') words += view.text(us[i++]!).tokens.length;
  if (words === 0 || words > CONFIRM_MAX_WORDS) return turn;
  return [...turn, ...agentRun(i)];
}

/**
 * The agent asks for someone by name (`greeting.askForCustomer`): after the phrase, past forms of
 * address, comes a name — "is this Karen", "am I speaking with Mrs Sunita Rao", "bisa bicara
 * dengan Bapak Hendra"; not "is this a good time", "is this convenient". When the transcript names
 * the customer, it is that name (fuzzily, for ASR); else a word that looks like a name.
 */
function asksForCustomer(view: CallView, u: Utterance): boolean {
  const lx = view.lexicon;
  const nt = view.text(u);
  const address = new Set(lx.classMembers('address'));
  const customer = lx.normalize(view.call.customer.name ?? '').tokens.map((t) => t.text).filter((p) => p.length >= 3);
  return view.find(u, 'greeting.askForCustomer').some((m) => {
    let i = m.end;
    while (i < nt.tokens.length && address.has(nt.tokens[i]!.text)) i++;
    const t = nt.tokens[i];
    if (!t || lx.find(nt, 'greeting.notName', { from: i, to: i + 1 }).length > 0) return false;
    if (customer.length > 0) {
      return customer.some((p) => p === t.text || (p.length >= 4 && editDistance(p, t.text) <= 1));
    }
    return lx.looksLikeName(nt, i);
  });
}

function findTimeGreetings(view: CallView, turn: readonly Utterance[], companyHits: readonly Hit[]): TimeHit[] {
  const out: TimeHit[] = [];
  const timeWords = view.lexicon.classMembers('timeword');
  for (const u of turn) {
    for (const word of TIME_WORDS) {
      for (const m of view.find(u, TIME_CONCEPTS[word])) out.push({ u, word, ...m });
    }
    // "Telkomsel, pagi": the bare time word right after the company name.
    const toks = view.text(u).tokens;
    for (const c of companyHits) {
      if (c.u !== u) continue;
      const t = toks[c.end];
      if (!t || !timeWords.includes(t.text)) continue;
      const word = TIME_WORDS.find((w) => w === t.text);
      if (word && !out.some((o) => o.u === u && o.start <= c.end && c.end < o.end)) {
        out.push({ u, word, start: c.end, end: c.end + 1, from: t.from, to: t.to });
      }
    }
  }
  return out.sort((a, b) => a.u.index - b.u.index || a.start - b.start);
}

/** The line of business, said fuzzily ("instalasi jendela") or word by word with affixes. */
function saysActivity(view: CallView, nt: NormalizedText, activity: string): boolean {
  if (view.lexicon.findName(nt, activity).length > 0) return true;
  const words = view.lexicon.normalize(activity).tokens.map((t) => t.text);
  if (words.length === 0) return false;
  try {
    return matchPhrase(nt, view.lexicon.compile(words.join(' ')), 1).length > 0;
  } catch {
    return false;
  }
}

/** The known name (or any of its parts: "Anna" for "Anna Petrova"), fuzzily. */
function findKnownName(view: CallView, turn: readonly Utterance[], name: string, intro: NameHit | null): Hit | null {
  const parts = view.lexicon.normalize(name).tokens.map((t) => t.text).filter((p) => p.length >= 3);
  const candidates = [name, ...parts];
  for (const u of turn) {
    const nt = view.text(u);
    for (const c of candidates) {
      const m = view.lexicon.findName(nt, c)[0];
      if (m) return { u, ...m };
    }
  }
  // Short names must match exactly in findName; after an introduction marker one letter of ASR
  // slack is safe ("dengan Ana" for Anna).
  if (intro) {
    const said = view.lexicon.normalize(intro.name).tokens.map((t) => t.text).join('');
    if (parts.some((p) => editDistance(p, said) <= 1)) return intro;
  }
  return null;
}

/**
 * A self-introduction: "dengan Nia", "nama saya Nia", "saya Nia", "administrator Galina"; in
 * English "this is Anna", "my name is Anna", "myself Priya", and with the marker after the name,
 * "Anna speaking" (`greeting.introMarkerAfter`). A marker word used otherwise in its clause is no
 * marker (`greeting.notIntro`: "I'll check it myself"). The word at the marker must look like a name: not a stop word
 * ("dengan siapa", "saya ingin", "this is regarding"), not a form of address, role or time word,
 * not part of the company name, an offer of help or the customer's name, and not a prefixed verb
 * ("saya menghubungi") unless it is written with a capital letter mid-sentence.
 */
function findSelfIntroduction(view: CallView, turn: readonly Utterance[], taken: readonly Hit[]): NameHit | null {
  const lx = view.lexicon;
  const notNames = new Set([...lx.classMembers('address'), ...lx.classMembers('role'), ...lx.classMembers('timeword')]);
  // On an outbound call "dengan Ratna" is the person called, not the agent.
  for (const t of lx.normalize(view.call.customer.name ?? '').tokens) notNames.add(t.text);
  for (const u of turn) {
    const nt = view.text(u);
    const toks = nt.tokens;
    const isTaken = (i: number) => taken.some((h) => h.u === u && h.start <= i && i < h.end);
    const nameAt = (i: number): NameHit | null => {
      const t = toks[i];
      if (!t || isTaken(i) || !/^\p{L}{2,}$/u.test(t.text) || notNames.has(t.text)) return null;
      if (lx.find(nt, 'greeting.notName', { from: i, to: i + 1 }).length > 0) return null;
      const raw = nt.original.slice(t.from, t.to);
      const capitalized = /^\p{Lu}/u.test(raw) && !nt.sentenceStarts.includes(i);
      if (!capitalized && looksPrefixed(lx.language, t.text, t.stem)) return null;
      return { u, start: i, end: i + 1, from: t.from, to: t.to, name: capitalize(raw) };
    };
    const notIntro = view.find(u, 'greeting.notIntro');
    for (const marker of view.find(u, 'greeting.introMarker')) {
      // "I'll check it myself": the marker word used otherwise, in the same clause.
      if (notIntro.some((n) => n.end === marker.end && n.start < marker.start && !clauseBreak(nt, n.start, marker.start))) continue;
      const hit = nameAt(marker.end);
      if (hit) return hit;
    }
    for (const marker of view.find(u, 'greeting.introMarkerAfter')) {
      const hit = marker.start > 0 ? nameAt(marker.start - 1) : null;
      if (hit) return hit;
    }
  }
  return null;
}

/** A sentence end or , ; : between tokens `from` and `to`. */
function clauseBreak(nt: NormalizedText, from: number, to: number): boolean {
  return /[.!?,;:]/.test(nt.original.slice(nt.tokens[from]!.to, nt.tokens[to]!.from));
}

/**
 * An Indonesian verb with a prefix the stemmer could strip ("menghubungi" → "hubung"), not a
 * name. Indonesian morphology only: English stems strip suffixes, and Melanie or Terry would
 * look "prefixed".
 */
function looksPrefixed(language: string, word: string, stem: string): boolean {
  return language === 'id' && stem !== word && stem.length >= 4 && /^(me|di|ber|ter)/.test(word);
}

function religiousOpener(view: CallView, turn: readonly Utterance[]): string | null {
  const u = turn[0]!;
  const m = view.find(u, 'greeting.religious')[0];
  return m && m.start === 0 ? u.text.slice(m.from, m.to) : null;
}

/** "selamat sore" / "good afternoon" for a time word; without one, every greeting of the language. */
function timeGreeting(view: CallView, word: TimeWord | null): string {
  return view.lexicon.say(`greeting-formula.time.${word ?? 'any'}`);
}

/** The name an agent says: the first part of "Anna Petrova". */
function displayName(name: string): string {
  return name.trim().split(/\s+/)[0]!;
}

interface SuggestionParts {
  readonly religious: string | null;
  readonly time: TimeWord | null;
  readonly company: string | null;
  readonly activity: string | null;
  readonly name: string | null;
  readonly inbound: boolean;
}

/**
 * A full greeting from what is known, in the standard's order (seed line 71), in the call's
 * language (lexicon `say`): "Selamat pagi! Instalasi jendela, perusahaan Ventura, dengan Anna. Ada
 * yang bisa saya bantu?" / "Good morning! Ventura, this is Anna. How may I help you?"
 */
function buildSuggestion(view: CallView, p: SuggestionParts): string {
  const lx = view.lexicon;
  const time = timeGreeting(view, p.time);
  const greeting = p.religious ? `${capitalize(p.religious)}, ${time}` : capitalize(time);
  const company = p.company ?? `[${lx.say('greeting-formula.unknownCompany')}]`;
  const name = p.name ?? `[${lx.say('greeting-formula.unknownName')}]`;
  if (!p.inbound) return lx.say('greeting-formula.outbound', { greeting, name, company, activity: p.activity });
  return lx.say('greeting-formula.inbound', { greeting, activity: p.activity ? capitalize(p.activity) : null, company, name });
}
