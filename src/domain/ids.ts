import { customAlphabet } from 'nanoid';

// Ids match the schema's Id pattern and read well in FHIR linkIds: lower-case letters and digits.
const nanoid = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 12);

/** A fresh random id (12 characters, 62 bits: no collision in any realistic library). */
export function createId(prefix = 'n'): string {
  return `${prefix}-${nanoid()}`;
}
