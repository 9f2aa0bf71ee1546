import type { ParamSource } from '../../src-shared/api/schemas/planner-ops';
import type { ParamValue } from '../../src-shared/domain/modules';
import type { ModuleConfig, PlannerSettings } from '../../src-shared/config/strategy';
import type { AnyModule, Params } from './module-types';

/** A module's resolved params and, per key, the layer its value came from. */
export interface ResolvedParams {
  values: Params;
  sources: Readonly<Record<string, ParamSource>>;
}

/**
 * A module's params for a run: spec defaults ← values injected from `[planner]` ← the file's
 * params (domain.md §8.3), so a param written in the file always wins. The dry-run shows the
 * sources; the engine uses `resolveParams`, so both come from this one merge.
 */
export function resolveParamsWithSources(
  module: Pick<AnyModule, 'params' | 'runtimeParams'>,
  config: ModuleConfig | undefined,
  settings: PlannerSettings,
): ResolvedParams {
  const values: Record<string, ParamValue> = {};
  const sources: Record<string, ParamSource> = {};
  const set = (key: string, value: ParamValue, source: ParamSource) => {
    values[key] = value;
    sources[key] = source;
  };
  for (const [key, spec] of Object.entries(module.params)) set(key, spec.default, 'default');
  const runtime = module.runtimeParams?.(settings) ?? {};
  for (const [key, value] of Object.entries(runtime)) if (key in module.params) set(key, value, 'runtime');
  for (const [key, value] of Object.entries(config?.params ?? {})) set(key, value, 'file');
  return { values, sources };
}

export function resolveParams(module: AnyModule, config: ModuleConfig | undefined, settings: PlannerSettings): Params {
  return resolveParamsWithSources(module, config, settings).values;
}
