import type { StrategyConfig } from '../../../src-shared/config/strategy';
import type { ModuleCatalog, ModuleKind, ParamValue } from '../../../src-shared/domain/modules';

export interface EffectiveParam {
  key: string;
  value: ParamValue;
  /** Written in the file (else the spec default applies). */
  fromFile: boolean;
}

/**
 * The parameters each module will run with: the catalog defaults overlaid with what the file
 * writes, keyed `kind:name`. Mirrors the engine's `defaults ← file params` merge for display.
 */
export function effectiveParams(catalog: ModuleCatalog, config: StrategyConfig): Map<string, EffectiveParam[]> {
  const out = new Map<string, EffectiveParam[]>();
  for (const m of catalog.modules) {
    const written = config.modules[m.meta.kind].find((c) => c.name === m.meta.name)?.params ?? {};
    out.set(
      moduleKey(m.meta.kind, m.meta.name),
      Object.entries(m.params).map(([key, spec]) => {
        const fromFile = Object.prototype.hasOwnProperty.call(written, key);
        return { key, value: fromFile ? (written[key] as ParamValue) : spec.default, fromFile };
      }),
    );
  }
  return out;
}

export function moduleKey(kind: ModuleKind, name: string): string {
  return `${kind}:${name}`;
}

export function formatParamValue(value: ParamValue): string {
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
}
