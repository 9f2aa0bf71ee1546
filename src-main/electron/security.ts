import { shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './protocol';

/**
 * The one place that decides navigation, new windows, permissions and external links
 * (vscode's app.ts and Beekeeper's safeOpenExternal do the same). Everything is denied unless
 * listed here.
 */

/** Only plain https links leave the app, never with credentials, never other schemes. */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
}

/** The only caller of `shell.openExternal` in the app; returns whether the link was opened. */
export function openExternalSafely(raw: string): boolean {
  if (!isSafeExternalUrl(raw)) return false;
  shell.openExternal(new URL(raw).toString()).catch(() => {});
  return true;
}

type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Applied to every WebContents the app creates (`web-contents-created`). */
export function hardenWebContents(contents: Contents): void {
  const stayInApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** The app needs no device, location, notification or media permission; clipboard writes stay. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

export function denyPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}
