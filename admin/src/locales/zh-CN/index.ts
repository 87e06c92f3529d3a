import { appMessages } from './app';
import { refineMessages } from './refine';

export const zhCNMessages = { ...refineMessages, ...appMessages };
