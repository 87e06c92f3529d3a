import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { followLocale } from './providers/dayjs-locale';
import { localeStore } from './providers/locale-store';
import { createAppServices } from './services';

// The CMS serves the panel at `/`, so `/api` is right by default; VITE_API_URL points a dev
// build at another CMS.
const services = createAppServices({
  apiUrl: import.meta.env.VITE_API_URL ?? '/api',
  origin: window.location.origin,
  storage: window.localStorage,
  localeStore,
  fetch: (input, init) => window.fetch(input, init),
});

followLocale(localeStore);

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);
