import { ErrorComponent, ThemedLayout } from '@refinedev/antd';
import { Authenticated } from '@refinedev/core';
import { CatchAllNavigate } from '@refinedev/react-router';
import { Spin } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import { AppHeader } from '../components/app-header';
import '../components/phone-layout/phone-layout.css';
import { AppTitle } from '../components/app-title';
import { HomePage } from './home/page';
import {
  CallbackRulesPage,
  CallbackWorklistPage,
  CapabilitiesPage,
  DashboardPage,
  DeadlineSettingsPage,
  FormDesignerPage,
  IntakePage,
  LoginPage,
  OverduePage,
  PrintPage,
  RegisterCreate,
  RegisterEdit,
  RegisterList,
  RegisterShow,
} from './lazy-pages';

const PageFallback = () => <Spin style={{ display: 'block', margin: '20vh auto' }} />;

const Page = ({ children }: { children: ReactNode }) => <Suspense fallback={<PageFallback />}>{children}</Suspense>;

/**
 * Routes are generic: `/:resource/…` serves every register, the page reads which one from
 * Refine's resource (matched from the resources built out of /api/records/registers).
 */
export const AppRoutes = () => (
  <Routes>
    <Route
      element={
        <Authenticated key="panel" fallback={<CatchAllNavigate to="/login" />}>
          <ThemedLayout Header={AppHeader} Title={AppTitle}>
            <Page>
              <Outlet />
            </Page>
          </ThemedLayout>
        </Authenticated>
      }
    >
      <Route index element={<HomePage />} />
      <Route path="intake" element={<IntakePage />} />
      <Route path="overdue" element={<OverduePage />} />
      <Route path="deadline-settings" element={<DeadlineSettingsPage />} />
      <Route path="callback-worklist" element={<CallbackWorklistPage />} />
      <Route path="callback-rules" element={<CallbackRulesPage />} />
      <Route path="capabilities" element={<CapabilitiesPage />} />
      <Route path="form-designer" element={<FormDesignerPage />} />
      <Route path="dashboard" element={<DashboardPage />} />
      <Route path=":resource">
        <Route index element={<RegisterList />} />
        <Route path="create" element={<RegisterCreate />} />
        <Route path="edit/:id" element={<RegisterEdit />} />
        <Route path="show/:id" element={<RegisterShow />} />
      </Route>
      <Route path="*" element={<ErrorComponent />} />
    </Route>
    {/* The paper form: signed in, but outside the panel's chrome so only the sheet prints. */}
    <Route
      path="/print/:resource/:id"
      element={
        <Authenticated key="print" fallback={<CatchAllNavigate to="/login" />}>
          <Page>
            <PrintPage />
          </Page>
        </Authenticated>
      }
    />
    <Route
      element={
        <Authenticated key="sign-in" fallback={<Outlet />}>
          {/* The home page picks the landing register once the session has loaded. */}
          <Navigate to="/" replace />
        </Authenticated>
      }
    >
      <Route
        path="/login"
        element={
          <Page>
            <LoginPage />
          </Page>
        }
      />
    </Route>
  </Routes>
);
