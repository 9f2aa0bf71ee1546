import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { portfolioSnapshotSchema } from '../../src-shared/api/schemas/portfolio';
import { assetPath } from '../platform/paths';
import { sha256Hex } from './hash';
import { insertAssignment, insertBucket, setBucketPortfolio } from './repos/buckets';
import { insertVersion } from './repos/configs';
import { insertPortfolio } from './repos/portfolios';
import { insertPreset } from './repos/presets';
import type { StoreDatabase } from './store-database';

export const SEED_AUTHOR = 'planner-studio';

/** Tags of the presets that ship with the app (anything else in assets/presets gets `builtin`). */
const BUILTIN_TAGS: Readonly<Record<string, string[]>> = {
  default: ['builtin', 'balanced'],
  conservative: ['builtin', 'conservative', 'low-turnover'],
  aggressive: ['builtin', 'aggressive', 'active-trading'],
};

function describePreset(name: string, toml: string): { title: string; description: string } {
  let description = '';
  try {
    const planner = (parse(toml) as { planner?: { description?: unknown } }).planner;
    if (typeof planner?.description === 'string') description = planner.description;
  } catch {
    // A preset that does not parse is still seeded; the editor will show its problems.
  }
  return { title: `${name.charAt(0).toUpperCase()}${name.slice(1)} strategy`, description };
}

/**
 * First launch (the `seeded` meta flag is absent): the built-in presets as presets and as
 * configs (version 1) that record the preset they come from, a `core` bucket assigned to
 * `default`, and the sample portfolio — in one transaction, so a crash leaves either all of it
 * or none and the next launch tries again.
 * Runs once per data folder: a user who deletes the seeded configs does not get them back.
 */
export function seedFirstLaunch(db: StoreDatabase, now: string, assetsDir = assetPath()): boolean {
  if (db.read((sql) => sql.get("SELECT 1 AS seeded FROM store_meta WHERE key = 'seeded'")) !== undefined) return false;
  const presetDir = path.join(assetsDir, 'presets');
  const presetFiles = fs.existsSync(presetDir)
    ? fs.readdirSync(presetDir).filter((f) => f.endsWith('.toml')).sort((a, b) => (a === 'default.toml' ? -1 : b === 'default.toml' ? 1 : a.localeCompare(b)))
    : [];
  const portfolioFile = path.join(assetsDir, 'sample-portfolio.json');
  const portfolio = fs.existsSync(portfolioFile)
    ? portfolioSnapshotSchema.safeParse(JSON.parse(fs.readFileSync(portfolioFile, 'utf8')))
    : undefined;
  if (portfolio !== undefined && !portfolio.success) {
    const issue = portfolio.error.issues[0];
    throw new Error(`${portfolioFile} is not a valid portfolio at ${issue?.path.join('.') ?? '(root)'}: ${issue?.message ?? ''}`);
  }
  db.write((sql) => {
    let defaultId: number | undefined;
    for (const file of presetFiles) {
      const name = path.basename(file, '.toml');
      const toml = fs.readFileSync(path.join(presetDir, file), 'utf8');
      const { title, description } = describePreset(name, toml);
      const presetId = insertPreset(sql, {
        name,
        description,
        configToml: toml,
        author: 'Planner Studio',
        tags: BUILTIN_TAGS[name] ?? ['builtin'],
        rating: null,
        createdAt: now,
        builtin: true,
      });
      const id = insertVersion(sql, {
        name,
        title,
        description,
        configToml: toml,
        version: 1,
        createdAt: now,
        createdBy: SEED_AUTHOR,
        parentVersionId: null,
        note: 'Built-in preset',
        contentHash: sha256Hex(toml),
        sourcePresetId: presetId,
      });
      if (name === 'default') defaultId = id;
    }
    const core = insertBucket(sql, 'core', 'The main portfolio bucket', now);
    if (defaultId !== undefined) {
      insertAssignment(sql, { bucketId: core, configId: defaultId, assignedAt: now, assignedBy: SEED_AUTHOR, reason: 'seed' });
    }
    if (portfolio?.success === true) {
      const snapshotJson = JSON.stringify(portfolio.data);
      const portfolioId = insertPortfolio(sql, {
        name: portfolio.data.name,
        description: 'Sample portfolio shipped with Planner Studio',
        snapshotJson,
        portfolioHash: sha256Hex(snapshotJson),
        createdAt: now,
      });
      setBucketPortfolio(sql, core, portfolioId);
    }
    sql.run("INSERT INTO store_meta (key, value) VALUES ('seeded', ?)", [now]);
  });
  return true;
}
