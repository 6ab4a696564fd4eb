// Rule metadata for the reporter tests: stand-ins for the three rules of fixtures/reports/canonical.json,
// so the SARIF snapshot depends on the reporter only, not on the wording of the real rule modules.
import { z } from 'zod';
import { defineRule, type Rule } from '../src/engine/rule.js';

const noop = () => undefined;

export const canonicalRules = [
  defineRule({
    id: 'greeting-formula',
    meta: {
      description: 'Require the opening greeting: time of day, company, agent name, offer of help',
      seed: [59, 61, 63, 282],
      defaultSeverity: 'error',
      appliesTo: 'every call with an agent utterance',
      messages: { missingCompany: { en: 'The greeting does not name the company ("{{company}}")', id: 'Salam pembuka tidak menyebut nama perusahaan ("{{company}}")' } },
      options: z.strictObject({ toleranceMinutes: z.number().default(15), bands: z.array(z.string()).default(['pagi|siang', 'sore']) }),
    },
    check: noop,
  }),
  defineRule({
    id: 'thank-for-waiting',
    meta: {
      description: 'Require the agent to thank the customer for waiting after every hold',
      seed: [183, 184, 185, 186, 187, 434, 454],
      defaultSeverity: 'error',
      messages: { noThanks: { en: 'No thanks after {{hold}}', id: 'Tanpa terima kasih setelah {{hold}}' } },
      options: z.strictObject({ minWaitSeconds: z.number().default(10) }),
    },
    check: noop,
  }),
  defineRule({
    id: 'caller-hangs-up-first',
    meta: {
      description: 'Require the caller to end an inbound call',
      seed: [243, 319],
      defaultSeverity: 'error',
      appliesTo: 'calls with a HANGUP event',
      messages: { agentFirst: { en: 'The agent hung up first', id: 'Agen menutup telepon lebih dulu' } },
      options: z.strictObject({}),
    },
    check: noop,
  }),
] as unknown as readonly Rule[];
