// The RuleTester itself: it passes correct cases and reports every wrong one, so rule tests
// written with it can fail.
import { describe, expect, it } from 'vitest';
import rule from '../rules/caller-hangs-up-first.js';
import type { Rule } from '../src/engine/rule.js';
import { testRule } from '../src/testing/rule-tester.js';

const r = rule as unknown as Rule;
const call = (by: string, direction = 'inbound') => `# direction: ${direction}\n[00:01] Agent: Selamat pagi.\n[00:05] HANGUP ${by}\n`;

describe('testRule', () => {
  it('accepts cases that come out as stated', () => {
    expect(() => testRule(r, {
      valid: [{ source: call('customer') }, { source: call('agent', 'outbound'), skip: 'outbound call' }],
      invalid: [{ source: call('agent'), errors: ['agentHungUp@3'] }, { source: call('agent', 'outbound'), options: { party: 'customer' }, errors: ['agentHungUp@3'] }],
    })).not.toThrow();
  });
  it('reports every case that does not, with what it got', () => {
    expect(() => testRule(r, {
      valid: [{ source: call('agent') }, { source: call('customer'), skip: 'no HANGUP event' }, { source: call('customer') }],
      invalid: [
        { source: call('customer', 'outbound'), errors: ['agentHungUp@3'] },
        { source: call('agent') + '\n', errors: [] },
        { source: call('agent') + ' ', errors: ['agentHungUp@4', 'typo@3'] },
        { source: call('agent'), options: { party: 'everyone' }, errors: ['agentHungUp@3'] },
      ],
    })).toThrow([
      'caller-hangs-up-first: 8 case(s) failed:',
      '  valid[0]: expected pass, got fail [agentHungUp@3]',
      '  valid[1]: expected skip "no HANGUP event", got pass []',
      '  valid[2]: duplicate case',
      '  invalid[0]: expected [agentHungUp@3], got [] (skipped: outbound call)',
      '  invalid[1]: an invalid case must state its errors',
      '  invalid[2]: unknown messageId "typo" in the expectation',
      '  invalid[2]: expected [agentHungUp@4, typo@3], got [agentHungUp@3]',
      '  invalid[3]: config: 1 problem:\n  - rules["caller-hangs-up-first"][1].party: expected "caller" or "customer", got string "everyone"',
    ].join('\n'));
  });
});

describe('the README example', () => {
  it('runs as written', () => {
    expect(() => testRule(r, {
      valid: [{ source: '[00:01] Agent: Selamat pagi.\n[00:05] HANGUP customer' },
              { source: '# direction: outbound\n[00:01] Agent: Halo.\n[00:05] HANGUP agent', skip: 'outbound call' }],
      invalid: [{ source: '[00:01] Agent: Selamat pagi.\n[00:05] HANGUP agent', errors: ['agentHungUp@2'] }],
    })).not.toThrow();
  });
});
