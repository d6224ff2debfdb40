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

/**
 * The link to a story's printable dossier. Where reading needs the token, a plain link cannot send
 * it: the page is fetched with the token and opened from memory instead.
 */
function printableLink(id) {
  const href = '/api/stories/' + encodeURIComponent(id) + '/dossier?format=html';
  return el('a', {
    href, target: '_blank', rel: 'noopener', id: 'printable',
    onclick: async (ev) => {
      if (!token()) return;
      ev.preventDefault();
      const tab = window.open('', '_blank');
      const res = await fetch(href, { headers: authHeaders() });
      const html = await res.text();
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      if (tab) tab.location = url; else window.location = url;
    },
  }, 'printable dossier');
}

async function api(path, options = {}) {
  const res = await fetch(path, { ...options, headers: { ...authHeaders(), ...(options.headers || {}) } });
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const msg = body && body.error ? body.error : 'the server answered ' + res.status;
    const err = new Error(msg);
    err.body = body;
    err.status = res.status;
    throw err;
  }
  return body;
}

/** Every item of a paged list: follows each page's next cursor to the end. */
async function apiAll(path) {
  const items = [];
  let next = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await api(path + sep + 'limit=1000' + (next ? '&cursor=' + encodeURIComponent(next) : ''));
    items.push(...page.items);
    next = page.next;
  } while (next);
  return items;
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
  node.setAttribute('role', 'button');
  node.addEventListener('click', action);
  node.addEventListener('keydown', (e) => { if (e.key === 'Enter') action(); });
  return node;
}

function empty(text) {
  return el('p', { class: 'empty' }, text);
}

// --- story list --------------------------------------------------------------------------------

async function storyList() {
  const stories = await apiAll('/api/stories');
  const content = [el('h1', {}, 'Stories'),
    el('p', { class: 'hint' }, 'Each story gathers the reports of one event. Open one to see what the sources agree on, where they disagree, and the sentence behind every line.')];
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

const KIND_NAMES = {
  CONFLICT: 'Sources disagree',
  UPDATE: 'Updated over time',
  BREAKDOWN: 'Breakdown',
  SCOPE: 'Different scopes',
  AGREE: 'Sources agree',
  SINGLE_SOURCE: 'One source only',
};

async function storyPage(id) {
  const [summary, dossier, findings, entities] = await Promise.all([
    api('/api/stories/' + encodeURIComponent(id)),
    api('/api/stories/' + encodeURIComponent(id) + '/dossier'),
    apiAll('/api/findings?story=' + encodeURIComponent(id)),
    apiAll('/api/entities?story=' + encodeURIComponent(id)),
  ]);
  const content = [
    el('h1', { id: 'story-title' }, summary.title),
    el('p', { class: 'muted' },
      `${summary.articles} articles from ${summary.outlets} outlets · ${summary.findings} findings, ${summary.conflicts} conflicts · updated ${new Date(summary.updated).toLocaleString()} · `,
      printableLink(id)),
    el('p', { class: 'hint' }, 'Click any finding, source, date, name or relay to read the sentence it comes from, highlighted in its article.'),
  ];

  content.push(el('h2', {}, 'Findings'));
  if (findings.length === 0) {
    content.push(empty('No findings yet: findings appear when sources report the same figure or fact.'));
  }
  const main = findings.filter((f) => f.kind !== 'SINGLE_SOURCE');
  const single = findings.filter((f) => f.kind === 'SINGLE_SOURCE');
  content.push(el('div', { id: 'findings' }, main.map(findingCard)));
  if (single.length) {
    content.push(el('details', { id: 'single-source' },
      el('summary', {}, `${single.length} figure(s) reported by one source only`),
      single.map(findingCard)));
  }

  content.push(el('h2', {}, 'Timeline'));
  content.push(timeline(dossier));

  content.push(el('h2', {}, 'People, organisations and places'));
  if (entities.length === 0) content.push(empty('No people, organisations or places were recognised.'));
  content.push(el('div', { class: 'cards', id: 'entities' }, entities.map(entityCard)));

  content.push(el('h2', {}, 'Who relays whom'));
  content.push(relays(dossier));

  const claims = dossier.figures || [];
  content.push(el('h2', {}, 'Every figure'));
  if (claims.length === 0) content.push(empty('No figures or claims were extracted for this story.'));
  else {
    content.push(el('details', { id: 'claims' }, el('summary', {}, `${claims.length} figure(s) as each article states them`),
      claims.map((c) => clickable(el('div', { class: 'card claim' },
        el('strong', {}, `${c.measure}: ${c.value}`), ' ',
        el('span', { class: 'muted' }, [c.outlet, c.holds, c.chain].filter(Boolean).join(' · '))),
      () => showEvidence(c.articleId, { text: c.sentence, label: `${c.outlet}: ${c.measure} ${c.value}` })))));
  }

  content.push(el('h2', {}, 'Articles'));
  content.push(el('ul', { id: 'articles' }, (dossier.articles || []).map((a) => el('li', {},
    clickable(el('span', { class: 'article-link' }, `${a.outlet}: ${a.title || '(untitled)'}`), () => showEvidence(a.id, {})),
    ' ', el('span', { class: 'muted' }, a.published || '')))));
  view.replaceChildren(...content);
}

/** Where a supporting statement sits in its article, for the evidence panel. */
function whereOf(s) {
  const ev = s.evidence || {};
  return {
    sentence: ev.sentence,
    claim: ev.claim,
    text: s.sentence,
    label: `${s.outlet || s.articleId}: ${s.value || ''}` + (s.chain ? ` (${s.chain})` : ''),
  };
}

function findingCard(f) {
  const conflict = f.kind === 'CONFLICT';
  const support = f.support || [];
  const variable = (f.variable && (f.variable.label || f.variable.key)) || '';
  const head = el('div', { class: 'finding-head' },
    el('span', { class: 'kind' }, KIND_NAMES[f.kind] || f.kind || 'Finding'), ' ',
    el('strong', {}, variable));
  if (support.length) clickable(head, () => showEvidence(support[0].articleId, whereOf(support[0])));
  const card = el('div', { class: 'card finding' + (conflict ? ' conflict' : ''), 'data-finding-id': f.id || '' },
    head,
    f.explanation ? el('div', { class: 'explanation' }, f.explanation) : null,
    f.independentOrigins !== undefined
      ? el('div', { class: 'origins' }, `${f.independentOrigins} independent origin(s) among ${support.length} report(s)`)
      : null);
  const sources = el('ul', { class: 'sources' });
  for (const s of support) {
    const item = el('li', { class: 'source' },
      el('strong', {}, s.value || ''), ' — ', s.outlet || s.articleId,
      s.holds ? el('span', { class: 'muted' }, ' · ' + s.holds) : null,
      s.chain && s.chain !== s.outlet ? el('div', { class: 'muted chain' }, 'via ' + s.chain) : null);
    clickable(item, (e) => { if (e) e.stopPropagation(); showEvidence(s.articleId, whereOf(s)); });
    sources.append(item);
  }
  // Conflicts show every source at once; other findings keep theirs one click away.
  if (conflict || support.length <= 2) card.append(sources);
  else card.append(el('details', { class: 'more-sources' }, el('summary', {}, `the ${support.length} reports`), sources));
  return card;
}

function entityCard(e) {
  const name = el('strong', { class: 'entity-name' }, e.name);
  const articleIds = e.articleIds || [];
  if (articleIds.length) {
    clickable(name, () => showEvidence(articleIds[0], { find: [e.name, ...(e.aliases || [])], label: `${e.name}: first mention` }));
  }
  const card = el('div', { class: 'card entity' },
    name, ' ', el('span', { class: 'muted' }, (e.type || '').toLowerCase()),
    (e.aliases && e.aliases.length) ? el('div', { class: 'aliases' }, 'Also written: ' + e.aliases.join(', ')) : null,
    e.mentions !== undefined ? el('div', { class: 'muted' }, `${e.mentions} mention(s) in ${(e.articleIds || []).length} article(s)`) : null);
  // Why these names were taken for one entity: the linker's reasons and the profile's merges.
  const why = [...(Array.isArray(e.reasons) ? e.reasons : []), ...(Array.isArray(e.merges) ? e.merges : [])]
    .map((r) => (typeof r === 'string' ? r : (r && (r.reason || r.text)) || ''))
    .filter(Boolean);
  if (why.length) {
    card.append(el('details', { class: 'merges' }, el('summary', {}, 'why these are one'),
      el('ul', {}, ...why.map((r) => el('li', {}, r)))));
  }
  for (const a of e.attributes || []) {
    const first = (a.support || [])[0];
    const line = el('div', { class: 'attribute' }, `${a.name}: ${(a.values || []).join(' / ')}`);
    if (first) clickable(line, () => showEvidence(first.articleId, whereOf(first)));
    card.append(line);
  }
  return card;
}

/** The dated events of the story on one axis, each a dot that opens its evidence. */
function timeline(dossier) {
  const events = Array.isArray(dossier.timeline) ? dossier.timeline : [];
  const items = events.map((e) => {
    const first = (e.support || [])[0];
    return {
      date: e.start || e.date,
      end: e.end,
      label: [e.label, e.subject && !String(e.label || '').includes(e.subject) ? e.subject : ''].filter(Boolean).join(': '),
      count: (e.support || []).length,
      source: first,
    };
  }).filter((e) => e.date && !Number.isNaN(Date.parse(e.date)));
  if (items.length === 0) return empty('No dated events yet.');
  items.sort((a, b) => String(a.date).localeCompare(String(b.date)));
  const t0 = Date.parse(items[0].date);
  const ends = items.map((e) => Date.parse(e.end && !Number.isNaN(Date.parse(e.end)) ? e.end : e.date));
  const t1 = Math.max(...ends);
  const last = new Date(t1).toISOString().slice(0, 10);
  const width = 900;
  const rowH = 20;
  const axisW = 420;
  const height = 40 + items.length * rowH;
  const x = (d) => 20 + (t1 > t0 ? (Date.parse(d) - t0) / (t1 - t0) : 0.5) * axisW;
  const g = svg('svg', { id: 'timeline', viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-label': 'Timeline of dated events' });
  g.append(svg('line', { x1: 20, x2: 20 + axisW, y1: 20, y2: 20, class: 'axis' }));
  g.append(svg('text', { x: 20, y: 12 }, items[0].date));
  g.append(svg('text', { x: 20 + axisW, y: 12, 'text-anchor': 'end' }, last));
  items.forEach((e, i) => {
    const y = 36 + i * rowH;
    const row = svg('g', { class: 'event', tabindex: 0 });
    row.append(svg('title', {}, `${e.date}${e.end && e.end !== e.date ? ' to ' + e.end : ''}: ${e.label} (${e.count} report(s))`));
    row.append(svg('line', { x1: x(e.date), x2: x(e.date), y1: 20, y2: y, class: 'edge' }));
    if (e.end && e.end !== e.date && !Number.isNaN(Date.parse(e.end))) {
      row.append(svg('line', { x1: x(e.date), x2: x(e.end), y1: y, y2: y, class: 'span' }));
    }
    row.append(svg('circle', { cx: x(e.date), cy: y, r: 5, class: 'dot' }));
    row.append(svg('text', { x: 30 + axisW, y: y + 4 }, `${e.date}  ${e.label}`.slice(0, 80)));
    if (e.source) {
      const open = () => showEvidence(e.source.articleId, whereOf(e.source));
      row.addEventListener('click', open);
      row.addEventListener('keydown', (k) => { if (k.key === 'Enter') open(); });
    }
    g.append(row);
  });
  return g;
}

/** Outlets on the left, the sources they relay on the right, an arrow per relay. */
function relays(dossier) {
  const edges = (dossier.relays || []).map((r) => ({
    from: r.outlet || r.relay || r.from || '?',
    to: r.source || r.to || r.origin || '?',
    via: r.via || '',
    claims: r.claims,
    evidence: (r.evidence || [])[0],
  }));
  if (edges.length === 0) return empty('No outlet is seen relaying another in this story.');
  const left = [...new Set(edges.map((e) => e.from))];
  const right = [...new Set(edges.map((e) => e.to))];
  const rowH = 26;
  const width = 900;
  const height = 20 + Math.max(left.length, right.length) * rowH;
  const ly = (n) => 20 + left.indexOf(n) * rowH;
  const ry = (n) => 20 + right.indexOf(n) * rowH;
  const g = svg('svg', { id: 'relay-graph', viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-label': 'Which outlet relays which source' });
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' }));
  defs.append(marker);
  g.append(defs);
  for (const e of edges) {
    const line = svg('line', { x1: 300, y1: ly(e.from) - 4, x2: 596, y2: ry(e.to) - 4, class: 'relay', 'marker-end': 'url(#arrow)' });
    line.append(svg('title', {}, `${e.from} relays ${e.to} (${e.via}, ${e.claims} claim(s))`));
    g.append(line);
  }
  for (const n of left) g.append(svg('text', { x: 290, y: ly(n), 'text-anchor': 'end', class: 'node' }, n));
  for (const n of right) g.append(svg('text', { x: 606, y: ry(n), class: 'node' }, n));
  const list = el('ul', { id: 'relays' }, edges.map((e) => {
    const item = el('li', { class: 'relay-item' }, `${e.from} → relays → ${e.to}`,
      el('span', { class: 'muted' }, ` (${[e.via, e.claims !== undefined ? e.claims + ' claim(s)' : ''].filter(Boolean).join(', ')})`));
    if (e.evidence) {
      clickable(item, () => showEvidence(e.evidence.articleId, { sentence: e.evidence.sentence, claim: e.evidence.claim, label: `${e.from} relays ${e.to}` }));
    }
    return item;
  }));
  return el('div', {}, g, list);
}

// --- evidence ----------------------------------------------------------------------------------

function validSpan(span, length) {
  return span && Number.isInteger(span.start) && Number.isInteger(span.end)
    && span.start >= 0 && span.start <= span.end && span.end <= length;
}

/** The sentence holding the first mention of any of {@code names}: [start, end], or [-1, -1]. */
function sentenceAround(text, names) {
  let at = -1;
  for (const n of names) {
    const i = n ? text.indexOf(n) : -1;
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return [-1, -1];
  const before = text.slice(0, at);
  let afterDot = 0;
  for (const m of before.matchAll(/[.!?]["”’]?\s+/g)) afterDot = m.index + m[0].length;
  const start = Math.max(afterDot, before.lastIndexOf('\n') + 1);
  const rest = text.slice(at);
  const stop = rest.match(/[.!?]["”’]?(?=\s|$)/);
  const line = rest.indexOf('\n');
  const ends = [stop ? stop.index + stop[0].length : -1, line].filter((i) => i >= 0);
  const end = ends.length ? at + Math.min(...ends) : text.length;
  return [start, end];
}

/**
 * Opens an article in the evidence panel with the sentence a statement comes from highlighted
 * (a mark), and within it the words the claim rests on (bold). {@code where} holds the sentence's
 * and claim's spans in the article text, or only the sentence's text to look for.
 */
async function showEvidence(articleId, where) {
  try {
    const a = await api('/api/articles/' + encodeURIComponent(articleId));
    const text = a.text || '';
    let start = -1;
    let end = -1;
    if (validSpan(where.sentence, text.length)) {
      start = where.sentence.start;
      end = where.sentence.end;
    } else if (where.text) {
      // search snippets may begin or end with an ellipsis where they were cut
      const needle = String(where.text).replace(/^…\s*/, '').replace(/\s*…$/, '');
      start = text.indexOf(needle);
      end = start >= 0 ? start + needle.length : -1;
    } else if (where.find) {
      [start, end] = sentenceAround(text, where.find);
    }
    const box = document.getElementById('evidence-text');
    if (start >= 0) {
      const mark = el('mark', { id: 'evidence-mark' });
      const claim = where.claim;
      if (validSpan(claim, text.length) && claim.start >= start && claim.end <= end && claim.end > claim.start) {
        mark.append(text.slice(start, claim.start), el('strong', { class: 'claim-words' }, text.slice(claim.start, claim.end)), text.slice(claim.end, end));
      } else {
        mark.append(text.slice(start, end));
      }
      box.replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
    } else {
      box.replaceChildren(document.createTextNode(text));
    }
    document.getElementById('evidence-title').textContent = a.title || '(untitled)';
    document.getElementById('evidence-meta').textContent =
      [a.outlet, a.published, a.url].filter(Boolean).join(' · ');
    document.getElementById('evidence-claim').textContent = where.label
      ? where.label + (start < 0 && (where.sentence || where.text) ? ' (the sentence was not found in the stored text)' : '')
      : '';
    const panel = document.getElementById('evidence');
    panel.hidden = false;
    const mark = document.getElementById('evidence-mark');
    if (mark) mark.scrollIntoView({ block: 'center' });
    else panel.scrollTop = 0;
  } catch (e) {
    showError('Could not open the article: ' + e.message);
  }
}

document.getElementById('evidence-close').addEventListener('click', () => {
  document.getElementById('evidence').hidden = true;
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') document.getElementById('evidence').hidden = true;
});

// --- search ------------------------------------------------------------------------------------

async function searchPage(q) {
  document.getElementById('search-q').value = q;
  const hits = (await api('/api/search?q=' + encodeURIComponent(q))).items;
  const content = [el('h1', {}, `Search: ${q}`)];
  if (hits.length === 0) content.push(empty('Nothing matches. Try fewer or other words.'));
  content.push(el('ul', { id: 'hits' }, hits.map((h) => el('li', {},
    clickable(el('span', { class: 'hit' }, el('strong', {}, h.kind === 'CLAIM' ? 'Claim: ' : 'Article: '), h.title),
      () => showEvidence(h.articleId, h.kind === 'CLAIM' ? { text: h.snippet, label: h.title } : {})),
    el('div', { class: 'muted snippet' }, h.snippet)))));
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
        el('p', { id: 'add-summary' }, `${r.message[0].toUpperCase()}${r.message.slice(1)}; ${r.touched.length} story(ies) updated.`),
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
    if (e.status === 401) tokenPage(e.message);
    else view.replaceChildren(el('p', { role: 'alert', class: 'empty' }, 'Could not load this page: ' + e.message));
  }
}

/** Reading this server needs its token: ask for it, keep it for the session, and load the page again. */
function tokenPage(why) {
  const input = el('input', { id: 'read-token', type: 'password', autocomplete: 'off' });
  const form = el('form', { class: 'add', id: 'token-form' },
    el('label', { for: 'read-token' }, 'Server token (ask whoever runs this server)'), input,
    el('p', {}, el('button', { type: 'submit', id: 'token-submit' }, 'Open')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    sessionStorage.setItem('corroborate-token', input.value.trim());
    route();
  });
  view.replaceChildren(el('h1', {}, 'This server needs its token'),
    el('p', { role: 'alert', id: 'token-why', class: 'muted' }, why),
    form);
  input.focus();
}

window.addEventListener('hashchange', route);
route();
