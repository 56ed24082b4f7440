// The benchmark page: the real app on a generated large template. Not part of the shipped app.
import { enableMapSet, enablePatches } from 'immer';
import { createRoot } from 'react-dom/client';
import { App } from '../../../src/app/app.tsx';
import { createEditorStore } from '../../../src/state/create-store.ts';
import { buildLargeTemplate } from '../../helpers/large-tree.ts';
import '../../../src/app/app.css';

enablePatches();
enableMapSet();

const params = new URLSearchParams(location.search);
const file = buildLargeTemplate(Number(params.get('headings') ?? 20), Number(params.get('groups') ?? 49));
const store = createEditorStore({
  format: 'termverkstad-library',
  formatVersion: 1,
  keywords: file.keywords,
  documents: [file.document],
  versions: [],
});

declare global {
  interface Window {
    treePaintedAt?: number;
  }
}

// First rows painted: the first treeitem in the DOM, then the next frame.
const observer = new MutationObserver(() => {
  if (!document.querySelector('[role="treeitem"]')) return;
  observer.disconnect();
  requestAnimationFrame(() => setTimeout(() => (window.treePaintedAt = performance.now())));
});
observer.observe(document.body, { childList: true, subtree: true });

createRoot(document.getElementById('root')!).render(<App store={store} />);
