import type { EnumOption, FieldDescription, Label, WorkflowState } from './types';

type Extra = Partial<Omit<FieldDescription, 'name' | 'type' | 'label'>>;

export const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

export const option = (value: string, zh: string, en: string): EnumOption => ({
  value,
  label: label(zh, en),
});

const field =
  (type: FieldDescription['type'], defaults: Extra = {}) =>
  (name: string, zh: string, en: string, extra: Extra = {}): FieldDescription => ({
    name,
    type,
    label: label(zh, en),
    ...defaults,
    ...extra,
  });

export const string = field('string', { maxLength: 100 });
export const text = field('text', { maxLength: 2000 });
export const integer = field('integer');
export const decimal = field('decimal');
export const money = field('money', { min: 0, max: 10_000_000 });
export const date = field('date');
export const datetime = field('datetime');
export const boolean = field('boolean');
export const phone = field('phone', { maxLength: 30 });
export const email = field('email', { maxLength: 120 });
export const json = field('json');

export const enumeration = (
  name: string,
  zh: string,
  en: string,
  options: EnumOption[],
  extra: Extra = {},
): FieldDescription => ({ name, type: 'enum', label: label(zh, en), options, ...extra });

export const relation = (
  name: string,
  zh: string,
  en: string,
  target: string,
  extra: Extra = {},
): FieldDescription => ({ name, type: 'relation', label: label(zh, en), target, ...extra });

export const media = (name: string, zh: string, en: string, extra: Extra = {}): FieldDescription => ({
  name,
  type: 'media',
  label: label(zh, en),
  multiple: true,
  accept: ['images'],
  ...extra,
});

/** Managed by the system: stamps, numbers, computed due times. */
export const managed = (f: FieldDescription): FieldDescription => ({ ...f, managed: true, required: false });

/** The record number staff read out on the phone (TS-20261124-0007); set by the system. */
export const numberField = (): FieldDescription =>
  managed(string('number', '编号', 'Number', { unique: true, maxLength: 40 }));

/** A workflow's status as an enum field: its options are the workflow's states. */
export const statusField = (states: WorkflowState[]): FieldDescription =>
  managed(
    enumeration(
      'status',
      '状态',
      'Status',
      states.map(({ value, label: l }) => ({ value, label: l })),
    ),
  );
