import { spawnSync } from 'node:child_process';
import { rename, writeFile } from 'node:fs/promises';
import { message } from '../domain/message.ts';
import { mergeFileTexts } from '../formats/library-merge.ts';
import { createDiagnostic } from '../validation/index.ts';
import { inWords } from './cli-words.ts';
import { readTextFile } from './read-file.ts';
import type { Language } from './validate.ts';

interface Output {
  write(text: string): unknown;
}

const readOrEmpty = async (file: string) => {
  const read = await readTextFile(file);
  return read.ok ? read.text : '';
};

/**
 * git's merge driver (`termverkstad merge-driver %O %A %B %P`): merges the three versions of a
 * library file node by node and keyword by keyword and writes the result over %A, as git expects.
 * Exit 0 = merged cleanly; 1 = conflicts, written as a conflict file that `validate` reports and the
 * app resolves. A file that is not one of ours (or already a conflict) is merged by git's own text
 * merge, so the driver can be set for every *.json.
 */
export async function runMergeDriver(
  [base, mine, theirs, path]: readonly string[],
  stderr: Output,
  language: Language,
): Promise<number> {
  if (base === undefined || mine === undefined || theirs === undefined) {
    stderr.write(`${inWords(message('CLI_MERGE_USAGE', {}), language)}\n`);
    return 2;
  }
  const name = path ?? mine;
  const [o, a, b] = await Promise.all([readOrEmpty(base), readOrEmpty(mine), readOrEmpty(theirs)]);
  const result = mergeFileTexts(o, a, b);
  if (!result.ok) {
    // git merge-file writes the merge with conflict markers into %A; its exit status counts them.
    const git = spawnSync(
      'git',
      ['merge-file', '-L', 'min', '-L', 'bas', '-L', 'deras', mine, base, theirs],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (git.error || git.status === null || git.status < 0) return 2;
    return git.status === 0 ? 0 : 1;
  }
  // Write beside and rename, so an interrupted write never leaves half a file.
  const temporary = `${mine}.termverkstad-merge`;
  await writeFile(temporary, result.text);
  await rename(temporary, mine);
  for (const conflict of result.conflicts) {
    const diagnostic = createDiagnostic('MERGE_CONFLICT', {
      kind: conflict.kind,
      at: conflict.nodeId ?? conflict.keywordId ?? '',
      ...(conflict.field !== undefined && { field: conflict.field }),
    });
    stderr.write(`${name}: ${inWords(diagnostic, language)}\n`);
  }
  return result.conflicts.length === 0 ? 0 : 1;
}
