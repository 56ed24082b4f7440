import { enableMapSet, enablePatches } from 'immer';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { prefetchPreview } from './app/lazy-panels.ts';
import { createEditorStore, createEditorStoreFor } from './state/create-store.ts';
import { LibraryDatabase, SCHEMA_VERSION, storedSchemaVersion } from './persistence/database.ts';
import { findChanges, saveChanges } from './persistence/library-repository.ts';
import { loadLibrary } from './persistence/library-load.ts';
import { Autosaver } from './persistence/autosave.ts';
import { compactInWorker } from './persistence/compactor.ts';
import { replayJournal } from './persistence/unsaved-journal.ts';
import { getStorageInfo, requestPersistence } from './persistence/storage-info.ts';
import { TabLock } from './persistence/tab-lock.ts';
import { HANDOVER_TIMEOUT_MS, LibraryChannel } from './persistence/library-channel.ts';
import {
  getChosenFolder,
  hasFolderPermission,
  requestFolderPermission,
  setChosenFolder,
} from './persistence/folder-choice.ts';
import type { FolderOpener } from './features/folder/folder-source.ts';
import type { EditorStore } from './state/editor-store.ts';
import './app/app.css';

// Undo and autosave are built on immer's patches; the library keeps its records in Maps.
enablePatches();
enableMapSet();

// The example library is needed only on the first start (or without storage): loaded then.
const loadExamples = () => import('./examples/library.ts').then((m) => m.buildExampleLibrary());

async function start() {
  // The stored library's schema check is not in the first download: fetched now, while the page
  // opens the database, it is there when the records are (see library-load.ts).
  void import('./persistence/library-check.ts');
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  try {
    const db = new LibraryDatabase();
    await db.open();
    // A library a newer Termverkstad has upgraded: shown, never written (issue 18, case 3).
    const stored = storedSchemaVersion(db);
    if (stored > SCHEMA_VERSION) {
      const loaded = await loadLibrary(db, loadExamples, undefined, { write: false });
      const store = createEditorStoreFor(loaded.library);
      store.setReadOnly(true, 'libraryFromNewerVersion');
      createRoot(root).render(
        <StrictMode>
          <App store={store} newerLibrary={{ stored, known: SCHEMA_VERSION }} />
        </StrictMode>,
      );
      return;
    }
    const restart = () => location.reload();
    const opener = (store: () => EditorStore): FolderOpener => ({
      // Folder code (merge, file layout, folder checks) loads only when a folder is used.
      pick: async () => {
        const { pickLibraryFolder } = await import('./app/folder-library.ts');
        return pickLibraryFolder(db, () => store().getSnapshot().library, restart);
      },
    });
    // A folder chosen as the library ("Öppna mapp") is where the library lives from then on.
    const chosen = await getChosenFolder(db);
    if (chosen && (await hasFolderPermission(chosen))) {
      const { startOnFolder } = await import('./app/start-on-folder.tsx');
      const started = await startOnFolder(root, chosen, async (library) => {
        if (library) {
          // The browser's library becomes the folder's: every record written, the rest removed.
          const browser = await loadLibrary(db, loadExamples);
          await saveChanges(db, findChanges(browser.library, library), browser.revisions);
        }
        await setChosenFolder(db, undefined);
        restart();
      });
      if (started) return;
    }
    // Changes a closed tab could only write to its journal are stored first.
    const journal = await replayJournal(db, localStorage);
    const loaded = await loadLibrary(db, loadExamples);
    const store = createEditorStoreFor(loaded.library);
    const autosaver = new Autosaver(db, store, loaded.revisions, compactInWorker(db));
    autosaver.watchPage(window);
    // After the first save, ask the browser to keep the library under storage pressure.
    let saving = false;
    const stopWatching = autosaver.subscribe(() => {
      const state = autosaver.getStatus().state;
      if (state === 'saving') saving = true;
      else if (state === 'saved' && saving) {
        stopWatching();
        void requestPersistence(db).catch(() => undefined);
      }
    });
    // Two tabs: one edits (holds the lock), the others read and follow its saves within a second.
    const tabLock = new TabLock();
    const channel = new LibraryChannel();
    autosaver.onSaved = () => channel.announceSaved();
    const refresh = async () => {
      const fresh = await loadLibrary(db, loadExamples);
      autosaver.rebase(fresh.library, fresh.revisions);
      store.replaceLibrary(fresh.library);
    };
    channel.onSaved(() => {
      if (tabLock.getRole() !== 'editor') void refresh();
    });
    // While editing is handed over, this tab reads until the displaced tab's last save is stored.
    let handingOver = false;
    const showRole = () => store.setReadOnly(tabLock.getRole() !== 'editor' || handingOver);
    tabLock.subscribe(() => {
      showRole();
      // Displaced: a change still waiting for its save is stored now, then the new editor is told
      // (issue 18, case 13: a save landing after the new editor read the library made its saves stale).
      if (tabLock.getRole() === 'displaced') void autosaver.flush().finally(() => channel.announceReleased());
    });
    store.setReadOnly((await tabLock.start()) !== 'editor');
    const tab = {
      getRole: tabLock.getRole,
      subscribe: tabLock.subscribe,
      takeOver: async () => {
        handingOver = true;
        // Listening before stealing: the answer can come at once.
        const release = channel.waitForRelease(HANDOVER_TIMEOUT_MS);
        try {
          const { stolen } = await tabLock.takeOver();
          if (!stolen) release.cancel();
          await release.released;
          await refresh();
        } finally {
          handingOver = false;
          showRole();
        }
      },
    };
    const folderOpener: FolderOpener = {
      ...opener(() => store),
      needsPermission: chosen && {
        name: chosen.name,
        allow: async () => {
          if (await requestFolderPermission(chosen)) restart();
        },
      },
    };
    createRoot(root).render(
      <StrictMode>
        <App
          store={store}
          saveStatus={autosaver}
          storageInfo={getStorageInfo}
          tab={tab}
          folderOpener={folderOpener}
          journalSetAside={journal.state === 'setAside' ? journal : undefined}
          damaged={loaded.skipped}
        />
      </StrictMode>,
    );
    // Förhandsgranska's code, once the page is idle after the tree is painted: opening the form
    // then costs the form's own work, not three round trips.
    if ('requestIdleCallback' in window) requestIdleCallback(prefetchPreview, { timeout: 5_000 });
    else setTimeout(prefetchPreview, 2_000);
  } catch (error) {
    // No storage (blocked, or an old browser): work in memory, and say so.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    createRoot(root).render(
      <StrictMode>
        <App store={createEditorStore(await loadExamples())} storageProblem={reason} />
      </StrictMode>,
    );
  }
}

void start();
