/** Example tree: Ordination av egenmonitorering – ImagineCare. */
import {
  answered,
  date,
  has,
  heading,
  is,
  multiple,
  number,
  single,
  text,
  when,
  yesNo,
  type NodeSpec,
} from '../builder.ts';
import { JA } from './common.ts';

const FREQUENCY = ['Dagligen', 'Flera gånger per vecka', 'En gång per vecka', 'Vid symtom'];

export const imagineCare: NodeSpec = heading('Ordination', [
  yesNo('Egenmonitorering ImagineCare ordinerad', {}, [
    single(
      'Typ av egenmonitorering',
      ['Standardiserad (fast logik)', 'Individanpassad'],
      { when: JA, required: true },
      [
        single('Program', ['Astma', 'Diabetes typ 2', 'Hjärtsvikt', 'KOL'], {
          when: when(is('Standardiserad (fast logik)')),
          required: true,
        }),
        multiple(
          'Mätvärden',
          [
            'Blodsocker',
            'Blodsocker gravid',
            'Blodtryck',
            'Blodtryck gravid',
            'FEV1',
            'Fysisk aktivitet',
            'PEF',
            'Spirometri',
            'Steg',
            'Syremättnad',
            'Sömn',
            'Temperatur',
            'Vikt',
          ],
          { when: when(is('Individanpassad')) },
          [
            single('Blodtryck – mätfrekvens', FREQUENCY, { when: when(has('Blodtryck')), required: true }),
            number('Blodtryck – larmgräns systoliskt övre', 'mmHg', {
              when: when(has('Blodtryck')),
              min: 60,
              max: 260,
              decimals: 0,
              description: 'Illustrativ gräns, inte en klinisk rekommendation.',
            }),
            number('Blodtryck – larmgräns systoliskt nedre', 'mmHg', {
              when: when(has('Blodtryck')),
              min: 60,
              max: 260,
              decimals: 0,
              description: 'Ska vara lägre än den övre larmgränsen.',
            }),
            single('Vikt – mätfrekvens', FREQUENCY, { when: when(has('Vikt')), required: true }),
            number('Vikt – larm vid viktökning', 'kg', {
              when: when(has('Vikt')),
              min: 0,
              max: 20,
              decimals: 1,
            }),
            number('Vikt – antal dagar för viktökningen', 'dagar', {
              when: when(has('Vikt')),
              min: 1,
              max: 30,
              decimals: 0,
            }),
            number('Syremättnad – larmgräns nedre', '%', {
              when: when(has('Syremättnad')),
              min: 70,
              max: 100,
              decimals: 0,
            }),
          ],
        ),
        multiple(
          'Formulär',
          [
            'ACT',
            'CAT',
            'CRP-resultat',
            'Frågor om smärta',
            'IPOS 3 dagar',
            'IPOS 7 dagar',
            'KEDS',
            'Levnadsvanor',
            'PHQ-9',
            'PROMIS-10',
            'Symtomkoll vid hjärtsvikt',
            'Tilläggsfrågor om KOL',
          ],
          { when: when(is('Individanpassad')) },
          [
            single('Formulär – frekvens', ['Varje vecka', 'Varannan vecka', 'Varje månad', 'Inför besök'], {
              when: when(answered()),
            }),
          ],
        ),
        multiple(
          'Skattningar',
          [
            'Andfåddhet',
            'Aptit',
            'Fysisk hälsa',
            'Huvudvärk',
            'Illamående',
            'Psykisk hälsa',
            'Smärta',
            'Stress',
            'Sömn',
            'Trötthet',
            'Yrsel',
          ],
          { when: when(is('Individanpassad')) },
          [
            single('Skattningar – frekvens', ['Dagligen', 'Flera gånger per vecka', 'Varje vecka'], {
              when: when(answered()),
            }),
          ],
        ),
      ],
    ),
    multiple(
      'Utrustning som lämnas ut',
      ['Glukosmätare', 'Blodtrycksmätare', 'Spirometer', 'Pulsoximeter', 'Kroppstemperaturmätare', 'Våg'],
      { when: JA },
    ),
    multiple('Kommunikation via tjänsten', ['Chatt', 'Video'], { when: JA }),
    date('Startdatum', { when: JA, required: true }),
    date('Planerad uppföljning', { when: JA }),
    text('Ansvarig mottagning/vårdteam', { when: JA, required: true }),
    yesNo('Patienten informerad om hur varningar hanteras', { when: JA }),
  ]),
]);
