// The pane's first script (src/legacy/oldWebview.es5.js) with the words of both locales put in as ASCII
// escapes, so a server that says charset=GBK cannot garble it. Used by webpack and by the tests.
'use strict';
const fs = require('fs');
const path = require('path');

/** JSON with every character outside ASCII as \uXXXX. */
const asciiJson = (value) =>
  JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

const legacyScript = () => {
  const { messages } = require('../dist/locales');
  const words = { 'zh-CN': messages('zh-CN').pane.oldWebview, 'en-US': messages('en-US').pane.oldWebview };
  const source = fs.readFileSync(path.join(__dirname, '..', 'src', 'legacy', 'oldWebview.es5.js'), 'utf8');
  return source.replace('__WORDS__', asciiJson(words));
};

/** An HTML page with every character outside ASCII as a numeric reference: readable whatever charset it is served with. */
const asciiHtml = (html) => html.replace(/[^\x00-\x7e]/gu, (c) => `&#x${c.codePointAt(0).toString(16)};`);

module.exports = { asciiHtml, asciiJson, legacyScript };
