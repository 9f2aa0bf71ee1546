import type { SourceRange } from '../domain/problems';
import { tableAtLine, type TomlEntry } from '../toml/scan';
import type { Position, TomlDocument } from './document';

/**
 * What the cursor is in the middle of writing, and which text a completion replaces:
 * - `header`: a table header `[a.b.|`; `segments` are the finished segments, `prefix` the one typed so
 *   far; `closed` when the line already has the closing bracket;
 * - `key`: a key at the start of a line (or after a dot) in table `table`; `hasValue` when the
 *   line already goes on with `= value` (renaming a key);
 * - `value`: the value of key path `path` (an array element when `inArray`); `afterEquals` when it
 *   starts right after the `=`, with no space;
 * - `none`: a comment, a string body, or past a complete value, where nothing is offered.
 * Inside an inline table (`params = { a = 1, | }`) the same kinds apply, with its key path as table.
 */
export type CursorContext =
  | { kind: 'header'; array: boolean; segments: string[]; prefix: string; replace: SourceRange; line: SourceRange; closed: boolean }
  | { kind: 'key'; table: string[]; segments: string[]; prefix: string; replace: SourceRange; hasValue: boolean }
  | { kind: 'value'; path: string[]; prefix: string; inArray: boolean; replace: SourceRange; afterEquals: boolean }
  | { kind: 'none' };

const NONE: CursorContext = { kind: 'none' };

export function cursorContext(doc: TomlDocument, pos: Position): CursorContext {
  const text = doc.lineText(pos.line);
  const column = Math.min(Math.max(pos.column, 1), text.length + 1);
  const before = text.slice(0, column - 1);

  const continued = multiLineValueAt(doc.scan.entries, pos.line);
  if (continued && !looksLikeKeyLine(continued, text)) {
    if (!continued.valueText?.startsWith('[')) return NONE; // inside a multi-line string
    const element = arrayElementStart(before, 0, 1);
    if (element === null) return NONE;
    return valueContext(continued.path, text, element, column, pos.line, true);
  }

  const lexed = lex(before);
  const indent = before.length - before.trimStart().length;
  if (before.trimStart().startsWith('[')) {
    const array = before.startsWith('[[', indent);
    const bodyStart = indent + (array ? 2 : 1);
    if (lexed.comment >= 0 || lexed.significant.some((s) => s.char === ']' && s.index >= bodyStart)) return NONE;
    const dotted = splitDotted(before, bodyStart, before.length);
    if (!dotted || (dotted.trailingSpace && dotted.prefix !== '')) return NONE;
    return {
      kind: 'header',
      array,
      segments: dotted.segments,
      prefix: dotted.prefix,
      replace: lineRange(pos.line, dotted.prefixStart + 1, wordEnd(text, column)),
      line: lineRange(pos.line, indent + 1, text.length + 1),
      closed: text.slice(wordEnd(text, column) - 1).includes(']'),
    };
  }
  if (lexed.comment >= 0) return NONE;

  const table = tableAtLine(doc.scan, pos.line);
  const equals = lexed.significant.find((s) => s.char === '=');
  if (!equals) {
    if (lexed.inString) return NONE;
    const dotted = splitDotted(before, indent, before.length);
    if (!dotted || (dotted.trailingSpace && dotted.prefix !== '')) return NONE; // "name " is finished
    return {
      kind: 'key',
      table,
      segments: dotted.segments,
      prefix: dotted.prefix,
      replace: lineRange(pos.line, dotted.prefixStart + 1, wordEnd(text, column)),
      hasValue: /^\s*=/.test(text.slice(wordEnd(text, column) - 1)),
    };
  }
  const key = splitDotted(before, indent, equals.index);
  if (!key || key.prefix === '') return NONE;
  const path = [...table, ...key.segments, key.prefixName];
  let start = equals.index + 1;
  while (before[start] === ' ' || before[start] === '\t') start++;
  if (before[start] === '{') return inlineTableContext(before, text, start, path, column, pos.line);
  if (before[start] === '[') {
    const element = arrayElementStart(before, start + 1, 1);
    return element === null ? NONE : valueContext(path, text, element, column, pos.line, true);
  }
  if (hasUnquotedSpace(before.slice(start))) return NONE; // a complete value is already written
  return valueContext(path, text, start, column, pos.line, false);
}

/**
 * The cursor inside the inline table opening at `open` (the value of `path`): a key of the
 * innermost open table, or the value of one of its keys. Null paths mark tables inside arrays,
 * whose keys cannot be named.
 */
function inlineTableContext(before: string, text: string, open: number, path: string[], column: number, line: number): CursorContext {
  const frames: { path: string[] | null; segmentStart: number; arrays: number; equals: number }[] = [
    { path, segmentStart: open + 1, arrays: 0, equals: -1 },
  ];
  for (let i = open + 1; i < before.length; i++) {
    const frame = frames[frames.length - 1]!;
    const ch = before[i];
    if (ch === '"' || ch === "'") {
      i = closingQuote(before, i);
      if (i < 0) break; // the cursor is inside this string
    } else if (ch === '#') return NONE;
    else if (ch === '=' && frame.arrays === 0 && frame.equals < 0) frame.equals = i;
    else if (ch === '[') frame.arrays++;
    else if (ch === ']') frame.arrays--;
    else if (ch === ',' && frame.arrays === 0) Object.assign(frame, { segmentStart: i + 1, equals: -1 });
    else if (ch === '{') {
      const key = frame.path && frame.arrays === 0 && frame.equals >= 0 ? splitDotted(before, frame.segmentStart, frame.equals) : null;
      frames.push({ path: key && frame.path ? [...frame.path, ...key.segments, key.prefixName] : null, segmentStart: i + 1, arrays: 0, equals: -1 });
    } else if (ch === '}') {
      frames.pop();
      if (frames.length === 0) return NONE; // the inline table is closed: the cursor is past it
    }
  }
  const frame = frames[frames.length - 1]!;
  if (!frame.path) return NONE;
  if (frame.equals < 0) {
    const dotted = splitDotted(before, frame.segmentStart, before.length);
    if (!dotted || (dotted.trailingSpace && dotted.prefix !== '')) return NONE;
    return {
      kind: 'key',
      table: frame.path,
      segments: dotted.segments,
      prefix: dotted.prefix,
      replace: lineRange(line, dotted.prefixStart + 1, wordEnd(text, column)),
      hasValue: /^\s*=/.test(text.slice(wordEnd(text, column) - 1)),
    };
  }
  const key = splitDotted(before, frame.segmentStart, frame.equals);
  if (!key || key.prefix === '') return NONE;
  const keyPath = [...frame.path, ...key.segments, key.prefixName];
  let start = frame.equals + 1;
  while (before[start] === ' ' || before[start] === '\t') start++;
  if (before[start] === '[') {
    const element = arrayElementStart(before, start + 1, 1);
    return element === null ? NONE : valueContext(keyPath, text, element, column, line, true);
  }
  if (hasUnquotedSpace(before.slice(start))) return NONE;
  return valueContext(keyPath, text, start, column, line, false);
}

/** Index of the quote closing the string that opens at `open`, or -1 when the text ends inside it. */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

function valueContext(path: string[], text: string, start: number, column: number, line: number, inArray: boolean): CursorContext {
  return {
    kind: 'value',
    path,
    prefix: text.slice(start, column - 1),
    inArray,
    replace: lineRange(line, start + 1, valueEnd(text, column)),
    afterEquals: text[start - 1] === '=',
  };
}

/** A key entry whose value started on an earlier line and runs through `line`. */
function multiLineValueAt(entries: readonly TomlEntry[], line: number): TomlEntry | undefined {
  return entries.find((e) => e.kind === 'key' && e.valueRange && e.valueRange.line < line && e.valueRange.endLine >= line);
}

/**
 * An unclosed array swallows the lines after it (`x = [1, 2` then a new key): a line that reads
 * as a key (a bare name, maybe `= ...`) rather than an element is treated as one.
 */
function looksLikeKeyLine(entry: TomlEntry, text: string): boolean {
  if (!entry.valueText?.startsWith('[')) return false;
  const match = /^\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*(=.*)?$/.exec(text);
  if (!match) return false;
  if (match[2]) return true;
  return !['true', 'false', 'inf', 'nan'].some((literal) => literal.startsWith(match[1]!));
}

/**
 * Index where the array element under the cursor starts, scanning `text` from `from` at array
 * depth `depth`; null when the array closed or a comment began before the end of `text`.
 */
function arrayElementStart(text: string, from: number, depth: number): number | null {
  let quote: string | null = null;
  let start = from;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') return null;
    else if (ch === '[') {
      depth++;
      start = i + 1;
    } else if (ch === ']') {
      depth--;
      if (depth === 0) return null;
    } else if (ch === ',') start = i + 1;
  }
  while (text[start] === ' ' || text[start] === '\t') start++;
  return start;
}

interface Lexed {
  /** Unquoted structural characters with their index. */
  significant: { char: string; index: number }[];
  /** Index of an unquoted `#`, or -1. */
  comment: number;
  /** The text ends inside a string. */
  inString: boolean;
}

function lex(text: string): Lexed {
  const significant: { char: string; index: number }[] = [];
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') return { significant, comment: i, inString: false };
    else if ('=[]{},.'.includes(ch)) significant.push({ char: ch, index: i });
  }
  return { significant, comment: -1, inString: quote !== null };
}

/**
 * A dotted key in `text[from, to)`: its finished segments (unquoted) and the last one being typed.
 * Null when it is not a key (a bare segment with a space inside, stray characters).
 */
function splitDotted(
  text: string,
  from: number,
  to: number,
): { segments: string[]; prefix: string; prefixName: string; prefixStart: number; trailingSpace: boolean } | null {
  const segments: string[] = [];
  let i = from;
  for (;;) {
    while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
    const start = i;
    let name = '';
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      i++;
      while (i < to && text[i] !== ch) {
        if (ch === '"' && text[i] === '\\') i++;
        name += text[i] ?? '';
        i++;
      }
      if (i < to) i++;
    } else {
      while (i < to && /[A-Za-z0-9_-]/.test(text[i]!)) name += text[i++];
    }
    const segmentEnd = i;
    while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i >= to) {
      return { segments, prefix: text.slice(start, segmentEnd), prefixName: name, prefixStart: start, trailingSpace: segmentEnd < to };
    }
    if (text[i] !== '.') return null;
    segments.push(name);
    i++;
  }
}

function hasUnquotedSpace(text: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ' ' || ch === '\t') return true;
  }
  return false;
}

/** Column just past the word continuing after the cursor (a completion replaces it whole). */
function wordEnd(text: string, column: number): number {
  let i = column - 1;
  while (i < text.length && /[A-Za-z0-9_-]/.test(text[i]!)) i++;
  return i + 1;
}

/** Column just past the value token continuing after the cursor (closing quote included). */
function valueEnd(text: string, column: number): number {
  let i = column - 1;
  while (i < text.length && !/[\s,\]}#]/.test(text[i]!)) i++;
  return i + 1;
}

function lineRange(line: number, column: number, endColumn: number): SourceRange {
  return { line, column, endLine: line, endColumn };
}
