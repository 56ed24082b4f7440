import type { ReactNode } from 'react';
import { useOnDemand, type OnDemand } from './on-demand.ts';

/**
 * What `children` renders from a module fetched on demand: nothing until it is there, and at once
 * when it was fetched before (React.lazy suspends on every first render, and React holds a revealed
 * Suspense boundary back up to 300 ms).
 */
export function WhenLoaded<T>(props: {
  readonly module: OnDemand<T>;
  readonly children: (module: T) => ReactNode;
}) {
  const loaded = useOnDemand(props.module);
  return loaded === undefined ? null : props.children(loaded);
}
