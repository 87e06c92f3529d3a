import { useTranslate } from '@refinedev/core';
import type { EnumOption } from '@wuyedesk/contracts';
import { Radio } from 'antd';
import { useLocale } from '../../../providers/use-locale';
import { REPAIR_TYPE } from '../intake-payload';

interface TypeChoiceProps {
  /** The complaint kinds (投诉, 咨询, 建议, 求助…) from the description. */
  kinds: readonly EnumOption[];
  hasRepair: boolean;
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}

/**
 * 报事分类 as one row of buttons: the complaint kinds, then 报修. Native radios share a name,
 * so the keyboard moves through them with the arrow keys and Tab leaves the group in one step.
 */
export const TypeChoice = ({ kinds, hasRepair, id, value, onChange }: TypeChoiceProps) => {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <Radio.Group
      id={id}
      name="intake-type"
      optionType="button"
      buttonStyle="solid"
      value={value}
      onChange={(event) => onChange?.(String(event.target.value))}
      options={[
        ...kinds.map((o) => ({ value: o.value, label: o.label[locale] })),
        ...(hasRepair ? [{ value: REPAIR_TYPE, label: t('intake.repair') }] : []),
      ]}
    />
  );
};
