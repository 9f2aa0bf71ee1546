import type { SourceRange } from '../domain/problems';
import type { TomlDocument } from './document';

export interface OutlineSymbol {
  name: string;
  /** `table` / `array-table` for written headers, `section` for an implied parent, `key` for keys. */
  kind: 'section' | 'table' | 'array-table' | 'key';
  detail: string;
  /** From the header to the table's last non-blank line. */
  range: SourceRange;
  /** The header or key itself. */
  selectionRange: SourceRange;
  children: OutlineSymbol[];
}

interface Node extends Omit<OutlineSymbol, 'children'> {
  path: string[];
  children: Node[];
}

/** The document's tables as a tree (`opportunity_calculators › profit_taking › params`), keys as leaves. */
export function outline(doc: TomlDocument): OutlineSymbol[] {
  const roots: Node[] = [];
  let current: Node | null = null;
  for (const entry of doc.scan.entries) {
    if (entry.kind === 'key') {
      const name = entry.path.slice(current?.path.length ?? 0).join('.');
      const end = entry.valueRange ?? entry.keyRange;
      const symbol: Node = {
        name,
        kind: 'key',
        detail: entry.valueText ?? '',
        path: entry.path,
        range: { line: entry.keyRange.line, column: entry.keyRange.column, endLine: end.endLine, endColumn: end.endColumn },
        selectionRange: entry.keyRange,
        children: [],
      };
      // Keys of inline tables show up as their own entries: keep only keys written at line level.
      if (current && entry.path.length - current.path.length === entry.segments.filter(Boolean).length) current.children.push(symbol);
      else if (!current && entry.segments.every(Boolean)) roots.push(symbol);
      continue;
    }
    current = place(roots, entry.path, entry.kind, entry.keyRange);
  }
  const lastLine = lastNonBlankLine(doc, doc.lines.length);
  closeRanges(doc, roots, lastLine);
  return roots.map(strip);
}

/** Finds or creates the node for a header path, creating implied parents on the way. */
function place(roots: Node[], path: string[], kind: 'table' | 'array-table', header: SourceRange): Node {
  let siblings = roots;
  let node: Node | undefined;
  for (let depth = 1; depth <= path.length; depth++) {
    const last = depth === path.length;
    const name = path[depth - 1]!;
    node = last ? undefined : siblings.find((n) => n.name === name && n.kind !== 'key' && n.kind !== 'array-table');
    if (!node) {
      node = {
        name,
        kind: last ? kind : 'section',
        detail: '',
        path: path.slice(0, depth),
        range: header,
        selectionRange: header,
        children: [],
      };
      siblings.push(node);
    }
    siblings = node.children;
  }
  return node!;
}

/** Each table runs until the next header; a parent spans its children. */
function closeRanges(doc: TomlDocument, nodes: Node[], endLine: number): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.kind === 'key') continue;
    const next = nodes.slice(i + 1).find((n) => n.kind !== 'key');
    const limit = next ? lastNonBlankLine(doc, next.range.line - 1) : endLine;
    closeRanges(doc, node.children, limit);
    const childEnd = Math.max(node.range.line, ...node.children.map((c) => c.range.endLine));
    const end = node.kind === 'section' ? childEnd : Math.max(node.range.line, limit);
    node.range = { line: node.range.line, column: node.range.column, endLine: end, endColumn: doc.lineText(end).length + 1 };
  }
}

function lastNonBlankLine(doc: TomlDocument, from: number): number {
  let line = from;
  while (line > 1 && doc.lineText(line).trim() === '') line--;
  return line;
}

function strip(node: Node): OutlineSymbol {
  return { name: node.name, kind: node.kind, detail: node.detail, range: node.range, selectionRange: node.selectionRange, children: node.children.map(strip) };
}
