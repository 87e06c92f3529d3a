export interface CallbacksConfig {
  /** The sampling seed: the same seed chooses the same records (see engine/sampling.ts). */
  samplingSeed: string;
  /** A drawn record is passed over once its day has this many callbacks beyond the rate's need. */
  samplingSlack: number;
}

export const config = {
  default: { samplingSeed: 'wuyedesk', samplingSlack: 10 } satisfies CallbacksConfig,
  validator(value: Partial<CallbacksConfig>) {
    if (value.samplingSeed !== undefined && !String(value.samplingSeed).trim())
      throw new Error('callbacks.samplingSeed must not be empty');
    if (value.samplingSlack !== undefined && !(Number.isInteger(value.samplingSlack) && value.samplingSlack >= 0)) {
      throw new Error('callbacks.samplingSlack must be a whole number ≥ 0');
    }
  },
};
