import { appMessages } from './app';
import { refineMessages } from './refine';

export const enMessages = { ...refineMessages, ...appMessages };
