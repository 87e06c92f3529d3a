import { as, departmentByCode } from '../../../../cms/tests/helpers/api';

let sequence = 0;

/**
 * A mobile number no other test uses, so each test finds its own complaint (the database is
 * shared by the run and thrown away after it).
 */
export const uniquePhone = () => `13${String((Date.now() * 10 + (sequence++ % 10)) % 1e9).padStart(9, '0')}`;

/** Arranges a complaint through the API, as the desk would have recorded it (已登记). */
export const recordComplaint = async ({ residentPhone = uniquePhone(), residentName = '周明' } = {}) => {
  const res = await as('staff').post('/api/complaints', {
    data: { channel: 'phone', residentName, residentPhone, description: '楼道灯不亮', address: '2栋1单元' },
  });
  if (res.status !== 201) throw new Error(`Recording a complaint failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { documentId: string; number: string; residentPhone: string };
};

/** Arranges a complaint dispatched to 工程部 (已派单), the department of the demo dept-head. */
export const dispatchedComplaint = async () => {
  const complaint = await recordComplaint();
  const engineering = await departmentByCode('GC');
  const res = await as('staff').post(`/api/complaints/${complaint.documentId}/actions/dispatch`, {
    data: { department: engineering.documentId },
  });
  if (res.status !== 200) throw new Error(`Dispatching failed: ${res.status} ${JSON.stringify(res.body)}`);
  return complaint;
};

/** The complaints with this phone number, as the API has them (to check what a form saved). */
export const complaintsWithPhone = async (phone: string) => {
  const res = await as('admin').get(`/api/complaints?filters[residentPhone][$eq]=${encodeURIComponent(phone)}&populate[0]=unit&populate[1]=department`);
  if (res.status !== 200) throw new Error(`Listing complaints failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as Array<Record<string, unknown> & { documentId: string; number: string; status: string }>;
};
