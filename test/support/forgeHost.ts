import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { BUNDLE_DIR, NODE22, ROOT, requireBundle } from './forgeBundle';

/**
 * `@forge/tunnel`'s local function host (tools/forge/host/host.cjs) in a Node 22 child process,
 * running the bundle from `npm run package`. Jest posts invocations to it over loopback HTTP as
 * Forge's invocation service does.
 */

export const HOST_SCRIPT = path.join(ROOT, 'tools', 'forge', 'host', 'host.cjs');
/** Each call to the host has its own deadline, so a crashed sandbox fails a test, not hangs it. */
export const INVOCATION_DEADLINE_MS = 20_000;

export interface InvocationVariable {
  key: string;
  value: string;
  secure: boolean;
}

/** The body of `POST /:functionKey`: what Forge's invocation service sends the tunnel. */
export interface InvocationRequest {
  handler: string;
  body: unknown;
  variables?: InvocationVariable[];
  _meta: Record<string, unknown>;
}

export interface InvocationResponse {
  /** 200 when the handler returned, 500 when it threw. */
  status: number;
  success: boolean;
  body?: unknown;
  /** What the host answered with a 500: the runtime's error, or the tunnel's own. */
  error?: unknown;
}

export interface ForgeHost {
  url: string;
  /** The sandbox process of each handler (`index.resolver`), by process id. */
  sandboxes: Record<string, number>;
  /** Everything the tunnel logged: each invocation and the functions' console output. */
  logs: string[];
  invoke(
    functionKey: string,
    request: InvocationRequest,
    deadlineMs?: number,
  ): Promise<InvocationResponse>;
  close(): Promise<void>;
}

interface HostMessage {
  type: 'ready' | 'log' | 'fatal' | 'sandbox-exit' | 'sandbox-replaced';
  port?: number;
  pid?: number;
  sandboxes?: Record<string, number>;
  message?: string;
  handler?: string;
  code?: number | null;
  signal?: string | null;
}

export async function startForgeHost(
  options: { probe?: boolean; readyDeadlineMs?: number } = {},
): Promise<ForgeHost> {
  requireBundle();
  const child = spawn(
    NODE22,
    [
      HOST_SCRIPT,
      '--bundle',
      BUNDLE_DIR,
      '--manifest',
      path.join(ROOT, 'manifest.yml'),
      ...(options.probe ? ['--probe'] : []),
    ],
    {
      cwd: ROOT,
      // Nothing of jest's environment (no FORGE_USER_VAR_*): variables come with each invocation.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', FORCE_COLOR: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const logs: string[] = [];
  const stderr: string[] = [];
  // Filled when the host is ready; a sandbox stopped at its timeout is replaced by a new process.
  const sandboxes: Record<string, number> = {};
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));

  const ready = new Promise<HostMessage>((resolve, reject) => {
    const deadline = setTimeout(
      () => reject(new Error(`The Forge host did not start in time:\n${stderr.join('')}`)),
      options.readyDeadlineMs ?? 60_000,
    );
    const settle = (action: () => void) => {
      clearTimeout(deadline);
      action();
    };
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const message = parseMessage(line);
      if (message.type === 'ready') settle(() => resolve(message));
      else if (message.type === 'fatal') settle(() => reject(new Error(message.message)));
      else if (message.type === 'sandbox-exit') {
        logs.push(`sandbox ${message.handler} exited (${message.code ?? message.signal})`);
      } else if (message.type === 'sandbox-replaced') {
        if (message.handler && message.pid) sandboxes[message.handler] = message.pid;
        logs.push(`sandbox ${message.handler} replaced after a timeout`);
      } else logs.push(message.message ?? line);
    });
    child.once('exit', (code) =>
      settle(() => reject(new Error(`The Forge host exited (${code}):\n${stderr.join('')}`))),
    );
  });

  let started: HostMessage;
  try {
    started = await ready;
  } catch (error) {
    await stopProcess(child, {});
    throw error;
  }
  const url = `http://127.0.0.1:${started.port}`;
  Object.assign(sandboxes, started.sandboxes ?? {});

  return {
    url,
    sandboxes,
    logs,
    async invoke(functionKey, request, deadlineMs = INVOCATION_DEADLINE_MS) {
      const response = await fetch(`${url}/${functionKey}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(deadlineMs),
      });
      const text = await response.text();
      const answer = (text === '' ? {} : JSON.parse(text)) as {
        success?: boolean;
        body?: unknown;
      };
      return response.ok
        ? { status: response.status, success: answer.success === true, body: answer.body }
        : { status: response.status, success: false, error: answer };
    },
    close: () => stopProcess(child, sandboxes),
  };
}

function parseMessage(line: string): HostMessage {
  try {
    return JSON.parse(line) as HostMessage;
  } catch {
    return { type: 'log', message: line };
  }
}

/** Stops the host, which stops its sandboxes; a host that will not stop is killed, and so are they. */
async function stopProcess(child: ChildProcess, sandboxes: Record<string, number>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  child.kill('SIGTERM');
  let grace: NodeJS.Timeout | undefined;
  const stopped = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((resolve) => (grace = setTimeout(() => resolve(false), 5_000))),
  ]);
  clearTimeout(grace);
  if (stopped) return;
  child.kill('SIGKILL');
  await exited;
  for (const pid of Object.values(sandboxes)) {
    // Only a process that is still one of this host's sandboxes (a pid can be reused).
    const command = readCommandLine(pid);
    if (command.includes('sandbox-runner') && command.includes('__forge__.cjs')) {
      process.kill(pid, 'SIGKILL');
    }
  }
}

function readCommandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}
