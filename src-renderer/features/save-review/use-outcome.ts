import { useEffect, useState } from 'react';
import type { PlanRunResult } from '../../../src-shared/api/schemas/plan';
import { useStudio } from '../../state/studio-provider';

/** Both arms plan with this seed, so the only difference between them is the config. */
export const OUTCOME_SEED = 1;

export type Outcome =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; saved: PlanRunResult; edited: PlanRunResult }
  | { state: 'failed'; error: Error };

/**
 * Plans the portfolio with the saved version and with the edited text, on the same seed. Called
 * directly rather than as a cached query: every finished plan makes the planner's queries stale,
 * which would plan again in a loop. Closing the review cancels runs still going.
 */
export function useOutcome(configId: number, editedToml: string, portfolioId: number | null, bucket: string | null, enabled: boolean): Outcome {
  const client = useStudio();
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  useEffect(() => {
    if (!enabled || portfolioId === null) {
      setOutcome({ state: 'idle' });
      return;
    }
    let live = true;
    const ids = [crypto.randomUUID(), crypto.randomUUID()] as const;
    const common = { portfolioId, seed: OUTCOME_SEED, bucket };
    setOutcome({ state: 'running' });
    Promise.all([
      client.call('planner.plan', { ...common, configId, runId: ids[0] }),
      client.call('planner.plan', { ...common, toml: editedToml, runId: ids[1] }),
    ]).then(
      ([saved, edited]) => live && setOutcome({ state: 'done', saved, edited }),
      (error: Error) => live && setOutcome({ state: 'failed', error }),
    );
    return () => {
      live = false;
      for (const runId of ids) client.call('planner.cancel', { runId }).catch(() => undefined);
    };
  }, [client, configId, editedToml, portfolioId, bucket, enabled]);
  return outcome;
}
