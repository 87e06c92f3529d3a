import { useResourceParams } from '@refinedev/core';
import { useRegisters } from '../../../providers/session-context';
import type { PermittedRegister } from '../../../providers/session';

/** The register whose page this is, found by the route's resource (its pluralName). */
export const useCurrentRegister = (): PermittedRegister | undefined => {
  const { resource } = useResourceParams();
  const registers = useRegisters();
  return registers.find((r) => r.pluralName === resource?.name);
};
