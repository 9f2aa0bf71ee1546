/**
 * Editor language-service benchmarks (issue 6) on a 3,000-line strategy file:
 * `npm run bench -- --only editor`. The editor's Web Worker runs exactly this code; posting the
 * text to it is a structured clone of ~100 KB, well under a millisecond, and is left out.
 *
 * - editor.completion_ms.3000: median completion at a key position in the last table, on a text
 *   changed by one keystroke each time (so nothing is cached from the previous request).
 * - editor.diagnostics_ms.3000: what the user waits after the last keystroke: the debounce plus
 *   the median validation (the planner's validateStrategy + quick fixes).
 * - editor.format_ms.3000: median Format Document.
 * Extra figures: hover and outline, the validation alone, and the validation of the same file
 * when none of its plugin modules is known (hundreds of problems).
 */
import fs from 'node:fs';
import { builtinCatalog } from '../src-main/api/builtin-catalog';
import { assetPath } from '../src-main/platform/paths';
import type { ModuleCatalog, ModuleDescriptor } from '../src-shared/domain/modules';
import { TomlLanguageService } from '../src-shared/toml-language/service';
import { DIAGNOSTICS_DEBOUNCE_MS } from '../src-renderer/editor/diagnostics-timing';
import type { BenchFigure } from './suites';

const LINES = 3000;
const SAMPLES = 30;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timed(samples: number, fn: (i: number) => void): number {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    fn(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The built-in catalog plus `count` plugin-style pattern modules, so every section of the file is known. */
function catalogWithPlugins(count: number): ModuleCatalog {
  const base = builtinCatalog();
  const plugins: ModuleDescriptor[] = Array.from({ length: count }, (_, i) => ({
    meta: {
      name: `plugin_${i}`,
      kind: 'pattern',
      version: '1.0.0',
      author: 'bench',
      description: `Bench plugin pattern ${i}.`,
      tags: [],
      dependencies: [],
      source: { type: 'plugin', plugin: `plugins/bench-${i}.mjs` },
    },
    params: {
      max_depth: { type: 'integer', default: 3, min: 1, max: 10, description: 'Longest sequence.' },
      weight: { type: 'number', default: 0.5, min: 0, max: 1, description: 'Weight.' },
      label: { type: 'string', default: 'p', description: 'Label.' },
    },
  }));
  return { ...base, modules: [...base.modules, ...plugins] };
}

/** The default preset followed by commented plugin sections (`label` left out, so completion offers it). */
function bigConfig(lines: number): { text: string; plugins: number } {
  const parts = [fs.readFileSync(assetPath('presets', 'default.toml'), 'utf8')];
  let count = parts[0]!.split('\n').length;
  let i = 0;
  for (; count < lines; i++) {
    parts.push(`\n# Plugin pattern ${i}\n[pattern_generators.plugin_${i}]\nenabled = true\n\n[pattern_generators.plugin_${i}.params]\nmax_depth = 3\nweight = 0.5\n`);
    count += 8;
  }
  return { text: parts.join(''), plugins: i };
}

export async function runEditorBench(): Promise<BenchFigure[]> {
  const { text, plugins } = bigConfig(LINES);
  const service = new TomlLanguageService(catalogWithPlugins(plugins));
  const lines = text.split('\n');
  const lastParams = lines.lastIndexOf(`[pattern_generators.plugin_${plugins - 1}.params]`) + 1;
  // One keystroke apart: a different comment at the top, and a blank line after the last params
  // header where completion is asked. Every sample is a new text, so nothing is served from cache.
  const edited = (i: number) => `# edit ${i}\n${lines.slice(0, lastParams).join('\n')}\n\n${lines.slice(lastParams).join('\n')}`;
  const variants = Array.from({ length: SAMPLES }, (_, i) => edited(i));

  const completion = timed(SAMPLES, (i) => {
    const items = service.complete(variants[i]!, { line: lastParams + 2, column: 1 });
    if (items.length === 0) throw new Error('bench: completion returned nothing');
  });
  const validation = timed(SAMPLES, (i) => {
    const problems = service.diagnose(variants[i]!);
    if (problems.some((d) => d.problem.severity === 'error')) throw new Error(`bench: unexpected error ${problems[0]?.problem.message}`);
  });
  const format = timed(SAMPLES, (i) => {
    if (service.format(variants[i]!) === null) throw new Error('bench: format refused the text');
  });
  const hover = timed(SAMPLES, (i) => {
    if (!service.hover(variants[i]!, { line: lastParams + 3, column: 2 })) throw new Error('bench: no hover');
  });
  const outline = timed(SAMPLES, (i) => void service.outline(variants[i]!));
  // Worst case: the plugins are not installed, so every plugin section is an unknown module
  // with a "did you mean" search and quick fixes.
  const withoutPlugins = new TomlLanguageService(builtinCatalog());
  let problems = 0;
  const validationErrors = timed(10, (i) => void (problems = withoutPlugins.diagnose(variants[i]!).length));
  return [
    { name: 'editor.lines', value: variants[0]!.split('\n').length, unit: 'lines' },
    { name: 'editor.completion_ms.3000', value: completion, unit: 'ms' },
    { name: 'editor.diagnostics_ms.3000', value: DIAGNOSTICS_DEBOUNCE_MS + validation, unit: `ms (${DIAGNOSTICS_DEBOUNCE_MS} debounce + validation)` },
    { name: 'editor.validation_ms.3000', value: validation, unit: 'ms' },
    { name: 'editor.validation_ms.3000.unknown_modules', value: validationErrors, unit: `ms (${problems} problems)` },
    { name: 'editor.format_ms.3000', value: format, unit: 'ms' },
    { name: 'editor.hover_ms.3000', value: hover, unit: 'ms' },
    { name: 'editor.outline_ms.3000', value: outline, unit: 'ms' },
  ];
}
