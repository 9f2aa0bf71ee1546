import { z } from 'zod';
import { METRIC_KEYS, type PortfolioSnapshot } from '../../domain/portfolio';

/**
 * The portfolio snapshot JSON (`assets/sample-portfolio.json`, imported portfolios). Validates
 * shapes and ranges; cross-references (positions of unknown securities, duplicates) are checked
 * by `portfolioSnapshotSchema`'s refinement so an import error names the offending entry.
 */
const finite = z.number().finite();
const nonNegative = finite.nonnegative();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date (YYYY-MM-DD)');
const fraction = finite.min(0).max(1);

const metricsSchema = z
  .object(Object.fromEntries(METRIC_KEYS.map((k) => [k, finite.optional()])) as Record<(typeof METRIC_KEYS)[number], z.ZodOptional<z.ZodNumber>>)
  .strict();

export const securitySchema = z
  .object({
    symbol: z.string().min(1).max(32).transform((s) => s.toUpperCase()),
    name: z.string().min(1).max(200),
    country: z.string().min(1).nullable().default(null),
    industry: z.string().min(1).nullable().default(null),
    currency: z.string().min(3).max(3),
    price: finite.positive(),
    fxRate: finite.positive().default(1),
    minLot: finite.default(1).transform((n) => Math.max(1, Math.floor(n))),
    allowBuy: z.boolean().default(true),
    allowSell: z.boolean().default(false),
    priorityMultiplier: finite.positive().default(1),
    qualityScore: fraction.nullable().default(null),
    metrics: metricsSchema.default({}),
  })
  .strict();

export const positionSchema = z
  .object({
    symbol: z.string().min(1).transform((s) => s.toUpperCase()),
    quantity: nonNegative,
    avgPrice: nonNegative,
    firstBoughtAt: isoDate.nullable().default(null),
  })
  .strict();

export const tradeRecordSchema = z
  .object({
    symbol: z.string().min(1).transform((s) => s.toUpperCase()),
    side: z.enum(['BUY', 'SELL']),
    date: isoDate,
  })
  .strict();

export const portfolioSnapshotSchema = z
  .object({
    name: z.string().min(1).max(200),
    asOf: isoDate,
    cashEur: nonNegative,
    securities: z.array(securitySchema).max(5000),
    positions: z.array(positionSchema).max(5000),
    countryGroups: z.record(z.array(z.string())).default({}),
    industryGroups: z.record(z.array(z.string())).default({}),
    countryTargets: z.record(fraction).default({}),
    industryTargets: z.record(fraction).default({}),
    targetWeights: z.record(fraction).nullable().default(null),
    trades: z.array(tradeRecordSchema).default([]),
    correlations: z.record(finite.min(-1).max(1)).nullable().default(null),
    marketRegime: z.enum(['bull', 'bear', 'sideways']).default('sideways'),
  })
  .strict()
  .superRefine((p, ctx) => {
    const symbols = new Set<string>();
    p.securities.forEach((s, i) => {
      if (symbols.has(s.symbol)) ctx.addIssue({ code: 'custom', path: ['securities', i, 'symbol'], message: `duplicate security ${s.symbol}` });
      symbols.add(s.symbol);
    });
    const held = new Set<string>();
    p.positions.forEach((pos, i) => {
      if (!symbols.has(pos.symbol)) ctx.addIssue({ code: 'custom', path: ['positions', i, 'symbol'], message: `position in ${pos.symbol}, which is not among the securities` });
      if (held.has(pos.symbol)) ctx.addIssue({ code: 'custom', path: ['positions', i, 'symbol'], message: `duplicate position ${pos.symbol}` });
      held.add(pos.symbol);
    });
  });

// The inferred type and the domain interface must stay the same shape.
type Inferred = z.output<typeof portfolioSnapshotSchema>;
const sameShape: [Inferred] extends [PortfolioSnapshot] ? ([PortfolioSnapshot] extends [Inferred] ? true : false) : false = true;
void sameShape;
