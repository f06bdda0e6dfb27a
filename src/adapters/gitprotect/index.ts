export {
  createManagementServiceDirectory,
  DEFAULT_ATTEMPT_TIMEOUT_MS,
  DEFAULT_BUDGET_MS,
  DEFAULT_MAX_ATTEMPTS,
  type DirectoryOptions,
  type RegistrationChannel,
} from './directory';
