import type { ModuleKind } from '../../../src-shared/domain/modules';
import type { AnyModule } from '../module-types';
import { ModuleRegistry } from '../registry';

/**
 * Which plugin module a planner worker is running right now, readable from the main thread
 * without the worker's help (a module stuck in a loop never answers): slot 0 of a shared
 * Int32Array holds 1 + the module's index in `modules`, or 0.
 */
export interface RunningModuleTable {
  buffer: SharedArrayBuffer;
  modules: { module: string; kind: ModuleKind }[];
}

/** A registry like `source` whose plugin modules mark themselves in the table while they run. */
export function withPluginWatch(source: ModuleRegistry): { registry: ModuleRegistry; table: RunningModuleTable } {
  const table: RunningModuleTable = { buffer: new SharedArrayBuffer(4), modules: [] };
  const running = new Int32Array(table.buffer);
  const out = new ModuleRegistry();
  for (const m of source.all()) {
    let module: AnyModule = m;
    if (m.meta.source.type === 'plugin') {
      const mark = table.modules.push({ module: m.meta.name, kind: m.meta.kind });
      const run = m.run as (...args: unknown[]) => unknown;
      module = {
        ...m,
        run: (...args: unknown[]) => {
          Atomics.store(running, 0, mark);
          try {
            return run(...args);
          } finally {
            Atomics.store(running, 0, 0);
          }
        },
      } as AnyModule;
    }
    out.register(m.meta.kind, module as never);
  }
  return { registry: out, table };
}

/** The plugin module marked as running in a table, or null. */
export function runningModule(table: { buffer: SharedArrayBuffer; modules: RunningModuleTable['modules'] }): { module: string; kind: ModuleKind } | null {
  const mark = Atomics.load(new Int32Array(table.buffer), 0);
  return table.modules[mark - 1] ?? null;
}
