import { describe, expect, it } from 'vitest';
import type { SequenceEstimate } from '../../../src-shared/api/schemas/planner-ops';
import { estimateMatrix } from './estimate-matrix';

const e = (module: string, kind: SequenceEstimate['kind'], depth: number | null, maxSequences: number, note = ''): SequenceEstimate => ({ module, kind, depth, maxSequences, note });

describe('estimateMatrix', () => {
  it('puts each module on one row with a column per depth and a total', () => {
    const m = estimateMatrix([
      e('direct_buy', 'pattern', 1, 1),
      e('direct_buy', 'pattern', 3, 4),
      e('rebalance', 'pattern', 2, 6),
      e('combinatorial', 'sequence_generator', null, 120, 'capped'),
    ]);
    expect(m.depths).toEqual([1, 2, 3]);
    expect(m.rows).toEqual([
      { module: 'direct_buy', kind: 'pattern', once: null, byDepth: [1, null, 4], total: 5, notes: [] },
      { module: 'rebalance', kind: 'pattern', once: null, byDepth: [null, 6, null], total: 6, notes: [] },
      { module: 'combinatorial', kind: 'sequence_generator', once: 120, byDepth: [null, null, null], total: 120, notes: ['capped'] },
    ]);
  });
  it('keeps modules of the same name but different kinds apart', () => {
    expect(estimateMatrix([e('profit_taking', 'pattern', 1, 2), e('profit_taking', 'calculator', null, 5)]).rows).toHaveLength(2);
  });
});
