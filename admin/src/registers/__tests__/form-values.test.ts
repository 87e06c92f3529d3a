import type { UploadFile } from 'antd';
import dayjs from 'dayjs';
import { builtIn } from '../../test/fixtures';
import { formFields } from '../form-fields';
import { relationId, toApiValue, toApiValues, toFormValue, withUploadedLinks } from '../form-values';

const complaints = builtIn('complaints');
const field = (name: string) => {
  const found = complaints.fields.find((f) => f.name === name);
  if (!found) throw new Error(name);
  return found;
};
const assetUrl = (url: string) => `https://cms.example${url}`;

describe('form values', () => {
  it('shows a stored instant on the office clock and stores it back as the same instant', () => {
    const picked = toFormValue(field('receivedAt'), '2026-11-24T01:30:00.000Z', assetUrl);
    expect(dayjs.isDayjs(picked) && picked.format('YYYY-MM-DD HH:mm')).toBe('2026-11-24 09:30');
    expect(toApiValue(field('receivedAt'), picked)).toBe('2026-11-24T01:30:00.000Z');
  });

  it('edits a related record by its documentId', () => {
    expect(toFormValue(field('unit'), { id: 7, documentId: 'u1abc', code: '3-2-1201' }, assetUrl)).toBe('u1abc');
  });

  it('names a related record even when Strapi sent only its id', () => {
    expect(relationId('u1abc')).toBe('u1abc');
  });

  it('turns stored photos into an upload list and back into file ids', () => {
    const signed = '/api/files/leak_ab.jpg?expires=1796374800&signature=abc';
    const list = toFormValue(field('photos'), [{ id: 12, name: 'leak.jpg', url: signed }], assetUrl) as UploadFile[];
    expect(list[0]).toMatchObject({ uid: '12', url: `https://cms.example${signed}`, status: 'done' });
    const justUploaded: UploadFile = { uid: 'rc-1', name: 'b.jpg', status: 'done', response: [{ id: 13 }] };
    expect(toApiValue(field('photos'), [...list, justUploaded])).toEqual([12, 13]);
  });

  it('opens a file just uploaded through the signed link the upload answered with', () => {
    const signed = '/api/files/plan_ab.pdf?expires=1796374800&signature=abc';
    const uploading: UploadFile = { uid: 'rc-2', name: 'c.pdf', status: 'uploading' };
    const done: UploadFile = { uid: 'rc-1', name: 'plan.pdf', status: 'done', response: [{ id: 14, url: signed }] };
    expect(withUploadedLinks([done, uploading], assetUrl)).toEqual([{ ...done, url: `https://cms.example${signed}` }, uploading]);
  });

  it('leaves blanks out of a new record so the server’s defaults apply', () => {
    const { data } = toApiValues(formFields(complaints, 'create'), { residentName: ' 王五 ', address: '', unit: undefined }, 'create');
    expect(data).toEqual({ residentName: '王五' });
  });

  it('sends null for a cleared field on edit so it is cleared', () => {
    const { data } = toApiValues(formFields(complaints, 'edit'), { address: '' }, 'update');
    expect(data).toEqual({ address: null });
  });
});
