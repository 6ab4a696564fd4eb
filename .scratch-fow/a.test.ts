import { it } from 'vitest';
import { Lexicon } from '../src/match/lexicon.js';
it('x', () => { const lx = Lexicon.load('id'); console.log(lx.conceptNames().length); });
