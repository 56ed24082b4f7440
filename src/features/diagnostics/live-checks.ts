import { dequal } from 'dequal/lite';
import type { LibraryState } from '../../domain/library.ts';
import type { EditorStore } from '../../state/editor-store.ts';
import type { Diagnostic } from '../../validation/diagnostics.ts';
import type { CheckMessage, CheckRequest, CheckResult } from './check-protocol.ts';

export type { CheckMessage, CheckRequest, CheckResult } from './check-protocol.ts';

/** What Kontroll shows: the findings for one document, and whether a newer state is being checked. */
export interface CheckState {
  readonly documentId: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** The library changed since these findings: they are being checked again. */
  readonly pending: boolean;
  /** The checks failed (a bug): why, in the words of the error. */
  readonly error?: string | undefined;
  /** The check took longer than CHECK_TIME_LIMIT_MS and was stopped. */
  readonly timedOut?: boolean | undefined;
}

/**
 * Where the checks run: in a worker (the app), or in this thread (inline-checker.ts, for jsdom,
 * which has no workers). The rules are not in the app's first download: only the worker has them.
 */
export interface Checker {
  send(request: CheckRequest): void;
  stop(): void;
}

export type CreateChecker = (onResult: (result: CheckResult) => void, timeLimitMs?: number) => Checker;

/** How long the checks' worker may stay silent while a check is asked for before it is replaced. */
export const CHECK_TIME_LIMIT_MS = 20_000;

/** What the worker is sent for a request: the patches when they are known, else the library. */
export function toCheckMessage({ request, documentId, library, patches }: CheckRequest): CheckMessage {
  return patches ? { request, documentId, patches } : { request, documentId, library };
}

/**
 * Checks in a worker, which keeps its own copy of the library and follows it by patches. If the
 * worker cannot start (its script blocked or missing), the checks run in this thread instead:
 * slower typing at 5,000 nodes, but Kontroll never stays silent.
 */
export const createWorkerChecker: CreateChecker = (onResult, timeLimitMs = CHECK_TIME_LIMIT_MS) => {
  let fallback: Checker | undefined;
  let last: CheckRequest | undefined;
  let stopped = false;
  // A worker that answers nothing for this long while a check is asked for is stuck: it is replaced,
  // and Kontroll says the check was stopped (issue 18: heavy checks run with a time limit).
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const watch = () => {
    if (watchdog !== undefined) clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      watchdog = undefined;
      console.error(`Checks: no answer in ${timeLimitMs} ms; the worker is replaced`);
      worker.terminate();
      worker = start();
      // The new worker has no library: the next request's patches get a "resend" and all of it.
      if (last)
        onResult({ request: last.request, documentId: last.documentId, diagnostics: [], timedOut: true });
    }, timeLimitMs);
  };
  const start = () => {
    const started = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', (event: MessageEvent<CheckResult>) => {
      if (event.data.request === last?.request) {
        clearTimeout(watchdog);
        watchdog = undefined;
      } else watch();
      onResult(event.data);
    });
    started.addEventListener('error', (event) => {
      console.error('Checks: the worker failed, checking in this thread:', event.message);
      clearTimeout(watchdog);
      started.terminate();
      void import('./inline-checker.ts').then(({ createInlineChecker }) => {
        if (stopped) return;
        fallback = createInlineChecker(onResult);
        // The inline checker reads the whole library, so the last request stands for all before it.
        if (last) fallback.send(last);
      });
    });
    return started;
  };
  let worker = start();
  return {
    send: (request) => {
      last = request;
      if (fallback) fallback.send(request);
      else {
        if (watchdog === undefined) watch();
        worker.postMessage(toCheckMessage(request));
      }
    },
    stop: () => {
      stopped = true;
      clearTimeout(watchdog);
      worker.terminate();
    },
  };
};

const EMPTY: CheckState = { documentId: undefined, diagnostics: [], pending: false };

/**
 * Live Kontroll: after every change to the library or the open document, the open document is
 * checked again off the main thread, so typing paints without waiting for ~5,000 nodes' rules.
 * The worker gets the library once and then only the patches of each change.
 */
export class LiveChecks {
  private state: CheckState = EMPTY;
  private readonly listeners = new Set<() => void>();
  private checker: Checker | undefined;
  private stopWatching: (() => void) | undefined;
  private sentLibrary: LibraryState | undefined;
  private sentDocumentId: string | undefined;
  private lastRequest = 0;

  constructor(
    private readonly store: EditorStore,
    private readonly createChecker: CreateChecker = createWorkerChecker,
  ) {}

  readonly getSnapshot = (): CheckState => this.state;

  /** The first listener starts the checker; the last one leaving stops it. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.checker) {
      this.checker = this.createChecker((result) => this.receive(result));
      this.stopWatching = this.store.subscribe(() => this.sync());
      this.sync();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.stopWatching?.();
      this.checker?.stop();
      this.checker = undefined;
      this.sentLibrary = undefined;
    };
  };

  private sync() {
    const { library, openDocumentId, lastChange } = this.store.getSnapshot();
    if (library === this.sentLibrary && openDocumentId === this.sentDocumentId) return;
    const patches =
      library === this.sentLibrary
        ? []
        : lastChange !== undefined && lastChange.from === this.sentLibrary
          ? lastChange.patches
          : undefined;
    this.sentLibrary = library;
    this.sentDocumentId = openDocumentId;
    // Already checking again: nothing on screen changes, so nothing re-renders.
    if (!this.state.pending) this.set({ ...this.state, pending: true });
    this.checker?.send({ request: ++this.lastRequest, documentId: openDocumentId, library, patches });
  }

  private receive(result: CheckResult) {
    if (result.resend) {
      this.sentLibrary = undefined;
      this.sync();
      return;
    }
    // The same findings as before (most keystrokes) keep their identity, so the rows, Kontroll and
    // the tabs' counts are not worked out again.
    const same =
      result.documentId === this.state.documentId && dequal(result.diagnostics, this.state.diagnostics);
    this.set({
      documentId: result.documentId,
      diagnostics: same ? this.state.diagnostics : result.diagnostics,
      pending: result.request !== this.lastRequest,
      error: result.error,
      timedOut: result.timedOut,
    });
  }

  private set(state: CheckState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
