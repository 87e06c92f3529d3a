import { useCustomMutation, useTranslate, type BaseRecord, type HttpError } from '@refinedev/core';
import type { CountSubject, RegisterDescription, WorkflowAction } from '@wuyedesk/contracts';
import { Alert, App, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useLocale } from '../../providers/use-locale';
import { useCabinetItems } from './use-cabinet-items';

interface CountModalProps {
  register: RegisterDescription;
  subject: CountSubject;
  record: BaseRecord;
  action: WorkflowAction;
  onClose: () => void;
  onChanged: () => void;
}

/**
 * 盘点: the items that should be in the cabinet, one row each; the counter ticks off what is
 * there. Unticked rows are marked missing as they go, and the server stores the result (what
 * was expected, found and missing) when the count is finished.
 */
export const CountModal = ({ register, subject, record, action, onClose, onChanged }: CountModalProps) => {
  const t = useTranslate();
  const locale = useLocale();
  const { notification } = App.useApp();
  const { items, isLoading, error } = useCabinetItems(subject);
  const [found, setFound] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const { mutateAsync, mutation } = useCustomMutation<BaseRecord, HttpError, { data: Record<string, unknown> }>();
  const missing = useMemo(() => items.filter((i) => !found.includes(String(i.id))), [items, found]);
  const columns = subject.itemFields.map((name) => ({ key: name, dataIndex: name, title: t(`counts.item.${name}`) }));

  const finish = async () => {
    try {
      await mutateAsync({
        url: `${register.pluralName}/${encodeURIComponent(String(record.id))}/actions/${action.name}`,
        method: 'post',
        values: { data: { [subject.foundField]: found, ...(notes.trim() ? { notes: notes.trim() } : {}) } },
        successNotification: { type: 'success', message: t('counts.done', { missing: missing.length }) },
        errorNotification: false,
      });
      onChanged();
      onClose();
    } catch (caught) {
      notification.error({ message: t('workflow.failed', { message: (caught as HttpError).message }) });
    }
  };

  return (
    <Modal
      open
      width={760}
      title={action.label[locale]}
      okText={t('counts.finish')}
      cancelText={t('buttons.cancel')}
      okButtonProps={{ loading: mutation.isPending, disabled: isLoading || !!error }}
      onOk={finish}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error.message} style={{ marginBottom: 12 }} />}
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text>{t('counts.expected', { count: items.length })}</Typography.Text>
        <Tag color="success">{t('counts.ticked', { count: found.length })}</Tag>
        {missing.length > 0 && <Tag color="error">{t('counts.notTicked', { count: missing.length })}</Tag>}
      </Space>
      <Table<BaseRecord>
        size="small"
        rowKey={(item) => String(item.id)}
        loading={isLoading}
        dataSource={items}
        pagination={false}
        scroll={{ y: 420 }}
        rowSelection={{ selectedRowKeys: found, onChange: (keys) => setFound(keys.map(String)) }}
        columns={[
          ...columns,
          {
            key: 'result',
            title: t('counts.result'),
            render: (_: unknown, item: BaseRecord) =>
              found.includes(String(item.id)) ? <Tag color="success">{t('counts.present')}</Tag> : <Tag color="error">{t('counts.missing')}</Tag>,
          },
        ]}
      />
      <Input.TextArea
        style={{ marginTop: 12 }}
        placeholder={t('counts.notes')}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 4 }}
        maxLength={1000}
      />
    </Modal>
  );
};
