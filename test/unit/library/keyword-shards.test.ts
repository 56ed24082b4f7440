import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import type { Keyword } from '../../../src/domain/model.ts';
import { createLibraryState } from '../../../src/domain/library.ts';
import {
  classifyPath,
  KEYWORD_SHARD_ABOVE,
  keywordGroupFiles,
  toFolderFiles,
} from '../../../src/formats/library-folder.ts';
import { findChanges } from '../../../src/persistence/library-repository.ts';
import { filesForChanges } from '../../../src/persistence/folder-changes.ts';
import { checkFolder } from '../../../src/validation/check-folder.ts';
import { exampleLibrary } from '../../helpers/examples.ts';

/** `n` plain text keywords. */
const texts = (n: number): Keyword[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `kw-t-${i}`,
    term: `Text ${i}`,
    type: 'text',
    status: 'active',
  }));

const library = (extra: number) => {
  const base = exampleLibrary();
  return { ...base, keywords: [...base.keywords.filter((k) => k.type !== 'text'), ...texts(extra)] };
};

describe('a large keyword type is split into files by id (issue 18: what is unpacked can be read)', () => {
  it('one file up to the threshold, 64 shards by id above it; every keyword in exactly one file', () => {
    const paths = (n: number) => keywordGroupFiles(texts(n)).map((f) => f.path);
    expect(paths(KEYWORD_SHARD_ABOVE - 1)).toEqual(['keywords/text.json']);
    expect(paths(KEYWORD_SHARD_ABOVE)).toEqual(['keywords/text.json']);
    const split = paths(KEYWORD_SHARD_ABOVE + 1);
    expect(split.every((path) => /^keywords\/text\/[0-3][0-9a-f]\.json$/.test(path))).toBe(true);
    expect(split).toHaveLength(64);
    expect(split.every((path) => classifyPath(path).kind === 'keywords')).toBe(true);
    const ids = keywordGroupFiles(texts(KEYWORD_SHARD_ABOVE + 1)).flatMap((f) =>
      (JSON.parse(f.text) as { keywords: Keyword[] }).keywords.map((k) => k.id),
    );
    expect(new Set(ids).size).toBe(KEYWORD_SHARD_ABOVE + 1);
  });

  it('a split catalogue reads back whole, and the largest file stays small', () => {
    const big = library(20_000);
    const files = toFolderFiles(big);
    expect(
      Math.max(...files.filter((f) => f.path.startsWith('keywords/')).map((f) => f.text.length)),
    ).toBeLessThan(1_000_000);
    const read = checkFolder(files);
    if (!read.ok) throw new Error('refused');
    const findings = read.files.flatMap((f) =>
      f.status === 'checked' ? f.diagnostics.map((d) => `${f.file}: ${d.code}`) : [`${f.file}: refused`],
    );
    expect(findings.filter((line) => line.startsWith('keywords/'))).toEqual([]);
    const byId = (list: readonly Keyword[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(read.library.keywords)).toEqual(byId(big.keywords));
  });

  it('a save that takes a type over the threshold writes its shards and removes the single file; back under, the reverse', () => {
    const under = createLibraryState(library(KEYWORD_SHARD_ABOVE));
    const over = produce(under, (draft) => {
      draft.keywords.set('kw-t-ny', { id: 'kw-t-ny', term: 'Ny', type: 'text', status: 'active' });
    });
    const written = (before: typeof under, after: typeof under) =>
      filesForChanges(findChanges(before, after), before, after);
    const up = written(under, over);
    expect(up.find((f) => f.path === 'keywords/text.json')?.text).toBe('');
    expect(up.filter((f) => f.path.startsWith('keywords/text/') && f.text !== '')).toHaveLength(64);
    const down = written(over, under);
    expect(down.find((f) => f.path === 'keywords/text.json')?.text).not.toBe('');
    expect(down.filter((f) => f.path.startsWith('keywords/text/')).every((f) => f.text === '')).toBe(true);
    // Within the split layout, one new keyword rewrites one shard.
    const more = produce(over, (draft) => {
      draft.keywords.set('kw-t-ytterligare', {
        id: 'kw-t-ytterligare',
        term: 'Ytterligare',
        type: 'text',
        status: 'active',
      });
    });
    expect(written(over, more).map((f) => f.path)).toHaveLength(64);
  });
});
