import '@testing-library/jest-dom';

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
