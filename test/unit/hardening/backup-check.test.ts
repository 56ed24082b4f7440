import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkBackup, checkBackupOffThread } from '../../../src/features/backup/backup-check.ts';
import { buildExampleLibrary } from '../../../src/examples/library.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const request = (value: unknown) => {
  const text = JSON.stringify(value);
  return { text, byteLength: Buffer.byteLength(text) };
};

describe('checking a backup off the page (issue 18, case 6)', () => {
  it('answers with the findings and whether the structure holds, never with the parsed file', () => {
    const checked = checkBackup(request(buildExampleLibrary()));
    expect(checked).toEqual({ ok: true, kind: 'library', valid: true, diagnostics: [] });
    const broken = checkBackup(request({ ...buildExampleLibrary(), keywords: 'inga' }));
    expect(broken).toMatchObject({ ok: true, kind: 'library', valid: false });
    expect(broken.ok && broken.diagnostics[0]).toMatchObject({ code: 'SCHEMA_INVALID', path: '/keywords' });
    expect(checkBackup({ text: '{"a":', byteLength: 5 })).toMatchObject({
      ok: false,
      refusal: { code: 'FILE_NOT_JSON' },
    });
  });

  it('checks in this thread where workers cannot run', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(checkBackupOffThread(request(buildExampleLibrary()))).resolves.toMatchObject({
      ok: true,
      valid: true,
    });
  });

  it('stops a worker that has not answered within the time limit, and says so', async () => {
    vi.useFakeTimers();
    const terminated: boolean[] = [];
    vi.stubGlobal(
      'Worker',
      class SilentWorker {
        addEventListener() {}
        postMessage() {}
        terminate() {
          terminated.push(true);
        }
      },
    );
    let answer: unknown;
    void checkBackupOffThread(request(buildExampleLibrary()), 1000).then((result) => (answer = result));
    await vi.advanceTimersByTimeAsync(999);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(answer).toEqual({ ok: false, refusal: { code: 'FILE_CHECK_TIMED_OUT', params: { seconds: 1 } } });
    expect(terminated).toEqual([true]);
  });
});
