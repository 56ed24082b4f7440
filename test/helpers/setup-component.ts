import 'fake-indexeddb/auto';
import { enableMapSet, enablePatches } from 'immer';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library's auto-cleanup needs vitest globals, which are off here.
afterEach(() => {
  cleanup();
});

// As src/main.tsx does at start.
enablePatches();
enableMapSet();
