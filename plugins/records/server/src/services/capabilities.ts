import type { Core } from '@strapi/strapi';
import {
  DEFAULT_CAPABILITY_GRANTS,
  capabilitiesOf,
  holds,
  parseGrants,
  rolesHolding,
  type Capability,
  type CapabilityGrants,
  type Locale,
  type RoleKey,
} from '@wuyedesk/contracts';
import { fieldValidationError } from '../errors';

/** How long an instance trusts its copy before reading the grants again (another instance may have saved). */
const FRESH_MS = 5_000;

const STORE = { type: 'plugin' as const, name: 'records', key: 'capabilities' };

/**
 * Who holds which capability (docs/access.md): the defaults until the administrator saves
 * others, kept in Strapi's core store so every instance reads the same. Reads are synchronous
 * from a copy refreshed every few seconds, so a row scope can be decided without a query.
 */
export const capabilities = ({ strapi }: { strapi: Core.Strapi }) => {
  let grants: CapabilityGrants = DEFAULT_CAPABILITY_GRANTS;
  let loadedAt = 0;
  let loading: Promise<CapabilityGrants> | null = null;

  const read = async (): Promise<CapabilityGrants> => {
    const stored = (await strapi.store(STORE).get({})) as unknown;
    // Stored grants were checked when saved; a capability added since keeps its default holders.
    grants = stored && typeof stored === 'object' ? { ...DEFAULT_CAPABILITY_GRANTS, ...(stored as Partial<CapabilityGrants>) } : DEFAULT_CAPABILITY_GRANTS;
    loadedAt = Date.now();
    return grants;
  };

  return {
    /** The grants as this instance last read them (at most a few seconds old). */
    current(): CapabilityGrants {
      return grants;
    },

    /** The grants, read again when this instance's copy is older than a few seconds. */
    async fresh(): Promise<CapabilityGrants> {
      if (Date.now() - loadedAt < FRESH_MS) return grants;
      loading ??= read().finally(() => {
        loading = null;
      });
      return loading;
    },

    holds(capability: Capability, who: { role: RoleKey | null | undefined; departmentCode?: string | null }): boolean {
      return holds(grants, capability, who);
    },

    rolesHolding(capability: Capability): RoleKey[] {
      return rolesHolding(grants, capability);
    },

    of(role: RoleKey, departmentCode?: string | null): Capability[] {
      return capabilitiesOf(grants, role, departmentCode);
    },

    /** Saves what the administrator chose (checked first), then re-grants the routes that follow capabilities. */
    async save(input: unknown, locale: Locale): Promise<CapabilityGrants> {
      const { grants: next, problems } = parseGrants(input, await this.fresh(), locale);
      if (problems.length) throw fieldValidationError(problems);
      await strapi.store(STORE).set({ value: next });
      grants = next;
      loadedAt = Date.now();
      return next;
    },
  };
};
