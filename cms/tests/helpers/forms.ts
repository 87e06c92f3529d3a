import type { FormDefinition } from '@wuyedesk/contracts';
import { as } from './api';

const lbl = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** 装修申请 as an administrator designs it: a required deposit, plans to upload, a conditional crew name. */
export const renovationForm = (key: string, prefix: string): FormDefinition => ({
  key,
  name: lbl('装修申请', 'Renovation application'),
  numberPrefix: prefix,
  approval: true,
  sections: [
    { key: 'applicant', label: lbl('申请信息', 'Applicant') },
    { key: 'works', label: lbl('施工信息', 'Works') },
  ],
  permissions: [
    { role: 'staff', can: ['fill'] },
    { role: 'supervisor', can: ['approve'] },
    { role: 'director', can: ['see'] },
  ],
  fields: [
    { name: 'f_unit', type: 'relation', target: 'unit', label: lbl('房号', 'Unit'), required: true, section: 'applicant' },
    { name: 'f_owner', type: 'string', label: lbl('业主姓名', 'Owner'), required: true, maxLength: 50, section: 'applicant' },
    { name: 'f_idcard', type: 'idcard', label: lbl('身份证号', 'ID card'), section: 'applicant' },
    { name: 'f_deposit', type: 'money', label: lbl('装修押金', 'Deposit'), required: true, min: 0, max: 100000, section: 'works' },
    {
      name: 'f_kind', type: 'enum', label: lbl('装修类型', 'Kind'), required: true, section: 'works',
      options: [{ value: 'light', label: lbl('简装', 'Light') }, { value: 'full', label: lbl('精装', 'Full') }],
    },
    { name: 'f_start', type: 'date', label: lbl('开工日期', 'Start'), section: 'works' },
    { name: 'f_plans', type: 'media', multiple: true, accept: ['images', 'files'], label: lbl('施工图纸', 'Plans'), section: 'works' },
    { name: 'f_crew', type: 'boolean', label: lbl('外包施工队', 'Outside crew'), section: 'works' },
    {
      name: 'f_crewname', type: 'string', label: lbl('施工队名称', 'Crew name'), required: true, section: 'works',
      visibleWhen: { field: 'f_crew', equals: true },
    },
    {
      name: 'f_workers', type: 'group', label: lbl('施工人员', 'Workers'), max: 10, section: 'works',
      fields: [
        { name: 'name', type: 'string', label: lbl('姓名', 'Name'), required: true },
        { name: 'phone', type: 'phone', label: lbl('电话', 'Phone') },
      ],
    },
  ],
});

export const publish = (definition: unknown) => as('admin').post('/api/forms/types', { data: definition });
