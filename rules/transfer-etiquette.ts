// Ask permission before a transfer and say who takes the call; no more than two transfers (seed lines 189-215, 362).
import { z } from 'zod';
import { capitalize, customerAddress } from '../src/engine/phrasing.js';
import { defineRule, type Localized } from '../src/engine/rule.js';
import { lastAgentTurns, type CallView } from '../src/engine/views.js';
import { sentenceOf, type NormalizedText } from '../src/match/normalize.js';
import type { Utterance } from '../src/transcript/model.js';

/** How many of the agent's turns before a TRANSFER may hold the permission question and the colleague's name. */
const WINDOW_TURNS = 3;

/**
 * "Bisakah saya mengalihkan Anda?", or a transfer verb with a consent question after it in the
 * same sentence — or, where the lexicon has `transfer.consentQuestion` (English), in a question of
 * its own right after it: "I'll transfer you to our billing team. Is that okay?"
 */
function asksPermission(view: CallView, u: Utterance): boolean {
  if (view.has(u, 'transfer.permission', { affirmed: true })) return true;
  const nt = view.text(u);
  return view.find(u, 'transfer.permissionTag', { affirmed: true }).some((m) => {
    const from = sentenceOf(nt, m.start);
    const to = sentenceOf(nt, m.end - 1);
    if (from === to) return true;
    const start = nt.sentenceStarts[to]!;
    return to === from + 1 && view.lexicon.find(nt, 'transfer.consentQuestion', { from: start, to: m.end }).some((q) => q.start === start);
  });
}

function notName(view: CallView, nt: NormalizedText, i: number): boolean {
  return view.lexicon.find(nt, 'transfer.notName', { from: i, to: i + 1 }).length > 0;
}

/** Words of a TRANSFER target to look for: each comma part whole, and its words that name someone. */
function targetCandidates(view: CallView, to: string): string[] {
  const parts = to.split(/[,;/]/).map((p) => p.trim()).filter(Boolean);
  const address = new Set(view.lexicon.classMembers('address'));
  const words: string[] = [];
  for (const p of parts) {
    const nt = view.lexicon.normalize(p);
    nt.tokens.forEach((t, i) => {
      if (t.text.length >= 3 && /^\p{L}+$/u.test(t.text) && !address.has(t.text) && !notName(view, nt, i)) words.push(t.text);
    });
  }
  return [...new Set([...parts, ...words])];
}

/** A letters-only word at token i that is not a transfer.notName word ("teknisi", "billing"; not "kami", "our"). */
function namingWord(view: CallView, nt: NormalizedText, i: number): boolean {
  const t = nt.tokens[i];
  return !!t && /^\p{L}{2,}$/u.test(t.text) && !notName(view, nt, i);
}

/**
 * Does the agent say who takes the call? With a TRANSFER target: the target (or a word of it),
 * fuzzily. Without one: a position ("kepala akuntan", "supervisor"), a department ("bagian
 * teknisi", not "bagian lain"; in English "the billing team", not "our team"), or a colleague by
 * name ("ke Pak Budi", "to Mr Budi", "my colleague Sarah") who is neither the customer nor the
 * company.
 */
function namesColleague(view: CallView, u: Utterance, to: string | undefined): boolean {
  const nt = view.text(u);
  if (to) return targetCandidates(view, to).some((c) => view.lexicon.findName(nt, c).length > 0);
  if (view.has(u, 'transfer.role')) return true;
  if (view.find(u, 'transfer.unit').some((m) => namingWord(view, nt, m.end))) return true;
  if (view.find(u, 'transfer.unitAfterName').some((m) => m.start > 0 && namingWord(view, nt, m.start - 1))) return true;
  const customer = new Set(view.lexicon.normalize(view.call.customer.name ?? '').tokens.map((t) => t.text));
  const company = view.findCompany(u);
  return view.find(u, 'transfer.toPerson').some((m) => view.lexicon.looksLikeName(nt, m.end) && !customer.has(nt.tokens[m.end]!.text)
    && !notName(view, nt, m.end) && !company.some((c) => c.start <= m.end && m.end < c.end));
}

/**
 * The customer in the suggested question. Indonesian makes them the object of the verb
 * ("mengalihkan Ibu", never the vocative "Bu"): "Bapak" or "Ibu" by the first form of address the
 * agent used, else "Anda". Other languages say "you" in the template and add the agent's form of
 * address as a vocative ("sir", "Mr Smith"), or nothing.
 */
function customerInQuestion(view: CallView): string {
  if (view.lexicon.language !== 'id') return customerAddress(view, view.agentUtterances);
  for (const u of view.agentUtterances) {
    for (const t of view.text(u).tokens) {
      if (t.text === 'bapak' || t.text === 'pak') return 'Bapak';
      if (t.text === 'ibu' || t.text === 'bu') return 'Ibu';
    }
  }
  return 'Anda';
}

/** A department or a position in a short text ("billing team", "supervisor", "team leader", "bagian penagihan"). */
function teamOrPosition(view: CallView, nt: NormalizedText): boolean {
  const lx = view.lexicon;
  const roles = new Set(lx.classMembers('role'));
  return ['transfer.role', 'transfer.unit', 'transfer.unitAfterName'].some((c) => lx.find(nt, c).length > 0)
    || nt.tokens.some((t) => roles.has(t.text));
}

/**
 * A TRANSFER target (or its first comma part) that names a person: no department or position,
 * no transfer.notName word, and a word that is not a word of the language ("Stephanie Ruiz",
 * "Peter Alekseevich"; not "billing team", "supervisor", "Billing").
 */
function isPerson(view: CallView, text: string): boolean {
  const nt = view.lexicon.normalize(text);
  const letters = nt.tokens.map((t, i) => ({ t, i })).filter(({ t }) => /^\p{L}+$/u.test(t.text));
  if (letters.length === 0 || teamOrPosition(view, nt) || letters.some(({ i }) => notName(view, nt, i))) return false;
  return letters.some(({ t }) => !view.lexicon.isWord(t.text));
}

/**
 * A TRANSFER target as said after "handled by": a team or a position that does not open with a
 * transfer.determiner word gets transfer-etiquette.ourUnit ("billing team" → "our billing team";
 * Indonesian has no articles: "bagian penagihan" stays as it is).
 */
function asSaid(view: CallView, target: string): string {
  const nt = view.lexicon.normalize(target);
  if (nt.tokens.length === 0 || view.lexicon.find(nt, 'transfer.determiner', { from: 0, to: 1 }).length > 0) return target;
  return teamOrPosition(view, nt) ? view.lexicon.say('transfer-etiquette.ourUnit', { unit: target }) : target;
}

/**
 * The seed's words (line 191) in the call's language, with the target when the transcript gives
 * it: "Peter Alekseevich, kepala akuntan, menangani masalah ini. Bisakah saya mengalihkan Ibu ke
 * sana?" / "This is handled by our billing team. May I transfer you to them, sir?" After a
 * colleague's name the English question needs no "to them": "Stephanie Ruiz, billing specialist,
 * can help you with this. May I transfer you, Mr Olson?"
 */
function suggestion(view: CallView, to: string | undefined): string {
  const lx = view.lexicon;
  const target = to?.trim();
  const who = !target
    ? lx.say('transfer-etiquette.handledBy', { who: `[${lx.say('transfer-etiquette.colleague')}]` })
    : target.includes(',')
      ? lx.say('transfer-etiquette.whoHandles', { who: capitalize(target) })
      : lx.say('transfer-etiquette.handledBy', { who: isPerson(view, target) ? target : asSaid(view, target) });
  const person = !!target && isPerson(view, target.split(',')[0]!);
  const ask = person ? 'transfer-etiquette.askPermissionPerson' : 'transfer-etiquette.askPermission';
  return `${who} ${lx.say(ask, { address: customerInQuestion(view) })}`;
}

export default defineRule({
  id: 'transfer-etiquette',
  meta: {
    description: 'Require the agent to ask permission and name the colleague before a transfer, and limit transfers per call',
    seed: [189, 191, 193, 195, 197, 199, 201, 203, 205, 207, 209, 211, 213, 215, 362],
    defaultSeverity: 'error',
    appliesTo: 'calls with a TRANSFER event',
    messages: {
      noPermission: {
        en: "The agent transferred the call without asking the customer's permission",
        id: 'Agen mengalihkan panggilan tanpa meminta izin pelanggan',
      },
      noColleagueNamed: {
        en: 'The agent transferred the call without saying who will take it ({{expected}})',
        id: 'Agen mengalihkan panggilan tanpa menyebutkan siapa yang akan menanganinya ({{expected}})',
      },
      tooManyTransfers: {
        en: "The call was transferred {{count}} times (limit {{max}}): every transfer wears out the customer's patience",
        id: 'Panggilan dialihkan {{count}} kali (batas {{max}}): setiap pengalihan menguras kesabaran pelanggan',
      },
    },
    options: z.strictObject({
      /** Most transfers in one call; seed line 203: after the third, most customers lose patience. */
      maxTransfers: z.number().int().min(0).default(2)
        .describe('Most transfers allowed in one call (seed line 203: after the third, most customers lose patience)'),
    }),
  },
  check(_call, ctx) {
    const view = ctx.view;
    const transfers = view.eventsOf('transfer');
    if (transfers.length === 0) return ctx.skip('no transfer in the call');
    const { maxTransfers } = ctx.options;

    let judged = 0;
    const unplaced: number[] = [];
    let previous: Utterance[] = [];
    for (const t of transfers) {
      const all = view.utterancesBefore(t);
      if (all === null) {
        unplaced.push(t.line ?? 0);
        continue;
      }
      judged++;
      // Only words since the previous transfer: after it, another exchange (often another agent).
      const before = all.slice(previous.length);
      previous = all;
      const window = lastAgentTurns(before, WINDOW_TURNS);
      // The turn where the agent speaks of the transfer: the permission question and the
      // colleague's name belong there (not the "one moment, please" after the customer's answer).
      const cite = window.find((u) => view.has(u, 'transfer.announcement', { affirmed: true })) ?? window.at(-1) ?? null;
      const where = cite ? { utterance: cite } : { event: t };
      const say = suggestion(view, t.to);
      if (!window.some((u) => asksPermission(view, u))) {
        ctx.report({
          messageId: 'noPermission',
          ...where,
          suggestion: say,
          note: {
            en: 'Seed line 211: "Do not forget to ask permission to transfer, and thank the customer after they agree."',
            id: 'Baris 211 standar: "Jangan lupa untuk meminta izin untuk beralih dan berterima kasih kepada klien setelah persetujuan mereka."',
          },
        });
      }
      if (!window.some((u) => namesColleague(view, u, t.to))) {
        const examples = view.lexicon.say('transfer-etiquette.examples');
        const expected: Localized = t.to
          ? { en: `expected "${t.to.trim()}"`, id: `seharusnya "${t.to.trim()}"` }
          : { en: `a name or a position, e.g. ${examples}`, id: `nama atau jabatan, mis. ${examples}` };
        ctx.report({
          messageId: 'noColleagueNamed',
          data: { expected },
          ...where,
          suggestion: say,
          note: {
            en: "Seed line 191: tell the customer the colleague's name and position: \"Peter Alekseevich, kepala akuntan, menangani masalah ini.\" (\"Peter Alekseevich, the chief accountant, handles this matter.\")",
            id: 'Baris 191 standar: sebutkan nama dan posisi karyawan yang Anda rujuk ("Peter Alekseevich, kepala akuntan, menangani masalah ini").',
          },
        });
      }
    }

    // Counting needs no placement: every TRANSFER event is a transfer.
    if (transfers.length > maxTransfers) {
      judged++;
      ctx.report({
        messageId: 'tooManyTransfers',
        data: { count: transfers.length, max: maxTransfers },
        event: transfers[maxTransfers]!,
        suggestion: {
          en: 'Find the colleague who can answer before transferring, or take a message and promise a callback.',
          id: 'Pastikan rekan yang tepat sebelum mengalihkan, atau catat pesan pelanggan dan janjikan panggilan kembali.',
        },
        note: {
          en: 'Seed line 203: "After the third transfer, most customers lose patience."',
          id: 'Baris 203 standar: "Setelah pengalihan ketiga, sebagian besar pelanggan kehilangan kesabaran."',
        },
      });
    }
    if (judged === 0) return ctx.skip('TRANSFER events cannot be placed among the utterances (no times)');
    if (unplaced.length > 0) {
      ctx.note({
        en: `The TRANSFER on line${unplaced.length > 1 ? 's' : ''} ${unplaced.join(', ')} cannot be placed among the utterances (no times): permission and the colleague's name were not checked.`,
        id: `TRANSFER pada baris ${unplaced.join(', ')} tidak dapat ditempatkan di antara ucapan (tanpa waktu): izin dan nama rekan tidak diperiksa.`,
      });
    }
  },
});
