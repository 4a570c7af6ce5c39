import { describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LatestRequest, type Outcome } from './latest-request.js';

/** A host that counts update requests, and requests whose answers the test gives by hand. */
function setup() {
  const controllers: ReactiveController[] = [];
  const host = { updates: 0, addController: (c: ReactiveController) => controllers.push(c), requestUpdate() { host.updates++; } } as unknown as ReactiveControllerHost & { updates: number };
  const asked: { address: string; signal: AbortSignal; answer: (value: string) => void; fail: (error: unknown) => void }[] = [];
  const settled: [Outcome<string>, string][] = [];
  const request = new LatestRequest<string>(
    host,
    (address, signal) =>
      new Promise((resolve, reject) => {
        asked.push({ address, signal, answer: resolve, fail: reject });
        signal.addEventListener('abort', () => reject(signal.reason));
      }),
    (outcome, address) => settled.push([outcome, address]),
  );
  const tick = () => new Promise((resolve) => setTimeout(resolve));
  return { host, controllers, asked, settled, request, tick };
}

describe('LatestRequest', () => {
  it('settles the newest request only, aborting the one it replaced', async () => {
    const { host, asked, settled, request, tick } = setup();
    request.start('/a.csv');
    request.start('/b.csv');
    expect(request.pending).toBe(true);
    expect(asked.map((a) => [a.address, a.signal.aborted])).toEqual([['/a.csv', true], ['/b.csv', false]]);
    asked[0].answer('old');
    asked[1].answer('new');
    await tick();
    expect(settled).toEqual([[{ value: 'new' }, '/b.csv']]);
    expect(request.pending).toBe(false);
    expect(host.updates).toBe(1);
  });

  it('settles a failure with its error', async () => {
    const { settled, request, asked, tick } = setup();
    request.start('/a.csv');
    asked[0].fail('HTTP 404');
    await tick();
    expect(settled).toEqual([[{ error: 'HTTP 404' }, '/a.csv']]);
  });

  it('aborts on disconnect, stays pending, and asks again on reconnect', async () => {
    const { controllers, asked, settled, request, tick } = setup();
    request.start('/a.csv');
    controllers[0].hostDisconnected!();
    expect(asked[0].signal.aborted).toBe(true);
    expect(request.pending).toBe(true);
    await tick();
    expect(settled).toEqual([]);
    controllers[0].hostConnected!();
    expect(asked.map((a) => a.address)).toEqual(['/a.csv', '/a.csv']);
    asked[1].answer('data');
    await tick();
    expect(settled).toEqual([[{ value: 'data' }, '/a.csv']]);
  });

  it('does nothing on reconnect when nothing was interrupted, and never settles a cancelled request', async () => {
    const { controllers, asked, settled, request, tick } = setup();
    controllers[0].hostConnected!();
    expect(asked).toEqual([]);
    request.start('/a.csv');
    request.cancel();
    expect(request.pending).toBe(false);
    expect(asked[0].signal.aborted).toBe(true);
    controllers[0].hostDisconnected!();
    controllers[0].hostConnected!();
    await tick();
    expect(asked).toHaveLength(1);
    expect(settled).toEqual([]);
  });

  it('asks nothing while its host is off the page (removed in the task that set the address), and asks when it returns', async () => {
    const { host, controllers, asked, settled, request, tick } = setup();
    const node = host as unknown as { isConnected: boolean };
    node.isConnected = false;
    request.start('/a.csv');
    expect(asked).toEqual([]);
    expect(request.pending).toBe(true);
    controllers[0].hostDisconnected!();
    node.isConnected = true;
    controllers[0].hostConnected!();
    expect(asked.map((a) => [a.address, a.signal.aborted])).toEqual([['/a.csv', false]]);
    asked[0].answer('data');
    await tick();
    expect(settled).toEqual([[{ value: 'data' }, '/a.csv']]);
  });
});
