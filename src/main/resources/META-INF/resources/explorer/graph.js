// The network view: Cytoscape.js (window.cytoscape, loaded from the service's own webjar) drawing a subgraph.
import {esc} from './api.js';

export const NODE_STYLES = {
  Person: {color: '#2563c9', shape: 'ellipse'},
  Organization: {color: '#c2570c', shape: 'round-rectangle'},
  Article: {color: '#4b5563', shape: 'rectangle'},
  Quote: {color: '#15803d', shape: 'diamond'},
  Comment: {color: '#7e22ce', shape: 'triangle'},
  Commenter: {color: '#be123c', shape: 'vee'},
};

const STYLE = [
  {selector: 'node', style: {
    'label': 'data(short)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, 'color': '#111827',
    'text-background-color': '#ffffff', 'text-background-opacity': 0.7, 'text-background-padding': 1,
    'width': 'mapData(degree, 1, 40, 14, 36)', 'height': 'mapData(degree, 1, 40, 14, 36)', 'min-zoomed-font-size': 7}},
  ...Object.entries(NODE_STYLES).map(([type, s]) => ({
    selector: `node[type = "${type}"]`, style: {'background-color': s.color, 'shape': s.shape}})),
  // Quotes and comments are many and long: their labels show once zoomed in, as do the edges' labels.
  {selector: 'node[type = "Quote"], node[type = "Comment"]', style: {'min-zoomed-font-size': 13}},
  {selector: 'node.start', style: {'width': 30, 'height': 30, 'border-width': 3, 'border-color': '#111827'}},
  {selector: 'node:selected', style: {'border-width': 3, 'border-color': '#facc15'}},
  {selector: 'edge', style: {
    'width': 'mapData(weight, 1, 10, 1, 7)', 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af',
    'target-arrow-shape': 'triangle', 'arrow-scale': 0.7, 'curve-style': 'bezier', 'label': 'data(label)',
    'font-size': 8, 'color': '#374151', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 11}},
  {selector: 'edge[type = "SAID"]', style: {'line-color': '#15803d', 'target-arrow-color': '#15803d'}},
  {selector: 'edge[type = "ABOUT"]', style: {'line-color': '#2563c9', 'target-arrow-color': '#2563c9'}},
  {selector: '.filtered', style: {'display': 'none'}},
];

/** Above this many nodes edges are drawn straight and without arrows (haystack), which keeps panning smooth. */
const LARGE = 300;
// Their edges carry no label (the edge-type filter and counts say what they are), and node labels wait for a
// closer zoom, as nodes sit closer together.
const LARGE_STYLE = [
  {selector: 'edge', style: {'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none',
    'width': 0.6, 'opacity': 0.6, 'label': ''}},
  {selector: 'node', style: {'min-zoomed-font-size': 12}},
];

/**
 * Zoomed out, labels are not drawn (min-zoomed-font-size), so that a large graph is not a smear of text; the
 * label of the node under the pointer shows in a box beside it whatever the zoom.
 */
function showLabelOnHover(cy, container) {
  const tip = document.createElement('div');
  tip.className = 'graph-tip';
  tip.hidden = true;
  container.appendChild(tip);
  cy.on('mouseover', 'node', event => {
    const at = event.target.renderedPosition();
    tip.textContent = event.target.data('label');
    tip.style.left = `${Math.round(at.x + 12)}px`;
    tip.style.top = `${Math.round(at.y - 8)}px`;
    tip.hidden = false;
  });
  cy.on('mouseout', 'node', () => { tip.hidden = true; });
  cy.on('viewport remove', () => { tip.hidden = true; });
}

/** Cytoscape elements from a subgraph, whether its nodes and edges are plain or already {data: …}. */
export function toElements(subgraph) {
  const plain = item => item.data ? item.data : item;
  const nodes = subgraph.nodes.map(plain).map(n => ({group: 'nodes', data: {
    ...n, degree: n.degree || 1, short: n.label.length > 28 ? n.label.slice(0, 27) + '…' : n.label}}));
  const edges = subgraph.edges.map(plain).map(e => ({group: 'edges', data: {
    ...e, weight: e.weight || 1, label: (e.weight || 1) > 1 ? `${e.type} ×${e.weight}` : e.type}}));
  return [...nodes, ...edges];
}

/**
 * Draws the subgraph in container; onOpen(node data) on a click, onExpand(node data) on a double click
 * (a click waits a moment so that a double click is not taken for two).
 */
export function drawGraph(container, subgraph, {startId, onOpen, onExpand} = {}) {
  const large = subgraph.nodes.length > LARGE;
  const cy = window.cytoscape({
    container, elements: toElements(subgraph), style: large ? [...STYLE, ...LARGE_STYLE] : STYLE, wheelSensitivity: 0.3,
    hideEdgesOnViewport: large, textureOnViewport: large, pixelRatio: large ? 1 : 'auto',
    minZoom: 0.05, maxZoom: 4,
  });
  if (startId) cy.getElementById(startId).addClass('start');
  showLabelOnHover(cy, container);
  relayout(cy);
  let pending = null;
  cy.on('tap', 'node', event => {
    clearTimeout(pending);
    const data = event.target.data();
    pending = setTimeout(() => onOpen && onOpen(data), 400);
  });
  cy.on('dbltap', 'node', event => {
    clearTimeout(pending);
    if (onExpand) onExpand(event.target.data());
  });
  return cy;
}

/** A force-directed layout up to this many nodes; above, concentric rings by degree, which finish at once. */
const FORCE_LAYOUT_MAX = 400;

export function relayout(cy) {
  const size = cy.nodes().length;
  const options = size > FORCE_LAYOUT_MAX
    ? {name: 'concentric', animate: false, minNodeSpacing: 12, concentric: n => n.degree(), levelWidth: () => 4}
    : {name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 20000, idealEdgeLength: () => 90,
       numIter: size > 150 ? 400 : 1000};
  cy.one('layoutstop', () => {
    cy.fit(undefined, 30);
    // A handful of nodes would otherwise be blown up to fill the box.
    if (cy.zoom() > 1.6) {
      cy.zoom(1.6);
      cy.center();
    }
  });
  cy.layout({...options, fit: false}).run();
}

/** Adds what is not drawn yet; returns how many nodes were new. */
export function addSubgraph(cy, subgraph, around) {
  const fresh = toElements(subgraph).filter(el => cy.getElementById(el.data.id).empty());
  // New nodes start next to the node they were expanded from, so the layout moves them out from there.
  const centre = around ? cy.getElementById(around).position() : {x: 0, y: 0};
  fresh.filter(el => el.group === 'nodes').forEach(el => {
    el.position = {x: centre.x + Math.random() * 40 - 20, y: centre.y + Math.random() * 40 - 20};
  });
  cy.add(fresh.filter(el => el.group === 'nodes'));
  cy.add(fresh.filter(el => el.group === 'edges' && !cy.getElementById(el.data.source).empty()
      && !cy.getElementById(el.data.target).empty()));
  relayout(cy);
  return fresh.filter(el => el.group === 'nodes').length;
}

/** Checkboxes, one per edge type drawn, that hide or show that type's edges. */
export function renderEdgeFilter(container, cy) {
  const types = [...new Set(cy.edges().map(e => e.data('type')))].sort();
  container.innerHTML = '<legend>Edge types</legend>' + types.map(type => `
    <label><input type="checkbox" value="${esc(type)}" checked> ${esc(type)}
      <span class="count">${cy.edges(`[type = "${type}"]`).length}</span></label>`).join('');
  container.querySelectorAll('input').forEach(box => box.addEventListener('change', () => {
    const edges = cy.edges(`[type = "${box.value}"]`);
    if (box.checked) edges.removeClass('filtered'); else edges.addClass('filtered');
  }));
}

const EXPORT_FORMATS = [['graphml', 'GraphML'], ['gexf', 'GEXF'], ['cytoscape', 'Cytoscape JSON'], ['csv', 'CSV (zip)']];

/**
 * "Download" links to /export/{format} with the parameters of what is shown (those of the GraphQL read: id, hops,
 * limit, types; from, to, maxHops, types), so the file holds the same nodes and edges.
 */
export function exportLinks(parameters) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value === null || value === undefined || value === '') continue;
    query.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return '<span class="exports-label">Download</span> ' + EXPORT_FORMATS.map(([format, label]) =>
    `<a href="/export/${format}?${esc(query.toString())}" download data-format="${format}">${label}</a>`).join('');
}

export function legend() {
  return '<ul class="legend">' + Object.entries(NODE_STYLES).map(([type, s]) =>
    `<li><span class="swatch ${s.shape}" style="background:${s.color}"></span>${type}</li>`).join('') + '</ul>';
}
