import type { ModuleCatalog } from '../../src-shared/domain/modules';
import type { ConfigProblem } from '../../src-shared/domain/problems';
import { validateStrategy } from '../../src-shared/config/validate';
import { createBuiltinRegistry } from '../planner/builtins';

let cached: ModuleCatalog | undefined;

/**
 * The catalog of the built-in modules only, for callers that do not load plugins: CLI commands
 * that validate nothing plugin-specific and the bench. The app and the CLI's import validate with
 * `PlannerService` (built-ins + plugins).
 */
export function builtinCatalog(): ModuleCatalog {
  return (cached ??= createBuiltinRegistry().catalog());
}

export function validateWithBuiltins(toml: string): ConfigProblem[] {
  return validateStrategy(toml, builtinCatalog()).problems;
}
