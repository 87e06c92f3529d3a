import { testHooks } from './test-hooks';

export const controllers = { 'test-hooks': testHooks };
