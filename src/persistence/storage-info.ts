import type { LibraryDatabase } from './database.ts';

/** What the browser says about this site's storage (shown under Lagring). */
export interface StorageInfo {
  /** Whether the browser keeps the data under storage pressure; undefined when it cannot say. */
  readonly persisted: boolean | undefined;
  readonly usageBytes: number | undefined;
  readonly quotaBytes: number | undefined;
}

const PERSIST_ASKED = 'persist-asked';

/**
 * Asks once, after the first save, that the browser keep the library under storage pressure
 * (navigator.storage.persist); the answer is remembered in settings.
 */
export async function requestPersistence(db: LibraryDatabase, storage = globalThis.navigator?.storage) {
  if (!storage?.persist || (await db.settings.get(PERSIST_ASKED))) return;
  const granted = await storage.persist();
  await db.settings.put({ key: PERSIST_ASKED, value: { at: new Date().toISOString(), granted } });
}

/** Reads persistence and usage (navigator.storage.persisted / estimate). */
export async function getStorageInfo(storage = globalThis.navigator?.storage): Promise<StorageInfo> {
  const persisted = storage?.persisted ? await storage.persisted() : undefined;
  const estimate = storage?.estimate ? await storage.estimate() : undefined;
  return { persisted, usageBytes: estimate?.usage, quotaBytes: estimate?.quota };
}

/** True for the errors a full disk or an exhausted quota gives (Dexie wraps them in its own). */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error || (typeof e === 'object' && e !== null);) {
    const { name, message, inner } = e as { name?: string; message?: string; inner?: unknown };
    if (name === 'QuotaExceededError' || /quota/i.test(message ?? '')) return true;
    if (inner === undefined || inner === e) return false;
    e = inner;
  }
  return false;
}
