import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';
import { cloneVersion } from '../use-cases/configs';
import { exportVersion, importConfigFile } from '../use-cases/files';
import { checkImportText, decodeImportBytes } from '../use-cases/import-checks';

export function filesHandlers(ctx: StudioContext): HandlersOf<'files.importText' | 'files.exportText' | 'files.clone'> {
  return {
    'files.importText': async ({ fileName, text, base64, name, title }) => {
      let checked: string;
      if (base64 !== undefined) {
        checked = decodeImportBytes(fileName, Buffer.from(base64, 'base64'));
      } else {
        checked = text ?? '';
        checkImportText(fileName, checked);
      }
      return importConfigFile(ctx.store, { fileName, text: checked, ...(name === undefined ? {} : { name }), ...(title === undefined ? {} : { title }) });
    },
    'files.exportText': async ({ id }) => exportVersion(ctx.store, id),
    'files.clone': async ({ id, newName, newTitle }) => cloneVersion(ctx.store, id, newName, newTitle),
  };
}
