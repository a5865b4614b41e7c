const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

// Where the pane loads office.js from: Microsoft's CDN by default; OFFICE_JS=local copies the @microsoft/office-js
// package into the build (an intranet without the CDN); OFFICE_JS_URL=https://intranet/office/office.js for a
// copy the bureau serves itself.
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const local = process.env.OFFICE_JS === 'local';
const officeJs = local ? 'office/office.js' : process.env.OFFICE_JS_URL || CDN;
// A deployable folder (npm run deploy) names its bundles by their content, so a webview never keeps old code.
const hashed = process.env.FENJIE_HASH === '1';
const { asciiHtml, legacyScript } = require('./scripts/legacy-webview');
// The pages' titles from the locale files, in the product's first language (the pane then speaks the user's).
const { messages } = require('./dist/locales');
const words = messages('zh-CN').pane;
const { officeFilesFilter } = require('./scripts/office-files');

/** The first script, in ES5: an old webview (IE 11, EdgeHTML) shows a sentence instead of a blank pane. */
const legacy = legacyScript();
const legacyName = hashed
  ? `oldWebview.${require('crypto').createHash('sha256').update(legacy).digest('hex').slice(0, 8)}.js`
  : 'oldWebview.js';

/** Emits the ES5 script, and writes every page as ASCII: a server that says charset=GBK cannot garble them. */
class PanePagesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PanePagesPlugin', (compilation) => {
      const { RawSource } = compiler.webpack.sources;
      compilation.hooks.processAssets.tap(
        { name: 'PanePagesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => compilation.emitAsset(legacyName, new RawSource(legacy), { minimized: true }),
      );
      // After the minimizers, which would turn the references back into characters.
      compilation.hooks.processAssets.tap(
        { name: 'PanePagesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        (assets) => {
          for (const name of Object.keys(assets))
            if (name.endsWith('.html'))
              compilation.updateAsset(name, new RawSource(asciiHtml(assets[name].source().toString())));
        },
      );
    });
  }
}

/**
 * The dev server serves HTTPS with the certificate `office-addin-dev-certs` installs and Excel trusts; without
 * it, Excel would refuse webpack's own self-signed one. Missing: say which command makes it.
 */
const httpsOptions = async () => {
  try {
    return await require('office-addin-dev-certs').getHttpsServerOptions();
  } catch (e) {
    // In the language of the command line (FENJIE_LANG, else Chinese), from the built locale files.
    const { fill, messages } = require('./dist/locales');
    const { scriptLocale } = require('./dist/cli/lang');
    const t = messages(scriptLocale(process.env.FENJIE_LANG)).tools;
    throw new Error(fill(t.devCertificate, { reason: e && e.message }));
  }
};

module.exports = async (env, argv) => ({
  devtool: argv.mode === 'production' ? false : 'source-map',
  entry: {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
  },
  output: {
    path: path.resolve(__dirname, 'dist/web'),
    filename: hashed ? '[name].[contenthash:8].js' : '[name].js',
    chunkFilename: hashed ? '[name].[contenthash:8].js' : '[name].js',
    clean: true,
  },
  // Every character outside ASCII as \u escapes: the scripts read right whatever charset the server says.
  optimization: { minimizeOptions: { javascript: { compress: { passes: 2 }, format: { ascii_only: true } } } },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true } } },
      // The core is pure (lint keeps it so): what the pane does not use of it stays out of the first load.
      { test: /[\\/]src[\\/](core|host)[\\/]/, sideEffects: false },
    ],
  },
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], officeJs, legacyJs: legacyName, page: 'pane', title: words.title }),
    // The workbench on its own: the same pane over workbook files, without office.js (npm run app).
    new HtmlWebpackPlugin({ filename: 'app.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], officeJs: '', legacyJs: legacyName, page: 'workbench', title: words.workbench.title }),
    new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], officeJs }),
    new PanePagesPlugin(),
    // The pane's locales: Chinese at once, English on demand (src/locales/pane.ts for index.ts).
    new webpack.NormalModuleReplacementPlugin(/src[\\/]locales[\\/]index\.ts$/, path.resolve(__dirname, 'src/locales/pane.ts')),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets', to: 'assets' },
        { from: 'manifest.xml', to: 'manifest.xml' },
        { from: 'src/help/help.html', to: 'help.html' },
        { from: 'src/help/help.css', to: 'help.css' },
        // What Excel's pane needs of the package (office.js, Excel's host files, the strings of each language):
        // not the debug builds, the other hosts' files, the telemetry or the type definitions.
        ...(local
          ? [{ from: path.dirname(require.resolve('@microsoft/office-js/dist/office.js')), to: 'office', info: { minimized: true }, filter: officeFilesFilter }]
          : []),
      ],
    }),
  ],
  devServer: env && env.WEBPACK_SERVE
    ? {
        static: path.resolve(__dirname, 'dist/web'),
        port: 3000,
        server: { type: 'https', options: await httpsOptions() },
        headers: { 'Access-Control-Allow-Origin': '*' },
      }
    : undefined,
});
