import { LIMITS } from '../domain/limits.ts';
import { message } from '../domain/message.ts';
import type { FormatCode, FormatMessage } from './format-messages.ts';

/** Why a file was refused before its content was trusted; the message names what and where. */
export interface ParseFailure {
  readonly ok: false;
  readonly message: FormatMessage;
}

export type ParseResult = { readonly ok: true; readonly value: Record<string, unknown> } | ParseFailure;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (code: FormatCode, params: FormatMessage['params'] = {}): ParseFailure => ({
  ok: false,
  message: message(code, params),
});

/** Refuses by size alone, before anything is read (a 50 MB file is never decoded). */
export function checkSize(bytes: number, limit: number): ParseFailure | undefined {
  if (bytes <= limit) return undefined;
  return fail('FILE_TOO_LARGE', { bytes, limit });
}

/** What the raw pre-scan found: the deepest nesting, and the most fields in one object. */
export interface JsonShape {
  readonly depth: number;
  readonly members: number;
}

/**
 * The deepest nesting of [ and { outside strings, and the most members of one object (a colon
 * outside strings belongs to the object it is in), found by a linear scan of the raw text, so that
 * a hostile structure is refused before JSON.parse allocates it (quality-targets.md C5). Stops as
 * soon as either passes its limit.
 */
export function measureJson(
  text: string,
  { depthLimit = Infinity, membersLimit = Infinity }: { depthLimit?: number; membersLimit?: number } = {},
): JsonShape {
  let depth = 0;
  let maxDepth = 0;
  let maxMembers = 0;
  // Members of the open object at each depth; no deeper than the limit plus one is ever reached.
  const members: number[] = [0];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 58 /* : */) {
      const count = ++members[depth]!;
      if (count > maxMembers) {
        maxMembers = count;
        if (maxMembers > membersLimit) break;
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      members[depth] = 0;
      if (depth > maxDepth) {
        maxDepth = depth;
        if (maxDepth > depthLimit) break;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return { depth: maxDepth, members: maxMembers };
}

/** Decodes bytes as UTF-8 (a BOM is stripped); UTF-16 and binary files are refused. */
export function decodeUtf8(bytes: Uint8Array): string | ParseFailure {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('FILE_UTF16');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return fail('FILE_NOT_UTF8');
  }
}

/**
 * A file the user picked, as text: refused by its size before a byte is read, then decoded as the
 * command line decodes it (strict UTF-8; UTF-16 and binary refused), so a 500 MB file is refused at
 * once and a file that is not UTF-8 is never read as U+FFFD.
 */
export async function readUserFile(
  file: Pick<Blob, 'size' | 'arrayBuffer'>,
  limit: number,
): Promise<{ readonly ok: true; readonly text: string } | ParseFailure> {
  const read = await readUserBytes(file, limit);
  if (!read.ok) return read;
  const text = decodeUtf8(read.bytes);
  return typeof text === 'string' ? { ok: true, text } : text;
}

/**
 * A file the user picked, as bytes, refused by its size before a byte is read: for a check that
 * decodes in a worker (decoding 5 MB of UTF-8 took ~120 ms on the page).
 */
export async function readUserBytes(
  file: Pick<Blob, 'size' | 'arrayBuffer'>,
  limit: number,
): Promise<{ readonly ok: true; readonly bytes: Uint8Array } | ParseFailure> {
  const tooLarge = checkSize(file.size, limit);
  if (tooLarge) return tooLarge;
  return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * The one way untrusted JSON text enters the app: nesting and object-size pre-scan, JSON.parse with a reviver that
 * refuses __proto__, constructor and prototype keys anywhere, and an object at the root.
 */
export function parseJsonSafely(text: string, nestingLimit: number = LIMITS.jsonNesting): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shape = measureJson(body, { depthLimit: nestingLimit, membersLimit: LIMITS.jsonObjectMembers });
  if (shape.depth > nestingLimit) return fail('FILE_TOO_DEEP', { limit: nestingLimit });
  if (shape.members > LIMITS.jsonObjectMembers)
    return fail('FILE_TOO_MANY_MEMBERS', { limit: LIMITS.jsonObjectMembers });
  let value: unknown;
  try {
    // JSON.parse defines a "__proto__" key as an own field (it never sets a prototype), so the keys
    // can be checked afterwards: three times faster than a reviver on a 20 MB file (issue 18, case 6).
    value = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('FILE_NOT_JSON', { detail });
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden !== undefined) {
    return fail('FILE_FORBIDDEN_KEY', { key: forbidden });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('FILE_WRONG_ROOT');
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** The first __proto__, constructor or prototype key at any depth of parsed JSON, if any. */
function findForbiddenKey(root: unknown): string | undefined {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') pending.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') pending.push(item);
    }
  }
  return undefined;
}
