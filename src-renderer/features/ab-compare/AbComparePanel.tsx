import { useState } from 'react';
import type { ConfigRef } from '../../../src-shared/api/schemas/planner-ops';
import type { PanelContext } from '../panels';
import { useExclusive } from '../../state/exclusive';
import { useStudio, useStudioMutation, useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useEventLogCapture } from '../activity/event-log';
import { newRunId, useRunProgress } from '../sweep/use-run-progress';
import { CompareResultView, type CompareArm } from './CompareResultView';
import { RunRecords } from './RunRecords';
import { decodeSource, newSeed, type ConfigSource } from './source';
import { SourceSelect } from './SourceSelect';
import './ab-compare.css';

export interface Comparison {
  a: CompareArm;
  b: CompareArm;
}

/**
 * A/B compare: two strategies (versions, presets or the editor text) planned on the same portfolio
 * with the same seed, side by side. Every comparison is recorded and can be shown or re-run.
 */
export function AbComparePanel({ ctx }: { ctx: PanelContext }) {
  useEventLogCapture();
  const client = useStudio();
  const portfolios = useStudioQuery('portfolios.list', {});
  const compare = useStudioMutation('planner.compare', ['runs']);
  const exclusive = useExclusive(); // the form and the re-run buttons: one comparison at a time
  // The sides are chosen for the config being edited: its versions and its editor text are
  // among the choices, so selecting another config starts again from the defaults (a choice
  // no longer offered would still run while the box showed its first option).
  const configName = ctx.config?.name ?? null;
  const [sides, setSides] = useState<{ configName: string | null; a: string | null; b: string }>({ configName, a: null, b: 'buffer' });
  const current = sides.configName === configName ? sides : { configName, a: null, b: 'buffer' };
  const { a, b } = current;
  const setA = (next: string) => setSides({ ...current, a: next });
  const setB = (next: string) => setSides({ ...current, b: next });
  const [portfolio, setPortfolio] = useState<string>('');
  const [seed, setSeed] = useState(() => String(newSeed()));
  const [runId, setRunId] = useState<string | null>(null);
  const [shown, setShown] = useState<Comparison | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const progress = useRunProgress(runId);
  const sourceA = a ?? (ctx.config ? `version:${ctx.config.id}` : 'buffer');
  const portfolioId = Number(portfolio) || portfolios.data?.[0]?.id;
  const seedNumber = Number(seed);
  const seedValid = Number.isInteger(seedNumber) && seedNumber >= 0 && seedNumber <= 0xffffffff;

  const refOf = (s: ConfigSource): ConfigRef => (s.kind === 'buffer' ? { toml: ctx.buffer } : s.kind === 'version' ? { configId: s.id } : { presetId: s.id });
  const tomlOf = async (s: ConfigSource): Promise<string> =>
    s.kind === 'buffer' ? ctx.buffer : s.kind === 'version' ? (await client.call('configs.get', { id: s.id })).configToml : (await client.call('presets.get', { id: s.id })).configToml;

  /** Runs A and B (from the form, or the texts of a recorded comparison) and shows the outcome. */
  const run = async (refs: { a: ConfigRef; b: ConfigRef; tomlA: string; tomlB: string; portfolioId?: number; seed: number }) => {
    const id = newRunId('compare');
    setRunId(id);
    setError(null);
    try {
      const result = await compare.mutateAsync({ a: refs.a, b: refs.b, portfolioId: refs.portfolioId, seed: refs.seed, runId: id });
      setShown({ a: { ...result.a, toml: refs.tomlA }, b: { ...result.b, toml: refs.tomlB } });
    } catch (e) {
      setError(e as Error);
    } finally {
      setRunId(null);
    }
  };

  const runForm = async () => {
    const sa = decodeSource(sourceA);
    const sb = decodeSource(b);
    if (!sa || !sb) return;
    const [tomlA, tomlB] = await Promise.all([tomlOf(sa), tomlOf(sb)]);
    await run({ a: refOf(sa), b: refOf(sb), tomlA, tomlB, portfolioId, seed: seedNumber });
  };

  return (
    <div className="ab-panel">
      <form
        className="ab-form"
        aria-label="Compare two strategies"
        onSubmit={(e) => {
          e.preventDefault();
          void exclusive(runForm).catch((err: Error) => setError(err));
        }}
      >
        <SourceSelect label="A" value={sourceA} onChange={setA} ctx={ctx} />
        <SourceSelect label="B" value={b} onChange={setB} ctx={ctx} />
        <label className="field">
          Portfolio
          <select value={portfolio} onChange={(e) => setPortfolio(e.target.value)}>
            {(portfolios.data ?? []).map((p) => (
              <option key={p.id} value={String(p.id)}>
                {p.name} ({p.positionCount} positions)
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Seed (same for A and B)
          <span className="seed-row">
            <input value={seed} onChange={(e) => setSeed(e.target.value)} inputMode="numeric" aria-invalid={!seedValid} aria-label="Seed" />
            <button type="button" onClick={() => setSeed(String(newSeed()))}>
              New seed
            </button>
          </span>
        </label>
        <div className="wide form-actions">
          <button type="submit" className="button-primary" disabled={runId !== null || !seedValid}>
            Run comparison
          </button>
          {runId !== null && (
            <button type="button" onClick={() => void client.call('planner.cancel', { runId })}>
              Cancel comparison
            </button>
          )}
        </div>
      </form>
      {runId !== null && (
        <div className="progress">
          <progress aria-label="Comparison progress" max={progress?.total || 1} value={progress?.done ?? 0} />
          <span className="muted">
            {progress ? `${progress.runId.endsWith('-b') ? 'B' : 'A'}: ${progress.stage} ${progress.done}/${progress.total}` : 'starting…'}
          </span>
        </div>
      )}
      {error && <ErrorBanner error={error} />}
      {shown && <CompareResultView a={shown.a} b={shown.b} />}
      <RunRecords
        busy={runId !== null}
        onShow={setShown}
        onRerun={(c, rec) =>
          void exclusive(() => run({ a: { toml: c.a.toml }, b: { toml: c.b.toml }, tomlA: c.a.toml, tomlB: c.b.toml, portfolioId: rec.portfolioId ?? undefined, seed: rec.seed }))
        }
      />
    </div>
  );
}
