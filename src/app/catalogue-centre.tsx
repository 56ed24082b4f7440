import { lazy, Suspense } from 'react';
import { PanelBoundary } from '../components/panel-boundary.tsx';
import { StatusLine } from './status-line.tsx';
import { focusRow } from '../features/tree-editor/focus.ts';
import { useStrings } from '../i18n/language.tsx';
import type { EditorStore } from '../state/editor-store.ts';

// The catalogue and its search index load when first opened: editing a tree needs neither.
const CataloguePanel = lazy(() =>
  import('../features/catalogue/catalogue-panel.tsx').then((m) => ({ default: m.CataloguePanel })),
);

/** Sökordskatalog in the centre; a place it lists opens the document there with the keyword selected. */
export function CatalogueCentre({
  store,
  onClose,
}: {
  readonly store: EditorStore;
  readonly onClose: () => void;
}) {
  const t = useStrings();
  return (
    <main className="panel workspace">
      <StatusLine />
      <PanelBoundary name={t.catalogue.title}>
        <Suspense fallback={null}>
          <CataloguePanel
            onBack={onClose}
            onOpenPlace={(usage) => {
              store.open(usage.documentId);
              store.reveal(usage.nodeId);
              onClose();
              focusRow(usage.nodeId);
            }}
          />
        </Suspense>
      </PanelBoundary>
    </main>
  );
}
