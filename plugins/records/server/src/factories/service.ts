import { factories } from '@strapi/strapi';
import type { UID } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';

export const registerService = (register: RegisterDescription) =>
  factories.createCoreService(register.uid as UID.Service);
