// Two pages for finding what needs fixing: /review, the review queue (quotes with no speaker, low-confidence
// attributions, entities seen once), and /duplicates, the probable duplicates (editors only). Each item carries the
// controls that fix it; the edits run through edit.js like those of the other pages.
import {gql, esc, pathOf, seg} from './api.js';
import {editing, editorKeyForm, editOutcome, reasonField, quoteControls, wireEditing} from './edit.js';

const PAGE_SIZE = 20;

const REASONS = [
  ['', 'Everything'],
  ['NO_SPEAKER', 'No speaker'],
  ['LOW_CONFIDENCE', 'Unsure speaker'],
  ['SEEN_ONCE', 'Seen once'],
];

const WHY = {
  NO_SPEAKER: 'No speaker',
  LOW_CONFIDENCE: 'Unsure speaker',
  SEEN_ONCE: 'Named in one article only',
};

const REVIEW_QUERY = `query Review($reason: ReviewReason, $after: String) {
  reviewQueue(reason: $reason, first: ${PAGE_SIZE}, after: $after) { totalCount
    edges { cursor node { reason confidence node { __typename id
      ... on Quote { text kind status unnamedSource evidence { sentence } speaker { __typename id name }
        about { __typename id name } article { id title publishedAt } }
      ... on Person { name aliases }
      ... on Organization { name aliases } } } }
    pageInfo { hasNextPage endCursor } } }`;

const DUPLICATES_QUERY = `query Duplicates($after: String) {
  duplicateCandidates(first: ${PAGE_SIZE}, after: $after) { edges { cursor node { ids names score reasons } }
    pageInfo { hasNextPage endCursor } } }`;

function entityLink(typeName, id, name) {
  const href = pathOf(typeName, id);
  return href ? `<a href="${href}" data-link>${esc(name)}</a>` : esc(name);
}

/** A type name from an entity id ("person:…", "org:…"), for its link. */
function typeOfId(id) {
  return id.startsWith('person:') ? 'Person' : 'Organization';
}

function nextPageLink(path, params, pageInfo) {
  if (!pageInfo.hasNextPage) return '';
  const next = new URLSearchParams(params);
  next.set('after', pageInfo.endCursor);
  return `<p><a class="next-page" href="${path}?${esc(next.toString())}" data-link>Next ${PAGE_SIZE}</a></p>`;
}

function quoteItem(item) {
  const q = item.node;
  const speaker = q.speaker ? entityLink(q.speaker.__typename, q.speaker.id, q.speaker.name) : '<span class="unknown">no speaker</span>';
  const sure = item.reason === 'LOW_CONFIDENCE' ? ` · <span class="confidence">${Math.round(item.confidence * 100)}% sure</span>` : '';
  const date = q.article.publishedAt ? `<time>${esc(q.article.publishedAt.slice(0, 10))}</time> · ` : '';
  return `<li class="review-item quote" data-id="${esc(q.id)}" data-reason="${esc(item.reason)}">
    <p class="why">${esc(WHY[item.reason])}</p>
    <blockquote>“${esc(q.text)}”</blockquote>
    <div class="meta">${speaker}${sure} · ${date}<a href="/article/${seg(q.article.id)}#q-${esc(q.id)}" data-link>${esc(q.article.title)}</a></div>
    <p class="evidence">${esc(q.evidence.sentence)}</p>
    ${quoteControls(q, true)}
  </li>`;
}

function entityItem(item) {
  const e = item.node;
  const controls = editing() ? `<div class="entity-fix" data-edit-scope data-id="${esc(e.id)}">
      <p class="edit-status" role="status"></p>
      <form data-edit="mergeInto" class="pick" data-id="${esc(e.id)}" data-type="${esc(e.__typename)}">
        <label for="merge-${esc(e.id)}">The same as another ${esc(e.__typename.toLowerCase())}? Merge it into</label><span class="row">
        <input id="merge-${esc(e.id)}" autocomplete="off" placeholder="Search a name"><button type="submit">Merge</button></span>
        <ul class="search-results" role="listbox" hidden></ul></form>
      <p class="row"><button type="button" data-edit="changeType" data-type="NOT_AN_ENTITY">Not an entity</button>
        <span class="hint">removes it; later articles do not create it again</span></p>
      <p class="hint">Right as it is? Any edit on its page (a description, an alias) takes it off this list.</p>
    </div>` : '';
  return `<li class="review-item entity" data-id="${esc(e.id)}" data-reason="${esc(item.reason)}">
    <p class="why">${esc(WHY[item.reason])}</p>
    <p class="name"><span class="type ${esc(e.__typename.toLowerCase())}">${esc(e.__typename)}</span> ${entityLink(e.__typename, e.id, e.name)}
      ${e.aliases.length ? `<span class="muted">also ${e.aliases.map(esc).join(', ')}</span>` : ''}</p>
    ${controls}
  </li>`;
}

export async function showReview(main, params) {
  document.title = 'Review · WhoSaid';
  const reason = params.get('reason') || '';
  const data = await gql(REVIEW_QUERY, {reason: reason || null, after: params.get('after')});
  const queue = data.reviewQueue;
  const items = queue.edges.map(edge => edge.node);
  main.innerHTML = `
    ${editOutcome()}
    <section class="review-page">
      <h1>What needs fixing</h1>
      <p>Quotes with no speaker, quotes whose speaker the extractor was unsure of, and people and organizations only one
        article names. What an editor confirmed, corrected, retracted or merged leaves the list.</p>
      <nav class="tabs" aria-label="Reasons">${REASONS.map(([value, label]) =>
        `<a href="/review${value ? '?reason=' + value : ''}" data-link${value === reason ? ' aria-current="page"' : ''}>${esc(label)}</a>`).join('')}</nav>
      ${editorKeyForm()}
      ${editing() ? reasonField() : '<p class="hint">With an editor key, each item has the controls that fix it.</p>'}
      <h2>${queue.totalCount} to review</h2>
      ${items.length ? `<ol class="review-list">${items.map(item =>
        item.node.__typename === 'Quote' ? quoteItem(item) : entityItem(item)).join('')}</ol>` : '<p class="none">Nothing to review.</p>'}
      ${nextPageLink('/review', params, queue.pageInfo)}
    </section>`;
  wireEditing(main);
}

export async function showDuplicates(main, params) {
  document.title = 'Duplicates · WhoSaid';
  const intro = `<h1>Probable duplicates</h1>
    <p>Pairs of people or organizations that are probably one, likeliest first. Merge a pair that is one, keeping the
      name you choose, or mark it as not the same: it is not suggested again.</p>`;
  if (!editing()) {
    main.innerHTML = `<section class="duplicates-page">${intro}${editorKeyForm()}
      <p class="hint">Ranking duplicates reads the whole graph: it needs an editor key.</p></section>`;
    return;
  }
  let data;
  try {
    data = await gql(DUPLICATES_QUERY, {after: params.get('after')});
  } catch (error) {
    main.innerHTML = `<section class="duplicates-page">${intro}${editorKeyForm()}
      <p class="error"><strong>${esc(error.code || 'ERROR')}</strong>: ${esc(error.message)}</p></section>`;
    return;
  }
  const found = data.duplicateCandidates;
  const pair = ({node: c}) => {
    const [a, b] = c.ids;
    const [nameA, nameB] = c.names;
    return `<li class="candidate" data-edit-scope data-ids="${esc(a)} ${esc(b)}">
      <p class="pair">${entityLink(typeOfId(a), a, nameA)} <span class="muted">and</span> ${entityLink(typeOfId(b), b, nameB)}
        <span class="count" title="score">${esc(c.score)}</span></p>
      <ul class="reasons">${c.reasons.map(r => `<li>${esc(r)}</li>`).join('')}</ul>
      <p class="edit-status" role="status"></p>
      <p class="row">
        <button type="button" data-edit="mergePair" data-into="${esc(a)}" data-other="${esc(b)}">Same: merge, keep “${esc(nameA)}”</button>
        <button type="button" data-edit="mergePair" data-into="${esc(b)}" data-other="${esc(a)}">Same: merge, keep “${esc(nameB)}”</button>
        <button type="button" data-edit="rejectDuplicate">Not the same</button></p>
    </li>`;
  };
  main.innerHTML = `
    ${editOutcome()}
    <section class="duplicates-page">${intro}
      ${editorKeyForm()}
      ${reasonField()}
      ${found.edges.length ? `<ol class="candidates">${found.edges.map(pair).join('')}</ol>` : '<p class="none">No probable duplicates.</p>'}
      ${nextPageLink('/duplicates', params, found.pageInfo)}
    </section>`;
}
