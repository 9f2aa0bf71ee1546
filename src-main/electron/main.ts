import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import type { MenuCommand } from '../../src-shared/api/events';
import { containStrayErrors } from '../api/stray-errors';
import { openStudio, type Studio } from '../api/studio';
import { APP_NAME } from '../platform/paths';
import { APP_VERSION } from '../platform/version';
import { showAbout } from './about';
import { createElectronDialogs } from './dialogs';
import { bindStudioToIpc, forwardEvents, isAppMainFrame } from './ipc-adapter';
import { createMainLog } from './main-log';
import { menuTemplate, themeOf, type MenuTheme } from './menu';
import { APP_ENTRY_URL, registerAppScheme, serveRenderer } from './protocol';
import { RecentFiles } from './recent-files';
import { denyPermissions, hardenWebContents } from './security';
import { promptBeforeUnload } from './unload-prompt';
import { createMainWindow } from './window';
import { loadThemeChoice, saveThemeChoice } from './theme-choice';
import { loadWindowState, rememberWindowState } from './window-state';

// Everything here runs before `ready`: the scheme, the name and the folders must be set first.
registerAppScheme(protocol);
app.setName(APP_NAME);
// Where assets/, plugins/ and the sql.js wasm are, for this process and its workers: the packaged
// resources folder, or the repository when run from source (src-main/platform/paths.ts).
process.env.PLANNER_STUDIO_RESOURCES = app.isPackaged ? process.resourcesPath : app.getAppPath();

// PLANNER_STUDIO_DATA_DIR (tests, portable use) moves everything, including Chromium's own
// profile and the single-instance lock, so parallel test apps never meet.
const dataDir = process.env.PLANNER_STUDIO_DATA_DIR || app.getPath('userData');
app.setPath('userData', dataDir);
const logDir = path.join(dataDir, 'logs');
app.setAppLogsPath(logDir);
const log = createMainLog(logDir);

const isDev = !app.isPackaged;
let mainWindow: BrowserWindow | null = null;
let studio: Studio | null = null;

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // `will-quit` comes after every window agreed to close (the unsaved-changes prompt may cancel a
  // quit earlier), so only then is the store closed; the quit resumes once it is.
  app.on('will-quit', (event) => {
    const open = studio;
    if (!open) return;
    studio = null;
    event.preventDefault();
    open
      .close()
      .catch((error: unknown) => log('Closing the store failed', error))
      .finally(() => app.quit());
  });
  app.whenReady().then(start, (error: unknown) => fail(error));
}

async function start(): Promise<void> {
  try {
    denyPermissions(session.defaultSession);
    const rendererDir = path.join(app.getAppPath(), 'out', 'renderer');
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
      throw new Error(`The app is not built: ${rendererDir} has no index.html. Run "npm run build:desktop".`);
    }
    serveRenderer(protocol, rendererDir);

    const recent = new RecentFiles(path.join(dataDir, 'recent-files.json'));
    const dialogs = createElectronDialogs({ dialog, window: () => mainWindow, recent, defaultDir: app.getPath('documents') });
    studio = await openStudio({ host: 'electron', dataDir, dialogs });
    // Electron's default would show a native error box per stray error; log and notify instead.
    containStrayErrors(studio.events, (line) => log(line));

    const stateFile = path.join(dataDir, 'window-state.json');
    const window = createMainWindow(
      loadWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea)),
      path.join(import.meta.dirname, '..', 'preload', 'preload.cjs'),
    );
    mainWindow = window;
    window.on('closed', () => (mainWindow = null));
    rememberWindowState(window, stateFile);
    promptBeforeUnload(window, dialog);
    window.webContents.on('render-process-gone', (_event, details) => log(`The window's renderer stopped: ${details.reason} (exit ${details.exitCode})`));

    const unbind = bindStudioToIpc({
      ipcMain,
      handlers: studio.handlers,
      isTrustedSender: (event) => isAppMainFrame(event, mainWindow?.webContents ?? null),
      onInternalError: (method, error) => log(`API call ${method} failed`, error),
    });
    window.on('closed', unbind);
    forwardEvents(studio.events, window.webContents);

    // The menu starts with the theme the page restores (both remember the last pick).
    const themeFile = path.join(dataDir, 'theme.json');
    let theme: MenuTheme = loadThemeChoice(themeFile);
    const send = (command: MenuCommand, filePath?: string): void => {
      const picked = themeOf(command);
      if (picked !== null && picked !== theme) {
        theme = picked;
        try {
          saveThemeChoice(themeFile, picked);
        } catch (error) {
          log('The theme choice could not be saved', error);
        }
        installMenu();
      }
      studio?.events.publish({ channel: 'menu', event: filePath === undefined ? { command } : { command, path: filePath } });
    };
    const installMenu = (): void =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate({
            platform: process.platform,
            isDev,
            recentFiles: recent.list(),
            theme,
            actions: {
              send,
              clearRecent: () => recent.clear(),
              showAbout: () =>
                void showAbout(dialog, mainWindow, {
                  version: APP_VERSION,
                  electron: process.versions.electron ?? '',
                  chrome: process.versions.chrome ?? '',
                  node: process.versions.node,
                  dataDir,
                  logDir,
                }),
              openDataFolder: () => void shell.openPath(dataDir),
              openLogFolder: () => void shell.openPath(logDir),
            },
          }),
        ),
      );
    installMenu();
    recent.onChange((paths) => {
      installMenu();
      if (paths.length === 0) app.clearRecentDocuments();
      else if (paths[0] !== undefined) app.addRecentDocument(paths[0]);
    });

    await window.loadURL(APP_ENTRY_URL);
  } catch (error) {
    fail(error);
  }
}

function fail(error: unknown): void {
  log('Planner Studio failed to start', error);
  dialog.showErrorBox(`${APP_NAME} could not start`, `${error instanceof Error ? error.message : String(error)}\n\nDetails are in ${logDir}.`);
  app.exit(1);
}
