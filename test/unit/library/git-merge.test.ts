/**
 * The library folder in real git: two clones edit the same template, the merge driver
 * (`termverkstad merge-driver`, through bin/termverkstad.mjs as a team would set it up) merges
 * different edits cleanly and leaves a conflict file for the same field edited both ways, which
 * `validate` reports on its file and line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KeywordNode, TreeDocument } from '../../../src/domain/model.ts';
import { indexTree } from '../../../src/domain/tree.ts';
import { stableJson, toFolderFiles } from '../../../src/formats/library-folder.ts';
import { exampleLibrary, nodeIdByTerm } from '../../helpers/examples.ts';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/termverkstad.mjs');
const TEMPLATE = 'exempel-levnadsvanor';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function setUpClone(dir: string, name: string) {
  git(dir, 'config', 'user.name', name);
  git(dir, 'config', 'user.email', `${name}@example.invalid`);
  // The two lines of the README: the driver in git config, the attribute in .gitattributes.
  git(dir, 'config', 'merge.termverkstad.driver', `node ${JSON.stringify(BIN)} merge-driver %O %A %B %P`);
}

let origin: string;
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'termverkstad-git-'));
  const seed = join(work, 'seed');
  mkdirSync(seed);
  git(seed, 'init', '-q', '-b', 'main');
  setUpClone(seed, 'seed');
  const { format: _f, formatVersion: _v, ...library } = exampleLibrary();
  for (const file of toFolderFiles(library)) {
    mkdirSync(dirname(join(seed, file.path)), { recursive: true });
    writeFileSync(join(seed, file.path), file.text);
  }
  writeFileSync(join(seed, '.gitattributes'), '*.json merge=termverkstad\n');
  git(seed, 'add', '-A');
  git(seed, 'commit', '-q', '-m', 'Bibliotek');
  origin = join(work, 'origin.git');
  git(work, 'clone', '-q', '--bare', seed, origin);
});

function cloneAs(name: string): string {
  const dir = join(work, `${name}-${Math.random().toString(36).slice(2, 8)}`);
  git(work, 'clone', '-q', origin, dir);
  setUpClone(dir, name);
  return dir;
}

const templatePath = (clone: string) => join(clone, 'templates', `${TEMPLATE}.json`);

function editTemplate(clone: string, edit: (document: TreeDocument) => void, message: string) {
  const document = JSON.parse(readFileSync(templatePath(clone), 'utf8')) as TreeDocument;
  edit(document);
  writeFileSync(templatePath(clone), stableJson(document));
  git(clone, 'commit', '-q', '-am', message);
}

const node = (document: TreeDocument, term: string) => {
  const id = nodeIdByTerm(document, term);
  return indexTree(document.nodes).places.get(id)!.node as KeywordNode;
};

const base = () => exampleLibrary().documents.find((d) => d.id === TEMPLATE)!;

const cli = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

describe('a library folder in git with the merge driver', () => {
  it('merges two people editing different places of the same template, and the result is valid', () => {
    const anna = cloneAs('anna');
    const bo = cloneAs('bo');
    const wasRequired = node(
      JSON.parse(readFileSync(templatePath(anna), 'utf8')) as TreeDocument,
      'Rökning',
    ).required;
    editTemplate(anna, (d) => (node(d, 'Rökning').required = !wasRequired), 'Rökning krävs eller inte');
    git(anna, 'push', '-q', 'origin', 'main');
    editTemplate(
      bo,
      (d) => {
        d.title = 'Levnadsvanor (ny titel)';
        node(d, 'Snusning').required = !node(d, 'Snusning').required;
        d.nodes.push({ id: 'n-bo-ny', keywordId: node(d, 'Rökning').keywordId });
      },
      'Ny titel och ett sökord',
    );
    const diffBefore = git(bo, 'diff', 'HEAD~1', '--stat');
    expect(diffBefore).toContain('1 file changed');
    const pull = spawnSync('git', ['pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main'], {
      cwd: bo,
      encoding: 'utf8',
    });
    expect(pull.status, pull.stderr).toBe(0);
    const merged = JSON.parse(readFileSync(templatePath(bo), 'utf8')) as TreeDocument;
    expect(merged.title).toBe('Levnadsvanor (ny titel)');
    expect(node(merged, 'Snusning').required).toBe(!node(base(), 'Snusning').required);
    expect(node(merged, 'Rökning').required).toBe(!wasRequired);
    expect(merged.nodes.at(-1)!.id).toBe('n-bo-ny');
    expect(readFileSync(templatePath(bo), 'utf8')).toBe(stableJson(merged));
    const check = cli(bo, 'validate', '.');
    expect(check.stdout).toContain('termverkstad.json: giltig (0 fel');
    expect(check.status).toBe(0);
  });

  it('leaves the same field edited both ways as a conflict that validate reports with file and line', () => {
    const anna = cloneAs('anna');
    const bo = cloneAs('bo');
    editTemplate(anna, (d) => (d.title = 'Annas titel'), 'Annas titel');
    git(anna, 'push', '-q', 'origin', 'main');
    editTemplate(bo, (d) => (d.title = 'Bos titel'), 'Bos titel');
    const pull = spawnSync('git', ['pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main'], {
      cwd: bo,
      encoding: 'utf8',
    });
    expect(pull.status).not.toBe(0);
    expect(git(bo, 'diff', '--name-only', '--diff-filter=U').trim()).toBe(`templates/${TEMPLATE}.json`);
    const conflict = JSON.parse(readFileSync(templatePath(bo), 'utf8')) as {
      format: string;
      conflicts: { id: string; mine: unknown; theirs: unknown }[];
    };
    expect(conflict.format).toBe('termverkstad-merge-conflict');
    expect(conflict.conflicts).toEqual([
      { id: 'document:title', kind: 'field', field: 'title', mine: 'Bos titel', theirs: 'Annas titel' },
    ]);
    const text = readFileSync(templatePath(bo), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('"id": "document:title"')) + 1;
    const check = cli(bo, 'validate', '--format', 'github', '--lang', 'en', '.');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(
      `::error file=templates/${TEMPLATE}.json,line=${line},title=MERGE_CONFLICT::Unresolved conflict from a merge (`,
    );
  });
});
