import type { BrowserWindow, Dialog, MessageBoxOptions } from 'electron';
import { APP_NAME } from '../platform/paths';

export interface AboutFacts {
  version: string;
  electron: string;
  chrome: string;
  node: string;
  dataDir: string;
  logDir: string;
}

/** Help > About: the version and where the data and logs are, so users can find them. */
export function aboutMessage(facts: AboutFacts): MessageBoxOptions {
  return {
    type: 'info',
    title: `About ${APP_NAME}`,
    message: `${APP_NAME} ${facts.version}`,
    detail: [
      `Data folder: ${facts.dataDir}`,
      `Log folder: ${facts.logDir}`,
      '',
      `Electron ${facts.electron} · Chromium ${facts.chrome} · Node ${facts.node}`,
    ].join('\n'),
    buttons: ['OK'],
    noLink: true,
  };
}

export async function showAbout(dialog: Pick<Dialog, 'showMessageBox'>, window: BrowserWindow | null, facts: AboutFacts): Promise<void> {
  const options = aboutMessage(facts);
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
