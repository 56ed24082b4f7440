import 'fake-indexeddb/auto';
import { enableMapSet, enablePatches } from 'immer';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Testing Library's auto-cleanup needs vitest globals, which are off here.
afterEach(() => {
  cleanup();
});

// As src/main.tsx does at start.
enablePatches();
enableMapSet();

// jsdom does no layout, so a virtualised list would render no rows: give every element a size
// that fits about 60 tree rows (toolchain.md, pitfall 12). Scrolling is tested in Chromium.
vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(1800);
vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(1000);

// jsdom has no modal dialogs: open and close by attribute (the real behaviour is tested in Chromium).
if (!('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    close(this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
}
