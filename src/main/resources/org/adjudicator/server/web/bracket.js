// The knockout bracket of the report (its section marked data-bracket, drawn by the server): pointing
// at a team lights its path, every tie it played in every round. The report is re-rendered after
// each edit, so the events are taken on the document, not on the bracket's elements.

const PATH = 'path';

function light(team) {
  for (const bracket of document.querySelectorAll('[data-bracket]')) {
    for (const entry of bracket.querySelectorAll('.bracket-team[data-team]')) {
      const on = team !== null && entry.dataset.team === team;
      entry.classList.toggle(PATH, on);
      if (on) entry.closest('.bracket-tie').classList.add('on-path');
    }
    if (team === null) bracket.querySelectorAll('.bracket-tie.on-path').forEach((t) => t.classList.remove('on-path'));
  }
}

document.addEventListener('mouseover', (e) => {
  const entry = e.target.closest && e.target.closest('[data-bracket] .bracket-team[data-team]');
  if (entry) {
    light(null);
    light(entry.dataset.team);
  }
});

document.addEventListener('mouseout', (e) => {
  const entry = e.target.closest && e.target.closest('[data-bracket] .bracket-team[data-team]');
  if (entry && !(e.relatedTarget && entry.contains(e.relatedTarget))) light(null);
});
