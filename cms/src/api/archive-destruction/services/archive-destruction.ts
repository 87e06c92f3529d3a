import { archiveDestructionRegister } from '@wuyedesk/contracts';
import { registerService } from '@wuyedesk/plugin-records/factories';

export default registerService(archiveDestructionRegister);
