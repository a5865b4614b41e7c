/**
 * The Node version package.json declares is one every installed package supports: a bureau's build machine
 * on the oldest Node we name gets no package that refuses it (npm's EBADENGINE), and neither does this one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const root = join(__dirname, '..');
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const declared: string = read('package.json').engines.node;
const lock = read('package-lock.json') as {
  packages: Record<string, { engines?: { node?: string } | string[]; os?: string[]; optional?: boolean }>;
};

/** Each installed package with the Node versions it declares. */
const installed = Object.entries(lock.packages)
  .filter(([path, p]) => path !== '' && !Array.isArray(p.engines) && p.engines?.node !== undefined)
  .map(([path, p]) => ({
    name: path.replace(/^.*node_modules\//, ''),
    node: (p.engines as { node: string }).node,
  }));

describe('the Node version the project declares', () => {
  it('is a range with a lowest version', () => {
    expect(semver.minVersion(declared)).not.toBeNull();
  });

  it.each([
    ['the lowest declared', semver.minVersion(declared)!.version],
    ['this machine’s', process.versions.node],
  ])('is supported by every installed package, on %s Node (%s)', (_, version) => {
    expect(installed.length).toBeGreaterThan(50);
    const refusing = installed
      .filter((p) => !semver.satisfies(version, p.node))
      .map((p) => `${p.name} ${p.node}`);
    expect(refusing).toEqual([]);
  });

  it('is what this machine runs', () => {
    expect(semver.satisfies(process.versions.node, declared)).toBe(true);
  });
});
