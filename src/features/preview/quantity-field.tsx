import type { AnswerValue } from '../../domain/model.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { FieldFrame } from './field-frame.tsx';
import { partFieldId } from './field-ids.ts';

/** A quantity: the number, then its unit picked from the item's units (or the one it has); kept as "72,5 kg". */
export function QuantityField(props: {
  readonly frame: FieldFrame;
  readonly value: AnswerValue | undefined;
  readonly units: readonly string[];
  readonly t: Strings;
}) {
  const { frame, value, units, t } = props;
  const text = typeof value === 'string' ? value : '';
  const at = text.indexOf(' ');
  const amount = at < 0 ? text : text.slice(0, at);
  const typedUnit = at < 0 ? '' : text.slice(at + 1);
  // No units listed: the unit a starting answer came with stays.
  const unit = units.length === 0 || units.includes(typedUnit) ? typedUnit : units[0]!;
  // The number without spaces ("1 000" is 1000), so the first space always parts it from its unit.
  const join = (nextAmount: string, nextUnit: string) => {
    const number = nextAmount.replace(/\s/g, '');
    frame.set(number === '' ? undefined : [number, nextUnit].filter(Boolean).join(' '));
  };
  const unitId = partFieldId(frame.inputProps.id, 'enhet');
  return (
    <div className="quantity-input">
      <label htmlFor={frame.inputProps.id}>{t.preview.quantityValue}</label>
      <input
        {...frame.inputProps}
        type="text"
        inputMode="decimal"
        value={amount}
        onChange={(e) => join(e.currentTarget.value, unit)}
      />
      {units.length > 1 ? (
        <>
          <label htmlFor={unitId}>{t.preview.unit}</label>
          <select
            id={unitId}
            disabled={frame.inputProps.disabled}
            value={unit}
            onChange={(e) => join(amount, e.currentTarget.value)}
          >
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </>
      ) : (
        <span className="quantity-unit">{unit}</span>
      )}
    </div>
  );
}
