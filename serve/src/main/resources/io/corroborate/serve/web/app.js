// The Corroborate web UI. Every string that came from an article or the store is put in the page
// with textContent or as an attribute value, never parsed as HTML.

const SVG = 'http://www.w3.org/2000/svg';
const view = document.getElementById('view');

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'onclick') e.addEventListener('click', v);
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function token() {
  return sessionStorage.getItem('corroborate-token') || '';
}

function authHeaders() {
  const t = token();
  return t ? { Authorization: 'Bearer ' + t } : {};
}

async function api(path, options = {}) {
  const res = await fetch(path, { ...options, headers: { ...authHeaders(), ...(options.headers || {}) } });
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const msg = body && body.error ? body.error : 'the server answered ' + res.status;
    const err = new Error(msg);
    err.body = body;
    throw err;
  }
  return body;
}

function showError(message) {
  const box = document.getElementById('error');
  box.textContent = message;
  box.hidden = false;
  setTimeout(() => { box.hidden = true; }, 8000);
}

function clickable(node, action) {
  node.classList.add('clickable');
  node.tabIndex = 0;
  node.addEventListener('click', action);
  node.addEventListener('keydown', (e) => { if (e.key === 'Enter') action(); });
  return node;
}

function empty(text) {
  return el('p', { class: 'empty' }, text);
}

// --- story list --------------------------------------------------------------------------------

async function storyList() {
  const stories = await api('/api/stories');
  const content = [el('h1', {}, 'Stories')];
  if (stories.length === 0) {
    content.push(empty('No stories yet. Use "Add articles" above to add reports; they are grouped into stories.'));
  } else {
    const rows = stories.map((s) => el('tr', {},
      el('td', {}, el('a', { href: '#/story/' + encodeURIComponent(s.id), class: 'story-link' }, s.title)),
      el('td', {}, String(s.articles)),
      el('td', {}, String(s.outlets)),
      el('td', {}, String(s.findings)),
      el('td', {}, String(s.conflicts)),
      el('td', {}, [s.first, s.last].filter(Boolean).join(' – ') || '—'),
      el('td', {}, new Date(s.updated).toLocaleString())));
    content.push(el('table', { id: 'stories' },
      el('thead', {}, el('tr', {}, ['Story', 'Articles', 'Outlets', 'Findings', 'Conflicts', 'Dates', 'Last update'].map((h) => el('th', {}, h)))),
      el('tbody', {}, rows)));
  }
  view.replaceChildren(...content);
}

// --- story page --------------------------------------------------------------------------------

async function storyPage(id) {
  const [summary, dossier, findings] = await Promise.all([
    api('/api/stories/' + encodeURIComponent(id)),
    api('/api/stories/' + encodeURIComponent(id) + '/dossier'),
    api('/api/findings?story=' + encodeURIComponent(id)),
  ]);
  const titles = new Map((dossier.articles || []).map((a) => [a.id, a]));
  const content = [
    el('h1', {}, summary.title),
    el('p', { class: 'muted' },
      `${summary.articles} articles from ${summary.outlets} outlets · ${summary.findings} findings, ${summary.conflicts} conflicts · updated ${new Date(summary.updated).toLocaleString()} · `,
      el('a', { href: '/api/stories/' + encodeURIComponent(id) + '/dossier?format=html', target: '_blank', rel: 'noopener' }, 'printable dossier')),
  ];

  content.push(el('h2', {}, 'Findings'));
  if (findings.length === 0) {
    content.push(empty('No findings yet: findings appear when sources report the same figure or fact.'));
  }
  const list = el('div', { id: 'findings' });
  for (const f of findings) list.append(findingCard(f));
  content.push(list);

  content.push(el('h2', {}, 'Claims'));
  const claims = dossier.figures || [];
  if (claims.length === 0) content.push(empty('No figures or claims were extracted for this story.'));
  const claimList = el('div', { id: 'claims' });
  for (const c of claims) {
    claimList.append(clickable(el('div', { class: 'card claim' },
      el('strong', {}, `${c.measure}: ${c.value}`), ' ',
      el('span', { class: 'muted' }, [c.holds, c.chain].filter(Boolean).join(' · '))),
    () => showEvidence(c.articleId, { sentence: c.sentence })));
  }
  content.push(claimList);

  content.push(el('h2', {}, 'Timeline'));
  content.push(timeline(dossier));

  content.push(el('h2', {}, 'Entities'));
  const entities = dossier.profiles || dossier.entities || [];
  if (entities.length === 0) content.push(empty('No people, organisations or places were recognised.'));
  content.push(el('div', { class: 'cards', id: 'entities' }, entities.map((e) => el('div', { class: 'card entity' },
    el('strong', {}, e.name), ' ', el('span', { class: 'muted' }, e.type || ''),
    (e.aliases && e.aliases.length) ? el('div', { class: 'muted' }, 'Also: ' + e.aliases.join(', ')) : null,
    e.mentions !== undefined ? el('div', { class: 'muted' }, `${e.mentions} mentions in ${(e.articleIds || []).length} articles`) : null))));

  content.push(el('h2', {}, 'Who relays whom'));
  content.push(relays(dossier));

  content.push(el('h2', {}, 'Articles'));
  content.push(el('ul', { id: 'articles' }, (dossier.articles || []).map((a) => el('li', {},
    clickable(el('span', {}, `${a.outlet}: ${a.title || '(untitled)'}`), () => showEvidence(a.id, {})),
    ' ', el('span', { class: 'muted' }, a.published || '')))));
  view.replaceChildren(...content);
  void titles;
}

function findingCard(f) {
  const conflict = f.kind === 'CONFLICT';
  const card = el('div', { class: 'card finding' + (conflict ? ' conflict' : '') },
    el('div', { class: 'kind' }, (f.kind || 'FINDING').replace('_', ' ')),
    el('div', {}, f.explanation || f.measure || ''),
    f.independentOrigins !== undefined ? el('div', { class: 'muted' }, `${f.independentOrigins} independent origin(s)`) : null);
  const sources = el('ul', { class: 'sources' });
  for (const s of f.support || []) {
    const item = el('li', {}, `${s.outlet || s.articleId}: ${s.value || ''}`, s.chain ? el('span', { class: 'muted' }, ' (' + s.chain + ')') : null);
    clickable(item, () => showEvidence(s.articleId, { span: s.evidence && s.evidence.sentence, sentence: s.sentence }));
    sources.append(item);
  }
  card.append(sources);
  return card;
}

function timeline(dossier) {
  const events = (dossier.timeline && (dossier.timeline.events || dossier.timeline)) || [];
  const items = (Array.isArray(events) && events.length ? events : (dossier.dates || [])).map((e) => ({
    date: e.date || e.first,
    label: e.label || e.text || e.description || '',
    articleId: e.articleId || (e.sources && e.sources[0] && (e.sources[0].articleId || e.sources[0])),
    sentence: e.sentence,
  })).filter((e) => e.date);
  if (items.length === 0) return empty('No dated events yet.');
  items.sort((a, b) => String(a.date).localeCompare(String(b.date)));
  const t0 = Date.parse(items[0].date);
  const t1 = Date.parse(items[items.length - 1].date);
  const width = 900;
  const rowH = 18;
  const height = 40 + items.length * rowH;
  const x = (d) => 20 + (t1 > t0 ? (Date.parse(d) - t0) / (t1 - t0) : 0.5) * (width - 360);
  const g = svg('svg', { id: 'timeline', viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-label': 'Timeline of dated events' });
  g.append(svg('line', { x1: 20, x2: width - 340, y1: 20, y2: 20, class: 'edge' }));
  items.forEach((e, i) => {
    const y = 36 + i * rowH;
    const dot = svg('circle', { cx: x(e.date), cy: y, r: 5, class: 'event', tabindex: 0 });
    dot.append(svg('title', {}, `${e.date}: ${e.label}`));
    if (e.articleId) dot.addEventListener('click', () => showEvidence(e.articleId, { sentence: e.sentence }));
    g.append(svg('line', { x1: x(e.date), x2: x(e.date), y1: 20, y2: y, class: 'edge' }));
    g.append(dot);
    g.append(svg('text', { x: x(e.date) + 9, y: y + 4 }, `${e.date} ${e.label}`.slice(0, 70)));
  });
  return g;
}

function relays(dossier) {
  const edges = dossier.relays || [];
  if (edges.length === 0) return empty('No outlet is seen relaying another in this story.');
  return el('ul', { id: 'relays' }, edges.map((r) => el('li', {},
    `${r.relay || r.from || r.outlet || '?'} → relays → ${r.source || r.to || r.origin || '?'}`,
    r.reason ? el('span', { class: 'muted' }, ' (' + r.reason + ')') : null)));
}

// --- evidence ----------------------------------------------------------------------------------

async function showEvidence(articleId, where) {
  try {
    const a = await api('/api/articles/' + encodeURIComponent(articleId));
    const text = a.text || '';
    let start = -1;
    let end = -1;
    if (where.span && Number.isInteger(where.span.start) && where.span.end <= text.length) {
      start = where.span.start;
      end = where.span.end;
    } else if (where.sentence) {
      start = text.indexOf(where.sentence);
      end = start >= 0 ? start + where.sentence.length : -1;
    }
    const box = document.getElementById('evidence-text');
    if (start >= 0) {
      box.replaceChildren(document.createTextNode(text.slice(0, start)),
        el('mark', { id: 'evidence-mark' }, text.slice(start, end)),
        document.createTextNode(text.slice(end)));
    } else {
      box.replaceChildren(document.createTextNode(text));
    }
    document.getElementById('evidence-meta').textContent =
      [a.outlet, a.title, a.published].filter(Boolean).join(' · ') + (where.sentence && start < 0 ? ' (the sentence was not found in the stored text)' : '');
    document.getElementById('evidence').hidden = false;
    const mark = document.getElementById('evidence-mark');
    if (mark) mark.scrollIntoView({ block: 'center' });
  } catch (e) {
    showError('Could not open the article: ' + e.message);
  }
}

document.getElementById('evidence-close').addEventListener('click', () => {
  document.getElementById('evidence').hidden = true;
});

// --- search ------------------------------------------------------------------------------------

async function searchPage(q) {
  document.getElementById('search-q').value = q;
  const hits = await api('/api/search?q=' + encodeURIComponent(q));
  const content = [el('h1', {}, `Search: ${q}`)];
  if (hits.length === 0) content.push(empty('Nothing matches. Try fewer or other words.'));
  content.push(el('ul', { id: 'hits' }, hits.map((h) => el('li', {},
    clickable(el('span', {}, el('strong', {}, h.kind === 'CLAIM' ? 'Claim: ' : 'Article: '), h.title), () => showEvidence(h.articleId, {})),
    el('div', { class: 'muted' }, h.snippet)))));
  view.replaceChildren(...content);
}

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('search-q').value.trim();
  if (q) location.hash = '#/search/' + encodeURIComponent(q);
});

// --- add articles ------------------------------------------------------------------------------

function addPage() {
  const tokenInput = el('input', { id: 'add-token', type: 'password', autocomplete: 'off' });
  tokenInput.value = token();
  const text = el('textarea', { id: 'add-text', placeholder: 'Paste an article: plain text, HTML, or news-please JSON (one object per line)' });
  const file = el('input', { id: 'add-file', type: 'file', multiple: '' });
  const result = el('div', { class: 'result', id: 'add-result' });
  const form = el('form', { class: 'add', id: 'add-form' },
    el('label', { for: 'add-token' }, 'Server token (ask whoever runs this server)'), tokenInput,
    el('label', { for: 'add-text' }, 'Paste text'), text,
    el('label', { for: 'add-file' }, 'Or upload files (.txt, .html, .json, .jsonl, .warc, .warc.gz)'), file,
    el('p', {}, el('button', { type: 'submit', id: 'add-submit' }, 'Add to the store')),
    result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    sessionStorage.setItem('corroborate-token', tokenInput.value.trim());
    const data = new FormData();
    for (const f of file.files) data.append('file', f, f.name);
    if (text.value.trim()) data.append('text', text.value);
    if (!file.files.length && !text.value.trim()) {
      result.replaceChildren(el('p', { class: 'empty' }, 'Paste some text or choose a file first.'));
      return;
    }
    result.replaceChildren(el('p', {}, 'Adding…'));
    try {
      const r = await api('/api/articles', { method: 'POST', body: data });
      result.replaceChildren(
        el('p', { id: 'add-summary' }, `Added ${r.added.length} article(s); ${r.touched.length} story(ies) updated.`),
        el('ul', {}, r.touched.map((s) => el('li', {}, el('a', { href: '#/story/' + encodeURIComponent(s.id) }, s.title)))),
        rejectionList(r.rejections));
    } catch (err) {
      result.replaceChildren(el('p', { id: 'add-error', role: 'alert' }, 'Not added: ' + err.message),
        rejectionList((err.body && err.body.rejections) || []));
    }
  });
  view.replaceChildren(el('h1', {}, 'Add articles'), el('p', { class: 'muted' },
    'New articles are read, cleaned and grouped into stories; the story dossiers are rewritten.'), form);
}

function rejectionList(rejections) {
  if (!rejections.length) return null;
  return el('div', {}, el('h2', {}, 'Not used'), el('ul', {}, rejections.map((r) => el('li', {}, `${r.file}: ${r.reason}`))));
}

// --- routing -----------------------------------------------------------------------------------

async function route() {
  const hash = location.hash || '#/';
  try {
    if (hash.startsWith('#/story/')) await storyPage(decodeURIComponent(hash.slice(8)));
    else if (hash.startsWith('#/search/')) await searchPage(decodeURIComponent(hash.slice(9)));
    else if (hash === '#/add') addPage();
    else await storyList();
  } catch (e) {
    view.replaceChildren(el('p', { role: 'alert', class: 'empty' }, 'Could not load this page: ' + e.message));
  }
}

window.addEventListener('hashchange', route);
route();
