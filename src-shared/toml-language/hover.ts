import type { JsonSchemaObject, ModuleSchemaInfo } from '../config/json-schema';
import type { SourceRange } from '../domain/problems';
import type { Position, TomlDocument } from './document';
import { describeType, moduleSchemaOn, schemaAt } from './schema-walk';
import { formatTomlValue } from './toml-text';

export interface HoverInfo {
  /** Markdown. */
  contents: string;
  range: SourceRange;
}

/** Documentation of the key, table segment or value under the cursor. */
export function hover(doc: TomlDocument, root: JsonSchemaObject, pos: Position): HoverInfo | null {
  const target = targetAt(doc, pos);
  if (!target) return null;
  const schema = schemaAt(root, target.path);
  if (!schema) return null;
  const parts = [describeNode(target.path, schema)];
  const module = moduleSchemaOn(root, target.path);
  if (module?.schema['x-module'] && module.schema !== schema) parts.push(describeModule(module.schema['x-module']));
  return { contents: parts.join('\n\n---\n\n'), range: target.range };
}

/**
 * The path named by the header segment, key segment or value under the cursor. A key inside an
 * inline table wins over the table's own value range; of nested values the innermost (last) wins.
 */
function targetAt(doc: TomlDocument, pos: Position): { path: string[]; range: SourceRange } | null {
  let value: { path: string[]; range: SourceRange } | null = null;
  for (const entry of doc.scan.entries) {
    if (entry.keyRange.line > pos.line) break;
    for (let i = 0; i < entry.segments.length; i++) {
      const segment = entry.segments[i];
      if (segment && contains(segment, pos)) return { path: entry.path.slice(0, i + 1), range: segment };
    }
    if (entry.valueRange && contains(entry.valueRange, pos)) value = { path: entry.path, range: entry.valueRange };
  }
  return value;
}

function contains(range: SourceRange, pos: Position): boolean {
  const afterStart = pos.line > range.line || (pos.line === range.line && pos.column >= range.column);
  const beforeEnd = pos.line < range.endLine || (pos.line === range.endLine && pos.column <= range.endColumn);
  return afterStart && beforeEnd;
}

function describeNode(path: string[], schema: JsonSchemaObject): string {
  const name = path[path.length - 1] ?? '';
  if (schema['x-module']) return describeModule(schema['x-module']);
  if (schema.type === 'object') {
    return [`**[${path.join('.')}]**${schema.title && schema.title !== name ? ` — ${schema.title}` : ''}`, schema.description ?? '']
      .filter(Boolean)
      .join('\n\n');
  }
  const facts = [`\`${describeType(schema)}\``];
  if (schema.default !== undefined) facts.push(`default \`${formatTomlValue(schema.default)}\``);
  if (schema['x-unit']) facts.push(`unit ${schema['x-unit']}`);
  return [`**${name}** · ${facts.join(' · ')}`, schema.description ?? ''].filter(Boolean).join('\n\n');
}

function describeModule(meta: ModuleSchemaInfo): string {
  const origin = meta.source.type === 'builtin' ? 'built in' : `plugin \`${meta.source.plugin}\``;
  const lines = [`**${meta.name}** ${meta.version} · ${meta.kind.replace('_', ' ')} · by ${meta.author} · ${origin}`, meta.description];
  if (meta.tags.length > 0) lines.push(`Tags: ${meta.tags.join(', ')}`);
  for (const dep of meta.dependencies) {
    const which = dep.anyOf && dep.anyOf.length > 0 ? `one of ${dep.anyOf.join(', ')}` : `any ${dep.kind.replace('_', ' ')}`;
    lines.push(`Needs ${which} enabled: ${dep.reason}`);
  }
  return lines.join('\n\n');
}
