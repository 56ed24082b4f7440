import { useEffect, useState } from 'react';

/** A module fetched once, when first needed, and known synchronously after. */
export interface OnDemand<T> {
  readonly loaded: () => T | undefined;
  readonly load: () => Promise<T>;
}

export function onDemand<T>(fetch: () => Promise<T>): OnDemand<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    loaded: () => value,
    load: () =>
      (pending ??= fetch().then(
        (fetched) => (value = fetched),
        (error: unknown) => {
          // A later mount tries again (e.g. after a brief network loss).
          pending = undefined;
          throw error;
        },
      )),
  };
}

/**
 * The module, once fetched; the first component that needs it asks for it after its first paint.
 * Unlike React.lazy nothing suspends: the caller shows what it can until the module is there, and
 * whatever it rendered stays mounted. A failed fetch is thrown, for the panel's error boundary.
 */
export function useOnDemand<T>(module: OnDemand<T>): T | undefined {
  const [value, setValue] = useState(module.loaded);
  const [failure, setFailure] = useState<Error>();
  useEffect(() => {
    if (value !== undefined) return;
    let mounted = true;
    module.load().then(
      (fetched) => mounted && setValue(() => fetched),
      (error: unknown) =>
        mounted && setFailure(() => (error instanceof Error ? error : new Error(String(error)))),
    );
    return () => {
      mounted = false;
    };
  }, [module, value]);
  if (failure) throw failure;
  return value;
}
