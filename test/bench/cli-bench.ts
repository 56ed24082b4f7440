// Benchmark of the command line as a CI job runs it (issue 15): the built bin's start-up, one file,
// and a 500-file library folder, each as a median of fresh processes and as a ratio to `node -e 1`
// measured in the same run (the machine may be shared; ratios travel better than milliseconds).
// Figures only: no gate. Run: npm run build:cli && npm run bench:cli
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TreeDocument, TreeNode } from '../../src/domain/model.ts';
import { buildExampleLibrary } from '../../src/examples/library.ts';
import { toFolderFiles } from '../../src/formats/library-folder.ts';
import { includeBombLibrary, selfIncludingLibrary } from '../helpers/include-bomb.ts';
import { largeBackup } from '../helpers/large-backup.ts';

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
/** A backup object of `members` fields (the structure JSON.parse is slowest on), in text. */
const wideObject = (members: number) =>
  `{"format":"termverkstad-library","formatVersion":1,"keywords":[],"documents":[],"versions":[],${Array.from(
    { length: members },
    (_, i) => `"k${i}":${i % 10}`,
  ).join(',')}}`;
/** 190,000 small objects in one list: more items than the format allows. */
const manyObjects = () =>
  `{"format":"termverkstad-library","formatVersion":1,"keywords":[${Array.from(
    { length: 190_000 },
    () => '{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9}',
  ).join(',')}],"documents":[],"versions":[]}`;
const GNU_TIME = '/usr/bin/time';
const HAS_TIME = existsSync(GNU_TIME);
const hostile: [string, string, number][] = [
  ['8 levels × 10 includes', JSON.stringify(includeBombLibrary({ levels: 8, fanOut: 10 })), 1],
  [
    '8 levels × 10 includes, with a Testfall',
    JSON.stringify(includeBombLibrary({ levels: 8, fanOut: 10, scenario: true })),
    1,
  ],
  ['a fragment including itself 10 times', JSON.stringify(selfIncludingLibrary(10)), 1],
  // Case 6: large files up to the 25 MB limit.
  ['a valid 20 MB backup (50,000 keywords)', JSON.stringify(largeBackup(20)), 0],
  ['one object of 1.9 million fields (24 MB)', wideObject(1_900_000), 2],
  ['190,000 objects in one list (11 MB)', manyObjects(), 1],
];
console.log(
  'Hostile and large files: termverkstad validate, heap capped at 300 MB (--max-old-space-size=300), peak RSS',
);
for (const [name, text, exit] of hostile) {
  const file = join(bombDir, `${name.replace(/\W+/g, '-')}.json`);
  writeFileSync(file, text);
  const t0 = performance.now();
  const args = [process.execPath, '--max-old-space-size=300', BIN, 'validate', file];
  // GNU time reports the peak resident set of the process (Debian package "time"); without it the
  // heap cap still holds and the peak is not shown.
  const run = HAS_TIME
    ? spawnSync(GNU_TIME, ['-f', '%M', ...args], { encoding: 'utf8' })
    : spawnSync(args[0]!, args.slice(1), { encoding: 'utf8' });
  const ms = performance.now() - t0;
  const peakMb = HAS_TIME ? Number(run.stderr.trim().split('\n').at(-1)) / 1024 : NaN;
  const verdict = run.status === exit && ms < 5000 && !(peakMb >= 300) ? 'ok' : 'FAILS the budget';
  console.log(
    `${name.padEnd(44)} exit ${String(run.status)}  ${ms.toFixed(0).padStart(6)} ms  ${peakMb.toFixed(0).padStart(4)} MB  ${verdict}`,
  );
}
