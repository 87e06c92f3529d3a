import type { Core, UID } from '@strapi/strapi';
import { findBuiltInRegister, type RegisterDescription } from '@wuyedesk/contracts';
import type { Filters } from './access';

interface FieldRule {
  field: string;
  values: string[];
}

/** The field rule that decides a register's confidentiality: its own, or its `via` target's. */
export const fieldRuleOf = (register: RegisterDescription): { rule: FieldRule; via: string | null } | null => {
  const confidential = register.confidential;
  if (!confidential) return null;
  if ('field' in confidential) return { rule: confidential, via: null };
  const target = register.fields.find((f) => f.name === confidential.via)?.target;
  const targetRule = target ? findBuiltInRegister(target)?.confidential : undefined;
  if (!targetRule || !('field' in targetRule))
    throw new Error(`${register.key}: confidential via "${confidential.via}" names no confidential register`);
  return { rule: targetRule, via: confidential.via };
};

/**
 * Strapi filters hiding confidential rows from someone without clearance — the capability
 * confidential.read (null: nothing hidden). An unmarked row (null) is not confidential; through a
 * relation, the related record decides.
 */
export const confidentialFilter = (register: RegisterDescription, cleared: boolean): Filters | null => {
  const found = fieldRuleOf(register);
  if (!found || cleared) return null;
  const { rule, via } = found;
  const visible = { $or: [{ [rule.field]: { $null: true } }, { [rule.field]: { $notIn: rule.values } }] };
  return via ? { [via]: visible } : visible;
};

/** 'confidential' or 'normal': how a record's history steps are marked. */
export const confidentialityOf = async (
  strapi: Core.Strapi,
  register: RegisterDescription,
  record: Record<string, unknown> & { documentId: string },
): Promise<'confidential' | 'normal'> => {
  const found = fieldRuleOf(register);
  if (!found) return 'normal';
  const { rule, via } = found;
  let value: unknown = record[rule.field];
  if (via) {
    const row = (await strapi.db.query(register.uid as UID.Schema).findOne({
      where: { documentId: record.documentId },
      select: ['id'],
      populate: { [via]: { select: [rule.field] } },
    })) as Record<string, Record<string, unknown> | null> | null;
    value = row?.[via]?.[rule.field];
  }
  return rule.values.includes(String(value)) ? 'confidential' : 'normal';
};
