/**
 * The local stack (`npm start`'s programmatic form) for tests: free ports, a temp data folder,
 * logs kept in memory, and the HTTP calls a test makes besides the browser's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Defs, FunctionKey } from '../../src/contract';
import type { Log } from '../../src/ports/log';
import {
  type LocalStack,
  type LocalStackOptions,
  STACK_START,
  startLocalStack,
} from '../../dev/host';
import type { FaultMode } from '../../dev/emulator';

type Reply<K extends FunctionKey> = ReturnType<Defs[K]>;

export interface TestStack extends LocalStack {
  dataDir: string;
  logLines: string[];
  /** A resolver call over the host's HTTP API, as the bridge makes it. */
  invoke<K extends FunctionKey>(
    key: K,
    payload?: unknown,
    as?: 'admin' | 'member',
  ): Promise<Reply<K>>;
  /** Moves the emulator's clock, and so the app's. */
  advanceClock(ms: number): Promise<void>;
  setFault(mode: FaultMode, extra?: { ms?: number; count?: number }): Promise<void>;
  clearFault(): Promise<void>;
  /** Closes the stack; the data folder stays unless `removeData`. */
  stop(removeData?: boolean): Promise<void>;
}

export function memoryLog(lines: string[]): Log {
  const write = (level: string) => (message: string, fields?: object) =>
    lines.push(JSON.stringify({ level, message, ...fields }));
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

export async function startTestStack(
  options: LocalStackOptions & { dataDir?: string } = {},
): Promise<TestStack> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'gitprotect-stack-'));
  const logLines: string[] = [];
  const stack = await startLocalStack({
    port: 0,
    emulatorPort: 0,
    triggerIntervalS: null,
    startAt: STACK_START,
    log: memoryLog(logLines),
    ...options,
    dataDir,
  }).catch((error: unknown) => {
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });

  const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  };

  return {
    ...stack,
    dataDir,
    logLines,
    invoke: async <K extends FunctionKey>(
      key: K,
      payload?: unknown,
      as: 'admin' | 'member' = 'admin',
    ) =>
      (await post(
        `${stack.url}api/invoke`,
        { functionKey: key, payload },
        { 'x-local-user': as },
      )) as Reply<K>,
    advanceClock: async (ms) => {
      await post(`${stack.url}__control/clock`, { advanceMs: ms });
    },
    setFault: async (mode, extra = {}) => {
      await post(`${stack.emulatorUrl}/__control/faults`, { mode, ...extra });
    },
    clearFault: async () => {
      const response = await fetch(`${stack.emulatorUrl}/__control/faults`, { method: 'DELETE' });
      if (!response.ok) throw new Error(`Clearing the fault answered ${response.status}`);
    },
    stop: async (removeData = true) => {
      await stack.close();
      if (removeData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Unwraps an ok envelope; a failure fails the test with its code. */
export function okData<T>(
  envelope: { ok: true; data: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!envelope.ok)
    throw new Error(`Expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data;
}
