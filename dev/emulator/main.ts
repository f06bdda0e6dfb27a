import { startEmulator } from './server';

/**
 * `npx tsx dev/emulator/main.ts`: GITPROTECT_PORT, GITPROTECT_STATE_FILE, GITPROTECT_SPACES
 * (or its old name GITPROTECT_PROJECTS).
 */
async function main(): Promise<void> {
  const count = (name: string) => {
    const raw = process.env[name]?.trim();
    return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
  };
  const emulator = await startEmulator({
    stateFile: process.env.GITPROTECT_STATE_FILE || undefined,
    spaceCount: count('GITPROTECT_SPACES'),
    projectCount: count('GITPROTECT_PROJECTS'),
  });
  console.log(`GitProtect Management Service emulator at ${emulator.url}`);
  for (const [region, baseUrl] of Object.entries(emulator.baseUrls)) {
    console.log(`  ${region}: ${baseUrl}`);
  }
  console.log(`  keys registrations are checked against: ${emulator.url}/.well-known/jwks.json`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
