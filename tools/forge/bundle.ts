import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getEntryPoints, getNodeBundler } from '@forge/bundler';
import { ConfigFile, FileSystemReader, FileSystemWriter, type Logger } from '@forge/cli-shared';

type WrapperProvider = Parameters<typeof getNodeBundler>[1];

const RUNTIME_DIR = path.join(__dirname, 'runtime');
const STAND_IN_VERSION = 'local-stand-in';

/** The files of a bundle that Forge uploads, with their sizes. */
export interface BackendBundle {
  outputDir: string;
  files: { name: string; bytes: number }[];
  /** The function code: every `.cjs` file but the runtime's, lazily loaded chunks included. */
  codeBytes: number;
  messages: string[];
}

export class BundlerWarnings extends Error {
  constructor(readonly warnings: string[]) {
    super(`Forge's bundler warned:\n${warnings.join('\n')}`);
    this.name = 'BundlerWarnings';
  }
}

/**
 * Offline, the runtime wrapper and loader that `forge deploy` downloads from Atlassian's CDN are
 * replaced by the stand-ins in ./runtime; everything else is Forge's own bundler.
 */
const standInRuntime: WrapperProvider = {
  getNodeRuntimeWrapper: () => runtimeScript('wrapper.cjs'),
  getNodeRuntimeLoader: () => runtimeScript('loader.cjs'),
};

async function runtimeScript(file: string) {
  const source = path.join(RUNTIME_DIR, file);
  return { script: await readFile(source, 'utf8'), source, version: STAND_IN_VERSION };
}

function collectingLogger(messages: string[], warnings: string[]): Logger {
  return {
    traceEnabled: false,
    debugEnabled: false,
    trace: () => undefined,
    debug: () => undefined,
    info: (message) => messages.push(message),
    warn: (message) => warnings.push(message),
    error: (error) => warnings.push(error.message),
  };
}

/**
 * Bundles the app in `appDirectory` the way `forge deploy` does (the manifest's handlers, the
 * app's own tsconfig.json) and copies the result to `outDir`. Any bundler warning is an error.
 * Forge's bundler resolves the manifest and sources from the working directory, so this changes
 * it for the duration: call it from a process of its own.
 */
export async function bundleBackend(appDirectory: string, outDir: string): Promise<BackendBundle> {
  const previousDirectory = process.cwd();
  process.chdir(appDirectory);
  try {
    const messages: string[] = [];
    const warnings: string[] = [];
    const logger = collectingLogger(messages, warnings);
    const configFile = new ConfigFile(new FileSystemReader(), new FileSystemWriter());
    const entryPoints = getEntryPoints(await configFile.getAppHandlers());
    const bundler = getNodeBundler(logger, standInRuntime, configFile);
    const output = await bundler.bundle({ appDirectory, entryPoints });
    if (warnings.length > 0) throw new BundlerWarnings(warnings);

    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    await cp(output.outputDir, outDir, { recursive: true });
    await rm(output.outputDir, { recursive: true, force: true });
    for (const [name, content] of output.additionalOutputs ?? new Map()) {
      await mkdir(path.dirname(path.join(outDir, name)), { recursive: true });
      await writeFile(path.join(outDir, name), content);
    }
    const runtimeFiles = new Set(['__forge__.cjs', '__forge_wrapper__.cjs']);
    const files = await Promise.all(
      (await readdir(outDir))
        .filter((name) => name.endsWith('.cjs'))
        .sort()
        .map(async (name) => ({ name, bytes: (await stat(path.join(outDir, name))).size })),
    );
    const codeBytes = files
      .filter((file) => !runtimeFiles.has(file.name))
      .reduce((sum, file) => sum + file.bytes, 0);
    return { outputDir: outDir, files, codeBytes, messages };
  } finally {
    process.chdir(previousDirectory);
  }
}
