import type { ModuleCatalog } from '../../src-shared/domain/modules';
import type { ConfigProblem } from '../../src-shared/domain/problems';
import { validateStrategy } from '../../src-shared/config/validate';
import { createBuiltinRegistry } from '../planner/builtins';

let cached: ModuleCatalog | undefined;

/**
 * The catalog of the built-in modules (no plugins). The store's validation port and
 * `configs.diff` use it until `StudioContext.planner` (PlannerService, with plugins) exists;
 * then they should take `ctx.planner.catalog()` / `ctx.planner.validate()` instead.
 */
export function builtinCatalog(): ModuleCatalog {
  return (cached ??= createBuiltinRegistry().catalog());
}

export function validateWithBuiltins(toml: string): ConfigProblem[] {
  return validateStrategy(toml, builtinCatalog()).problems;
}
