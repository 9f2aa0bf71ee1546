import { describe, expect, it } from 'vitest';
import { aboutMessage } from './about';
import { promptBeforeUnload, UNSAVED_CHANGES_PROMPT } from './unload-prompt';

describe('aboutMessage', () => {
  it('names the version, the data folder and the log folder', () => {
    const message = aboutMessage({ version: '0.1.0', electron: '45.4.1', chrome: '142', node: '22.1', dataDir: '/d', logDir: '/d/logs' });
    expect(message.message).toBe('Planner Studio 0.1.0');
    expect(message.detail).toBe('Data folder: /d\nLog folder: /d/logs\n\nElectron 45.4.1 · Chromium 142 · Node 22.1');
  });
});

describe('promptBeforeUnload', () => {
  function setup(choice: number) {
    let listener: (event: { preventDefault(): void }) => void = () => {};
    const asked: unknown[] = [];
    const window = { webContents: { on: (_name: string, l: typeof listener) => void (listener = l) } };
    promptBeforeUnload(window as never, { showMessageBoxSync: ((_w: unknown, options: unknown) => (asked.push(options), choice)) as never });
    let prevented = false;
    listener({ preventDefault: () => (prevented = true) });
    return { prevented, asked };
  }

  it('lets the window close when the user chooses to discard', () => {
    const { prevented, asked } = setup(0);
    expect(prevented).toBe(true);
    expect(asked).toEqual([UNSAVED_CHANGES_PROMPT]);
  });

  it('keeps the window open when the user stays (or dismisses the prompt)', () => {
    expect(setup(1).prevented).toBe(false);
  });
});
