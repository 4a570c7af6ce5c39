/**
 * One asynchronous request at a time for a widget (its `src`, its `geometry-src`): a newer
 * request aborts the older one, so that the newest address wins whatever order the answers
 * come in; a widget that leaves the page aborts its request and asks again when it returns,
 * and one that is not on a page when asked (removed in the same task) asks only when it is.
 *
 * Written once here rather than with `@lit/task`, which leaves a request running when its
 * host is disconnected and would add its bytes to every widget.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How the newest request ended: its value, or the error it failed with. */
export type Outcome<T> = { readonly value: T } | { readonly error: unknown };

export class LatestRequest<T> implements ReactiveController {
  private address: string | null = null;
  private request: AbortController | null = null;
  private interrupted = false;

  /**
   * @param load fetches what `address` points at; it must give up when `signal` aborts.
   * @param settle takes the newest request's outcome, never a superseded one's; the host
   *   updates after it.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: (address: string, signal: AbortSignal) => Promise<T>,
    private readonly settle: (outcome: Outcome<T>, address: string) => void,
  ) {
    host.addController(this);
  }

  /** Whether a request is on its way (also while the host is away from the page). */
  get pending(): boolean {
    return this.request !== null || this.interrupted;
  }

  /** Starts a request for `address`, aborting any before it. */
  start(address: string): void {
    this.cancel();
    this.address = address;
    // Removed in the task that set the address (its update runs after): wait for its return.
    if (this.present) void this.run(address);
    else this.interrupted = true;
  }

  /** Aborts the request on its way, if any; its outcome is never settled. */
  cancel(): void {
    this.request?.abort();
    this.request = null;
    this.interrupted = false;
    this.address = null;
  }

  hostConnected(): void {
    // A widget moved in the page while loading lost its request when it left: ask again.
    if (this.interrupted && this.address !== null && this.present) {
      this.interrupted = false;
      void this.run(this.address);
    }
  }

  hostDisconnected(): void {
    if (!this.request) return;
    this.request.abort();
    this.request = null;
    this.interrupted = true;
  }

  /**
   * Whether the host is in a document that shows it: not when removed, nor in a document
   * without a window (`document.implementation.createHTMLDocument`).
   */
  private get present(): boolean {
    const node = this.host as Partial<Node>;
    return node.isConnected !== false && node.ownerDocument?.defaultView !== null;
  }

  private async run(address: string): Promise<void> {
    const request = new AbortController();
    this.request = request;
    let outcome: Outcome<T>;
    try {
      outcome = { value: await this.load(address, request.signal) };
    } catch (error) {
      outcome = { error };
    }
    if (request !== this.request || request.signal.aborted) return;
    this.request = null;
    this.settle(outcome, address);
    this.host.requestUpdate();
  }
}
