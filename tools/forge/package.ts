import path from 'node:path';
import { bundleBackend } from './bundle';

/** The folder `npm run package` writes to: outside src/ and the manifest's resources. */
export const PACKAGE_DIR = path.join(__dirname, '..', '..', 'build', 'forge-bundle');

async function main(): Promise<void> {
  const appDirectory = path.join(__dirname, '..', '..');
  const bundle = await bundleBackend(appDirectory, PACKAGE_DIR);
  console.log(`Forge bundle in ${path.relative(process.cwd(), bundle.outputDir) || '.'}:`);
  for (const file of bundle.files) {
    console.log(`  ${file.name.padEnd(24)} ${(file.bytes / 1024).toFixed(1)} KiB`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
