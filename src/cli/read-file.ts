import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { LIMITS } from '../domain/limits.ts';
import { message } from '../domain/message.ts';
import { checkSize, decodeUtf8 } from '../formats/parse-json.ts';
import type { FormatMessage } from '../formats/format-messages.ts';

/** A file's text, or why it cannot be read. The size is checked before a single byte is read. */
export async function readTextFile(
  file: string,
): Promise<{ ok: true; text: string; byteLength: number } | { ok: false; message: FormatMessage }> {
  const fail = (code: FormatMessage['code'], params: FormatMessage['params'] = {}) => ({
    ok: false as const,
    message: message(code, params),
  });
  let handle;
  try {
    // A FIFO or a device is refused before it is opened: opening a FIFO with no writer waits for
    // ever (issue 18, case 18). O_NONBLOCK covers one swapped in between.
    if (!(await stat(file)).isFile()) return fail('FILE_NOT_REGULAR');
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return code === 'ENOENT' ? fail('FILE_MISSING') : fail('FILE_CANNOT_OPEN', { reason: code });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return fail('FILE_NOT_REGULAR');
    const tooLarge = checkSize(stat.size, LIMITS.libraryFileBytes);
    if (tooLarge) return { ok: false, message: tooLarge.message };
    const bytes = new Uint8Array(await handle.readFile());
    const text = decodeUtf8(bytes);
    if (typeof text !== 'string') return { ok: false, message: text.message };
    return { ok: true, text, byteLength: bytes.byteLength };
  } finally {
    await handle.close();
  }
}
