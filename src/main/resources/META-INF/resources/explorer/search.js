// Search as you type over people, organizations, quotes and article titles (the API's search query).
import {gql, esc, pathOf, seg} from './api.js';

const SEARCH_QUERY = `query Search($q: String!) { search(query: $q, first: 12) { type label score
  node { id ... on Quote { article { id } speaker { name } } } } }`;

export async function searchHits(text) {
  const query = text.trim();
  if (query.length < 2) return [];
  try {
    return (await gql(SEARCH_QUERY, {q: query})).search;
  } catch (e) {
    return [];
  }
}

function hrefOf(hit) {
  if (hit.type === 'Quote') return `/article/${seg(hit.node.article.id)}#q-${hit.node.id}`;
  return pathOf(hit.type, hit.node.id);
}

export function setUpSearch(input, list, navigate) {
  let timer = null;
  let latest = 0;
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const asked = ++latest;
      const hits = await searchHits(input.value);
      if (asked !== latest) return;
      list.innerHTML = hits.map(hit => `<li role="option"><a href="${hrefOf(hit)}" data-link>
        <span class="type ${hit.type.toLowerCase()}">${esc(hit.type)}</span> ${esc(hit.type === 'Quote' ? '“' + hit.label + '”' : hit.label)}
        ${hit.type === 'Quote' && hit.node.speaker ? `<span class="muted">— ${esc(hit.node.speaker.name)}</span>` : ''}</a></li>`).join('')
        || (input.value.trim().length >= 2 ? '<li class="none">No match</li>' : '');
      list.hidden = !list.innerHTML;
      input.setAttribute('aria-expanded', String(!list.hidden));
    }, 150);
  });
  input.addEventListener('keydown', event => {
    const links = [...list.querySelectorAll('a')];
    if (event.key === 'ArrowDown' && links.length) { event.preventDefault(); links[0].focus(); }
    if (event.key === 'Escape') close();
    if (event.key === 'Enter' && links.length) { event.preventDefault(); links[0].click(); }
  });
  list.addEventListener('keydown', event => {
    const links = [...list.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
    if (event.key === 'Escape') { close(); input.focus(); }
  });
  list.addEventListener('click', event => { if (event.target.closest('a')) { close(); input.value = ''; } });
  document.addEventListener('click', event => { if (!event.target.closest('.search')) close(); });
}

/** A search box that picks a node (of the hits that pass keep): the chosen node's id goes to input.dataset.id. */
export function setUpPicker(input, keep) {
  const list = input.closest('.pick').querySelector('.search-results');
  let timer = null;
  input.addEventListener('input', () => {
    input.dataset.id = '';
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const hits = (await searchHits(input.value)).filter(keep);
      list.innerHTML = hits.map(h => `<li role="option"><button type="button" data-id="${esc(h.node.id)}">${esc(h.label)} <span class="type">${esc(h.type)}</span></button></li>`).join('');
      list.hidden = !hits.length;
      list.querySelectorAll('button').forEach(b => b.addEventListener('click', () => {
        input.dataset.id = b.dataset.id;
        input.value = b.firstChild.textContent.trim();
        list.hidden = true;
        input.focus();
      }));
    }, 200);
  });
}
