import { availableActions } from '@wuyedesk/contracts';
import { useMemo } from 'react';
import { useCurrentUser, useRegisters } from '../../providers/session-context';
import type { PermittedRegister } from '../../providers/session';
import type { IntakeTarget } from './intake-payload';

const PLURAL: Record<IntakeTarget, string> = { complaint: 'complaints', 'repair-order': 'repair-orders' };

/** The registers this user may record in from the desk, and whether they may dispatch at once. */
export const useIntakeRegisters = () => {
  const all = useRegisters();
  const user = useCurrentUser();
  const registers = useMemo(() => {
    const creatable = (target: IntakeTarget): PermittedRegister | undefined =>
      all.find((r) => r.pluralName === PLURAL[target] && r.permissions.includes('create'));
    return { complaint: creatable('complaint'), 'repair-order': creatable('repair-order') };
  }, [all]);
  const canDispatch = (target: IntakeTarget): boolean => {
    const register = registers[target];
    if (!register?.workflow || !user || !register.permissions.includes('act')) return false;
    const fresh = availableActions({ register, status: register.workflow.initial, role: user.role });
    return fresh.some((a) => a.name === 'dispatch');
  };
  return { registers, canDispatch, isReady: user !== null };
};
