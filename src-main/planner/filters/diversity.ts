import type { ActionSequence } from '../../../src-shared/domain/plan';
import { builtinMeta } from '../builtin-meta';
import type { FilterModule, PlanningContext } from '../module-types';
import { num } from '../params';

/**
 * Diversity of one sequence, 0–1: 0.4 × unique symbols / length + 0.3 × (1 − largest share of one
 * country) + 0.3 × unique tags / min(length, 5). Countries are the securities' real countries (the
 * source used the first two letters of the symbol as a placeholder).
 */
export function sequenceDiversity(seq: ActionSequence, ctx: PlanningContext): number {
  const n = seq.actions.length;
  if (n === 0) return 0;
  const symbols = new Set<string>();
  const tags = new Set<string>();
  const countries = new Map<string, number>();
  for (const a of seq.actions) {
    symbols.add(a.symbol);
    for (const t of a.tags) tags.add(t);
    const i = ctx.model.index.get(a.symbol);
    const country = (i === undefined ? null : ctx.model.securities[i]!.country) ?? 'OTHER';
    countries.set(country, (countries.get(country) ?? 0) + 1);
  }
  const maxShare = Math.max(...countries.values()) / n;
  return Math.min(1, 0.4 * (symbols.size / n) + 0.3 * (1 - maxShare) + 0.3 * (tags.size / Math.min(n, 5)));
}

export const diversityFilter: FilterModule = {
  meta: builtinMeta(
    'filter',
    'diversity',
    'Ranks sequences by (1 − w) × mean priority + w × diversity, drops those below min_diversity_score and keeps the best max_sequences, which bounds how many are evaluated. Runs after eligibility and recently_traded so the cap keeps only tradeable sequences. diversity_weight defaults to the [planner] diversity_weight.',
    ['diversity', 'cap'],
  ),
  params: {
    diversity_weight: { type: 'number', default: 0.3, min: 0, max: 1, description: 'Weight of diversity against priority.' },
    max_sequences: { type: 'integer', default: 50, min: 1, max: 1000, description: 'Most sequences kept.' },
    min_diversity_score: { type: 'number', default: 0, min: 0, max: 1, description: 'Sequences less diverse than this are dropped.' },
  },
  runtimeParams: (s) => ({ diversity_weight: s.diversity_weight }),
  run(sequences, p, ctx) {
    const w = num(p, 'diversity_weight');
    const min = num(p, 'min_diversity_score');
    const ranked = sequences
      .map((seq, order) => {
        const diversity = sequenceDiversity(seq, ctx);
        const meanPriority = seq.actions.reduce((s, a) => s + a.priority, 0) / Math.max(1, seq.actions.length);
        return { seq, order, diversity, combined: (1 - w) * meanPriority + w * diversity };
      })
      .filter((r) => r.diversity >= min);
    ranked.sort((a, b) => b.combined - a.combined || a.order - b.order);
    return ranked.slice(0, num(p, 'max_sequences')).map((r) => r.seq);
  },
};
