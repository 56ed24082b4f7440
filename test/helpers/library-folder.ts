import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { toFolderFiles } from '../../src/formats/library-folder.ts';
import { exampleLibrary } from './examples.ts';

/** The example library's records, without the library file's format fields: what a folder holds. */
export function exampleLibraryRecords() {
  const { format: _f, formatVersion: _v, ...records } = exampleLibrary();
  return records;
}

/** The example library written as a library folder in a new temporary folder; returns its path. */
export function writeExampleLibraryFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'termverkstad-folder-'));
  for (const file of toFolderFiles(exampleLibraryRecords())) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return dir;
}
