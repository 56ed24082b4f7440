import { parseArgs } from 'node:util';
import { exitCodeFor, formatReportText, validateFile, type Language } from './validate.ts';
import { convertFile } from './convert.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../exchange/export-document.ts';

interface Output {
  write(text: string): unknown;
}

const USAGE = {
  sv: `Användning: termverkstad validate [--json] [--lang sv|en] FIL...
  Kontrollerar fragment-, mall- och biblioteksfiler mot scheman och regler.
       termverkstad convert --to fhir|fragment|csv|spec [--assembled] [--document ID] [--out FIL] FIL
       termverkstad convert --from fhir [--out FIL] FIL
  Konverterar som Exportera och Importera i appen; utan --out skrivs resultatet till standard ut.
  Slutstatus: 0 giltig, 1 fel i innehållet, 2 filen kan inte läsas eller tolkas.`,
  en: `Usage: termverkstad validate [--json] [--lang sv|en] FILE...
  Checks fragment, template and library files against the schemas and rules.
       termverkstad convert --to fhir|fragment|csv|spec [--assembled] [--document ID] [--out FILE] FILE
       termverkstad convert --from fhir [--out FILE] FILE
  Converts as Export and Import do in the app; without --out the result goes to standard output.
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
        to: { type: 'string' },
        from: { type: 'string' },
        assembled: { type: 'boolean', default: false },
        document: { type: 'string' },
        out: { type: 'string' },
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
    if (command === 'convert') {
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
        stderr.write(`${language === 'sv' ? 'Ange en fil.' : 'Name one file.'}\n${USAGE[language]}\n`);
        return 2;
      }
      const file = files[0]!;
      const result = await convertFile(file, {
        ...(to !== undefined && { to: to as ExportFormat }),
        ...(values.from === 'fhir' && { from: 'fhir' as const }),
        assembled: values.assembled,
        ...(values.document !== undefined && { document: values.document }),
        ...(values.out !== undefined && { out: values.out }),
        language,
        now: new Date().toISOString(),
      });
      if (!result.ok) {
        stderr.write(`${file}: ${result.message[language]}\n`);
        return result.code;
      }
      if (values.out === undefined) stdout.write(result.text);
      return 0;
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
