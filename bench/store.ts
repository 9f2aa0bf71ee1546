/**
 * Store benchmarks (issue 5): saving and reading history with 10,000 stored versions of ~5 KB,
 * and the semantic diff of two 3,000-line configs: `npm run bench -- --only store`.
 *
 * - store.save_p50_ms.10000: median time of one save through the store (next number, previous
 *   made inactive, text and row inserted, journal append + fdatasync) with 10,000 distinct
 *   versions of 5 KB stored, 20 names x 500 versions, after 50 untimed saves. Validation is the
 *   planner's cost and is left out here; store.save_validated_p50_ms.10000 is the same save with it.
 * - store.save_floor_ratio.10000: that median divided by the median time to append and
 *   fdatasync the same number of bytes (one journal record) to a file in the same folder, in
 *   the same run — what any durable save of that record costs at least.
 * - store.history_p50_ms.10000: median time of the history of a name with 500 of the 10,000.
 * - diff.semantic_p50_ms.3000: median semantic diff of two 3,000-line configs.
 * Extra figures for context: opening the 10,000-version store and one compaction (snapshot).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtinCatalog, validateWithBuiltins } from '../src-main/api/builtin-catalog';
import { createVersion, historyOfName } from '../src-main/api/use-cases/configs';
import { assertValid } from '../src-main/api/use-cases/invalid-config';
import { openStoreService } from '../src-main/api/use-cases/store-service';
import { sha256Hex } from '../src-main/store/hash';
import { insertVersion } from '../src-main/store/repos/configs';
import { semanticDiff } from '../src-shared/config/semantic-diff';
import { assetPath } from '../src-main/platform/paths';
import type { BenchFigure } from './suites';

const VERSIONS = 10_000;
const NAMES = 20;
const SAMPLES = 200;
/** Untimed saves first, so the figures are of compiled code rather than of V8's first tiers. */
const WARM_UP = 50;
/** Bench texts are variants past the stored ones, so no save finds its text already stored. */
const FRESH = VERSIONS * 2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * A 5 KB strategy: the default preset with its comments stripped, one value varied per variant,
 * padded with a comment naming the variant to 5,120 bytes. Every variant is a distinct text, so
 * the store holds 10,000 texts (~50 MB) however it shares identical ones.
 */
function strategyText(variant: number): string {
  const body = fs
    .readFileSync(assetPath('presets', 'default.toml'), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .map((line) => line.replace(/\s+#.*$/, ''))
    .join('\n')
    .replace(/priority_threshold = [0-9.]+/, `priority_threshold = ${(0.1 + (variant % 80) / 100).toFixed(2)}`);
  const tag = `\n# variant ${variant} `;
  return `${body}${tag}${'.'.repeat(Math.max(0, 5120 - body.length - tag.length))}`;
}

/** Two configs of `lines` lines: the preset plus plugin-style module sections; ~5% of values differ. */
function bigConfigs(lines: number): [string, string] {
  const head = fs.readFileSync(assetPath('presets', 'default.toml'), 'utf8');
  const oldParts = [head];
  const newParts = [head.replace('max_depth = 5', 'max_depth = 6')];
  let count = head.split('\n').length;
  for (let i = 0; count < lines; i++) {
    const section = (v: number, on: boolean) =>
      `\n[pattern_generators.plugin_${i}]\nenabled = ${on}\n[pattern_generators.plugin_${i}.params]\nmax_depth = ${v}\nweight = 0.${v}\nlabel = "p${i}"\n`;
    oldParts.push(section(3, true));
    newParts.push(i % 20 === 0 ? section(4, i % 40 !== 0) : section(3, true));
    count += 7;
  }
  return [oldParts.join(''), newParts.join('')];
}

export async function runStoreBench(): Promise<BenchFigure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-store-'));
  const figures: BenchFigure[] = [];
  try {
    // Fill: 10,000 versions in one transaction, folded into a snapshot by close().
    const filler = await openStoreService({ dataDir: dir, seed: false });
    filler.db.write((sql) => {
      for (let i = 0; i < VERSIONS; i++) {
        const name = `strategy-${i % NAMES}`;
        const toml = strategyText(i);
        insertVersion(sql, {
          name,
          title: name,
          description: '',
          configToml: toml,
          version: Math.floor(i / NAMES) + 1,
          createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
          createdBy: 'bench',
          parentVersionId: null,
          note: '',
          contentHash: sha256Hex(toml),
        });
      }
    });
    filler.db.close();
    const snapshotBytes = fs.statSync(path.join(dir, 'studio.sqlite')).size;

    let store!: Awaited<ReturnType<typeof openStoreService>>;
    const openMs = await (async () => {
      const start = performance.now();
      // The store's own cost: validation (the planner's, ~1 ms) is measured separately below.
      store = await openStoreService({ dataDir: dir, seed: false, validate: () => [] });
      return performance.now() - start;
    })();

    // Saves and the floor alternate, so disk noise from other processes hits both alike.
    const floorFile = path.join(dir, 'floor.bin');
    const fd = fs.openSync(floorFile, 'w');
    let floorOffset = 0;
    const saves: number[] = [];
    const floors: number[] = [];
    const validatedSaves: number[] = [];
    let recordBytes = 0;
    for (let i = 0; i < WARM_UP; i++) createVersion(store, { name: 'warm-up', title: 'Warm-up', toml: strategyText(FRESH + i) });
    for (let i = 0; i < SAMPLES; i++) {
      const before = store.db.journalBytes;
      const text = strategyText(FRESH + 1000 + i); // made outside the timing: it reads a preset file
      saves.push(time(() => createVersion(store, { name: 'strategy-0', toml: text, note: `bench ${i}` })));
      recordBytes = store.db.journalBytes - before;
      const payload = Buffer.alloc(recordBytes, 0x41);
      floors.push(
        time(() => {
          fs.writeSync(fd, payload, 0, payload.length, floorOffset);
          fs.fdatasyncSync(fd);
        }),
      );
      floorOffset += payload.length;
      const toml = strategyText(FRESH + 2000 + i);
      validatedSaves.push(
        time(() => {
          assertValid(validateWithBuiltins(toml), 'bench');
          createVersion(store, { name: 'strategy-0', toml });
        }),
      );
    }
    fs.closeSync(fd);

    const history: number[] = [];
    for (let i = 0; i < SAMPLES; i++) history.push(time(() => historyOfName(store, `strategy-${(i % (NAMES - 1)) + 1}`)));

    const compactMs = time(() => store.db.compact());
    store.db.close();

    const [oldToml, newToml] = bigConfigs(3000);
    const catalog = builtinCatalog();
    const diffs: number[] = [];
    for (let i = 0; i < SAMPLES; i++) diffs.push(time(() => semanticDiff(oldToml, newToml, catalog)));

    const saveP50 = median(saves);
    figures.push(
      { name: 'store.save_p50_ms.10000', value: saveP50, unit: 'ms' },
      { name: 'store.save_floor_ratio.10000', value: saveP50 / median(floors), unit: 'x' },
      { name: 'store.history_p50_ms.10000', value: median(history), unit: 'ms' },
      { name: 'diff.semantic_p50_ms.3000', value: median(diffs), unit: 'ms' },
      { name: 'store.save_validated_p50_ms.10000', value: median(validatedSaves), unit: 'ms' },
      { name: 'store.fsync_floor_p50_ms', value: median(floors), unit: 'ms' },
      { name: 'store.record_bytes.10000', value: recordBytes, unit: 'B' },
      { name: 'store.open_ms.10000', value: openMs, unit: 'ms' },
      { name: 'store.compact_ms.10000', value: compactMs, unit: 'ms' },
      { name: 'store.snapshot_mb.10000', value: snapshotBytes / 1024 / 1024, unit: 'MB' },
    );
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
