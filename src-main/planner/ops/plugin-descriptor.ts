import {
  MODULE_KINDS,
  type ModuleDependency,
  type ModuleDescriptor,
  type ModuleKind,
  type ParamSpec,
  type ParamSpecs,
} from '../../../src-shared/domain/modules';
import { MODULE_NAME, SEMVER } from '../registry';

const PARAM_TYPES = new Set<unknown>(['number', 'integer', 'boolean', 'string', 'number[]', 'string[]']);

function fail(where: string, message: string): never {
  throw new Error(`${where}: ${message}`);
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function checkDefault(where: string, spec: ParamSpec): void {
  const d = spec.default;
  const ok =
    spec.type === 'number' ? typeof d === 'number' && Number.isFinite(d)
    : spec.type === 'integer' ? Number.isInteger(d)
    : spec.type === 'boolean' ? typeof d === 'boolean'
    : spec.type === 'string' ? typeof d === 'string'
    : spec.type === 'number[]' ? Array.isArray(d) && d.every((x) => typeof x === 'number' && Number.isFinite(x))
    : isStrings(d);
  if (!ok) fail(where, `default ${JSON.stringify(d)} is not a ${spec.type}`);
  const nums = typeof d === 'number' ? [d] : spec.type === 'number[]' ? (d as number[]) : [];
  for (const n of nums) {
    if (spec.min !== undefined && n < spec.min) fail(where, `default ${n} is below its min ${spec.min}`);
    if (spec.max !== undefined && n > spec.max) fail(where, `default ${n} is above its max ${spec.max}`);
  }
  const strings = typeof d === 'string' ? [d] : spec.type === 'string[]' ? (d as string[]) : [];
  for (const s of strings) if (spec.enum !== undefined && !spec.enum.includes(s)) fail(where, `default "${s}" is not one of its enum`);
}

/** A clean copy of one parameter spec (only the fields the catalog knows), checked. */
function checkParam(at: string, raw: unknown): ParamSpec {
  if (!isRecord(raw)) fail(at, 'must be a spec object { type, default, description }');
  if (!PARAM_TYPES.has(raw.type)) fail(at, `type must be one of ${[...PARAM_TYPES].join(', ')}, got ${JSON.stringify(raw.type)}`);
  if (typeof raw.description !== 'string' || raw.description.trim() === '') fail(at, 'needs a description');
  for (const bound of ['min', 'max'] as const) {
    const v = raw[bound];
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v))) fail(at, `${bound} must be a finite number`);
  }
  if (raw.enum !== undefined && !isStrings(raw.enum)) fail(at, 'enum must be a list of strings');
  if (raw.unit !== undefined && typeof raw.unit !== 'string') fail(at, 'unit must be a string');
  const spec = {
    type: raw.type,
    default: raw.default,
    description: raw.description,
    ...(raw.min !== undefined ? { min: raw.min } : {}),
    ...(raw.max !== undefined ? { max: raw.max } : {}),
    ...(raw.enum !== undefined ? { enum: raw.enum } : {}),
    ...(raw.unit !== undefined ? { unit: raw.unit } : {}),
  } as ParamSpec;
  if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) fail(at, `min ${spec.min} is above max ${spec.max}`);
  checkDefault(at, spec);
  return spec;
}

function checkParams(where: string, raw: unknown): ParamSpecs {
  if (raw === undefined) return {};
  if (!isRecord(raw)) fail(where, 'params must be an object of parameter specs');
  const out: Record<string, ParamSpec> = {};
  for (const [key, spec] of Object.entries(raw)) {
    const at = `${where}: param "${key}"`;
    if (!/^[a-z][a-z0-9_]*$/.test(key)) fail(at, 'parameter names are lower_snake_case');
    out[key] = checkParam(at, spec);
  }
  return out;
}

function checkDependencies(where: string, raw: unknown): ModuleDependency[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) fail(where, 'meta.dependencies must be a list of { kind, anyOf?, reason }');
  return raw.map((d: unknown, i) => {
    const at = `${where}: dependency ${i + 1}`;
    if (!isRecord(d)) fail(at, 'must be an object { kind, anyOf?, reason }');
    if (!MODULE_KINDS.includes(d.kind as ModuleKind)) fail(at, `kind must be one of ${MODULE_KINDS.join(', ')}, got ${JSON.stringify(d.kind)}`);
    if (d.anyOf !== undefined && !isStrings(d.anyOf)) fail(at, 'anyOf must be a list of module names');
    if (typeof d.reason !== 'string') fail(at, 'needs a reason');
    return { kind: d.kind as ModuleKind, ...(d.anyOf !== undefined ? { anyOf: d.anyOf } : {}), reason: d.reason };
  });
}

/**
 * Check what a plugin passed to `register(kind, module)` and complete it into the descriptor the
 * catalog, validation, the JSON Schema and the docs read: metadata completed (kind, source = the
 * plugin file, defaults for author/tags/dependencies), params checked, only known fields kept.
 * `hasRun` says whether the module has a run function: the main thread gets descriptors from the
 * probe worker and never sees the function itself. Throws with the plugin file and module name
 * in the message.
 */
export function pluginDescriptor(pluginFile: string, kind: unknown, raw: unknown, hasRun: boolean): ModuleDescriptor {
  if (!MODULE_KINDS.includes(kind as ModuleKind)) {
    fail(pluginFile, `register() kind must be one of ${MODULE_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
  }
  if (!isRecord(raw)) fail(pluginFile, 'register() needs a module object { meta, params, run }');
  const meta = isRecord(raw.meta) ? raw.meta : {};
  const name = typeof meta.name === 'string' ? meta.name : fail(pluginFile, 'a module needs meta.name');
  const where = `${pluginFile}: ${kind as string} "${name}"`;
  if (!MODULE_NAME.test(name)) fail(where, 'names are lower_snake_case (a-z, 0-9, _), at most 64 characters');
  if (typeof meta.version !== 'string' || !SEMVER.test(meta.version)) fail(where, 'needs meta.version (semver, e.g. "1.0.0")');
  if (typeof meta.description !== 'string' || meta.description.trim() === '') fail(where, 'needs meta.description');
  if (!hasRun) fail(where, 'needs a run function');
  if (meta.author !== undefined && typeof meta.author !== 'string') fail(where, 'meta.author must be a string');
  if (meta.tags !== undefined && !isStrings(meta.tags)) fail(where, 'meta.tags must be a list of strings');
  return {
    meta: {
      name,
      kind: kind as ModuleKind,
      version: meta.version,
      author: meta.author ?? 'unknown',
      description: meta.description,
      tags: meta.tags ?? [],
      dependencies: checkDependencies(where, meta.dependencies),
      source: { type: 'plugin', plugin: pluginFile },
    },
    params: checkParams(where, raw.params),
  };
}
