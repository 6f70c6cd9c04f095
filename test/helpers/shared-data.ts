// Where the real customer files of ../shared/data are: beside the checkout, or beside the local checkout this one
// was cloned from (`git clone . /tmp/x`), or where SHARED_DATA says. Tests name a file with sharedFile().

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

function find(): string {
  if (process.env.SHARED_DATA) return resolve(process.env.SHARED_DATA);
  const beside = resolve('../shared/data');
  if (existsSync(beside)) return beside;
  try {
    const origin = execFileSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const there = resolve(origin, '../shared/data');
    if (existsSync(there)) return there;
  } catch { /* not a clone of a local checkout */ }
  return beside; // missing: the tests fail on this path
}

export const SHARED_DATA = find();
export const sharedFile = (name: string): string => join(SHARED_DATA, name);
