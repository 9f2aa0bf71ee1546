import type { SourceRange } from '../domain/problems';

/**
 * A tolerant structural scan of TOML text: every table header and key with the source range of
 * each path segment and of the value. It never throws and keeps going past broken lines, so the
 * editor can use it mid-edit and the validator can put each problem on the exact key or value
 * (smol-toml parses values but reports no positions for keys).
 */
export type TomlEntryKind = 'table' | 'array-table' | 'key';

export interface TomlEntry {
  kind: TomlEntryKind;
  /** Full key path, table prefix included. */
  path: string[];
  /** Range of each path segment where it is written in this entry (table prefix of a key: undefined). */
  segments: (SourceRange | undefined)[];
  /** The whole header (`[a.b]`) or the key part of `a.b = 1`. */
  keyRange: SourceRange;
  /** The value of a key entry (possibly multi-line), without trailing comment. */
  valueRange?: SourceRange;
  valueText?: string;
}

export interface TomlScan {
  entries: TomlEntry[];
  /** Line count of the text, for callers that map lines to tables. */
  lineCount: number;
}

interface Cursor {
  text: string;
  pos: number;
  line: number;
  /** Offset of the current line's first character. */
  lineStart: number;
}

export function scanToml(text: string): TomlScan {
  const c: Cursor = { text, pos: 0, line: 1, lineStart: 0 };
  const entries: TomlEntry[] = [];
  let table: string[] = [];
  while (c.pos < text.length) {
    skipBlank(c);
    if (c.pos >= text.length) break;
    const ch = text[c.pos];
    if (ch === '\n' || ch === '\r') {
      newline(c);
      continue;
    }
    if (ch === '#') {
      skipToLineEnd(c);
      continue;
    }
    if (ch === '[') {
      const header = scanHeader(c);
      if (header) {
        entries.push(header);
        table = header.path;
      }
      skipToLineEnd(c);
      continue;
    }
    const line = c.line;
    scanKeyValue(c, table, entries);
    // A value that stopped at a later line's start (an unclosed array before a header) leaves
    // that line to be scanned; otherwise the rest of this line is junk or a comment.
    if (c.line === line || c.pos > firstNonBlank(c)) skipToLineEnd(c);
  }
  return { entries, lineCount: c.line };
}

function point(c: Cursor): { line: number; column: number } {
  return { line: c.line, column: c.pos - c.lineStart + 1 };
}

function range(start: { line: number; column: number }, end: { line: number; column: number }): SourceRange {
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function newline(c: Cursor): void {
  if (c.text[c.pos] === '\r' && c.text[c.pos + 1] === '\n') c.pos++;
  c.pos++;
  c.line++;
  c.lineStart = c.pos;
}

function skipBlank(c: Cursor): void {
  while (c.pos < c.text.length && (c.text[c.pos] === ' ' || c.text[c.pos] === '\t')) c.pos++;
}

function skipToLineEnd(c: Cursor): void {
  while (c.pos < c.text.length && c.text[c.pos] !== '\n' && c.text[c.pos] !== '\r') c.pos++;
}

function atLineEnd(c: Cursor): boolean {
  const ch = c.text[c.pos];
  return ch === undefined || ch === '\n' || ch === '\r';
}

/** A dotted key (`a."b c".d`) with a range per segment; stops before `=`, `]` or the line end. */
function scanDottedKey(c: Cursor): { names: string[]; ranges: SourceRange[] } {
  const names: string[] = [];
  const ranges: SourceRange[] = [];
  for (;;) {
    skipBlank(c);
    const start = point(c);
    const ch = c.text[c.pos];
    let name = '';
    if (ch === '"' || ch === "'") {
      c.pos++;
      while (!atLineEnd(c) && c.text[c.pos] !== ch) {
        if (ch === '"' && c.text[c.pos] === '\\' && c.pos + 1 < c.text.length) c.pos++;
        name += c.text[c.pos];
        c.pos++;
      }
      if (c.text[c.pos] === ch) c.pos++;
    } else {
      while (!atLineEnd(c) && /[A-Za-z0-9_-]/.test(c.text[c.pos] ?? '')) {
        name += c.text[c.pos];
        c.pos++;
      }
    }
    if (name === '' && point(c).column === start.column) break;
    names.push(name);
    ranges.push(range(start, point(c)));
    skipBlank(c);
    if (c.text[c.pos] !== '.') break;
    c.pos++;
  }
  return { names, ranges };
}

function scanHeader(c: Cursor): TomlEntry | null {
  const start = point(c);
  const isArray = c.text[c.pos + 1] === '[';
  c.pos += isArray ? 2 : 1;
  const key = scanDottedKey(c);
  skipBlank(c);
  if (c.text[c.pos] === ']') c.pos += isArray && c.text[c.pos + 1] === ']' ? 2 : 1;
  if (key.names.length === 0) return null;
  return {
    kind: isArray ? 'array-table' : 'table',
    path: key.names,
    segments: key.ranges,
    keyRange: range(start, point(c)),
  };
}

function scanKeyValue(c: Cursor, table: string[], entries: TomlEntry[]): void {
  const keyStart = point(c);
  const key = scanDottedKey(c);
  if (key.names.length === 0) return;
  const keyRange = range(keyStart, point(c));
  const entry: TomlEntry = {
    kind: 'key',
    path: [...table, ...key.names],
    segments: [...table.map(() => undefined), ...key.ranges],
    keyRange,
  };
  entries.push(entry);
  skipBlank(c);
  if (c.text[c.pos] !== '=') return;
  c.pos++;
  skipBlank(c);
  const valueStart = point(c);
  const startOffset = c.pos;
  scanValue(c, entry.path, entries);
  let endOffset = c.pos;
  while (endOffset > startOffset && /\s/.test(c.text[endOffset - 1] ?? '')) endOffset--;
  if (endOffset > startOffset) {
    entry.valueText = c.text.slice(startOffset, endOffset);
    entry.valueRange = range(valueStart, offsetPoint(c, endOffset));
  }
}

/** The 1-based position of an offset at or before the cursor (used to trim trailing space). */
function offsetPoint(c: Cursor, offset: number): { line: number; column: number } {
  let line = c.line;
  let lineStart = c.lineStart;
  while (offset < lineStart) {
    line--;
    lineStart = c.text.lastIndexOf('\n', lineStart - 2) + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Skips one value (string of any kind, array, inline table, scalar), recording inline-table keys. */
function scanValue(c: Cursor, path: string[], entries: TomlEntry[]): void {
  const ch = c.text[c.pos];
  if (ch === '"' || ch === "'") return skipString(c);
  if (ch === '[') return skipArray(c, path, entries);
  if (ch === '{') return scanInlineTable(c, path, entries);
  while (!atLineEnd(c) && !/[\s#,\]}]/.test(c.text[c.pos] ?? '')) c.pos++;
}

function skipString(c: Cursor): void {
  const quote = c.text[c.pos]!;
  const triple = c.text.startsWith(quote.repeat(3), c.pos);
  if (triple) {
    c.pos += 3;
    while (c.pos < c.text.length && !c.text.startsWith(quote.repeat(3), c.pos)) {
      if (quote === '"' && c.text[c.pos] === '\\') c.pos++;
      if (c.text[c.pos] === '\n' || c.text[c.pos] === '\r') newline(c);
      else c.pos++;
    }
    c.pos = Math.min(c.text.length, c.pos + 3);
    while (c.text[c.pos] === quote) c.pos++; // up to two quotes may close a multi-line string
    return;
  }
  c.pos++;
  while (!atLineEnd(c) && c.text[c.pos] !== quote) {
    if (quote === '"' && c.text[c.pos] === '\\') c.pos++;
    c.pos++;
  }
  if (c.text[c.pos] === quote) c.pos++;
}

function skipArray(c: Cursor, path: string[], entries: TomlEntry[]): void {
  c.pos++;
  while (c.pos < c.text.length) {
    const ch = c.text[c.pos];
    if (ch === ']') {
      c.pos++;
      return;
    }
    if (ch === '\n' || ch === '\r') newline(c);
    else if (ch === '#') skipToLineEnd(c);
    else if (ch === ' ' || ch === '\t' || ch === ',') c.pos++;
    else if (ch === '[' && /^\s*\[?[A-Za-z0-9_."'-]+\]\]?\s*(#.*)?$/.test(lineAt(c)) && c.pos === firstNonBlank(c)) {
      return; // an unclosed array ran into the next table header: stop, so the header is scanned
    } else {
      const before = c.pos;
      scanValue(c, path, entries);
      if (c.pos === before) c.pos++;
    }
  }
}

function lineAt(c: Cursor): string {
  const end = c.text.indexOf('\n', c.lineStart);
  return c.text.slice(c.lineStart, end === -1 ? undefined : end).replace(/\r$/, '');
}

function firstNonBlank(c: Cursor): number {
  let p = c.lineStart;
  while (c.text[p] === ' ' || c.text[p] === '\t') p++;
  return p;
}

function scanInlineTable(c: Cursor, path: string[], entries: TomlEntry[]): void {
  c.pos++;
  while (!atLineEnd(c)) {
    skipBlank(c);
    const ch = c.text[c.pos];
    if (ch === '}') {
      c.pos++;
      return;
    }
    if (ch === ',') {
      c.pos++;
      continue;
    }
    const before = c.pos;
    scanKeyValue(c, path, entries);
    if (c.pos === before) c.pos++;
  }
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
}

/**
 * Where a key path is written: the key itself, else the segment in the first header or dotted
 * key that spells it (e.g. `[a.b.params]` for path a.b), else the closest written ancestor.
 */
export function locateKey(scan: TomlScan, path: readonly string[]): SourceRange | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const prefix = path.slice(0, depth);
    for (const entry of scan.entries) {
      if (!startsWith(entry.path, prefix)) continue;
      const segment = entry.segments[depth - 1];
      if (segment) return segment;
    }
  }
  return undefined;
}

/** Where the value of a key path is written; falls back to the key. */
export function locateValue(scan: TomlScan, path: readonly string[]): SourceRange | undefined {
  const entry = scan.entries.find((e) => e.kind === 'key' && samePath(e.path, path));
  return entry?.valueRange ?? locateKey(scan, path);
}

/** The table path in force at a 1-based line (the last header at or above it). */
export function tableAtLine(scan: TomlScan, line: number): string[] {
  let table: string[] = [];
  for (const entry of scan.entries) {
    if (entry.keyRange.line > line) break;
    if (entry.kind !== 'key') table = entry.path;
  }
  return table;
}
