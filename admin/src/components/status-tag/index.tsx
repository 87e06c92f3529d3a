import type { RegisterDescription } from '@wuyedesk/contracts';
import { Tag } from 'antd';
import { useLocale } from '../../providers/use-locale';

/** A record's workflow state, coloured by the state's tone from the description. */
export const StatusTag = ({ register, status }: { register: RegisterDescription; status: string }) => {
  const locale = useLocale();
  const state = register.workflow?.states.find((s) => s.value === status);
  // antd's Tag accepts the status presets (processing, success…) as colours.
  return <Tag color={state?.tone ?? 'default'}>{state?.label[locale] ?? status}</Tag>;
};
