import { RefineThemes, useNotificationProvider } from '@refinedev/antd';
import '@refinedev/antd/dist/reset.css';
import { Refine } from '@refinedev/core';
import routerProvider, { DocumentTitleHandler, UnsavedChangesNotifier } from '@refinedev/react-router';
import type { Locale } from '@wuyedesk/contracts';
import { App as AntdApp, ConfigProvider } from 'antd';
// Vite 8 loses the default export of `antd/locale/*` (the UI stays English): use the ES build.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useMemo, useSyncExternalStore } from 'react';
import { BrowserRouter } from 'react-router';
import { createI18nProvider, translateIn } from './providers/i18n';
import { localeStore } from './providers/locale-store';
import { buildResources } from './providers/resources';
import { SessionProvider } from './providers/session-context';
import type { PermittedRegister } from './providers/session';
import { useLocale } from './providers/use-locale';
import { AppRoutes } from './routes/app-routes';
import type { AppServices } from './services';

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } satisfies Record<Locale, unknown>;
const NO_REGISTERS: PermittedRegister[] = [];

export const App = ({ services }: { services: AppServices }) => {
  const locale = useLocale();
  const snapshot = useSyncExternalStore(services.session.subscribe, services.session.getSnapshot);
  const registers = snapshot.status === 'ready' ? snapshot.data.registers : NO_REGISTERS;
  const capabilities = snapshot.status === 'ready' ? snapshot.data.user.capabilities : undefined;

  // `locale` is a dependency because the provider reads the store when it is created.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new locale must make a new provider
  const i18nProvider = useMemo(() => createI18nProvider({ store: localeStore, registers }), [locale, registers]);
  const resources = useMemo(
    () => buildResources({ registers, locale, translate: translateIn(locale), capabilities }),
    [registers, locale, capabilities],
  );

  return (
    <BrowserRouter>
      <ConfigProvider
        locale={ANTD_LOCALES[locale]}
        theme={RefineThemes.Blue}
        // antd writes “派 单” for two-character labels; screen readers then spell it out.
        button={{ autoInsertSpace: false }}
      >
        <AntdApp>
          <SessionProvider session={services.session} api={services.api}>
            <Refine
              routerProvider={routerProvider}
              dataProvider={services.dataProvider}
              authProvider={services.authProvider}
              accessControlProvider={services.accessControlProvider}
              i18nProvider={i18nProvider}
              notificationProvider={useNotificationProvider}
              resources={resources}
              options={{
                syncWithLocation: true,
                warnWhenUnsavedChanges: true,
                disableTelemetry: true,
              }}
            >
              <AppRoutes />
              <UnsavedChangesNotifier />
              {/* Titles come from register labels: recompute once they (or the language) arrive. */}
              <DocumentTitleHandler key={`${locale}:${registers.length}`} />
            </Refine>
          </SessionProvider>
        </AntdApp>
      </ConfigProvider>
    </BrowserRouter>
  );
};
