// `npm run app`: the workbench served from the build's own folder (dist/web) on 127.0.0.1, for a planner on
// WPS or a 信创 machine to open in the browser. Nothing is fetched from anywhere else. Speaks as the command
// line does (FENJIE_LANG, else Chinese). FENJIE_PORT chooses the port (default 8080; 0 for any free one).
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { fill, messages } = require('../dist/locales');
const { scriptLocale } = require('../dist/cli/lang');

const t = messages(scriptLocale(process.env.FENJIE_LANG)).tools.app;
const root = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist', 'web'));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'text/xml; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};
if (!fs.existsSync(path.join(root, 'app.html'))) {
  process.stderr.write(`${fill(t.notBuilt, { path: root })}\n`);
  process.exit(2);
}
/** The file a request names, only if it lies inside the served folder once links are followed. */
const servedFile = (url) => {
  let wanted;
  try {
    wanted = decodeURIComponent((url || '/').split('?')[0]);
  } catch {
    return undefined;
  }
  try {
    const file = fs.realpathSync(path.join(root, wanted === '/' ? 'app.html' : wanted));
    const inside = path.relative(realRoot, file);
    // A sibling folder (dist/webSECRET) starts with the same letters: compare by path, not by prefix.
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
    return fs.statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
};
const realRoot = fs.realpathSync(root);
const server = http.createServer((req, res) => {
  const file = servedFile(req.url);
  if (file === undefined) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
    'Content-Security-Policy':
      "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'",
    'Cache-Control': 'no-cache',
  });
  fs.createReadStream(file).pipe(res);
});
server.listen(Number(process.env.FENJIE_PORT ?? 8080), '127.0.0.1', () => {
  process.stdout.write(
    `${fill(t.serving, { url: `http://127.0.0.1:${server.address().port}/app.html`, path: root })}\n`,
  );
});
