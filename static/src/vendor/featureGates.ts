/**
 * What the built page uses in place of @atlaskit/feature-gate-js-client (see
 * ../../featureGatesStub.ts). Nothing initialises Atlassian's feature-gate client inside a Forge
 * app's frame, so there the real client answers every gate with false and every experiment
 * with its default value, after warning once that it was never initialised. This answers the
 * same, without shipping the Statsig client that Atlaskit's components would otherwise carry.
 */
const FeatureGates = {
  checkGate: (_gate: string, _options?: unknown): boolean => false,
  getExperimentValue: <T>(
    _experiment: string,
    _parameter: string,
    defaultValue: T,
    _options?: unknown,
  ): T => defaultValue,
  initializeCalled: (): boolean => false,
  initializeCompleted: (): boolean => false,
};

export default FeatureGates;
