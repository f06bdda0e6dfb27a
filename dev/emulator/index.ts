export type { EmulatorClock } from './clock';
export type { RequestCounts } from './core';
export { FAULT_MODES, type FaultMode, type FaultRequest } from './faults';
export { DEFAULT_PLAN } from './scheduler';
export { SEEDED_ADMIN } from './seedHistory';
export { baseUrlsOf, type EmulatorOptions, type RunningEmulator, startEmulator } from './server';
export {
  FIT_ISSUER,
  JWKS_PATH,
  LOCAL_APP_ID,
  type LocalForgeSigner,
  type MintOptions,
  createLocalForgeSigner,
  fetchWithForgeInvocationToken,
} from './forgeTokens';
