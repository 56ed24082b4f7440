import { useId, useState } from 'react';
import { useStrings } from '../../i18n/language.tsx';

/**
 * "Journaltext": the note the answers write, updated live, with a copy button. Without a text yet
 * (a long form still being opened) it says so, busy.
 */
export function NotePanel({ text }: { text: string | undefined }) {
  const t = useStrings().note;
  const headingId = useId();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <section className="panel note" aria-labelledby={headingId} aria-busy={text === undefined}>
      <h2 id={headingId}>{t.title}</h2>
      {text === undefined ? (
        <p>{t.working}</p>
      ) : text === '' ? (
        <p>{t.empty}</p>
      ) : (
        <pre className="note-text">{text}</pre>
      )}
      <button
        type="button"
        disabled={text === undefined || text === ''}
        onClick={() => {
          navigator.clipboard.writeText(text ?? '').then(
            () => setCopyState('copied'),
            () => setCopyState('failed'),
          );
        }}
      >
        {t.copy}
      </button>
      <p role="status" className="note-copied">
        {copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}
      </p>
    </section>
  );
}
