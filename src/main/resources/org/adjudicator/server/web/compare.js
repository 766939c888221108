// Two regulation sets side by side: the scenario (with the page's edits) under the set it names and
// under another, each as the report, with what differs marked, and the differences in the words of
// `impact`. The page's state is read through window.workspace (app.js).

import { lang, t as say } from './i18n.js';

/** The words of this panel, from the message bundles (page.compare.*), in the page's language. */
function t(key, ...args) {
  return say('page.compare.' + key, ...args);
}

function element(tag, attributes, ...children) {
  const e = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([k, v]) => e.setAttribute(k, v));
  e.append(...children);
  return e;
}

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(answer.error || ('HTTP ' + response.status));
  return answer;
}

function side(title, answer) {
  const body = element('div', { class: 'report-body' });
  body.innerHTML = answer.html;
  // The page's own report keeps its ids: the copies here have none.
  body.querySelectorAll('[id]').forEach((e) => e.removeAttribute('id'));
  const champion = answer.champion ? t('champion', answer.champion) : t('noChampion');
  return element('div', { class: 'compare-side', 'data-rules': answer.rules },
    element('h2', {}, title), element('p', { class: 'champion' }, champion), body);
}

async function compare(select, button) {
  const state = window.workspace;
  if (!state) return;
  const error = document.getElementById('error');
  button.disabled = true;
  button.textContent = t('busy');
  try {
    const request = state.request();
    const body = { scenario: request.scenario, edits: request.edits, other: select.value, lang: lang() };
    const answer = await post('/api/compare', body);
    let view = document.getElementById('compare-view');
    if (!view) {
      view = element('section', { id: 'compare-view', class: 'compare-view', 'data-compare': '' });
      document.body.append(view);
    }
    const close = element('button', { type: 'button', class: 'compare-close' }, t('close'));
    close.addEventListener('click', () => view.remove());
    const list = element('ul', { class: 'compare-changes' },
      ...answer.changes.map((c) => element('li', { class: 'change ' + c.kind }, c.sentence)));
    const summary = answer.differences === 0 ? t('none') : t('count', answer.differences, answer.left.rules, answer.right.rules);
    view.replaceChildren(
      element('header', { class: 'compare-head' }, element('h2', {}, t('panel')), close),
      element('p', { class: 'compare-summary' }, summary), list,
      element('div', { class: 'compare-sides' }, side(t('own', answer.left.rules), answer.left), side(t('other', answer.right.rules), answer.right)));
    view.scrollIntoView();
    if (error) error.hidden = true;
  } catch (e) {
    if (error) {
      error.textContent = e.message;
      error.hidden = false;
    }
  } finally {
    button.disabled = false;
    button.textContent = t('compare');
  }
}

async function install() {
  const side = document.querySelector('aside.side');
  if (!side) return;
  const select = element('select', { id: 'compare-set', 'aria-label': t('set') });
  const button = element('button', { type: 'submit', id: 'compare-button' }, t('compare'));
  const form = element('form', { id: 'compare-form', class: 'row' }, select, button);
  const heading = element('h2', {}, t('panel'));
  const hint = element('p', { class: 'hint' }, t('hint'));
  side.append(element('section', { class: 'panel', id: 'compare-panel' }, heading, hint, form));
  // The page's language may be set (or switched) after this panel is made: say it again then.
  new MutationObserver(() => {
    heading.textContent = t('panel');
    hint.textContent = t('hint');
    select.setAttribute('aria-label', t('set'));
    if (!button.disabled) button.textContent = t('compare');
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  const sets = await (await fetch('/api/sets')).json();
  select.replaceChildren(...sets.sets.map((s) => element('option', { value: s }, s)));
  const proposal = sets.sets.find((s) => /proposal/.test(s));
  if (proposal) select.value = proposal;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    compare(select, button);
  });
}

install();
