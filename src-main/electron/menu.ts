import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src-shared/api/events';
import { APP_NAME } from '../platform/paths';

export interface MenuActions {
  /** Pushes a command to the UI (a `menu` event); the UI owns the state it acts on. */
  send(command: MenuCommand, path?: string): void;
  clearRecent(): void;
  showAbout(): void;
  openDataFolder(): void;
  openLogFolder(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Dev tools and reload exist only when running from source. */
  isDev: boolean;
  recentFiles: readonly string[];
  /** The theme picked last, so a rebuilt menu keeps its radio item checked. */
  theme: MenuTheme;
  actions: MenuActions;
}

export type MenuTheme = 'system' | 'light' | 'dark';

/** The theme a menu command picks, if it is a theme command. */
export function themeOf(command: MenuCommand): MenuTheme | null {
  if (command === 'view.themeSystem') return 'system';
  if (command === 'view.themeLight') return 'light';
  if (command === 'view.themeDark') return 'dark';
  return null;
}

/**
 * The application menu. Accelerators avoid keys Monaco already uses (Ctrl+D, Ctrl+Shift+K,
 * F1, F8…): the planner runs get F5/F6 and Ctrl+Alt combinations.
 */
export function menuTemplate({ platform, isDev, recentFiles, theme, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  // Each command item's id is its command name, so tests can find and click it.
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: name,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(name),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const recent: MenuItemConstructorOptions[] =
    recentFiles.length === 0
      ? [{ label: 'No recent files', enabled: false }]
      : recentFiles.map((file) => ({ label: `${path.basename(file)} — ${path.dirname(file)}`, click: () => actions.send('file.openRecent', file) }));

  const about: MenuItemConstructorOptions = { label: `About ${APP_NAME}`, click: () => actions.showAbout() };

  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [{ label: APP_NAME, submenu: [about, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }] } satisfies MenuItemConstructorOptions]
      : []),
    {
      label: '&File',
      submenu: [
        command('New Strategy', 'file.new', 'CmdOrCtrl+N'),
        command('Open / Import…', 'file.open', 'CmdOrCtrl+O'),
        { label: 'Open Recent', submenu: [...recent, separator, { label: 'Clear Recent', enabled: recentFiles.length > 0, click: () => actions.clearRecent() }] },
        separator,
        command('Save', 'file.save', 'CmdOrCtrl+S'),
        command('Export…', 'file.export', 'CmdOrCtrl+Shift+E'),
        command('Clone…', 'file.clone', 'CmdOrCtrl+Shift+N'),
        ...(isMac ? [] : [separator, { label: 'Quit', role: 'quit', accelerator: 'CmdOrCtrl+Q' } satisfies MenuItemConstructorOptions]),
      ],
    },
    {
      label: '&Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, separator, { role: 'selectAll' }],
    },
    {
      label: '&View',
      submenu: [
        {
          label: 'Theme',
          submenu: [
            { id: 'view.themeSystem', label: 'Follow System', type: 'radio', checked: theme === 'system', click: () => actions.send('view.themeSystem') },
            { id: 'view.themeLight', label: 'Light', type: 'radio', checked: theme === 'light', click: () => actions.send('view.themeLight') },
            { id: 'view.themeDark', label: 'Dark', type: 'radio', checked: theme === 'dark', click: () => actions.send('view.themeDark') },
          ],
        },
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
        ...(isDev ? [separator, { role: 'reload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[] : []),
      ],
    },
    {
      label: '&Planner',
      submenu: [
        command('Dry-run', 'planner.dryRun', 'F5'),
        command('Plan', 'planner.plan', 'F6'),
        separator,
        command('Compare A/B…', 'planner.compare', 'CmdOrCtrl+Alt+C'),
        command('Sweep…', 'planner.sweep', 'CmdOrCtrl+Alt+W'),
      ],
    },
    {
      label: '&Help',
      submenu: [
        command('Module Reference', 'help.moduleReference', 'Shift+F1'),
        separator,
        { label: 'Open Data Folder', click: () => actions.openDataFolder() },
        { label: 'Open Log Folder', click: () => actions.openLogFolder() },
        ...(isMac ? [] : [separator, about]),
      ],
    },
  ];
  return template;
}
