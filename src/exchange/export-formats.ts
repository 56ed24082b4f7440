/** The formats Exportera writes; apart from the exporters, so naming them loads none of them. */
export type ExportFormat = 'fragment' | 'fhir' | 'spec' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['fragment', 'fhir', 'spec', 'csv'];
