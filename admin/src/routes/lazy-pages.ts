import { lazy } from 'react';

// Each page is its own chunk: the first load carries only the shell (layout, menu, login).
export const RegisterList = lazy(() => import('./registers/list').then((m) => ({ default: m.RegisterList })));
export const RegisterCreate = lazy(() => import('./registers/create').then((m) => ({ default: m.RegisterCreate })));
export const RegisterEdit = lazy(() => import('./registers/edit').then((m) => ({ default: m.RegisterEdit })));
export const RegisterShow = lazy(() => import('./registers/show').then((m) => ({ default: m.RegisterShow })));
export const LoginPage = lazy(() => import('./login/page').then((m) => ({ default: m.LoginPage })));
export const IntakePage = lazy(() => import('./intake/page').then((m) => ({ default: m.IntakePage })));
export const PrintPage = lazy(() => import('./print/page').then((m) => ({ default: m.PrintPage })));
export const OverduePage = lazy(() => import('./overdue/page').then((m) => ({ default: m.OverduePage })));
export const DeadlineSettingsPage = lazy(() => import('./deadline-settings/page').then((m) => ({ default: m.DeadlineSettingsPage })));
export const CallbackWorklistPage = lazy(() => import('./callbacks/worklist-page').then((m) => ({ default: m.CallbackWorklistPage })));
export const CallbackRulesPage = lazy(() => import('./callbacks/rules-page').then((m) => ({ default: m.CallbackRulesPage })));
export const FormDesignerPage = lazy(() => import('./form-designer/page').then((m) => ({ default: m.FormDesignerPage })));
export const CapabilitiesPage = lazy(() => import('./capabilities/page').then((m) => ({ default: m.CapabilitiesPage })));
export const DashboardPage = lazy(() => import('./dashboard/page').then((m) => ({ default: m.DashboardPage })));
