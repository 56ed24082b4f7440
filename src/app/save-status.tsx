import { useSyncExternalStore } from 'react';
import { useStrings } from '../i18n/language.tsx';
import type { SaveStatusSource } from './sources.ts';

/** "Sparstatus": Sparat, Sparar… or why saving failed (a full disk named as such). */
export function SaveStatusView({ source }: { source: SaveStatusSource }) {
  const t = useStrings();
  const status = useSyncExternalStore(source.subscribe, source.getStatus);
  const text =
    status.state === 'failed'
      ? status.conflict
        ? t.folder.conflictStatus
        : status.full
          ? t.save.full
          : status.stale
            ? t.save.stale
            : t.save.failed(status.reason)
      : t.save[status.state];
  return (
    <p className={`save-status is-${status.state}`} role="status" aria-label={t.save.label}>
      {text}
    </p>
  );
}
