import { builtIn } from '../../test/fixtures';
import { actionFields, formFields, groupFields, populateFor } from '../form-fields';

const complaints = builtIn('complaints');

describe('form fields', () => {
  const names = formFields(complaints, 'create').map((f) => f.name);

  it('leaves out fields the system stamps (number, status, dueAt)', () => {
    expect(names).not.toContain('number');
    expect(names).not.toContain('status');
    expect(names).not.toContain('dueAt');
  });

  it('leaves out fields only a workflow step writes (department by 派单, resolution by 完成)', () => {
    expect(names).not.toContain('department');
    expect(names).not.toContain('resolution');
  });

  it('keeps what the desk records at intake', () => {
    expect(names).toEqual(expect.arrayContaining(['residentName', 'residentPhone', 'unit', 'description', 'photos']));
  });

  it('leaves handling-time fields (延误原因) off the first recording, and offers them when editing', () => {
    expect(names).not.toContain('lateReason');
    expect(formFields(complaints, 'edit').map((f) => f.name)).toContain('lateReason');
  });

  it('leaves the agreed deadline to its step (约定时限), on both forms', () => {
    expect(names).not.toContain('agreedDueAt');
    expect(formFields(complaints, 'edit').map((f) => f.name)).not.toEqual(expect.arrayContaining(['agreedDueAt']));
  });
});

describe('action fields', () => {
  it('asks 派单 for the department and the assignee', () => {
    const dispatch = complaints.workflow?.actions.find((a) => a.name === 'dispatch');
    expect(dispatch && actionFields(complaints, dispatch).map((f) => f.name)).toEqual(['department', 'assignee']);
  });
});

describe('populate', () => {
  it('asks Strapi for relations and files by name', () => {
    expect(populateFor(formFields(complaints, 'edit'))).toEqual(['unit', 'assignee', 'photos', 'reopenedFrom']);
  });
});

describe('show page groups', () => {
  const groups = groupFields(complaints);

  it('puts step-written fields under handling', () => {
    expect(groups.handling.map((f) => f.name)).toEqual(expect.arrayContaining(['department', 'resolution', 'cause']));
  });

  it('puts stamps under system records but not the status, which is shown as a tag', () => {
    const system = groups.system.map((f) => f.name);
    expect(system).toEqual(expect.arrayContaining(['number', 'dispatchedAt', 'dueAt']));
    expect(system).not.toContain('status');
  });
});
