import type { Core, UID } from '@strapi/strapi';
import {
  checkActionRules,
  checkTransition,
  conditionalRequirementErrors,
  defaultValues,
  hiddenFields,
  withoutHidden,
  isFinalState,
  lockedFieldErrors,
  validateInput,
  type FieldDescription,
  type FieldError,
  type Locale,
  type RegisterDescription,
} from '@wuyedesk/contracts';
import { ConflictError, fieldValidationError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { getService } from '../utils/get-service';
import { relationPopulate } from '../stores/document-store';
import type { StoreListQuery } from '../stores/record-store';
import { USER_UID, type Actor } from './access';
import type { RecordValues } from './events';

type Data = Record<string, unknown>;
type Populate = unknown;

const TRANSITION_MESSAGES = {
  TRANSITION_NOT_ALLOWED: { 'zh-CN': '当前状态“{state}”不能执行“{action}”', en: 'A record that is "{state}" cannot be "{action}"' },
  ROLE_NOT_ALLOWED: { 'zh-CN': '您的角色不能执行“{action}”', en: 'Your role may not "{action}"' },
  UNKNOWN_ACTION: { 'zh-CN': '没有名为“{action}”的操作', en: 'There is no action "{action}"' },
  FINAL: { 'zh-CN': '记录已“{state}”，不能再修改', en: 'The record is "{state}" and can no longer be changed' },
  CHANGED: { 'zh-CN': '记录刚被他人修改，请刷新后重试', en: 'Someone else just changed this record; reload and try again' },
} as const;

const fill = (template: string, params: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');

const relationUid = (strapi: Core.Strapi, field: FieldDescription): string | undefined =>
  field.target === 'user' ? USER_UID : getService(strapi, 'registry').builtIn(field.target ?? '')?.uid;

/**
 * Creates, edits and moves records of any register through one path: validation against the
 * register description, numbering, stamps, the status history and record events, all in one
 * transaction so nothing is ever half-written.
 */
export const records = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Where the register's records live (its content type, or the form entries): the same calls either way. */
  const storeOf = (register: RegisterDescription) => getService(strapi, 'registry').storeOf(register);

  /**
   * Unknown relations are a field error, not a 500 or a silent null. A record the actor may not
   * see (a confidential archive, for staff) is as unknown as one that does not exist.
   */
  const checkRelations = async (register: RegisterDescription, data: Data, locale: Locale, actor: Actor | null): Promise<FieldError[]> => {
    const problems: FieldError[] = [];
    for (const field of register.fields.filter((f) => f.type === 'relation' && data[f.name])) {
      const ids = (Array.isArray(data[field.name]) ? data[field.name] : [data[field.name]]) as string[];
      const uid = relationUid(strapi, field);
      if (!uid) continue;
      const target = field.target === 'user' ? undefined : getService(strapi, 'registry').builtIn(field.target ?? '');
      const scope = target && actor ? getService(strapi, 'access').scopeFilter(target, actor) : null;
      const where = scope ? { $and: [{ documentId: { $in: ids } }, scope] } : { documentId: { $in: ids } };
      const found = await strapi.db.query(uid as UID.Schema).count({ where });
      if (found < new Set(ids).size) {
        const label = field.label[locale];
        problems.push({
          path: [field.name],
          code: 'NOT_FOUND',
          message: locale === 'zh-CN' ? `找不到所选的${label}` : `The chosen ${label} does not exist`,
        });
      }
    }
    return problems;
  };

  const validate = async (args: Parameters<typeof validateInput>[0] & { locale: Locale; actor: Actor | null }) => {
    const problems = validateInput(args);
    // Only well-formed references are looked up: `{connect: […]}` is already a field error, not a query.
    const checkable = Object.fromEntries(Object.entries(args.data).filter(([name]) => !problems.some((e) => e.path[0] === name)));
    const relationProblems = await checkRelations(args.register, checkable, args.locale, args.actor);
    const all = [...problems, ...relationProblems];
    if (all.length) throw fieldValidationError(all, undefined, args.locale);
  };

  /** Relations by documentId and files by id: what a change is recorded as, and what rules read. */
  const load = async (register: RegisterDescription, documentId: string): Promise<RecordValues> => {
    const record = await storeOf(register).findOne({ register, documentId, populate: relationPopulate(register) });
    if (!record) throw new NotFoundError('记录不存在', { code: 'RECORD_NOT_FOUND' });
    return record;
  };

  /**
   * A change as {from, to} per field: relations by documentId (a stamped user by id), files by
   * id, times in UTC ISO — so "17:00+08:00" and "09:00Z" are one value, not a change.
   */
  const diff = (register: RegisterDescription, before: Data, data: Data) => {
    const plain = (field: FieldDescription, v: unknown): unknown => {
      if (Array.isArray(v)) return v.map((item) => plain(field, item));
      if (v && typeof v === 'object' && 'documentId' in v) return (v as { documentId: unknown }).documentId;
      if (v && typeof v === 'object' && 'id' in v) return (v as { id: unknown }).id;
      if (field.type === 'datetime' && (typeof v === 'string' || v instanceof Date)) {
        const at = new Date(v);
        return Number.isNaN(at.getTime()) ? v : at.toISOString();
      }
      return v ?? null;
    };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const name of Object.keys(data)) {
      const field = register.fields.find((f) => f.name === name);
      if (!field) continue;
      const from = plain(field, before[name]);
      const to = plain(field, data[name]);
      if (JSON.stringify(from) !== JSON.stringify(to)) changes[name] = { from, to };
    }
    return changes;
  };

  /** What a new record holds: what was given, plus the values the database filled in (defaults of managed fields). */
  const initialValues = (register: RegisterDescription, values: Data, created: Data): Data => {
    const filled = register.fields.filter((f) => f.type !== 'relation' && f.type !== 'media' && !(f.name in values) && created[f.name] != null);
    return { ...Object.fromEntries(filled.map((f) => [f.name, created[f.name]])), ...values };
  };

  return {
    /**
     * `at` backdates the entry (imports of paper registers, demo data); REST always uses now.
     * `system`: managed values a plugin sets (a callback's source and due time); never client input.
     */
    async create({ register, data, actor, locale = 'zh-CN', populate, at, system }: {
      register: RegisterDescription;
      data: Data;
      actor: Actor | null;
      locale?: Locale;
      populate?: Populate;
      at?: Date;
      system?: Data;
    }): Promise<RecordValues> {
      await validate({ register, data, mode: 'create', locale, actor });
      return strapi.db.transaction(async () => {
        const now = at ?? new Date();
        const values: Data = { ...defaultValues(register), ...data, ...system };
        const dateField = register.numberDateField;
        if (dateField && !values[dateField]) values[dateField] = now.toISOString();
        if (register.numberPrefix) {
          const at = dateField ? new Date(String(values[dateField])) : now;
          values.number = await getService(strapi, 'numbering').next({ prefix: register.numberPrefix, at });
        }
        if (register.workflow) values[register.workflow.field] = register.workflow.initial;
        if (register.recordedByField && actor) values[register.recordedByField] = actor.id;
        // Conditional visibility: a hidden field's value is not stored (a no-op for registers without visibleWhen).
        const stored = withoutHidden(register.fields, values);
        const created = await storeOf(register).create({ register, data: stored, populate });
        await getService(strapi, 'history').write({
          register,
          record: created,
          action: 'create',
          from: null,
          to: register.workflow?.initial ?? null,
          actor,
          // The audit trail starts with every initial value (from: null).
          changes: diff(register, {}, initialValues(register, values, created)),
          at: now,
        });
        await getService(strapi, 'events').emit({ type: 'created', register, record: created, actor });
        return created;
      });
    },

    async update({ register, documentId, data, actor, locale = 'zh-CN', populate }: {
      register: RegisterDescription;
      documentId: string;
      data: Data;
      actor: Actor | null;
      locale?: Locale;
      populate?: Populate;
    }): Promise<RecordValues> {
      return strapi.db.transaction(async () => {
        const before = await load(register, documentId);
        await validate({ register, data, mode: 'update', locale, current: before, actor });
        // Rules that depend on the whole record (a copy's scope, an outsider's letter) judge it as it will be.
        const required = [
          ...lockedFieldErrors({ register, before, data, locale }),
          ...conditionalRequirementErrors({ register, values: { ...before, ...data }, locale }),
        ];
        if (required.length) throw fieldValidationError(required, undefined, locale);
        const status = register.workflow ? String(before[register.workflow.field]) : '';
        if (register.workflow && isFinalState(register, status)) {
          const state = register.workflow.states.find((s) => s.value === status)?.label[locale] ?? status;
          throw new ValidationError(fill(TRANSITION_MESSAGES.FINAL[locale], { state }), { code: 'RECORD_FINAL' });
        }
        // A field hidden after this change is not kept: given values are dropped, stored ones cleared.
        const hidden = hiddenFields(register.fields, { ...before, ...data });
        const changed: Data = Object.fromEntries(Object.entries(data).filter(([name]) => !hidden.has(name)));
        for (const name of hidden) if (before[name] !== undefined && before[name] !== null) changed[name] = null;
        data = changed;
        const updated = await storeOf(register).update({ register, documentId, data, populate });
        const changes = diff(register, before, data);
        if (Object.keys(changes).length) {
          await getService(strapi, 'history').write({
            register, record: updated, action: 'update', from: status || null, to: status || null, actor, changes, at: new Date(),
          });
        }
        await getService(strapi, 'events').emit({ type: 'updated', register, record: updated, before, changed: Object.keys(changes), actor });
        return updated;
      });
    },

    /** A workflow action (dispatch, accept, resolve…): checks the step, applies input and stamps. */
    async act({ register, documentId, actionName, input, actor, locale = 'zh-CN', populate, at }: {
      register: RegisterDescription;
      documentId: string;
      actionName: string;
      input: Data;
      actor: Actor;
      locale?: Locale;
      populate?: Populate;
      at?: Date;
    }): Promise<RecordValues> {
      const workflow = register.workflow;
      const action = workflow?.actions.find((a) => a.name === actionName);
      if (!workflow || !action) {
        throw new NotFoundError(fill(TRANSITION_MESSAGES.UNKNOWN_ACTION[locale], { action: actionName }), { code: 'UNKNOWN_ACTION' });
      }
      const { note, ...fields } = input;
      if (note !== undefined && note !== null && (typeof note !== 'string' || note.length > 1000)) {
        throw fieldValidationError([{ path: ['note'], code: 'TOO_LONG', message: locale === 'zh-CN' ? '备注不能超过1000个字' : 'The note must be at most 1000 characters' }]);
      }
      return strapi.db.transaction(async () => {
        const before = await load(register, documentId);
        const from = String(before[workflow.field]);
        const check = checkTransition({ register, actionName, status: from, role: actor.role });
        const params = {
          action: action.label[locale],
          state: workflow.states.find((s) => s.value === from)?.label[locale] ?? from,
        };
        if (!check.ok && check.code === 'ROLE_NOT_ALLOWED') {
          throw new ForbiddenError(fill(TRANSITION_MESSAGES.ROLE_NOT_ALLOWED[locale], params), { code: check.code, action: actionName });
        }
        if (!check.ok) {
          throw new ValidationError(fill(TRANSITION_MESSAGES.TRANSITION_NOT_ALLOWED[locale], params), {
            code: 'TRANSITION_NOT_ALLOWED', action: actionName, from,
          });
        }
        // Rules that depend on the record: 借出 only for loans, a copy approved by the director only.
        const rules = checkActionRules({ register, action, record: before, role: actor.role });
        if (!rules.ok && rules.code === 'APPROVER_ROLE_REQUIRED') {
          throw new ForbiddenError(rules.reason[locale], { code: rules.code, action: actionName });
        }
        if (!rules.ok) throw new ValidationError(rules.reason[locale], { code: rules.code, action: actionName, from });
        await validate({ register, data: fields, mode: 'action', action, locale, actor });

        // Claim the transition: only one of two concurrent actions on the same record wins.
        // An action without `to` (约定时限) keeps the state and still claims it.
        const to = action.to ?? from;
        const store = storeOf(register);
        const won = await store.claimStatus({ register, documentId, from, to });
        if (!won) throw new ConflictError(TRANSITION_MESSAGES.CHANGED[locale], { code: 'RECORD_CHANGED' });

        const now = at ?? new Date();
        const data: Data = { ...fields, [workflow.field]: to };
        if (action.stampAt) data[action.stampAt] = now.toISOString();
        if (action.stampBy) data[action.stampBy] = actor.id;
        const updated = await store.update({ register, documentId, data, populate });
        await getService(strapi, 'history').write({
          register,
          record: updated,
          action: action.name,
          from,
          to,
          actor,
          note: typeof note === 'string' ? note : null,
          // Input, new status and stamps (审批人, 归还时间…): the whole step, field by field.
          changes: diff(register, before, data),
          at: now,
        });
        await getService(strapi, 'events').emit({ type: 'transitioned', register, record: updated, before, action: action.name, from, to, actor });
        return updated;
      });
    },

    /**
     * One page of the rows this actor may see (the list, quick search, column filters): the
     * client's filters with the actor's row scope ANDed on, on whichever store the register uses.
     */
    async list({ register, actor, query, populate, locale = 'zh-CN' }: {
      register: RegisterDescription;
      actor: Actor;
      query: StoreListQuery;
      populate?: Populate;
      locale?: Locale;
    }) {
      const filters = getService(strapi, 'access').scoped(register, actor, query.filters);
      return storeOf(register).findMany({ register, query: { ...query, filters }, populate, locale });
    },

    /** A record this actor may see, or 404 (not 403: other departments' work is not revealed). */
    async findVisible({ register, documentId, actor, populate }: {
      register: RegisterDescription;
      documentId: string;
      actor: Actor;
      populate?: Populate;
    }): Promise<RecordValues> {
      const scope = getService(strapi, 'access').scopeFilter(register, actor);
      const record = await storeOf(register).findOne({ register, documentId, filters: scope, populate });
      if (!record) throw new NotFoundError('记录不存在或无权查看', { code: 'RECORD_NOT_FOUND' });
      return record;
    },
  };
};
