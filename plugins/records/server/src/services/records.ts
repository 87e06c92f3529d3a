import type { Core, UID } from '@strapi/strapi';
import {
  checkTransition,
  defaultValues,
  isFinalState,
  validateInput,
  type FieldDescription,
  type FieldError,
  type Locale,
  type RegisterDescription,
} from '@wuyedesk/contracts';
import { ConflictError, fieldValidationError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { getService } from '../utils/get-service';
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
  const documents = (register: RegisterDescription) => strapi.documents(register.uid as UID.CollectionType);

  /** Unknown relations are a field error, not a 500 or a silent null. */
  const checkRelations = async (register: RegisterDescription, data: Data, locale: Locale): Promise<FieldError[]> => {
    const problems: FieldError[] = [];
    for (const field of register.fields.filter((f) => f.type === 'relation' && data[f.name])) {
      const ids = (Array.isArray(data[field.name]) ? data[field.name] : [data[field.name]]) as string[];
      const uid = relationUid(strapi, field);
      if (!uid) continue;
      const found = await strapi.db.query(uid as UID.Schema).count({ where: { documentId: { $in: ids } } });
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

  const validate = async (args: Parameters<typeof validateInput>[0] & { locale: Locale }) => {
    const problems = validateInput(args);
    const relationProblems = await checkRelations(args.register, args.data, args.locale);
    const all = [...problems, ...relationProblems.filter((p) => !problems.some((e) => e.path[0] === p.path[0]))];
    if (all.length) throw fieldValidationError(all);
  };

  const relationPopulate = (register: RegisterDescription) =>
    Object.fromEntries(
      register.fields.filter((f) => f.type === 'relation').map((f) => [f.name, { fields: ['documentId'] }]),
    );

  const load = async (register: RegisterDescription, documentId: string): Promise<RecordValues> => {
    const record = (await documents(register).findOne({
      documentId,
      populate: relationPopulate(register) as never,
    })) as RecordValues | null;
    if (!record) throw new NotFoundError('记录不存在', { code: 'RECORD_NOT_FOUND' });
    return record;
  };

  /** A change as {from, to} per field, relations compared by documentId. */
  const diff = (register: RegisterDescription, before: Data, data: Data) => {
    const plain = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(plain);
      if (v && typeof v === 'object' && 'documentId' in v) return (v as { documentId: unknown }).documentId;
      if (v && typeof v === 'object' && 'id' in v) return (v as { id: unknown }).id;
      return v ?? null;
    };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const name of Object.keys(data)) {
      if (!register.fields.some((f) => f.name === name)) continue;
      const from = plain(before[name]);
      const to = plain(data[name]);
      if (JSON.stringify(from) !== JSON.stringify(to)) changes[name] = { from, to };
    }
    return changes;
  };

  return {
    /**
     * `at` backdates the entry (imports of paper registers, demo data); REST always uses now.
     * `system` sets managed fields from trusted server code (a scheduled count's period and due
     * time); it is never filled from a request.
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
      await validate({ register, data, mode: 'create', locale });
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
        const created = (await documents(register).create({ data: values as never, populate: populate as never })) as RecordValues;
        await getService(strapi, 'history').write({
          register,
          record: created,
          action: 'create',
          from: null,
          to: register.workflow?.initial ?? null,
          actor,
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
      await validate({ register, data, mode: 'update', locale });
      return strapi.db.transaction(async () => {
        const before = await load(register, documentId);
        const status = register.workflow ? String(before[register.workflow.field]) : '';
        if (register.workflow && isFinalState(register, status)) {
          const state = register.workflow.states.find((s) => s.value === status)?.label[locale] ?? status;
          throw new ValidationError(fill(TRANSITION_MESSAGES.FINAL[locale], { state }), { code: 'RECORD_FINAL' });
        }
        const updated = (await documents(register).update({
          documentId,
          data: data as never,
          populate: populate as never,
        })) as RecordValues;
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
        await validate({ register, data: fields, mode: 'action', action, locale });

        // Claim the transition: only one of two concurrent actions on the same record wins.
        const claimed = await strapi.db.query(register.uid as UID.Schema).updateMany({
          where: { documentId, [workflow.field]: from },
          data: { [workflow.field]: action.to },
        });
        if (claimed.count !== 1) throw new ConflictError(TRANSITION_MESSAGES.CHANGED[locale], { code: 'RECORD_CHANGED' });

        const now = at ?? new Date();
        const data: Data = { ...fields, [workflow.field]: action.to };
        if (action.stampAt) data[action.stampAt] = now.toISOString();
        if (action.stampBy) data[action.stampBy] = actor.id;
        const updated = (await documents(register).update({ documentId, data: data as never, populate: populate as never })) as RecordValues;
        await getService(strapi, 'history').write({
          register,
          record: updated,
          action: action.name,
          from,
          to: action.to,
          actor,
          note: typeof note === 'string' ? note : null,
          changes: diff(register, before, fields),
          at: now,
        });
        await getService(strapi, 'events').emit({ type: 'transitioned', register, record: updated, before, action: action.name, from, to: action.to, actor });
        return updated;
      });
    },

    /** A record this actor may see, or 404 (not 403: other departments' work is not revealed). */
    async findVisible({ register, documentId, actor, populate }: {
      register: RegisterDescription;
      documentId: string;
      actor: Actor;
      populate?: Populate;
    }): Promise<RecordValues> {
      const scope = getService(strapi, 'access').scopeFilter(register, actor);
      const record = (await documents(register).findFirst({
        filters: (scope ? { $and: [{ documentId }, scope] } : { documentId }) as never,
        populate: populate as never,
      })) as RecordValues | null;
      if (!record) throw new NotFoundError('记录不存在或无权查看', { code: 'RECORD_NOT_FOUND' });
      return record;
    },
  };
};
