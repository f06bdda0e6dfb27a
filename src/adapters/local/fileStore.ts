import {
  closeSync,
  fchmodSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Clock } from '../../ports/clock';
import type { Store } from '../../ports/store';

type Entries = Record<string, { value: unknown; expiresAt?: number }>;

/**
 * A Store for the local host and the tests: in memory, optionally kept in two JSON files (plain
 * and secret) under a folder, written atomically after each change. Values are copied in and
 * out, as kvs does, so callers never share objects with the store.
 */
export class LocalStore implements Store {
  private readonly plain: Entries;
  private readonly secrets: Entries;

  /**
   * `expiredReadableForMs`: how long an expired key stays readable, and refuses FAIL_IF_EXISTS,
   * before it is deleted. kvs takes up to 48 hours; the tests of locks use that.
   */
  constructor(
    private readonly folder?: string,
    private readonly clock: Clock = { now: () => new Date() },
    private readonly expiredReadableForMs = 0,
  ) {
    this.plain = folder ? load(join(folder, 'store.json')) : {};
    this.secrets = folder ? load(join(folder, 'secrets.json')) : {};
  }

  async get<T>(key: string) {
    return this.read<T>(this.plain, key);
  }
  async set<T>(key: string, value: T) {
    this.write(this.plain, key, value);
  }
  async delete(key: string) {
    delete this.plain[key];
    this.persist();
  }
  async setIfAbsent<T>(key: string, value: T, ttlSeconds: number) {
    if (this.read(this.plain, key) !== undefined) return false;
    this.write(this.plain, key, value, this.clock.now().getTime() + ttlSeconds * 1000);
    return true;
  }
  async getWithExpiry<T>(key: string) {
    const value = this.read<T>(this.plain, key);
    if (value === undefined) return undefined;
    const expiresAt = this.plain[key]?.expiresAt;
    return { value, expired: expiresAt !== undefined && expiresAt <= this.clock.now().getTime() };
  }
  async replace<T>(key: string, value: T, ttlSeconds: number) {
    const previous = this.read<T>(this.plain, key);
    this.write(this.plain, key, value, this.clock.now().getTime() + ttlSeconds * 1000);
    return previous;
  }
  async list<T>(prefix: string, limit: number) {
    return Object.keys(this.plain)
      .filter((key) => key.startsWith(prefix) && this.read(this.plain, key) !== undefined)
      .sort()
      .slice(0, limit)
      .map((key) => ({ key, value: this.read<T>(this.plain, key) as T }));
  }
  async getSecret<T>(key: string) {
    return this.read<T>(this.secrets, key);
  }
  async setSecret<T>(key: string, value: T) {
    this.write(this.secrets, key, value);
  }
  async deleteSecret(key: string) {
    delete this.secrets[key];
    this.persist();
  }

  /** Everything stored outside secrets, as kvs would hold it: for tests that search it. */
  plainDump(): string {
    return JSON.stringify(this.plain);
  }
  secretDump(): string {
    return JSON.stringify(this.secrets);
  }

  private read<T>(entries: Entries, key: string): T | undefined {
    const entry = entries[key];
    if (!entry) return undefined;
    // As kvs: an expired key is deleted late, and read as it is until then.
    const deletedAt = (entry.expiresAt ?? Number.POSITIVE_INFINITY) + this.expiredReadableForMs;
    if (deletedAt <= this.clock.now().getTime()) {
      delete entries[key];
      return undefined;
    }
    return structuredClone(entry.value) as T;
  }

  private write(entries: Entries, key: string, value: unknown, expiresAt?: number) {
    if (value === null || value === undefined) throw new Error('A store cannot hold null');
    entries[key] = {
      value: JSON.parse(JSON.stringify(value)),
      ...(expiresAt === undefined ? {} : { expiresAt }),
    };
    this.persist();
  }

  private persist() {
    if (!this.folder) return;
    save(join(this.folder, 'store.json'), this.plain);
    save(join(this.folder, 'secrets.json'), this.secrets);
  }
}

function load(file: string): Entries {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Entries;
  } catch {
    return {};
  }
}

/**
 * Both files hold what kvs would (the secrets file the GitProtect session): the developer alone
 * may read them, and the folder. The temp file is made private before it is written, also when a
 * crashed run left one behind (open's mode applies only to a file it creates); the rename then
 * replaces a file an older version left readable by all.
 */
function save(file: string, entries: Entries) {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    fchmodSync(fd, 0o600);
    writeFileSync(fd, JSON.stringify(entries, null, 1));
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}
