import { suites, type BenchFigure } from './suites';

/**
 * `npm run bench` prints a table of every suite's figures; `npm run bench -- --json` prints one
 * JSON object per line (`{"name","value","unit"}`) for machines. `--only <suite>` runs one suite.
 * Figures are measurements of this machine, never assertions.
 */
const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

function format(value: number): string {
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return value.toPrecision(4);
}

const rows: { suite: string; figure: BenchFigure }[] = [];
for (const suite of suites) {
  if (only && suite.name !== only) continue;
  const figures = await suite.run();
  for (const figure of figures) {
    if (json) process.stdout.write(`${JSON.stringify(figure)}\n`);
    rows.push({ suite: suite.name, figure });
  }
}
if (!json) {
  const nameWidth = Math.max(4, ...rows.map((r) => r.figure.name.length));
  const valueWidth = Math.max(5, ...rows.map((r) => format(r.figure.value).length));
  process.stdout.write(`${'name'.padEnd(nameWidth)}  ${'value'.padStart(valueWidth)}  unit\n`);
  process.stdout.write(`${'-'.repeat(nameWidth)}  ${'-'.repeat(valueWidth)}  ----\n`);
  for (const { figure } of rows) {
    process.stdout.write(`${figure.name.padEnd(nameWidth)}  ${format(figure.value).padStart(valueWidth)}  ${figure.unit}\n`);
  }
}
