import { Image, Space, Typography } from 'antd';
import { isMediaFile } from '../../registers/form-values';
import { useApiConfig } from '../../providers/session-context';

const isImage = (mime: string | undefined) => mime?.startsWith('image/') === true;

/** Photos as previewable thumbnails, other files as download links. */
export const MediaValue = ({ value }: { value: unknown }) => {
  const { assetUrl } = useApiConfig();
  const files = (Array.isArray(value) ? value : [value]).filter(isMediaFile);
  return (
    <Image.PreviewGroup>
      <Space wrap>
        {files.map((file) =>
          file.url && isImage(file.mime) ? (
            <Image key={file.id} width={64} height={64} style={{ objectFit: 'cover' }} src={assetUrl(file.url)} alt={file.name} />
          ) : (
            <Typography.Link key={file.id} href={file.url ? assetUrl(file.url) : undefined} target="_blank">
              {file.name ?? file.id}
            </Typography.Link>
          ),
        )}
      </Space>
    </Image.PreviewGroup>
  );
};
