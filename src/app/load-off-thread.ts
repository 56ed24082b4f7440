import type { LibraryFile } from '../domain/model.ts';
import type { LibraryDatabase } from '../persistence/database.ts';
import {
  libraryFromRecords,
  readStoredRecords,
  seedIfFirstStart,
  type LoadedLibrary,
  type RecordProblem,
  type StoredRecords,
} from '../persistence/library-load.ts';

/** What the page asks the load worker: the damaged records of this database. */
export interface ProblemsRequest {
  readonly id: number;
  readonly records: StoredRecords;
}

export interface ProblemsReply {
  readonly id: number;
  readonly problems: readonly RecordProblem[];
}

/** The page's load worker, started once and kept for later loads (null: none can run). */
let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (reply: ProblemsReply | undefined) => void>();

/** Starts the load worker now, so its script is read while the page opens the database. */
export function warmLoadWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker !== 'function') return (worker = null);
  worker = new Worker(new URL('../library-load-worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<ProblemsReply>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    console.error('Library check: the worker failed, checking in this thread:', event.message);
    // Every check waiting on it, and every later one, runs in this thread instead.
    worker = null;
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
  });
  return worker;
}

/** The damaged records as the worker finds them, or undefined when it cannot say. */
function problemsOffThread(records: StoredRecords): Promise<ProblemsReply | undefined> {
  const running = warmLoadWorker();
  if (!running) return Promise.resolve(undefined);
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    running.postMessage({ id, records } satisfies ProblemsRequest);
  });
}

/**
 * Loads the library with its schema check in a worker (issue 17, item 3): the examples are seeded
 * on a first start, this page reads the records and sends them to the worker, which answers only
 * which are damaged (each then left out and named, as before). Where the worker cannot run or
 * fails, the check runs here, loaded on demand. (Tried and measured: the worker reading IndexedDB
 * itself in parallel made a 20,000-keyword library load 0.5 s slower, the two reads contending.)
 */
export async function loadLibraryOffThread(
  db: LibraryDatabase,
  examples: () => LibraryFile | Promise<LibraryFile>,
  { now = new Date().toISOString(), write = true }: { readonly now?: string; readonly write?: boolean } = {},
): Promise<LoadedLibrary> {
  const seeded = await seedIfFirstStart(db, examples, write);
  const records = await readStoredRecords(db);
  const reply = await problemsOffThread(records);
  const problems =
    reply?.problems ?? (await import('../persistence/library-check.ts')).findRecordProblems(records);
  return libraryFromRecords(db, records, problems, { now, write, seeded });
}
