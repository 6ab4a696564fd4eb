// The agent lets the customer finish: no starting to speak while the customer is still talking (seed lines 355, 468).
import { z } from 'zod';
import { decimal, missingTimesReason, ms, plural } from '../src/engine/phrasing.js';
import { defineRule } from '../src/engine/rule.js';
import type { CallView } from '../src/engine/views.js';
import type { Utterance } from '../src/transcript/model.js';

/**
 * A short acknowledgement ("iya", "baik, Pak", "oh begitu", "saya mengerti", "oh no"): every word
 * is a lexicon `interruption.backchannel` phrase or a form of address, at least one is not an
 * address ("sir, sir, sir" calls for the floor), and there are at most `maxWords`.
 * Seed line 495 asks the agent to slip these in while listening, so they are not interruptions.
 */
function isBackchannel(view: CallView, u: Utterance, maxWords: number): boolean {
  const tokens = view.text(u).tokens;
  if (tokens.length > maxWords) return false;
  const covered = new Set<number>();
  for (const m of view.find(u, 'interruption.backchannel')) for (let i = m.start; i < m.end; i++) covered.add(i);
  const address = new Set(view.lexicon.classMembers('address'));
  // A wordless utterance ("…") says nothing over the customer either.
  if (tokens.length > 0 && covered.size === 0) return false;
  return tokens.every((t, i) => covered.has(i) || address.has(t.text));
}

interface Interruption {
  readonly agent: Utterance;
  readonly customer: Utterance;
  /** Seconds the customer still had to go when the agent started. */
  readonly early: number;
}

export default defineRule({
  id: 'no-interruption',
  meta: {
    description: 'Disallow the agent starting to speak while the customer is still talking',
    seed: [355, 468, 495],
    defaultSeverity: 'warn',
    appliesTo: 'transcripts with utterance start and end times (JSON); text transcripts skip',
    messages: {
      interruption: {
        en: 'The agent cut in {{seconds}} s before the customer finished speaking',
        id: 'Agen menyela {{seconds}} detik sebelum pelanggan selesai berbicara',
      },
    },
    options: z.strictObject({
      /** Seconds of overlap at the end of a customer utterance that are normal turn-taking, not an interruption. */
      toleranceSeconds: z.number().min(0).default(0.5),
      /** Interruptions allowed per call before the rule fails. */
      maxInterruptions: z.number().int().min(0).default(0),
      /** Short acknowledgements ("iya", "baik, Pak", "saya mengerti") are active listening, not interruptions; a customer's own "oke" is no turn to interrupt. */
      ignoreBackchannels: z.boolean().default(true),
      /** Most words an utterance may have to count as an acknowledgement. */
      backchannelMaxWords: z.number().int().min(1).default(4),
    }),
  },
  check(call, ctx) {
    const view = ctx.view;
    const { toleranceSeconds, maxInterruptions, ignoreBackchannels, backchannelMaxWords } = ctx.options;
    const missing = missingTimesReason(call);
    if (missing) return ctx.skip(missing);
    if (view.agentUtterances.length === 0) return ctx.skip('no agent utterance');
    const customers = view.customerUtterances;
    if (customers.length === 0) return ctx.skip('no customer utterance');

    const interruptions: Interruption[] = [];
    const acknowledgements: Utterance[] = [];
    // Agent utterances that start inside a customer utterance whose end is unknown: maybe an
    // interruption, maybe not. A customer utterance ends, at the latest, when the customer's
    // next one starts (a speaker does not overlap themselves).
    let undetermined = 0;
    // A customer's own "iya"/"he eh" while the agent talks is no turn to interrupt: the agent
    // going on over it (diarization splits the agent's turn there) is not cutting in.
    const customerAcks = new Set(ignoreBackchannels ? customers.filter((c) => isBackchannel(view, c, backchannelMaxWords)).map((c) => c.index) : []);
    for (const a of view.agentUtterances) {
      let hit: Interruption | null = null;
      let unknown = false;
      for (let i = 0; i < customers.length; i++) {
        const c = customers[i]!;
        // Utterances are in time order; strictly after: both starting together is not cutting in.
        if (c.start! >= a.start!) break;
        if (customerAcks.has(c.index)) continue;
        if (c.end === null) {
          if (a.start! < (customers[i + 1]?.start ?? Infinity)) unknown = true;
          continue;
        }
        const early = ms(c.end - a.start!);
        if (early > toleranceSeconds && (!hit || early > hit.early)) hit = { agent: a, customer: c, early };
      }
      if (!hit && !unknown) continue;
      if (ignoreBackchannels && isBackchannel(view, a, backchannelMaxWords)) {
        if (hit) acknowledgements.push(a);
        continue;
      }
      if (hit) interruptions.push(hit);
      else undetermined++;
    }

    if (acknowledgements.length > 0) {
      const quotes = acknowledgements.map((u) => `"${u.text.trim()}"`).join(', ');
      ctx.note({
        en: `Short acknowledgements over the customer are active listening, not interruptions (not counted): ${quotes}`,
        id: `Tanggapan singkat saat pelanggan berbicara adalah tanda mendengarkan, bukan menyela (tidak dihitung): ${quotes}`,
      });
    }

    if (interruptions.length <= maxInterruptions) {
      // More interruptions may hide in the utterances without end times: no pass on a guess.
      if (undetermined > 0) return ctx.skip('some utterances have no end time');
      if (interruptions.length > 0) {
        ctx.note({
          en: `${plural(interruptions.length, 'interruption')}, within the ${maxInterruptions} allowed`,
          id: `${interruptions.length} kali menyela, masih dalam batas ${maxInterruptions} yang diizinkan`,
        });
      }
      return;
    }
    if (undetermined > 0) {
      ctx.note({
        en: `${plural(undetermined, 'more agent utterance')} could not be judged: the customer's utterance has no end time`,
        id: `${undetermined} ucapan agen lainnya tidak dapat dinilai: ucapan pelanggan tidak memiliki waktu selesai`,
      });
    }
    // Words to slip in while listening, in the call's language ("Saya mengerti", "I see").
    const understand = view.lexicon.say('no-interruption.understand');
    const okay = view.lexicon.say('no-interruption.okay');
    for (const { agent, customer, early } of interruptions) {
      const quote = customer.text.trim();
      ctx.report({
        messageId: 'interruption',
        data: { seconds: decimal(early) },
        utterance: agent,
        suggestion: {
          en: `Let the customer finish before answering (seed line 355: listen to the complaint and do not interrupt); to show you are listening, a short "${understand}" or "${okay}" is enough.`,
          id: `Biarkan pelanggan menyelesaikan kalimatnya sebelum menjawab (baris 355 standar: dengarkan keluhannya dan jangan menyela); untuk menunjukkan bahwa Anda mendengarkan, cukup "${understand}" atau "${okay}".`,
        },
        note: {
          en: `The customer was still speaking (line ${customer.line ?? '?'}, until ${decimal(customer.end!).en} s): "${quote}"`,
          id: `Pelanggan masih berbicara (baris ${customer.line ?? '?'}, sampai detik ${decimal(customer.end!).id}): "${quote}"`,
        },
      });
    }
  },
});
