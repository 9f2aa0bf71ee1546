import type { JsonSchemaObject } from '../config/json-schema';
import { formatTomlValue } from './toml-text';

/** The schema of a key path, following `properties` (and `items` for numeric segments). */
export function schemaAt(root: JsonSchemaObject, path: readonly string[]): JsonSchemaObject | undefined {
  let node: JsonSchemaObject | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (node.type === 'array' && /^\d+$/.test(segment)) node = node.items;
    else node = node.properties && Object.prototype.hasOwnProperty.call(node.properties, segment) ? node.properties[segment] : undefined;
  }
  return node;
}

/** The nearest schema on the path (itself included) that describes a module, with its path. */
export function moduleSchemaOn(root: JsonSchemaObject, path: readonly string[]): { schema: JsonSchemaObject; path: string[] } | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const schema = schemaAt(root, path.slice(0, depth));
    if (schema?.['x-module']) return { schema, path: path.slice(0, depth) };
  }
  return undefined;
}

export function isTableSchema(schema: JsonSchemaObject): boolean {
  return schema.type === 'object';
}

/** `number 0–2`, `integer ≥ 1`, `"bull" | "bear"`, `number[] (each 0–1)`. */
export function describeType(schema: JsonSchemaObject): string {
  if (schema.type === 'array') {
    const items = schema.items;
    const base = `${items?.type ?? 'value'}[]`;
    const each = items ? (items.enum ? items.enum.map(formatTomlValue).join(' | ') : describeBounds(items)) : '';
    return each ? `${base} (each ${each})` : base;
  }
  if (schema.enum) return schema.enum.map(formatTomlValue).join(' | ');
  const type = schema.type ?? 'value';
  const bounds = describeBounds(schema);
  return bounds ? `${type} ${bounds}` : type;
}

function describeBounds(schema: JsonSchemaObject): string {
  const { minimum: min, maximum: max } = schema;
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  if (min !== undefined) return `≥ ${min}`;
  if (max !== undefined) return `≤ ${max}`;
  return '';
}
