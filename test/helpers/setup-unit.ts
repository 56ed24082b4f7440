import 'fake-indexeddb/auto';
import { enableMapSet, enablePatches } from 'immer';

// As src/main.tsx does at start.
enablePatches();
enableMapSet();
