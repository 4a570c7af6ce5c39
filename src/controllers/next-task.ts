/**
 * A promise that resolves in a task of its own, so that work split across `await nextTask()`
 * lets the page paint and answer the reader in between: `scheduler.yield()` where the browser
 * has it (its continuation goes before other queued tasks), else one message on a shared
 * `MessageChannel` (not `setTimeout`, which browsers clamp to 4 ms after a few nestings).
 */

type Scheduler = { yield?: () => Promise<void> };

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

function viaMessage(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : viaMessage();
}
