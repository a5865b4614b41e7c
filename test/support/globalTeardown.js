// After the run: the LibreOffice profiles the workers kept (test/support/office.py) removed.
const { rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async () => {
  rmSync(join(tmpdir(), `fenjie-lo-${process.env.FENJIE_TEST_RUN}`), { recursive: true, force: true });
};
