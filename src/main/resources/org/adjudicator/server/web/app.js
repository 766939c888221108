// The officials' workspace: the report of a scenario, edited in place. Every edit sends the whole
// list of edits to the server, which re-adjudicates the competition and answers with the report's
// body (changes marked), the changes in words and the changed scenario. The server keeps no edit:
// undo and reset are this page's history. Every text is said in the page's language (i18n.js), and
// every request carries it (lang), so that the server answers in it too.

import { lang, startLanguage, t, use } from './i18n.js';

import * as CellErrors from './cell-errors.js';

const $ = (id) => document.getElementById(id);

const state = {
  scenario: null,
  rules: '',            // '' : the scenario's own set
  edits: empty(),
  history: [],
  last: null,           // the last answer of /api/whatif
};

function empty() {
  return { matches: [], sanctions: [], withdrawals: [] };
}

function copy(x) {
  return JSON.parse(JSON.stringify(x));
}

async function call(path, body) {
  const init = body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...body, lang: lang() }),
  };
  const url = body === undefined ? path + (path.includes('?') ? '&' : '?') + 'lang=' + lang() : path;
  const response = await fetch(url, init);
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    const details = type.startsWith('application/json') ? await response.json() : { error: await response.text() };
    const error = new Error(details.error || ('HTTP ' + response.status));
    error.details = details; // which edit and field, when the server says (see cell-errors.js)
    throw error;
  }
  return type.startsWith('application/json') ? response.json() : response.text();
}

function showError(message) {
  const box = $('error');
  box.textContent = message || '';
  box.hidden = !message;
}

function request() {
  const body = { scenario: state.scenario, edits: state.edits };
  if (state.rules) body.rules = state.rules;
  return body;
}

// What the page's other scripts (compare.js, hearing.js) read: the request the page would send now.
window.workspace = { request };

function options(select, values, keep) {
  const previous = keep ? select.value : null;
  select.replaceChildren(...values.map(([value, label]) => {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = label;
    return option;
  }));
  if (previous !== null && values.some(([v]) => v === previous)) select.value = previous;
}

/** Re-adjudicates with the current edits; on an error, goes back to the edits before. */
async function refresh(revertOnError) {
  $('busy').hidden = false;
  try {
    const answer = await call('/api/whatif', request());
    state.last = answer;
    showError('');
    CellErrors.clear();
    render(answer);
  } catch (e) {
    if (!CellErrors.show(e)) showError(e.message);
    if (revertOnError && state.history.length) {
      const back = state.history.pop();
      state.edits = back.edits;
      state.rules = back.rules;
      $('rules').value = state.rules;
      renderEdits();
    }
  } finally {
    $('busy').hidden = true;
    buttons();
    document.body.dataset.ready = String(Date.now());
  }
}

/** Undo and Reset: enabled while there is an edit to take back, or a refused value shown at its cell. */
function buttons() {
  $('undo').disabled = state.history.length === 0 && !CellErrors.isPending();
  $('reset').disabled = state.history.length === 0 && !state.rules && !hasEdits() && !CellErrors.isPending();
}

function hasEdits() {
  return state.edits.matches.length + state.edits.sanctions.length + state.edits.withdrawals.length > 0;
}

function render(answer) {
  const report = $('report');
  const open = new Set([...report.querySelectorAll('details.matches[open]')].map((d) => d.closest('section').dataset.stage));
  report.innerHTML = answer.html;
  report.querySelectorAll('details.matches').forEach((d) => {
    if (open.has(d.closest('section').dataset.stage)) d.open = true;
  });
  markEdited();
  const teams = answer.teams.map((t) => [t, t]);
  options($('sanction-team'), teams, true);
  options($('withdraw-team'), teams, true);
  options($('needs-team'), teams, true);
  options($('explain-table'), answer.tables.map((t) => [t.name, t.label || t.name]), true);
  fillExplainTeams();
  $('champion').textContent = answer.champion ? t('page.champion', answer.champion) : t('page.noChampion');
  const changes = $('changes');
  if (answer.changes.length === 0) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = answer.edited || state.rules ? t('page.changes.none') : t('page.changes.nothingYet');
    changes.replaceChildren(li);
  } else {
    changes.replaceChildren(...answer.changes.map((c) => {
      const li = document.createElement('li');
      li.className = 'change ' + c.kind;
      li.textContent = c.sentence;
      return li;
    }));
  }
  renderEdits();
}

function markEdited() {
  for (const m of state.edits.matches) {
    const row = document.querySelector(`#report tr[data-match="${m.match}"]`);
    if (!row) continue;
    for (const field of Object.keys(m)) {
      const cell = field === 'match' ? null : row.querySelector(`td[data-field="${field}"]`);
      if (cell) cell.classList.add('edited');
    }
  }
}

function matchName(number) {
  const row = document.querySelector(`#report tr[data-match="${number}"]`);
  if (!row) return t('page.match', number);
  const teams = row.querySelectorAll('td.team');
  return teams.length === 2 ? t('page.match.teams', teams[0].textContent, teams[1].textContent) : t('page.match', number);
}

function renderEdits() {
  const list = $('edits');
  const items = [];
  state.edits.matches.forEach((m) => {
    const fields = Object.entries(m).filter(([k]) => k !== 'match')
      .map(([k, v]) => t('page.edit.field', t('page.field.' + k), v === '' ? t('page.field.none') : v));
    items.push(t('page.edit.match', matchName(m.match), fields.join(', ')));
  });
  state.edits.sanctions.forEach((s) => items.push(s.stage ? t('page.edit.sanctionStage', s.team, s.points, s.stage)
    : t('page.edit.sanction', s.team, s.points)));
  state.edits.withdrawals.forEach((w) => items.push(t('page.edit.withdrawn', w.team)));
  if (state.rules) items.push(t('page.edit.rules', state.rules));
  list.replaceChildren(...items.map((text) => {
    const li = document.createElement('li');
    li.textContent = text;
    return li;
  }));
}

function remember() {
  state.history.push({ edits: copy(state.edits), rules: state.rules });
}

function setField(number, field, value) {
  remember();
  let edit = state.edits.matches.find((m) => m.match === number);
  if (!edit) {
    edit = { match: number };
    state.edits.matches.push(edit);
  }
  edit[field] = value;
  refresh(true);
}

/**
 * A click on a score cell turns it into an input; Enter, Tab or leaving it re-adjudicates, Escape
 * puts back the value before. A value refused stays typed in the cell (see cell-errors.js).
 */
function editCell(cell, typed) {
  if (cell.querySelector('input')) return;
  const row = cell.closest('tr[data-match]');
  if (!row) return;
  const number = Number(row.dataset.match);
  const field = cell.dataset.field;
  // The value without the words the report puts before it ("a.e.t. 1-0", "t. supl. 1-0"): a score starts with a digit.
  if (cell.dataset.before === undefined) {
    cell.dataset.shown = cell.textContent;
    cell.dataset.before = cell.textContent.replace(/^\D*/, '').trim();
  }
  const before = cell.dataset.before;
  const input = document.createElement('input');
  input.value = typed === undefined ? before : typed;
  input.setAttribute('aria-label', t('page.field.' + field));
  cell.replaceChildren(input);
  input.focus();
  input.select();
  let done = false;
  const finish = (commit) => {
    if (done) return;
    done = true;
    const value = input.value.trim();
    const restore = () => {
      cell.textContent = cell.dataset.shown;
      delete cell.dataset.before;
      delete cell.dataset.shown;
    };
    if (!commit || value === before) {
      if (CellErrors.refusedAt(cell) !== null) CellErrors.clear();
      restore();
      buttons();
      return;
    }
    if (value === CellErrors.refusedAt(cell)) {
      // Left with the value just refused: it stays typed and marked, to be corrected.
      done = false;
      return;
    }
    CellErrors.sending(cell, value, (again) => editCell(cell, again), restore);
    setField(number, field, value);
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') finish(true);
    if (e.key === 'Escape') finish(false);
  });
  input.addEventListener('blur', () => finish(true));
}

async function showRule(cite) {
  try {
    const set = state.last ? state.last.rules : '';
    const rule = await call('/api/rule?set=' + encodeURIComponent(set) + '&rule=' + encodeURIComponent(cite.dataset.rule));
    $('rule-title').textContent = t('page.rule.title', rule.rule, rule.file, rule.line);
    $('rule-text').textContent = rule.text;
    $('rule-dialog').showModal();
  } catch (e) {
    showError(e.message);
  }
}

function fillExplainTeams() {
  const table = (state.last ? state.last.tables : []).find((t) => t.name === $('explain-table').value);
  const teams = table ? table.teams.map((t) => [t, t]) : [];
  options($('explain-a'), teams, true);
  options($('explain-b'), teams, true);
  if ($('explain-a').value === $('explain-b').value && teams.length > 1) $('explain-b').value = teams[1][0];
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function baseName() {
  return state.scenario.replace(/^.*\//, '').replace(/\.(ya?ml|json)$/i, '');
}

async function simulate() {
  const out = $('simulate-out');
  const bar = $('simulate-progress');
  out.replaceChildren();
  try {
    const body = request();
    body.runs = Number($('simulate-runs').value);
    body.seed = Number($('simulate-seed').value);
    let job = await call('/api/simulate', body);
    bar.hidden = false;
    bar.max = job.runs;
    while (!job.finished) {
      bar.value = job.done;
      await new Promise((r) => setTimeout(r, 250));
      job = await call('/api/simulate?job=' + job.job);
    }
    bar.value = job.runs;
    if (job.error) throw new Error(job.error);
    out.replaceChildren(simulationTable(job.result));
    out.scrollIntoView({ block: 'start' }); // above the report, where a table has the page's width
  } catch (e) {
    showError(e.message);
  } finally {
    bar.hidden = true;
  }
}

function simulationTable(result) {
  const table = document.createElement('table');
  table.className = 'simulation';
  const head = table.createTHead().insertRow();
  for (const text of [t('page.simulate.team'), ...result.columns.map((c) => c.heading)]) {
    const th = document.createElement('th');
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of result.rows) {
    const tr = body.insertRow();
    tr.insertCell().textContent = row.team;
    for (const p of row.probabilities) {
      const td = tr.insertCell();
      td.className = 'num';
      td.textContent = (100 * p).toFixed(1) + '%';
    }
  }
  const caption = table.createCaption();
  caption.textContent = t('page.simulate.caption', result.runs, result.seed, result.rules);
  return table;
}

async function loadScenario(name) {
  state.scenario = name;
  state.edits = empty();
  state.history = [];
  state.rules = '';
  $('rules').value = '';
  $('explain-out').textContent = '';
  $('needs-out').textContent = '';
  $('simulate-out').replaceChildren();
  const url = new URL(location.href);
  url.searchParams.set('scenario', name);
  history.replaceState(null, '', url);
  await refresh(false);
}

/** The official chose a language: the page, and the server's answers, in it from now on. */
async function switchLanguage(language) {
  if (language === lang()) return;
  try {
    await use(language, true);
    $('rules').options[0].textContent = t('page.rules.own');
    // The scenarios' names the tool words (a list of teams) in the new language too.
    const list = await call('/api/scenarios');
    options($('scenario'), list.scenarios.map((s) => [s.id, s.name + ' (' + s.id + ')']), true);
    // What the server said in the other language is asked again (the report), or cleared.
    $('explain-out').textContent = '';
    $('needs-out').textContent = '';
    $('simulate-out').replaceChildren();
    renderEdits();
    await refresh(false);
  } catch (e) {
    showError(e.message);
  }
}

async function start() {
  try {
    await use(startLanguage(), false);
  } catch (e) {
    // the page's own English, as written in index.html
  }
  document.querySelectorAll('#language [data-lang]').forEach((b) => b.addEventListener('click', () => switchLanguage(b.dataset.lang)));
  const list = await call('/api/scenarios');
  options($('scenario'), list.scenarios.map((s) => [s.id, s.name + ' (' + s.id + ')']));
  options($('rules'), [['', t('page.rules.own')], ...list.sets.map((s) => [s, s])]);
  const wanted = new URL(location.href).searchParams.get('scenario');
  const first = list.scenarios.find((s) => s.id === wanted) || list.scenarios.find((s) => /national-stage/.test(s.id))
    || list.scenarios[0];
  $('scenario').value = first.id;

  $('scenario').addEventListener('change', () => loadScenario($('scenario').value));
  $('rules').addEventListener('change', () => {
    remember();
    state.rules = $('rules').value;
    refresh(true);
  });
  $('undo').addEventListener('click', () => {
    if (CellErrors.isPending()) {
      // The value refused is what is taken back: the edits are still the ones before it.
      CellErrors.cancel();
      buttons();
      return;
    }
    const back = state.history.pop();
    if (!back) return;
    state.edits = back.edits;
    state.rules = back.rules;
    $('rules').value = state.rules;
    refresh(false);
  });
  $('reset').addEventListener('click', () => {
    CellErrors.cancel();
    state.history = [];
    state.edits = empty();
    state.rules = '';
    $('rules').value = '';
    refresh(false);
  });
  $('download-scenario').addEventListener('click', () => {
    if (state.last) download(baseName() + '-whatif.yaml', state.last.yaml, 'application/yaml');
  });
  $('download-report').addEventListener('click', async () => {
    try {
      download(baseName() + '-report.html', await call('/api/report', request()), 'text/html');
    } catch (e) {
      showError(e.message);
    }
  });
  $('report').addEventListener('click', (e) => {
    const cell = e.target.closest('tr[data-match] td[data-field]');
    if (cell) {
      editCell(cell);
      return;
    }
    const cite = e.target.closest('cite.rule');
    if (cite) {
      e.preventDefault();
      showRule(cite);
    }
  });
  $('sanction-form').addEventListener('submit', (e) => {
    e.preventDefault();
    CellErrors.cancel();
    remember();
    const sanction = { team: $('sanction-team').value, points: Number($('sanction-points').value) };
    if ($('sanction-stage').value.trim()) sanction.stage = $('sanction-stage').value.trim();
    state.edits.sanctions.push(sanction);
    refresh(true);
  });
  $('withdraw-form').addEventListener('submit', (e) => {
    e.preventDefault();
    CellErrors.cancel();
    remember();
    state.edits.withdrawals.push({ team: $('withdraw-team').value });
    refresh(true);
  });
  $('explain-table').addEventListener('change', fillExplainTeams);
  $('explain-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const body = request();
      Object.assign(body, { table: $('explain-table').value, teamA: $('explain-a').value, teamB: $('explain-b').value });
      $('explain-out').textContent = (await call('/api/explain', body)).lines.join('\n');
      showError('');
    } catch (err) {
      showError(err.message);
    }
  });
  $('needs-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const body = request();
      body.team = $('needs-team').value;
      if ($('needs-target').value.trim()) body.target = $('needs-target').value.trim();
      $('needs-out').textContent = (await call('/api/needs', body)).lines.join('\n');
      showError('');
    } catch (err) {
      showError(err.message);
    }
  });
  $('simulate-form').addEventListener('submit', (e) => {
    e.preventDefault();
    simulate();
  });
  await loadScenario(first.id);
}

start().catch((e) => showError(e.message));
