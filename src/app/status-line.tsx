import { useStrings } from '../i18n/language.tsx';
import { useRun, useStatus, useStatusStore } from '../state/run-context.ts';

/** "Meddelanden": what the last action did or why it could not, with its fix as a button. */
export function StatusLine() {
  const t = useStrings();
  const status = useStatus();
  const statusStore = useStatusStore();
  const run = useRun();
  return (
    <p
      className={`status${status?.tone === 'error' ? ' is-error' : ''}`}
      role="status"
      aria-label={t.messages}
    >
      {status?.text}
      {status?.fix ? (
        <button
          type="button"
          onClick={() => {
            const fix = status.fix!;
            statusStore.set(undefined);
            run(fix.command);
          }}
        >
          {status.fix.label}
        </button>
      ) : null}
    </p>
  );
}
