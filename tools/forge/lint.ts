import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigFile, FileSystemReader, FileSystemWriter } from '@forge/cli-shared';
import { lint, parseSourceFile, problemCount, type LintConfig } from '@forge/lint';
import { parse } from 'yaml';

type Manifest = Parameters<typeof lint>[1];
type LintLogger = Parameters<typeof lint>[3];
type LintResults = Awaited<ReturnType<typeof lint>>;

/**
 * The permission linter checks each Jira route the code calls against Atlassian's published
 * API specs, which it downloads. Offline it reads this excerpt instead: the routes the app calls
 * with the scopes Atlassian documents for them. The other products' specs are empty.
 */
const LOCAL_SPECS = path.join(__dirname, 'lint');
const SPEC_VARIABLES = {
  USE_LOCAL_SWAGGER: '1',
  LOCAL_JIRA_SWAGGER: path.join(LOCAL_SPECS, 'jira-routes.json'),
  LOCAL_JSM_SWAGGER: path.join(LOCAL_SPECS, 'no-routes.json'),
  LOCAL_JSW_SWAGGER: path.join(LOCAL_SPECS, 'no-routes.json'),
  LOCAL_CONF_SWAGGER: path.join(LOCAL_SPECS, 'no-routes.json'),
  LOCAL_CONF_V2_SWAGGER: path.join(LOCAL_SPECS, 'no-routes.json'),
  LOCAL_BB_SWAGGER: path.join(LOCAL_SPECS, 'no-routes.json'),
};

/** What a run reports, without the linter's own result objects: what crosses a process boundary. */
export type ForgeLintSummary = Omit<ForgeLintRun, 'results'>;

export interface ForgeLintRun {
  /** Every file under src/, as `forge lint` lists them. */
  files: string[];
  /** The files Forge's linter actually parsed (it skips TypeScript its tsconfig does not include). */
  parsed: string[];
  results: LintResults;
  errors: number;
  warnings: number;
  /** What `forge lint` would print. */
  report: string[];
}

export async function readManifest(appDirectory: string): Promise<Manifest> {
  return inDirectory(appDirectory, () =>
    new ConfigFile(new FileSystemReader(), new FileSystemWriter()).readConfig(),
  );
}

/**
 * `forge lint` as `forge lint` and `forge tunnel` run it before anything reaches Atlassian:
 * Forge's client-side linters over every file under src/, with the app's tsconfig.json.
 */
export async function runForgeLint(
  appDirectory: string,
  manifest?: Manifest,
): Promise<ForgeLintRun> {
  return inDirectory(appDirectory, async () => {
    const reader = new FileSystemReader();
    const files = await reader.recursiveReadDir('src', ['node_modules']);
    const parsed: string[] = [];
    const report: string[] = [];
    const logger: LintLogger = { info: (message) => report.push(message) };
    const config: LintConfig = {
      linter: { mode: 'client-side' },
      parseFunction: async (filepath, parser, readFile) => {
        const input = await parseSourceFile(filepath, parser, readFile);
        parsed.push(filepath);
        return input;
      },
    };
    const previous = setVariables(SPEC_VARIABLES);
    try {
      const results = await lint(
        files,
        manifest ?? (await readManifest(appDirectory)),
        'development',
        logger,
        { getDeprecatedRuntimes: async () => [] } as unknown as Parameters<typeof lint>[4],
        config,
      );
      const { errors, warnings } = problemCount(results);
      for (const result of results) {
        for (const problem of [...result.errors, ...result.warnings]) {
          report.push(`${result.file}:${problem.line}:${problem.column} ${problem.message}`);
        }
      }
      return { files, parsed, results, errors, warnings, report };
    } finally {
      setVariables(previous);
    }
  });
}

function setVariables(
  values: Record<string, string | undefined>,
): Record<string, string | undefined> {
  const previous: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(values)) {
    previous[name] = process.env[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  return previous;
}

/** Forge's tools read the manifest and tsconfig.json from the working directory. */
async function inDirectory<T>(directory: string, work: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(directory);
  try {
    return await work();
  } finally {
    process.chdir(previous);
  }
}

/**
 * `tsx tools/forge/lint.ts [--manifest FILE ...]` lints with the app's manifest and then with each
 * manifest named, in one process (the linter's TypeScript programs are built once), prints the
 * summaries as a JSON array and exits non-zero on any problem. Tests run it as a child process:
 * those programs keep file watchers open that would hold a test worker alive.
 */
async function main(): Promise<void> {
  const appDirectory = path.join(__dirname, '..', '..');
  const manifestFiles = process.argv.flatMap((arg, index, args) =>
    args[index - 1] === '--manifest' ? [arg] : [],
  );
  const manifests = [
    undefined,
    ...manifestFiles.map((file) => parse(readFileSync(file, 'utf8')) as Manifest),
  ];
  const summaries: ForgeLintSummary[] = [];
  for (const manifest of manifests) {
    const { results: _results, ...summary } = await runForgeLint(appDirectory, manifest);
    summaries.push(summary);
  }
  process.stdout.write(`${JSON.stringify(summaries)}\n`);
  const problems = summaries.reduce((sum, summary) => sum + summary.errors + summary.warnings, 0);
  process.exit(problems === 0 ? 0 : 1);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  });
}
