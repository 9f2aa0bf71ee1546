import { afterEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../src-shared/api/errors';
import { sha256Hex } from '../../store/hash';
import { insertVersion } from '../../store/repos/configs';
import {
  cloneVersion,
  createVersion,
  getActive,
  getVersion,
  historyOfName,
  listConfigs,
  resolveVersionRef,
  restoreVersion,
} from './configs';
import { saveDraft, getDraft } from './drafts';
import { importConfigFile } from './files';
import { listAllPresets } from './presets';
import { openStoreService } from './store-service';
import { openTestStore } from './test-support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
async function fresh(seed = false) {
  const t = await openTestStore({ seed });
  cleanups.push(t.cleanup);
  return t;
}
const toml = (depth: number) => `[planner]\nmax_depth = ${depth}\n`;

describe('config versions', () => {
  it('numbers rapid saves 1..n with exactly one active version and each parent the previous', async () => {
    const { store } = await fresh();
    const saved = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        Promise.resolve().then(() => createVersion(store, { name: 'fast', title: 'Fast', toml: toml(i % 10) })),
      ),
    );
    expect(saved.map((v) => v.version)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const history = historyOfName(store, 'fast');
    expect(history.map((v) => v.version)).toEqual(Array.from({ length: 50 }, (_, i) => 50 - i));
    expect(history.filter((v) => v.isActive).map((v) => v.version)).toEqual([50]);
    for (let i = 1; i < saved.length; i++) expect(saved[i]!.parentVersionId).toBe(saved[i - 1]!.id);
    expect(saved[0]!.parentVersionId).toBeNull();
    expect(saved[3]!.contentHash).toBe(sha256Hex(toml(3)));
    // What a save returns (built from the insert) is exactly what is stored.
    expect(getVersion(store, saved[3]!.id)).toEqual({ ...saved[3], isActive: false });
    expect(getVersion(store, saved[49]!.id)).toEqual(saved[49]);
  });

  it('keeps the title of the name unless a new one is given, and requires one for a new name', async () => {
    const { store } = await fresh();
    expect(() => createVersion(store, { name: 'x', toml: toml(1) })).toThrow(/title is required/);
    createVersion(store, { name: 'x', title: 'First', toml: toml(1), note: 'start' });
    const second = createVersion(store, { name: 'x', toml: toml(2) });
    expect(second.title).toBe('First');
    expect(second.note).toBe('');
    expect(second.createdBy).toBe('tester');
  });

  it('refuses invalid TOML and stores nothing', async () => {
    const { store } = await fresh();
    const error = (() => {
      try {
        createVersion(store, { name: 'bad', title: 'Bad', toml: '[planner\nmax_depth = 1' });
      } catch (e) {
        return e as StudioError;
      }
    })();
    expect(error?.code).toBe('invalid_config');
    expect(error?.problems?.[0]?.range?.line).toBe(1);
    expect(listConfigs(store)).toEqual([]);
    expect(store.db.journalSeq).toBe(0);
  });

  it('restores an old version as a new version whose parent is the restored one', async () => {
    const { store } = await fresh();
    const v1 = createVersion(store, { name: 'r', title: 'R', toml: toml(1) });
    createVersion(store, { name: 'r', toml: toml(2) });
    const v3 = restoreVersion(store, v1.id);
    expect(v3).toMatchObject({ version: 3, parentVersionId: v1.id, configToml: toml(1), isActive: true, note: 'Restored from version 1' });
    expect(getVersion(store, v1.id).isActive).toBe(false);
    expect(historyOfName(store, 'r').map((v) => [v.version, v.isActive])).toEqual([[3, true], [2, false], [1, false]]);
  });

  it('clones under a new name as version 1 and refuses a taken name', async () => {
    const { store } = await fresh();
    const source = createVersion(store, { name: 'a', title: 'A', toml: toml(4) });
    const clone = cloneVersion(store, source.id, 'b', 'B copy');
    expect(clone).toMatchObject({ name: 'b', title: 'B copy', version: 1, parentVersionId: source.id, configToml: toml(4), note: 'Cloned from a@1' });
    expect(() => cloneVersion(store, source.id, 'b', 'again')).toThrow(/already exists/);
    expect(listConfigs(store).map((c) => [c.name, c.version, c.versionCount])).toEqual([['a', 1, 1], ['b', 1, 1]]);
  });

  it('resolves id, name and name@version references', async () => {
    const { store } = await fresh();
    const v1 = createVersion(store, { name: 'ref', title: 'Ref', toml: toml(1) });
    const v2 = createVersion(store, { name: 'ref', toml: toml(2) });
    expect(resolveVersionRef(store, String(v1.id)).id).toBe(v1.id);
    expect(resolveVersionRef(store, 'ref').id).toBe(v2.id);
    expect(resolveVersionRef(store, 'ref@1').id).toBe(v1.id);
    expect(() => resolveVersionRef(store, 'ref@9')).toThrow(/has no version 9/);
    expect(() => resolveVersionRef(store, 'nope')).toThrow(/No config named "nope"/);
  });

  it('refuses a new name of only digits (it would read as a version id), but keeps saving one stored before', async () => {
    const { store } = await fresh();
    expect(() => createVersion(store, { name: '2024', title: 'Year', toml: toml(1) })).toThrow(/"2024" cannot name a new config: add a letter/);
    expect(store.db.journalSeq).toBe(0);
    // A name stored by an earlier version of the app, which allowed it.
    store.db.write((sql) =>
      insertVersion(sql, { name: '2025', title: 'Old', description: '', configToml: toml(1), version: 1, createdAt: store.now(), createdBy: 'old', parentVersionId: null, note: '', contentHash: sha256Hex(toml(1)) }),
    );
    const next = createVersion(store, { name: '2025', toml: toml(2) });
    expect(resolveVersionRef(store, '2025@2').id).toBe(next.id);
    expect(() => cloneVersion(store, next.id, '7', 'Seven')).toThrow(/add a letter/);
  });

  it('drops the draft of a name when a version of it is saved', async () => {
    const { store } = await fresh();
    saveDraft(store, { configName: 'd', baseVersionId: null, text: 'typing…' });
    expect(getDraft(store, 'd')?.text).toBe('typing…');
    createVersion(store, { name: 'd', title: 'D', toml: toml(1) });
    expect(getDraft(store, 'd')).toBeNull();
  });

  it('keeps the unsaved draft of a name when a version of it is restored or imported', async () => {
    const { store } = await fresh();
    const v1 = createVersion(store, { name: 'd', title: 'D', toml: toml(1) });
    createVersion(store, { name: 'd', toml: toml(2) });
    saveDraft(store, { configName: 'd', baseVersionId: v1.id, text: 'typing…' });
    // neither is the editor's save: the typing in the draft was never stored anywhere else
    restoreVersion(store, v1.id);
    importConfigFile(store, { fileName: 'd.toml', text: toml(3) });
    expect(getDraft(store, 'd')?.text).toBe('typing…');
  });

  it('seeds the built-in presets, the core bucket and the sample portfolio once', async () => {
    const { store, dir, changes } = await fresh(true);
    const names = listConfigs(store).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['default', 'conservative', 'aggressive']));
    expect(listConfigs(store).find((c) => c.name === 'default')?.buckets).toEqual(['core']);
    // each seeded config records the built-in preset it is
    const preset = listAllPresets(store).find((p) => p.name === 'conservative');
    expect(getActive(store, 'conservative')).toMatchObject({ sourcePresetId: preset?.id, sourcePresetName: 'conservative' });
    expect(changes).toEqual([]);
    store.db.close();
    const again = await openStoreService({ dataDir: dir });
    expect(listConfigs(again).length).toBe(names.length);
    again.db.close();
  });
});
