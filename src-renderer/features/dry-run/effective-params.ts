import type { DryRunReport, ParamSource } from '../../../src-shared/api/schemas/planner-ops';
import type { ModuleKind, ParamValue } from '../../../src-shared/domain/modules';

export interface EffectiveParam {
  key: string;
  value: ParamValue;
  source: ParamSource;
}

/** How each source reads in the table's tooltips and legend. */
export const PARAM_SOURCE_LABEL: Readonly<Record<ParamSource, string>> = {
  file: 'set in the file',
  runtime: 'from [planner]',
  default: 'module default',
};

/**
 * A module's parameters as the dry-run resolved them (by the engine's own merge, main side), in
 * the engine's order, each with where its value comes from.
 */
export function effectiveParams(module: DryRunReport['modules'][number]): EffectiveParam[] {
  return Object.entries(module.resolvedParams).map(([key, value]) => ({ key, value, source: module.paramSources[key] ?? 'default' }));
}

export function moduleKey(kind: ModuleKind, name: string): string {
  return `${kind}:${name}`;
}

export function formatParamValue(value: ParamValue): string {
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
}
