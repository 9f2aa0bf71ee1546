import type { ModuleKind } from '../../../src-shared/domain/modules';
import type { AnyModule } from '../module-types';
import { buyQuantity, makeAction, sellQuantity } from '../sizing';
import { pluginDescriptor } from './plugin-descriptor';

/** Bump when the plugin API changes incompatibly; plugins can check `planner.apiVersion`. */
export const PLUGIN_API_VERSION = 1;

/** What a plugin's `register(planner)` receives (documented in plugins/README.md). */
export interface PluginApi {
  apiVersion: number;
  register(kind: ModuleKind, module: unknown): void;
  /** The lot-aware sizing helpers the built-in calculators use. */
  helpers: { buyQuantity: typeof buyQuantity; sellQuantity: typeof sellQuantity; makeAction: typeof makeAction };
}

/**
 * Turn what a plugin passed to `register(kind, module)` into a full module value for a planner
 * worker: the checked descriptor (`pluginDescriptor`) plus the plugin's code. Throws with the
 * plugin file and module name in the message.
 */
export function completePluginModule(pluginFile: string, kind: unknown, raw: unknown): { kind: ModuleKind; module: AnyModule } {
  const m = (typeof raw === 'object' && raw !== null ? raw : {}) as { run?: unknown; categoryOf?: unknown; runtimeParams?: unknown };
  const { meta, params } = pluginDescriptor(pluginFile, kind, raw, typeof m.run === 'function');
  const run = m.run as (...args: unknown[]) => unknown;
  const module = {
    meta,
    params,
    // A plugin returning something other than a list is a failure of that call (graceful
    // degradation takes over at the planner's invocation point), not a crash further down.
    run(...args: unknown[]): unknown {
      const out = run(...args);
      if (!Array.isArray(out)) throw new Error(`plugin ${meta.kind} "${meta.name}" returned ${out === null ? 'null' : typeof out}, not a list`);
      return out;
    },
    // optional hooks of the module contract (module-types.ts), passed through when given
    ...(typeof m.categoryOf === 'function' ? { categoryOf: m.categoryOf } : {}),
    ...(typeof m.runtimeParams === 'function' ? { runtimeParams: m.runtimeParams } : {}),
  } as unknown as AnyModule;
  return { kind: meta.kind, module };
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
