// Errors where the eye is: a value the server refuses is marked at the cell or field where it was
// typed, with the reason and the form expected, and the typed text is kept there to be corrected.
// The server's answer says which edit and field it is ({edit: {kind, match|index, field}, subject,
// reason, expected}); an error about no edit is left to the page's banner.

import { t } from './i18n.js';

/** The words this file adds to the page, said in the page's language (the bundles' page.cellError.*). */
export const WORDS = {
  get keys() { return t('page.cellError.keys'); },
  get formKeys() { return t('page.cellError.formKeys'); },
};

let pending = null; // {kind: 'cell', cell, row, restore} or {kind: 'form', fields, box}
let sent = null; // the cell whose value is on its way: {cell, value, reopen, restore}

/** A cell's value is being sent: reopen(value) makes its editor again, restore() puts back the value before. */
export function sending(cell, value, reopen, restore) {
  sent = { cell, value, reopen, restore };
}

/** Whether an error is shown that Undo or Reset can take back. */
export function isPending() {
  return pending !== null;
}

/** The value last refused at this cell: sending it again would only be refused again. */
export function refusedAt(cell) {
  return pending && pending.kind === 'cell' && pending.cell === cell ? pending.value : null;
}

/** Takes the error away, the typed text with it: the cell shows the value before. */
export function cancel() {
  const was = pending;
  clear();
  if (was && was.kind === 'cell') was.restore();
}

/** Takes the marks away (an answer came back fine, or the value was put back). */
export function clear() {
  if (!pending) return;
  if (pending.kind === 'cell') {
    pending.cell.classList.remove('invalid');
    const input = pending.cell.querySelector('input');
    if (input) input.removeAttribute('aria-invalid');
    pending.row.remove();
  } else {
    pending.fields.forEach((f) => {
      f.classList.remove('invalid');
      f.removeAttribute('aria-invalid');
    });
    pending.box.remove();
  }
  pending = null;
}

/** Shows an error of a what-if at its cell or field; false when it names no edit the page can show. */
export function show(error) {
  const details = error && error.details;
  const edit = details && details.edit;
  const previous = pending;
  clear();
  // A value refused earlier in another cell is put back: only one refused value is shown at a time.
  const putBack = (cell) => { if (previous && previous.kind === 'cell' && previous.cell !== cell) previous.restore(); };
  if (!edit) {
    putBack(null);
    return false;
  }
  if (edit.kind === 'match') return showAtCell(details, edit, putBack);
  putBack(null);
  if (edit.kind === 'sanction') {
    const field = { stage: 'sanction-stage', points: 'sanction-points' }[edit.field] || 'sanction-team';
    return showAtForm(details, document.getElementById('sanction-form'), document.getElementById(field));
  }
  if (edit.kind === 'withdrawal') {
    return showAtForm(details, document.getElementById('withdraw-form'), document.getElementById('withdraw-team'));
  }
  return false;
}

function showAtCell(details, edit, putBack) {
  const selector = `#report tr[data-match="${edit.match}"] td[data-field="${edit.field}"]`;
  const cell = sent && sent.cell.isConnected && sent.cell.matches(selector) ? sent.cell : document.querySelector(selector);
  putBack(cell);
  if (!cell) return false;
  for (let d = cell.closest('details'); d; d = d.parentElement.closest('details')) d.open = true;
  const typed = details.value !== undefined ? details.value : (sent ? sent.value : '');
  const own = sent && sent.cell === cell;
  const hadFocus = !document.activeElement || document.activeElement === document.body
    || (own && cell.contains(document.activeElement));
  cell.replaceChildren();
  const restore = own ? sent.restore : () => { cell.textContent = cell.dataset.before || ''; };
  if (own) sent.reopen(typed);
  const input = cell.querySelector('input');
  cell.classList.add('invalid');
  const row = document.createElement('tr');
  row.className = 'cell-error';
  const td = row.insertCell();
  td.colSpan = cell.closest('tr').cells.length;
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.id = 'cell-error-message';
  const subject = document.createElement('strong');
  subject.textContent = details.subject + ': ';
  message.append(subject, details.reason || '');
  td.append(message);
  // The form expected, unless the reason says it already ("... is not a score; write HOME-AWAY, e.g. 2-1").
  if (details.expected && !(details.reason || '').includes(details.expected.split(',')[0])) {
    const expected = document.createElement('p');
    expected.className = 'expected';
    expected.textContent = details.expected;
    td.append(expected);
  }
  const keys = document.createElement('p');
  keys.className = 'keys';
  keys.textContent = WORDS.keys;
  td.append(keys);
  cell.closest('tr').after(row);
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', message.id);
    if (hadFocus) input.focus();
  }
  pending = { kind: 'cell', cell, row, restore, value: typed };
  sent = null;
  cell.scrollIntoView({ block: 'center', inline: 'nearest' });
  return true;
}

function showAtForm(details, form, field) {
  if (!form || !field) return false;
  field.classList.add('invalid');
  field.setAttribute('aria-invalid', 'true');
  const box = document.createElement('div');
  box.className = 'field-error';
  box.setAttribute('role', 'alert');
  const message = document.createElement('p');
  const subject = document.createElement('strong');
  subject.textContent = details.subject + ': ';
  message.append(subject, details.reason || '');
  const keys = document.createElement('p');
  keys.className = 'keys';
  keys.textContent = WORDS.formKeys;
  box.append(message, keys);
  form.after(box);
  pending = { kind: 'form', fields: [field], box };
  field.addEventListener('input', clear, { once: true });
  field.addEventListener('change', clear, { once: true });
  field.focus();
  return true;
}
