import type { ActionCandidate } from '../../../src-shared/domain/plan';
import { builtinMeta } from '../builtin-meta';
import type { PatternModule } from '../module-types';
import { countryAllocation } from '../model/portfolio-model';
import { num } from '../params';
import { CATEGORY, SequenceBuilder, depthFromSettings, maxDepthParam, union } from './builder';

interface Gap {
  key: string;
  gap: number;
}

function topGaps(gaps: Gap[]): Gap[] {
  return gaps.sort((a, b) => b.gap - a.gap || a.key.localeCompare(b.key)).slice(0, 3);
}

function fillGaps(
  gaps: Gap[],
  buys: readonly ActionCandidate[],
  matches: (candidate: ActionCandidate, key: string) => boolean,
  cash: number,
  depth: number,
): ActionCandidate[][] {
  const b = new SequenceBuilder(cash, depth);
  for (const { key } of gaps) {
    for (const a of buys) {
      if (b.full || a.valueEur > b.cash) break;
      if (matches(a, key)) b.buy(a);
    }
  }
  return b.result();
}

export const adaptivePattern: PatternModule = {
  meta: builtinMeta(
    'pattern',
    'adaptive',
    'Up to two cash-only sequences aimed at the largest allocation gaps: "geographic" buys securities of the (up to 3) country groups furthest below target, "sector" those of the industry groups furthest below target. Gaps are matched against each security\'s group (the source compared group names with country names, so rarely matched).',
    ['buy', 'rebalance', 'adaptive'],
  ),
  params: {
    max_depth: maxDepthParam(5),
    geographic_gap_threshold: { type: 'number', default: 0.02, min: 0, max: 0.5, unit: 'fraction', description: 'A country group counts as a gap when target − current exceeds this.' },
    sector_gap_threshold: { type: 'number', default: 0.01, min: 0, max: 0.5, unit: 'fraction', description: 'An industry group counts as a gap when target − current exceeds this.' },
  },
  runtimeParams: depthFromSettings,
  run({ byCategory }, p, ctx) {
    const m = ctx.model;
    const depth = num(p, 'max_depth');
    const buys = union(byCategory, [CATEGORY.RB, CATEGORY.OB], false);
    if (buys.length === 0 || m.totalValueEur <= 0) return [];
    const alloc = countryAllocation(m);
    const geo: Gap[] = [];
    m.countryGroupNames.forEach((g, gi) => {
      const target = m.countryGroupTarget[gi]!;
      if (!Number.isNaN(target) && target - alloc[gi]! > num(p, 'geographic_gap_threshold')) geo.push({ key: g, gap: target - alloc[gi]! });
    });
    const industryCurrent = new Map<string, number>();
    for (let i = 0; i < m.n; i++) {
      if (m.valueEur[i]! <= 0) continue;
      // Each industry group of a multi-industry position gets the full position weight (as the source).
      for (const g of m.industryGroupsOf[i]!) industryCurrent.set(g, (industryCurrent.get(g) ?? 0) + m.valueEur[i]! / m.totalValueEur);
    }
    const sector: Gap[] = [];
    for (const [g, target] of Object.entries(m.snapshot.industryTargets)) {
      const gap = target - (industryCurrent.get(g) ?? 0);
      if (gap > num(p, 'sector_gap_threshold')) sector.push({ key: g, gap });
    }
    const groupOf = (a: ActionCandidate): number => {
      const i = m.index.get(a.symbol);
      return i === undefined ? -1 : i;
    };
    return [
      ...fillGaps(topGaps(geo), buys, (a, key) => m.countryGroupNames[m.countryGroup[groupOf(a)]!] === key, ctx.availableCashEur, depth),
      ...fillGaps(topGaps(sector), buys, (a, key) => m.industryGroupsOf[groupOf(a)]?.includes(key) ?? false, ctx.availableCashEur, depth),
    ];
  },
};
