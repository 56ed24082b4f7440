import { useState } from 'react';
import { makeDynamic } from '../../commands/make-dynamic.ts';
import type { Keyword } from '../../domain/index.ts';
import { getOptions, hasOwnOptions } from '../../domain/index.ts';
import { useStrings } from '../../i18n/language.tsx';
import { useRun } from '../../state/run-context.ts';
import { SelectField } from '../../components/fields.tsx';

/** "Gör dynamiskt": the children without a condition get "visas när" this keyword's chosen value. */
export function MakeDynamicField(props: {
  readonly keyword: Keyword;
  readonly documentId: string;
  readonly nodeId: string;
}) {
  const { keyword, documentId, nodeId } = props;
  const t = useStrings().inspector;
  const run = useRun();
  const [dynamicOption, setDynamicOption] = useState<string | undefined>();
  const options = getOptions(keyword);
  return (
    <div className="make-dynamic">
      {hasOwnOptions(keyword.type) ? (
        <SelectField
          label={t.makeDynamicOption}
          value={dynamicOption ?? options[0]?.id ?? ''}
          options={options.map((o) => ({ value: o.id, label: o.label }))}
          onChange={setDynamicOption}
        />
      ) : null}
      <button
        type="button"
        onClick={() => run((l, c) => makeDynamic(l, { documentId, nodeId, optionId: dynamicOption }, c))}
      >
        {t.makeDynamic}
      </button>
    </div>
  );
}
