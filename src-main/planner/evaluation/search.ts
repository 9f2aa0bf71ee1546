/**
 * Beam search over sequences (domain.md §4.8): sequences are taken by descending sum of action
 * priorities, evaluated in batches of 5; the beam keeps the best `beamWidth`. Single-objective: a
 * result enters if the beam is not full or it beats the beam's worst. Multi-objective: a Pareto
 * beam (higher end score, diversification and risk score, lower cost), members dominated by the
 * newcomer leave, a dominated newcomer stays out, sorted by end score. A plateau counter grows
 * with every result that does not improve the beam and resets on a new best; the search stops after a
 * batch when at least min(10, N) were evaluated, the batch changed nothing and the plateau is ≥ 5.
 */
export interface Candidate {
  index: number;
  score: number;
  diversification: number;
  risk: number;
  cost: number;
}

export interface SearchOptions {
  beamWidth: number;
  multiObjective: boolean;
  batchSize?: number;
  /** Called after each batch; return false to stop (cancellation). */
  onBatch?: (evaluated: number, total: number) => void;
  onNewBest?: (best: Candidate) => void;
}

export interface SearchResult {
  beam: Candidate[];
  evaluated: number;
  stoppedEarly: boolean;
}

export function dominates(a: Candidate, b: Candidate): boolean {
  const geq = a.score >= b.score && a.diversification >= b.diversification && a.risk >= b.risk && a.cost <= b.cost;
  const better = a.score > b.score || a.diversification > b.diversification || a.risk > b.risk || a.cost < b.cost;
  return geq && better;
}

const byScore = (a: Candidate, b: Candidate) => b.score - a.score || a.index - b.index;

export function beamSearch(order: readonly number[], evaluate: (index: number) => Candidate, options: SearchOptions): SearchResult {
  const batchSize = options.batchSize ?? 5;
  let beam: Candidate[] = [];
  let best = Number.NEGATIVE_INFINITY;
  let plateau = 0;
  let evaluated = 0;
  const minEvaluated = Math.min(10, order.length);
  for (let start = 0; start < order.length; start += batchSize) {
    let changed = false;
    for (const index of order.slice(start, start + batchSize)) {
      const c = evaluate(index);
      evaluated++;
      let improved: boolean;
      if (options.multiObjective) {
        if (beam.some((b) => dominates(b, c))) improved = false;
        else {
          beam = beam.filter((b) => !dominates(c, b));
          beam.push(c);
          beam.sort(byScore);
          beam.length = Math.min(beam.length, options.beamWidth);
          improved = beam.includes(c);
        }
      } else if (beam.length < options.beamWidth || c.score > beam[beam.length - 1]!.score) {
        beam.push(c);
        beam.sort(byScore);
        beam.length = Math.min(beam.length, options.beamWidth);
        improved = true;
      } else improved = false;
      changed ||= improved;
      if (c.score > best) {
        best = c.score;
        plateau = 0;
        options.onNewBest?.(c);
      } else if (!improved) plateau++;
    }
    options.onBatch?.(evaluated, order.length);
    if (evaluated >= minEvaluated && !changed && plateau >= 5) return { beam, evaluated, stoppedEarly: evaluated < order.length };
  }
  return { beam, evaluated, stoppedEarly: false };
}
