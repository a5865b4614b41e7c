/** `npm run deploy`'s arguments as an admin types them, and the folders it will not empty. */
import { join, resolve } from 'node:path';

const { deployArgs, isDeployIndex } = require('../scripts/deploy-args') as {
  deployArgs: (args: string[], fallback: string) => { given: string; out: string };
  isDeployIndex: (index: unknown) => boolean;
};

describe('npm run deploy -- …', () => {
  it('takes the address alone (the README’s command), or with --out before or after it', () => {
    const fallback = join('dist', 'deploy');
    expect(deployArgs(['https://oa.example.gov.cn/apps/fenjie/'], fallback)).toEqual({
      given: 'https://oa.example.gov.cn/apps/fenjie/',
      out: resolve(fallback),
    });
    expect(deployArgs(['https://h/x/', '--out', 'site'], fallback)).toEqual({
      given: 'https://h/x/',
      out: resolve('site'),
    });
    expect(deployArgs(['--out', 'site', 'https://h/x/'], fallback)).toEqual({
      given: 'https://h/x/',
      out: resolve('site'),
    });
    expect(deployArgs(['https://h/x/', '--out'], fallback)).toEqual({ given: 'https://h/x/', out: '' });
  });

  it('counts a folder as an earlier deploy only by an index.json with its host, version and files', () => {
    expect(isDeployIndex({ host: 'https://h/x', version: '0.1.0.0', files: {} })).toBe(true);
    expect(isDeployIndex({ name: 'something else' })).toBe(false);
    expect(isDeployIndex(undefined)).toBe(false);
  });
});
