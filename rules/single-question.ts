// Ask the customer one question at a time: an agent utterance with several questions is a finding (seed line 153).
import { z } from 'zod';
import { defineRule, type Localized } from '../src/engine/rule.js';
import type { CallView } from '../src/engine/views.js';
import { sentenceRange, type NormalizedText } from '../src/match/normalize.js';

/** One question found in an utterance: its characters (punctuated) or its question word (unpunctuated). */
interface Question {
  readonly from: number;
  readonly to: number;
}

const SEED_NOTE: Localized = {
  en: 'Seed line 153: "Jangan mengajukan beberapa pertanyaan kepada klien secara bersamaan."',
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
  check(_call, ctx) {
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
      const questions = punctuated ? markedQuestions(view, nt) : questionWordStarts(view, nt);
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
 * fillers and forms of address ("Halo?", "Ya, Pak?", "Begitu?"), which asks nothing.
 */
function markedQuestions(view: CallView, nt: NormalizedText): Question[] {
  const out: Question[] = [];
  for (let s = 0; s < nt.sentenceStarts.length; s++) {
    if (!nt.questionSentences.has(s)) continue;
    const [a, b] = sentenceRange(nt, s);
    if (a >= b) continue;
    const filler = view.lexicon.find(nt, 'question.filler', { from: a, to: b });
    if (filler.reduce((n, m) => n + (m.end - m.start), 0) === b - a) continue;
    const from = nt.tokens[a]!.from;
    const q = nt.original.indexOf('?', nt.tokens[b - 1]!.to);
    out.push({ from, to: q >= 0 ? q + 1 : nt.tokens[b - 1]!.to });
  }
  return out;
}

/**
 * Unpunctuated text (ASR): a question word counts as a question when it opens a clause or ends
 * one. Opens: it is the first word, or only lead words ("baik", "kalau boleh tahu") stand between
 * it and the start, a joining word ("dan", "atau", "lalu") or a form of address ("… pak berapa
 * nomornya"). Ends: only lead words stand between it and the end, a joining word or a form of
 * address ("nama bapak siapa", "bayarnya kapan dan lewat apa"). Not after a word that makes it
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
 */
function questionWordStarts(view: CallView, nt: NormalizedText): Question[] {
  const lx = view.lexicon;
  const lead = new Set<number>();
  for (const m of lx.find(nt, 'question.lead')) for (let i = m.start; i < m.end; i++) lead.add(i);
  const join = new Set(lx.find(nt, 'question.join').map((m) => m.start));
  const notBefore = new Set(lx.find(nt, 'question.notBefore').map((m) => m.start));
  const notAfter = new Set(lx.find(nt, 'question.notAfter').map((m) => m.start));
  const inPlace = new Set(lx.find(nt, 'question.inPlace').map((m) => m.start));
  const address = new Set(lx.classMembers('address'));
  const boundary = (i: number) => join.has(i) || address.has(nt.tokens[i]!.text);
  const words = lx.find(nt, 'question.word');
  const wordStarts = new Set(words.map((m) => m.start));
  const out: Question[] = [];
  for (const m of words) {
    const word = nt.tokens[m.start]!.text;
    // "kurang tahu kenapa" is indirect, but "kalau boleh tahu kapan" (a lead) asks.
    const indirect = notBefore.has(m.start - 1) && !lead.has(m.start - 1);
    if (indirect || notAfter.has(m.end) || nt.tokens[m.start - 1]?.text === word || nt.tokens[m.end]?.text === word) continue;
    let j = m.end;
    while (j < nt.tokens.length && lead.has(j) && !join.has(j)) j++;
    // "may I ask what …": the lead's own question word gives way to the one after the lead.
    let inLead = true;
    for (let t = m.start; t < m.end; t++) inLead &&= lead.has(t);
    if (inLead && wordStarts.has(j)) continue;
    let i = m.start - 1;
    while (i >= 0 && lead.has(i) && !join.has(i)) i--;
    const opens = i < 0 || boundary(i);
    const ends = inPlace.has(m.start) && (j >= nt.tokens.length || boundary(j));
    if (opens || ends) out.push({ from: m.from, to: m.to });
  }
  return out;
}
