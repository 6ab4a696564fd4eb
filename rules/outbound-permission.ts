// On an outbound call, ask early whether the person can talk now (seed lines 301, 370).
import { z } from 'zod';
import { customerAddress } from '../src/engine/phrasing.js';
import { defineRule, type Localized } from '../src/engine/rule.js';
import type { CallView } from '../src/engine/views.js';
import type { Utterance } from '../src/transcript/model.js';

const SEED_NOTE: Localized = {
  en: 'Seed line 301: "Gunakan frasa \'Apakah Anda (atau lebih baik memanggil lawan bicara dengan nama) nyaman untuk berbicara sekarang?\'" ("Use the phrase \'Are you (or, better, call the person by name) comfortable talking now?\'"); line 370: if the person cannot talk now, schedule a callback.',
  id: 'Standar baris 301: "Gunakan frasa \'Apakah Anda (atau lebih baik memanggil lawan bicara dengan nama) nyaman untuk berbicara sekarang?\'"; baris 370: jika lawan bicara tidak bisa berbicara sekarang, jadwalkan panggilan balik.',
};

export default defineRule({
  id: 'outbound-permission',
  meta: {
    description: 'Require the agent on an outbound call to ask early whether the person can talk now',
    seed: [301, 370],
    defaultSeverity: 'error',
    appliesTo: 'outbound calls',
    messages: {
      noPermissionAsked: {
        en: 'The agent did not ask whether the customer can talk now (checked the first {{within}} agent utterance(s))',
        id: 'Agen tidak menanyakan apakah pelanggan bisa berbicara sekarang (diperiksa {{within}} ucapan pertama agen)',
      },
    },
    options: z.strictObject({
      withinUtterances: z.number().int().min(1).default(2)
        .describe("How many of the agent's first utterances (after the answer) may hold the question"),
    }),
  },
  check(call, ctx) {
    const { view, options } = ctx;
    if (call.direction !== 'outbound') return ctx.skip('inbound call');
    if (view.agentUtterances.length === 0) return ctx.skip('no agent utterance');
    const opening = view.opening;
    if (!opening) return ctx.skip('no agent utterance after the answer');

    const fromOpening = view.agentUtterances.filter((u) => u.index >= opening.index);
    const early = fromOpening.slice(0, options.withinUtterances);
    // 'Jangan tanya "apakah Bapak ada waktu"' or "saya tidak akan minta waktu lama" asks nothing.
    if (early.some((u) => view.has(u, 'outbound.permission', { affirmed: true }))) return;

    const late = fromOpening.slice(options.withinUtterances).find((u) => view.has(u, 'outbound.permission', { affirmed: true }));
    ctx.report({
      messageId: 'noPermissionAsked',
      data: { within: options.withinUtterances },
      utterance: opening,
      suggestion: permissionLine(view, early),
      note: late
        ? {
          en: `The question came only on line ${late.line ?? '?'}, after the first ${options.withinUtterances} agent utterance(s): by then the customer has been talked at without consent.`,
          id: `Pertanyaan baru muncul di baris ${late.line ?? '?'}, setelah ${options.withinUtterances} ucapan pertama agen: pelanggan sudah diajak bicara tanpa ditanya kesediaannya.`,
        }
        : SEED_NOTE,
    });
  },
});

/**
 * The seed's question in the call's language (lexicon `say` "outbound-permission.ask"), with the
 * person's name where the call knows it (line 301: "atau lebih baik memanggil lawan bicara dengan
 * nama"): "Apakah Ibu Sari nyaman untuk berbicara sekarang?", "Is this a good time to talk, Mrs Lestari?"
 */
function permissionLine(view: CallView, early: readonly Utterance[]): string {
  const first = view.call.customer.name?.trim().split(/\s+/)[0];
  const formal = FORMAL_ADDRESS[view.lexicon.language];
  let who: string;
  if (formal) {
    const address = addressUsed(view, early, formal);
    who = first ? `${address} ${first}` : address;
  } else {
    // The form of address the agent used ("Mr Smith", "ma'am"), else the first name, else none.
    who = customerAddress(view, [...early, ...view.agentUtterances]) || (first ?? '');
  }
  return view.lexicon.say('outbound-permission.ask', { who });
}

/**
 * Indonesian asks with the full word of address ("Apakah Bapak …", not "Apakah Pak …") and, when
 * the agent used none, both ("Bapak/Ibu"); languages not listed use the lexicon's `addressForms`.
 */
const FORMAL_ADDRESS: Readonly<Record<string, { readonly words: Readonly<Record<string, string>>; readonly neither: string }>> = {
  id: { words: { bapak: 'Bapak', pak: 'Bapak', ibu: 'Ibu', bu: 'Ibu' }, neither: 'Bapak/Ibu' },
};

/** "Bapak" or "Ibu" as the agent addresses the customer in the first utterances; else "Bapak/Ibu". */
function addressUsed(view: CallView, early: readonly Utterance[], formal: (typeof FORMAL_ADDRESS)[string]): string {
  for (const u of [...early, ...view.agentUtterances]) {
    for (const t of view.text(u).tokens) {
      if (Object.hasOwn(formal.words, t.text)) return formal.words[t.text]!;
    }
  }
  return formal.neither;
}
