import { parse } from 'smol-toml';
import type { TomlEntry } from '../toml/scan';
import { TomlDocument } from './document';

/**
 * Formats a TOML document without changing what it means: no indentation on keys and headers,
 * `key = value` with single spaces, one blank line before each table (above its leading comments),
 * no runs of blank lines, no trailing spaces, one final newline. Multi-line values are kept as
 * written. Formatting a formatted document changes nothing. A document that does not parse is
 * left alone (null), so a half-typed file is never rearranged.
 */
export function formatToml(text: string): string | null {
  try {
    parse(text);
  } catch {
    return null;
  }
  const doc = new TomlDocument(text);
  const { starts, continued } = lineRoles(doc.scan.entries);
  const out: string[] = [];
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i]!;
    if (continued.has(lineNo)) {
      out.push(line);
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    const entry = starts.get(lineNo);
    if (entry && entry.kind !== 'key') {
      separateTable(out);
      out.push(formatHeader(line, entry));
    } else if (entry) {
      out.push(formatKeyLine(line, entry));
    } else {
      out.push(trimmed); // a comment line
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.length === 0 ? '' : out.join('\n') + '\n';
}

/** The entry that begins each line, and lines inside multi-line values (kept verbatim). */
function lineRoles(entries: readonly TomlEntry[]): { starts: Map<number, TomlEntry>; continued: Set<number> } {
  const starts = new Map<number, TomlEntry>();
  const continued = new Set<number>();
  for (const entry of entries) {
    const line = entry.keyRange.line;
    if (continued.has(line)) continue; // keys of an inline table spread over lines
    if (!starts.has(line)) starts.set(line, entry);
    const value = entry.valueRange;
    if (value) for (let l = value.line + 1; l <= value.endLine; l++) continued.add(l);
  }
  return { starts, continued };
}

/** One blank line before a table, placed above the comment lines directly attached to it. */
function separateTable(out: string[]): void {
  let at = out.length;
  while (at > 0 && out[at - 1]!.startsWith('#')) at--;
  if (at > 0 && out[at - 1] !== '') out.splice(at, 0, '');
}

function formatHeader(line: string, entry: TomlEntry): string {
  const keys = entry.segments.map((s) => (s ? line.slice(s.column - 1, s.endColumn - 1).trim() : ''));
  const brackets = entry.kind === 'array-table' ? ['[[', ']]'] : ['[', ']'];
  const rest = line.slice(entry.keyRange.endColumn - 1).trim();
  return `${brackets[0]}${keys.join('.')}${brackets[1]}${rest ? ` ${rest}` : ''}`;
}

function formatKeyLine(line: string, entry: TomlEntry): string {
  const written = entry.segments.filter((s) => s !== undefined);
  const key = written.map((s) => line.slice(s.column - 1, s.endColumn - 1).trim()).join('.');
  const value = entry.valueRange;
  if (!value) return line.trim();
  const tail = line.slice(value.column - 1);
  // A multi-line string keeps its first line as written: spaces before its newline are content.
  const multiLine = value.endLine > value.line && /^("""|''')/.test(tail);
  return `${key} = ${multiLine ? tail : tail.trimEnd()}`;
}
