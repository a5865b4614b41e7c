// The task pane built for the browser tests: the pane with the recording Excel installed as Office.js.
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
// webpack's own minimizer plugin (a dependency of webpack), with esbuild in place of terser: the harness is
// for tests, and esbuild minifies it in a second where terser took twenty.
const MinimizerPlugin = require('minimizer-webpack-plugin');

module.exports = {
  mode: 'production',
  devtool: false,
  entry: { harness: './test/browser/harness.ts' },
  output: { path: path.resolve(__dirname, 'dist/harness'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true } } }],
  },
  performance: { hints: false },
  optimization: {
    minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.esbuildMinify, minimizerOptions: { charset: 'ascii' } })],
  },
  plugins: [
    new HtmlWebpackPlugin({ filename: 'harness.html', template: './test/browser/harness.html', chunks: ['harness'] }),
    // As in the pane's build: English loaded on demand.
    new webpack.NormalModuleReplacementPlugin(/src[\\/]locales[\\/]index\.ts$/, path.resolve(__dirname, 'src/locales/pane.ts')),
  ],
};
