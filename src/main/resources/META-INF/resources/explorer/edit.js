// Editing from the explorer's pages. With an API key entered (kept in sessionStorage, sent as Authorization:
// Bearer), entity and article pages show the editing mutations of EditApi; the service decides who may edit,
// so a reader's key gets its FORBIDDEN answer shown like any other refusal. Without a key nothing here shows.
import {gql, esc, editorKey, setEditorKey, pathOf} from './api.js';
import {setUpPicker} from './search.js';

const EDIT_FIELDS = 'id kind author at reason subjects undone undoes';

const MUTATIONS = {
  rename: `mutation($id: ID!, $name: String!, $reason: String) { edit: renameEntity(id: $id, name: $name, reason: $reason) { id } }`,
  describe: `mutation($id: ID!, $description: String, $reason: String) { edit: setEntityDescription(id: $id, description: $description, reason: $reason) { id } }`,
  addAlias: `mutation($id: ID!, $alias: String!, $reason: String) { edit: addAlias(id: $id, alias: $alias, reason: $reason) { id } }`,
  removeAlias: `mutation($id: ID!, $alias: String!, $reason: String) { edit: removeAlias(id: $id, alias: $alias, reason: $reason) { id } }`,
  merge: `mutation($into: ID!, $ids: [String!]!, $reason: String) { edit: mergeEntities(into: $into, ids: $ids, reason: $reason) { id } }`,
  split: `mutation($id: ID!, $reason: String) { edit: splitEntity(id: $id, reason: $reason) { id } }`,
  undo: `mutation($id: ID!, $reason: String) { edit: undoEdit(id: $id, reason: $reason) { id } }`,
  confirm: `mutation($id: ID!, $reason: String) { edit: confirmQuote(id: $id, reason: $reason) { id } }`,
  retract: `mutation($id: ID!, $reason: String) { edit: retractQuote(id: $id, reason: $reason) { id } }`,
  kind: `mutation($id: ID!, $kind: QuoteKind!, $reason: String) { edit: setQuoteKind(id: $id, kind: $kind, reason: $reason) { id } }`,
  speaker: `mutation($id: ID!, $speakerId: ID, $reason: String) { edit: setQuoteSpeaker(id: $id, speakerId: $speakerId, reason: $reason) { id } }`,
  changeType: `mutation($id: ID!, $type: EntityType!, $reason: String) { edit: changeEntityType(id: $id, type: $type, reason: $reason) { id targets } }`,
  addAffiliation: `mutation($personId: ID!, $organizationId: ID!, $role: String, $reason: String) {
    edit: addAffiliation(personId: $personId, organizationId: $organizationId, role: $role, reason: $reason) { id } }`,
  setRole: `mutation($personId: ID!, $organizationId: ID!, $role: String, $reason: String) {
    edit: setAffiliationRole(personId: $personId, organizationId: $organizationId, role: $role, reason: $reason) { id } }`,
  removeAffiliation: `mutation($personId: ID!, $organizationId: ID!, $reason: String) {
    edit: removeAffiliation(personId: $personId, organizationId: $organizationId, reason: $reason) { id } }`,
  setArticle: `mutation($id: ID!, $publishedAt: String, $publisher: String, $url: String, $reason: String) {
    edit: setArticle(id: $id, publishedAt: $publishedAt, publisher: $publisher, url: $url, reason: $reason) { id } }`,
  deleteArticle: `mutation($id: ID!, $reason: String) { edit: deleteArticle(id: $id, reason: $reason) { id } }`,
  subjects: `mutation($id: ID!, $aboutIds: [String!]!, $reason: String) { edit: setQuoteSubjects(id: $id, aboutIds: $aboutIds, reason: $reason) { id } }`,
  unnamed: `mutation($id: ID!, $unnamedSource: String, $reason: String) { edit: setQuoteSpeaker(id: $id, unnamedSource: $unnamedSource, reason: $reason) { id } }`,
  rejectDuplicate: `mutation($ids: [String!]!, $reason: String) { edit: rejectDuplicate(ids: $ids, reason: $reason) { id } }`,
};
// Merges that name their entities differently from the entity page's "merge another into this one".
MUTATIONS.mergePair = MUTATIONS.merge;
MUTATIONS.mergeInto = MUTATIONS.merge;
MUTATIONS.removeSubject = MUTATIONS.subjects;

/** What each edit says once done, shown above the page with a button that undoes it. */
const DONE = {
  rename: 'Renamed.', describe: 'Description saved.', addAlias: 'Alias added.', removeAlias: 'Alias removed.',
  merge: 'Merged.', split: 'Split back into the merged entities.', undo: 'Edit undone.', confirm: 'Quote confirmed.',
  retract: 'Quote retracted: it is left out of the lists now.', kind: 'Quote kind set.', speaker: 'Speaker set.',
  changeType: 'Type changed.', addAffiliation: 'Affiliation added.', setRole: 'Role set.',
  removeAffiliation: 'Affiliation removed.', setArticle: 'Article saved.', deleteArticle: 'Article deleted.',
  rejectDuplicate: 'Marked as not the same: the pair is not suggested again.', mergePair: 'Merged.', mergeInto: 'Merged.',
  subjects: 'Subject added.', removeSubject: 'Subject removed.', unnamed: 'Unnamed source set.',
};

const KIND_WORDS = {
  MERGE_ENTITIES: 'merge', SPLIT_ENTITY: 'split', UNDO: 'undo', RENAME_ENTITY: 'rename', ADD_ALIAS: 'alias added',
  REMOVE_ALIAS: 'alias removed', SET_ENTITY_DESCRIPTION: 'description', CHANGE_ENTITY_TYPE: 'type changed',
  SET_QUOTE_SPEAKER: 'speaker set', SET_QUOTE_SUBJECTS: 'subjects set', SET_QUOTE_KIND: 'kind set',
  CONFIRM_QUOTE: 'quote confirmed', RETRACT_QUOTE: 'quote retracted', DELETE_ARTICLE: 'article deleted', SET_ARTICLE: 'article set',
  ADD_AFFILIATION: 'affiliation added', SET_AFFILIATION_ROLE: 'role set', REMOVE_AFFILIATION: 'affiliation removed',
  REJECT_DUPLICATE: 'not a duplicate',
};

const TYPES = [['PERSON', 'Person'], ['ORGANIZATION', 'Organization'], ['NOT_AN_ENTITY', 'Not an entity (remove it)']];

/** Quote states an editor has acted on: the quotes whose edits a page's history shows besides its own node's. */
const EDITED_STATES = '[CONFIRMED, CORRECTED, RETRACTED]';

export function editing() {
  return !!editorKey();
}

/** The message of the last edit, shown once on the page rendered after it. */
let done = null;

/** The field for the key: on every entity and article page, open while a key is in use. */
export function editorKeyForm() {
  return `<details class="editor-key"${editorKey() ? ' open' : ''}><summary>Editor key</summary>
    <form><label for="editor-key-input">API key</label>
      <input id="editor-key-input" type="password" autocomplete="off" value="${esc(editorKey())}">
      <button type="submit">Use</button> <button type="button" class="forget">Forget</button></form>
    <p class="hint" aria-live="polite">${editorKey() ? 'A key is in use in this tab: the page shows the editing controls.'
      : 'Kept in this tab only, and sent with the explorer\'s requests: an editor\'s key shows the editing controls, any key lifts an anonymous caller\'s limits.'}</p></details>`;
}

/** The status line of a page's editing panel: the last edit's outcome with its undo, or nothing. */
function statusLine() {
  if (!done) return '<p class="edit-status" role="status"></p>';
  const {message, editId} = done;
  done = null;
  return `<p class="edit-status done" role="status">${esc(message)}${editId
    ? ` <button type="button" data-edit="undo" data-id="${esc(editId)}">Undo</button>` : ''}</p>`;
}

/** The last edit's outcome on a page without an editing panel of its own (home, review, duplicates); or nothing. */
export function editOutcome() {
  if (!done) return '';
  return `<section class="edit-panel outcome" data-edit-scope>${statusLine()}</section>`;
}

/** The reason field every edit of a page records (the editing panels have their own). */
export function reasonField() {
  return `<label class="reason">Reason (optional, recorded with each edit) <input id="edit-reason" autocomplete="off"></label>`;
}

/** The affiliations of a person (with organizations) or of an organization (with people), each with its controls. */
function affiliationControls(e) {
  const person = e.__typename === 'Person';
  const rows = person
    ? e.affiliations.map(a => ({personId: e.id, organizationId: a.organization.id, other: a.organization.name, role: a.role}))
    : e.affiliates.map(a => ({personId: a.person.id, organizationId: e.id, other: a.person.name, role: a.role}));
  const other = person ? 'an organization' : 'a person';
  return `<div class="affiliations"><h3>Affiliations</h3>
    ${rows.length ? `<ul class="affiliation-list">${rows.map((r, i) => `<li><form data-edit="setRole" class="row"
        data-person="${esc(r.personId)}" data-organization="${esc(r.organizationId)}">
      <span class="with">${esc(r.other)}</span>
      <label class="visually-hidden" for="edit-role-${i}">Role with ${esc(r.other)}</label>
      <input id="edit-role-${i}" name="role" value="${esc(r.role || '')}" placeholder="Role">
      <button type="submit">Set role</button>
      <button type="button" data-edit="removeAffiliation" data-person="${esc(r.personId)}" data-organization="${esc(r.organizationId)}"
        aria-label="Remove the affiliation with ${esc(r.other)}">Remove</button></form></li>`).join('')}</ul>`
      : '<p class="none">None yet.</p>'}
    <form data-edit="addAffiliation" class="pick"><label for="edit-affiliation">Add an affiliation with ${other}</label><span class="row">
      <input id="edit-affiliation" autocomplete="off" placeholder="Search ${other}">
      <input name="role" id="edit-affiliation-role" placeholder="Role (optional)" aria-label="Role">
      <button type="submit">Add affiliation</button></span>
      <ul class="search-results" role="listbox" hidden></ul></form></div>`;
}

/** The editing panel of a person's or organization's page: names, description, type, affiliations, merge, split, history. */
export function entityPanel(e, history) {
  if (!editing()) return '';
  const mergedInto = history.find(h => h.kind === 'MERGE_ENTITIES' && h.subjects[0] === e.id && !h.undone);
  const type = e.__typename.toLowerCase();
  return `<section class="edit-panel" aria-labelledby="edit-heading" data-edit-scope data-id="${esc(e.id)}" data-type="${esc(e.__typename)}">
    <h2 id="edit-heading">Edit ${esc(e.name)}</h2>
    ${statusLine()}
    <div class="edit-grid">
      <label class="reason">Reason (optional, recorded with each edit) <input id="edit-reason" autocomplete="off"></label>
      <form data-edit="rename"><label for="edit-name">Name</label><span class="row">
        <input id="edit-name" name="name" required value="${esc(e.name)}"><button type="submit">Rename</button></span></form>
      <form data-edit="describe"><label for="edit-description">Description</label><span class="row">
        <input id="edit-description" name="description" value="${esc(e.description || '')}"><button type="submit">Save</button></span></form>
      <form data-edit="addAlias"><label for="edit-alias">Aliases</label><span class="row">
        <input id="edit-alias" name="alias" required placeholder="Another way it is written"><button type="submit">Add alias</button></span>
        <ul class="alias-list">${e.aliases.map(a => `<li>${esc(a)} <button type="button" data-edit="removeAlias" data-alias="${esc(a)}"
          aria-label="Remove the alias ${esc(a)}">Remove</button></li>`).join('')}</ul></form>
      <form data-edit="merge" class="pick"><label for="edit-merge">Merge another ${esc(type)} into this one</label><span class="row">
        <input id="edit-merge" autocomplete="off" placeholder="Search a name"><button type="submit">Merge into ${esc(e.name)}</button></span>
        <ul class="search-results" role="listbox" hidden></ul></form>
      <form data-edit="changeType"><label for="edit-type">Type</label><span class="row">
        <select id="edit-type" name="type">${TYPES.map(([value, label]) =>
          `<option value="${value}"${value === e.__typename.toUpperCase() ? ' selected' : ''}>${label}</option>`).join('')}</select>
        <button type="submit">Change type</button></span></form>
      ${mergedInto ? `<p><button type="button" data-edit="split">Split</button> <span class="hint">back into what the merge of
        ${esc(mergedInto.at.slice(0, 16).replace('T', ' '))} joined</span></p>` : ''}
    </div>
    ${affiliationControls(e)}
    ${historyList(history)}
  </section>`;
}

/**
 * The editing panel of an article's page: its date, publisher and url, deleting it, the outcome line and the history
 * of the article and its quotes.
 */
export function articlePanel(a, history) {
  if (!editing()) return '';
  return `<section class="edit-panel" aria-labelledby="edit-heading" data-edit-scope data-id="${esc(a.id)}">
    <h2 id="edit-heading">Edit</h2>
    ${statusLine()}
    <label class="reason">Reason (optional, recorded with each edit) <input id="edit-reason" autocomplete="off"></label>
    <form data-edit="setArticle" class="edit-grid article-meta">
      <label>Published (YYYY-MM-DD) <input name="publishedAt" autocomplete="off" value="${esc((a.publishedAt || '').slice(0, 10))}"></label>
      <label>Publisher <input name="publisher" autocomplete="off" value="${esc(a.publisher ? a.publisher.name : '')}"></label>
      <label>URL <input name="url" type="url" autocomplete="off" value="${esc(a.url || '')}"></label>
      <p class="row"><button type="submit">Save article</button></p>
    </form>
    <details class="danger"><summary>Delete this article</summary>
      <p class="hint">Deletes the article with its quotes and comments, and the people, organizations and commenters
        nothing else holds. Undo brings all of it back.</p>
      <button type="button" data-edit="deleteArticle">Delete the article</button></details>
    <p class="hint">Each quote has its own controls under "Edit quote".</p>
    ${historyList(history)}
  </section>`;
}

function historyList(history) {
  if (!history.length) return '<h3>Edit history</h3><p class="none">No edits yet.</p>';
  return `<h3>Edit history</h3><ol class="history">${history.map(h => `<li class="edit${h.undone ? ' undone' : ''}">
    <strong>${esc(KIND_WORDS[h.kind] || h.kind)}</strong>${h.label ? ` <span class="on">${esc(h.label)}</span>` : ''}
    <span class="meta">by ${esc(h.author)}, <time>${esc(h.at.slice(0, 19).replace('T', ' '))}</time>${h.reason ? ' · ' + esc(h.reason) : ''}</span>
    ${h.undone ? '<span class="hint">undone</span>' : h.kind === 'UNDO' || h.kind === 'SPLIT_ENTITY' ? ''
      : `<button type="button" data-edit="undo" data-id="${esc(h.id)}">Undo</button>`}</li>`).join('')}</ol>`;
}

/** A quote's editing controls (on entity and article pages): confirm, retract, kind, speaker. */
export function quoteControls(q, open = false) {
  if (!editing()) return '';
  const kinds = ['DIRECT', 'PARTIAL', 'INDIRECT'];
  return `<details class="quote-edit"${open ? ' open' : ''} data-edit-scope data-id="${esc(q.id)}"><summary>Edit quote <span class="state">${esc((q.status || '').toLowerCase())}</span></summary>
    <p class="edit-status" role="status"></p>
    <div class="row"><button type="button" data-edit="confirm">Confirm</button> <button type="button" data-edit="retract">Retract</button></div>
    <form data-edit="kind" class="row"><label>Kind <select name="kind">${kinds.map(k =>
      `<option${k === q.kind ? ' selected' : ''}>${k}</option>`).join('')}</select></label><button type="submit">Set kind</button></form>
    <form data-edit="speaker" class="pick"><label for="speaker-${esc(q.id)}">Speaker</label><span class="row">
      <input id="speaker-${esc(q.id)}" autocomplete="off" placeholder="Search a person or organization" value="${esc(q.speaker ? q.speaker.name : '')}">
      <button type="submit">Set speaker</button></span><ul class="search-results" role="listbox" hidden></ul></form>
    <form data-edit="unnamed"><label for="unnamed-${esc(q.id)}">Or an unnamed source</label><span class="row">
      <input id="unnamed-${esc(q.id)}" name="unnamedSource" autocomplete="off" placeholder="e.g. a port official" value="${esc(q.unnamedSource || '')}">
      <button type="submit">Set source</button></span></form>
    <form data-edit="subjects" class="pick" data-about="${esc(q.about.map(a => a.id).join(' '))}"><label for="about-${esc(q.id)}">About</label>
      <ul class="alias-list subject-list">${q.about.map(a => `<li>${esc(a.name)} <button type="button" data-edit="removeSubject"
        data-subject="${esc(a.id)}" aria-label="It is not about ${esc(a.name)}">Remove</button></li>`).join('')}</ul>
      <span class="row"><input id="about-${esc(q.id)}" autocomplete="off" placeholder="Add who or what it is about">
      <button type="submit">Add subject</button></span><ul class="search-results" role="listbox" hidden></ul></form>
  </details>`;
}

/**
 * The edits of a node and of its quotes an editor acted on (quoteArgs picks them: speakerId, aboutId or articleId),
 * newest first, each with a label saying what it touched. Two requests, made only when a key is in use.
 */
export async function historyOf(id, quoteArgs, ownLabel) {
  if (!editing()) return [];
  const lists = quoteArgs.map((arg, i) => `q${i}: quotes(${arg}: $id, filter: {statuses: ${EDITED_STATES}}, first: 50) { edges { node { id text } } }`);
  const first = await gql(`query($id: ID!) { history(id: $id) { ${EDIT_FIELDS} } ${lists.join(' ')} }`, {id});
  const quotes = new Map();
  quoteArgs.forEach((_, i) => first[`q${i}`].edges.forEach(({node}) => quotes.set(node.id, node.text)));
  const edits = new Map(first.history.map(h => [h.id, h]));
  if (quotes.size) {
    const ids = [...quotes.keys()];
    const more = await gql(`query(${ids.map((_, i) => `$q${i}: ID!`).join(', ')}) { ${ids.map((_, i) =>
      `h${i}: history(id: $q${i}) { ${EDIT_FIELDS} }`).join(' ')} }`, Object.fromEntries(ids.map((q, i) => [`q${i}`, q])));
    ids.forEach((_, i) => more[`h${i}`].forEach(h => edits.set(h.id, h)));
  }
  return [...edits.values()].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id)).map(h => {
    const quote = h.subjects.map(s => quotes.get(s)).find(Boolean);
    const label = quote ? `“${quote.length > 60 ? quote.slice(0, 59) + '…' : quote}”` : h.subjects[0] === id ? ownLabel : null;
    return {...h, label};
  });
}

/** The pickers of the editing controls just rendered in container (merge: same type; speaker: people and organizations). */
export function wireEditing(container) {
  const panel = container.querySelector('.edit-panel[data-type]');
  if (panel) {
    setUpPicker(panel.querySelector('#edit-merge'), h => h.type === panel.dataset.type && h.node.id !== panel.dataset.id);
    const other = panel.dataset.type === 'Person' ? 'Organization' : 'Person';
    setUpPicker(panel.querySelector('#edit-affiliation'), h => h.type === other);
  }
  container.querySelectorAll('form[data-edit=mergeInto]').forEach(form =>
    setUpPicker(form.querySelector('input'), h => h.type === form.dataset.type && h.node.id !== form.dataset.id));
  container.querySelectorAll('.quote-edit form[data-edit=speaker] input, .quote-edit form[data-edit=subjects] input').forEach(input =>
    setUpPicker(input, h => h.type === 'Person' || h.type === 'Organization'));
}

/** The date, publisher and url fields of an article's form that differ from what the page showed; null when none does. */
function changedArticleFields(form) {
  const changed = {};
  for (const name of ['publishedAt', 'publisher', 'url']) {
    const input = form.elements[name];
    if (input.value.trim() !== input.defaultValue.trim()) changed[name] = input.value.trim();
  }
  return Object.keys(changed).length ? changed : null;
}

/** The variables of an edit, from the control that asked for it; a string (what is missing) when it cannot run. */
function variables(action, control, scope) {
  const reason = (document.getElementById('edit-reason')?.value || '').trim() || null;
  const form = control.closest('form');
  const id = scope.dataset.id;
  switch (action) {
    case 'rename': return {id, name: form.elements.name.value.trim(), reason};
    case 'describe': return {id, description: form.elements.description.value.trim() || null, reason};
    case 'addAlias': return {id, alias: form.elements.alias.value.trim(), reason};
    case 'removeAlias': return {id, alias: control.dataset.alias, reason};
    case 'merge': {
      const other = form.querySelector('input').dataset.id;
      return other ? {into: id, ids: [other], reason} : null;
    }
    case 'split': return {id, reason};
    case 'undo': return {id: control.dataset.id, reason};
    case 'confirm': case 'retract': return {id, reason};
    case 'kind': return {id, kind: form.elements.kind.value, reason};
    case 'speaker': {
      const speakerId = form.querySelector('input').dataset.id;
      return speakerId ? {id, speakerId, reason} : null;
    }
    case 'changeType': return {id, type: control.dataset.type || form.elements.type.value, reason};
    case 'addAffiliation': {
      const other = form.querySelector('input').dataset.id;
      if (!other) return null;
      const role = form.elements.role.value.trim() || null;
      return scope.dataset.type === 'Person' ? {personId: id, organizationId: other, role, reason}
        : {personId: other, organizationId: id, role, reason};
    }
    case 'setRole': return {personId: form.dataset.person, organizationId: form.dataset.organization,
      role: form.elements.role.value.trim() || null, reason};
    case 'removeAffiliation': return {personId: control.dataset.person, organizationId: control.dataset.organization, reason};
    case 'setArticle': {
      const changed = changedArticleFields(form);
      return changed ? {id, ...changed, reason} : 'Nothing changed: edit the date, the publisher or the url first.';
    }
    case 'deleteArticle': return {id, reason};
    case 'unnamed': {
      const unnamedSource = form.elements.unnamedSource.value.trim();
      return unnamedSource ? {id, unnamedSource, reason} : 'Describe the source first.';
    }
    case 'subjects': case 'removeSubject': {
      const subjectsForm = control.closest('form[data-edit=subjects]');
      const current = subjectsForm.dataset.about ? subjectsForm.dataset.about.split(' ') : [];
      if (action === 'removeSubject') return {id, aboutIds: current.filter(s => s !== control.dataset.subject), reason};
      const added = subjectsForm.querySelector('.row input').dataset.id;
      return added ? {id, aboutIds: [...new Set([...current, added])], reason} : null;
    }
    case 'rejectDuplicate': return {ids: scope.dataset.ids.split(' '), reason};
    case 'mergePair': return {into: control.dataset.into, ids: [control.dataset.other], reason};
    case 'mergeInto': {
      const into = form.querySelector('input').dataset.id;
      return into ? {into, ids: [id], reason} : null;
    }
    default: return null;
  }
}

/**
 * Where the explorer goes after an edit that took away the page's own node (null: the page shows again): a retyped
 * entity's new page, or the start page for an entity removed as not one or a deleted article.
 */
function nextAddress(action, vars, edit, scope) {
  const ownPage = scope.matches('.edit-panel');
  if (action === 'deleteArticle') return '/';
  if (action !== 'changeType' || !ownPage) return null;
  if (vars.type === 'NOT_AN_ENTITY') return '/';
  const prefix = vars.type === 'PERSON' ? 'person:' : 'org:';
  const created = edit.targets.find(t => t !== vars.id && t.startsWith(prefix));
  return created ? pathOf(vars.type === 'PERSON' ? 'Person' : 'Organization', created) : '/';
}

/** A refusal as people read it: the API's code, then its message. */
function refusal(error) {
  return `<span class="error"><strong>${esc(error.code || 'ERROR')}</strong>: ${esc(error.message)}</span>`;
}

/**
 * Runs the edits the page's controls ask for (one listener on main for every page), then shows the page again
 * with the outcome; the key's form is handled here too. refresh re-renders the current address.
 */
export function setUpEditing(main, refresh, navigate) {
  const run = async (action, control) => {
    const scope = control.closest('[data-edit-scope]') || main;
    const status = scope.querySelector('.edit-status');
    const vars = variables(action, control, scope);
    if (!vars || typeof vars === 'string') {
      status.innerHTML = `<span class="error">${esc(vars || 'Pick one from the suggestions first.')}</span>`;
      return;
    }
    control.disabled = true;
    // The last edit's outcome is stale once another edit starts.
    main.querySelectorAll('.edit-status.done').forEach(line => { line.className = 'edit-status'; line.textContent = ''; });
    status.className = 'edit-status';
    status.textContent = 'Saving…';
    try {
      const data = await gql(MUTATIONS[action], vars);
      done = {message: DONE[action], editId: action === 'undo' ? null : data.edit.id};
      const next = nextAddress(action, vars, data.edit, scope);
      if (next) navigate(next);
      else await refresh();
    } catch (error) {
      status.innerHTML = refusal(error);
      control.disabled = false;
    }
  };
  main.addEventListener('submit', event => {
    const form = event.target;
    if (form.closest('.editor-key')) {
      event.preventDefault();
      setEditorKey(form.querySelector('input').value.trim());
      refresh();
    } else if (form.dataset.edit) {
      event.preventDefault();
      run(form.dataset.edit, form.querySelector('button[type=submit]'));
    }
  });
  main.addEventListener('click', event => {
    const forget = event.target.closest('.editor-key .forget');
    if (forget) {
      setEditorKey('');
      refresh();
      return;
    }
    const button = event.target.closest('button[type=button][data-edit]');
    if (button) run(button.dataset.edit, button);
  });
}
