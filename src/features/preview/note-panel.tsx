import { useId, useState } from 'react';
import { useStrings } from '../../i18n/language.tsx';

/** "Journaltext": the note the answers write, updated live, with a copy button. */
export function NotePanel({ text }: { text: string }) {
  const t = useStrings().note;
  const headingId = useId();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <section className="panel note" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      {text === '' ? <p>{t.empty}</p> : <pre className="note-text">{text}</pre>}
      <button
        type="button"
        disabled={text === ''}
        onClick={() => {
          navigator.clipboard.writeText(text).then(
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
