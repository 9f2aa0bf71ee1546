import { MODULE_KINDS, type ModuleCatalog, type ModuleDescriptor, type ModuleKind } from '../../src-shared/domain/modules';
import type { ModuleRegistry } from './registry';

/**
 * The main thread's registry: the built-in modules, plus plugin modules as descriptors only.
 * Plugin code is imported and run in worker threads alone, so a plugin that throws from a timer,
 * leaks or misbehaves after registering cannot do so in the main process.
 */
export class CatalogRegistry {
  private readonly plugins: Record<ModuleKind, Map<string, ModuleDescriptor>> = {
    calculator: new Map(),
    pattern: new Map(),
    sequence_generator: new Map(),
    filter: new Map(),
  };

  constructor(private readonly builtins: ModuleRegistry) {}

  has(kind: ModuleKind, name: string): boolean {
    return this.builtins.get(kind, name) !== undefined || this.plugins[kind].has(name);
  }

  /** Add a checked plugin module descriptor (plugin-descriptor.ts); a taken name is refused. */
  addPlugin(descriptor: ModuleDescriptor): void {
    const { kind, name } = descriptor.meta;
    if (this.has(kind, name)) throw new Error(`A ${kind} named "${name}" is already registered.`);
    this.plugins[kind].set(name, descriptor);
  }

  /** Built-ins then plugin modules within each kind, in registration order, as the workers run them. */
  catalog(): ModuleCatalog {
    const base = this.builtins.catalog();
    return {
      ...base,
      modules: MODULE_KINDS.flatMap((kind) => [...base.modules.filter((m) => m.meta.kind === kind), ...this.plugins[kind].values()]),
    };
  }
}
