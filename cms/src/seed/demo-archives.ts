import { mkdtemp, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { archiveDestructionRegister, archiveLoanRegister } from '@wuyedesk/contracts';
import { getService, type Actor } from '@wuyedesk/plugin-records';
import { mobile, personName, type Random } from './random';
import type { SeededReference } from './reference-data';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface ArchiveActors {
  staff: Actor;
  supervisor: Actor;
  director: Actor;
  admin: Actor;
}

const LETTER = [
  '介绍信（示例）',
  '',
  '兹介绍我所律师前往贵处查阅相关业主档案，请予接洽。',
  '',
  '某律师事务所（盖章）',
].join('\n');

/** One scanned letter of introduction (a text file here), shared by the demo's outside requesters. */
const uploadLetter = async (strapi: Core.Strapi): Promise<number> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'wuyedesk-letter-'));
  const filepath = path.join(dir, 'introduction-letter.txt');
  await writeFile(filepath, LETTER, 'utf8');
  try {
    const upload = strapi.plugin('upload').service('upload') as {
      upload: (input: {
        data: Record<string, unknown>;
        files: Record<string, unknown>;
      }) => Promise<Array<{ id: number }>>;
    };
    const [file] = await upload.upload({
      data: { fileInfo: { name: '介绍信（示例）.txt' } },
      files: {
        filepath,
        originalFilename: '介绍信（示例）.txt',
        mimetype: 'text/plain',
        size: Buffer.byteLength(LETTER),
      },
    });
    return file.id;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

const officeTime = (random: Random, daysAgo: number) => {
  const base = new Date(Date.now() - daysAgo * DAY);
  base.setUTCHours(random.int(0, 9), random.int(0, 59), 0, 0);
  return base;
};

const PURPOSES = {
  read: ['核对业主信息', '维修查阅图纸', '产权办理核对'],
  loan: ['诉讼取证', '维修施工参照'],
  copy: ['合同续签核对', '办理房产证明'],
};

/**
 * 档案查阅/借阅 and 档案销毁 as the archive room keeps them: reads approved by the supervisor,
 * copies by the director, loans lent with a due date (two still out, one of them overdue and being
 * chased), an outside lawyer with a letter of introduction, requests about confidential files taken
 * by the supervisor, and one archive destroyed with its appraisal, approval and two witnesses.
 */
export const seedDemoArchives = async (
  strapi: Core.Strapi,
  random: Random,
  ref: SeededReference,
  actors: ArchiveActors,
) => {
  const records = getService(strapi, 'records');
  const letter = await uploadLetter(strapi);
  const archives = (await strapi.db.query('api::archive.archive').findMany({
    where: { documentId: { $in: ref.archives } },
    select: ['documentId', 'confidentiality', 'code'],
    orderBy: { code: 'asc' },
  })) as Array<{ documentId: string; confidentiality: string; code: string }>;
  const normal = archives.filter((a) => a.confidentiality !== 'confidential');
  const confidential = archives.filter((a) => a.confidentiality === 'confidential');
  // The last normal archive is destroyed below; nothing is lent out of it.
  const lendable = normal.slice(0, -1);

  const act =
    (documentId: string, register = archiveLoanRegister) =>
    async (actionName: string, actor: Actor, at: Date, input: Record<string, unknown> = {}) => {
      if (at.getTime() > Date.now()) return;
      await records.act({ register, documentId, actionName, actor, at, input });
    };

  for (let i = 0; i < 24; i++) {
    const accessType = (['read', 'read', 'loan', 'copy'] as const)[i % 4];
    const isConfidential = i % 6 === 5;
    const archive = isConfidential ? random.pick(confidential) : lendable[i % lendable.length];
    const isExternal = i % 5 === 1;
    // Loans 2 and 6 are still out: one due in two days, one three days overdue (being chased).
    const isStillOut = i === 2 || i === 6;
    const requestedAt = officeTime(random, i === 2 ? 1 : i === 6 ? 6 : random.int(8, 100));
    // Confidential files are handled by the supervisor, who has clearance; the desk takes the rest.
    const desk = isConfidential ? actors.supervisor : actors.staff;
    const request = await records.create({
      register: archiveLoanRegister,
      data: {
        archive: archive.documentId,
        accessType,
        requestedAt: requestedAt.toISOString(),
        requesterType: isExternal ? 'external' : 'internal',
        requester: personName(random),
        requesterPhone: mobile(random),
        ...(accessType === 'loan' ? { requesterEmail: `borrower${i}@example.com` } : {}),
        ...(isExternal
          ? { organisation: random.pick(['某律师事务所', '区住建委', '某评估公司']), introductionLetter: [letter] }
          : {}),
        purpose: random.pick(PURPOSES[accessType]),
        ...(accessType === 'copy'
          ? { scope: random.pick(['购房合同第1–3页复印一份', '竣工图纸B1层拍照', '缴费记录摘抄']) }
          : {}),
      },
      actor: desk,
      at: requestedAt,
    });
    const step = act(request.documentId);
    const approvedAt = new Date(requestedAt.getTime() + random.int(10, 90) * MINUTE);
    await step('approve', accessType === 'copy' ? actors.director : actors.supervisor, approvedAt, {
      decisionNote: '同意',
    });
    if (accessType === 'loan') {
      const lentAt = new Date(approvedAt.getTime() + 10 * MINUTE);
      await step('lend', desk, lentAt, { dueAt: new Date(lentAt.getTime() + 3 * DAY).toISOString() });
      if (!isStillOut) await step('return', desk, new Date(lentAt.getTime() + random.int(1, 3) * DAY));
    } else {
      await step('complete', desk, new Date(approvedAt.getTime() + random.int(1, 3) * HOUR));
    }
  }

  // One request turned down, for the record.
  const refusedAt = officeTime(random, 20);
  const refused = await records.create({
    register: archiveLoanRegister,
    data: {
      archive: lendable[0].documentId,
      accessType: 'copy',
      requester: personName(random),
      purpose: '个人留存',
      scope: '全部',
      requestedAt: refusedAt.toISOString(),
    },
    actor: actors.staff,
    at: refusedAt,
  });
  await act(refused.documentId)('reject', actors.director, new Date(refusedAt.getTime() + HOUR), {
    decisionNote: '范围过大，且无正当用途',
  });

  // 档案销毁: an appraisal, the director's approval, two witnesses; the archive is then 已销毁.
  const destroyedArchive = normal[normal.length - 1];
  const requestedAt = officeTime(random, 40);
  const destruction = await records.create({
    register: archiveDestructionRegister,
    data: {
      archive: destroyedArchive.documentId,
      requestedAt: requestedAt.toISOString(),
      appraisers: '张主管、陈主任',
      appraisal: '该档案已超过保管期限，内容已另行电子归档，经鉴定无继续保存价值，同意销毁。',
    },
    actor: actors.admin,
    at: requestedAt,
  });
  const destroy = act(destruction.documentId, archiveDestructionRegister);
  await destroy('approve', actors.director, new Date(requestedAt.getTime() + DAY), { decisionNote: '同意销毁' });
  const users = (await strapi.db.query('plugin::users-permissions.user').findMany({
    where: { id: { $in: [actors.staff.id, actors.supervisor.id] } },
    select: ['id', 'documentId'],
  })) as Array<{ id: number; documentId: string }>;
  const witness = (actor: Actor) => users.find((u) => u.id === actor.id)!.documentId;
  await destroy('destroy', actors.admin, new Date(requestedAt.getTime() + 2 * DAY), {
    method: 'shred',
    witness1: witness(actors.supervisor),
    witness2: witness(actors.staff),
  });
};
