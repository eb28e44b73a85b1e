// The WhoSaid explorer: one page whose address says what it shows (/person/<id>, /organization/<id>,
// /article/<id>, /path?from=…&to=…); the service answers index.html for each, so links work when opened fresh.
import {gql, esc, pathOf, seg} from './api.js';
import {editorKeyForm, entityPanel, articlePanel, quoteControls, historyOf, wireEditing, setUpEditing, editOutcome} from './edit.js';
import {showReview, showDuplicates} from './review.js';
import {drawGraph, addSubgraph, renderEdgeFilter, legend, exportLinks} from './graph.js';
import {setUpSearch, setUpPicker} from './search.js';

const main = document.getElementById('main');
// What the page shows now, for people who script it (and the browser tests): the drawn graph.
window.whosaid = {cy: null, view: null};

const QUOTE_FIELDS = `id text kind status unnamedSource evidence { sentence start end }
  speaker { __typename id name } about { __typename id name } article { id title publishedAt }`;

// Three requests, each within an anonymous caller's cost budget (docs/security.md, "Limits"): who the entity is, then a
// page of what they said and a page of what was said about them.
const ENTITY_QUERY = `query Entity($id: ID!) { node(id: $id) { __typename
  ... on Person { id name aliases description
    affiliations { role organization { id name } }
    topSpeakers(first: 8) { quotes speaker { __typename id name } } }
  ... on Organization { id name aliases description kind
    affiliates { role person { id name } }
    topSpeakers(first: 8) { quotes speaker { __typename id name } } } } }`;
const QUOTES_PAGE = 50;
const SAID_QUERY = `query Said($id: ID!) { quotes(speakerId: $id, first: ${QUOTES_PAGE}) {
  totalCount edges { node { ${QUOTE_FIELDS} } } } }`;
const ABOUT_QUERY = `query About($id: ID!) { quotes(aboutId: $id, first: ${QUOTES_PAGE}) {
  totalCount edges { node { ${QUOTE_FIELDS} } } } }`;

const SUBGRAPH_FIELDS = 'nodes { id type label degree said quotedAbout } edges { id type source target weight supports } truncated';
const NEIGHBORHOOD_QUERY = `query Around($id: ID!, $hops: Int, $limit: Int) {
  neighborhood(id: $id, hops: $hops, limit: $limit) { ${SUBGRAPH_FIELDS} } }`;

function link(entity) {
  if (!entity) return '<span class="unknown">unknown speaker</span>';
  const href = pathOf(entity.__typename || entity.type, entity.id);
  return href ? `<a href="${href}" data-link>${esc(entity.name || entity.label)}</a>` : esc(entity.name);
}

function quoteItem(q) {
  const about = q.about.length ? ` about ${q.about.map(link).join(', ')}` : '';
  const date = q.article.publishedAt ? `<time>${esc(q.article.publishedAt.slice(0, 10))}</time> · ` : '';
  return `<li class="quote" data-id="${esc(q.id)}">
    <blockquote>“${esc(q.text)}”</blockquote>
    <div class="meta">${link(q.speaker)}${about} · ${date}<a href="/article/${seg(q.article.id)}#q-${esc(q.id)}" data-link>${esc(q.article.title)}</a></div>
    <details><summary>Evidence</summary><p class="evidence">${esc(q.evidence.sentence)}</p></details>
    ${quoteControls(q)}
  </li>`;
}

function countList(rows) {
  if (!rows.length) return '<p class="none">No one yet.</p>';
  return '<ol class="counts">' + rows.map(r => `<li>${link(r.entity)} <span class="count">${r.count}</span></li>`).join('') + '</ol>';
}

/** Who the entity's own quotes are about, most first. */
function spokenAbout(quotes, selfId) {
  const byId = new Map();
  for (const q of quotes) {
    for (const a of q.about) {
      if (a.id === selfId) continue;
      const row = byId.get(a.id) || {entity: a, count: 0};
      row.count++;
      byId.set(a.id, row);
    }
  }
  return [...byId.values()].sort((x, y) => y.count - x.count).slice(0, 8);
}

/** Quotes said and about, per month of their article's date. */
function overTime(said, about) {
  const months = new Map();
  const add = (q, key) => {
    const month = (q.article.publishedAt || '').slice(0, 7) || 'undated';
    const row = months.get(month) || {month, said: 0, about: 0};
    row[key]++;
    months.set(month, row);
  };
  said.forEach(q => add(q, 'said'));
  about.forEach(q => add(q, 'about'));
  const rows = [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
  if (!rows.length) return '<p class="none">No quotes yet.</p>';
  return `<table class="time"><thead><tr><th>Month</th><th>Said</th><th>Quoted about</th></tr></thead><tbody>` +
    rows.map(r => `<tr><td>${esc(r.month)}</td><td>${r.said}</td><td>${r.about}</td></tr>`).join('') + '</tbody></table>';
}

async function showEntity(id) {
  const [data, saidPage, aboutPage, history] = await Promise.all([gql(ENTITY_QUERY, {id}), gql(SAID_QUERY, {id}),
    gql(ABOUT_QUERY, {id}), historyOf(id, ['speakerId', 'aboutId'], null)]);
  const e = data.node;
  if (!e || (e.__typename !== 'Person' && e.__typename !== 'Organization')) {
    return notFound(`No person or organization with id ${id}.`);
  }
  e.said = saidPage.quotes;
  e.quotedAbout = aboutPage.quotes;
  document.title = `${e.name} · WhoSaid`;
  const said = e.said.edges.map(edge => edge.node);
  const about = e.quotedAbout.edges.map(edge => edge.node);
  const ties = e.__typename === 'Person'
    ? e.affiliations.map(a => `<li>${esc(a.role || 'member')} at ${link({__typename: 'Organization', ...a.organization})}</li>`)
    : e.affiliates.map(a => `<li>${link({__typename: 'Person', ...a.person})}, ${esc(a.role || 'member')}</li>`);
  main.innerHTML = `
    <article class="entity">
      <header>
        <p class="kind">${esc(e.__typename)}${e.kind ? ' · ' + esc(e.kind.toLowerCase()) : ''}</p>
        <h1>${esc(e.name)}</h1>
        ${e.aliases.length ? `<p class="aliases">Also written: ${e.aliases.map(esc).join(', ')}</p>` : ''}
        ${e.description ? `<p class="description">${esc(e.description)}</p>` : ''}
        ${ties.length ? `<h2>${e.__typename === 'Person' ? 'Roles and affiliations' : 'People'}</h2><ul class="ties">${ties.join('')}</ul>` : ''}
        <p><a href="/path?from=${encodeURIComponent(e.id)}" data-link>How is ${esc(e.name)} connected to…</a></p>
        ${editorKeyForm()}
      </header>
      ${entityPanel(e, history)}
      <section class="graph-panel" aria-label="Network around ${esc(e.name)}">
        <h2>Network</h2>
        <p class="hint">Click a node to open it, double-click to expand it.</p>
        <div class="graph-tools">
          <fieldset class="edge-filter"></fieldset>
          ${legend()}
          <div class="exports"></div>
        </div>
        <div id="graph" class="graph" role="img" aria-label="Graph of the nodes around ${esc(e.name)}"></div>
        <p class="graph-status" aria-live="polite"></p>
      </section>
      <div class="columns">
        <section><h2>Who speaks about ${esc(e.name)} most</h2>${countList(e.topSpeakers.map(s => ({entity: s.speaker, count: s.quotes})))}</section>
        <section><h2>Who ${esc(e.name)} speaks about most</h2>${countList(spokenAbout(said, e.id))}</section>
        <section><h2>Over time</h2>${overTime(said, about)}</section>
      </div>
      <div class="columns two">
        <section><h2>What ${esc(e.name)} said <span class="count">${e.said.totalCount}</span></h2>
          ${said.length ? `<ul class="quotes">${said.map(quoteItem).join('')}</ul>` : '<p class="none">No quotes.</p>'}</section>
        <section><h2>What was said about ${esc(e.name)} <span class="count">${e.quotedAbout.totalCount}</span></h2>
          ${about.length ? `<ul class="quotes">${about.map(quoteItem).join('')}</ul>` : '<p class="none">No quotes.</p>'}</section>
      </div>
    </article>`;
  wireEditing(main);
  await showNeighborhood(e.id);
}

const NEIGHBORHOOD_SHOWN = {hops: 1, limit: 200};

async function showNeighborhood(id) {
  const container = document.getElementById('graph');
  const status = main.querySelector('.graph-status');
  const data = await gql(NEIGHBORHOOD_QUERY, {id, ...NEIGHBORHOOD_SHOWN});
  main.querySelector('.exports').innerHTML = exportLinks({id, ...NEIGHBORHOOD_SHOWN});
  const cy = drawGraph(container, data.neighborhood, {
    startId: id,
    onOpen: node => openNode(node),
    onExpand: async node => {
      const more = await gql(NEIGHBORHOOD_QUERY, {id: node.id, ...NEIGHBORHOOD_SHOWN});
      const added = addSubgraph(cy, more.neighborhood, node.id);
      renderEdgeFilter(main.querySelector('.edge-filter'), cy);
      status.textContent = `${added} nodes added around ${node.label}; ${cy.nodes().length} nodes drawn.`;
    },
  });
  window.whosaid.cy = cy;
  renderEdgeFilter(main.querySelector('.edge-filter'), cy);
  status.textContent = `${cy.nodes().length} nodes, ${cy.edges().length} edges` +
    (data.neighborhood.truncated ? ' (cut off at 200 nodes: double-click to see more).' : '.');
}

/** Opens a node's page; a quote or a comment opens its article. */
async function openNode(node) {
  const direct = pathOf(node.type, node.id);
  if (direct) return navigate(direct);
  const data = await gql(`query($id: ID!) { node(id: $id) { ... on Quote { article { id } } ... on Comment { article { id } } } }`, {id: node.id});
  if (data.node && data.node.article) navigate(`/article/${seg(data.node.article.id)}#q-${node.id}`);
}

// An article's people, quotes and comments are connections: the page reads the first 100 of each with the article,
// then the rest page by page (an article may have thousands of comments).
const ARTICLE_PAGE = 100;
const ARTICLE_LISTS = {
  people: 'id name aliases',
  quotes: 'id text kind status unnamedSource cue evidence { start end sentence } speaker { __typename id name } about { __typename id name }',
  comments: 'id number text spam author { handle } mentions { __typename id name }',
};
const listPage = (field, after) => `${field}(first: ${ARTICLE_PAGE}${after ? ', after: $after' : ''}) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${ARTICLE_LISTS[field]} } } }`;
const ARTICLE_QUERY = `query Article($id: ID!) { article(id: $id) { id url title subtitle publishedAt text editorNotes
  publisher { id name } organizations { id name aliases }
  ${Object.keys(ARTICLE_LISTS).map(field => listPage(field, false)).join('\n  ')} } }`;

/** Every node of one of the article's connections: the page read with the article, then the pages after it. */
async function allOf(id, field, page) {
  const nodes = page.edges.map(e => e.node);
  let info = page.pageInfo;
  while (info.hasNextPage) {
    const next = (await gql(`query More($id: ID!, $after: String) { article(id: $id) { ${listPage(field, true)} } }`,
      {id, after: info.endCursor})).article[field];
    nodes.push(...next.edges.map(e => e.node));
    info = next.pageInfo;
  }
  return nodes;
}

/** The text with each quote's evidence span highlighted and linked to its speaker, and names marked. */
function markedText(text, quotes, entities) {
  const spans = quotes.filter(q => q.evidence && q.evidence.end > q.evidence.start)
    .sort((a, b) => a.evidence.start - b.evidence.start);
  let html = '';
  let at = 0;
  for (const q of spans) {
    if (q.evidence.start < at) continue;
    html += markNames(text.slice(at, q.evidence.start), entities);
    const who = q.speaker ? `${q.speaker.name}` : 'unknown speaker';
    const href = q.speaker ? pathOf(q.speaker.__typename, q.speaker.id) : null;
    const inner = esc(text.slice(q.evidence.start, q.evidence.end));
    html += `<mark id="q-${esc(q.id)}" class="quote-mark" title="${esc(who)} (${esc(q.kind.toLowerCase())})">` +
      (href ? `<a href="${href}" data-link>${inner}</a>` : inner) + `<sup class="who">${esc(who)}</sup></mark>`;
    at = q.evidence.end;
  }
  return html + markNames(text.slice(at), entities);
}

function markNames(segment, entities) {
  const names = [];
  for (const e of entities) {
    for (const name of [e.name, ...e.aliases]) {
      if (name && name.length > 2) names.push({name, entity: e});
    }
  }
  names.sort((a, b) => b.name.length - a.name.length);
  if (!names.length) return esc(segment);
  const pattern = new RegExp('\\b(' + names.map(n => n.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')\\b', 'g');
  const byName = new Map(names.map(n => [n.name, n.entity]));
  let html = '';
  let at = 0;
  for (const match of segment.matchAll(pattern)) {
    const entity = byName.get(match[0]);
    html += esc(segment.slice(at, match.index));
    html += `<a class="name ${entity.__typename.toLowerCase()}" href="${pathOf(entity.__typename, entity.id)}" data-link>${esc(match[0])}</a>`;
    at = match.index + match[0].length;
  }
  return html + esc(segment.slice(at));
}

/** Comments nested by their number: "2.1" is the first reply to "2". */
function commentTree(comments) {
  const byNumber = new Map(comments.map(c => [c.number, {...c, replies: []}]));
  const roots = [];
  for (const c of byNumber.values()) {
    const parent = c.number.includes('.') ? byNumber.get(c.number.slice(0, c.number.lastIndexOf('.'))) : null;
    (parent ? parent.replies : roots).push(c);
  }
  const order = (a, b) => a.number.localeCompare(b.number, undefined, {numeric: true});
  const render = list => '<ol class="thread">' + list.sort(order).map(c => `
    <li class="comment${c.spam ? ' spam' : ''}" id="c-${esc(c.number)}">
      <p class="comment-head"><span class="number">${esc(c.number)}</span> <strong>${esc(c.author ? c.author.handle : 'anonymous')}</strong>
        ${c.mentions.length ? ' · mentions ' + c.mentions.map(link).join(', ') : ''}</p>
      <p class="comment-text">${esc(c.text)}</p>
      ${c.replies.length ? render(c.replies) : ''}
    </li>`).join('') + '</ol>';
  return roots.length ? render(roots) : '<p class="none">No comments.</p>';
}

async function showArticle(id) {
  const [data, history] = await Promise.all([gql(ARTICLE_QUERY, {id}), historyOf(id, ['articleId'], 'the article')]);
  const a = data.article;
  if (!a) return notFound(`No article with id ${id}.`);
  for (const field of Object.keys(ARTICLE_LISTS)) a[field] = await allOf(id, field, a[field]);
  document.title = `${a.title} · WhoSaid`;
  const entities = [...a.people.map(p => ({__typename: 'Person', ...p})), ...a.organizations.map(o => ({__typename: 'Organization', ...o}))];
  main.innerHTML = `
    <article class="article">
      <header>
        <p class="kind">Article${a.publisher ? ' · ' + link({__typename: 'Organization', ...a.publisher}) : ''}${a.publishedAt ? ' · <time>' + esc(a.publishedAt.slice(0, 10)) + '</time>' : ''}</p>
        <h1>${esc(a.title)}</h1>
        ${a.subtitle ? `<p class="subtitle">${esc(a.subtitle)}</p>` : ''}
        ${a.url ? `<p class="url">${esc(a.url)}</p>` : ''}
        ${editorKeyForm()}
      </header>
      ${articlePanel(a, history)}
      <div class="columns article-layout">
        <section class="text" aria-label="Text"><div class="body">${markedText(a.text, a.quotes, entities)}</div>
          ${a.editorNotes.length ? `<aside class="notes"><h2>Editor's notes</h2>${a.editorNotes.map(n => `<p>${esc(n)}</p>`).join('')}</aside>` : ''}
        </section>
        <aside class="side">
          <h2>Quotes <span class="count">${a.quotes.length}</span></h2>
          <ul class="quote-index">${a.quotes.map(q => `<li><a href="#q-${esc(q.id)}">“${esc(q.text.length > 70 ? q.text.slice(0, 69) + '…' : q.text)}”</a> — ${link(q.speaker)}${quoteControls(q)}</li>`).join('')}</ul>
          <h2>People</h2><ul>${a.people.map(p => `<li>${link({__typename: 'Person', ...p})}</li>`).join('') || '<li class="none">None</li>'}</ul>
          <h2>Organizations</h2><ul>${a.organizations.map(o => `<li>${link({__typename: 'Organization', ...o})}</li>`).join('') || '<li class="none">None</li>'}</ul>
        </aside>
      </div>
      <section class="comments"><h2>Comments <span class="count">${a.comments.length}</span></h2>${commentTree(a.comments)}</section>
    </article>`;
  wireEditing(main);
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

const PATHS_SHOWN = 10;
const PATHS_QUERY = `query Paths($from: ID!, $to: ID!, $hops: Int, $types: [EdgeType!]) {
  shortestPaths(fromId: $from, toId: $to, maxHops: $hops, limit: ${PATHS_SHOWN}, types: $types) {
    graph { ${SUBGRAPH_FIELDS} } paths { nodes edges } } }`;

/** What a path may go through: quotes only (who said what about whom), or co-mentions in articles too. */
const PATH_VIA = {
  quotes: {label: 'Quotes only (said, about)', types: ['SAID', 'ABOUT']},
  all: {label: 'Also co-mentions, affiliations and comments', types: null},
};

const EDGE_MEANING = {
  SAID: 'said', ABOUT: 'is about', QUOTED_IN: 'is quoted in', MENTIONS: 'mentions', PUBLISHED_BY: 'is published by',
  AFFILIATED_WITH: 'is affiliated with', WROTE: 'wrote', ON: 'is a comment on', REPLY_TO: 'replies to',
};

async function showPath(params) {
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  document.title = 'Paths · WhoSaid';
  main.innerHTML = `
    <section class="path-page">
      <h1>How are they connected?</h1>
      <form class="path-form">
        <div class="pick"><label for="path-from">From</label><input id="path-from" autocomplete="off" placeholder="Search a name" data-id="${esc(from)}">
          <ul class="search-results" role="listbox" hidden></ul></div>
        <div class="pick"><label for="path-to">To</label><input id="path-to" autocomplete="off" placeholder="Search a name" data-id="${esc(to)}">
          <ul class="search-results" role="listbox" hidden></ul></div>
        <div class="pick-hops"><label for="path-hops">Hops at most</label>
        <select id="path-hops">${[1, 2, 3, 4].map(h => `<option${String(h) === (params.get('hops') || '4') ? ' selected' : ''}>${h}</option>`).join('')}</select></div>
        <fieldset class="via"><legend>Through</legend>${Object.entries(PATH_VIA).map(([key, via]) =>
          `<label><input type="radio" name="via" value="${key}"${(params.get('via') || 'all') === key ? ' checked' : ''}> ${esc(via.label)}</label>`).join('')}</fieldset>
        <button type="submit">Find the shortest paths</button>
      </form>
      <div class="path-result" aria-live="polite"></div>
    </section>`;
  const form = main.querySelector('.path-form');
  for (const input of form.querySelectorAll('.pick input')) {
    setUpPicker(input, hit => hit.type !== 'Quote');
    if (input.dataset.id) {
      const known = await gql(`query($id: ID!) { node(id: $id) { id ... on Entity { name } ... on Article { title } } }`, {id: input.dataset.id}).catch(() => null);
      input.value = known && known.node ? (known.node.name || known.node.title || known.node.id) : input.dataset.id;
    }
  }
  form.addEventListener('submit', event => {
    event.preventDefault();
    const f = form.querySelector('#path-from').dataset.id;
    const t = form.querySelector('#path-to').dataset.id;
    if (!f || !t) {
      main.querySelector('.path-result').innerHTML = '<p class="error">Pick both ends from the suggestions.</p>';
      return;
    }
    navigate(`/path?from=${encodeURIComponent(f)}&to=${encodeURIComponent(t)}&hops=${form.querySelector('#path-hops').value}&via=${form.querySelector('input[name=via]:checked').value}`);
  });
  if (!from || !to) return;
  const result = main.querySelector('.path-result');
  const via = PATH_VIA[params.get('via')] || PATH_VIA.all;
  const hops = Number(params.get('hops') || 4);
  const data = await gql(PATHS_QUERY, {from, to, hops, types: via.types});
  const found = data.shortestPaths;
  if (!found) {
    result.innerHTML = '<p class="none">No connection within these hops.</p>';
    return;
  }
  const byId = new Map(found.graph.nodes.map(n => [n.id, n]));
  const edgeById = new Map(found.graph.edges.map(e => [e.id, e]));
  const nodeLink = n => {
    const href = pathOf(n.type, n.id);
    const text = n.label.length > 80 ? n.label.slice(0, 79) + '…' : n.label;
    const label = n.type === 'Quote' ? `the quote “${text}”` : n.type === 'Comment' ? `comment ${text}` : text;
    return href ? `<a href="${href}" data-link>${esc(label)}</a>` : esc(label);
  };
  // Each step reads as a sentence, the quote or article it goes through being one of its ends.
  const steps = path => path.edges.map(id => edgeById.get(id)).map(e =>
    `<li>${nodeLink(byId.get(e.source))} <span class="rel">${esc(EDGE_MEANING[e.type] || e.type)}</span> ${nodeLink(byId.get(e.target))}</li>`).join('');
  const length = found.paths[0].edges.length;
  const count = found.paths.length;
  result.innerHTML = `
    <h2>${count}${found.graph.truncated ? '+' : ''} shortest path${count === 1 ? '' : 's'} of ${length} step${length === 1 ? '' : 's'}</h2>
    ${found.graph.truncated ? `<p class="hint">The first ${PATHS_SHOWN} are shown; a narrower "Through" finds fewer.</p>` : ''}
    <ol class="paths">${found.paths.map(path => `<li><ol class="steps">${steps(path)}</ol></li>`).join('')}</ol>
    <div class="graph-tools"><fieldset class="edge-filter"></fieldset>${legend()}
      <div class="exports">${exportLinks({from, to, maxHops: hops, limit: PATHS_SHOWN, types: via.types})}</div></div>
    <div id="graph" class="graph small" role="img" aria-label="The paths drawn as a graph"></div>`;
  const cy = drawGraph(document.getElementById('graph'), found.graph, {startId: from, onOpen: openNode});
  window.whosaid.cy = cy;
  renderEdgeFilter(result.querySelector('.edge-filter'), cy);
}

async function showHome() {
  document.title = 'WhoSaid explorer';
  const data = await gql(`{ articles(first: 20) { totalCount edges { node { id title publishedAt publisher { name } } } }
    people(first: 30) { totalCount edges { node { id name } } } organizations(first: 30) { totalCount edges { node { id name } } } }`);
  main.innerHTML = `
    ${editOutcome()}
    <section class="home">
      <h1>Who said what about whom</h1>
      <p>Search above, or start from an article, a person or an organization.</p>
      <div class="columns">
        <section><h2>Articles <span class="count">${data.articles.totalCount}</span></h2><ul>${data.articles.edges.map(({node: a}) =>
          `<li><a href="/article/${seg(a.id)}" data-link>${esc(a.title)}</a>${a.publisher ? ` <span class="muted">${esc(a.publisher.name)}</span>` : ''}</li>`).join('')}</ul></section>
        <section><h2>People <span class="count">${data.people.totalCount}</span></h2><ul>${data.people.edges.map(({node: p}) =>
          `<li>${link({__typename: 'Person', ...p})}</li>`).join('')}</ul></section>
        <section><h2>Organizations <span class="count">${data.organizations.totalCount}</span></h2><ul>${data.organizations.edges.map(({node: o}) =>
          `<li>${link({__typename: 'Organization', ...o})}</li>`).join('')}</ul></section>
      </div>
    </section>`;
}

function notFound(message) {
  document.title = 'Not found · WhoSaid';
  main.innerHTML = `<section><h1>Not found</h1><p>${esc(message)}</p><p><a href="/" data-link>Back to the start</a></p></section>`;
}

async function render() {
  if (window.whosaid.cy) {
    window.whosaid.cy.destroy();
    window.whosaid.cy = null;
  }
  const route = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  window.whosaid.view = route[0] || 'home';
  main.innerHTML = '<p class="loading">Loading…</p>';
  try {
    if (route.length === 0) await showHome();
    else if ((route[0] === 'person' || route[0] === 'organization') && route[1]) await showEntity(route[1]);
    else if (route[0] === 'article' && route[1]) await showArticle(route[1]);
    else if (route[0] === 'path') await showPath(new URLSearchParams(location.search));
    else if (route[0] === 'review' && route.length === 1) await showReview(main, new URLSearchParams(location.search));
    else if (route[0] === 'duplicates' && route.length === 1) await showDuplicates(main, new URLSearchParams(location.search));
    else notFound(`Nothing at ${location.pathname}.`);
  } catch (error) {
    if (error.code === 'NOT_FOUND') notFound(error.message);
    else main.innerHTML = `<section><h1>Something went wrong</h1><p class="error">${esc(error.message)}</p></section>`;
  }
  window.whosaid.ready = true;
  document.dispatchEvent(new CustomEvent('whosaid:rendered'));
}

/** Shows the current address again, e.g. after an edit or with another key; the outcome of an edit in view. */
async function refresh() {
  window.whosaid.ready = false;
  await render();
  main.querySelector('.edit-status.done')?.scrollIntoView({block: 'center'});
}

export function navigate(href) {
  history.pushState(null, '', href);
  window.whosaid.ready = false;
  render().then(() => main.focus({preventScroll: true}));
  window.scrollTo(0, 0);
}

document.addEventListener('click', event => {
  const a = event.target.closest('a[data-link]');
  if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(a.getAttribute('href'));
});
window.addEventListener('popstate', () => render());
setUpEditing(main, refresh, navigate);
setUpSearch(document.getElementById('search-input'), document.getElementById('search-results'), navigate);
render();
