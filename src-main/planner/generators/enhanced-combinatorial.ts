import type { ActionCandidate } from '../../../src-shared/domain/plan';
import { builtinMeta } from '../builtin-meta';
import type { PlanningContext, SequenceGeneratorModule } from '../module-types';
import { num } from '../params';
import type { Rng } from '../rng';
import { COMBINATION_PARAMS, combinationRuntime, splitCandidates } from './combinations';

/** Sampling weights: priorities normalised to 0–1, squared, +0.1 (all equal ⇒ uniform). */
export function samplingWeights(items: readonly ActionCandidate[]): number[] {
  if (items.length === 0) return [];
  const ps = items.map((a) => a.priority);
  const lo = Math.min(...ps);
  const hi = Math.max(...ps);
  if (hi === lo) return items.map(() => 1 / items.length);
  const raw = ps.map((x) => ((x - lo) / (hi - lo)) ** 2 + 0.1);
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => w / sum);
}

function draw(items: readonly ActionCandidate[], weights: readonly number[], count: number, rng: Rng): ActionCandidate[] {
  const out: ActionCandidate[] = [];
  for (let k = 0; k < count; k++) {
    let r = rng.next();
    let i = 0;
    while (i < weights.length - 1 && r >= weights[i]!) r -= weights[i++]!;
    out.push(items[i]!);
  }
  return out;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function profile(seq: readonly ActionCandidate[], ctx: PlanningContext): { countries: Set<string>; industries: Set<string> } {
  const countries = new Set<string>();
  const industries = new Set<string>();
  for (const a of seq) {
    const i = ctx.model.index.get(a.symbol);
    if (i === undefined) continue;
    const s = ctx.model.securities[i]!;
    if (s.country) countries.add(s.country);
    for (const ind of ctx.model.industries[i]!) industries.add(ind);
  }
  return { countries, industries };
}

export const enhancedCombinatorialGenerator: SequenceGeneratorModule = {
  meta: builtinMeta(
    'sequence_generator',
    'enhanced_combinatorial',
    'Weighted random combinations: draws 1..max_sells sells and 1..max_buys buys (priority-weighted, with replacement, de-duplicated by symbol) for up to 3 × max_combinations attempts, rejecting a draw whose country and industry sets both overlap > 80% (Jaccard) with one of the last 10 accepted. Uses the run\'s seeded RNG, so the same seed gives the same sequences.',
    ['combination', 'random'],
    [{ kind: 'pattern', reason: 'combinatorial search complements the pattern generators; enable at least one' }],
  ),
  params: COMBINATION_PARAMS,
  runtimeParams: combinationRuntime,
  run({ opportunities }, p, ctx) {
    const { sells, buys } = splitCandidates(opportunities, num(p, 'priority_threshold'), num(p, 'max_candidates'));
    const sellW = samplingWeights(sells);
    const buyW = samplingWeights(buys);
    const maxCombos = num(p, 'max_combinations');
    const maxSteps = num(p, 'max_steps');
    const maxSells = Math.min(num(p, 'max_sells'), sells.length);
    const maxBuys = Math.min(num(p, 'max_buys'), buys.length);
    const out: ActionCandidate[][] = [];
    const recent: { countries: Set<string>; industries: Set<string> }[] = [];
    const seen = new Set<string>();
    for (let attempt = 0; attempt < 3 * maxCombos && out.length < maxCombos; attempt++) {
      const ns = maxSells > 0 ? ctx.rng.int(1, maxSells) : 0;
      const nb = maxBuys > 0 ? ctx.rng.int(1, maxBuys) : 0;
      if (ns + nb === 0 || ns + nb > maxSteps) continue;
      const picked = [...draw(sells, sellW, ns, ctx.rng), ...draw(buys, buyW, nb, ctx.rng)];
      const symbols = new Set<string>();
      const seq = picked.filter((a) => (symbols.has(a.symbol) ? false : (symbols.add(a.symbol), true)));
      const key = seq.map((a) => `${a.side}:${a.symbol}`).join('|');
      if (seen.has(key)) continue;
      const prof = profile(seq, ctx);
      if (recent.some((r) => jaccard(r.countries, prof.countries) > 0.8 && jaccard(r.industries, prof.industries) > 0.8)) continue;
      seen.add(key);
      out.push(seq);
      recent.push(prof);
      if (recent.length > 10) recent.shift();
    }
    return out;
  },
};
