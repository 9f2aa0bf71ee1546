import type { ActionCandidate } from '../../../src-shared/domain/plan';
import { builtinMeta } from '../builtin-meta';
import type { SequenceGeneratorModule } from '../module-types';
import { num } from '../params';
import { COMBINATION_PARAMS, combinationRuntime, forEachCombination, hasDuplicateSymbol, splitCandidates } from './combinations';

export const combinatorialGenerator: SequenceGeneratorModule = {
  meta: builtinMeta(
    'sequence_generator',
    'combinatorial',
    'Exhaustive sell+buy combinations (at least one of each): every k-sell combination followed by every k-buy combination, until max_combinations. Candidates are taken highest priority first (the modular source took them unsorted); combinations repeating a symbol are skipped.',
    ['combination'],
    [{ kind: 'pattern', reason: 'combinatorial search complements the pattern generators; enable at least one' }],
  ),
  params: COMBINATION_PARAMS,
  runtimeParams: combinationRuntime,
  run({ opportunities }, p) {
    const { sells, buys } = splitCandidates(opportunities, num(p, 'priority_threshold'), num(p, 'max_candidates'));
    const maxCombos = num(p, 'max_combinations');
    const maxSteps = num(p, 'max_steps');
    const out: ActionCandidate[][] = [];
    for (let ks = 1; ks <= Math.min(num(p, 'max_sells'), sells.length); ks++) {
      for (let kb = 1; kb <= Math.min(num(p, 'max_buys'), maxSteps - ks, buys.length); kb++) {
        const more = forEachCombination(sells, ks, (sellCombo) =>
          forEachCombination(buys, kb, (buyCombo) => {
            const seq = [...sellCombo, ...buyCombo];
            if (!hasDuplicateSymbol(seq)) out.push(seq);
            return out.length < maxCombos;
          }),
        );
        if (!more) return out;
      }
    }
    return out;
  },
};
