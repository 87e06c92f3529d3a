export default {
  rest: {
    defaultLimit: 20,
    maxLimit: 100,
    withCount: true,
    // Unknown query or body keys are a 400, not silently ignored.
    strictParams: true,
  },
};
