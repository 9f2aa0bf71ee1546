import { parse, TomlError } from 'smol-toml';
import type { ModuleChange, SemanticDiff, ValueChange } from '../api/schemas/semantic-diff';
import { MODULE_KINDS, SECTION_OF_KIND, type ModuleCatalog, type ModuleKind, type ParamSpecs } from '../domain/modules';

type Table = Record<string, unknown>;

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** JSON-safe form of a parsed TOML value (see `tomlJsonValueSchema`). */
function toJson(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (isTable(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
}

/** Order-independent identity of a value: tables compare by content, not key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isTable(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  if (value instanceof Date) return `d${String(value)}`;
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : `${value}`;
  return JSON.stringify(value) ?? 'undefined';
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' && typeof b !== 'object' && !(typeof a === 'number' && Number.isNaN(a))) return false;
  return canonical(a) === canonical(b);
}

/** Key-by-key changes of two tables; `specs` supplies defaults for known keys. */
function diffTables(before: Table, after: Table, specs: ParamSpecs | undefined, skip: ReadonlySet<string> = new Set()): ValueChange[] {
  const changes: ValueChange[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const key of keys) {
    if (skip.has(key)) continue;
    const has = [Object.hasOwn(before, key), Object.hasOwn(after, key)] as const;
    const [old, now] = [before[key], after[key]];
    if (has[0] && has[1] && same(old, now)) continue;
    const spec = specs?.[key];
    const effective = has[1] ? now : spec?.default;
    changes.push({
      key,
      change: !has[0] ? 'added' : !has[1] ? 'removed' : 'changed',
      old: has[0] ? toJson(old) : null,
      new: has[1] ? toJson(now) : null,
      default: spec === undefined ? null : toJson(spec.default),
      nowDefault: spec !== undefined && same(effective, spec.default),
      known: spec !== undefined,
    });
  }
  return changes;
}

/** Leaves of a table as dotted paths (for the sections no spec describes). */
function flatten(table: Table, prefix = '', out: Table = {}): Table {
  for (const [key, value] of Object.entries(table)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isTable(value) && Object.keys(value).length > 0) flatten(value, path, out);
    else out[path] = value;
  }
  return out;
}

function parseSide(text: string, side: 'old' | 'new', errors: SemanticDiff['errors']): Table | null {
  try {
    return parse(text) as Table;
  } catch (error) {
    if (error instanceof TomlError) {
      errors.push({ side, message: error.message.split('\n')[0] ?? 'Invalid TOML', line: error.line, column: error.column });
    } else {
      errors.push({ side, message: error instanceof Error ? error.message : String(error) });
    }
    return null;
  }
}

function moduleChange(kind: ModuleKind, name: string, before: unknown, after: unknown, catalog: ModuleCatalog): ModuleChange | null {
  const descriptor = catalog.modules.find((m) => m.meta.kind === kind && m.meta.name === name);
  const b = isTable(before) ? before : {};
  const a = isTable(after) ? after : {};
  // A module absent from the file, or without `enabled`, is on (domain.md §5.1).
  const enabledBefore = b.enabled !== false;
  const enabledAfter = a.enabled !== false;
  const params = diffTables(isTable(b.params) ? b.params : {}, isTable(a.params) ? a.params : {}, descriptor?.params ?? {});
  const otherKeys = diffTables(b, a, undefined, new Set(['enabled', 'params']));
  if (enabledBefore === enabledAfter && params.length === 0 && otherKeys.length === 0) return null;
  return {
    kind,
    name,
    known: descriptor !== undefined,
    enabledBefore,
    enabledAfter,
    toggled: enabledBefore === enabledAfter ? null : enabledAfter ? 'enabled' : 'disabled',
    params,
    otherKeys,
  };
}

/**
 * What a change of a strategy file means to the planner, for the save review and the history
 * compare: modules switched on or off, parameters old → new (with the default, and whether the
 * value now in effect is the default), `[planner]` keys, and anything else that changed.
 * A side that does not parse is reported in `errors` instead of throwing.
 */
export function semanticDiff(oldToml: string, newToml: string, catalog: ModuleCatalog): SemanticDiff {
  const errors: SemanticDiff['errors'] = [];
  const textEqual = oldToml === newToml;
  const before = parseSide(oldToml, 'old', errors);
  const after = parseSide(newToml, 'new', errors);
  const result: SemanticDiff = { errors, textEqual, cosmeticOnly: false, planner: [], modules: [], other: [] };
  if (before === null || after === null) return result;

  const plannerOf = (doc: Table): Table => (isTable(doc.planner) ? doc.planner : {});
  result.planner = diffTables(plannerOf(before), plannerOf(after), catalog.planner);

  for (const kind of MODULE_KINDS) {
    const section = SECTION_OF_KIND[kind];
    const b = isTable(before[section]) ? before[section] : {};
    const a = isTable(after[section]) ? after[section] : {};
    const catalogNames = catalog.modules.filter((m) => m.meta.kind === kind).map((m) => m.meta.name);
    const names = [...new Set([...catalogNames, ...Object.keys(b), ...Object.keys(a)])];
    for (const name of names) {
      const change = moduleChange(kind, name, b[name], a[name], catalog);
      if (change !== null) result.modules.push(change);
    }
  }

  const known = new Set(['planner', ...MODULE_KINDS.map((k) => SECTION_OF_KIND[k])]);
  const rest = (doc: Table): Table => flatten(Object.fromEntries(Object.entries(doc).filter(([k]) => !known.has(k))));
  result.other = diffTables(rest(before), rest(after), undefined);
  // A known section written as a plain value (e.g. `filters = 1`) holds no modules; show it as is.
  for (const section of known) {
    const [b, a] = [before[section], after[section]];
    if ((isTable(b) || b === undefined) && (isTable(a) || a === undefined)) continue;
    if (!same(b, a)) {
      result.other.push({
        key: section,
        change: b === undefined ? 'added' : a === undefined ? 'removed' : 'changed',
        old: b === undefined ? null : toJson(b),
        new: a === undefined ? null : toJson(a),
        default: null,
        nowDefault: false,
        known: false,
      });
    }
  }

  result.cosmeticOnly = !textEqual && result.planner.length === 0 && result.modules.length === 0 && result.other.length === 0;
  return result;
}
