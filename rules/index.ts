// The rule registry, in catalogue order (RULES.md): reports list rules in this order.
import type { Rule } from '../src/engine/rule.js';
import answerWithinThreeRings from './answer-within-three-rings.js';
import greetingFormula from './greeting-formula.js';
import forbiddenOpeningWords from './forbidden-opening-words.js';
import nameRequest from './name-request.js';
import thankForWaiting from './thank-for-waiting.js';
import callerHangsUpFirst from './caller-hangs-up-first.js';
import closingFormula from './closing-formula.js';
import holdEtiquette from './hold-etiquette.js';
import transferEtiquette from './transfer-etiquette.js';
import avoidPhrases from './avoid-phrases.js';
import politeWords from './polite-words.js';
import useCustomerName from './use-customer-name.js';
import noInterruption from './no-interruption.js';
import deadAir from './dead-air.js';
import speechRateMatch from './speech-rate-match.js';
import outboundPermission from './outbound-permission.js';
import singleQuestion from './single-question.js';
import callbackIdentification from './callback-identification.js';

export const rules: readonly Rule[] = [
  answerWithinThreeRings,
  greetingFormula,
  forbiddenOpeningWords,
  nameRequest,
  thankForWaiting,
  callerHangsUpFirst,
  closingFormula,
  holdEtiquette,
  transferEtiquette,
  avoidPhrases,
  politeWords,
  useCustomerName,
  noInterruption,
  deadAir,
  speechRateMatch,
  outboundPermission,
  singleQuestion,
  callbackIdentification,
] as unknown as readonly Rule[];
