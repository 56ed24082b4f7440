import { DayPicker } from 'react-day-picker';
import { enGB, sv } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import type { Language } from '../../i18n/strings.ts';

/**
 * React DayPicker (a WAI-ARIA grid: arrows, Page Up/Down by month, Home/End by week), weeks from
 * Monday with week numbers, in the UI's language. Its own download: only a calendar opened needs it.
 */
export default function Calendar(props: {
  readonly language: Language;
  readonly selected: Date | undefined;
  readonly onPick: (day: Date | undefined) => void;
}) {
  const { selected } = props;
  return (
    <DayPicker
      mode="single"
      autoFocus
      showWeekNumber
      locale={props.language === 'sv' ? sv : enGB}
      {...(selected ? { selected, defaultMonth: selected } : {})}
      onSelect={props.onPick}
    />
  );
}
