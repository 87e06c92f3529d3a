import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import { FORM_FIELD_TYPES, FORM_RELATION_TARGETS, isFilterable, newFieldKey, type FieldDescription, type FieldType, type FormSection } from '@wuyedesk/contracts';
import { Button, Card, Checkbox, Input, InputNumber, Select, Space } from 'antd';
import { optionsFromLines, optionsToLines } from '../draft';

interface FieldEditorProps {
  field: FieldDescription;
  /** The other fields of the same level: what a visibility condition may depend on. */
  siblings: FieldDescription[];
  sections: FormSection[];
  onChange: (field: FieldDescription) => void;
  onMove?: (delta: number) => void;
  onRemove: () => void;
  /** Sub-fields of a group: no sections, no nested groups. */
  isSubField?: boolean;
}

const TEXT_TYPES = new Set<FieldType>(['string', 'text', 'phone']);
/** Types a list can filter and sort on through an index (long text, files, groups and multiple values cannot). */
const INDEXABLE = new Set<FieldType>(['string', 'phone', 'idcard', 'integer', 'decimal', 'money', 'date', 'datetime', 'enum', 'boolean', 'relation']);
const NUMBER_TYPES = new Set<FieldType>(['integer', 'decimal', 'money', 'group', 'enum']);

/** One field of a form as the administrator edits it: label, type, rules, options, condition. */
export const FieldEditor = ({ field, siblings, sections, onChange, onMove, onRemove, isSubField = false }: FieldEditorProps) => {
  const t = useTranslate();
  const set = (patch: Partial<FieldDescription>) => onChange({ ...field, ...patch });
  const unset = (...keys: Array<keyof FieldDescription>) => {
    const next = { ...field };
    for (const key of keys) delete next[key];
    onChange(next);
  };
  const num = (key: 'min' | 'max' | 'minLength' | 'maxLength') => (
    <InputNumber
      aria-label={t(`forms.${key}`)}
      placeholder={t(`forms.${key}`)}
      value={field[key]}
      onChange={(v) => (v === null ? unset(key) : set({ [key]: v }))}
    />
  );
  const source = siblings.find((s) => s.name === field.visibleWhen?.field);
  const types = FORM_FIELD_TYPES.filter((type) => !isSubField || type !== 'group');

  return (
    <Card
      size="small"
      style={{ marginBottom: 8 }}
      data-field-key={field.name}
      title={
        <Input
          aria-label={t('forms.fieldLabel')}
          placeholder={t('forms.fieldLabel')}
          value={field.label['zh-CN']}
          onChange={(e) => set({ label: { 'zh-CN': e.target.value, en: e.target.value } })}
          style={{ maxWidth: 320 }}
        />
      }
      extra={
        <Space size={0}>
          {onMove && <Button type="text" icon={<ArrowUpOutlined />} aria-label={t('forms.moveUp')} onClick={() => onMove(-1)} />}
          {onMove && <Button type="text" icon={<ArrowDownOutlined />} aria-label={t('forms.moveDown')} onClick={() => onMove(1)} />}
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('forms.remove')} onClick={onRemove} />
        </Space>
      }
    >
      <Space wrap align="center">
        <Select
          aria-label={t('forms.fieldType')}
          style={{ width: 140 }}
          // Fourteen types: all of them in the list, none hidden behind virtual scrolling.
          virtual={false}
          listHeight={480}
          value={field.type}
          options={types.map((type) => ({ value: type, label: t(`forms.types_.${type}`) }))}
          onChange={(type: FieldType) =>
            onChange({
              name: field.name, label: field.label, type,
              ...(field.section ? { section: field.section } : {}),
              ...(field.required ? { required: true } : {}),
              ...(type === 'enum' ? { options: field.options ?? [] } : {}),
              ...(type === 'relation' ? { target: 'unit' } : {}),
              ...(type === 'media' ? { multiple: true, accept: ['images', 'files'] as Array<'images' | 'files'> } : {}),
              ...(type === 'group' ? { fields: [{ name: 'c1', type: 'string' as const, label: { 'zh-CN': '', en: '' } }] } : {}),
            })
          }
        />
        {!isSubField && sections.length > 0 && (
          <Select
            aria-label={t('forms.section')}
            style={{ width: 140 }}
            value={field.section}
            options={sections.map((s) => ({ value: s.key, label: s.label['zh-CN'] }))}
            onChange={(section: string) => set({ section })}
          />
        )}
        <Checkbox checked={!!field.required} onChange={(e) => (e.target.checked ? set({ required: true }) : unset('required'))}>
          {t('forms.required')}
        </Checkbox>
        {!isSubField && INDEXABLE.has(field.type) && !field.multiple && (
          // Each filterable field gets an index when the form is published (filters stay fast at 100,000 entries).
          <Checkbox checked={isFilterable(field)} onChange={(e) => set({ filterable: e.target.checked })}>
            {t('forms.filterable')}
          </Checkbox>
        )}
        {(field.type === 'enum' || field.type === 'relation' || field.type === 'media') && (
          <Checkbox checked={!!field.multiple} onChange={(e) => (e.target.checked ? set({ multiple: true }) : unset('multiple'))}>
            {t('forms.multiple')}
          </Checkbox>
        )}
        {field.type === 'relation' && (
          <Select
            aria-label={t('forms.target')}
            style={{ width: 110 }}
            value={field.target}
            options={FORM_RELATION_TARGETS.map((target) => ({ value: target, label: t(`forms.targets.${target}`) }))}
            onChange={(target: string) => set({ target })}
          />
        )}
        {NUMBER_TYPES.has(field.type) && (
          <>
            {num('min')}
            {num('max')}
          </>
        )}
        {TEXT_TYPES.has(field.type) && (
          <>
            {num('minLength')}
            {num('maxLength')}
            <Input
              aria-label={t('forms.pattern')}
              placeholder={t('forms.pattern')}
              value={field.pattern}
              onChange={(e) => (e.target.value ? set({ pattern: e.target.value }) : unset('pattern'))}
              style={{ width: 200 }}
            />
          </>
        )}
      </Space>
      {field.type === 'enum' && (
        <Input.TextArea
          aria-label={t('forms.options')}
          placeholder={t('forms.options')}
          style={{ marginTop: 8 }}
          autoSize={{ minRows: 2 }}
          defaultValue={optionsToLines(field.options)}
          onBlur={(e) => set({ options: optionsFromLines(e.target.value, field.options) })}
        />
      )}
      <Input
        aria-label={t('forms.help')}
        placeholder={t('forms.help')}
        style={{ marginTop: 8 }}
        value={field.help?.['zh-CN']}
        onChange={(e) => (e.target.value ? set({ help: { 'zh-CN': e.target.value, en: e.target.value } }) : unset('help'))}
      />
      <Space wrap style={{ marginTop: 8 }}>
        <span>{t('forms.showWhen')}</span>
        <Select
          aria-label={t('forms.showWhenField')}
          style={{ width: 180 }}
          value={field.visibleWhen?.field ?? ''}
          options={[
            { value: '', label: t('forms.always') },
            ...siblings.filter((s) => s.name !== field.name && (s.type === 'enum' || s.type === 'boolean')).map((s) => ({ value: s.name, label: s.label['zh-CN'] || s.name })),
          ]}
          onChange={(name: string) => {
            const target = siblings.find((s) => s.name === name);
            if (!target) return unset('visibleWhen');
            set({ visibleWhen: { field: name, equals: target.type === 'boolean' ? true : (target.options?.[0]?.value ?? '') } });
          }}
        />
        {source && (
          <Select
            aria-label={t('forms.showWhenValue')}
            style={{ width: 140 }}
            value={String(field.visibleWhen?.equals)}
            options={
              source.type === 'boolean'
                ? [{ value: 'true', label: t('forms.yes') }, { value: 'false', label: t('forms.no') }]
                : (source.options ?? []).map((o) => ({ value: o.value, label: o.label['zh-CN'] }))
            }
            onChange={(v: string) => set({ visibleWhen: { field: source.name, equals: source.type === 'boolean' ? v === 'true' : v } })}
          />
        )}
      </Space>
      {field.type === 'group' && (
        <div style={{ marginTop: 8, paddingLeft: 16, borderLeft: '3px solid #e6f4ff' }}>
          <div style={{ marginBottom: 8 }}>{t('forms.subFields')}</div>
          {(field.fields ?? []).map((sub, i, all) => (
            <FieldEditor
              key={sub.name}
              field={sub}
              siblings={all}
              sections={[]}
              isSubField
              onChange={(next) => set({ fields: all.map((f, j) => (j === i ? next : f)) })}
              onRemove={() => set({ fields: all.filter((_, j) => j !== i) })}
            />
          ))}
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => set({ fields: [...(field.fields ?? []), { name: newFieldKey((field.fields ?? []).map((f) => f.name)).replace('f_', 'c'), type: 'string', label: { 'zh-CN': '', en: '' } }] })}
          >
            {t('forms.addSubField')}
          </Button>
        </div>
      )}
    </Card>
  );
};
