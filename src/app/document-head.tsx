import { Download, Trash2 } from 'lucide-react';
import { IconButton } from '../components/icon-button.tsx';
import { deleteDocument } from '../commands/delete-document.ts';
import { renameDocument } from '../commands/rename-document.ts';
import { startRevision } from '../commands/set-document-status.ts';
import { isLocked } from '../domain/workflow.ts';
import type { TreeDocument } from '../domain/model.ts';
import { TextField } from '../components/fields.tsx';
import { useLatestCallback } from '../components/use-latest-callback.ts';
import { FragmentUse } from '../features/exchange/fragment-use.tsx';
import { useStrings } from '../i18n/language.tsx';
import { useRun } from '../state/run-context.ts';
import { useEditor, useEditorStore } from '../state/use-editor.ts';
import type { Mode } from './use-workspace-view.ts';
import { rememberedName } from '../state/user-name.ts';
import { Icon } from '../components/icon.tsx';

/** The open document's head: title, kind, status and version, the view switch, Exportera, Ta bort. */
export function DocumentHead(props: {
  readonly document: TreeDocument;
  readonly mode: Mode;
  readonly onMode: (mode: Mode) => void;
  readonly onExport: () => void;
  readonly onStatus: () => void;
}) {
  const { document, mode } = props;
  const t = useStrings();
  const run = useRun();
  const store = useEditorStore();
  const library = useEditor((s) => s.library);
  const rename = useLatestCallback((title: string) => {
    if (title.trim() !== '') run((l, c) => renameDocument(l, { documentId: document.id, title }, c));
  });
  const modes = [
    ['edit', t.preview.edit],
    ['split', t.preview.split],
    ['preview', t.preview.open],
    ['branches', t.branches.open],
  ] as const;
  return (
    <div className="workspace-head">
      {/* The title shows once, as the field that edits it; the heading is for screen readers. */}
      <h2 className="visually-hidden">{document.title}</h2>
      <div className="head-title">
        <TextField key={document.id} label={t.documentTitle} value={document.title} onCommit={rename} />
        {/* Apart from the rest, beside the title: the document goes to Papperskorg, where it can be restored. */}
        <IconButton
          label={t.actions.deleteDocument}
          icon={Trash2}
          size={16}
          className="danger head-delete"
          onClick={() =>
            run((l, c) => deleteDocument(l, { documentId: document.id, by: rememberedName() }, c))
          }
        />
      </div>
      <p className="workspace-meta">
        <span className="chip is-kind">{t.documentKind[document.kind]}</span>
        {' · '}
        <button
          type="button"
          className={`chip doc-status is-${document.status}`}
          aria-label={t.changeStatusFromHead(t.documentStatus[document.status])}
          title={t.changeStatusFromHead(t.documentStatus[document.status])}
          onClick={props.onStatus}
        >
          {t.documentStatus[document.status]}
        </button>
        {' · '}
        {t.version(document.version)}
        {document.example ? ` · ${t.example}` : ''}
      </p>
      <div className="head-actions">
        <div className="mode-switch" role="group" aria-label={t.preview.mode}>
          {modes.map(([value, label]) => (
            <button
              key={value}
              type="button"
              aria-pressed={mode === value}
              onClick={() => props.onMode(value)}
            >
              {label}
            </button>
          ))}
        </div>
        <button type="button" className="primary" title={t.exchange.export} onClick={props.onExport}>
          <Icon of={Download} /> <span className="button-text">{t.exchange.export}</span>
        </button>
      </div>
      {isLocked(document) ? (
        <p className="lock-banner" role="note">
          {t.lock.locked(t.documentStatus[document.status], document.version)}{' '}
          <button
            type="button"
            onClick={() =>
              run((l, c) =>
                startRevision(
                  l,
                  {
                    documentId: document.id,
                    by: rememberedName(),
                    note: t.lock.revisionNote(document.version),
                  },
                  c,
                ),
              )
            }
          >
            {t.lock.startRevision}
          </button>
        </p>
      ) : null}
      {document.kind === 'fragment' ? (
        <FragmentUse fragment={document} library={library} onOpen={(id) => store.open(id)} />
      ) : null}
    </div>
  );
}
