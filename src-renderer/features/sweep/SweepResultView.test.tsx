import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SweepPoint, SweepResult } from '../../../src-shared/api/schemas/planner-ops';
import { SweepResultView } from './SweepResultView';

const point = (values: number[], score: number | null, message: string | null = null): SweepPoint => ({
  values,
  runId: `s-${values.join('-')}`,
  status: score === null ? 'failed' : 'ok',
  endStateScore: score,
  trades: score === null ? null : 3,
  turnover: score === null ? null : 0.05,
  message,
});

describe('SweepResultView', () => {
  it('names the best point, lists failures and says how much of a cancelled grid ran', () => {
    const result: SweepResult = {
      runId: 's',
      groupId: 's',
      seed: 1,
      axes: [{ path: ['planner', 'max_depth'], values: [1, 2, 3, 4] }],
      points: [point([1], 0.61), point([2], 0.64), point([3], null, 'worker crashed')],
      cancelled: true,
    };
    const html = renderToStaticMarkup(<SweepResultView result={result} axes={[{ label: 'planner.max_depth', values: [1, 2, 3, 4] }]} onUse={() => undefined} />);
    expect(html).toContain('Cancelled: 3 of 4 points ran.');
    expect(html).toContain('Best end-state score 64.00 at planner.max_depth = 2');
    expect(html).toContain('planner.max_depth = 3: worker crashed');
    expect(html).toContain('aria-label="End-state score by planner.max_depth"');
    // One row per point that ran, each with its own "use" button.
    expect(html.match(/aria-label="Use planner.max_depth = \d"/g)).toHaveLength(3);
    expect(html).toContain('5.0%');
  });
});
