// The files of the @microsoft/office-js package an Excel task pane loads: office.js, Excel's host scripts
// (16.00/16.01, and their -core parts, for Windows, Mac, the web, iPad, Android, WinRT), each language's
// office_strings.js, the error pages and the Promise polyfill. Left out: the .debug.js builds, Word,
// PowerPoint, Outlook, OneNote, Access, Project and Visio, the telemetry, custom functions, the type files.
'use strict';
const path = require('path');

const KEEP = [
  /^office\.js$/,
  /^o15apptofilemappingtable\.js$/,
  /^es6-promise\.js$/,
  /^excel-(win32|web|mac|ios|android|winrt)-16\.0\d(-core)?\.js$/,
  /^[a-z]{2,3}(-[a-z0-9]{2,4}){1,2}\/office_strings\.js$/,
  /^agaveerrorux\/.+\.(html|js|css|png|gif|svg)$/,
];

const officeDir = () => path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/** For CopyWebpackPlugin's `filter`: an absolute path from the package's dist/ folder. */
const officeFilesFilter = (absolute) => {
  const rel = path.relative(officeDir(), absolute).split(path.sep).join('/');
  return !/\.debug\./.test(rel) && KEEP.some((re) => re.test(rel));
};

module.exports = { officeFilesFilter };
