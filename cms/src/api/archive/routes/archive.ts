import { archiveRegister } from '@wuyedesk/contracts';
import { registerRouter } from '@wuyedesk/plugin-records/factories';

export default registerRouter(archiveRegister);
