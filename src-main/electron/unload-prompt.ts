import type { BrowserWindow, Dialog, MessageBoxSyncOptions } from 'electron';

export const UNSAVED_CHANGES_PROMPT: MessageBoxSyncOptions = {
  type: 'warning',
  title: 'Unsaved changes',
  message: 'You have unsaved changes.',
  detail: 'Close anyway and lose them, or stay to save them?',
  buttons: ['Close Without Saving', 'Stay'],
  defaultId: 1,
  cancelId: 1,
  noLink: true,
};

/**
 * The UI sets `beforeunload` while it has unsaved edits; Electron then fires
 * `will-prevent-unload` instead of showing a browser prompt. Asking here and calling
 * `preventDefault` lets the unload (the close) go ahead.
 */
export function promptBeforeUnload(window: Pick<BrowserWindow, 'webContents'>, dialog: Pick<Dialog, 'showMessageBoxSync'>): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window as BrowserWindow, UNSAVED_CHANGES_PROMPT);
    if (choice === 0) event.preventDefault();
  });
}
