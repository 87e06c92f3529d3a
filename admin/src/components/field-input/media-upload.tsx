import { UploadOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import type { FieldDescription } from '@wuyedesk/contracts';
import { App, Button, Upload, type UploadFile, type UploadProps } from 'antd';
import { useApiConfig } from '../../providers/session-context';
import { withUploadedLinks } from '../../registers/form-values';

interface MediaUploadProps {
  field: FieldDescription;
  id?: string;
  fileList?: UploadFile[];
  onChange?: UploadProps['onChange'];
}

const ACCEPT = { images: 'image/*', files: '.pdf,.doc,.docx,.xls,.xlsx,.txt,.zip' } as const;

/**
 * Uploads straight to Strapi's /api/upload; the form keeps the file list and sends file ids. The
 * server answers with signed links (plugins/files): a fresh upload opens from the list at once.
 */
export const MediaUpload = ({ field, id, fileList, onChange }: MediaUploadProps) => {
  const t = useTranslate();
  const { message } = App.useApp();
  const { apiUrl, assetUrl, getToken } = useApiConfig();
  const token = getToken();
  const imagesOnly = field.accept?.length === 1 && field.accept[0] === 'images';
  return (
    <Upload
      id={id}
      action={`${apiUrl}/upload`}
      name="files"
      headers={token ? { Authorization: `Bearer ${token}` } : undefined}
      multiple={field.multiple === true}
      maxCount={field.multiple ? undefined : 1}
      accept={(field.accept ?? ['images']).map((a) => ACCEPT[a]).join(',')}
      listType={imagesOnly ? 'picture-card' : 'text'}
      fileList={fileList}
      onChange={(info) => {
        if (info.file.status === 'error') message.error(t('upload.failed', { name: info.file.name }));
        onChange?.({ ...info, fileList: withUploadedLinks(info.fileList, assetUrl) });
      }}
    >
      {imagesOnly ? (
        <span>
          <UploadOutlined /> {t('upload.button')}
        </span>
      ) : (
        <Button icon={<UploadOutlined />}>{t('upload.button')}</Button>
      )}
    </Upload>
  );
};
