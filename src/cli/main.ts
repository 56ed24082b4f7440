import { parseArgs } from 'node:util';
import { exitCodeFor, formatReportText, validateFile, type Language } from './validate.ts';

interface Output {
  write(text: string): unknown;
}

const USAGE = {
  sv: `Användning: termverkstad validate [--json] [--lang sv|en] FIL...
  Kontrollerar fragment-, mall- och biblioteksfiler mot scheman och regler.
  Slutstatus: 0 giltig, 1 fel i innehållet, 2 filen kan inte läsas eller tolkas.`,
  en: `Usage: termverkstad validate [--json] [--lang sv|en] FILE...
  Checks fragment, template and library files against the schemas and rules.
  Exit status: 0 valid, 1 errors in the content, 2 a file cannot be read or parsed.`,
};

/**
 * The command line: `termverkstad validate FILE...`. Returns the exit status; never throws, so a
 * user never sees a stack trace.
 */
export async function main(args: readonly string[], stdout: Output, stderr: Output): Promise<number> {
  let language: Language = 'sv';
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'sv' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.lang !== 'sv' && values.lang !== 'en') {
      stderr.write(`--lang: sv or en, not "${values.lang}"\n`);
      return 2;
    }
    language = values.lang;
    const [command, ...files] = positionals;
    if (values.help || command === undefined) {
      stdout.write(`${USAGE[language]}\n`);
      return command === undefined && !values.help ? 2 : 0;
    }
    if (command !== 'validate') {
      stderr.write(
        `${language === 'sv' ? 'Okänt kommando' : 'Unknown command'}: ${command}\n${USAGE[language]}\n`,
      );
      return 2;
    }
    if (files.length === 0) {
      stderr.write(
        `${language === 'sv' ? 'Ange minst en fil.' : 'Name at least one file.'}\n${USAGE[language]}\n`,
      );
      return 2;
    }
    const reports = [];
    for (const file of files) reports.push(await validateFile(file));
    if (values.json) stdout.write(`${JSON.stringify({ files: reports }, null, 2)}\n`);
    else stdout.write(`${reports.map((r) => formatReportText(r, language)).join('\n')}\n`);
    return exitCodeFor(reports);
  } catch (error) {
    // Argument errors and anything unforeseen: one line, no stack trace.
    const detail = error instanceof Error ? error.message : String(error);
    stderr.write(`termverkstad: ${detail}\n`);
    return 2;
  }
}
