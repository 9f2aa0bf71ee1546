import type { Draft } from '../../../src-shared/api/schemas/drafts';
import { deleteDraft, findDraft, upsertDraft } from '../../store/repos/drafts';
import type { StoreService } from './store-service';

export function getDraft(store: StoreService, configName: string): Draft | null {
  return store.db.read((sql) => findDraft(sql, configName)) ?? null;
}

/** Kept as typed (not validated): a draft is work in progress and may not parse yet. */
export function saveDraft(store: StoreService, input: { configName: string; baseVersionId: number | null; text: string }): Draft {
  const draft: Draft = { ...input, updatedAt: store.now() };
  store.db.write((sql) => upsertDraft(sql, draft));
  store.changed('drafts');
  return draft;
}

export function discardDraft(store: StoreService, configName: string): void {
  store.db.write((sql) => deleteDraft(sql, configName));
  store.changed('drafts');
}
