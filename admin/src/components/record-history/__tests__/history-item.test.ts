import { translateIn } from '../../../providers/i18n';
import { builtIn } from '../../../test/fixtures';
import { describeHistoryEntry } from '../history-item';

const complaints = builtIn('complaints');

describe('a history line', () => {
  it('names the step, the state change, the time on the office clock and who did it', () => {
    const line = describeHistoryEntry(
      complaints,
      { action: 'dispatch', fromStatus: 'received', toStatus: 'dispatched', at: '2026-11-24T02:05:00Z', actorName: '李静', note: '工程部' },
      'zh-CN',
      translateIn('zh-CN'),
    );
    expect(line).toEqual({
      kind: 'step',
      title: '派单',
      transition: '已登记 → 已派单',
      meta: '2026-11-24 10:05 · 经办：李静',
      note: '工程部',
    });
  });

  it('calls the first entry 登记, coming from no state', () => {
    const line = describeHistoryEntry(
      complaints,
      { action: 'create', fromStatus: null, toStatus: 'received', at: '2026-11-24T02:00:00Z', actorName: null, note: null },
      'zh-CN',
      translateIn('zh-CN'),
    );
    expect(line.title).toBe('登记');
    expect(line.transition).toBe('— → 已登记');
  });

  it.each([
    ['escalate', 'escalation', '超时升级', 'Escalated (overdue)'],
    ['deadline-warning', 'warning', '时限预警', 'Deadline warning'],
  ])('marks the scheduler’s %s step apart, with its label', (action, kind, zh, en) => {
    const entry = { action, fromStatus: 'dispatched', toStatus: 'dispatched', at: '2026-11-24T02:31:00Z', actorName: null, note: '处理时限超时升级至客服主管（第1级）' };
    const line = describeHistoryEntry(complaints, entry, 'zh-CN', translateIn('zh-CN'));
    expect(line).toMatchObject({ kind, title: zh, transition: undefined, meta: '2026-11-24 10:31', note: '处理时限超时升级至客服主管（第1级）' });
    expect(describeHistoryEntry(complaints, entry, 'en', translateIn('en')).title).toBe(en);
  });
});
