import { describe, expect, it } from 'vitest';
import { createLibraryState } from '../../../src/domain/index.ts';
import type { SavedVersion, TreeDocument } from '../../../src/domain/model.ts';
import { inWords } from '../../../src/i18n/in-words.ts';
import { checkLibraryDocument } from '../../../src/validation/index.ts';

const fragment = (id: string, title: string, includes: string): TreeDocument => ({
  id,
  kind: 'fragment',
  title,
  version: '1.0.0',
  status: 'draft',
  nodes: [{ id: `${id}-inkl`, include: { fragmentId: includes, version: '1.0.0' } }],
  changeLog: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const saved = (document: TreeDocument): SavedVersion => ({
  id: `v-${document.id}`,
  documentId: document.id,
  version: '1.0.0',
  savedAt: '2026-01-01T00:00:00.000Z',
  document,
  keywords: [],
});

describe('Kontroll names fragments by their titles', () => {
  it('in a loop of includes', () => {
    const a = fragment('a', 'Fragment A', 'b');
    const b = fragment('b', 'Fragment B', 'a');
    const library = createLibraryState({ keywords: [], documents: [a, b], versions: [saved(a), saved(b)] });
    const cycle = checkLibraryDocument(library, 'a').find((d) => d.code === 'INCLUDE_CYCLE')!;
    expect(inWords(cycle, 'sv')).toBe(
      'Fragmenten inkluderar varandra i en slinga: Fragment A → Fragment B → Fragment A.',
    );
  });
});
