import type { ActionCandidate } from '../../../src-shared/domain/plan';
import { builtinMeta } from '../builtin-meta';
import type { SequenceGeneratorModule } from '../module-types';
import { num, nums } from '../params';

/** A copy of `a` with `quantity` shares (value scaled per share). */
export function resized(a: ActionCandidate, quantity: number, reasonSuffix: string, extraTag?: string): ActionCandidate {
  const perShare = a.quantity > 0 ? a.valueEur / a.quantity : 0;
  return {
    ...a,
    quantity,
    valueEur: quantity * perShare,
    reason: `${a.reason} ${reasonSuffix}`,
    tags: extraTag ? [...a.tags, extraTag] : [...a.tags],
  };
}

export const partialExecutionGenerator: SequenceGeneratorModule = {
  meta: builtinMeta(
    'sequence_generator',
    'partial_execution',
    'For every candidate and fill fraction f, a one-action sequence of floor(quantity × f) shares (f = 1: the candidate as is); fills below min_shares are skipped.',
    ['partial'],
  ),
  params: {
    fill_percentages: { type: 'number[]', default: [0.5, 0.75, 1], min: 0.01, max: 1, description: 'Fractions of each candidate to try.' },
    min_shares: { type: 'integer', default: 1, min: 0, max: 1_000_000, unit: 'shares', description: 'Smallest partial fill.' },
  },
  run({ opportunities }, p) {
    const fills = nums(p, 'fill_percentages');
    const minShares = num(p, 'min_shares');
    const out: ActionCandidate[][] = [];
    for (const a of opportunities) {
      for (const f of fills) {
        if (f >= 1) {
          out.push([a]);
          continue;
        }
        const qty = Math.floor(a.quantity * f);
        if (qty < minShares || qty <= 0) continue;
        out.push([resized(a, qty, `(${Math.round(f * 100)}% fill)`)]);
      }
    }
    return out;
  },
};
