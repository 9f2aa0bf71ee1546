import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createLanguageApi, LANGUAGE_METHODS, type LanguageApi } from './language-api';
import { fixtureCatalog } from '../../src-shared/toml-language/fixtures/catalog';
import { rpcClient, serveRpc, type MessageEndpoint } from './worker-rpc';

function pair() {
  const channel = new MessageChannel();
  return [channel.port1 as unknown as MessageEndpoint, channel.port2 as unknown as MessageEndpoint, channel] as const;
}

describe('worker RPC', () => {
  it('calls the served methods and returns their results, in order', async () => {
    const [a, b, channel] = pair();
    const stop = serveRpc(b, { add: (x: number, y: number) => x + y, echo: (s: string) => s });
    const { api: client } = rpcClient<{ add: (x: number, y: number) => number; echo: (s: string) => string }>(a, ['add', 'echo']);
    await expect(Promise.all([client.add(2, 3), client.echo('x'), client.add(-1, 1)])).resolves.toEqual([5, 'x', 0]);
    stop();
    channel.port1.close();
  });

  it('rejects with the error message a method threw, and on unknown methods', async () => {
    const [a, b, channel] = pair();
    serveRpc(b, { fail: () => { throw new Error('bad input at line 3'); } });
    const { api: client } = rpcClient<{ fail: () => void; missing: () => void }>(a, ['fail', 'missing']);
    await expect(client.fail()).rejects.toThrow('language worker: bad input at line 3');
    await expect(client.missing()).rejects.toThrow('language worker: unknown method "missing"');
    channel.port1.close();
  });

  it('rejects the calls still waiting when the worker is given up', async () => {
    const [a, , channel] = pair(); // nobody serves: calls would wait forever
    const { api, failPending } = rpcClient<{ slow: () => number }>(a, ['slow']);
    const waiting = api.slow();
    failPending('stopped after an error');
    await expect(waiting).rejects.toThrow('language worker: stopped after an error');
    channel.port1.close();
  });

  it('serves the language service: configure, then diagnose and complete across the channel', async () => {
    const [a, b, channel] = pair();
    serveRpc(b, createLanguageApi());
    const { api: client } = rpcClient<LanguageApi>(a, LANGUAGE_METHODS);
    expect((await client.diagnose('[planner]\nmax_dept = 3\n')).length).toBe(0); // no catalog yet: syntax only
    await client.configure(fixtureCatalog);
    const diagnostics = await client.diagnose('[planner]\nmax_dept = 3\n');
    expect(diagnostics.map((d) => [d.problem.code, d.fixes[0]?.title])).toEqual([['unknown_key', 'Replace with max_depth']]);
    const items = await client.complete('[planner]\n', { line: 2, column: 1 });
    expect(items.map((i) => i.label)).toEqual(['name', 'max_depth', 'priority_threshold', 'allow_sell', 'risk_profile']);
    channel.port1.close();
  });
});
