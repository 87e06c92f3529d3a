import { findBuiltInRegister, type FieldDescription, type RegisterDescription } from '@wuyedesk/contracts';

export interface RelationTarget {
  /** The Refine resource (REST path) to pick from. */
  resource: string;
  /** Fields the picker searches; also what names a record. */
  titleField: string;
  searchFields: string[];
}

/** users-permissions users are not a register; the picker lists them by name. */
export const USER_TARGET: RelationTarget = { resource: 'records/users', titleField: 'username', searchFields: ['username', 'fullName'] };

export const relationTarget = (
  field: FieldDescription,
  registers: readonly RegisterDescription[],
): RelationTarget | undefined => {
  if (field.target === 'user') return USER_TARGET;
  if (!field.target) return undefined;
  // A target the user may not list (not in their registers) is still named for display.
  const register = registers.find((r) => r.key === field.target) ?? findBuiltInRegister(field.target);
  if (!register) return undefined;
  return {
    resource: register.pluralName,
    titleField: register.titleField,
    searchFields: [...new Set([register.titleField, ...register.searchFields])],
  };
};

/** The words that name a related record: its title field, a user's full name. */
export const relationTitle = (target: RelationTarget | undefined, item: unknown): string | undefined => {
  if (typeof item !== 'object' || item === null) return typeof item === 'string' ? item : undefined;
  const record = item as Record<string, unknown>;
  const candidates =
    target === USER_TARGET ? [record.fullName, record.username] : [record[target?.titleField ?? 'id'], record.documentId];
  const found = candidates.find((c) => typeof c === 'string' && c !== '') ?? candidates.find((c) => typeof c === 'number');
  return found === undefined ? undefined : String(found);
};
