import type { ParamValue } from '../../src-shared/domain/modules';
import type { ModuleConfig, PlannerSettings } from '../../src-shared/config/strategy';
import type { AnyModule, Params } from './module-types';

/**
 * A module's params for a run: spec defaults ← values injected from `[planner]` ← the file's
 * params (domain.md §8.3), so a param written in the file always wins.
 */
export function resolveParams(module: AnyModule, config: ModuleConfig | undefined, settings: PlannerSettings): Params {
  const out: Record<string, ParamValue> = {};
  for (const [key, spec] of Object.entries(module.params)) out[key] = spec.default;
  const runtime = module.runtimeParams?.(settings) ?? {};
  for (const [key, value] of Object.entries(runtime)) if (key in module.params) out[key] = value;
  Object.assign(out, config?.params ?? {});
  return out;
}
