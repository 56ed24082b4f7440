import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { KeywordRow } from '../../formats/keyword-rows.ts';
import type { Strings } from '../../i18n/strings.ts';

export interface PrintSheetProps {
  readonly title: string;
  readonly meta: string;
  readonly description: string | undefined;
  readonly rows: readonly KeywordRow[];
  readonly t: Strings['spec'];
  /** Called once the print dialog has closed. */
  readonly onDone: () => void;
}

/**
 * "Skriv ut" of Specifikation (utskrift): the same content as the downloaded HTML, rendered beside
 * the app and printed with the app's print CSS (only this sheet is printed), then removed.
 */
export function PrintSheet({ title, meta, description, rows, t, onDone }: PrintSheetProps) {
  useEffect(() => {
    const done = () => onDone();
    globalThis.addEventListener('afterprint', done);
    // Printed after the sheet has been laid out. print() returns when the print dialog closes
    // (where it blocks); afterprint covers browsers where it does not.
    const frame = requestAnimationFrame(() => {
      globalThis.print();
      done();
    });
    return () => {
      cancelAnimationFrame(frame);
      globalThis.removeEventListener('afterprint', done);
    };
  }, [onDone]);
  return createPortal(
    <article className="print-sheet" aria-label={t.heading(title)}>
      <h1>{t.heading(title)}</h1>
      <p className="print-meta">{meta}</p>
      {description ? <p>{description}</p> : null}
      {rows.map((row) => (
        <section key={row.nodeId} className={`print-row depth-${Math.min(row.depth, 8)}`}>
          <h2>
            {row.keyword.term}
            {row.required ? ` (${t.required})` : ''}
          </h2>
          <dl>
            {(
              [
                [t.path, row.path.join(' > ')],
                [t.type, row.type],
                [t.values, row.values.join(', ')],
                [t.unit, row.keyword.unit ?? ''],
                [t.rules, row.rules.join('; ')],
                [t.codes, row.codes.join('; ')],
                [t.description, row.keyword.description ?? ''],
                [t.condition, row.condition || t.alwaysShown],
              ] as const
            )
              .filter(([, value]) => value !== '')
              .map(([term, value]) => (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </article>,
    globalThis.document.body,
  );
}
