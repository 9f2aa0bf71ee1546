import type { TomlDocument } from './document';

export interface FoldingRange {
  /** 1-based first and last line of the fold. */
  start: number;
  end: number;
  kind?: 'comment';
}

/**
 * Folds each table from its header to its last non-blank line (TOML is not indented, so
 * Monaco's indentation folding finds nothing), each multi-line value, and runs of comment lines.
 */
export function foldingRanges(doc: TomlDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const headers = doc.scan.entries.filter((e) => e.kind !== 'key');
  headers.forEach((header, i) => {
    const next = headers[i + 1];
    let end = next ? next.keyRange.line - 1 : doc.lines.length;
    while (end > header.keyRange.line && isBlankOrComment(doc.lineText(end))) end--;
    if (end > header.keyRange.line) ranges.push({ start: header.keyRange.line, end });
  });
  for (const entry of doc.scan.entries) {
    const value = entry.valueRange;
    if (value && value.endLine > value.line) ranges.push({ start: value.line, end: value.endLine });
  }
  let commentStart = 0;
  for (let line = 1; line <= doc.lines.length + 1; line++) {
    const isComment = line <= doc.lines.length && doc.lineText(line).trimStart().startsWith('#');
    if (isComment && commentStart === 0) commentStart = line;
    if (!isComment && commentStart !== 0) {
      if (line - 1 > commentStart) ranges.push({ start: commentStart, end: line - 1, kind: 'comment' });
      commentStart = 0;
    }
  }
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end);
}

function isBlankOrComment(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}
