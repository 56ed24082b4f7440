import { useMemo } from 'react';
import {
  Archive,
  ArchiveRestore,
  BookOpen,
  FilePlus,
  FileStack,
  FolderOpen,
  Trash2,
  Upload,
} from 'lucide-react';
import { createDocument } from '../commands/create-document.ts';
import { toLibraryFile } from '../domain/backup.ts';
import { getSortedDocuments } from '../domain/library.ts';
import { LibraryNav } from '../features/library/library-nav.tsx';
import { StorageView, type StorageFacts } from '../features/library/storage-view.tsx';
import { downloadText } from '../features/exchange/download.ts';
import { useStrings } from '../i18n/language.tsx';
import { useRun, useStatusStore } from '../state/run-context.ts';
import { useEditor, useEditorStore } from '../state/use-editor.ts';
import type { DialogName } from './dialogs.tsx';
import { damagedInFile, type DamagedRecords } from './damaged.ts';
import { inWords } from '../i18n/in-words.ts';
import { say } from '../i18n/languages.ts';
import { Icon } from '../components/icon.tsx';

/** "Bibliotek" with its actions: Ny mall, Nytt fragment, Importera, Säkerhetskopiera, Återställ. */
export function LibraryPanel(props: {
  readonly id: string;
  readonly onDialog: (dialog: DialogName) => void;
  /** Damaged records in storage: a backup carries them as they are (issue 18, case 4). */
  readonly damaged?: DamagedRecords | undefined;
  /** Whether "Öppna mapp" is offered (the library is in the browser and folders can be opened). */
  readonly canOpenFolder?: boolean;
  readonly storageInfo: (() => Promise<StorageFacts>) | undefined;
  /** Whether Sökordskatalog fills the centre, and the way to open and close it. */
  readonly catalogueOpen: boolean;
  readonly onCatalogue: (open: boolean) => void;
}) {
  const t = useStrings();
  const store = useEditorStore();
  const run = useRun();
  const status = useStatusStore();
  const library = useEditor((s) => s.library);
  const openId = useEditor((s) => s.openDocumentId);
  const documents = useMemo(() => getSortedDocuments(library), [library]);
  const backUp = async () => {
    const now = new Date().toISOString();
    const file = toLibraryFile(store.getSnapshot().library, now, damagedInFile(props.damaged ?? []));
    // The schema check loads with the first backup, not with the page.
    const { checkStructure } = await import('../validation/structural.ts');
    const checked = checkStructure.libraryFile(file);
    if (!checked.ok) {
      status.set({
        text: say((t, language) => t.exchange.exportFailed(inWords(checked.diagnostic, language))),
        tone: 'error',
      });
      return;
    }
    const name = `termverkstad-bibliotek-${now.slice(0, 10)}.json`;
    downloadText(name, 'application/json', `${JSON.stringify(file, null, 2)}\n`);
    status.set({ text: say((t) => t.backup.downloaded(name)), tone: 'info' });
  };
  const newDocument = (kind: 'template' | 'fragment') => run((l, c) => createDocument(l, { kind }, c));
  return (
    <LibraryNav
      id={props.id}
      documents={documents}
      openId={openId}
      onOpen={(id) => {
        props.onCatalogue(false);
        store.open(id);
      }}
      actions={
        <>
          <div className="library-create">
            <button type="button" onClick={() => newDocument('template')}>
              <Icon of={FilePlus} /> {t.actions.newTemplate}
            </button>
            <button type="button" onClick={() => newDocument('fragment')}>
              <Icon of={FileStack} /> {t.actions.newFragment}
            </button>
          </div>
          <div className="library-tools">
            <button
              type="button"
              aria-pressed={props.catalogueOpen}
              onClick={() => props.onCatalogue(!props.catalogueOpen)}
            >
              <Icon of={BookOpen} /> {t.catalogue.title}
            </button>
            <button type="button" onClick={() => props.onDialog('import')}>
              <Icon of={Upload} /> {t.exchange.import}
            </button>
            <button type="button" onClick={() => void backUp()}>
              <Icon of={Archive} /> {t.backup.backup}
            </button>
            <button type="button" onClick={() => props.onDialog('restore')}>
              <Icon of={ArchiveRestore} /> {t.backup.restore}
            </button>
            {props.canOpenFolder ? (
              <button type="button" onClick={() => props.onDialog('folder')}>
                <Icon of={FolderOpen} /> {t.folder.open}
              </button>
            ) : null}
            <button type="button" onClick={() => props.onDialog('trash')}>
              <Icon of={Trash2} /> {t.trash.open(library.trash.size)}
            </button>
          </div>
        </>
      }
      footer={props.storageInfo ? <StorageView load={props.storageInfo} /> : null}
    />
  );
}
