// Benchmark of the command line as a CI job runs it (issue 15): the built bin's start-up, one file,
// and a 500-file library folder, each as a median of fresh processes and as a ratio to `node -e 1`
// measured in the same run (the machine may be shared; ratios travel better than milliseconds).
// Figures only: no gate. Run: npm run build:cli && npm run bench:cli
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TreeDocument, TreeNode } from '../../src/domain/model.ts';
import { buildExampleLibrary } from '../../src/examples/library.ts';
import { toFolderFiles } from '../../src/formats/library-folder.ts';
import { includeBombLibrary, selfIncludingLibrary } from '../helpers/include-bomb.ts';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/termverkstad.mjs');
const RUNS = Number(process.env.RUNS ?? 9);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function time(args: readonly string[]): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
  const ms = performance.now() - t0;
  if (run.status === null || run.status > 1) throw new Error(`${args.join(' ')} exited ${run.status}`);
  return ms;
}

/** A library folder of `documents` templates (copies of the examples with their own ids), plus the rest. */
function writeLibrary(documents: number): { dir: string; files: number } {
  const { format: _f, formatVersion: _v, ...library } = buildExampleLibrary();
  const templates = library.documents.filter((d) => d.kind === 'template');
  const renumber = (nodes: readonly TreeNode[], n: number): TreeNode[] =>
    nodes.map((node) => ({
      ...node,
      ...('children' in node && node.children && { children: renumber(node.children, n) }),
    }));
  const copies: TreeDocument[] = [];
  for (let i = 0; copies.length + library.documents.length < documents; i++) {
    const source = templates[i % templates.length]!;
    copies.push({
      ...source,
      id: `kopia-${i}`,
      title: `${source.title} ${i}`,
      nodes: renumber(source.nodes, i),
    });
  }
  const all = toFolderFiles({ ...library, documents: [...library.documents, ...copies] });
  const dir = mkdtempSync(join(tmpdir(), 'termverkstad-cli-bench-'));
  for (const file of all) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return { dir, files: all.length };
}

const { dir, files } = writeLibrary(500);
const oneFile = join(ROOT, 'schemas/examples/fragment-file/exempel-levnadsvanor.json');
const cases: [string, string[]][] = [
  ['node -e 1', ['-e', '1']],
  ['termverkstad --help', [BIN, '--help']],
  ['termverkstad validate (1 file)', [BIN, 'validate', oneFile]],
  [`termverkstad validate DIR (${files} files)`, [BIN, 'validate', dir]],
];
const results = new Map<string, number>();
for (const [name, args] of cases) {
  time(args); // warm the file cache
  results.set(name, median(Array.from({ length: RUNS }, () => time(args))));
}
const base = results.get('node -e 1')!;
console.log(`CLI benchmark: median of ${RUNS} fresh processes, Node ${process.version}`);
for (const [name, ms] of results)
  console.log(
    `${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / base).toFixed(2).padStart(6)} × node -e 1`,
  );

// Include bombs (issue 18, case 2): `validate` must refuse each (exit 1) within 5 s with the heap
// capped at 300 MB; a run that needs more dies with exit code 134 instead.
const bombDir = mkdtempSync(join(tmpdir(), 'termverkstad-bombs-'));
const bombs: [string, object][] = [
  ['8 levels × 10 includes', includeBombLibrary({ levels: 8, fanOut: 10 })],
  ['8 levels × 10 includes, with a Testfall', includeBombLibrary({ levels: 8, fanOut: 10, scenario: true })],
  ['a fragment including itself 10 times', selfIncludingLibrary(10)],
];
console.log('Include bombs: termverkstad validate, heap capped at 300 MB (--max-old-space-size=300)');
for (const [name, library] of bombs) {
  const file = join(bombDir, `${name.replace(/\W+/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(library));
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--max-old-space-size=300', BIN, 'validate', file], {
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  const verdict = run.status === 1 && ms < 5000 ? 'ok' : 'FAILS the budget';
  console.log(`${name.padEnd(44)} exit ${String(run.status)}  ${ms.toFixed(0).padStart(6)} ms  ${verdict}`);
}
