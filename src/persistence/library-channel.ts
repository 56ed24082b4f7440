/** How long a tab taking over waits for the displaced tab's last save. */
export const HANDOVER_TIMEOUT_MS = 2000;

type Message = 'saved' | 'released';

const isMessage = (data: unknown, type: Message) =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === type;

/**
 * Tells the other tabs that the library was saved, so they show it within a second; and, when
 * editing was taken over, that the displaced tab has stored its last edit ("released").
 */
export class LibraryChannel {
  private readonly channel: BroadcastChannel | undefined;

  constructor(name = 'termverkstad-library') {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;
  }

  announceSaved() {
    this.channel?.postMessage({ type: 'saved', at: Date.now() });
  }

  /** The displaced tab has stored everything it had: the tab taking over may read the library. */
  announceReleased() {
    this.channel?.postMessage({ type: 'released', at: Date.now() });
  }

  onSaved(listener: () => void): () => void {
    return this.on('saved', listener);
  }

  /**
   * Resolves when another tab announces it released the library, or after `timeoutMs` (a tab that
   * hangs or has gone cannot hold the new editor back). `cancel` resolves it at once.
   */
  waitForRelease(timeoutMs: number): { readonly released: Promise<void>; readonly cancel: () => void } {
    let cancel = () => undefined as void;
    const released = new Promise<void>((resolve) => {
      const timer = setTimeout(() => cancel(), timeoutMs);
      const stop = this.on('released', () => cancel());
      cancel = () => {
        clearTimeout(timer);
        stop();
        resolve();
      };
    });
    return { released, cancel };
  }

  private on(type: Message, listener: () => void): () => void {
    const channel = this.channel;
    if (!channel) return () => undefined;
    const onMessage = (event: MessageEvent<unknown>) => {
      if (isMessage(event.data, type)) listener();
    };
    channel.addEventListener('message', onMessage);
    return () => channel.removeEventListener('message', onMessage);
  }
}
