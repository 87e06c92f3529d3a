import { archiveCheckRegister } from '@wuyedesk/contracts';
import { registerActionRoutes } from '@wuyedesk/plugin-records/factories';

export default registerActionRoutes(archiveCheckRegister);
