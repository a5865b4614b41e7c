/* eslint-disable */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

// Where the pane loads office.js from: Microsoft's CDN by default; OFFICE_JS=local copies the @microsoft/office-js
// package into the build (an intranet without the CDN); OFFICE_JS_URL=https://intranet/office/office.js for a
// copy the bureau serves itself.
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const local = process.env.OFFICE_JS === 'local';
const officeJs = local ? 'office/office.js' : process.env.OFFICE_JS_URL || CDN;

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
  output: { path: path.resolve(__dirname, 'dist/web'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json' } } }],
  },
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], officeJs }),
    new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], officeJs }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets', to: 'assets' },
        { from: 'manifest.xml', to: 'manifest.xml' },
        { from: 'src/help/help.html', to: 'help.html' },
        ...(local ? [{ from: path.dirname(require.resolve('@microsoft/office-js/dist/office.js')), to: 'office', info: { minimized: true } }] : []),
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
