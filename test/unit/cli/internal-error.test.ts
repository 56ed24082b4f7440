import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import type * as CheckFile from '../../../src/validation/check-file.ts';

// A bug of ours, met on one file only: the checker throws for any file named "trasig".
vi.mock('../../../src/validation/check-file.ts', async (original) => {
  const actual = await original<typeof CheckFile>();
  return {
    ...actual,
    checkFileText: (
      text: string,
      ...rest: Parameters<typeof actual.checkFileText> extends [string, ...infer R] ? R : never
    ) => {
      if (text.includes('"trasig"'))
        throw new TypeError("Cannot read properties of undefined (reading 'versions')");
      return actual.checkFileText(text, ...rest);
    },
  };
});

const EXAMPLE = join(
  import.meta.dirname,
  '../../../schemas/examples/fragment-file/exempel-levnadsvanor.json',
);
const RULES = join(import.meta.dirname, '../../fixtures/rules');

describe('an internal error (issue 18, case 10)', () => {
  it('is one line naming the file, "internt fel" with an id, exit 3; the other files are still reported', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'termverkstad-bug-')), 'trasig.json');
    writeFileSync(broken, '{"format":"termverkstad-fragment","formatVersion":1,"title":"trasig"}');
    const result = await runCli('validate', broken, EXAMPLE, join(RULES, 'UNKNOWN_KEYWORD.json'));
    expect(result.code).toBe(3);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: kan inte läsas: internt fel [0-9a-f]{6} \\(Cannot read properties of undefined \\(reading 'versions'\\)\\); det är ett fel i Termverkstad, rapportera det gärna med filen\\.$`,
      ),
    );
    expect(lines).toContain(`${EXAMPLE}: giltig (0 fel, 0 varningar)`);
    expect(result.stdout).toContain('UNKNOWN_KEYWORD.json: ogiltig (1 fel');
    expect(result.stdout).not.toContain('    at ');
    // JSON reports every file too.
    const json = JSON.parse((await runCli('validate', '--json', broken, EXAMPLE)).stdout) as {
      files: unknown[];
    };
    expect(json.files).toHaveLength(2);
  });
});
