import { useTranslate } from '@refinedev/core';
import { NavigateToResource } from '@refinedev/react-router';
import { Button, Result, Spin } from 'antd';
import { Navigate } from 'react-router';
import { landingRegister } from '../../providers/resources';
import { useRegisters, useSession, useSessionSnapshot } from '../../providers/session-context';

/** `/`: the first register the user may read (not the intake shortcut), once the list has arrived. */
export const HomePage = () => {
  const t = useTranslate();
  const session = useSession();
  const snapshot = useSessionSnapshot();
  const registers = useRegisters();
  if (snapshot.status === 'failed') {
    return (
      <Result
        status="warning"
        title={t('session.loadFailed')}
        extra={<Button onClick={() => session.load().catch(() => undefined)}>{t('session.retry')}</Button>}
      />
    );
  }
  if (snapshot.status !== 'ready') return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  // The service-centre director (whoever holds reports.director) starts on the statistics dashboard (统计看板).
  if (snapshot.data.user.capabilities.includes('reports.director')) return <Navigate to="/dashboard" replace />;
  if (registers.length === 0) return <Result status="info" title={t('session.noRegisters')} />;
  return <NavigateToResource resource={landingRegister(registers)} />;
};
