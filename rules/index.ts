// The rule registry, in catalogue order (RULES.md): reports list rules in this order.
import type { Rule } from '../src/engine/rule.js';
import answerWithinThreeRings from './answer-within-three-rings.js';
import greetingFormula from './greeting-formula.js';
import forbiddenOpeningWords from './forbidden-opening-words.js';
import nameRequest from './name-request.js';
import thankForWaiting from './thank-for-waiting.js';
import callerHangsUpFirst from './caller-hangs-up-first.js';

export const rules: readonly Rule[] = [
  answerWithinThreeRings,
  greetingFormula,
  forbiddenOpeningWords,
  nameRequest,
  thankForWaiting,
  callerHangsUpFirst,
] as unknown as readonly Rule[];
