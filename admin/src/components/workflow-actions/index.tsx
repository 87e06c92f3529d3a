import type { BaseRecord } from '@refinedev/core';
import { availableActions, type WorkflowAction } from '@wuyedesk/contracts';
import { Button } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../providers/session-context';
import type { PermittedRegister } from '../../providers/session';
import { useLocale } from '../../providers/use-locale';
import { ActionModal } from './action-modal';

interface WorkflowActionsProps {
  register: PermittedRegister;
  record: BaseRecord;
  onChanged: () => void;
}

/** One button per step this role may take from the record's current state (派单, 签收, 完成…). */
export const WorkflowActions = ({ register, record, onChanged }: WorkflowActionsProps) => {
  const locale = useLocale();
  const user = useCurrentUser();
  const [active, setActive] = useState<WorkflowAction | null>(null);
  const statusField = register.workflow?.field;
  if (!user || !statusField || !register.permissions.includes('act')) return null;
  const actions = availableActions({ register, status: String(record[statusField]), role: user.role });
  return (
    <>
      {actions.map((action) => (
        <Button key={action.name} danger={action.confirm} onClick={() => setActive(action)}>
          {action.label[locale]}
        </Button>
      ))}
      {active && (
        <ActionModal
          register={register}
          record={record}
          action={active}
          onClose={() => setActive(null)}
          onChanged={onChanged}
        />
      )}
    </>
  );
};
