import type { TreeDocument } from '../domain/model.ts';
import type { CsvHeadings } from './keyword-csv.ts';
import type { ListWords } from './keyword-rows.ts';
import type { SpecWords } from './specification.ts';

/**
 * The words files are written with (keyword lists, the specification, the CSV) in one language.
 * The formats take them as data; the app and the command line get them from i18n.
 */
export interface ExportWords {
  readonly list: ListWords;
  readonly csv: CsvHeadings;
  readonly spec: SpecWords;
  readonly kind: Readonly<Record<TreeDocument['kind'], string>>;
  readonly status: Readonly<Record<TreeDocument['status'], string>>;
}
