import { useTranslate } from '@refinedev/core';
import { Space, Tag } from 'antd';
import type { Translate } from '../../providers/i18n';
import { deadlineTag } from '../../registers/deadline';
import { formatDateTime } from '../../registers/time';
import { useNow } from './use-now';

/** A running deadline: the office time and how long is left (or how late it is), kept current. */
export const DueAt = ({ dueAt, startAt }: { dueAt: string; startAt?: string | null }) => {
  const t: Translate = useTranslate();
  const now = useNow();
  const tag = deadlineTag({ dueAt, startAt, now, t });
  return (
    <Space size={4} wrap>
      <span>{formatDateTime(dueAt)}</span>
      {tag && <Tag color={tag.colour}>{tag.text}</Tag>}
    </Space>
  );
};

export { useNow } from './use-now';
