export {
  createManagementServiceDirectory,
  DEFAULT_BUDGET_MS,
  type RegistrationChannel,
} from './directory';
