import { describe, expect, it } from 'vitest';
import type { PresetSummary } from '../../../src-shared/api/schemas/presets';
import { filterPresets, freeConfigName, parseTags, tagCounts } from './preset-filter';

const preset = (id: number, name: string, tags: string[], downloads: number, description = ''): PresetSummary => ({
  id,
  name,
  description,
  author: 'studio',
  tags,
  downloads,
  rating: null,
  createdAt: '2026-01-01T00:00:00Z',
  builtin: true,
});

const all = [
  preset(1, 'default', ['balanced'], 5, 'Standard planner with all features enabled'),
  preset(2, 'conservative', ['low-risk', 'balanced'], 9, 'Minimal intervention'),
  preset(3, 'aggressive', ['high-risk'], 1, 'Active trading and rebalancing'),
];

describe('filterPresets', () => {
  it('requires every selected tag and every search word', () => {
    expect(filterPresets(all, '', new Set(['balanced'])).map((p) => p.name)).toEqual(['conservative', 'default']);
    expect(filterPresets(all, 'ACTIVE trading', new Set()).map((p) => p.name)).toEqual(['aggressive']);
    expect(filterPresets(all, 'standard', new Set(['low-risk']))).toEqual([]);
    expect(filterPresets(all, 'risk', new Set()).map((p) => p.name)).toEqual(['conservative', 'aggressive']);
  });
});

describe('tagCounts and parseTags', () => {
  it('counts tags, most used first', () => {
    expect(tagCounts(all)).toEqual([
      { tag: 'balanced', count: 2 },
      { tag: 'high-risk', count: 1 },
      { tag: 'low-risk', count: 1 },
    ]);
  });
  it('splits on commas and spaces, lowercases and dedupes', () => {
    expect(parseTags(' Income, low-risk income  ')).toEqual(['income', 'low-risk']);
  });
});

describe('freeConfigName', () => {
  it('slugs the preset name and avoids taken names', () => {
    expect(freeConfigName('income', new Set())).toBe('income');
    expect(freeConfigName('default', new Set(['default']))).toBe('default-copy');
    expect(freeConfigName('default', new Set(['default', 'default-copy']))).toBe('default-copy-2');
    expect(freeConfigName('My great preset!', new Set())).toBe('My-great-preset');
    expect(freeConfigName('  ', new Set())).toBe('preset');
  });
});
