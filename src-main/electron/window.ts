import { BrowserWindow } from 'electron';
import { APP_NAME } from '../platform/paths';
import type { WindowState } from './window-state';

/**
 * The main window at its remembered place; shown once the first paint is ready.
 * The renderer is untrusted web content: isolated from the preload, sandboxed, no Node, no
 * webviews, no insecure content. `auxclick` is off so a middle click cannot open a window
 * around `setWindowOpenHandler`. The preferences stay a literal here so Electronegativity's
 * checks can read them (it does not follow function calls).
 */
export function createMainWindow(state: WindowState, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 800,
    minHeight: 520,
    title: APP_NAME,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  return window;
}
