import type { RegisterDescription } from '@wuyedesk/contracts';
import { useLocale } from '../../../providers/use-locale';

/** An enum field's label in the UI language (客服主管, 电话…). */
export const EnumValue = ({
  register,
  field,
  value,
}: {
  register: RegisterDescription;
  field: string;
  value: unknown;
}) => {
  const locale = useLocale();
  const option = register.fields.find((f) => f.name === field)?.options?.find((o) => o.value === value);
  return <>{option ? option.label[locale] : String(value ?? '—')}</>;
};
