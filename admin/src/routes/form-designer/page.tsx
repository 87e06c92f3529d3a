import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useDataProvider, useTranslate, type HttpError } from '@refinedev/core';
import { BUILT_IN_REGISTERS, checkDefinition, type FormDefinition, type Label } from '@wuyedesk/contracts';
import { Alert, App as AntApp, Button, Card, Checkbox, Col, Input, List, Row, Space, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../../providers/session-context';
import { FieldEditor } from './components/field-editor';
import { FormPreview } from './components/form-preview';
import { PermissionsEditor } from './components/permissions-editor';
import { emptyDefinition, exportFile, move, newField } from './draft';

/** A published form type as `GET /api/forms/types` lists it. */
interface Summary {
  key: string;
  name: Label;
  version: number;
}

/**
 * 表单设计: administrators design form types (sections, fields of every type with their rules,
 * conditional visibility, permissions), preview them with the staff's own field components,
 * publish a new version (live at once, no restart) and move definitions between offices as JSON.
 */
export const FormDesignerPage = () => {
  const t = useTranslate();
  const { message } = AntApp.useApp();
  const custom = useDataProvider()().custom!;
  const session = useSession();
  const [types, setTypes] = useState<Summary[]>([]);
  const [definition, setDefinition] = useState<FormDefinition>(emptyDefinition);
  const [version, setVersion] = useState<number | null>(null);
  const [problems, setProblems] = useState<{ title: string; items: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const loadTypes = useCallback(async () => {
    const res = await custom<Summary[]>({ url: 'forms/types', method: 'get' });
    setTypes(res.data as unknown as Summary[]);
  }, [custom]);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the list is fetched once the page mounts
  useEffect(() => void loadTypes(), [loadTypes]);

  const open = async (key: string) => {
    const res = await custom<FormDefinition & { version: number; format?: string }>({ url: `forms/types/${key}`, method: 'get' });
    const { version: v, format: _format, ...loaded } = res.data as unknown as FormDefinition & { version: number; format?: string };
    setDefinition(loaded);
    setVersion(v);
    setProblems(null);
  };

  const publish = async () => {
    setBusy(true);
    try {
      const res = await custom<{ key: string; version: number }>({ url: 'forms/types', method: 'post', payload: { data: definition } });
      const published = res.data as unknown as { key: string; version: number };
      setVersion(published.version);
      setProblems(null);
      message.success(t('forms.published', { name: definition.name['zh-CN'], version: published.version }));
      await Promise.all([loadTypes(), session.refresh()]);
    } catch (error) {
      const http = error as HttpError;
      setProblems({ title: t('forms.publishProblems'), items: String(http.message ?? '').split('；') });
    } finally {
      setBusy(false);
    }
  };

  /** Checked here with the server's own rules before anything is sent; publish checks again. */
  const importFile = async (file: File) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setProblems({ title: t('forms.importProblems'), items: ['JSON'] });
      return false;
    }
    const found = checkDefinition({
      definition: parsed,
      requireFormat: true,
      reservedKeys: BUILT_IN_REGISTERS.flatMap((r) => [r.key, r.pluralName]),
    });
    if (found.length) {
      setProblems({ title: t('forms.importProblems'), items: found.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)) });
      return false;
    }
    const { format: _format, ...loaded } = parsed as FormDefinition & { format: string };
    setDefinition(loaded);
    setVersion(types.find((x) => x.key === loaded.key)?.version ?? null);
    setProblems(null);
    return false;
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportFile(definition)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `form-${definition.key || 'new'}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const set = (patch: Partial<FormDefinition>) => setDefinition((d) => ({ ...d, ...patch }));
  const fields = definition.fields;

  return (
    <Row gutter={16}>
      <Col xs={24} lg={5}>
        <Card size="small" title={t('forms.types')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button block icon={<PlusOutlined />} onClick={() => { setDefinition(emptyDefinition()); setVersion(null); setProblems(null); }}>
              {t('forms.newForm')}
            </Button>
            <Upload accept="application/json,.json" showUploadList={false} beforeUpload={(file) => importFile(file)}>
              <Button block icon={<UploadOutlined />}>{t('forms.import')}</Button>
            </Upload>
            <List
              size="small"
              dataSource={types}
              renderItem={(item) => (
                <List.Item style={{ cursor: 'pointer' }} onClick={() => void open(item.key)}>
                  <Typography.Link>{item.name['zh-CN']}</Typography.Link>
                  <Typography.Text type="secondary">{t('forms.version', { version: item.version })}</Typography.Text>
                </List.Item>
              )}
            />
          </Space>
        </Card>
      </Col>
      <Col xs={24} lg={11}>
        <Card
          size="small"
          title={`${t('forms.designer')} · ${version ? t('forms.version', { version }) : t('forms.unpublished')}`}
          extra={
            <Space>
              <Button icon={<DownloadOutlined />} onClick={download}>{t('forms.export')}</Button>
              <Button type="primary" loading={busy} onClick={() => void publish()}>{t('forms.publish')}</Button>
            </Space>
          }
        >
          {problems && (
            <Alert type="error" showIcon style={{ marginBottom: 12 }} message={problems.title}
              description={<ul style={{ margin: 0, paddingLeft: 18 }}>{problems.items.map((p) => <li key={p}>{p}</li>)}</ul>} />
          )}
          <Space wrap style={{ marginBottom: 12 }}>
            <Input aria-label={t('forms.name')} placeholder={t('forms.name')} value={definition.name['zh-CN']}
              onChange={(e) => set({ name: { ...definition.name, 'zh-CN': e.target.value, en: definition.name.en || e.target.value } })} />
            <Input aria-label={t('forms.nameEn')} placeholder={t('forms.nameEn')} value={definition.name.en}
              onChange={(e) => set({ name: { ...definition.name, en: e.target.value } })} />
            <Input aria-label={t('forms.key')} placeholder={`${t('forms.key')} (renovation)`} value={definition.key} disabled={version !== null}
              onChange={(e) => set({ key: e.target.value.trim() })} />
            <Input aria-label={t('forms.prefix')} placeholder={`${t('forms.prefix')} (ZX)`} value={definition.numberPrefix} style={{ width: 140 }}
              onChange={(e) => set({ numberPrefix: e.target.value.trim().toUpperCase() })} />
            <Checkbox checked={!!definition.approval} onChange={(e) => set({ approval: e.target.checked })}>{t('forms.approval')}</Checkbox>
          </Space>

          <Typography.Title level={5}>{t('forms.sections')}</Typography.Title>
          <Space wrap style={{ marginBottom: 12 }}>
            {definition.sections.map((section, i) => (
              <Input key={section.key} aria-label={`${t('forms.sectionName')} ${i + 1}`} value={section.label['zh-CN']} style={{ width: 160 }}
                onChange={(e) => set({ sections: definition.sections.map((s, j) => (j === i ? { ...s, label: { 'zh-CN': e.target.value, en: e.target.value } } : s)) })} />
            ))}
            <Button icon={<PlusOutlined />} onClick={() => set({ sections: [...definition.sections, { key: `s${Date.now().toString(36)}`, label: { 'zh-CN': '', en: '' } }] })}>
              {t('forms.addSection')}
            </Button>
          </Space>

          <Typography.Title level={5}>{t('forms.fields')}</Typography.Title>
          {fields.map((field, i) => (
            <FieldEditor
              key={field.name}
              field={field}
              siblings={fields}
              sections={definition.sections}
              onChange={(next) => set({ fields: fields.map((f, j) => (j === i ? next : f)) })}
              onMove={(delta) => set({ fields: move(fields, i, delta) })}
              onRemove={() => set({ fields: fields.filter((_, j) => j !== i), listFields: definition.listFields?.filter((n) => n !== field.name) })}
            />
          ))}
          <Button icon={<PlusOutlined />} onClick={() => set({ fields: [...fields, newField(definition)] })} style={{ marginBottom: 16 }}>
            {t('forms.addField')}
          </Button>

          <Typography.Title level={5}>{t('forms.permissions')}</Typography.Title>
          <PermissionsEditor definition={definition} onChange={setDefinition} />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <FormPreview definition={definition} />
      </Col>
    </Row>
  );
};
