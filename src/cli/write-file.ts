import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it. A
 * write that fails (a full disk, a file size limit) leaves the old file as it was and no part
 * behind (issue 18, case 9). Returns why it failed, or undefined.
 */
export async function writeFileAtomically(path: string, text: string): Promise<string | undefined> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
    return undefined;
  } catch (error) {
    await rm(temporary, { force: true });
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}
