import type { ReactNode } from 'react';
import type { ConfigVersion } from '../../src-shared/api/schemas/configs';
import { AbComparePanel } from './ab-compare/AbComparePanel';
import { ActivityPanel } from './activity/ActivityPanel';
import { BucketsPanel } from './buckets/BucketsPanel';
import { DryRunPanel } from './dry-run/DryRunPanel';
import { HealthPanel } from './health/HealthPanel';
import { HistoryPanel } from './history/HistoryPanel';
import { PresetsPanel } from './presets/PresetsPanel';
import { SweepPanel } from './sweep/SweepPanel';

/** What every side panel gets from the shell. */
export interface PanelContext {
  /** The stored version the editor is editing (null while nothing is selected or loading). */
  config: ConfigVersion | null;
  /** The editor's current text (may differ from `config.configToml`). */
  buffer: string;
  /** Put `text` in the editor as an unsaved edit and open its save review. */
  openEdit(text: string): void;
  /** Select a stored config (by version id) in the list and the editor. */
  selectConfig(id: number): void;
}

export interface PanelDef {
  /** Stable id, used in element ids and test ids. */
  id: string;
  /** The tab's accessible name. */
  label: string;
  render(ctx: PanelContext): ReactNode;
}

/**
 * The side panels, in tab order. The one place a screen plugs into the shell: add a line here.
 * Order: Dry-run, History, Compare, Sweep, Presets, Buckets, Health, Activity.
 */
export const panels: readonly PanelDef[] = [
  { id: 'dry-run', label: 'Dry-run', render: (ctx) => <DryRunPanel ctx={ctx} /> },
  { id: 'history', label: 'History', render: (ctx) => <HistoryPanel {...ctx} /> },
  { id: 'compare', label: 'Compare', render: (ctx) => <AbComparePanel ctx={ctx} /> },
  { id: 'sweep', label: 'Sweep', render: (ctx) => <SweepPanel ctx={ctx} /> },
  { id: 'presets', label: 'Presets', render: (ctx) => <PresetsPanel ctx={ctx} /> },
  { id: 'buckets', label: 'Buckets', render: (ctx) => <BucketsPanel {...ctx} /> },
  { id: 'health', label: 'Health', render: (ctx) => <HealthPanel ctx={ctx} /> },
  { id: 'activity', label: 'Activity', render: () => <ActivityPanel /> },
];
