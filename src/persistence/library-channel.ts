/** Tells the other tabs that the library was saved, so they show it within a second. */
export class LibraryChannel {
  private readonly channel: BroadcastChannel | undefined;

  constructor(name = 'termverkstad-library') {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;
  }

  announceSaved() {
    this.channel?.postMessage({ type: 'saved', at: Date.now() });
  }

  onSaved(listener: () => void): () => void {
    const channel = this.channel;
    if (!channel) return () => undefined;
    const onMessage = (event: MessageEvent<unknown>) => {
      if (
        typeof event.data === 'object' &&
        event.data !== null &&
        (event.data as { type?: unknown }).type === 'saved'
      )
        listener();
    };
    channel.addEventListener('message', onMessage);
    return () => channel.removeEventListener('message', onMessage);
  }
}
