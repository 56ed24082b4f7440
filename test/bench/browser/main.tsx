// The benchmark page: the real app on a generated large template. Not part of the shipped app.
// ?headings=&groups= size the template; &catalogue=N adds keywords to the catalogue; &persist=1
// stores the library in IndexedDB (database "termverkstad-bench") with the real autosaver.
import { enableMapSet, enablePatches } from 'immer';
import { createRoot } from 'react-dom/client';
import type { Keyword, LibraryFile } from '../../../src/domain/model.ts';
import { App } from '../../../src/app/app.tsx';
import { createEditorStore, createEditorStoreFor } from '../../../src/state/create-store.ts';
import { LibraryDatabase } from '../../../src/persistence/database.ts';
import { loadLibrary } from '../../../src/persistence/library-load.ts';
import { Autosaver } from '../../../src/persistence/autosave.ts';
import { compactInWorker } from '../../../src/persistence/compactor.ts';
import { buildLargeTemplate } from '../../helpers/large-tree.ts';
import { toLibraryFile } from '../../../src/domain/backup.ts';
import '../../../src/app/app.css';

enablePatches();
enableMapSet();

const params = new URLSearchParams(location.search);
const file = buildLargeTemplate(Number(params.get('headings') ?? 20), Number(params.get('groups') ?? 49));
// A catalogue of the kind a region keeps: two- and three-word Swedish terms (with å, ä, ö), KVÅ and
// SNOMED CT codes on about half, descriptions on some; deterministic, so runs compare.
const HEADS = [
  'Bedömning',
  'Åtgärd',
  'Smärta',
  'Nutrition',
  'Sömn',
  'Andning',
  'Hudstatus',
  'Förflyttning',
  'Läkemedel',
  'Uppföljning',
  'Fallrisk',
  'Trycksår',
  'Vikt',
  'Blodtryck',
  'Känslomässigt',
  'Munhälsa',
];
const MIDS = ['vid', 'efter', 'före', 'inför', 'under', 'utan', 'med'];
const TAILS = [
  'inskrivning',
  'utskrivning',
  'besök',
  'operation',
  'behandling',
  'hembesök',
  'telefonkontakt',
  'rehabilitering',
  'provtagning',
  'läkemedelsgenomgång',
  'vårdplanering',
  'samordning',
];
const TYPES = ['text', 'singleChoice', 'multipleChoice', 'number', 'date', 'yesNo', 'check'] as const;
const extra: Keyword[] = Array.from({ length: Number(params.get('catalogue') ?? 0) }, (_, i) => {
  const term = `${HEADS[i % HEADS.length]} ${MIDS[Math.floor(i / 16) % MIDS.length]} ${TAILS[Math.floor(i / 112) % TAILS.length]} ${Math.floor(i / 1344) + 1}`;
  const type = TYPES[i % TYPES.length]!;
  const keyword: Keyword = {
    id: `kw-katalog-${i}`,
    term,
    type,
    status: i % 11 === 0 ? 'proposed' : 'active',
  };
  if (type === 'singleChoice' || type === 'multipleChoice')
    keyword.options = [
      { id: 'a', label: 'Ja, helt' },
      { id: 'b', label: 'Delvis' },
      { id: 'c', label: 'Nej' },
    ];
  if (type === 'number') keyword.unit = 'st';
  if (i % 2 === 0)
    keyword.codes = [
      i % 4 === 0
        ? {
            system: 'KVÅ',
            code: `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i >> 3) % 26))}${String(i % 1000).padStart(3, '0')}`,
          }
        : { system: 'SNOMED CT', code: String(100000 + i * 7) },
    ];
  if (i % 5 === 0) keyword.description = `Dokumenteras när ${TAILS[i % TAILS.length]} genomförts.`;
  return keyword;
});
const libraryFile: LibraryFile = {
  format: 'termverkstad-library',
  formatVersion: 1,
  keywords: [...file.keywords, ...extra],
  documents: [file.document],
  versions: [],
};

declare global {
  interface Window {
    treePaintedAt?: number;
    libraryJson?: () => string;
    saveStatus?: () => string;
    saveStarts?: number[];
    saveEnds?: number[];
  }
}

// First rows painted: the first treeitem in the DOM, then the next frame.
const observer = new MutationObserver(() => {
  if (!document.querySelector('[role="treeitem"]')) return;
  observer.disconnect();
  requestAnimationFrame(() => setTimeout(() => (window.treePaintedAt = performance.now())));
});
observer.observe(document.body, { childList: true, subtree: true });

const root = createRoot(document.getElementById('root')!);
if (params.get('persist') === '1') {
  void import('../../../src/persistence/library-check.ts');
  const db = new LibraryDatabase('termverkstad-bench');
  // Loaded as the app loads; seeded with the generated library.
  const loaded = await loadLibrary(db, () => libraryFile);
  const store = createEditorStoreFor(loaded.library);
  const autosaver = new Autosaver(db, store, loaded.revisions, compactInWorker(db));
  window.saveStatus = () => autosaver.getStatus().state;
  // When each save starts, so the long tasks of the save itself can be told from the keystroke's.
  window.saveStarts = [];
  window.saveEnds = [];
  autosaver.subscribe(() => {
    const state = autosaver.getStatus().state;
    if (state === 'saving') window.saveStarts!.push(performance.now());
    else if (state === 'saved') window.saveEnds!.push(performance.now());
  });
  root.render(<App store={store} saveStatus={autosaver} />);
} else {
  const store = createEditorStore(libraryFile);
  // The library as a file, so the benchmark can tell that undo and redo end where they should.
  window.libraryJson = () => JSON.stringify(toLibraryFile(store.getSnapshot().library, ''));
  root.render(<App store={store} />);
}
