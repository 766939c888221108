// The page's words in the official's language (Spanish or English). The words are the server's
// message bundles (GET /api/words?lang=es: the keys of their workspace sections), so the page and
// the reports say a thing the same way, and a key missing in one language fails MessagesTest.
// The language: the one chosen on the page (remembered in this browser), else the browser's own
// (its Accept-Language, as navigator.languages gives it), else English.
//
//   import { t } from './i18n.js';   t('page.champion', 'Binacional')  ->  "Campeón: Binacional"
//
// In index.html, data-i18n="key" gives an element's text, data-i18n-placeholder, data-i18n-title
// and data-i18n-label its placeholder, title and aria-label.

const REMEMBERED = 'adjudicator.lang';
const LANGUAGES = ['es', 'en'];

let words = {};
let current = 'en';

/** "es" or "en": the language the page is in; every API request carries it as its lang. */
export function lang() {
  return current;
}

/** The text of key in the page's language, {0}, {1}... replaced by args (a key without words: the key). */
export function t(key, ...args) {
  const template = words[key];
  if (template === undefined) return key;
  return template.replace(/\{(\d+)\}/g, (all, n) => (Number(n) < args.length ? String(args[Number(n)]) : all))
    .replace(/''/g, "'");
}

/** The language to start in: the one chosen before on this browser, else the browser's, else English. */
export function startLanguage() {
  let kept = null;
  try {
    kept = localStorage.getItem(REMEMBERED);
  } catch (e) {
    // storage refused (a private window): the browser's language
  }
  if (LANGUAGES.includes(kept)) return kept;
  for (const tag of navigator.languages || [navigator.language || '']) {
    const found = LANGUAGES.find((l) => tag.toLowerCase().startsWith(l));
    if (found) return found;
  }
  return 'en';
}

/** Loads the words of a language and says the page in it; remembered when the official chose it. */
export async function use(language, chosen) {
  const response = await fetch('/api/words?lang=' + encodeURIComponent(language));
  if (!response.ok) throw new Error('HTTP ' + response.status);
  words = (await response.json()).words;
  current = language;
  if (chosen) {
    try {
      localStorage.setItem(REMEMBERED, language);
    } catch (e) {
      // not remembered; the page is in it all the same
    }
  }
  document.documentElement.lang = language;
  translate(document);
}

/** Says every marked element under root in the page's language. */
export function translate(root) {
  root.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((e) => { e.placeholder = t(e.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-title]').forEach((e) => { e.title = t(e.dataset.i18nTitle); });
  root.querySelectorAll('[data-i18n-label]').forEach((e) => e.setAttribute('aria-label', t(e.dataset.i18nLabel)));
  root.querySelectorAll('[data-lang]').forEach((e) => e.setAttribute('aria-pressed', String(e.dataset.lang === current)));
}
