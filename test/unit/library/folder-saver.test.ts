import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { createLibraryState } from '../../../src/domain/library.ts';
import { findChanges } from '../../../src/persistence/library-repository.ts';
import { filesForChanges } from '../../../src/persistence/folder-changes.ts';
import { stableJson } from '../../../src/formats/library-folder.ts';
import { exampleLibrary } from '../../helpers/examples.ts';

const before = createLibraryState(exampleLibrary());
const files = (after: typeof before) =>
  filesForChanges(findChanges(before, after), before, after).map((f) => [
    f.path,
    f.text === '' ? '(bort)' : 'text',
  ]);

describe('filesForChanges: the files one save writes', () => {
  it('writes nothing when nothing changed', () => {
    expect(files(before)).toEqual([]);
  });

  it('rewrites the group files of a keyword whose type changed, old and new', () => {
    const keyword = [...before.keywords.values()].find((k) => k.type === 'text')!;
    const after = produce(before, (draft) => {
      draft.keywords.get(keyword.id)!.type = 'date';
    });
    expect(files(after).sort()).toEqual([
      ['keywords/date.json', 'text'],
      ['keywords/text.json', 'text'],
    ]);
  });

  it('removes the file of a deleted document and of the last keyword of a type', () => {
    const after = produce(before, (draft) => {
      draft.documents.delete('exempel-phq9');
      for (const [id, k] of draft.keywords) if (k.type === 'score') draft.keywords.delete(id);
    });
    expect(files(after).sort()).toEqual([
      ['keywords/score.json', '(bort)'],
      ['templates/exempel-phq9.json', '(bort)'],
    ]);
  });

  it('writes a changed document as the folder layout writes it', () => {
    const after = produce(before, (draft) => {
      draft.documents.get('exempel-phq9')!.title = 'PHQ-9';
    });
    const [file] = filesForChanges(findChanges(before, after), before, after);
    expect(file).toEqual({
      path: 'templates/exempel-phq9.json',
      text: stableJson(after.documents.get('exempel-phq9')),
    });
  });
});
