/**
 * Module metadata and parameter specs: the serialisable description of every planner module.
 * The planner's registries produce a `ModuleCatalog`; the validator, the JSON Schema, the editor's
 * language service and the generated docs all read this one shape (one source of truth).
 */

/** The four registries, plus the always-on feasibility check (not configurable from TOML). */
export type ModuleKind = 'calculator' | 'pattern' | 'sequence_generator' | 'filter';

/** TOML section that holds each kind's modules: `[opportunity_calculators.<name>]` etc. */
export const SECTION_OF_KIND: Readonly<Record<ModuleKind, string>> = {
  calculator: 'opportunity_calculators',
  pattern: 'pattern_generators',
  sequence_generator: 'sequence_generators',
  filter: 'filters',
};

export const MODULE_KINDS: readonly ModuleKind[] = ['calculator', 'pattern', 'sequence_generator', 'filter'];

/**
 * A module's identity across kinds (`pattern:profit_taking`): names are unique only within a
 * kind — a calculator and a pattern share `profit_taking` and `averaging_down` — so the circuit
 * breaker and skip lists key modules by kind and name.
 */
export function moduleKey(kind: ModuleKind, name: string): string {
  return `${kind}:${name}`;
}

export type ParamType = 'number' | 'integer' | 'boolean' | 'string' | 'number[]' | 'string[]';

export type ParamValue = number | boolean | string | number[] | string[];

export interface ParamSpec {
  type: ParamType;
  default: ParamValue;
  /** Inclusive bounds for numbers/integers (and for each element of number[]). */
  min?: number;
  max?: number;
  /** Allowed values for strings (and each element of string[]). */
  enum?: readonly string[];
  unit?: string;
  description: string;
}

export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

export interface ModuleMetadata {
  name: string;
  kind: ModuleKind;
  /** semver, e.g. "1.0.0" */
  version: string;
  author: string;
  description: string;
  tags: readonly string[];
  /**
   * Requirements on other modules, as readable rules checked by the validator,
   * e.g. `{ kind: 'pattern', anyOf: [] }` = "at least one pattern generator enabled".
   */
  dependencies: readonly ModuleDependency[];
  /** Where the module came from: built in, or the plugin file that registered it. */
  source: { type: 'builtin' } | { type: 'plugin'; plugin: string };
}

/**
 * "At least one module of `kind` enabled", optionally restricted to the names in `anyOf`
 * (an empty or missing list means any module of that kind).
 */
export interface ModuleDependency {
  kind: ModuleKind;
  anyOf?: readonly string[];
  reason: string;
}

export interface ModuleDescriptor {
  meta: ModuleMetadata;
  params: ParamSpecs;
}

/** Everything the planner knows about its modules and global `[planner]` keys. */
export interface ModuleCatalog {
  engineVersion: string;
  planner: ParamSpecs;
  modules: readonly ModuleDescriptor[];
}
