import type { JsonSchemaObject } from '../config/json-schema';
import { bareKey, escapeSnippet, formatTomlValue } from './toml-text';

/**
 * The TOML text of a whole table with every default written out: its scalar keys, then each
 * sub-table (a module's `params`) as its own header. As a snippet, each value is a tab stop.
 */
export function sectionText(path: string[], schema: JsonSchemaObject, snippet: boolean): string {
  const blocks: string[] = [];
  let stop = 1;
  const walk = (tablePath: string[], table: JsonSchemaObject, always: boolean) => {
    const entries = Object.entries(table.properties ?? {});
    const keys = entries.filter(([, child]) => child.type !== 'object');
    if (always || keys.length > 0) {
      const lines = [`[${tablePath.map(bareKey).join('.')}]`];
      for (const [name, child] of keys) {
        const value = child.default !== undefined ? formatTomlValue(child.default) : '""';
        lines.push(`${bareKey(name)} = ${snippet ? `\${${stop++}:${escapeSnippet(value)}}` : value}`);
      }
      blocks.push(lines.join('\n'));
    }
    for (const [name, child] of entries) if (child.type === 'object') walk([...tablePath, name], child, false);
  };
  walk(path, schema, true);
  return blocks.join('\n\n') + '\n';
}
