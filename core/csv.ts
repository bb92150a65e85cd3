// RFC 4180 CSV: a writer for exports and a strict parser for imports.
// https://www.rfc-editor.org/rfc/rfc4180
//
// Decisions:
// - Records end with CRLF, the last one too (RFC 4180 §2.1–2.2).
// - A field is quoted only when it holds a comma, a double quote, CR or LF; quotes
//   inside are doubled (§2.5–2.7).
// - Text cells are guarded against formula injection (OWASP "CSV Injection"): a text
//   cell that starts with = + - @, a tab or CR gets a leading apostrophe, which
//   spreadsheets read as "this is text" and hide. Numbers are written as numbers and
//   never prefixed, so a zone offset of −300 stays the number −300, which a
//   spreadsheet cannot run as a formula. The escape is reversible: see
//   `unescapeFormula`, which import applies to the same text cells.
// - The writer can start the file with a UTF-8 byte order mark (U+FEFF): Excel needs
//   it to read accents and emoji as UTF-8 rather than the local code page. The parser
//   ignores one leading BOM.

/** A cell to write: text (guarded against formulas), a number, or empty. */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

// Characters a spreadsheet may take as the start of a formula or command (OWASP);
// tab, CR and LF because some spreadsheets strip them and read what follows; `|`
// for DDE in older Excel; the fullwidth ＝ ＋ － ＠, which some spreadsheets (and
// input methods) turn into their ASCII selves. Leading spaces are looked past, as
// spreadsheets trim them (issue 15).
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '|', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

const startsLikeFormula = (text: string) => {
  let i = 0;
  while (text.charCodeAt(i) === 0x20) i++;
  return FORMULA_START.has(text.charAt(i));
};

/**
 * Prefixes `'` to text a spreadsheet could run as a formula. Text that already starts
 * with `'` followed by one of those characters (or by another `'`) is prefixed too,
 * so that `unescapeFormula(escapeFormula(s)) === s` for every string s.
 */
export function escapeFormula(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/** Undoes `escapeFormula`: drops one leading `'` if what follows starts like a formula or with `'`. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && isGuardable(text.slice(1)) ? text.slice(1) : text;
}

const isGuardable = (rest: string) => startsLikeFormula(rest) || rest.startsWith("'");
const needsGuard = (text: string) => startsLikeFormula(text) || (text.startsWith("'") && isGuardable(text.slice(1)));

/** Quotes a field when RFC 4180 requires it. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return quoteField(escapeFormula(cell));
}

/** Writes records as CSV text, each ending in CRLF; with a leading BOM unless `bom: false`. */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => `${row.map(cellText).join(',')}\r\n`).join('');
  return (options.bom ?? true) ? BOM + body : body;
}

export type CsvProblemReason =
  /** A quoted field never closes. `row` is the record where it opened. */
  | 'unclosedQuote'
  /** A double quote inside a field that did not start with one. */
  | 'strayQuote'
  /** Something other than a comma or line end right after a closing quote. */
  | 'textAfterQuote'
  /** The record has a different number of fields from the first (header) record. */
  | 'fieldCount';

/** `row` is the 1-based record number, as a spreadsheet numbers its rows (header = 1). */
export interface CsvProblem {
  kind: 'badCsv';
  row: number;
  reason: CsvProblemReason;
}

export type CsvResult = { ok: true; value: string[][] } | { ok: false; problems: [CsvProblem] };

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Parses CSV strictly: quoted fields may hold commas, quotes ("") and line breaks;
 * records end with CRLF, LF or a lone CR; every record must have as many fields as
 * the first. A trailing line break ends the last record, and blank lines at the very
 * end of the text are ignored (editors add them). Returns the first problem found.
 */
/**
 * The delimiter of a CSV's first line: `;` when it has semicolons and no commas outside
 * quotes (a spreadsheet set to a language that writes decimal commas), else `,`.
 */
export function sniffDelimiter(input: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') break;
    else if (c === ',') commas++;
    else if (c === ';') semicolons++;
  }
  return semicolons > 0 && commas === 0 ? ';' : ',';
}

export function parseCsv(input: string, delimiter: ',' | ';' = ','): CsvResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const COMMA = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const fail = (reason: CsvProblemReason): CsvResult => ({
    ok: false,
    problems: [{ kind: 'badCsv', row: rows.length + 1, reason }],
  });

  // Everything from contentEnd on is line breaks.
  let contentEnd = n;
  while (contentEnd > 0 && (text.charCodeAt(contentEnd - 1) === CR || text.charCodeAt(contentEnd - 1) === LF)) {
    contentEnd--;
  }
  if (n === 0) return { ok: true, value: [] };
  for (;;) {
    // At the start of a field.
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      let start = i + 1;
      let parts = '';
      for (;;) {
        const close = text.indexOf('"', start);
        if (close === -1) return fail('unclosedQuote');
        if (text.charCodeAt(close + 1) === QUOTE) {
          parts += text.slice(start, close + 1);
          start = close + 2;
          continue;
        }
        field = parts + text.slice(start, close);
        i = close + 1;
        break;
      }
      const next = text.charCodeAt(i);
      if (i < n && next !== COMMA && next !== CR && next !== LF) return fail('textAfterQuote');
    } else {
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === COMMA || c === CR || c === LF) break;
        if (c === QUOTE) return fail('strayQuote');
        i++;
      }
      field = text.slice(start, i);
    }
    row.push(field);

    if (i < n && text.charCodeAt(i) === COMMA) {
      i++;
      continue;
    }
    // End of record: a line break or the end of the text. Blank lines at the very
    // end are not records.
    if (row.length === 1 && row[0] === '' && i >= contentEnd) return { ok: true, value: rows };
    if (rows.length > 0 && row.length !== (rows[0] as string[]).length) return fail('fieldCount');
    rows.push(row);
    row = [];
    if (i < n && text.charCodeAt(i) === CR) i++;
    if (i < n && text.charCodeAt(i) === LF) i++;
    if (i >= n) return { ok: true, value: rows };
  }
}
