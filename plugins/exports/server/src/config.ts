// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ExportsConfig {}

export const config = {
  default: {} satisfies ExportsConfig,
  validator() {},
};
