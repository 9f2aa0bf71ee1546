import { MODULE_KINDS, type ModuleKind, type ParamSpec, type ParamSpecs } from '../../../src-shared/domain/modules';
import type { AnyModule, ModuleOfKind } from '../module-types';
import { buyQuantity, makeAction, sellQuantity } from '../sizing';

/** Bump when the plugin API changes incompatibly; plugins can check `planner.apiVersion`. */
export const PLUGIN_API_VERSION = 1;

/** What a plugin's `register(planner)` receives (documented in plugins/README.md). */
export interface PluginApi {
  apiVersion: number;
  register(kind: ModuleKind, module: unknown): void;
  /** The lot-aware sizing helpers the built-in calculators use. */
  helpers: { buyQuantity: typeof buyQuantity; sellQuantity: typeof sellQuantity; makeAction: typeof makeAction };
}

const PARAM_TYPES = new Set(['number', 'integer', 'boolean', 'string', 'number[]', 'string[]']);

function fail(where: string, message: string): never {
  throw new Error(`${where}: ${message}`);
}

function checkDefault(where: string, spec: ParamSpec): void {
  const d = spec.default;
  const ok =
    spec.type === 'number' ? typeof d === 'number' && Number.isFinite(d)
    : spec.type === 'integer' ? Number.isInteger(d)
    : spec.type === 'boolean' ? typeof d === 'boolean'
    : spec.type === 'string' ? typeof d === 'string'
    : spec.type === 'number[]' ? Array.isArray(d) && d.every((x) => typeof x === 'number' && Number.isFinite(x))
    : Array.isArray(d) && d.every((x) => typeof x === 'string');
  if (!ok) fail(where, `default ${JSON.stringify(d)} is not a ${spec.type}`);
  const nums = typeof d === 'number' ? [d] : Array.isArray(d) && spec.type === 'number[]' ? (d as number[]) : [];
  for (const n of nums) {
    if (spec.min !== undefined && n < spec.min) fail(where, `default ${n} is below its min ${spec.min}`);
    if (spec.max !== undefined && n > spec.max) fail(where, `default ${n} is above its max ${spec.max}`);
  }
}

function checkParams(where: string, raw: unknown): ParamSpecs {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(where, 'params must be an object of parameter specs');
  for (const [key, spec] of Object.entries(raw as Record<string, unknown>)) {
    const at = `${where}: param "${key}"`;
    if (!/^[a-z][a-z0-9_]*$/.test(key)) fail(at, 'parameter names are lower_snake_case');
    if (typeof spec !== 'object' || spec === null) fail(at, 'must be a spec object { type, default, description }');
    const s = spec as ParamSpec;
    if (!PARAM_TYPES.has(s.type)) fail(at, `type must be one of ${[...PARAM_TYPES].join(', ')}, got ${JSON.stringify(s.type)}`);
    if (typeof s.description !== 'string' || s.description.trim() === '') fail(at, 'needs a description');
    if (s.min !== undefined && s.max !== undefined && s.min > s.max) fail(at, `min ${s.min} is above max ${s.max}`);
    checkDefault(at, s);
  }
  return raw as ParamSpecs;
}

/**
 * Turn what a plugin passed to `register(kind, module)` into a full module value: metadata
 * completed (kind, source = the plugin file, defaults for author/tags/dependencies), params
 * checked so they are safe for validation, the JSON Schema and the docs. Throws with the plugin
 * file and module name in the message.
 */
export function completePluginModule(pluginFile: string, kind: unknown, raw: unknown): { kind: ModuleKind; module: AnyModule } {
  if (!MODULE_KINDS.includes(kind as ModuleKind)) {
    fail(pluginFile, `register() kind must be one of ${MODULE_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
  }
  if (typeof raw !== 'object' || raw === null) fail(pluginFile, 'register() needs a module object { meta, params, run }');
  const m = raw as { meta?: Record<string, unknown>; params?: unknown; run?: unknown; categoryOf?: unknown; runtimeParams?: unknown };
  const meta = m.meta ?? {};
  const name = typeof meta.name === 'string' ? meta.name : fail(pluginFile, 'a module needs meta.name');
  const where = `${pluginFile}: ${kind as string} "${name}"`;
  if (typeof meta.version !== 'string') fail(where, 'needs meta.version (semver, e.g. "1.0.0")');
  if (typeof meta.description !== 'string' || meta.description.trim() === '') fail(where, 'needs meta.description');
  if (typeof m.run !== 'function') fail(where, 'needs a run function');
  const tags = Array.isArray(meta.tags) ? meta.tags.filter((t): t is string => typeof t === 'string') : [];
  const dependencies = Array.isArray(meta.dependencies) ? (meta.dependencies as AnyModule['meta']['dependencies']) : [];
  const run = m.run as (...args: unknown[]) => unknown;
  const module = {
    meta: {
      name,
      kind: kind as ModuleKind,
      version: meta.version,
      author: typeof meta.author === 'string' ? meta.author : 'unknown',
      description: meta.description,
      tags,
      dependencies,
      source: { type: 'plugin' as const, plugin: pluginFile },
    },
    params: checkParams(where, m.params),
    // A plugin returning something other than a list is a failure of that call (graceful
    // degradation takes over at the planner's invocation point), not a crash further down.
    run(...args: unknown[]): unknown {
      const out = run(...args);
      if (!Array.isArray(out)) throw new Error(`plugin ${kind as string} "${name}" returned ${out === null ? 'null' : typeof out}, not a list`);
      return out;
    },
    // optional hooks of the module contract (module-types.ts), passed through when given
    ...(typeof m.categoryOf === 'function' ? { categoryOf: m.categoryOf } : {}),
    ...(typeof m.runtimeParams === 'function' ? { runtimeParams: m.runtimeParams } : {}),
  } as unknown as ModuleOfKind[ModuleKind];
  return { kind: kind as ModuleKind, module };
}

/** The API object handed to a plugin; modules are staged so a plugin registers all or nothing. */
export function stagingApi(pluginFile: string, staged: { kind: ModuleKind; module: AnyModule }[]): PluginApi {
  return {
    apiVersion: PLUGIN_API_VERSION,
    register(kind, module) {
      staged.push(completePluginModule(pluginFile, kind, module));
    },
    helpers: { buyQuantity, sellQuantity, makeAction },
  };
}
