import { parseArgs } from 'node:util';
import type { Language } from './validate.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../exchange/export-formats.ts';
import { message, type Message } from '../domain/message.ts';
import { inTerminalWords as inWords } from './cli-words.ts';
import type { CliCode } from '../i18n/messages/cli.ts';
import { INTERNAL_ERROR_EXIT, internalError } from './internal-error.ts';

// Each command loads its own modules when it runs: `--help` or `merge-driver` does not parse the
// FHIR validator, which keeps the start within a few times `node -e 1` (README, benchmark).
const REPORT_FORMATS = ['text', 'json', 'github', 'gitlab', 'junit'] as const;

interface Output {
  write(text: string): unknown;
}

const say = (code: CliCode, language: Language, params: Message['params'] = {}) =>
  inWords(message(code, params), language);

/**
 * The command line: `termverkstad validate|convert|diff|merge-driver ...`. Returns the exit status; never throws, so a
 * user never sees a stack trace.
 */
export async function main(args: readonly string[], stdout: Output, stderr: Output): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'sv' },
        help: { type: 'boolean', short: 'h', default: false },
        to: { type: 'string' },
        from: { type: 'string' },
        assembled: { type: 'boolean', default: false },
        document: { type: 'string' },
        out: { type: 'string' },
        report: { type: 'string' },
        format: { type: 'string' },
      },
    });
    if (values.lang !== 'sv' && values.lang !== 'en') {
      stderr.write(`${say('CLI_BAD_LANG', 'en', { value: values.lang ?? '' })}\n`);
      return 2;
    }
    const language: Language = values.lang;
    const [command, ...files] = positionals;
    if (values.help || command === undefined) {
      stdout.write(`${say('CLI_USAGE', language)}\n`);
      return command === undefined && !values.help ? 2 : 0;
    }
    if (command === 'merge-driver') {
      const { runMergeDriver } = await import('./merge-driver.ts');
      return await runMergeDriver(files, stderr, language);
    }
    if (command === 'unpack' || command === 'pack') {
      const { runPack, runUnpack } = await import('./pack.ts');
      return await (command === 'pack' ? runPack : runUnpack)(files, stderr, language);
    }
    if (command === 'diff') {
      const { runDiff } = await import('./diff.ts');
      return await runDiff(files, stdout, stderr, language);
    }
    if (command === 'convert') {
      const { convertFile } = await import('./convert.ts');
      const { describeConversion } = await import('../i18n/file-words.ts');
      const { STRINGS } = await import('../i18n/all-strings.ts');
      const to = values.to;
      if (to !== undefined && !EXPORT_FORMATS.includes(to as ExportFormat)) {
        stderr.write(`--to: ${EXPORT_FORMATS.join(', ')}\n`);
        return 2;
      }
      if (values.from !== undefined && values.from !== 'fhir') {
        stderr.write('--from: fhir\n');
        return 2;
      }
      if (files.length !== 1) {
        stderr.write(`${say('CLI_NAME_ONE_FILE', language)}\n${say('CLI_USAGE', language)}\n`);
        return 2;
      }
      const file = files[0]!;
      const result = await convertFile(file, {
        ...(to !== undefined && { to: to as ExportFormat }),
        ...(values.from === 'fhir' && { from: 'fhir' as const }),
        assembled: values.assembled,
        ...(values.document !== undefined && { document: values.document }),
        ...(values.out !== undefined && { out: values.out }),
        ...(values.report !== undefined && { report: values.report }),
        language,
        now: new Date().toISOString(),
      });
      if (!result.ok) {
        stderr.write(`${file}: ${inWords(result.message, language)}\n`);
        return result.code;
      }
      // Nothing dropped unnamed: what an import kept verbatim or holds as something else goes to stderr.
      for (const entry of result.report?.kept ?? [])
        stderr.write(
          `${file}: ${say('CLI_KEPT', language, { where: entry.where || '(Questionnaire)', what: entry.what })}\n`,
        );
      for (const entry of result.report?.converted ?? [])
        stderr.write(`${file}: ${describeConversion(entry, STRINGS[language])}\n`);
      if (values.out === undefined) stdout.write(result.text);
      return 0;
    }
    if (command !== 'validate') {
      stderr.write(`${say('CLI_UNKNOWN_COMMAND', language, { command })}\n${say('CLI_USAGE', language)}\n`);
      return 2;
    }
    if (files.length === 0) {
      stderr.write(`${say('CLI_NAME_FILES', language)}\n${say('CLI_USAGE', language)}\n`);
      return 2;
    }
    const format = values.format ?? (values.json ? 'json' : 'text');
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
      stderr.write(`--format: ${REPORT_FORMATS.join(', ')}\n`);
      return 2;
    }
    const { validatePaths, exitCodeFor } = await import('./validate.ts');
    const { formatReports } = await import('./report-formats.ts');
    const reports = await validatePaths(files);
    stdout.write(formatReports(reports, format as (typeof REPORT_FORMATS)[number], language));
    return exitCodeFor(reports);
  } catch (error) {
    // Argument errors: one line, exit 2. Anything unforeseen is a bug: "internt fel" with an id, exit 3.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      stderr.write(`termverkstad: ${(error as Error).message}\n`);
      return 2;
    }
    const language = args[args.indexOf('--lang') + 1] === 'en' ? 'en' : 'sv';
    stderr.write(`termverkstad: ${inWords(internalError(error), language)}\n`);
    return INTERNAL_ERROR_EXIT;
  }
}
