import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IPC_CALL_PREFIX, IPC_EVENT_CHANNEL } from '../../src-shared/api/bridge';
import { methodNames } from '../../src-shared/api/contract';
import { EventBus } from '../api/event-bus';
import { openStudio } from '../api/studio';
import { bindStudioToIpc, forwardEvents, isAppMainFrame } from './ipc-adapter';

type Handler = (event: unknown, request: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
}

const mainFrame = { url: 'app://studio/index.html', parent: null };
const appContents = { id: 7, mainFrame };
const goodEvent = { sender: appContents, senderFrame: mainFrame };

describe('isAppMainFrame', () => {
  it('trusts only the app window main frame showing app://studio', () => {
    expect(isAppMainFrame(goodEvent as never, appContents as never)).toBe(true);
    // Another wrapper object for the same top frame is still trusted.
    expect(isAppMainFrame({ sender: appContents, senderFrame: { ...mainFrame } } as never, appContents as never)).toBe(true);
    expect(isAppMainFrame({ sender: appContents, senderFrame: null } as never, appContents as never)).toBe(false);
    expect(isAppMainFrame({ sender: appContents, senderFrame: { url: 'app://studio/x', parent: mainFrame } } as never, appContents as never)).toBe(false);
    expect(isAppMainFrame({ sender: { id: 8, mainFrame }, senderFrame: mainFrame } as never, appContents as never)).toBe(false);
    const foreign = { url: 'https://evil.example/', parent: null };
    expect(isAppMainFrame({ sender: { id: 7, mainFrame: foreign }, senderFrame: foreign } as never, appContents as never)).toBe(false);
    expect(isAppMainFrame(goodEvent as never, null)).toBe(false);
  });
});

describe('bindStudioToIpc', () => {
  async function bound(trusted = true) {
    const studio = await openStudio({ host: 'electron', dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'studio-ipc-')) });
    const ipcMain = fakeIpcMain();
    const unbind = bindStudioToIpc({ ipcMain: ipcMain as never, handlers: studio.handlers, isTrustedSender: () => trusted });
    return { ipcMain, unbind };
  }

  it('registers exactly one channel per contract method, and removes them all', async () => {
    const { ipcMain, unbind } = await bound();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(methodNames.map((m) => IPC_CALL_PREFIX + m).sort());
    unbind();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('answers a valid call with data', async () => {
    const { ipcMain } = await bound();
    const result = await ipcMain.handlers.get(`${IPC_CALL_PREFIX}system.info`)?.(goodEvent, {});
    expect(result).toMatchObject({ ok: true, value: { host: 'electron' } });
  });

  it('refuses an untrusted sender before the handler runs', async () => {
    const { ipcMain } = await bound(false);
    const result = await ipcMain.handlers.get(`${IPC_CALL_PREFIX}system.info`)?.(goodEvent, {});
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: "system.info refused: the caller is not Planner Studio's own window." } });
  });

  it('validates the request against the schema, naming the field', async () => {
    const { ipcMain } = await bound();
    const result = await ipcMain.handlers.get(`${IPC_CALL_PREFIX}configs.get`)?.(goodEvent, { id: 'one' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'id' } });
  });
});

describe('forwardEvents', () => {
  it('sends events on the event channel until the window is destroyed', () => {
    const bus = new EventBus();
    const sent: unknown[] = [];
    let destroyed = false;
    let onDestroyed = (): void => {};
    forwardEvents(bus, {
      send: (channel: string, event: unknown) => void sent.push([channel, event]),
      isDestroyed: () => destroyed,
      once: ((_name: string, listener: () => void) => void (onDestroyed = listener)) as never,
    });
    bus.publish({ channel: 'store', event: { entity: 'configs' } });
    destroyed = true;
    onDestroyed();
    bus.publish({ channel: 'store', event: { entity: 'runs' } });
    expect(sent).toEqual([[IPC_EVENT_CHANNEL, { channel: 'store', event: { entity: 'configs' } }]]);
  });
});
