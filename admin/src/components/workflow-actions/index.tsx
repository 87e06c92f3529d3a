import type { BaseRecord } from '@refinedev/core';
import { availableActions, checkActionRules, type WorkflowAction } from '@wuyedesk/contracts';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../providers/session-context';
import type { PermittedRegister } from '../../providers/session';
import { useLocale } from '../../providers/use-locale';
import { ActionModal } from './action-modal';
import { CountModal, countSubjectOf } from '../cabinet-count';

interface WorkflowActionsProps {
  register: PermittedRegister;
  record: BaseRecord;
  onChanged: () => void;
  /** Full-width buttons one under another, for a phone held in one hand. */
  isStacked?: boolean;
}

/** One button per step this role may take from the record's current state (派单, 签收, 完成…). */
export const WorkflowActions = ({ register, record, onChanged, isStacked = false }: WorkflowActionsProps) => {
  const locale = useLocale();
  const user = useCurrentUser();
  const [active, setActive] = useState<WorkflowAction | null>(null);
  const statusField = register.workflow?.field;
  const countSubject = countSubjectOf(register);
  if (!user || !statusField || !register.permissions.includes('act')) return null;
  // Record-dependent rules too: 借出 only for loans, a copy approved by the director only.
  const actions = availableActions({ register, status: String(record[statusField]), role: user.role }).filter(
    (action) => checkActionRules({ register, action, record, role: user.role }).ok,
  );
  if (actions.length === 0 && !active) return null;
  // Stacked on a phone, the first ordinary step (签收, 完成…) is the obvious one to tap.
  const primary = isStacked ? actions.find((a) => !a.confirm) : undefined;
  const buttons = actions.map((action) => (
    <Button
      key={action.name}
      type={action === primary ? 'primary' : 'default'}
      danger={action.confirm}
      onClick={() => setActive(action)}
      block={isStacked}
      size={isStacked ? 'large' : undefined}
    >
      {action.label[locale]}
    </Button>
  ));
  return (
    <>
      {isStacked ? (
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          {buttons}
        </Flex>
      ) : (
        buttons
      )}
      {active && countSubject && active.name === 'complete' && (
        // 盘点 is a checklist of what should be in the cabinet, not a form.
        <CountModal register={register} subject={countSubject} record={record} action={active} onClose={() => setActive(null)} onChanged={onChanged} />
      )}
      {active && !(countSubject && active.name === 'complete') && (
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
