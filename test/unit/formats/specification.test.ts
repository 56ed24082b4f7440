import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/exchange/export-document.ts';
import { fileWordsIn } from '../../../src/i18n/all-strings.ts';
import { buildTree, heading, number, single, yesNo, when, is } from '../../helpers/build-tree.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const t = buildTree(
  [
    heading('Mätning', [
      yesNo('Mätt', {}, [
        number('Vikt', 'kg', {
          required: true,
          min: 0.5,
          max: 300,
          decimals: 1,
          when: when(is('Ja')),
          description: 'Utan ytterkläder.',
          codes: [{ system: 'SNOMED CT', code: '27113001', display: 'Body weight' }],
        }),
      ]),
      single(
        'Skala',
        [
          ['Inte alls', 0],
          ['Ibland', 1],
        ],
        { optionCodes: { Ibland: [{ system: 'Lokal', code: 'I' }] } },
      ),
    ]),
  ],
  { title: 'Mätningar', description: 'Om mätningarna.' },
);
const exported = (format: 'spec' | 'csv', language: 'sv' | 'en' = 'sv') => {
  const result = exportDocument({
    format,
    document: { ...t.document, status: 'review', version: '1.2.0' },
    catalog: t.catalog,
    resolve: () => undefined,
    words: fileWordsIn(language),
    now: '2026-12-01T10:00:00Z',
  });
  if (!result.ok) throw new Error(inWords(result.reason, 'en'));
  return result;
};

describe('Specifikation (utskrift)', () => {
  const html = exported('spec').text;
  const section = (term: string) => html.split('<section').find((s) => s.includes(`<h2>${term}`))!;

  it('heads the page with the title, kind, status, version, date and description', () => {
    expect(exported('spec').fileName).toBe('matningar.specifikation.html');
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Specifikation: Mätningar</h1>');
    expect(html).toContain('<p class="meta">Mall · Granskas · version 1.2.0 · Skapad 2026-12-01</p>');
    expect(html).toContain('<p>Om mätningarna.</p>');
  });

  it('writes each keyword with its path, type, unit, codes, description, condition and required mark, indented by level', () => {
    const vikt = section('Vikt');
    const indent = (term: string) => Number(/margin-inline-start:([\d.]+)rem/.exec(section(term))![1]);
    expect(indent('Vikt')).toBeCloseTo(3 * 1.2);
    expect(indent('Mätt')).toBeCloseTo(2 * 1.2);
    expect(vikt).toContain('<h2>Vikt <span class="required">(obligatoriskt)</span></h2>');
    expect(vikt).toContain('<dt>Regler</dt><dd>mellan 0,5 och 300; högst 1 decimal</dd>');
    expect(section('Skala')).not.toContain('Regler');
    expect(vikt).toContain('<dt>Sökväg</dt><dd>Mätning &gt; Mätt</dd>');
    expect(vikt).toContain('<dt>Typ</dt><dd>Numeriskt</dd>');
    expect(vikt).toContain('<dt>Enhet</dt><dd>kg</dd>');
    expect(vikt).toContain('<dt>Koder</dt><dd>SNOMED CT 27113001 Body weight</dd>');
    expect(vikt).toContain('<dt>Beskrivning</dt><dd>Utan ytterkläder.</dd>');
    expect(vikt).toContain('<dt>Villkor</dt><dd>visas när Mätt = Ja</dd>');
    expect(vikt).not.toContain('<dt>Värden</dt>');
  });

  it('lists values with their points and option codes; a keyword without a condition is always shown', () => {
    const skala = section('Skala');
    expect(skala).toContain('<dt>Värden</dt><dd>Inte alls (0), Ibland (1)</dd>');
    expect(skala).toContain('<dt>Koder</dt><dd>Ibland: Lokal I</dd>');
    expect(skala).toContain('<dt>Villkor</dt><dd>Visas alltid</dd>');
    expect(skala).not.toContain('class="required"');
    expect(section('Mätt')).toContain('<dt>Värden</dt><dd>Ja, Nej</dd>');
  });

  it('in English', () => {
    const en = exported('spec', 'en').text;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1>Specification: Mätningar</h1>');
  });
});

describe('Sökordslista (CSV)', () => {
  it('one row per keyword with path, term, type, values, unit, condition, codes, required and rules', () => {
    const { text: csv, fileName, mimeType } = exported('csv');
    expect(fileName).toBe('matningar.sokord.csv');
    expect(mimeType).toBe('text/csv;charset=utf-8');
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      ';Mätning;Rubrik;;;;;;',
      'Mätning;Mätt;Ja/Nej;Ja | Nej;;;;;',
      'Mätning > Mätt;Vikt;Numeriskt;;kg;visas när Mätt = Ja;SNOMED CT 27113001 Body weight;Ja;mellan 0,5 och 300 | högst 1 decimal',
      'Mätning;Skala;Envalslista;Inte alls (0) | Ibland (1);;;Ibland: Lokal I;;',
    ]);
  });
});
