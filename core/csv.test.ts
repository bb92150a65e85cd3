import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvCell, escapeFormula, parseCsv, quoteField, unescapeFormula, writeCsv } from './csv';

describe('writeCsv', () => {
  it.each<[string, CsvCell, string]>([
    ['plain text', 'hello', 'hello'],
    ['empty text', '', ''],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['a number', 42, '42'],
    ['a negative number, kept numeric', -300, '-300'],
    ['a decimal', 2.5, '2.5'],
    ['NaN', Number.NaN, ''],
    ['Infinity', Number.POSITIVE_INFINITY, ''],
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a LF', 'one\ntwo', '"one\ntwo"'],
    ['a CRLF', 'one\r\ntwo', '"one\r\ntwo"'],
    ['a semicolon (not special)', 'neck;lower', 'neck;lower'],
    ['emoji', 'back 😣 ok', 'back 😣 ok'],
  ])('writes %s', (_, cell, expected) => {
    expect(writeCsv([[cell]], { bom: false })).toBe(`${expected}\r\n`);
  });

  it('ends every record with CRLF, and starts with a BOM unless asked not to', () => {
    const rows = [
      ['a', 'b'],
      [1, 'x'],
    ];
    expect(writeCsv(rows)).toBe('\uFEFFa,b\r\n1,x\r\n');
    expect(writeCsv(rows, { bom: false })).toBe('a,b\r\n1,x\r\n');
    expect(writeCsv([], { bom: false })).toBe('');
  });
});

describe('formula injection guard', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['-300 as text', "'-300 as text"],
    ['@cmd', "'@cmd"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    // An apostrophe that the unescape would take off gets one more.
    ["'=already", "''=already"],
    ["''", "'''"],
    // Harmless starts are left alone.
    ["'plain", "'plain"],
    ["'", "'"],
    ['a=b', 'a=b'],
    [' =spaced', "' =spaced"],
    ['  +spaced twice', "'  +spaced twice"],
    ['\nline', "'\nline"],
    ['\uFF1DSUM(A1)', "'\uFF1DSUM(A1)"],
    ['|calc', "'|calc"],
    ["'|calc", "''|calc"],
    ['a =b', 'a =b'],
    ['', ''],
    ['2026-11-24', '2026-11-24'],
  ])('%j is written as %j and read back unchanged', (text, escaped) => {
    expect(escapeFormula(text)).toBe(escaped);
    expect(unescapeFormula(escaped)).toBe(text);
  });

  it('quotes an escaped cell when it needs quoting', () => {
    expect(writeCsv([['=1,2']], { bom: false })).toBe(`"'=1,2"\r\n`);
    expect(writeCsv([['\rx']], { bom: false })).toBe(`"'\rx"\r\n`);
  });

  it('round-trips any text: unescape(escape(s)) = s', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', '1') }), (s) => {
        expect(unescapeFormula(escapeFormula(s))).toBe(s);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(unescapeFormula(escapeFormula(s))).toBe(s);
      }),
    );
  });

  it('never leaves a dangerous first character in a written text cell', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const [cell] = (parseCsv(writeCsv([[s]], { bom: false })) as { value: string[][] }).value[0] ?? [''];
        expect(['=', '+', '-', '@', '\t', '\r']).not.toContain(cell?.charAt(0));
      }),
    );
  });
});

describe('quoteField', () => {
  it.each([
    ['abc', 'abc'],
    ['a"b', '"a""b"'],
    ['"', '""""'],
    ['a\rb', '"a\rb"'],
  ])('%j → %j', (text, quoted) => {
    expect(quoteField(text)).toBe(quoted);
  });
});

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    ['empty text', '', []],
    ['one field', 'a', [['a']]],
    [
      'CRLF records',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'LF records',
      'a,b\nc,d\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'lone CR records',
      'a,b\rc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'no final line break',
      'a,b\r\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a BOM', '\uFEFFa,b\r\n', [['a', 'b']]],
    [
      'empty fields',
      ',\r\n,x\r\n',
      [
        ['', ''],
        ['', 'x'],
      ],
    ],
    ['quoted comma', '"a,b",c', [['a,b', 'c']]],
    ['doubled quotes', '"say ""hi""",x', [['say "hi"', 'x']]],
    ['quoted empty', '"",x', [['', 'x']]],
    [
      'embedded CRLF',
      'h1,h2\r\n"one\r\ntwo",x\r\n',
      [
        ['h1', 'h2'],
        ['one\r\ntwo', 'x'],
      ],
    ],
    ['embedded LF', '"one\ntwo"', [['one\ntwo']]],
    [
      'trailing blank lines',
      'a,b\r\n1,2\r\n\r\n\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['spaces kept', ' a , b ', [[' a ', ' b ']]],
    ['emoji', '😣,é', [['😣', 'é']]],
  ])('reads %s', (_, text, rows) => {
    expect(parseCsv(text)).toEqual({ ok: true, value: rows });
  });

  it.each([
    ['an unclosed quote, naming the row where it opened', 'a,b\r\n1,2\r\n"open,x\r\n3,4\r\n', 3, 'unclosedQuote'],
    ['a quote inside a bare field', 'a,b\r\nx"y,2\r\n', 2, 'strayQuote'],
    ['text after a closing quote', 'a,b\r\n1,2\r\n"x"y,2\r\n', 3, 'textAfterQuote'],
    ['too few fields', 'a,b,c\r\n1,2,3\r\n1,2\r\n', 3, 'fieldCount'],
    ['too many fields', 'a,b\r\n1,2,3\r\n', 2, 'fieldCount'],
    ['a blank line inside', 'a,b\r\n\r\n1,2\r\n', 2, 'fieldCount'],
    ['row numbers count records, not lines', 'a,b\r\n"x\r\ny",1\r\n"z\r\n",2\r\n1\r\n', 4, 'fieldCount'],
  ])('refuses %s', (_, text, row, reason) => {
    expect(parseCsv(text)).toEqual({ ok: false, problems: [{ kind: 'badCsv', row, reason }] });
  });

  it('reads back whatever writeCsv wrote (text unescaped)', () => {
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) => fc.array(fc.array(fc.string(), { minLength: width, maxLength: width }), { minLength: 1 }));
    fc.assert(
      fc.property(table, fc.boolean(), (rows, bom) => {
        // A record of one empty field at the end is indistinguishable from a blank line.
        // (Limber's files always have a many-column header, so this never arises in practice.)
        fc.pre(!(rows.at(-1)?.length === 1 && rows.at(-1)?.[0] === ''));
        const parsed = parseCsv(writeCsv(rows, { bom }));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value.map((r) => r.map(unescapeFormula))).toEqual(rows);
      }),
    );
  });

  it('never throws on any text, and reports a positive row', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ') }), (text) => {
        const parsed = parseCsv(text);
        if (!parsed.ok) expect(parsed.problems[0].row).toBeGreaterThanOrEqual(1);
        else expect(Array.isArray(parsed.value)).toBe(true);
      }),
    );
  });
});
