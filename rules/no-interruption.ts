// PLACEHOLDER — being written; see RULES.md.
import { z } from 'zod';
import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'no-interruption',
  meta: {
    description: 'TODO',
    seed: [],
    defaultSeverity: 'error',
    messages: {},
    options: z.strictObject({}),
  },
  check(_call, ctx) {
    return ctx.skip('not implemented');
  },
});
