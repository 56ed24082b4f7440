import type { DocumentDiff } from './versions.ts';

/** Parses "1.2.3" (a pre-release suffix is dropped). */
function parseVersion(version: string): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version.split('-')[0]!.split('.').map(Number);
  return [major, minor, patch];
}

/** A semantic version as documents carry it: 1.2.0, or 1.2.0-rc.1. */
export const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$/;

/** Orders semantic versions: negative when a comes before b. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/**
 * The version to suggest for "Spara version" after the saved version `current`: by the impact of
 * the changes since (major, minor or patch; a breaking change to a 0.x draft is a minor step). With
 * nothing changed, a 0.x draft is suggested its first release, 1.0.0, and a release a patch (a
 * number never taken). Without a diff (nothing saved yet), the current number.
 */
export function suggestVersion(current: string, diff: DocumentDiff | undefined): string {
  const [major, minor, patch] = parseVersion(current);
  if (!diff) return `${major}.${minor}.${patch}`;
  if (!diff.impact) return major === 0 ? '1.0.0' : `${major}.${minor}.${patch + 1}`;
  if (diff.impact === 'major' && major > 0) return `${major + 1}.0.0`;
  if (diff.impact === 'patch') return `${major}.${minor}.${patch + 1}`;
  return `${major}.${minor + 1}.0`;
}
