import type { PortfolioSnapshot, Security } from '../../../src-shared/domain/portfolio';
import { longTermPromiseScore, stabilityScore, totalReturnScore } from '../evaluation/sub-scores';

const OTHER_GROUP = 'OTHER';
const DAY_MS = 86_400_000;

/**
 * The portfolio indexed for planning: securities by index, per-security data in typed arrays
 * (so evaluation reads numbers, not objects), group memberships resolved, days-since figures
 * computed from the snapshot's `asOf` date (not the clock, so a plan is reproducible).
 * `totalValueEur` = invested + cash (domain.md §8.1).
 */
export interface PortfolioModel {
  snapshot: PortfolioSnapshot;
  n: number;
  securities: readonly Security[];
  index: ReadonlyMap<string, number>;
  /** Native price / fx rate = EUR per share. */
  priceEur: Float64Array;
  quantity: Float64Array;
  avgPrice: Float64Array;
  /** Current position value in EUR (0 if not held). */
  valueEur: Float64Array;
  /** Quality 0–1 (0.5 if unknown). */
  quality: Float64Array;
  hasQualityData: boolean;
  dividendYield: Float64Array;
  hasDividendData: boolean;
  /** Precomputed end-state sub-scores per security. */
  totalReturn: Float64Array;
  longTermPromise: Float64Array;
  stability: Float64Array;
  /** Annual volatility clamped to [0.1, 1.0] (Monte Carlo), 0.2 when unknown. */
  volatility: Float64Array;
  /** Country group index per security; groups = `countryGroupNames` (last = OTHER). */
  countryGroup: Int32Array;
  countryGroupNames: readonly string[];
  /** Target per country group, NaN for groups without a target. */
  countryGroupTarget: Float64Array;
  /** Industry names of each security (comma-separated list split). */
  industries: readonly (readonly string[])[];
  /** Industry group names of each security. */
  industryGroupsOf: readonly (readonly string[])[];
  /** Days since first purchase (NaN if unknown), since last buy / last sell (NaN if none). */
  daysHeld: Float64Array;
  daysSinceBuy: Float64Array;
  daysSinceSell: Float64Array;
  investedEur: number;
  cashEur: number;
  totalValueEur: number;
  heldCount: number;
}

function invert(groups: Record<string, string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [group, members] of Object.entries(groups)) for (const m of members) out.set(m, group);
  return out;
}

function daysBetween(fromIso: string, toMs: number): number {
  const t = Date.parse(fromIso.length === 10 ? `${fromIso}T00:00:00Z` : fromIso);
  return Number.isFinite(t) ? (toMs - t) / DAY_MS : Number.NaN;
}

export function buildPortfolioModel(snapshot: PortfolioSnapshot): PortfolioModel {
  const n = snapshot.securities.length;
  const index = new Map<string, number>();
  snapshot.securities.forEach((s, i) => index.set(s.symbol, i));
  const asOfMs = Date.parse(`${snapshot.asOf.slice(0, 10)}T00:00:00Z`);

  const countryToGroup = invert(snapshot.countryGroups);
  const industryToGroup = invert(snapshot.industryGroups);
  const groupNames = [...new Set([...Object.keys(snapshot.countryTargets), ...Object.keys(snapshot.countryGroups)])].filter(
    (g) => g !== OTHER_GROUP,
  );
  groupNames.push(OTHER_GROUP);
  const groupIndex = new Map(groupNames.map((g, i) => [g, i]));

  const m: PortfolioModel = {
    snapshot,
    n,
    securities: snapshot.securities,
    index,
    priceEur: new Float64Array(n),
    quantity: new Float64Array(n),
    avgPrice: new Float64Array(n),
    valueEur: new Float64Array(n),
    quality: new Float64Array(n),
    hasQualityData: snapshot.securities.some((s) => s.qualityScore !== null),
    dividendYield: new Float64Array(n),
    hasDividendData: snapshot.securities.some((s) => s.metrics.DIVIDEND_YIELD !== undefined),
    totalReturn: new Float64Array(n),
    longTermPromise: new Float64Array(n),
    stability: new Float64Array(n),
    volatility: new Float64Array(n),
    countryGroup: new Int32Array(n),
    countryGroupNames: groupNames,
    countryGroupTarget: new Float64Array(groupNames.map((g) => snapshot.countryTargets[g] ?? Number.NaN)),
    industries: [],
    industryGroupsOf: [],
    daysHeld: new Float64Array(n).fill(Number.NaN),
    daysSinceBuy: new Float64Array(n).fill(Number.NaN),
    daysSinceSell: new Float64Array(n).fill(Number.NaN),
    investedEur: 0,
    cashEur: snapshot.cashEur,
    totalValueEur: 0,
    heldCount: 0,
  };
  const industries: string[][] = [];
  const industryGroupsOf: string[][] = [];
  snapshot.securities.forEach((s, i) => {
    m.priceEur[i] = s.price / (s.fxRate > 0 ? s.fxRate : 1);
    m.quality[i] = s.qualityScore ?? 0.5;
    m.dividendYield[i] = s.metrics.DIVIDEND_YIELD ?? 0;
    m.totalReturn[i] = totalReturnScore(s.metrics);
    m.longTermPromise[i] = longTermPromiseScore(s.metrics);
    m.stability[i] = stabilityScore(s.metrics);
    const vol = s.metrics.VOLATILITY_ANNUAL;
    m.volatility[i] = vol === undefined ? 0.2 : Math.min(1, Math.max(0.1, vol));
    const group = s.country ? (countryToGroup.get(s.country) ?? OTHER_GROUP) : OTHER_GROUP;
    m.countryGroup[i] = groupIndex.get(group) ?? groupNames.length - 1;
    const inds = s.industry ? s.industry.split(',').map((x) => x.trim()).filter(Boolean) : [];
    industries.push(inds);
    industryGroupsOf.push([...new Set(inds.map((x) => industryToGroup.get(x) ?? OTHER_GROUP))]);
  });
  m.industries = industries;
  m.industryGroupsOf = industryGroupsOf;
  for (const p of snapshot.positions) {
    const i = index.get(p.symbol);
    if (i === undefined || p.quantity <= 0) continue;
    m.quantity[i] = p.quantity;
    m.avgPrice[i] = p.avgPrice;
    m.valueEur[i] = p.quantity * m.priceEur[i]!;
    m.investedEur += m.valueEur[i]!;
    m.heldCount++;
    if (p.firstBoughtAt) m.daysHeld[i] = daysBetween(p.firstBoughtAt, asOfMs);
  }
  for (const t of snapshot.trades) {
    const i = index.get(t.symbol);
    if (i === undefined) continue;
    const days = daysBetween(t.date, asOfMs);
    const arr = t.side === 'BUY' ? m.daysSinceBuy : m.daysSinceSell;
    if (Number.isNaN(arr[i]!) || days < arr[i]!) arr[i] = days;
  }
  m.totalValueEur = m.investedEur + m.cashEur;
  return m;
}

/** Current fraction of total value per country group. */
export function countryAllocation(m: PortfolioModel): Float64Array {
  const out = new Float64Array(m.countryGroupNames.length);
  if (m.totalValueEur <= 0) return out;
  for (let i = 0; i < m.n; i++) out[m.countryGroup[i]!]! += m.valueEur[i]! / m.totalValueEur;
  return out;
}
