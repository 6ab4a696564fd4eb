// The matcher: normalization (variants, acronyms, spans, sentences), the phrase mini-syntax,
// lexicon validation and fuzzy name search. A small lexicon is built here so these tests do not
// move when rules/lexicons/id.json is edited; one test checks the shipped file's variants.
import { describe, expect, it } from 'vitest';
import { compactName } from '../src/match/fuzzy.js';
import { didYouMean, Lexicon, LexiconError, LexiconFileSchema } from '../src/match/lexicon.js';
import { normalize, sentenceOf, sentenceRange, type NormalizedText } from '../src/match/normalize.js';
import { matchPhrase, PhraseSyntaxError } from '../src/match/phrase.js';

const FILE = {
  language: 'id',
  variants: {
    trima: 'terima', terimakasih: 'terima kasih', trimakasih: 'terima kasih', makasih: 'terima kasih',
    slamat: 'selamat', hallo: 'halo',
  },
  classes: { address: ['bapak', 'pak', 'ibu', 'bu'], timeword: ['pagi', 'siang'] },
  concepts: {
    'greeting.time': { description: 'time greeting', phrases: ['selamat {timeword}', 'pagi'] },
    'hold.thanks': { description: 'thanks for waiting', phrases: ['terima kasih sudah|telah? menunggu'], slop: 1 },
    'hold.ask': { description: 'asking to wait', phrases: ['mohon? tunggu sebentar', '=tunggu dulu'] },
  },
};
const lex = Lexicon.build(LexiconFileSchema.parse(FILE));
const nt = (text: string) => lex.normalize(text);
const words = (n: NormalizedText) => n.tokens.map((t) => t.text);
/** The original text under each match: spans must map back to what was said. */
const quotes = (n: NormalizedText, ms: readonly { from: number; to: number }[]) => ms.map((m) => n.original.slice(m.from, m.to));

describe('normalize', () => {
  it('lowercases, drops punctuation, keeps character spans', () => {
    expect(nt('Trima kasih, Bu!').tokens).toEqual([
      { text: 'terima', stem: 'terima', from: 0, to: 5 },
      { text: 'kasih', stem: 'kasih', from: 6, to: 11 },
      { text: 'bu', stem: 'bu', from: 13, to: 15 },
    ]);
  });

  it('maps spelling and ASR variants; a variant that splits shares its span', () => {
    expect(nt('Makasih ya').tokens).toEqual([
      { text: 'terima', stem: 'terima', from: 0, to: 7 },
      { text: 'kasih', stem: 'kasih', from: 0, to: 7 },
      { text: 'ya', stem: 'ya', from: 8, to: 10 },
    ]);
    expect(words(nt('TERIMAKASIH, trimakasih'))).toEqual(['terima', 'kasih', 'terima', 'kasih']);
    expect(words(nt('Slamat pagi! Hallo?'))).toEqual(['selamat', 'pagi', 'halo']);
  });

  it('stems affixed words', () => {
    expect(nt('menunggu ditunggu tunggulah dibantu').tokens.map((t) => t.stem)).toEqual(['tunggu', 'tunggu', 'tunggu', 'bantu']);
  });

  it('joins spelled-out acronyms ("b c a" → "bca") with the span of the whole run', () => {
    const n = nt('halo b c a, selamat pagi');
    expect(n.tokens.slice(0, 2)).toEqual([
      { text: 'halo', stem: 'halo', from: 0, to: 4 },
      { text: 'bca', stem: 'bca', from: 5, to: 10 },
    ]);
    expect(words(nt('B.C.A'))).toEqual(['bca']);
    // A single letter alone stays a word.
    expect(words(nt('vitamin a saja'))).toEqual(['vitamin', 'a', 'saja']);
    // Digits are not letters: "b 2" is not an acronym.
    expect(words(nt('lantai b 2'))).toEqual(['lantai', 'b', '2']);
  });

  it('apostrophes inside a word are dropped', () => {
    expect(nt("Jum'at").tokens).toEqual([{ text: 'jumat', stem: 'jumat', from: 0, to: 6 }]);
  });

  it('every span maps back to the original words', () => {
    const n = nt('Makasih, Bu Dewi!  Ditunggu  ya.');
    expect(n.tokens.map((t) => n.original.slice(t.from, t.to))).toEqual(['Makasih', 'Makasih', 'Bu', 'Dewi', 'Ditunggu', 'ya']);
  });

  it('sentences and questions', () => {
    const n = nt('Selamat pagi. Ada yang bisa saya bantu? Terima kasih');
    expect(n.sentenceStarts).toEqual([0, 2, 7]);
    expect([...n.questionSentences]).toEqual([1]);
    expect([sentenceOf(n, 0), sentenceOf(n, 1), sentenceOf(n, 2), sentenceOf(n, 6), sentenceOf(n, 8)]).toEqual([0, 0, 1, 1, 2]);
    expect([sentenceRange(n, 0), sentenceRange(n, 1), sentenceRange(n, 2)]).toEqual([[0, 2], [2, 7], [7, 9]]);
  });

  it('a run of marks ends one sentence; a final "?" marks the last sentence', () => {
    const n = nt('Halo?! Siapa ini?');
    expect(n.sentenceStarts).toEqual([0, 1]);
    expect([...n.questionSentences].sort()).toEqual([0, 1]);
    const plain = nt('halo siapa ini');
    expect([plain.sentenceStarts, [...plain.questionSentences]]).toEqual([[0], []]);
    expect(nt('...halo').sentenceStarts).toEqual([0]);
  });

  it('a dot between digits (a time, a number) does not end a sentence', () => {
    const n = nt('Apakah buka jam 08.00? Harganya Rp 1.500.000. Baik');
    expect(words(n)).toEqual(['apakah', 'buka', 'jam', '08', '00', 'harganya', 'rp', '1', '500', '000', 'baik']);
    expect(n.sentenceStarts).toEqual([0, 5, 10]);
    expect([...n.questionSentences]).toEqual([0]);
  });

  it('works without a lexicon (no variants)', () => {
    expect(words(normalize('Makasih, Hallo', new Map()))).toEqual(['makasih', 'hallo']);
  });
});

describe('phrases', () => {
  const m = (text: string, phrase: string, slop = 0) => {
    const n = nt(text);
    return quotes(n, matchPhrase(n, lex.compile(phrase), slop));
  };

  it('a word matches its affixed forms by stem', () => {
    expect(m('Mohon ditunggu sebentar', 'tunggu')).toEqual(['ditunggu']);
    expect(m('Saya menunggu, tunggulah', 'tunggu')).toEqual(['menunggu', 'tunggulah']);
    expect(m('tunggu', 'menunggu')).toEqual(['tunggu']);
  });

  it('gives token and character positions', () => {
    const n = nt('Baik, mohon ditunggu sebentar.');
    expect(matchPhrase(n, lex.compile('tunggu sebentar'))).toEqual([{ start: 2, end: 4, from: 12, to: 29, phrase: 'tunggu sebentar' }]);
  });

  it('stems shorter than 4 letters match only the written form', () => {
    expect(m('Adakah yang bisa dibantu?', 'ada')).toEqual([]);
    expect(m('Ada yang bisa dibantu?', 'ada')).toEqual(['Ada']);
  });

  it('=word matches only that exact form', () => {
    expect(m('Mohon ditunggu, menunggu', '=tunggu')).toEqual([]);
    expect(m('Tunggu sebentar', '=tunggu')).toEqual(['Tunggu']);
  });

  it('a|b matches either word', () => {
    expect(m('Terima kasih telah menunggu', 'sudah|telah menunggu')).toEqual(['telah menunggu']);
    expect(m('Terima kasih sudah menunggu', 'sudah|telah menunggu')).toEqual(['sudah menunggu']);
    expect(m('Terima kasih lama menunggu', 'sudah|telah menunggu')).toEqual([]);
  });

  it('{class} matches any member, exactly (no affixes)', () => {
    expect(m('Baik, Bu. Terima kasih, Bapak.', '{address}')).toEqual(['Bu', 'Bapak']);
    expect(m('Bapaknya ada?', '{address}')).toEqual([]);
  });

  it('word? is optional; when present it is part of the match', () => {
    expect(m('Tunggu sebentar ya', 'mohon? tunggu sebentar')).toEqual(['Tunggu sebentar']);
    expect(m('Mohon tunggu sebentar ya', 'mohon? tunggu sebentar')).toEqual(['Mohon tunggu sebentar']);
    expect(m('terima kasih menunggu', 'terima kasih sudah? menunggu')).toEqual(['terima kasih menunggu']);
    expect(m('terima kasih sudah menunggu', 'terima kasih sudah? menunggu')).toEqual(['terima kasih sudah menunggu']);
  });

  it('slop allows that many other words between two phrase words', () => {
    expect(m('terima kasih banyak menunggu', 'terima kasih menunggu')).toEqual([]);
    expect(m('terima kasih banyak menunggu', 'terima kasih menunggu', 1)).toEqual(['terima kasih banyak menunggu']);
    expect(m('terima kasih banyak ya menunggu', 'terima kasih menunggu', 1)).toEqual([]);
    expect(m('terima kasih banyak ya menunggu', 'terima kasih menunggu', 2)).toEqual(['terima kasih banyak ya menunggu']);
  });

  it('variants apply to phrases too, a splitting variant becomes several words', () => {
    expect(lex.compile('makasih').slots.map((s) => s.alternatives.map((a) => a.word))).toEqual([['terima'], ['kasih']]);
    expect(m('Makasih, terimakasih, terima kasih', 'makasih')).toEqual(['Makasih', 'terimakasih', 'terima kasih']);
    expect(m('Selamat pagi', 'slamat pagi')).toEqual(['Selamat pagi']);
  });

  it('matches do not overlap and respect a token range', () => {
    const n = nt('pak pak pak');
    expect(matchPhrase(n, lex.compile('pak pak')).map((x) => [x.start, x.end])).toEqual([[0, 2]]);
    expect(matchPhrase(n, lex.compile('pak'), 0, 1, 2).map((x) => [x.start, x.end])).toEqual([[1, 2]]);
  });

  it('compile errors say what is wrong', () => {
    const error = (p: string) => {
      try {
        lex.compile(p);
      } catch (e) {
        expect(e).toBeInstanceOf(PhraseSyntaxError);
        return (e as Error).message;
      }
      return null;
    };
    expect(error('selamat pagi!')).toBe('"pagi!" in "selamat pagi!" is not a word: use letters and digits only (marks: a|b, {class}, word?, =word)');
    expect(error('ada yang bisa, saya bantu')).toBe('"bisa," in "ada yang bisa, saya bantu" is not a word: use letters and digits only (marks: a|b, {class}, word?, =word)');
    expect(error('sudah||telah')).toBe('empty alternative in "sudah||telah"');
    expect(error('{sapaan} pagi')).toBe('unknown class {sapaan} in "{sapaan} pagi"');
    expect(error('saya? dong?')).toBe('phrase "saya? dong?" has no required word');
    expect(error('   ')).toBe('phrase "   " has no required word');
    expect(error('makasih|terima')).toBe('"makasih|terima" in "makasih|terima" expands to several words; write them out instead');
    expect(error('makasih?')).toBe('"makasih" in "makasih?" expands to several words; write them out instead');
    expect(error('selamat pagi')).toBeNull();
  });
});

describe('Lexicon', () => {
  it('find: all phrases of a concept, left to right, longest first, no overlaps', () => {
    const n = nt('Pagi! Selamat pagi, Bu.');
    expect(quotes(n, lex.find(n, 'greeting.time'))).toEqual(['Pagi', 'Selamat pagi']);
    expect(lex.has(n, 'greeting.time')).toBe(true);
    expect(lex.has(nt('Selamat sore'), 'greeting.time')).toBe(false);
  });

  it('find uses the concept slop, optional words and alternatives', () => {
    const n = nt('Terima kasih banyak sudah menunggu, Pak');
    expect(quotes(n, lex.find(n, 'hold.thanks'))).toEqual(['Terima kasih banyak sudah menunggu']);
    const m = nt('makasih ya menunggu');
    expect(quotes(m, lex.find(m, 'hold.thanks'))).toEqual(['makasih ya menunggu']);
    expect(lex.has(nt('terima kasih banyak ya sudah menunggu'), 'hold.thanks')).toBe(false);
  });

  it('find within a token range', () => {
    const n = nt('Selamat pagi. Selamat siang.');
    expect(lex.find(n, 'greeting.time', { from: 2, to: 4 }).map((x) => [x.start, x.end])).toEqual([[2, 4]]);
  });

  it('an unknown concept or class fails loudly', () => {
    expect(() => lex.find(nt('halo'), 'greeting.tiem')).toThrow('unknown lexicon concept "greeting.tiem"');
    expect(() => lex.classMembers('sapaan')).toThrow('unknown lexicon class "sapaan"');
    expect(lex.classMembers('address')).toEqual(['bapak', 'pak', 'ibu', 'bu']);
    expect(lex.conceptNames()).toEqual(['greeting.time', 'hold.thanks', 'hold.ask']);
  });

  it('build collects every problem of the file and of the config extension', () => {
    const file = LexiconFileSchema.parse({
      language: 'id',
      variants: { slamat: 'selamat', 'ok ya': 'oke', kosong: ' ' },
      classes: { Address: ['Bapak', 'Ibu'] },
      concepts: {
        'greeting.time.pagi': { description: 'd', phrases: ['selamat pagi', 'slamat pagi', 'SELAMAT  pagi'] },
        'hold.ask': { description: 'd', phrases: ['{sapaan} tunggu', 'mohon tunggu!', 'tunggu|=tunggu'] },
        'hold.thanks': { description: 'd', phrases: ['terima kasih sudah? menunggu', 'terima kasih sudah menunggu'] },
      },
    });
    // Class names are case-sensitive ({Address} is defined, {address} is not); members are lowercased.
    let problems: string[] = [];
    try {
      Lexicon.build(file, {
        phrases: { 'greeting.time.pagi': ['selamat pagi', 'pagi {Address}', 'pagi {address}'], 'greeting.time.pagii': ['pagi'], 'zzz.unrelated': ['x'] },
        variants: { 'tks banget': 'terima kasih' },
      });
    } catch (e) {
      expect(e).toBeInstanceOf(LexiconError);
      problems = (e as LexiconError).problems;
    }
    expect(problems).toEqual([
      'lexicon: variants: variant "ok ya" must be a single word',
      'lexicon: variants: variant "kosong" maps to nothing',
      'config: variants: variant "tks banget" must be a single word',
      'lexicon: concepts.greeting.time.pagi: "slamat pagi" duplicates "selamat pagi"',
      'lexicon: concepts.greeting.time.pagi: "SELAMAT  pagi" duplicates "selamat pagi"',
      'config: lexicon.greeting.time.pagi: "selamat pagi" duplicates "selamat pagi"',
      'config: lexicon.greeting.time.pagi: unknown class {address} in "pagi {address}"',
      'lexicon: concepts.hold.ask: unknown class {sapaan} in "{sapaan} tunggu"',
      'lexicon: concepts.hold.ask: "tunggu!" in "mohon tunggu!" is not a word: use letters and digits only (marks: a|b, {class}, word?, =word)',
      'config: lexicon.greeting.time.pagii: unknown concept (did you mean "greeting.time.pagi"?)',
      'config: lexicon.zzz.unrelated: unknown concept',
    ]);
  });

  it('a config extension adds phrases and variants', () => {
    const ext = Lexicon.build(LexiconFileSchema.parse(FILE), { phrases: { 'hold.ask': ['sebentar ya'] }, variants: { sbntr: 'sebentar' } });
    expect(ext.has(ext.normalize('Sbntr ya, Pak'), 'hold.ask')).toBe(true);
    expect(lex.has(lex.normalize('Sbntr ya, Pak'), 'hold.ask')).toBe(false);
  });

  it('didYouMean suggests only close names', () => {
    expect(didYouMean('greeting.tiem', ['greeting.time', 'hold.ask'])).toBe(' (did you mean "greeting.time"?)');
    expect(didYouMean('xyz', ['greeting.time', 'hold.ask'])).toBe('');
    expect(didYouMean('x', [])).toBe('');
  });

  it('the shipped Indonesian lexicon loads and maps the common variants', () => {
    const id = Lexicon.load('id');
    expect(words(id.normalize('Trima kasih, terimakasih, makasih. Slamat pagi, hallo'))).toEqual([
      'terima', 'kasih', 'terima', 'kasih', 'terima', 'kasih', 'selamat', 'pagi', 'halo',
    ]);
  });
});

describe('findName', () => {
  it('finds an ASR-mangled name ("Vantura" ~ "Ventura") with its Jaro-Winkler score', () => {
    const n = nt('Selamat pagi, Vantura, dengan Anna');
    const found = lex.findName(n, 'Ventura');
    // jaro = (6/7 + 6/7 + 6/6) / 3 = 0.904762; winkler: + 1 * 0.1 * (1 - jaro) = 0.914286
    expect(found.map((f) => [f.start, f.end, f.from, f.to, f.name])).toEqual([[2, 3, 14, 21, 'Ventura']]);
    expect(found[0]!.score).toBeCloseTo(0.9142857, 6);
    expect(lex.findName(n, 'Ventura', 0.95)).toEqual([]);
  });

  it('joins spelled-out and split names ("halo b c a" ~ "Halo BCA", "ven tura" ~ "Ventura")', () => {
    const n = nt('halo b c a, selamat pagi');
    expect(lex.findName(n, 'Halo BCA')).toEqual([{ start: 0, end: 2, from: 0, to: 10, name: 'Halo BCA', score: 1 }]);
    const s = nt('dari ven tura ya');
    expect(lex.findName(s, 'Ventura')).toEqual([{ start: 1, end: 3, from: 5, to: 13, name: 'Ventura', score: 1 }]);
  });

  it('short names (4 letters or fewer) match exactly only', () => {
    expect(lex.findName(nt('Selamat pagi, BRI'), 'BCA')).toEqual([]);
    expect(lex.findName(nt('Selamat pagi, b c a'), 'BCA')).toEqual([{ start: 2, end: 3, from: 14, to: 19, name: 'BCA', score: 1 }]);
  });

  it('finds every occurrence and multi-word names', () => {
    const n = nt('PT Ventura, ya, pt ventura');
    expect(lex.findName(n, 'PT Ventura').map((f) => [f.start, f.end, f.score])).toEqual([[0, 2, 1], [3, 5, 1]]);
    expect(lex.findName(nt('Ventura'), '')).toEqual([]);
  });

  it('compactName', () => {
    expect(compactName('Halo BCA')).toBe('halobca');
    expect(compactName('PT. Ventura Jendela')).toBe('ptventurajendela');
  });
});

describe('isRootWord', () => {
  it('knows Indonesian root words and not names', async () => {
    const { isRootWord } = await import('../src/match/normalize.js');
    expect(isRootWord('pesan')).toBe(true);
    expect(isRootWord('tunggu')).toBe(true);
    expect(isRootWord('olga')).toBe(false);
    expect(isRootWord('sidorova')).toBe(false);
  });
});

describe('expandAlternatives', () => {
  it('splits an alternative that a variant turns into several words into its own phrase', async () => {
    const { expandAlternatives } = await import('../src/match/phrase.js');
    const variants = new Map([['nuwun', ['terima', 'kasih']], ['makasih', ['terima', 'kasih']]]);
    expect(expandAlternatives('=matur =nuwun|=suwun', variants)).toEqual(['=matur =suwun', '=matur =terima =kasih']);
    expect(expandAlternatives('makasih|thanks? ya', variants)).toEqual(['thanks ya', 'terima kasih ya', 'ya']);
    expect(expandAlternatives('mohon tunggu', variants)).toEqual(['mohon tunggu']);
  });
});
