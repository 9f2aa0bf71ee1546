import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';
import { discardDraft, getDraft, saveDraft } from '../use-cases/drafts';

export function draftsHandlers(ctx: StudioContext): HandlersOf<'drafts.get' | 'drafts.save' | 'drafts.discard'> {
  return {
    'drafts.get': async ({ configName }) => getDraft(ctx.store, configName),
    'drafts.save': async (request) => saveDraft(ctx.store, request),
    'drafts.discard': async ({ configName }) => {
      discardDraft(ctx.store, configName);
      return {};
    },
  };
}
