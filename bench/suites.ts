import { runEditorBench } from './editor';
import { runPlannerBench } from './planner';
import { runStoreBench } from './store';

/** One figure of a benchmark: `npm run bench -- --json` prints each as a JSON line. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

export interface BenchSuite {
  name: string;
  run: () => Promise<BenchFigure[]>;
}

/** Every suite `npm run bench` runs, in order. Add a line per suite. */
export const suites: BenchSuite[] = [
  { name: 'planner', run: runPlannerBench },
  { name: 'store', run: runStoreBench },
  { name: 'editor', run: runEditorBench },
];
