import { archiveDestructionRegister } from '@wuyedesk/contracts';
import { registerActionRoutes } from '@wuyedesk/plugin-records/factories';

export default registerActionRoutes(archiveDestructionRegister);
