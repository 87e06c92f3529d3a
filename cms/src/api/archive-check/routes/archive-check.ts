import { archiveCheckRegister } from '@wuyedesk/contracts';
import { registerRouter } from '@wuyedesk/plugin-records/factories';

export default registerRouter(archiveCheckRegister);
