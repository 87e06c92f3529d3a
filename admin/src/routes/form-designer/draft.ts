import {
  DEFAULT_FORM_ACCESS,
  FORM_DEFINITION_FORMAT,
  newFieldKey,
  ROLE_KEYS,
  type EnumOption,
  type FieldDescription,
  type FieldType,
  type FormDefinition,
  type FormPermission,
  type RoleKey,
} from '@wuyedesk/contracts';

/** What the designer edits: a definition plus whether (and at which version) it is published. */
export interface Draft {
  definition: FormDefinition;
  version: number | null;
}

const lbl = (zh: string) => ({ 'zh-CN': zh, en: zh });

export const emptyDefinition = (): FormDefinition => ({
  key: '',
  name: lbl(''),
  numberPrefix: '',
  sections: [{ key: 'main', label: lbl('基本信息') }],
  fields: [],
  approval: false,
  permissions: DEFAULT_FORM_ACCESS.map((p) => ({ role: p.role, can: [...p.can] })),
});

export const newField = (definition: FormDefinition, type: FieldType = 'string'): FieldDescription => ({
  name: newFieldKey(definition.fields.map((f) => f.name)),
  type,
  label: lbl(''),
  ...(definition.sections[0] ? { section: definition.sections[0].key } : {}),
});

/** Options as the designer types them, one label per line; values stay stable for labels that stay. */
export const optionsFromLines = (text: string, previous: readonly EnumOption[] = []): EnumOption[] => {
  const labels = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const used = new Set<string>();
  return labels.map((label, i) => {
    const kept = previous.find((o) => o.label['zh-CN'] === label && !used.has(o.value));
    let value = kept?.value ?? `o${i + 1}`;
    while (used.has(value) || (!kept && previous.some((o) => o.value === value))) value = `${value}_`;
    used.add(value);
    return { value, label: kept?.label ?? lbl(label) };
  });
};

export const optionsToLines = (options: readonly EnumOption[] = []) => options.map((o) => o.label['zh-CN']).join('\n');

export const setPermission = (definition: FormDefinition, role: RoleKey, permission: FormPermission, on: boolean): FormDefinition => {
  const current = definition.permissions.find((p) => p.role === role)?.can ?? [];
  const can = on ? [...new Set([...current, permission])] : current.filter((c) => c !== permission);
  const others = definition.permissions.filter((p) => p.role !== role);
  return { ...definition, permissions: ROLE_KEYS.flatMap((r) => (r === role ? (can.length ? [{ role, can }] : []) : others.filter((p) => p.role === r))) };
};

/** The file another office imports: the definition with the format marker, nothing else. */
export const exportFile = (definition: FormDefinition) => JSON.stringify({ format: FORM_DEFINITION_FORMAT, ...definition }, null, 2);

/** Moves item `index` by `delta` places. */
export const move = <T,>(items: readonly T[], index: number, delta: number): T[] => {
  const next = [...items];
  const target = index + delta;
  if (target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target], next[index]];
  return next;
};
