import fs from 'fs';
import stopStrapi from '../../../../cms/tests/helpers/global-teardown';

export default async function globalTeardown() {
  await stopStrapi();
  const panelDir = process.env.WUYEDESK_PANEL_DIR;
  if (panelDir) fs.rmSync(panelDir, { recursive: true, force: true });
}
