import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/core/index.js';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('architecture', () => {
  it('keeps src/core free of platform SDKs, drivers, files and network', () => {
    const offenders: string[] = [];
    for (const file of files('src/core')) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/from '([^']+)'/g)) {
        const mod = m[1] as string;
        if (!mod.startsWith('.') && !['i18next', 'minisearch'].includes(mod)) offenders.push(`${file}: ${mod}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has the same keys in every zh and en locale file', () => {
    for (const ns of Object.keys(resources.zh) as Array<keyof typeof resources.zh>) {
      expect(keys(resources.en[ns]).sort(), ns).toEqual(keys(resources.zh[ns]).sort());
    }
  });
});
