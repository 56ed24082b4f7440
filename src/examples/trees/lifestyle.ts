/** Example tree: Levnadsvanor: tobak, alkohol (AUDIT-C), fysisk aktivitet, matvanor. */
import {
  answered,
  compare,
  heading,
  is,
  isNot,
  multiple,
  score,
  single,
  when,
  whenAll,
  whenAny,
  type NodeSpec,
} from '../builder.ts';
import { VERIFY } from './common.ts';

const ACTION_LEVELS = ['Enkla råd', 'Rådgivande samtal', 'Kvalificerat rådgivande samtal'];

const VEG_SCALE: NodeSpec['options'] = [
  ['Två gånger per dag eller oftare', 3],
  ['En gång per dag', 2],
  ['Några gånger i veckan', 1],
  ['En gång i veckan eller mer sällan', 0],
];

export const lifestyle: NodeSpec = heading('Levnadsvanor', [
  multiple('Prioriterad grupp', [
    'Särskild risk för allvarlig sjukdom',
    'Ska opereras',
    'Gravid',
    'Ammar',
    'Under 18 år',
    'Ingen av dessa',
  ]),
  heading('Tobak och nikotin', [
    single(
      'Rökning',
      [
        'Har aldrig varit rökare',
        'Har slutat röka för mer än 6 månader sedan',
        'Har slutat röka för mindre än 6 månader sedan',
        'Röker, men inte dagligen',
        'Röker dagligen',
      ],
      { required: true },
      [
        single('Antal cigaretter per dag', ['1–9', '10–19', '20 eller fler'], {
          when: when(is('Röker dagligen')),
        }),
      ],
    ),
    single(
      'Snusning',
      [
        'Har aldrig varit snusare',
        'Har slutat snusa för mer än 6 månader sedan',
        'Har slutat snusa för mindre än 6 månader sedan',
        'Snusar, men inte dagligen',
        'Snusar dagligen',
      ],
      { required: true },
      [
        single('Antal dosor per vecka', ['1–3', '4–6', '7 eller fler'], {
          when: when(is('Snusar dagligen')),
        }),
      ],
    ),
    single('Andra nikotinprodukter', ['Använder inte', 'Använder men inte dagligen', 'Använder dagligen'], {
      key: 'nikotin',
      description: 'Till exempel vitt snus och e-cigarett.',
    }),
    single(
      'Åtgärd tobak/nikotin',
      [...ACTION_LEVELS, 'Remiss till tobaksavvänjning', 'Avböjer', 'Ej aktuellt'],
      {
        when: whenAny(
          is('Röker dagligen', 'rokning'),
          is('Snusar dagligen', 'snusning'),
          is('Använder dagligen', 'nikotin'),
        ),
        optionCodes: {
          'Enkla råd': [{ system: 'KVÅ', code: 'DV111', display: 'Enkla råd om tobaksbruk' }],
          'Rådgivande samtal': [{ system: 'KVÅ', code: 'DV112', display: 'Rådgivande samtal om tobaksbruk' }],
        },
        description:
          'Visas vid dagligt bruk. Riktlinjen gäller också allt bruk i prioriterade grupper; det villkoret kräver nästlade villkor och är inte med i exemplet.',
      },
    ),
  ]),
  heading('Alkohol (AUDIT-C)', [
    single(
      'AUDIT-C 1 Dryckesfrekvens',
      [
        ['Aldrig', 0],
        ['En gång i månaden eller mer sällan', 1],
        ['2–4 gånger i månaden', 2],
        ['2–3 gånger i veckan', 3],
        ['4 gånger i veckan eller mer', 4],
      ],
      { key: 'audit-1', required: true, description: 'Hur ofta dricker du alkohol? ' + VERIFY },
      [
        single(
          'AUDIT-C 2 Standardglas per tillfälle',
          [
            ['1–2', 0],
            ['3–4', 1],
            ['5–6', 2],
            ['7–9', 3],
            ['10 eller fler', 4],
          ],
          {
            key: 'audit-2',
            when: whenAll(answered(), isNot('Aldrig')),
            required: true,
            description: 'Hur många standardglas dricker du en typisk dag då du dricker alkohol?',
          },
        ),
        single(
          'AUDIT-C 3 Sex standardglas eller mer',
          [
            ['Aldrig', 0],
            ['Mer sällan än en gång i månaden', 1],
            ['Varje månad', 2],
            ['Varje vecka', 3],
            ['Dagligen eller nästan varje dag', 4],
          ],
          {
            key: 'audit-3',
            when: whenAll(answered(), isNot('Aldrig')),
            required: true,
            description: 'Hur ofta dricker du sex standardglas eller mer vid samma tillfälle?',
          },
        ),
      ],
    ),
    score('AUDIT-C summa', ['audit-1', 'audit-2', 'audit-3'], { key: 'audit-summa' }),
    single('Åtgärd alkohol', [...ACTION_LEVELS, 'Remiss', 'Avböjer', 'Ej aktuellt'], {
      when: when(compare('greaterOrEqual', 4, 'audit-summa')),
      description:
        'Visas vid AUDIT-C summa 4 eller mer. Gränsen ska vara konfigurerbar: 4 kvinnor / 5 män (Region Kronoberg) eller 5 / 6 (Folkhälsomyndigheten).',
    }),
  ]),
  heading('Fysisk aktivitet', [
    single(
      'Fysisk träning per vecka',
      [
        ['0 minuter/ingen tid', 0],
        ['Mindre än 30 minuter', 0],
        ['30–59 minuter', 30],
        ['60–89 minuter', 60],
        ['90–119 minuter', 90],
        ['2 timmar eller mer', 120],
      ],
      {
        key: 'traning',
        required: true,
        description: 'Träning som gör dig andfådd. Poäng = kategorins nedre gräns i minuter.',
      },
    ),
    single(
      'Vardagsaktiviteter per vecka',
      [
        ['0 minuter/ingen tid', 0],
        ['Mindre än 30 minuter', 0],
        ['30–59 minuter', 30],
        ['60–89 minuter', 60],
        ['90–149 minuter', 90],
        ['150–299 minuter', 150],
        ['5 timmar eller mer', 300],
      ],
      {
        key: 'vardag',
        required: true,
        description: 'Minst 10 minuter åt gången. Poäng = kategorins nedre gräns i minuter.',
      },
    ),
    score('Aktivitetsminuter per vecka', [['traning', 2], 'vardag'], { key: 'aktivitet', unit: 'min' }),
    single('Stillasittande per dygn', [
      'Mer än 15 timmar',
      '13–15 timmar',
      '10–12 timmar',
      '7–9 timmar',
      '4–6 timmar',
      '1–3 timmar',
      'Aldrig',
    ]),
    single(
      'Åtgärd fysisk aktivitet',
      [
        'Enkla råd',
        'Rådgivande samtal',
        'Rådgivande samtal med FaR',
        'Kvalificerat rådgivande samtal',
        'Avböjer',
        'Ej aktuellt',
      ],
      {
        when: when(compare('lessThan', 150, 'aktivitet')),
        description: 'Visas när aktivitetsminuterna är färre än 150.',
      },
    ),
  ]),
  heading('Matvanor (kostindex)', [
    single('Grönsaker och/eller rotfrukter', VEG_SCALE, { key: 'gronsaker', required: true }),
    single('Frukt och/eller bär', VEG_SCALE, { key: 'frukt', required: true }),
    single(
      'Fisk eller skaldjur',
      [
        ['Tre gånger i veckan eller oftare', 3],
        ['Två gånger per vecka', 2],
        ['En gång i veckan', 1],
        ['Några gånger i månaden eller mer sällan', 0],
      ],
      { key: 'fisk', required: true },
    ),
    single(
      'Kaffebröd, choklad/godis, chips eller läsk/saft',
      [
        ['Två gånger per dag eller oftare', 0],
        ['En gång per dag', 1],
        ['Några gånger i veckan', 2],
        ['En gång i veckan eller mer sällan', 3],
      ],
      { key: 'sott', required: true },
    ),
    score('Kostindex', ['gronsaker', 'frukt', 'fisk', 'sott'], { key: 'kostindex' }),
    single('Åtgärd matvanor', [...ACTION_LEVELS, 'Remiss dietist', 'Avböjer', 'Ej aktuellt'], {
      when: when(compare('lessOrEqual', 4, 'kostindex')),
      description: 'Visas vid kostindex 4 eller lägre (ohälsosamma matvanor).',
    }),
  ]),
]);
