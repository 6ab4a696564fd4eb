// The position-keeping JSON parser: values equal JSON.parse's, every path knows its line, and
// syntax errors say line and column.
import { describe, expect, it } from 'vitest';
import { formatPath, JsonSyntaxError, parseJsonWithLines } from '../src/transcript/json-source.js';

/** The syntax error of `text` as [message, line, column]. */
function syntaxError(text: string, firstLine = 1): [string, number, number] {
  try {
    parseJsonWithLines(text, firstLine);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return [e.message, e.line, e.column];
    throw e;
  }
  throw new Error(`no syntax error in ${JSON.stringify(text)}`);
}

describe('formatPath', () => {
  it('writes identifiers with dots, indices in brackets, other keys quoted', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['utterances', 3, 'start'])).toBe('utterances[3].start');
    expect(formatPath([0, 'events', 1])).toBe('[0].events[1]');
    expect(formatPath(['matrix', 1, 0])).toBe('matrix[1][0]');
    expect(formatPath(['$expect', '_x1'])).toBe('$expect._x1');
    expect(formatPath(['meta', 'call id'])).toBe('meta["call id"]');
    expect(formatPath(['0'])).toBe('["0"]');
    expect(formatPath(['a-b', 'c'])).toBe('["a-b"].c');
  });
});

describe('lineOf', () => {
  const text = [
    '{',                              // 1
    '  "id": "c-1",',                 // 2
    '  "utterances": [',              // 3
    '    { "speaker": "agent",',      // 4
    '      "start": 1.5 },',          // 5
    '    {',                          // 6
    '      "text":',                  // 7
    '        "halo" }',               // 8
    '  ],',                           // 9
    '  "matrix": [[1, 2],',           // 10
    '    [3,',                        // 11
    '     4]],',                      // 12
    '  "meta": { "call id": 7, "0": null }', // 13
    '}',                              // 14
  ].join('\n');
  const src = parseJsonWithLines(text);

  it('gives the line where each value starts', () => {
    const paths = ['', 'id', 'utterances', 'utterances[0]', 'utterances[0].speaker', 'utterances[0].start',
      'utterances[1]', 'utterances[1].text', 'matrix', 'matrix[0]', 'matrix[0][1]', 'matrix[1]', 'matrix[1][0]', 'matrix[1][1]',
      'meta', 'meta["call id"]', 'meta["0"]'];
    expect(Object.fromEntries(paths.map((p) => [p, src.lineOf(p)]))).toEqual({
      '': 1, id: 2, utterances: 3, 'utterances[0]': 4, 'utterances[0].speaker': 4, 'utterances[0].start': 5,
      'utterances[1]': 6, 'utterances[1].text': 8, matrix: 10, 'matrix[0]': 10, 'matrix[0][1]': 10, 'matrix[1]': 11,
      'matrix[1][0]': 11, 'matrix[1][1]': 12, meta: 13, 'meta["call id"]': 13, 'meta["0"]': 13,
    });
  });

  it('is null for a path that is not there', () => {
    expect(src.lineOf('utterances[2]')).toBeNull();
    expect(src.lineOf('utterances[0].text')).toBeNull();
    expect(src.lineOf('meta[0]')).toBeNull();
  });

  it('gives the same value as JSON.parse', () => {
    expect(src.value).toEqual(JSON.parse(text));
  });

  it('counts from firstLine (a JSONL record) and counts CRLF lines once', () => {
    const rec = parseJsonWithLines('{"a": 1, "b": [true]}', 40);
    expect([rec.lineOf(''), rec.lineOf('a'), rec.lineOf('b[0]')]).toEqual([40, 40, 40]);
    const crlf = parseJsonWithLines('{\r\n"a":\r\n\r\n1}');
    expect([crlf.lineOf(''), crlf.lineOf('a')]).toEqual([1, 4]);
  });
});

describe('values', () => {
  it('decodes every escape, including \\u and surrogate pairs', () => {
    const { value } = parseJsonWithLines(String.raw`["q\"b\\s\/", "\b\f\n\r\t", "caf\u00e9", "\u00C9", "\ud83d\ude00", "tab\tend"]`);
    expect(value).toEqual(['q"b\\s/', '\b\f\n\r\t', 'café', 'É', '😀', 'tab\tend']);
  });

  it('keeps non-ASCII text as written', () => {
    expect(parseJsonWithLines('{"text": "Selamat pagi — terima kasih, Bu Dewi"}').value).toEqual({ text: 'Selamat pagi — terima kasih, Bu Dewi' });
  });

  it('reads numbers as JSON does', () => {
    expect(parseJsonWithLines('[0, -0.5, 12.25, 1e3, 2E-2, -7, 1.5e+2]').value).toEqual([0, -0.5, 12.25, 1000, 0.02, -7, 150]);
  });

  it('reads literals, empty containers and nesting', () => {
    expect(parseJsonWithLines(' { "a": [ ], "b": { }, "c": [null, true, false, [[]]] } ').value)
      .toEqual({ a: [], b: {}, c: [null, true, false, [[]]] });
  });

  it('a "__proto__" key is an own data property, as with JSON.parse', () => {
    const v = parseJsonWithLines('{"__proto__": {"polluted": 1}, "x": 2}').value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__', 'x']);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect((v as { polluted?: unknown }).polluted).toBeUndefined();
    expect(v).toEqual(JSON.parse('{"__proto__": {"polluted": 1}, "x": 2}'));
  });

  it('a repeated key keeps the last value, as JSON.parse does', () => {
    const src = parseJsonWithLines('{"a": 1,\n"a": 2}');
    expect(src.value).toEqual({ a: 2 });
    expect(src.lineOf('a')).toBe(2);
  });
});

describe('syntax errors', () => {
  it('a trailing comma points at the comma', () => {
    expect(syntaxError('{\n  "a": 1,\n  "b": 2,\n}')).toEqual(['trailing comma before "}" (JSON allows no comma after the last item)', 3, 9]);
    expect(syntaxError('[1,\n 2, ]')).toEqual(['trailing comma before "]" (JSON allows no comma after the last item)', 2, 3]);
    expect(syntaxError('[1,\n]', 7)).toEqual(['trailing comma before "]" (JSON allows no comma after the last item)', 7, 3]);
  });

  it('says what it found and where', () => {
    expect(syntaxError('{"a" 1}')).toEqual([`expected ':' after property name, found "1"`, 1, 6]);
    expect(syntaxError("{'a': 1}")).toEqual([`expected a property name in double quotes, found "'"`, 1, 2]);
    expect(syntaxError('{"a": 1 "b": 2}')).toEqual([`expected ',' or '}' in object, found "\\""`, 1, 9]);
    expect(syntaxError('[1 2]')).toEqual([`expected ',' or ']' in array, found "2"`, 1, 4]);
    expect(syntaxError('{"a": tru}')).toEqual(['unexpected "t": expected a JSON value', 1, 7]);
    expect(syntaxError('{"a": 01}')).toEqual([`expected ',' or '}' in object, found "1"`, 1, 8]);
    expect(syntaxError('{"a": 1.}')).toEqual([`expected ',' or '}' in object, found "."`, 1, 8]);
    expect(syntaxError('{"a": -}')).toEqual(['unexpected "-": expected a JSON value', 1, 7]);
    expect(syntaxError('{} {}')).toEqual(['unexpected "{" after the end of the JSON value', 1, 4]);
  });

  it('end of input', () => {
    expect(syntaxError('')).toEqual(['unexpected end of input: expected a JSON value', 1, 1]);
    expect(syntaxError('{"a": [1,\n2')).toEqual([`expected ',' or ']' in array, found end of input`, 2, 2]);
    expect(syntaxError('{"a": "halo')).toEqual(['unterminated string', 1, 12]);
  });

  it('strings: raw control characters and bad escapes', () => {
    expect(syntaxError('{"a": "baris\nbaru"}')).toEqual(['control character in string (newlines inside strings must be written \\n)', 1, 13]);
    expect(syntaxError(String.raw`{"a": "\x41"}`)).toEqual(['invalid escape in string', 1, 8]);
    expect(syntaxError(String.raw`{"a": "\u12G4"}`)).toEqual(['invalid escape in string', 1, 8]);
  });

  it('columns count from the start of the line, not of the text', () => {
    expect(syntaxError('{\n  "a": 1,\n  "b" 2\n}')).toEqual([`expected ':' after property name, found "2"`, 3, 7]);
  });
});
