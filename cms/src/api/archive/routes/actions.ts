import { archiveRegister } from '@wuyedesk/contracts';
import { registerActionRoutes } from '@wuyedesk/plugin-records/factories';

export default registerActionRoutes(archiveRegister);
