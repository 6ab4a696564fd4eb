// The one who placed the call ends it (seed lines 243, 319, 498).
import { z } from 'zod';
import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'caller-hangs-up-first',
  meta: {
    description: 'Require the caller (by default) to be the one who hangs up',
    seed: [243, 319, 498],
    defaultSeverity: 'error',
    appliesTo: 'calls with a HANGUP event; outbound calls only with party "customer"',
    messages: {
      agentHungUp: 'The agent hung up first on an {{direction}} call; the {{party}} should end it',
    },
    options: z.strictObject({
      /** caller: whoever placed the call ends it (the seed); customer: the customer always ends it. */
      party: z.enum(['caller', 'customer']).default('caller'),
    }),
  },
  check(call, ctx) {
    const hangups = ctx.view.eventsOf('hangup');
    if (hangups.length === 0) return ctx.skip('no HANGUP event');
    const first = hangups[0]!;
    if (first.by === undefined) return ctx.skip('the HANGUP event does not say who hung up');
    if (call.direction === 'outbound' && ctx.options.party === 'caller') return ctx.skip('outbound call');
    if (first.by === 'agent') {
      ctx.report({
        messageId: 'agentHungUp',
        data: { direction: call.direction, party: ctx.options.party === 'caller' ? 'caller' : 'customer' },
        event: first,
        suggestion: 'Terima kasih telah menghubungi kami, selamat siang. (then wait for the customer to hang up)',
      });
    }
  },
});
