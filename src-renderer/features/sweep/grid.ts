import { SECTION_OF_KIND, type ModuleCatalog } from '../../../src-shared/domain/modules';

/** A numeric parameter a sweep can vary, addressed by its TOML key path. */
export interface SweepParam {
  path: string[];
  /** `planner.max_depth`, `pattern_generators.direct_buy.max_depth` (the `params` table left out). */
  label: string;
  integer: boolean;
  min?: number;
  max?: number;
  default: number;
  description: string;
}

/** Every number or integer parameter of the catalog: `[planner]` keys first, then modules in catalog order. */
export function numericParams(catalog: ModuleCatalog): SweepParam[] {
  const out: SweepParam[] = [];
  const add = (path: string[], label: string, spec: ModuleCatalog['planner'][string]) => {
    if ((spec.type !== 'number' && spec.type !== 'integer') || typeof spec.default !== 'number') return;
    out.push({ path, label, integer: spec.type === 'integer', min: spec.min, max: spec.max, default: spec.default, description: spec.description });
  };
  for (const [key, spec] of Object.entries(catalog.planner)) add(['planner', key], `planner.${key}`, spec);
  for (const m of catalog.modules) {
    const section = SECTION_OF_KIND[m.meta.kind];
    for (const [key, spec] of Object.entries(m.params)) add([section, m.meta.name, 'params', key], `${section}.${m.meta.name}.${key}`, spec);
  }
  return out;
}

/**
 * `steps` evenly spaced values from `from` to `to` inclusive; integer parameters are rounded and
 * repeated values dropped (so 1…3 in 5 steps gives 1, 2, 3).
 */
export function gridValues(from: number, to: number, steps: number, integer: boolean): number[] {
  const n = Math.max(1, Math.floor(steps));
  const raw = n === 1 ? [from] : Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
  const values = raw.map((v) => (integer ? Math.round(v) : Number(v.toPrecision(12))));
  return [...new Set(values)];
}

/** A range the user typed, checked against the parameter's bounds; returns the problem or null. */
export function rangeProblem(param: SweepParam, from: number, to: number, steps: number): string | null {
  if (!Number.isFinite(from) || !Number.isFinite(to)) return `${param.label}: "from" and "to" must be numbers`;
  if (param.min !== undefined && Math.min(from, to) < param.min) return `${param.label}: below its minimum ${param.min}`;
  if (param.max !== undefined && Math.max(from, to) > param.max) return `${param.label}: above its maximum ${param.max}`;
  if (!Number.isInteger(steps) || steps < 1 || steps > 25) return `${param.label}: use 1 to 25 steps`;
  return null;
}

/** A default range for a parameter: its bounds, or around its default when unbounded. */
export function defaultRange(param: SweepParam): { from: number; to: number } {
  const spread = param.default === 0 ? 1 : Math.abs(param.default);
  return { from: param.min ?? param.default - spread, to: param.max ?? param.default + spread };
}
