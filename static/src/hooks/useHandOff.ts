import type { ManagementDestination } from '../../../src/contract';
import { api, openInNewTab } from '../api';
import { useCall } from './useCall';

function signIn(destination?: ManagementDestination) {
  return destination ? api.openManagementServiceAt(destination) : api.openManagementService();
}

/**
 * The hand-off to the GitProtect Management Service: asks for a one-time sign-in link (to its
 * dashboard, or straight to one place in it) and opens it in a new tab. `open` resolves to the
 * answer, or null when a later hand-off overtook it.
 */
export function useHandOff() {
  const { run, pending, error } = useCall(signIn);
  const open = async (destination?: ManagementDestination) => {
    const result = await run(destination);
    // Declining to leave Jira is the admin's choice, not a failure to report.
    if (result?.ok) void openInNewTab(result.data.url);
    return result;
  };
  return { open, pending, error };
}
