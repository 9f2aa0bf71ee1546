import type { JsonSchemaObject } from '../config/json-schema';
import type { SourceRange } from '../domain/problems';
import { cursorContext } from './cursor-path';
import type { Position, TomlDocument } from './document';
import { describeType, isTableSchema, schemaAt } from './schema-walk';
import { sectionText } from './section-text';
import { bareKey, escapeSnippet, formatTomlValue } from './toml-text';

export type CompletionKind = 'section' | 'module' | 'table' | 'key' | 'value' | 'snippet';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** One line shown beside the label: type, range and default. */
  detail?: string;
  /** Markdown shown in the details pane. */
  documentation?: string;
  insertText: string;
  /** `insertText` is a snippet with `${1:placeholder}` tab stops. */
  snippet?: boolean;
  /** Text matched against what was typed in `range`, when it differs from the label. */
  filterText?: string;
  sortText?: string;
  range: SourceRange;
}

/** Completions at a position, driven by the schema: table names, missing keys, values. */
export function complete(doc: TomlDocument, schema: JsonSchemaObject, pos: Position): CompletionEntry[] {
  const ctx = cursorContext(doc, pos);
  switch (ctx.kind) {
    case 'header':
      return completeHeader(doc, schema, ctx.segments, ctx.array, ctx.closed, ctx.replace, ctx.line);
    case 'key':
      return completeKey(doc, schema, [...ctx.table, ...ctx.segments], ctx.replace, ctx.hasValue);
    case 'value':
      return completeValue(schema, ctx.path, ctx.inArray, ctx.replace, ctx.afterEquals);
    case 'none':
      return [];
  }
}

function completeHeader(
  doc: TomlDocument,
  root: JsonSchemaObject,
  parent: string[],
  array: boolean,
  closed: boolean,
  replace: SourceRange,
  line: SourceRange,
): CompletionEntry[] {
  const schema = schemaAt(root, parent);
  if (!schema?.properties) return [];
  const tables = doc.scan.entries.filter((e) => e.kind === 'table').map((e) => e.path);
  const declared = new Set(tables.map((p) => p.join('\u0000')));
  const items: CompletionEntry[] = [];
  let order = 0;
  for (const [name, child] of Object.entries(schema.properties)) {
    if (!isTableSchema(child)) continue;
    const path = [...parent, name];
    const taken = declared.has(path.join('\u0000'));
    const kind: CompletionKind = child['x-module'] ? 'module' : parent.length === 0 ? 'section' : 'table';
    const sort = `${taken ? 1 : 0}${String(order++).padStart(4, '0')}`;
    // A table that holds keys is where a header usually ends: close it. A section of modules
    // (only sub-tables) is left open for the next segment.
    const holdsKeys = Object.values(child.properties ?? {}).some((p) => !isTableSchema(p));
    items.push({
      label: name,
      kind,
      detail: child.title ?? name,
      documentation: child.description,
      insertText: bareKey(name) + (closed || !holdsKeys ? '' : array ? ']]' : ']'),
      sortText: sort,
      range: replace,
    });
    // The whole section with every default, when neither it nor any table inside it is written
    // yet (else the insert would define a table twice). It completes the header from the segment
    // being typed to the line end (an auto-closed `]` included), and shares the plain item's
    // range so Monaco ranks the two side by side.
    const written = tables.some((t) => path.every((segment, i) => t[i] === segment));
    if (!written && !array && child.properties) {
      const body = sectionText(path, child, true);
      items.push({
        label: `${name} (section with defaults)`,
        kind: 'snippet',
        detail: `Insert [${path.join('.')}] with its defaults`,
        documentation: child.description,
        insertText: `${escapeSnippet(bareKey(name))}]${body.slice(body.indexOf('\n'))}`,
        snippet: true,
        filterText: name,
        sortText: `${sort}z`,
        range: { ...replace, endColumn: line.endColumn },
      });
    }
  }
  return items;
}

function completeKey(doc: TomlDocument, root: JsonSchemaObject, table: string[], replace: SourceRange, hasValue: boolean): CompletionEntry[] {
  const schema = schemaAt(root, table);
  if (!schema?.properties) return [];
  const present = new Set(
    doc.scan.entries
      .filter((e) => e.kind === 'key' && e.path.length > table.length && table.every((s, i) => e.path[i] === s))
      .map((e) => e.path[table.length]),
  );
  const items: CompletionEntry[] = [];
  let order = 0;
  for (const [name, child] of Object.entries(schema.properties)) {
    if (isTableSchema(child) || present.has(name)) continue;
    const value = child.default !== undefined ? formatTomlValue(child.default) : '';
    items.push({
      label: name,
      kind: 'key',
      detail: describeParam(child),
      documentation: child.description,
      // Renaming a key keeps its value; a new key comes with its default, ready to overtype.
      insertText: hasValue ? escapeSnippet(bareKey(name)) : `${escapeSnippet(bareKey(name))} = \${1:${escapeSnippet(value)}}`,
      snippet: true,
      sortText: String(order++).padStart(4, '0'),
      range: replace,
    });
  }
  return items;
}

function completeValue(root: JsonSchemaObject, path: string[], inArray: boolean, replace: SourceRange, afterEquals: boolean): CompletionEntry[] {
  const schema = schemaAt(root, path);
  if (!schema) return [];
  const target = inArray ? schema.items : schema;
  if (!target) return [];
  const values: { value: unknown; isDefault: boolean }[] = [];
  const add = (value: unknown, isDefault: boolean) => {
    const existing = values.find((v) => formatTomlValue(v.value) === formatTomlValue(value));
    if (existing) existing.isDefault ||= isDefault;
    else values.push({ value, isDefault });
  };
  if (!inArray && schema.default !== undefined) add(schema.default, true);
  if (target.type === 'boolean') {
    add(true, false);
    add(false, false);
  }
  for (const member of target.enum ?? []) add(member, false);
  return values.map(({ value, isDefault }, i) => {
    const text = formatTomlValue(value);
    return {
      label: text,
      kind: 'value' as const,
      detail: isDefault ? 'default' : describeType(target),
      documentation: schema.description,
      insertText: afterEquals ? ` ${text}` : text,
      sortText: `${isDefault ? 0 : 1}${String(i).padStart(4, '0')}`,
      range: replace,
    };
  });
}

/** `number 0–2 = 0.3 fraction` */
export function describeParam(schema: JsonSchemaObject): string {
  const unit = schema['x-unit'] ? ` (${schema['x-unit']})` : '';
  const def = schema.default !== undefined ? ` = ${formatTomlValue(schema.default)}` : '';
  return `${describeType(schema)}${def}${unit}`;
}
