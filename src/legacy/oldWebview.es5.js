/*
 * The first script of the pane, in ES5 and without a framework, so every webview Office has used runs it:
 * Internet Explorer 11 (Trident: Office 2016 and 2019 volume licensed) and EdgeHTML (Office 2019 retail on
 * Windows 10) cannot parse the pane's own JavaScript, and would show a blank pane. Here they show a sentence
 * instead, saying what works. The words come from the locale files at build time (ASCII escapes).
 */
(function (root) {
  var WORDS = __WORDS__;

  /** 'trident', 'edgehtml', 'old' (an engine without ES2022), or '' for one that runs the pane. */
  function detect(userAgent, features) {
    var ua = String(userAgent || '');
    if (/Trident\/|MSIE /.test(ua)) return 'trident';
    if (/ Edge\/\d/.test(ua)) return 'edgehtml';
    return features ? '' : 'old';
  }

  /** ES2022's library, present in every engine that parses the pane's syntax (no eval: a strict CSP forbids it). */
  function modern(w) {
    return (
      typeof w.Promise === 'function' &&
      typeof w.Promise.allSettled === 'function' &&
      typeof Array.prototype.at === 'function' &&
      typeof Object.hasOwn === 'function'
    );
  }

  function show(document, words, engine) {
    var box = document.getElementById('container') || document.body;
    if (!box) return;
    box.innerHTML = '';
    var wrap = document.createElement('div');
    wrap.setAttribute('role', 'alert');
    wrap.setAttribute('data-testid', 'old-webview');
    wrap.className = 'old-webview';
    var title = document.createElement('p');
    title.className = 'old-webview-title';
    title.appendChild(document.createTextNode(words.title));
    var body = document.createElement('p');
    body.appendChild(document.createTextNode(words[engine] || words.old));
    var next = document.createElement('p');
    next.appendChild(document.createTextNode(words.what + ' '));
    var link = document.createElement('a');
    link.setAttribute('href', 'help.html#office-builds');
    link.setAttribute('target', '_blank');
    link.appendChild(document.createTextNode(words.help));
    next.appendChild(link);
    wrap.appendChild(title);
    wrap.appendChild(body);
    wrap.appendChild(next);
    box.appendChild(wrap);
  }

  function wordsFor(language) {
    return /^en/i.test(String(language || '')) ? WORDS['en-US'] : WORDS['zh-CN'];
  }

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = { detect: detect, modern: modern, show: show, wordsFor: wordsFor };
    return;
  }
  var engine = detect(root.navigator && root.navigator.userAgent, modern(root));
  if (!engine) return;
  // The bundle, if this engine parses it at all, sees this and stays out.
  root.fenjieTooOld = engine;
  var words = wordsFor(root.navigator && (root.navigator.language || root.navigator.userLanguage));
  var run = function () {
    show(root.document, words, engine);
  };
  if (root.document.readyState === 'loading') root.document.addEventListener('DOMContentLoaded', run);
  else run();
})(this);
