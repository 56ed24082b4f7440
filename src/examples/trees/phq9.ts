/** Example tree: PHQ-9: nine items, a sum with severity bands, a function question. */
import {
  answered,
  compare,
  heading,
  is,
  isNot,
  score,
  single,
  text,
  when,
  whenAll,
  yesNo,
  type NodeSpec,
} from '../builder.ts';
import { JA } from './common.ts';

const PHQ_SCALE: NodeSpec['options'] = [
  ['Inte alls', 0],
  ['Flera dagar', 1],
  ['Mer än hälften av dagarna', 2],
  ['Nästan varje dag', 3],
];

const PHQ_SOURCE =
  'Frågetext enligt den svenska versionen (© Pfizer, övers. Mats Adler); hämta exakt ordalydelse från licensierad källa. Tidsram: de senaste två veckorna.';

const phqItem = (n: number, label: string, extra: Partial<NodeSpec> = {}, children: NodeSpec[] = []) =>
  single(
    `PHQ-9 ${n} ${label}`,
    PHQ_SCALE,
    { key: `phq-${n}`, when: JA, required: true, description: PHQ_SOURCE, ...extra },
    children,
  );

export const phq9: NodeSpec = heading('Skattning', [
  yesNo('PHQ-9 genomförd', {}, [
    single('Besvarad via', ['1177 formulärtjänst', 'ImagineCare', 'Papper', 'Intervju'], { when: JA }),
    phqItem(1, 'Intresse/glädje'),
    phqItem(2, 'Nedstämdhet/hopplöshet'),
    phqItem(3, 'Sömn'),
    phqItem(4, 'Trötthet/energi'),
    phqItem(5, 'Aptit'),
    phqItem(6, 'Självkänsla/skuld'),
    phqItem(7, 'Koncentration'),
    phqItem(8, 'Psykomotorisk förändring'),
    phqItem(9, 'Tankar på död/självskada', {}, [
      yesNo(
        'Suicidriskbedömning genomförd',
        { when: whenAll(answered(), isNot('Inte alls')), required: true },
        [
          single('Bedömd suicidrisk', ['Låg', 'Måttlig', 'Hög'], { when: JA }),
          text('Bedömning av suicidrisk', { when: JA }),
          text('Planerad åtgärd', { when: when(is('Nej')), required: true }),
        ],
      ),
    ]),
    score('PHQ-9 summa', ['phq-1', 'phq-2', 'phq-3', 'phq-4', 'phq-5', 'phq-6', 'phq-7', 'phq-8', 'phq-9'], {
      key: 'phq-summa',
      when: JA,
      bands: [
        [0, 4, 'Minimal'],
        [5, 9, 'Lindrig'],
        [10, 14, 'Måttlig'],
        [15, 19, 'Måttligt svår'],
        [20, 27, 'Svår'],
      ],
      description:
        '0–9 talar inte för egentlig depression, 10–14 gråzon, 15–27 kan tala för egentlig depression. Svårighetsgraden visas efter summan.',
    }),
    single(
      'PHQ-9 funktion',
      ['Inga svårigheter', 'Vissa svårigheter', 'Stora svårigheter', 'Extrema svårigheter'],
      {
        when: when(compare('greaterOrEqual', 1, 'phq-summa')),
        description: 'Ställs om något av problemen i fråga 1–9 förekommit.',
      },
    ),
  ]),
]);
