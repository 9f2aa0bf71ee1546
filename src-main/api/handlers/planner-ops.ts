import { StudioError } from '../../../src-shared/api/errors';
import type { PlanRunResult } from '../../../src-shared/api/schemas/plan';
import { PlannerOps } from '../../planner/ops/planner-ops';
import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';
import { currentConfigOfBucket } from '../use-cases/buckets';
import { compareUseCase, dryRunUseCase, planUseCase, sweepUseCase, type PlannerRunDeps } from '../use-cases/planner-runs';
import { getRun } from '../use-cases/runs';

type PlannerOpsMethod =
  | 'planner.plan'
  | 'planner.cancel'
  | 'planner.dryRun'
  | 'planner.health'
  | 'planner.performance'
  | 'planner.plugins'
  | 'planner.docs'
  | 'planner.compare'
  | 'planner.sweep';

export function plannerOpsHandlers(ctx: StudioContext): HandlersOf<PlannerOpsMethod> {
  const deps: PlannerRunDeps = { store: ctx.store, ops: ctx.ops, publish: (e) => ctx.events.publish(e) };
  return {
    'planner.plan': (req) => planUseCase(deps, req),
    'planner.cancel': async ({ runId }) => ({ cancelled: ctx.ops.cancel(runId) }),
    'planner.dryRun': (req) => dryRunUseCase(deps, req),
    'planner.health': async ({ toml, bucket }) => {
      let config: { label: string; toml: string } | undefined;
      if (toml !== undefined) config = { label: 'the strategy', toml };
      else if (bucket !== undefined) {
        const v = currentConfigOfBucket(ctx.store, bucket);
        config = { label: `bucket ${bucket} (${v.name} v${v.version})`, toml: v.configToml };
      }
      return ctx.ops.health({
        config,
        pingStore: () => void ctx.store.db.read((sql) => sql.get('SELECT 1 AS ok')),
        storeRecovery: ctx.store.db.recovery,
        storeCompactionError: ctx.store.db.compactionError,
      });
    },
    'planner.performance': async ({ runId }) => {
      const live = ctx.ops.performance(runId);
      if (live !== undefined) return live;
      if (runId === undefined) throw new StudioError('not_found', 'No planning run has finished in this session yet.');
      // a run of an earlier session: rebuild the report from its recorded result
      const run = getRun(ctx.store, runId);
      if (run.result === null) throw new StudioError('not_found', `Run "${runId}" has no recorded result to report on.`);
      return PlannerOps.reportOf(run.result as PlanRunResult, run.bucket);
    },
    'planner.plugins': () => ctx.ops.plugins(),
    'planner.docs': async () => ({ markdown: await ctx.ops.docs() }),
    'planner.compare': (req) => compareUseCase(deps, req),
    'planner.sweep': (req) => sweepUseCase(deps, req),
  };
}
