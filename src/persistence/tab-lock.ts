/** Which tab may change the library: the editor; every other tab reads. */
export type TabRole = 'editor' | 'reader' | 'displaced';

const LOCK = 'termverkstad-editor';

type Locks = Pick<LockManager, 'request'>;

/**
 * Two tabs on one library never overwrite each other: the first tab holds a Web Lock and edits;
 * a later tab reads (with a banner) until it takes over, which steals the lock and makes the other
 * tab a reader ("displaced"). Without Web Locks (old browsers, tests) every tab edits.
 */
export class TabLock {
  private role: TabRole = 'reader';
  private readonly listeners = new Set<() => void>();

  constructor(private readonly locks: Locks | undefined = globalThis.navigator?.locks) {}

  readonly getRole = () => this.role;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private setRole(role: TabRole) {
    if (role === this.role) return;
    this.role = role;
    this.listeners.forEach((listener) => listener());
  }

  /** Tries to become the editor; resolves with the role this tab has. */
  async start(): Promise<TabRole> {
    if (!this.locks) this.setRole('editor');
    else await this.takeIfFree(this.locks);
    return this.role;
  }

  /** Takes the lock if no tab holds it (then this tab edits); resolves with whether it did. */
  private takeIfFree(locks: Locks): Promise<boolean> {
    return new Promise<boolean>((settled) => {
      this.hold(
        locks.request(LOCK, { ifAvailable: true }, (lock) => {
          settled(lock !== null);
          if (!lock) return undefined;
          this.setRole('editor');
          return FOREVER();
        }),
      );
    });
  }

  /**
   * "Ta över redigeringen": takes the lock, stealing it if another tab holds it (that tab becomes
   * a reader, "displaced"). Resolves with whether it was stolen: only then may the other tab still
   * have a save on its way (see LibraryChannel.waitForRelease).
   */
  async takeOver(): Promise<{ readonly stolen: boolean }> {
    const locks = this.locks;
    if (!locks) return { stolen: false };
    const free = await this.takeIfFree(locks);
    if (free) return { stolen: false };
    await new Promise<void>((settled) => {
      this.hold(
        locks.request(LOCK, { steal: true }, () => {
          this.setRole('editor');
          settled();
          return FOREVER();
        }),
      );
    });
    return { stolen: true };
  }

  /** A held lock's request rejects with AbortError when another tab steals it. */
  private hold(request: Promise<unknown>) {
    request.catch((error: unknown) => {
      if (error instanceof Error && error.name === 'AbortError') this.setRole('displaced');
    });
  }
}

/** The lock is held for the tab's life: the callback's promise never settles. */
const FOREVER = () => new Promise<void>(() => undefined);
