import { describe, expect, it } from 'vitest';
import type { ModuleChange, SemanticDiff, ValueChange } from '../../src-shared/api/schemas/semantic-diff';
import { summarizeDiff } from './semantic-summary';

const value = (key: string): ValueChange => ({ key, change: 'changed', old: 1, new: 2, default: 1, nowDefault: false, known: true });
const module = (name: string, params: number, toggled: ModuleChange['toggled'] = null): ModuleChange => ({
  kind: 'filter',
  name,
  known: true,
  enabledBefore: toggled !== 'enabled',
  enabledAfter: toggled !== 'disabled',
  toggled,
  params: Array.from({ length: params }, (_, i) => value(`p${i}`)),
  otherKeys: [],
});
const diff = (over: Partial<SemanticDiff>): SemanticDiff => ({ errors: [], textEqual: false, cosmeticOnly: false, planner: [], modules: [], other: [], ...over });

describe('summarizeDiff', () => {
  it('counts settings, parameters per module and toggles', () => {
    const d = diff({
      planner: [value('max_depth'), value('beam_width')],
      modules: [module('diversity', 3), module('eligibility', 2, 'disabled'), module('recently_traded', 0, 'enabled')],
      other: [value('x.y')],
    });
    expect(summarizeDiff(d)).toBe('Changed: 2 [planner] settings, 5 parameters in 2 modules, 1 module enabled, 1 module disabled, 1 other key');
  });
  it('uses the singular for one', () => {
    expect(summarizeDiff(diff({ planner: [value('max_depth')], modules: [module('diversity', 1)] }))).toBe(
      'Changed: 1 [planner] setting, 1 parameter in 1 module',
    );
  });
  it('says when nothing changes in meaning', () => {
    expect(summarizeDiff(diff({ cosmeticOnly: true }))).toBe('No change in meaning');
  });
});
