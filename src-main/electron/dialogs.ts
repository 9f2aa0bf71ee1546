import fs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { StudioError } from '../../src-shared/api/errors';
import type { Dialogs, OpenedTomlFile } from '../api/ports';
import type { RecentFiles } from './recent-files';
import { readTomlFile } from './toml-file';

const TOML_FILTERS = [
  { name: 'TOML strategy files', extensions: ['toml'] },
  { name: 'All files', extensions: ['*'] },
];

export interface ElectronDialogDeps {
  /** Electron's `dialog` module; its methods are looked up at call time so e2e tests can stub them. */
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  window(): BrowserWindow | null;
  recent: RecentFiles;
  /** Where the first dialog opens (later ones start in the last folder used). */
  defaultDir: string;
}

/** A file name that is safe on every OS and ends in .toml. */
export function tomlFileName(suggested: string): string {
  const base = path.basename(suggested.replace(/\\/g, '/')).replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').trim();
  const name = base === '' || base === '.' || base === '..' ? 'strategy' : base;
  return name.toLowerCase().endsWith('.toml') ? name : `${name}.toml`;
}

/** The desktop `Dialogs` port: native dialogs with TOML filters, feeding the recent-files list. */
export function createElectronDialogs(deps: ElectronDialogDeps): Dialogs {
  let lastDir = deps.defaultDir;

  const opened = (file: OpenedTomlFile): OpenedTomlFile => {
    deps.recent.add(file.path);
    lastDir = path.dirname(file.path);
    return file;
  };

  return {
    async openToml() {
      const options: OpenDialogOptions = { title: 'Open a strategy file', defaultPath: lastDir, filters: TOML_FILTERS, properties: ['openFile'] };
      const window = deps.window();
      const answer = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
      const picked = answer.filePaths[0];
      if (answer.canceled || picked === undefined) return null;
      return opened(await readTomlFile(picked));
    },

    async saveToml(suggestedName, text) {
      const options: SaveDialogOptions = {
        title: 'Export the strategy file',
        defaultPath: path.join(lastDir, tomlFileName(suggestedName)),
        filters: TOML_FILTERS,
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const window = deps.window();
      const answer = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return null;
      // GTK's dialog does not add the filter's extension by itself. Its overwrite confirmation was
      // about the name typed, so a file already at the name with .toml added is never replaced.
      const added = path.extname(answer.filePath) === '';
      const target = added ? `${answer.filePath}.toml` : answer.filePath;
      if (added && (await exists(target))) {
        throw new StudioError('conflict', `${target} exists already and was not replaced: to replace it, choose ${path.basename(target)} itself.`, { file: target });
      }
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
      try {
        await fs.writeFile(temp, text, 'utf8');
        await fs.rename(temp, target);
      } catch (error) {
        await fs.rm(temp, { force: true });
        throw new StudioError('invalid_file', `Cannot write ${target}: ${(error as Error).message}`, { file: target });
      }
      deps.recent.add(target);
      lastDir = path.dirname(target);
      return { path: target };
    },

    async openRecent(filePath) {
      if (!deps.recent.has(filePath)) throw new StudioError('not_found', `${filePath} is not in the recent files list.`, { file: filePath });
      try {
        return opened(await readTomlFile(filePath));
      } catch (error) {
        deps.recent.remove(filePath);
        throw error;
      }
    },
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
