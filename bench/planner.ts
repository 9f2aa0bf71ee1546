/**
 * Planner benchmarks (issue 3). Run through `npm run bench` (bench/main.ts), or alone with
 * `npm run bench -- --only planner`.
 *
 * - eval.throughput.M: sequence evaluations per second (simulate + five-part score + cost
 *   penalty) on the M portfolio (100 securities, 60 positions), over 2,000 sequences of 1–5 actions.
 * - eval.floor_ratio.M: time of those evaluations divided by the time of a minimal loop that only
 *   reads the same arrays (the actions and the per-security data they touch), same run.
 * - plan.p50_ms.{S,M,L}: median whole plan with the default preset on generated portfolios of
 *   20, 100 and 500 securities (in-process runPlan, after a warm-up).
 * - plan.p50_ms.M.montecarlo: the same on M with Monte Carlo scoring over 500 paths.
 */
import fs from 'node:fs';
import type { ActionSequence } from '../src-shared/domain/plan';
import { assetPath } from '../src-main/platform/paths';
import { encodeSequences, type EncodedSequences } from '../src-main/planner/evaluation/encoded';
import { Evaluator, OUT_SIZE } from '../src-main/planner/evaluation/evaluator';
import { generatePortfolio } from '../src-main/planner/fixtures/generate-portfolio';
import { buildPortfolioModel, type PortfolioModel } from '../src-main/planner/model/portfolio-model';
import { createRng } from '../src-main/planner/rng';
import { runPlan } from '../src-main/planner/run-plan';
import type { BenchFigure } from './suites';

const SIZES = { S: [20, 12], M: [100, 60], L: [500, 300] } as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function portfolioOf(size: keyof typeof SIZES) {
  const [securities, positions] = SIZES[size];
  return generatePortfolio({ securities, positions, seed: 11 });
}

/** Random feasible-looking sequences: sells of held positions (a third of them), buys of €1,000. */
function randomSequences(model: PortfolioModel, count: number): ActionSequence[] {
  const rng = createRng(5);
  const held = [...Array(model.n).keys()].filter((i) => model.quantity[i]! > 0);
  const out: ActionSequence[] = [];
  for (let j = 0; j < count; j++) {
    const length = rng.int(1, 5);
    const actions = [];
    for (let k = 0; k < length; k++) {
      const sell = k === 0 && rng.next() < 0.5;
      const i = sell ? held[rng.int(0, held.length - 1)]! : rng.int(0, model.n - 1);
      const s = model.securities[i]!;
      const valueEur = sell ? model.valueEur[i]! / 3 : 1000;
      actions.push({ side: sell ? ('SELL' as const) : ('BUY' as const), symbol: s.symbol, name: s.name, quantity: 1, price: s.price, valueEur, currency: s.currency, priority: 1, reason: '', tags: [] });
    }
    out.push({ actions, source: 'bench' });
  }
  return out;
}

/** The floor: read every action's arrays and the per-security data it touches, nothing else. */
function floorLoop(model: PortfolioModel, enc: EncodedSequences): number {
  let acc = 0;
  for (let j = 0; j < enc.count; j++) {
    for (let k = enc.offsets[j]!; k < enc.offsets[j + 1]!; k++) {
      const i = enc.security[k]!;
      acc += enc.valueEur[k]! * (enc.sell[k]! + 1) + model.totalReturn[i]! + model.longTermPromise[i]! + model.stability[i]! + model.dividendYield[i]! + model.quality[i]! + model.countryGroup[i]! + model.valueEur[i]!;
    }
  }
  return acc;
}

function evaluationFigures(): BenchFigure[] {
  const model = buildPortfolioModel(portfolioOf('M'));
  const enc = encodeSequences(model, randomSequences(model, 2000));
  const evaluator = new Evaluator(model, { fixedCost: 2, percentCost: 0.002, costPenaltyFactor: 0.1, riskProfile: 'balanced', multiTimeframe: false });
  const out = new Float64Array(OUT_SIZE);
  let sink = 0;
  const evalPass = () => {
    for (let j = 0; j < enc.count; j++) sink += evaluator.evaluate(enc, j, null, out);
  };
  const floorPass = () => {
    sink += floorLoop(model, enc);
  };
  for (let w = 0; w < 50; w++) {
    evalPass();
    floorPass();
  }
  // Interleave the two loops in rounds so both see the same machine conditions.
  const evalMs: number[] = [];
  const floorMs: number[] = [];
  const passes = 50;
  for (let round = 0; round < 15; round++) {
    let t = performance.now();
    for (let p = 0; p < passes; p++) evalPass();
    evalMs.push(performance.now() - t);
    t = performance.now();
    for (let p = 0; p < passes; p++) floorPass();
    floorMs.push(performance.now() - t);
  }
  // Using the sums keeps both loops from being optimised away, and checks the scores are numbers.
  if (!Number.isFinite(sink)) throw new Error('evaluation produced a non-finite score');
  const perRound = enc.count * passes;
  return [
    { name: 'eval.throughput.M', value: perRound / (median(evalMs) / 1000), unit: 'evaluations/s' },
    // median of per-round ratios: each round's two loops ran back to back, under the same load
    { name: 'eval.floor_ratio.M', value: median(evalMs.map((e, r) => e / floorMs[r]!)), unit: 'ratio' },
  ];
}

function planP50(toml: string, size: keyof typeof SIZES, runs: number): number {
  const portfolio = portfolioOf(size);
  for (let w = 0; w < 3; w++) runPlan({ toml, portfolio, seed: w });
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    runPlan({ toml, portfolio, seed: r });
    times.push(performance.now() - t);
  }
  return median(times);
}

export async function runPlannerBench(): Promise<BenchFigure[]> {
  const preset = fs.readFileSync(assetPath('presets', 'default.toml'), 'utf8');
  const montecarlo = preset
    .replace('enable_monte_carlo_paths = false', 'enable_monte_carlo_paths = true')
    .replace(/monte_carlo_path_count = \d+/, 'monte_carlo_path_count = 500');
  return [
    ...evaluationFigures(),
    { name: 'plan.p50_ms.S', value: planP50(preset, 'S', 21), unit: 'ms' },
    { name: 'plan.p50_ms.M', value: planP50(preset, 'M', 21), unit: 'ms' },
    { name: 'plan.p50_ms.L', value: planP50(preset, 'L', 11), unit: 'ms' },
    { name: 'plan.p50_ms.M.montecarlo', value: planP50(montecarlo, 'M', 11), unit: 'ms' },
  ];
}
