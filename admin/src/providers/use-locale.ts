import type { Locale } from '@wuyedesk/contracts';
import { useSyncExternalStore } from 'react';
import { localeStore } from './locale-store';

/** The UI language; components re-render when it changes. */
export const useLocale = (): Locale => useSyncExternalStore(localeStore.subscribe, localeStore.get);
