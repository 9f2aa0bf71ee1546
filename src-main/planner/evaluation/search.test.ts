import { describe, expect, it } from 'vitest';
import { beamSearch, dominates, type Candidate } from './search';

const cand = (index: number, score: number, diversification = 0.5, risk = 0.5, cost = 10): Candidate => ({ index, score, diversification, risk, cost });

describe('beam search', () => {
  it('keeps the best beam_width and stops on a plateau after a batch that changed nothing', () => {
    // scores fall with the index: the first is the best; the beam (10) fills in two batches of 5
    // (improving, so no plateau), the third batch changes nothing: plateau 5 → stop after 15 of 30
    const order = Array.from({ length: 30 }, (_, i) => i);
    const result = beamSearch(order, (i) => cand(i, 1 - i / 100), { beamWidth: 10, multiObjective: false });
    expect(result.evaluated).toBe(15);
    expect(result.stoppedEarly).toBe(true);
    expect(result.beam.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps going while results improve', () => {
    const order = Array.from({ length: 30 }, (_, i) => i);
    const result = beamSearch(order, (i) => cand(i, i / 100), { beamWidth: 3, multiObjective: false });
    expect(result.evaluated).toBe(30);
    expect(result.beam.map((c) => c.index)).toEqual([29, 28, 27]);
  });

  it('evaluates at least min(10, N) before stopping', () => {
    const calls: number[] = [];
    beamSearch([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], (i) => (calls.push(i), cand(i, i === 0 ? 1 : 0)), { beamWidth: 1, multiObjective: false });
    // batch 1 changes the beam; batch 2: nothing changed, plateau 9, evaluated 10 → stop
    expect(calls).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('Pareto dominance: ≥ on score, diversification, risk, ≤ on cost, strictly better once', () => {
    expect(dominates(cand(0, 0.6), cand(1, 0.5))).toBe(true);
    expect(dominates(cand(0, 0.5), cand(1, 0.5))).toBe(false);
    expect(dominates(cand(0, 0.6, 0.5, 0.5, 20), cand(1, 0.5))).toBe(false);
    expect(dominates(cand(0, 0.5, 0.5, 0.5, 5), cand(1, 0.5))).toBe(true);
  });

  it('multi-objective beam keeps non-dominated sequences, best end score first', () => {
    const list = [cand(0, 0.5, 0.5), cand(1, 0.6, 0.4), cand(2, 0.4, 0.4), cand(3, 0.55, 0.6)];
    const result = beamSearch([0, 1, 2, 3], (i) => list[i]!, { beamWidth: 10, multiObjective: true });
    // 2 is dominated by 0; 3 dominates 0
    expect(result.beam.map((c) => c.index)).toEqual([1, 3]);
  });
});
