import { archiveCheckRegister } from '@wuyedesk/contracts';
import { registerController } from '@wuyedesk/plugin-records/factories';

export default registerController(archiveCheckRegister);
