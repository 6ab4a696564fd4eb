// Ask the customer one question at a time: an agent utterance with several questions is a finding (seed line 153).
import { z } from 'zod';
import { defineRule, type Localized } from '../src/engine/rule.js';
import type { CallView } from '../src/engine/views.js';
import { sentenceRange, type NormalizedText } from '../src/match/normalize.js';
import type { Call } from '../src/transcript/model.js';

/** One question found in an utterance: its characters (punctuated) or its question word (unpunctuated). */
interface Question {
  readonly from: number;
  readonly to: number;
}

/** A question word that asks (see questionWordStarts), and the joining word that opens its clause, if one does. */
interface Start extends Question {
  /** Its tokens [start, end). */
  readonly start: number;
  readonly end: number;
  readonly join: number | null;
}

const SEED_NOTE: Localized = {
  en: 'Seed line 153: "Jangan mengajukan beberapa pertanyaan kepada klien secara bersamaan." ("Do not ask the client several questions at once")',
  id: 'Standar baris 153: "Jangan mengajukan beberapa pertanyaan kepada klien secara bersamaan."',
};

/** The note on a count from question words; `words` are examples in the call's language (say key). */
function heuristicNote(words: string): Localized {
  return {
    en: `The utterance has no punctuation: questions were counted from question words that open or end a clause (${words}); check the recording.`,
    id: `Ucapan ini tanpa tanda baca: pertanyaan dihitung dari kata tanya di awal atau akhir klausa (${words}); periksa rekamannya.`,
  };
}

export default defineRule({
  id: 'single-question',
  meta: {
    description: 'Limit the agent to one question per utterance',
    seed: [153],
    defaultSeverity: 'warn',
    appliesTo: "every call with an agent utterance; only the agent's words are judged",
    messages: {
      tooManyQuestions: {
        en: '{{count}} questions in one utterance (at most {{max}}); ask one at a time',
        id: '{{count}} pertanyaan dalam satu ucapan (maksimal {{max}}); ajukan satu per satu',
      },
      tooManyQuestionWords: {
        en: '{{count}} questions in one unpunctuated utterance, counted from question words (at most {{max}}); ask one at a time',
        id: '{{count}} pertanyaan dalam satu ucapan tanpa tanda baca, dihitung dari kata tanya (maksimal {{max}}); ajukan satu per satu',
      },
    },
    options: z.strictObject({
      maxQuestions: z.number().int().min(1).default(1)
        .describe('Most questions allowed in one agent utterance'),
      unpunctuated: z.enum(['questionWords', 'skip']).default('questionWords')
        .describe('Utterances without . ? ! (ASR text): questionWords counts question words that open or end a clause (a finding then says so); skip leaves them unjudged'),
    }),
  },
  check(call, ctx) {
    const { view, options } = ctx;
    if (view.agentUtterances.length === 0) return ctx.skip('no agent utterance');

    let unjudged = 0;
    for (const u of view.agentUtterances) {
      const nt = view.text(u);
      // A dot between digits ("08.00", "1.500.000") is a number, not punctuation.
      const punctuated = /[.?!]/.test(u.text.replace(/(\d)\.(?=\d)/g, '$1'));
      if (!punctuated && options.unpunctuated === 'skip') {
        unjudged++;
        continue;
      }
      const names = nameTokens(view, call, nt);
      const questions = punctuated ? markedQuestions(view, nt, names) : questionWordStarts(view, nt, names);
      if (questions.length <= options.maxQuestions) continue;
      const extra = questions[options.maxQuestions]!;
      const first = questions[0]!;
      // Without punctuation a question's extent is unknown: the span is its question word.
      const firstText = punctuated ? u.text.slice(first.from, first.to).trim() : null;
      ctx.report({
        messageId: punctuated ? 'tooManyQuestions' : 'tooManyQuestionWords',
        data: { count: questions.length, max: options.maxQuestions },
        utterance: u,
        span: [extra.from, extra.to],
        suggestion: firstText
          ? {
            en: `Ask one question, wait for the answer, then ask the next: "${firstText}"`,
            id: `Ajukan satu pertanyaan, tunggu jawabannya, lalu ajukan yang berikutnya: "${firstText}"`,
          }
          : { en: 'Ask one question, wait for the answer, then ask the next', id: 'Ajukan satu pertanyaan, tunggu jawabannya, lalu ajukan yang berikutnya' },
        note: punctuated ? SEED_NOTE : heuristicNote(view.lexicon.say('single-question.questionWords')),
      });
    }
    if (unjudged === view.agentUtterances.length) return ctx.skip('no punctuation in the agent\'s words');
    if (unjudged > 0) {
      ctx.note({
        en: `${unjudged} agent utterance(s) without punctuation were not judged (unpunctuated: "skip")`,
        id: `${unjudged} ucapan agen tanpa tanda baca tidak dinilai (unpunctuated: "skip")`,
      });
    }
  },
});

/**
 * Punctuated text: each sentence that ends with "?" is a question, except one made only of
 * fillers and forms of address ("Halo?", "Ya, Pak?", "Begitu?"), which asks nothing, and a preface
 * that only announces the question right after it ("Can I just confirm the address? Is it still
 * 2204 Maple Drive?", "Boleh saya konfirmasi alamatnya? Masih di Jalan Melati 5?"). Inside one
 * "?" sentence, a question word that opens a clause after a joining word, following an earlier
 * question of the same sentence, asks again ("What's your order number, and when was it
 * installed?", "Nomornya berapa, dan kapan dipasang?"), except after a word that joins the
 * alternatives of one question (question.alternative: "Would you like a refund, or would you
 * prefer a replacement?"). A question word is found as in unpunctuated text (questionWordStarts).
 */
function markedQuestions(view: CallView, nt: NormalizedText, names: ReadonlySet<number>): Question[] {
  const lx = view.lexicon;
  const alternative = new Set(lx.find(nt, 'question.alternative').map((m) => m.start));
  const join = new Set(lx.find(nt, 'question.join').map((m) => m.start));
  const fillerOnly = (a: number, b: number): boolean =>
    lx.find(nt, 'question.filler', { from: a, to: b }).reduce((n, m) => n + (m.end - m.start), 0) === b - a;
  const asks = (s: number): boolean => {
    if (!nt.questionSentences.has(s)) return false;
    const [a, b] = sentenceRange(nt, s);
    return a < b && !fillerOnly(a, b);
  };
  const out: Question[] = [];
  for (let s = 0; s < nt.sentenceStarts.length; s++) {
    if (!asks(s)) continue;
    const [a, b] = sentenceRange(nt, s);
    // A preface is left out only when the next sentence asks, without "and" before it ("Could I
    // just check your postcode? And your date of birth?" is two).
    if (s + 1 < nt.sentenceStarts.length && asks(s + 1) && !join.has(nt.sentenceStarts[s + 1]!) && isPreface(view, nt, names, a, b)) continue;
    const q = nt.original.indexOf('?', nt.tokens[b - 1]!.to);
    const end = q >= 0 ? q + 1 : nt.tokens[b - 1]!.to;
    // The sentence's further questions, each from its joining word to the next one (or the "?");
    // a part that is only a courtesy asks nothing ("How are you today, and what can I do for you?").
    const cuts = questionWordStarts(view, nt, names, a, b).slice(1)
      .filter((w) => w.join !== null && !alternative.has(w.join))
      .map((w) => w.join!);
    const parts = [a, ...cuts].map((t, k) => [t, [...cuts, b][k]!] as const);
    const asking = parts.filter(([x, y]) => !fillerOnly(x, y));
    for (const [x, y] of asking.length > 0 ? asking : parts) {
      const from = nt.tokens[x]!.from;
      out.push({ from, to: y === b ? end : trimEnd(nt.original, from, nt.tokens[y - 1]!.to) });
    }
  }
  return out;
}

/** The end of the text from..to without trailing commas and spaces ("What's your order number, " → "What's your order number"). */
function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /[\s,;:]/.test(text[to - 1]!)) to--;
  return to;
}

/** The most words after a preface: its object ("the address", "your postcode with you"). */
const PREFACE_OBJECT = 4;

/**
 * Sentence a..b is a preface (question.preface: "Can I just confirm the address?", "Can I ask you
 * something?"): the preface opens it, after lead words, fillers, forms of address and the
 * customer's name ("Okay, Mr Foster, can I just check …"), and at most PREFACE_OBJECT words follow
 * it ("the address", "your postcode"); a longer rest carries its own question ("Can I confirm your
 * address is still 2204 Maple Drive?").
 */
function isPreface(view: CallView, nt: NormalizedText, names: ReadonlySet<number>, a: number, b: number): boolean {
  const lx = view.lexicon;
  const skippable = new Set<number>(names);
  for (const c of ['question.lead', 'question.filler']) {
    for (const m of lx.find(nt, c, { from: a, to: b })) for (let i = m.start; i < m.end; i++) skippable.add(i);
  }
  return lx.find(nt, 'question.preface', { from: a, to: b }).some((m) => {
    for (let i = a; i < m.start; i++) if (!skippable.has(i)) return false;
    return b - m.end <= PREFACE_OBJECT;
  });
}

/**
 * The tokens that name the customer, which separate clauses like a form of address ("oh im sorry
 * to hear that mr patel which window is it"): the customer's name from the transcript's metadata
 * (each part, fuzzily) and the one or two words after a form of address that takes a name (lexicon
 * addressForms with a placeholder: "mr", "mrs"; "pak", "bu") when they look like a name (not a
 * known word of the language, or capitalized mid-sentence) and are no question word ("sorry mr
 * davis what is …", "baik pak hendra berapa …").
 */
function nameTokens(view: CallView, call: Call, nt: NormalizedText): Set<number> {
  const lx = view.lexicon;
  const out = new Set<number>();
  // A name that is also a question word ("Will", "May") stays a question word.
  const questionWords = new Set<number>();
  for (const m of lx.find(nt, 'question.word')) for (let i = m.start; i < m.end; i++) questionWords.add(i);
  const address = new Set(lx.classMembers('address'));
  const known = call.customer.name?.trim();
  for (const part of known ? known.split(/\s+/).filter((p) => p.length >= 2) : []) {
    for (const m of lx.findName(nt, part)) for (let i = m.start; i < m.end; i++) if (!questionWords.has(i)) out.add(i);
  }
  nt.tokens.forEach((tok, t) => {
    const form = lx.address(tok.text);
    if (form === null || lx.address(tok.text, 'X') === form) return;
    for (let i = t + 1; i <= t + 2 && i < nt.tokens.length; i++) {
      if (questionWords.has(i) || address.has(nt.tokens[i]!.text) || !lx.looksLikeName(nt, i)) break;
      out.add(i);
    }
  });
  return out;
}

/**
 * Unpunctuated text (ASR): a question word counts as a question when it opens a clause or ends
 * one. Opens: it is the first word, or only lead words ("baik", "kalau boleh tahu") stand between
 * it and the start, a joining word ("dan", "atau", "lalu"), a form of address ("… pak berapa
 * nomornya") or the customer's name ("… mr patel which window"; nameTokens). Ends: only lead
 * words stand between it and the end, a joining word, a form of address or the customer's name
 * ("nama bapak siapa", "bayarnya kapan dan lewat apa"). Not after a word that makes it
 * indirect or idiomatic (question.notBefore: "kurang tahu kenapa", "tidak apa"), nor doubled
 * ("apa-apa"). A question word in mid-clause after a verb is an indirect question ("saya cek
 * dulu berapa biayanya"), and yes/no questions without a question word ("sudah diterima ya") are
 * not counted: the heuristic undercounts rather than guesses.
 *
 * Languages differ in where a question word stands; the lexicon says it, the code is the same:
 * only words of question.inPlace may end a clause (all of them in Indonesian, none in English,
 * where "tell me why" is indirect); a question word right before a question.notAfter word asks
 * nothing (English "what we can do is …", "when you get it"); and a question word inside a lead
 * ("may I ask", "can you tell me") gives way to the question word that follows the lead ("may I
 * ask what …" is one question), else it asks itself ("can you tell me your postcode").
 *
 * Tokens a..b only (one sentence of punctuated text; the whole text by default): their edges are
 * clause edges.
 */
function questionWordStarts(view: CallView, nt: NormalizedText, names: ReadonlySet<number>, a = 0, b = nt.tokens.length): Start[] {
  const lx = view.lexicon;
  const range = { from: a, to: b };
  const lead = new Set<number>();
  for (const m of lx.find(nt, 'question.lead', range)) for (let i = m.start; i < m.end; i++) lead.add(i);
  const join = new Set(lx.find(nt, 'question.join', range).map((m) => m.start));
  const notBefore = new Set(lx.find(nt, 'question.notBefore', range).map((m) => m.start));
  const notAfter = new Set(lx.find(nt, 'question.notAfter', range).map((m) => m.start));
  const inPlace = new Set(lx.find(nt, 'question.inPlace', range).map((m) => m.start));
  const address = new Set(lx.classMembers('address'));
  const boundary = (i: number) => join.has(i) || address.has(nt.tokens[i]!.text) || names.has(i);
  const words = lx.find(nt, 'question.word', range);
  const wordStarts = new Set(words.map((m) => m.start));
  const out: Start[] = [];
  for (const m of words) {
    const word = nt.tokens[m.start]!.text;
    // "kurang tahu kenapa" is indirect, but "kalau boleh tahu kapan" (a lead) asks.
    const indirect = notBefore.has(m.start - 1) && !lead.has(m.start - 1);
    if (indirect || notAfter.has(m.end)) continue;
    if ((m.start > a && nt.tokens[m.start - 1]?.text === word) || (m.end < b && nt.tokens[m.end]?.text === word)) continue;
    let j = m.end;
    while (j < b && lead.has(j) && !join.has(j)) j++;
    // "may I ask what …": the lead's own question word gives way to the one after the lead.
    let inLead = true;
    for (let t = m.start; t < m.end; t++) inLead &&= lead.has(t);
    if (inLead && wordStarts.has(j)) continue;
    let i = m.start - 1;
    while (i >= a && lead.has(i) && !join.has(i)) i--;
    const opens = i < a || boundary(i);
    const ends = inPlace.has(m.start) && (j >= b || boundary(j));
    if (!opens && !ends) continue;
    // The joining word that opens its clause: right before it, or (a question word ending its
    // clause) the last one since the previous question ("… berapa, dan alamatnya di mana").
    let opener: number | null = i >= a && join.has(i) ? i : null;
    if (!opens) {
      const since = out.length > 0 ? out[out.length - 1]!.end : a;
      for (let t = m.start - 1; t >= since && opener === null; t--) if (join.has(t)) opener = t;
    }
    out.push({ from: m.from, to: m.to, start: m.start, end: m.end, join: opener });
  }
  return out;
}
