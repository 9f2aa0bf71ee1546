import { StudioError } from '../../../src-shared/api/errors';
import type { HandlersOf } from '../handlers';
import type { Dialogs } from '../ports';
import type { StudioContext } from '../studio-context';

const NO_DIALOGS =
  'Native file dialogs exist only in the desktop app; in the web UI use the upload and download buttons instead.';

export function dialogsHandlers(ctx: StudioContext): HandlersOf<'dialogs.openToml' | 'dialogs.saveToml' | 'dialogs.openRecent'> {
  const dialogs = (): Dialogs => {
    if (!ctx.dialogs) throw new StudioError('unavailable', NO_DIALOGS);
    return ctx.dialogs;
  };
  return {
    'dialogs.openToml': async () => dialogs().openToml(),
    'dialogs.saveToml': async ({ suggestedName, text }) => dialogs().saveToml(suggestedName, text),
    'dialogs.openRecent': async ({ path }) => dialogs().openRecent(path),
  };
}
