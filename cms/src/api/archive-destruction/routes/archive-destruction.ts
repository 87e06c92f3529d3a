import { archiveDestructionRegister } from '@wuyedesk/contracts';
import { registerRouter } from '@wuyedesk/plugin-records/factories';

export default registerRouter(archiveDestructionRegister);
