/**
 * The page says "spaces" where the contract keeps `project`; the emulator's controls take the
 * page's words. The old names stay accepted, so scripts written against them keep working.
 */
export const SPACE_NAMES = {
  spaceCount: 'projectCount',
  failingSpaces: 'failingProjects',
  hiddenSpaces: 'hiddenProjects',
  excludedSpaces: 'excludedProjects',
} as const;

type SpaceName = keyof typeof SPACE_NAMES;
type OldName = (typeof SPACE_NAMES)[SpaceName];

/**
 * Folds each space name into its old one. Both given with different values is a mistake the
 * caller must hear about: which one was meant cannot be guessed.
 */
export function withOldNames<T extends Partial<Record<SpaceName | OldName, unknown>>>(
  input: T,
): { ok: true; value: Omit<T, SpaceName> } | { ok: false; problem: string } {
  const value: Record<string, unknown> = { ...input };
  for (const [spaceName, oldName] of Object.entries(SPACE_NAMES)) {
    const given = value[spaceName];
    delete value[spaceName];
    if (given === undefined) continue;
    const old = value[oldName];
    if (old !== undefined && old !== given) {
      return {
        ok: false,
        problem: `${spaceName} (${String(given)}) and ${oldName}, its old name, (${String(old)}) differ: give one of them.`,
      };
    }
    value[oldName] = given;
  }
  return { ok: true, value: value as Omit<T, SpaceName> };
}
