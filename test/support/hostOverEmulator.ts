import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalApp, createLocalApp } from '../../dev/host/localApp';
import { type HostServer, startHostServer } from '../../dev/host/server';
import { type TestEmulator, startTestEmulator } from './emulator';
import { memoryLog } from './localStack';

/** The local host's server and resolvers over a test emulator, with an empty page build. */
export interface HostOverEmulator {
  emulator: TestEmulator;
  app: LocalApp;
  host: HostServer;
  close(): Promise<void>;
}

export async function startHostOverEmulator(projects: number): Promise<HostOverEmulator> {
  const emulator = await startTestEmulator();
  const buildDir = mkdtempSync(join(tmpdir(), 'gitprotect-empty-build-'));
  const log = memoryLog([]);
  const app = createLocalApp({
    clock: emulator.clock,
    baseUrls: emulator.baseUrls,
    forgeSigner: emulator.forgeSigner,
    projects,
    jiraLatencyMs: 0,
    log,
  });
  const host = await startHostServer({ port: 0, app, buildDir, emulatorUrl: emulator.url, log });
  return {
    emulator,
    app,
    host,
    close: async () => {
      await Promise.allSettled([host.close(), emulator.close()]);
      rmSync(buildDir, { recursive: true, force: true });
    },
  };
}
