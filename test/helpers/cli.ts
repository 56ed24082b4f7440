import { main } from '../../src/cli/main.ts';

/** Runs the command line in this process, collecting what it writes and its exit status. */
export async function runCli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    args,
    { write: (t: string) => (stdout += t) },
    { write: (t: string) => (stderr += t) },
  );
  return { code, stdout, stderr };
}
