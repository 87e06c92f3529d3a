import { archiveCheckRegister } from '@wuyedesk/contracts';
import { registerService } from '@wuyedesk/plugin-records/factories';

export default registerService(archiveCheckRegister);
