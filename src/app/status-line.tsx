import { useLanguage, useStrings } from '../i18n/language.tsx';
import { inLanguage } from '../state/status-store.ts';
import { useRun, useStatus, useStatusStore } from '../state/run-context.ts';

/** "Meddelanden": what the last action did or why it could not, with its fix as a button. */
export function StatusLine() {
  const t = useStrings();
  const language = useLanguage();
  const status = useStatus();
  const statusStore = useStatusStore();
  const run = useRun();
  return (
    <p
      className={`status${status?.tone === 'error' ? ' is-error' : ''}`}
      role="status"
      aria-label={t.messages}
    >
      {status ? inLanguage(status.text, language) : null}
      {status?.fix ? (
        <button
          type="button"
          onClick={() => {
            const fix = status.fix!;
            statusStore.set(undefined);
            run(fix.command);
          }}
        >
          {inLanguage(status.fix.label, language)}
        </button>
      ) : null}
    </p>
  );
}
