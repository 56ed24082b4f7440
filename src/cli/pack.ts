import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { message } from '../domain/message.ts';
import { toLibraryFile } from '../domain/backup.ts';
import { createLibraryState } from '../domain/library.ts';
import { stableJson, toFolderFiles } from '../formats/library-folder.ts';
import { checkFileText, checkFolder, countDiagnostics } from '../validation/index.ts';
import { inWords } from './cli-words.ts';
import { isDirectory, readFolder } from './folder.ts';
import { readTextFile } from './read-file.ts';
import type { Language } from './validate.ts';

interface Output {
  write(text: string): unknown;
}

/**
 * `termverkstad unpack BACKUP DIR`: a library file (Säkerhetskopiera bibliotek) becomes a library
 * folder, to start a team repository. Refuses a folder that already has files, so nothing is
 * overwritten, and a backup with errors, so the repository starts valid.
 */
export async function runUnpack(
  [backup, dir]: readonly string[],
  stderr: Output,
  language: Language,
): Promise<number> {
  const say = (
    code: 'CLI_UNPACK_USAGE' | 'CLI_FOLDER_NOT_EMPTY' | 'CLI_FILE_HAS_ERRORS' | 'CLI_NOT_A_LIBRARY_FILE',
    params = {},
  ) => inWords(message(code, params), language);
  if (backup === undefined || dir === undefined) {
    stderr.write(`${say('CLI_UNPACK_USAGE')}\n`);
    return 2;
  }
  const read = await readTextFile(backup);
  if (!read.ok) {
    stderr.write(`${backup}: ${inWords(read.message, language)}\n`);
    return 2;
  }
  const checked = checkFileText(read.text, read.byteLength);
  if (!checked.ok || checked.kind !== 'library' || !checked.file) {
    const why = !checked.ok
      ? inWords(checked.refusal, language)
      : checked.diagnostics[0] && checked.kind === 'library'
        ? inWords(checked.diagnostics[0], language)
        : say('CLI_NOT_A_LIBRARY_FILE');
    stderr.write(`${backup}: ${why}\n`);
    return 2;
  }
  const { errors } = countDiagnostics(checked.diagnostics);
  if (errors > 0) {
    stderr.write(`${backup}: ${say('CLI_FILE_HAS_ERRORS', { errors })}\n`);
    return 1;
  }
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0) {
    stderr.write(`${dir}: ${say('CLI_FOLDER_NOT_EMPTY')}\n`);
    return 2;
  }
  for (const file of toFolderFiles(checked.file)) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
  return 0;
}

/**
 * `termverkstad pack DIR BACKUP`: a library folder as one library file, for Återställ bibliotek in
 * the app. Written beside and renamed, so an existing file is replaced whole or not at all.
 */
export async function runPack(
  [dir, out]: readonly string[],
  stderr: Output,
  language: Language,
): Promise<number> {
  if (dir === undefined || out === undefined) {
    stderr.write(`${inWords(message('CLI_UNPACK_USAGE', {}), language)}\n`);
    return 2;
  }
  if (!(await isDirectory(dir))) {
    stderr.write(`${dir}: ${inWords(message('CLI_NOT_A_FOLDER', {}), language)}\n`);
    return 2;
  }
  const { files, unreadable } = await readFolder(dir);
  const result = checkFolder(files);
  if (!result.ok || unreadable.length > 0) {
    const why = result.ok ? unreadable[0]!.message : result.refusal;
    stderr.write(`${dir}: ${inWords(why, language)}\n`);
    return 2;
  }
  const refused = result.files.find((f) => f.status === 'refused');
  if (refused?.status === 'refused') {
    stderr.write(`${join(dir, refused.file)}: ${inWords(refused.message, language)}\n`);
    return 2;
  }
  const library = toLibraryFile(createLibraryState(result.library), new Date().toISOString());
  const temporary = `${out}.termverkstad-tmp`;
  await writeFile(temporary, stableJson(library));
  await rename(temporary, out);
  return 0;
}
