// A hearing an official can keep: a reason beside each edit of the Changes list, and a button that
// downloads the record of the hearing (the edits, the reasons, what they changed, the competition
// as edited) as one HTML document with its print style (print it to PDF). The edits are read
// through window.workspace (app.js); the reasons stay on this page until the record is made.

import { lang, t as say } from './i18n.js';

/** The words of the record's button and reasons, from the message bundles (page.hearing.*), in the page's language. */
function t(key) {
  return say('page.hearing.' + key);
}

/** The reasons entered, by edit (the edit's kind and content, without its reason). */
const reasons = new Map();

function editsInOrder(edits) {
  return [
    ...edits.matches.map((e) => ['matches', e]),
    ...edits.sanctions.map((e) => ['sanctions', e]),
    ...edits.withdrawals.map((e) => ['withdrawals', e]),
  ];
}

function key(kind, edit) {
  const copy = Object.assign({}, edit);
  delete copy.reason;
  return kind + ' ' + JSON.stringify(copy);
}

/** After each rendering of the Changes list: a reason field on each edit's line. */
function addReasonFields() {
  const list = document.getElementById('edits');
  if (!list || !window.workspace) return;
  const edits = editsInOrder(window.workspace.request().edits);
  [...list.children].forEach((li, i) => {
    if (i >= edits.length || li.querySelector('input.reason')) return;
    const k = key(...edits[i]);
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'reason';
    input.placeholder = t('reason');
    input.setAttribute('aria-label', t('reason'));
    input.value = reasons.get(k) || '';
    input.addEventListener('input', () => reasons.set(k, input.value));
    li.append(' ', input);
  });
}

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/html' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function record(button) {
  const request = window.workspace.request();
  // One reason an edit, in the order of the edits; the edits themselves are sent as they are.
  const list = editsInOrder(request.edits).map(([kind, edit]) => (reasons.get(key(kind, edit)) || '').trim() || null);
  const body = Object.assign({}, request, { reasons: list, lang: lang() });
  const error = document.getElementById('error');
  button.disabled = true;
  button.textContent = t('busy');
  try {
    const response = await fetch('/api/hearing', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error((await response.json()).error || ('HTTP ' + response.status));
    const base = request.scenario.replace(/^.*\//, '').replace(/\.(ya?ml|json)$/i, '');
    download(base + '-hearing.html', await response.text());
  } catch (e) {
    if (error) {
      error.textContent = e.message;
      error.hidden = false;
    }
  } finally {
    button.disabled = false;
    button.textContent = t('button');
  }
}

function install() {
  const after = document.getElementById('download-report');
  const list = document.getElementById('edits');
  if (!after || !list) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'download-hearing';
  button.textContent = t('button');
  button.addEventListener('click', () => record(button));
  after.after(button);
  new MutationObserver(addReasonFields).observe(list, { childList: true });
  // The page's language may be set (or switched) after the button is made: say it again then.
  new MutationObserver(() => {
    if (!button.disabled) button.textContent = t('button');
    list.querySelectorAll('input.reason').forEach((input) => {
      input.placeholder = t('reason');
      input.setAttribute('aria-label', t('reason'));
    });
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

install();
