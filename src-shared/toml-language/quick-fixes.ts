import { parse } from 'smol-toml';
import type { JsonSchemaObject } from '../config/json-schema';
import type { ConfigProblem, SourceRange } from '../domain/problems';
import type { TomlEntry } from '../toml/scan';
import type { TomlDocument } from './document';
import { schemaAt } from './schema-walk';
import { formatTomlValue } from './toml-text';

export interface TextEdit {
  range: SourceRange;
  text: string;
}

export interface QuickFix {
  title: string;
  edits: TextEdit[];
  /** The fix to apply with one keystroke (Monaco's "preferred" action). */
  preferred: boolean;
}

const RESETTABLE = new Set<ConfigProblem['code']>(['wrong_type', 'out_of_range', 'not_finite', 'not_in_enum']);

/**
 * The obvious fixes for one problem: the validator's suggestion ("did you mean"), clamping an
 * out-of-range number into its range, and resetting a bad value to its default.
 */
export function quickFixes(doc: TomlDocument, root: JsonSchemaObject, problem: ConfigProblem): QuickFix[] {
  const fixes: QuickFix[] = [];
  if (problem.suggestion) {
    // Titled from the replacement itself: the validator's label quotes it again for strings.
    const { replacement, range } = problem.suggestion;
    fixes.push({ title: `Replace with ${replacement}`, edits: [{ range, text: replacement }], preferred: true });
  }
  if (!RESETTABLE.has(problem.code)) return fixes;
  const target = valueEntry(doc, problem.path);
  if (!target?.entry.valueRange || target.entry.valueText === undefined) return fixes;
  const schema = schemaAt(root, target.entry.path);
  if (!schema) return fixes;
  const range = target.entry.valueRange;
  if (problem.code === 'out_of_range') {
    const clamped = clampValue(parseValue(target.entry.valueText), schema);
    if (clamped !== undefined) {
      fixes.push({ title: `Clamp to ${formatTomlValue(clamped)}`, edits: [{ range, text: formatTomlValue(clamped) }], preferred: !problem.suggestion });
    }
  }
  if (schema.default !== undefined) {
    const text = formatTomlValue(schema.default);
    if (text !== target.entry.valueText) {
      fixes.push({ title: `Reset to default ${text}`, edits: [{ range, text }], preferred: fixes.length === 0 });
    }
  }
  return fixes;
}

/** The key entry a problem's path names; a trailing list index names the list's entry. */
function valueEntry(doc: TomlDocument, path: readonly string[]): { entry: TomlEntry } | undefined {
  const find = (p: readonly string[]) => doc.scan.entries.find((e) => e.kind === 'key' && e.path.length === p.length && e.path.every((s, i) => s === p[i]));
  const entry = find(path) ?? (/^\d+$/.test(path[path.length - 1] ?? '') ? find(path.slice(0, -1)) : undefined);
  return entry ? { entry } : undefined;
}

function parseValue(text: string): unknown {
  try {
    return parse(`v = ${text}`).v;
  } catch {
    return undefined;
  }
}

function clampValue(value: unknown, schema: JsonSchemaObject): number | number[] | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return clampNumber(value, schema);
  if (typeof value === 'bigint') return clampNumber(Number(value), schema);
  if (Array.isArray(value) && schema.items && value.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    const items = schema.items;
    return value.map((v: number) => clampNumber(v, items));
  }
  return undefined;
}

function clampNumber(value: number, schema: JsonSchemaObject): number {
  let v = value;
  if (schema.minimum !== undefined && v < schema.minimum) v = schema.minimum;
  if (schema.maximum !== undefined && v > schema.maximum) v = schema.maximum;
  return schema.type === 'integer' ? Math.round(v) : v;
}
