import fs from 'node:fs';
import { portfolioSnapshotSchema } from '../../../src-shared/api/schemas/portfolio';
import type { PortfolioSnapshot, Security } from '../../../src-shared/domain/portfolio';
import { assetPath } from '../../platform/paths';

/** Test helpers: the shipped presets and sample portfolio, and tiny hand-built portfolios. */
export function presetToml(name: 'default' | 'conservative' | 'aggressive'): string {
  return fs.readFileSync(assetPath('presets', `${name}.toml`), 'utf8');
}

export function samplePortfolio(): PortfolioSnapshot {
  return portfolioSnapshotSchema.parse(JSON.parse(fs.readFileSync(assetPath('sample-portfolio.json'), 'utf8')));
}

export function security(symbol: string, overrides: Partial<Security> = {}): Security {
  return {
    symbol,
    name: `${symbol} Corp`,
    country: 'Germany',
    industry: 'Technology',
    currency: 'EUR',
    price: 100,
    fxRate: 1,
    minLot: 1,
    allowBuy: true,
    allowSell: true,
    priorityMultiplier: 1,
    qualityScore: 0.8,
    metrics: {},
    ...overrides,
  };
}

export function portfolio(overrides: Partial<PortfolioSnapshot> = {}): PortfolioSnapshot {
  return {
    name: 'test',
    asOf: '2026-01-01',
    cashEur: 0,
    securities: [],
    positions: [],
    countryGroups: {},
    industryGroups: {},
    countryTargets: {},
    industryTargets: {},
    targetWeights: null,
    trades: [],
    correlations: null,
    marketRegime: 'sideways',
    ...overrides,
  };
}
