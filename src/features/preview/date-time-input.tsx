import type { AnswerValue } from '../../domain/model.ts';
import type { Strings } from '../../i18n/strings.ts';
import { DateInput } from './date-input.tsx';
import type { FieldFrame } from './field-frame.tsx';
import { partFieldId } from './field-ids.ts';

/**
 * The answer's day and time as the two fields hold them; a half-written answer keeps both halves
 * ("2026-02-03T" while the time is still to come), which the answer check names.
 */
function partsOf(value: AnswerValue | undefined): readonly [string, string] {
  if (typeof value !== 'string') return ['', ''];
  const at = value.indexOf('T');
  return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
}

const joined = (date: string, time: string) => (date || time ? `${date}T${time}` : undefined);

/**
 * Datum och tid: a date (typed or picked, as Datum) and a time of day typed tt:mm, each with its
 * own label, inside the keyword's fieldset. The answer is YYYY-MM-DDThh:mm in local time.
 */
export function DateTimeInput(props: {
  readonly frame: FieldFrame;
  readonly value: AnswerValue | undefined;
  readonly term: string;
  readonly t: Strings;
}) {
  const { frame, value, term, t } = props;
  const [date, time] = partsOf(value);
  const { inputProps, set } = frame;
  const timeId = partFieldId(inputProps.id, 'tid');
  return (
    <div className="date-time-input">
      <label htmlFor={inputProps.id}>
        {t.preview.dateLabel} ({t.preview.dateHint})
      </label>
      <DateInput
        inputProps={inputProps}
        value={date}
        term={term}
        t={t}
        onChange={(next) => set(joined(next ?? '', time))}
      />
      <label htmlFor={timeId}>
        {t.preview.timeLabel} ({t.preview.timeHint})
      </label>
      <input
        {...inputProps}
        id={timeId}
        type="text"
        inputMode="numeric"
        placeholder={t.preview.timeHint}
        className="time-input"
        value={time}
        onChange={(e) => set(joined(date, e.currentTarget.value.trim()))}
      />
    </div>
  );
}
