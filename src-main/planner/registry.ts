import { MODULE_KINDS, type ModuleCatalog, type ModuleKind } from '../../src-shared/domain/modules';
import type { AnyModule, ModuleOfKind } from './module-types';
import { ENGINE_VERSION, PLANNER_PARAMS } from './planner-params';

/** Module names and versions, as built-ins are registered and plugin descriptors are checked. */
export const MODULE_NAME = /^[a-z][a-z0-9_]{0,63}$/;
export const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/**
 * The four registries (one per module kind), name → module. Registration order is execution
 * order. Registering a second module under a taken name is an error, as in the source.
 */
export class ModuleRegistry {
  private readonly byKind: { [K in ModuleKind]: Map<string, ModuleOfKind[K]> } = {
    calculator: new Map(),
    pattern: new Map(),
    sequence_generator: new Map(),
    filter: new Map(),
  };

  register<K extends ModuleKind>(kind: K, module: ModuleOfKind[K]): void {
    const name = module?.meta?.name;
    if (typeof name !== 'string' || !MODULE_NAME.test(name)) {
      throw new Error(`Cannot register ${kind} "${String(name)}": names are lower_snake_case (a-z, 0-9, _).`);
    }
    if (module.meta.kind !== kind) throw new Error(`Cannot register "${name}" as a ${kind}: its metadata says ${module.meta.kind}.`);
    if (!SEMVER.test(module.meta.version)) throw new Error(`Cannot register ${kind} "${name}": version "${module.meta.version}" is not semver.`);
    if (typeof module.run !== 'function') throw new Error(`Cannot register ${kind} "${name}": it has no run function.`);
    const map = this.byKind[kind];
    if (map.has(name)) throw new Error(`A ${kind} named "${name}" is already registered.`);
    map.set(name, module);
  }

  get<K extends ModuleKind>(kind: K, name: string): ModuleOfKind[K] | undefined {
    return this.byKind[kind].get(name);
  }

  list<K extends ModuleKind>(kind: K): ModuleOfKind[K][] {
    return [...this.byKind[kind].values()];
  }

  all(): AnyModule[] {
    return MODULE_KINDS.flatMap((kind) => this.list(kind) as AnyModule[]);
  }

  catalog(): ModuleCatalog {
    return {
      engineVersion: ENGINE_VERSION,
      planner: PLANNER_PARAMS,
      modules: this.all().map((m) => ({ meta: m.meta, params: m.params })),
    };
  }
}
