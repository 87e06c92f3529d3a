import type { Core, UID } from '@strapi/strapi';
import { CALLBACK_UID, callbackRegister, type RegisterDescription } from '@wuyedesk/contracts';
import { getService, type Actor } from '@wuyedesk/plugin-records';
import type { Random } from './random';

const COMMENTS = ['处理及时，态度很好', '师傅很专业', '基本解决，希望以后更快一些', '还可以', '问题已解决，谢谢'];

/**
 * 回访 before closing, as at a real desk: a record whose rule asked for a callback is closed by
 * recording it (the callbacks plugin closes the record). Returns whether the record is now closed;
 * a late record stays resolved until staff close it with the reason for the delay.
 */
export const callBackBeforeClosing = async ({
  strapi,
  register,
  documentId,
  at,
  random,
  actors,
}: {
  strapi: Core.Strapi;
  register: RegisterDescription;
  documentId: string;
  at: Date;
  random: Random;
  actors: { staff: Actor; supervisor: Actor };
}): Promise<boolean> => {
  const callback = (await strapi.db.query(CALLBACK_UID as UID.Schema).findOne({
    where: { sourceRegister: register.key, sourceId: documentId, status: 'pending' },
  })) as { documentId: string; callerRole: string } | null;
  if (!callback) return false;
  const actor = callback.callerRole === 'supervisor' ? actors.supervisor : actors.staff;
  const records = getService(strapi, 'records');
  if (random.chance(0.15)) {
    await records.act({
      register: callbackRegister,
      documentId: callback.documentId,
      actionName: 'unreachable',
      input: { method: 'phone', comments: '电话无人接听' },
      actor,
      at: new Date(at.getTime() - 3_600_000),
    });
  }
  const satisfaction = random.chance(0.75) ? 'satisfied' : random.chance(0.9) ? 'basically_satisfied' : 'dissatisfied';
  await records.act({
    register: callbackRegister,
    documentId: callback.documentId,
    actionName: 'record',
    input: {
      method: random.pick(['phone', 'phone', 'phone', 'visit', 'onsite']),
      satisfaction,
      score:
        satisfaction === 'satisfied' ? random.int(4, 5) : satisfaction === 'basically_satisfied' ? 3 : random.int(1, 2),
      comments: satisfaction === 'dissatisfied' ? '问题没有彻底解决，过几天又出现了' : random.pick(COMMENTS),
    },
    actor,
    at,
  });
  const source = (await strapi.db.query(register.uid as UID.Schema).findOne({ where: { documentId } })) as {
    status?: string;
  } | null;
  return source?.status === 'closed';
};
