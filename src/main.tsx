import { enableMapSet, enablePatches } from 'immer';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { buildExampleLibrary } from './examples/library.ts';
import { createEditorStore } from './state/create-store.ts';
import './app/app.css';

// Undo and autosave are built on immer's patches; the library keeps its records in Maps.
enablePatches();
enableMapSet();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App store={createEditorStore(buildExampleLibrary())} />
  </StrictMode>,
);
