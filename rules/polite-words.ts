// The agent says "tolong/mohon/silakan" and "terima kasih" during the call (seed line 464).
import { z } from 'zod';
import { capitalize, customerAddress } from '../src/engine/phrasing.js';
import { defineRule } from '../src/engine/rule.js';
import type { CallView } from '../src/engine/views.js';
import type { PhraseMatch } from '../src/match/phrase.js';
import type { Call, Utterance } from '../src/transcript/model.js';

const SEED_NOTE = {
  en: 'Seed line 464: "Selama percakapan, kata-kata "TOLONG" dan "TERIMA KASIH" harus digunakan." ("During the conversation, the words "PLEASE" and "THANK YOU" must be used.")',
  id: 'Baris 464 standar: "Selama percakapan, kata-kata "TOLONG" dan "TERIMA KASIH" harus digunakan."',
};

export default defineRule({
  id: 'polite-words',
  meta: {
    description: 'Require the agent to say a please-word (tolong, mohon, silakan) and a thank-word (terima kasih) during the call',
    seed: [464],
    defaultSeverity: 'warn',
    appliesTo: 'every call with an agent utterance',
    messages: {
      // {{words}}: the please- or thank-words of the call's language ("tolong", "mohon", "silakan" / "please").
      missingPlease: {
        en: 'The agent says a please-word ({{words}}) {{count}} times in the call; at least {{min}} expected',
        id: 'Agen mengucapkan kata permohonan ({{words}}) {{count}} kali selama panggilan; minimal {{min}} kali',
      },
      missingThanks: {
        en: 'The agent says {{words}} {{count}} times in the call; at least {{min}} expected',
        id: 'Agen mengucapkan {{words}} {{count}} kali selama panggilan; minimal {{min}} kali',
      },
    },
    options: z.strictObject({
      minPlease: z.number().int().min(0).default(1)
        .describe('How many please-words (tolong, mohon, silakan) the agent must say in the call; 0 turns this check off'),
      minThanks: z.number().int().min(0).default(1)
        .describe('How many thank-words (terima kasih and its variants) the agent must say in the call; 0 turns this check off'),
    }),
  },
  check(call, ctx) {
    const view = ctx.view;
    const agent = view.agentUtterances;
    if (agent.length === 0) return ctx.skip('no agent utterance');
    const { minPlease, minThanks } = ctx.options;

    // Negated or quoted words are no politeness: "tidak usah mohon-mohon", 'jangan bilang "tolong"'.
    const please = agent.map((u) => ({ u, hits: view.find(u, 'polite.please', { affirmed: true }) }));
    const thanks = agent.map((u) => ({ u, hits: view.find(u, 'polite.thanks', { affirmed: true }) }));
    const pleaseCount = please.reduce((n, x) => n + x.hits.length, 0);
    const thanksCount = thanks.reduce((n, x) => n + x.hits.length, 0);
    const addr = addressOf(view);
    const say = view.lexicon.say.bind(view.lexicon);

    if (pleaseCount < minPlease) {
      const data = { words: say('polite-words.pleaseWords'), count: pleaseCount, min: minPlease };
      // The best evidence is a bare request where the please-word belongs: "Tunggu sebentar ya, Pak."
      const spot = bareRequest(view, please.filter((x) => x.hits.length === 0).map((x) => x.u));
      if (spot) {
        const { u, m } = spot;
        ctx.report({
          messageId: 'missingPlease',
          data,
          utterance: u,
          span: [m.from, m.to],
          suggestion: withPlease(view, u.text, m),
          note: SEED_NOTE,
        });
      } else {
        // An instruction in the report's language, with the words and examples of the call's.
        const examples = say('polite-words.pleaseExamples', { address: addr });
        ctx.report({
          messageId: 'missingPlease',
          data,
          utterance: lastWithout(please),
          suggestion: {
            en: `Ask with ${say('polite-words.pleaseWordsOr', { or: 'or' })}: ${examples}`,
            id: `Gunakan ${say('polite-words.pleaseWordsOr', { or: 'atau' })} saat meminta sesuatu: ${examples}`,
          },
          note: SEED_NOTE,
        });
      }
    }

    if (thanksCount < minThanks) {
      // The closing is where a thanks is never out of place: cite the last words without one.
      ctx.report({
        messageId: 'missingThanks',
        data: { words: say('polite-words.thanksWords'), count: thanksCount, min: minThanks },
        utterance: lastWithout(thanks),
        suggestion: thanksLine(view, call, addr),
        note: SEED_NOTE,
      });
    }
  },
});

/** The first bare request to the customer ("Tunggu sebentar", "Sebutkan nomornya") among the utterances. */
function bareRequest(view: CallView, utterances: readonly Utterance[]): { u: Utterance; m: PhraseMatch } | null {
  for (const u of utterances) {
    const nt = view.text(u);
    for (const m of view.find(u, 'polite.request', { affirmed: true })) {
      // "saya hubungi kembali", "akan kami kirim": the agent's own action, not a request.
      const before = m.start > 0 ? view.lexicon.find(nt, 'polite.requestSubject', { from: m.start - 1, to: m.start }) : [];
      const between = m.start > 0 ? nt.original.slice(nt.tokens[m.start - 1]!.to, m.from) : '';
      if (before.length > 0 && !/[,;:.!?]/.test(between)) continue;
      return { u, m };
    }
  }
  return null;
}

/** The agent's last utterance without a hit (all have one: the last utterance). */
function lastWithout(perUtterance: readonly { u: Utterance; hits: readonly PhraseMatch[] }[]): Utterance {
  const without = perUtterance.filter((x) => x.hits.length === 0);
  return (without[without.length - 1] ?? perUtterance[perUtterance.length - 1]!).u;
}

/** Inbound: thanks for calling the company; outbound (the agent called): thanks for the time. */
function thanksLine(view: CallView, call: Call, addr: string): string {
  if (call.direction === 'outbound') return view.lexicon.say('polite-words.thanksTime', { address: addr });
  const company = view.env.company?.name;
  return company
    ? view.lexicon.say('polite-words.thanksCompany', { company, address: addr })
    : view.lexicon.say('polite-words.thanks', { address: addr });
}

/**
 * The request with the please-word of the call's language before it (lexicon `say`
 * "polite-words.please": "mohon {{request}}", "please {{request}}"):
 * "Baik. Tunggu sebentar ya, Pak." → "Baik. Mohon tunggu sebentar ya, Pak."; "Hold on a second." →
 * "Please hold on a second."
 */
function withPlease(view: CallView, text: string, m: PhraseMatch): string {
  const word = text.slice(m.from, m.to);
  const upper = /^\p{Lu}/u.test(word);
  const request = upper ? `${word.charAt(0).toLowerCase()}${word.slice(1)}` : word;
  const polite = view.lexicon.say('polite-words.please', { request });
  return spelledOut(view, capitalize(`${text.slice(0, m.from)}${upper ? capitalize(polite) : polite}${text.slice(m.to)}`.trim()));
}

/**
 * Spoken contractions that ASR writes as heard and that read wrong in a suggestion after a
 * please-word ("Please gimme the order number"), per call language: the agent's words are
 * pasted with them spelled out ("Please give me the order number").
 */
const SPOKEN_FORMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { gimme: 'give me', gonna: 'going to', wanna: 'want to', lemme: 'let me' },
};

function spelledOut(view: CallView, text: string): string {
  const forms = SPOKEN_FORMS[view.lexicon.language];
  if (!forms) return text;
  return text.replace(/[\p{L}']+/gu, (word) => {
    const full = Object.hasOwn(forms, word.toLowerCase()) ? forms[word.toLowerCase()]! : null;
    if (full === null) return word;
    return /^\p{Lu}/u.test(word) ? capitalize(full) : full;
  });
}

function addressOf(view: CallView): string {
  return customerAddress(view, [...view.agentUtterances].reverse());
}
