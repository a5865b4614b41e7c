/** The dev server serves the certificate office-addin-dev-certs installs (the one Excel trusts), or says how to make it. */
jest.mock('office-addin-dev-certs', () => ({
  getHttpsServerOptions: jest.fn(async () => ({ key: 'the-key', cert: 'the-cert', ca: 'the-ca' })),
}));

const config = require('../webpack.config.js') as (
  env: object,
  argv: object,
) => Promise<{ devServer?: { server: unknown } }>;

const certs = require('office-addin-dev-certs') as { getHttpsServerOptions: jest.Mock };

describe('npm run dev-server', () => {
  // Its message comes from the built locale files, built once for the run by test/support/globalSetup.js.

  it('serves HTTPS with the office-addin-dev-certs certificate', async () => {
    const c = await config({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(c.devServer?.server).toEqual({
      type: 'https',
      options: { key: 'the-key', cert: 'the-cert', ca: 'the-ca' },
    });
  });

  it('says which command to run when the certificate is missing', async () => {
    certs.getHttpsServerOptions.mockRejectedValueOnce(new Error('no certificate'));
    await expect(config({ WEBPACK_SERVE: true }, { mode: 'development' })).rejects.toThrow(
      /npx office-addin-dev-certs install/,
    );
  });

  it('a build needs no certificate', async () => {
    certs.getHttpsServerOptions.mockClear();
    await config({}, { mode: 'production' });
    expect(certs.getHttpsServerOptions).not.toHaveBeenCalled();
  });
});
