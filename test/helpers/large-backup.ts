import { buildExampleLibrary } from '../../src/examples/library.ts';
import type { Keyword, LibraryFile } from '../../src/domain/model.ts';

/**
 * A valid backup of about `megabytes` MB: the example library plus plain keywords of eight values
 * each (~400 bytes, ~20 keys apiece), the shape of a large catalogue (issue 18, case 6).
 */
export function largeBackup(megabytes: number): LibraryFile {
  const library = buildExampleLibrary();
  const count = Math.round((megabytes * 1_000_000) / 410);
  const keywords: Keyword[] = [...library.keywords];
  for (let i = 0; i < count; i++)
    keywords.push({
      id: `kw-massa-${i}`,
      term: `Sökord nummer ${i}`,
      type: 'multipleChoice',
      status: 'active',
      options: Array.from({ length: 8 }, (_, j) => ({ id: `v${j}`, label: `Värde ${j} av ${i}` })),
    });
  return { ...library, exportedAt: '2026-11-30T12:00:00.000Z', keywords };
}
