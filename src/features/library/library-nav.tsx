import { useId, type ReactNode } from 'react';
import type { TreeDocument } from '../../domain/model.ts';
import { useStrings } from '../../i18n/language.tsx';

export interface LibraryNavProps {
  /** The region's DOM id (F6, the splitter's aria-controls). */
  readonly id?: string;
  readonly documents: readonly TreeDocument[];
  readonly openId: string | undefined;
  readonly onOpen: (id: string) => void;
  /** Ny mall, Nytt fragment (and later Importera). */
  readonly actions?: ReactNode;
  /** Shown below the lists (Lagring). */
  readonly footer?: ReactNode;
}

/** "Bibliotek": templates and fragments with status, version and the example mark. */
export function LibraryNav({ id, documents, openId, onOpen, actions, footer }: LibraryNavProps) {
  const t = useStrings();
  const templatesId = useId();
  const fragmentsId = useId();
  const group = (kind: TreeDocument['kind'], headingId: string, heading: string) => (
    <>
      <h3 id={headingId}>{heading}</h3>
      <ul aria-labelledby={headingId}>
        {documents
          .filter((d) => d.kind === kind)
          .map((d) => (
            <li key={d.id}>
              <button
                type="button"
                aria-current={d.id === openId ? 'page' : undefined}
                onClick={() => onOpen(d.id)}
              >
                <span className="library-title">{d.title}</span>
                <span className="library-meta">
                  {t.documentStatus[d.status]} · {t.version(d.version)}
                  {d.example ? ` · ${t.example}` : ''}
                </span>
              </button>
            </li>
          ))}
      </ul>
    </>
  );
  return (
    <nav id={id} className="panel library" aria-label={t.library}>
      <h2>{t.library}</h2>
      {actions ? <div className="library-actions">{actions}</div> : null}
      {group('template', templatesId, t.templates)}
      {group('fragment', fragmentsId, t.fragments)}
      {footer}
    </nav>
  );
}
