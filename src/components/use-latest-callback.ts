import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A handler that keeps its identity for the component's life and always runs the latest
 * `callback`: memoised children (fields, tree rows) then skip re-rendering when only a handler
 * was made anew. Only for event handlers, never for calls during render.
 */
export function useLatestCallback<A extends unknown[], R>(callback: (...args: A) => R): (...args: A) => R {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
