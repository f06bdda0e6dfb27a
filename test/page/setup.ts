import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

/*
 * These tests render Atlaskit in jsdom and load the page's code-split parts as they open: CPU
 * work that takes a second on an idle machine and several times that on a shared 2-core one,
 * more so with a cold transform cache. They wait for what the viewer would see (findBy /
 * waitFor), never for a fixed time, so a generous budget only decides how long a real failure
 * takes to report: 15 s for anything to appear (a whole test's is in test/support/budget.ts).
 */
configure({ asyncUtilTimeout: 15_000 });

/**
 * Warnings from inside Atlaskit that say nothing about this page, silenced so that a warning
 * the page causes stands out:
 * - its feature-gate client, which only Atlassian's own hosts initialise (the components fall
 *   back to their defaults, which is what the tests exercise);
 * - React 18.3 on the modal's scroll lock (defaultProps) and on the dynamic table's head
 *   (UNSAFE_ lifecycles, reported under StrictMode).
 */
function isAtlaskitNoise(args: unknown[]): boolean {
  if (args.some((arg) => typeof arg === 'object' && arg !== null && 'gateName' in arg)) {
    return true;
  }
  const text = args.map(String).join(' ');
  return (
    text.includes('checking the feature gate') ||
    (text.includes('Support for defaultProps will be removed') && text.includes('LockToggle')) ||
    (/UNSAFE_componentWill\w+ in strict mode/.test(text) && text.includes('TableHead'))
  );
}

const consoleError = console.error;
const consoleWarn = console.warn;
console.error = (...args: unknown[]) => {
  if (!isAtlaskitNoise(args)) consoleError(...args);
};
console.warn = (...args: unknown[]) => {
  if (!isAtlaskitNoise(args)) consoleWarn(...args);
};
