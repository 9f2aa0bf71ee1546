import { StudioError } from '../../../src-shared/api/errors';
import type { ModuleKind } from '../../../src-shared/domain/modules';

/**
 * A planning run that exceeded its time limit; its worker was stopped and replaced. `module` is
 * the plugin module that was running at that moment (a module stuck in a loop), if any.
 */
export class RunTimeoutError extends StudioError {
  constructor(
    readonly module: { module: string; kind: ModuleKind } | null,
    readonly timeoutMs: number,
  ) {
    super(
      'unavailable',
      module === null
        ? `The planning run exceeded its time limit of ${timeoutMs} ms and was stopped.`
        : `The ${module.kind} "${module.module}" did not return within the run's time limit of ${timeoutMs} ms; its worker was stopped.`,
    );
  }
}
