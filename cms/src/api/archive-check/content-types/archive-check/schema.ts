import { archiveCheckRegister } from '@wuyedesk/contracts';
import { toStrapiSchema } from '@wuyedesk/plugin-records/factories';

// Derived from the register description in packages/contracts: edit it there, not here.
export default toStrapiSchema(archiveCheckRegister);
