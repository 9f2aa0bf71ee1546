import type { ModuleDependency, ModuleKind, ModuleMetadata } from '../../src-shared/domain/modules';

/** Metadata of a built-in module (version 1.0.0, authored by Planner Studio). */
export function builtinMeta(
  kind: ModuleKind,
  name: string,
  description: string,
  tags: readonly string[],
  dependencies: readonly ModuleDependency[] = [],
): ModuleMetadata {
  return { name, kind, version: '1.0.0', author: 'Planner Studio', description, tags, dependencies, source: { type: 'builtin' } };
}
