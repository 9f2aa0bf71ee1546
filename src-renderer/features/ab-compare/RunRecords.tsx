import { useState } from 'react';
import { planRunResultSchema } from '../../../src-shared/api/schemas/plan';
import type { RunRecord, RunSummary } from '../../../src-shared/api/schemas/runs';
import { useStudio, useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import type { Comparison } from './AbComparePanel';
import { groupArms } from './group-arms';

/** Recorded comparisons (newest first): show one again from its records, or re-run it with the same texts, portfolio and seed. */
export function RunRecords({ busy, onShow, onRerun }: { busy: boolean; onShow(c: Comparison): void; onRerun(c: Comparison, a: RunSummary): void }) {
  const client = useStudio();
  const runs = useStudioQuery('runs.list', { kind: 'ab_arm', limit: 40 });
  const [error, setError] = useState<Error | null>(null);
  const pairs = groupArms(runs.data ?? []).slice(0, 10);

  const load = async (a: RunSummary, b: RunSummary): Promise<Comparison> => {
    const [ra, rb] = await Promise.all([client.call('runs.get', { runId: a.runId }), client.call('runs.get', { runId: b.runId })]);
    const arm = (r: RunRecord) => {
      const parsed = planRunResultSchema.safeParse(r.result);
      if (!parsed.success) throw new Error(`The record of ${r.label} holds no plan result.`);
      return { label: r.label.replace(/^[AB]: /, ''), toml: r.configToml, result: parsed.data };
    };
    return { a: arm(ra), b: arm(rb) };
  };
  const act = (a: RunSummary, b: RunSummary, then: (c: Comparison) => void) => {
    setError(null);
    load(a, b).then(then, (e: Error) => setError(e));
  };

  if (pairs.length === 0) return null;
  return (
    <section aria-label="Recorded comparisons">
      <h4 className="section-title">Recorded comparisons</h4>
      {error && <ErrorBanner error={error} />}
      <ul className="run-records">
        {pairs.map(({ a, b }) => (
          <li key={a.groupId}>
            <span>
              {new Date(a.startedAt).toLocaleString()} · {a.label} vs {b.label.replace(/^B: /, '')} · seed {a.seed}
            </span>
            <span className="form-actions">
              <button type="button" onClick={() => act(a, b, onShow)} aria-label={`Show comparison of ${a.startedAt}`}>
                Show
              </button>
              <button type="button" disabled={busy} onClick={() => act(a, b, (c) => onRerun(c, a))} aria-label={`Re-run comparison of ${a.startedAt}`}>
                Re-run
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
