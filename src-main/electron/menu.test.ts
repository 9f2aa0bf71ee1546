import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate, themeOf, type MenuActions } from './menu';

function recorder() {
  const calls: unknown[][] = [];
  const actions: MenuActions = {
    send: (...args) => void calls.push(['send', ...args]),
    clearRecent: () => void calls.push(['clearRecent']),
    showAbout: () => void calls.push(['about']),
    openDataFolder: () => void calls.push(['data']),
    openLogFolder: () => void calls.push(['logs']),
  };
  return { calls, actions };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const find = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions => {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no menu item "${label}"`);
  return item;
};

const click = (item: MenuItemConstructorOptions): void => (item.click as () => void)();

describe('menuTemplate', () => {
  it('has the File, Edit, View, Planner and Help menus (and the app menu on macOS)', () => {
    const { actions } = recorder();
    expect(menuTemplate({ platform: 'linux', isDev: false, recentFiles: [], theme: 'system', actions }).map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Planner', '&Help']);
    expect(menuTemplate({ platform: 'darwin', isDev: false, recentFiles: [], theme: 'system', actions }).map((m) => m.label)).toEqual(['Planner Studio', '&File', '&Edit', '&View', '&Planner', '&Help']);
  });

  it('sends each command to the UI with its accelerator', () => {
    const { calls, actions } = recorder();
    const items = flatten(menuTemplate({ platform: 'linux', isDev: false, recentFiles: [], theme: 'system', actions }));
    const expected: Array<[string, string, string | undefined]> = [
      ['New Strategy', 'file.new', 'CmdOrCtrl+N'],
      ['Open / Import…', 'file.open', 'CmdOrCtrl+O'],
      ['Save', 'file.save', 'CmdOrCtrl+S'],
      ['Export…', 'file.export', 'CmdOrCtrl+Shift+E'],
      ['Clone…', 'file.clone', 'CmdOrCtrl+Shift+N'],
      ['Dry-run', 'planner.dryRun', 'F5'],
      ['Plan', 'planner.plan', 'F6'],
      ['Compare A/B…', 'planner.compare', 'CmdOrCtrl+Alt+C'],
      ['Sweep…', 'planner.sweep', 'CmdOrCtrl+Alt+W'],
      ['Module Reference', 'help.moduleReference', 'Shift+F1'],
      ['Light', 'view.themeLight', undefined],
      ['Dark', 'view.themeDark', undefined],
      ['Follow System', 'view.themeSystem', undefined],
    ];
    for (const [label, name, accelerator] of expected) {
      const item = find(items, label);
      expect(item.accelerator, label).toBe(accelerator);
      expect(item.id, label).toBe(name);
      click(item);
    }
    expect(calls).toEqual(expected.map(([, name]) => ['send', name]));
    expect(find(items, 'Quit')).toMatchObject({ role: 'quit', accelerator: 'CmdOrCtrl+Q' });
  });

  it('shows dev tools only in development', () => {
    const { actions } = recorder();
    const roles = (isDev: boolean) => flatten(menuTemplate({ platform: 'linux', isDev, recentFiles: [], theme: 'system', actions })).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('lists recent files, opening one by path, and clears them', () => {
    const { calls, actions } = recorder();
    const items = flatten(menuTemplate({ platform: 'linux', isDev: false, recentFiles: ['/home/a/plan.toml'], theme: 'system', actions }));
    click(find(items, 'plan.toml — /home/a'));
    click(find(items, 'Clear Recent'));
    expect(calls).toEqual([['send', 'file.openRecent', '/home/a/plan.toml'], ['clearRecent']]);
    const empty = flatten(menuTemplate({ platform: 'linux', isDev: false, recentFiles: [], theme: 'system', actions }));
    expect(find(empty, 'No recent files').enabled).toBe(false);
    expect(find(empty, 'Clear Recent').enabled).toBe(false);
  });

  it('offers About, the data folder and the log folder in Help', () => {
    const { calls, actions } = recorder();
    const items = flatten(menuTemplate({ platform: 'win32', isDev: false, recentFiles: [], theme: 'system', actions }));
    for (const label of ['Open Data Folder', 'Open Log Folder', 'About Planner Studio']) click(find(items, label));
    expect(calls).toEqual([['data'], ['logs'], ['about']]);
  });

  it('keeps the picked theme checked when the menu is rebuilt', () => {
    const { actions } = recorder();
    const checked = (theme: 'system' | 'light' | 'dark') =>
      flatten(menuTemplate({ platform: 'linux', isDev: false, recentFiles: [], theme, actions }))
        .filter((i) => i.type === 'radio' && i.checked)
        .map((i) => i.label);
    expect(checked('dark')).toEqual(['Dark']);
    expect(checked('system')).toEqual(['Follow System']);
    expect([themeOf('view.themeLight'), themeOf('file.save')]).toEqual(['light', null]);
  });
});
