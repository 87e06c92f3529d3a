import { as } from './api';

export interface Callback {
  documentId: string;
  number: string;
  status: string;
  sourceRegister: string;
  sourceId: string;
  sourceNumber: string;
  callerRole: string;
  dueAt: string;
  triggeredAt: string;
  attempts: number;
  reached: boolean;
  selection: string;
  satisfaction: string | null;
}

export const callbacksOf = async (sourceIds: string[]): Promise<Callback[]> => {
  const filter = sourceIds.map((id, i) => `filters[sourceId][$in][${i}]=${id}`).join('&');
  const res = await as('supervisor').get(`/api/callbacks?${filter}&pagination[pageSize]=200&sort=id:asc`);
  if (res.status !== 200) throw new Error(`callbacks: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as Callback[];
};

export const callbackOf = async (sourceId: string): Promise<Callback> => {
  const [found] = await callbacksOf([sourceId]);
  if (!found) throw new Error(`No callback for ${sourceId}`);
  return found;
};

export const resolve = async (plural: 'complaints' | 'repair-orders', documentId: string) => {
  const res = await as('staff').post(`/api/${plural}/${documentId}/actions/resolve`, {
    data: { resolution: '已处理完毕' },
  });
  if (res.status !== 200) throw new Error(`resolve: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { documentId: string; number: string; resolvedAt: string; status: string };
};

export const newRepair = async (data: Record<string, unknown> = {}) => {
  const res = await as('staff').post('/api/repair-orders', {
    data: {
      channel: 'phone',
      residentName: '王芳',
      residentPhone: '13822223333',
      description: '厨房水龙头漏水',
      address: '5栋1单元',
      ...data,
    },
  });
  if (res.status !== 201) throw new Error(`create repair: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { documentId: string; number: string };
};
