/** @type {import('jest').Config} */
const tsJest = [
  'ts-jest',
  {
    tsconfig: {
      module: 'commonjs',
      moduleResolution: 'node10',
      jsx: 'react-jsx',
      isolatedModules: true,
    },
  },
];

const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

module.exports = {
  maxWorkers: 2,
  /*
   * A worker that has closed everything it started still needs more than jest's 500 ms to exit
   * when both cores are busy (Chromium closing, the other worker still running): it was being
   * killed mid-exit with "failed to exit gracefully". A worker that leaks a handle never exits,
   * so a longer wait still reports it.
   */
  workerGracefulExitTimeout: 5_000,
  projects: [
    {
      ...common,
      displayName: 'backend',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/backend/**/*.test.ts'],
      setupFilesAfterEnv: [
        '<rootDir>/test/support/budget.ts',
        '<rootDir>/test/support/movedClock.ts',
      ],
    },
    {
      ...common,
      displayName: 'page',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/page/**/*.test.tsx'],
      setupFilesAfterEnv: [
        '<rootDir>/test/support/budget.ts',
        '<rootDir>/test/support/movedClock.ts',
        '<rootDir>/test/page/setup.ts',
      ],
      moduleNameMapper: {
        // Atlaskit components import their compiled .css files; jsdom needs no styles.
        '\\.css$': '<rootDir>/test/page/styleStub.js',
        // Every page test talks to the fake backend in fakeBridge.ts, never to Jira.
        '^@forge/bridge$': '<rootDir>/test/page/fakeBridge.ts',
      },
    },
    {
      ...common,
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/budget.ts'],
    },
  ],
};
