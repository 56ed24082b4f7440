import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryChannel } from '../../../src/persistence/library-channel.ts';

afterEach(() => vi.useRealTimers());

describe('handing editing over between tabs', () => {
  it('the tab taking over hears the displaced tab release the library, and not a save', async () => {
    const name = `channel-${crypto.randomUUID()}`;
    const taking = new LibraryChannel(name);
    const displaced = new LibraryChannel(name);
    let released = false;
    const wait = taking.waitForRelease(60_000);
    void wait.released.then(() => (released = true));
    displaced.announceSaved();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(released).toBe(false);
    displaced.announceReleased();
    await wait.released;
    expect(released).toBe(true);
  });

  it('stops waiting after the time limit when no tab answers (the other tab hangs or is gone)', async () => {
    vi.useFakeTimers();
    const wait = new LibraryChannel(`channel-${crypto.randomUUID()}`).waitForRelease(2000);
    let released = false;
    void wait.released.then(() => (released = true));
    await vi.advanceTimersByTimeAsync(1999);
    expect(released).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(released).toBe(true);
  });

  it('stops waiting at once when cancelled (the lock was free: nobody to wait for)', async () => {
    const wait = new LibraryChannel(`channel-${crypto.randomUUID()}`).waitForRelease(60_000);
    wait.cancel();
    await expect(wait.released).resolves.toBeUndefined();
  });
});
