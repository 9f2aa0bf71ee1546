import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudioEvent } from '../../../src-shared/api/events';
import { startWebHost, type WebHost } from '../../web/server';
import { openStudio, type Studio } from '../studio';

let studio: Studio;
let host: WebHost;
let dataDir: string;
let rendererDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-sse-planner-'));
  rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-sse-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  studio = await openStudio({ host: 'web', dataDir });
  host = await startWebHost({ studio, port: 0, rendererDir });
});
afterAll(async () => {
  await host.close();
  await studio.close();
  for (const dir of [dataDir, rendererDir]) fs.rmSync(dir, { recursive: true, force: true });
});

describe('planner events over the web host', () => {
  it('streams a plan run\'s planner and progress events over SSE, in order, ending with planning_completed', async () => {
    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${host.port}/api/events?token=${host.token}`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    const planned = await fetch(`http://127.0.0.1:${host.port}/api/planner.plan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ bucket: 'core', seed: 1, runId: 'sse-run' }),
    });
    expect(planned.status).toBe(200);
    let text = '';
    const received = (): StudioEvent[] =>
      text
        .split('\n\n')
        .filter((frame) => frame.startsWith('data: '))
        .map((frame) => JSON.parse(frame.slice('data: '.length)) as StudioEvent);
    while (!received().some((e) => e.channel === 'planner' && e.event.type === 'planning_completed')) {
      text += new TextDecoder().decode((await reader.read()).value);
    }
    controller.abort();
    const planner = received().flatMap((e) => (e.channel === 'planner' && e.event.runId === 'sse-run' ? [e.event.type] : []));
    expect(planner[0]).toBe('generation_started');
    expect(planner.indexOf('evaluation_started')).toBeGreaterThan(planner.indexOf('generation_completed'));
    expect(planner.at(-1)).toBe('planning_completed');
    expect(received().some((e) => e.channel === 'progress' && e.event.runId === 'sse-run')).toBe(true);
  });
});
