import fs from 'node:fs';
import { portfolioSnapshotSchema } from '../../../src-shared/api/schemas/portfolio';
import type { PlannerSettings } from '../../../src-shared/config/strategy';
import type { ParamSpecs, ParamValue } from '../../../src-shared/domain/modules';
import type { ActionCandidate } from '../../../src-shared/domain/plan';
import type { PortfolioSnapshot, Security } from '../../../src-shared/domain/portfolio';
import { assetPath } from '../../platform/paths';
import { buildPortfolioModel } from '../model/portfolio-model';
import type { Params, PlanningContext } from '../module-types';
import { plannerSettings } from '../planner-params';
import { createRng } from '../rng';

declare global {
  /** Imports of plugins/test-fixtures/counts-imports.mjs in this thread (unset: never imported here). */
  var plannerStudioFixtureImports: number | undefined;
}

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

/** A planning context over a snapshot, with default [planner] settings unless overridden. */
export function contextFor(snapshot: PortfolioSnapshot, settings: Partial<PlannerSettings> = {}, seed = 1): PlanningContext {
  const model = buildPortfolioModel(snapshot);
  return { model, settings: { ...plannerSettings({}), ...settings }, availableCashEur: snapshot.cashEur, rng: createRng(seed) };
}

/** A candidate action for pattern/generator/filter tests. */
export function action(side: 'BUY' | 'SELL', symbol: string, valueEur: number, priority: number, tags: string[] = []): ActionCandidate {
  return { side, symbol, name: `${symbol} Corp`, quantity: Math.max(1, Math.round(valueEur / 100)), price: 100, valueEur, currency: 'EUR', priority, reason: `${side} ${symbol}`, tags };
}

/** Module params: spec defaults with overrides (what the pipeline passes after resolution). */
export function paramsOf(module: { params: ParamSpecs }, overrides: Record<string, ParamValue> = {}): Params {
  return { ...Object.fromEntries(Object.entries(module.params).map(([k, s]) => [k, s.default])), ...overrides };
}

/** "SIDE SYMBOL" of each action, for compact expectations. */
export function labels(actions: readonly ActionCandidate[]): string[] {
  return actions.map((a) => `${a.side} ${a.symbol}`);
}
