// policy-cascades viewer: a cascade drawn as columns of levels (national | provincial |
// municipal | county) in plain SVG, from the API alone, so that it works the same on the
// embedded store and on Neo4j. No build step, no library, nothing fetched from elsewhere.
"use strict";

const LEVELS = ["national", "provincial", "municipal", "county"];
const LEVEL_NAMES = { national: "national 中央", provincial: "provincial 省", municipal: "municipal 市", county: "county 县·区" };
const DEFAULT_ROOT = "doc:中国:政府工作报告#六保.1";
const BOX_H = 38, ROW = 46, TOP = 14, LEFT = 18, MAX_LANES = 4;
const BOX_MAX = 222, BOX_MIN = 150, MIN_SCALE = 0.5, ZOOM_STEP = 1.25;
// Box width, gap between levels and outline indent: set by layout() from the width there is.
const geo = { boxW: BOX_MAX, gap: 58, indent: 20, scale: 1 };
const LIST_CAP = 30;
const SVG_NS = "http://www.w3.org/2000/svg";

const $ = (id) => document.getElementById(id);
const enc = encodeURIComponent;
const state = {
  root: DEFAULT_ROOT, direction: "down", trace: null, chains: [], selected: null,
  themeIds: null, regionNames: null, regions: [], panelToken: 0, note: "",
  docs: new Map(), zoom: "fit", focus: "", focusNames: null, whyToken: 0,
};
const PANEL_KEY = "policy-cascades.panel";

// -- the API -----------------------------------------------------------------------------

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = "";
    try { detail = (await response.json()).detail; } catch (err) { detail = response.statusText; }
    throw new Error(`${path}: ${response.status} ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
  }
  return response.json();
}

// -- names of things ------------------------------------------------------------------------

function kindOfNode(node) { return (node && node.labels && node.labels[0]) || ""; }
function levelOf(node) { return node && LEVELS.includes(node.level) ? node.level : "national"; }

// A source's short name: its 文号, else its title without the bracketed agenda, and for a
// national document its date: the 2020-04-17 中共中央政治局会议 and the 2020 政府工作报告 both
// state 六保.1 保居民就业, and the two 政治局会议 differ only by the date.
function bareTitle(title) {
  return String(title || "").replace(/[（(][^（(]*[）)]$/, "") || String(title || "");
}

function sourceName(doc) {
  if (!doc) return "";
  if (doc.doc_number) return doc.doc_number;
  return doc.level === "national" && doc.date ? `${bareTitle(doc.title)} ${doc.date}` : bareTitle(doc.title);
}

function isNational(node) { return node.level === "national" || String(node.doc_id || node.id || "").startsWith("doc:中国:"); }

function docRef(node) {
  if (node.doc_number) return node.doc_number;
  if (isNational(node) && node.date) {
    const doc = state.docs.get(node.doc_id);
    const title = doc ? bareTitle(doc.title) : String(node.doc_id || "").split(":").slice(2).join(":").slice(0, 9);
    return `${title}(${node.date})`;
  }
  let title = String(node.doc_id || node.title || "").split(":").slice(2).join(":") || node.title || "";
  title = title.replace(/^(关于印发|印发|关于)/, "").replace(/(的通知|的意见|的若干意见)$/, "");
  return title.length > 12 ? `${title.slice(0, 11)}…` : title;
}

function label(node) {
  if (!node) return "";
  if (kindOfNode(node) === "Measure") return `${node.region || ""} ${docRef(node)}#${node.path} ${node.heading || ""}`;
  if (kindOfNode(node) === "Document") return `${node.region || ""} ${sourceName(node) || node.id}`;
  return node.name || node.title || node.id;
}

function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function textWidth(text, size) {  // CJK and full-width forms are one em, the rest about half
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”‘’…—]/.test(ch) ? 1 : 0.56;
  return em * size;
}

function fit(text, size, width) {
  if (textWidth(text, size) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, size) > width) break;
    out += ch;
  }
  return `${out}…`;
}

function badge(node) {
  const level = node && node.level;
  return LEVELS.includes(level) ? `<span class="badge ${level}">${level}</span>` : "";
}

// -- a trace as chains of steps -------------------------------------------------------------

function relKind(rel) {
  if (rel.type === "CONTAINS") return "contains";
  if (rel.type === "IMPLEMENTS") return rel.basis === "declared" ? "declared" : "inferred";
  return rel.type.toLowerCase();
}

// Each path in cascade order (the directive first), the themes of a 六保 <-> 六稳 bridge
// folded into one step, so that every node drawn has a level.
function chainsOf(trace) {
  const isTheme = (id) => kindOfNode(trace.nodes[id]) === "Theme";
  return trace.paths.map((path) => {
    const between = new Map();
    for (const rel of path.relationships) {
      between.set(`${rel.start}\n${rel.end}`, rel);
      between.set(`${rel.end}\n${rel.start}`, rel);
    }
    const kept = path.nodes.filter((id) => !isTheme(id) && trace.nodes[id]);
    const steps = [];
    for (let i = 1; i < kept.length; i++) {
      const a = kept[i - 1], b = kept[i];
      const [parent, child] = trace.direction === "down" ? [a, b] : [b, a];
      const rel = between.get(`${a}\n${b}`);
      if (rel) {
        steps.push({ parent, child, kind: relKind(rel), rel });
      } else {
        const themes = path.nodes.slice(path.nodes.indexOf(a) + 1, path.nodes.indexOf(b))
          .map((id) => (trace.nodes[id] && trace.nodes[id].name) || id);
        steps.push({ parent, child, kind: "bridge", themes });
      }
    }
    return { nodes: trace.direction === "down" ? kept : kept.slice().reverse(), steps };
  });
}

// A chain shows when one of its nodes is in the region (the root counts) and one below the
// root addresses the theme (the root itself addresses the directive's own theme).
function visibleChains() {
  const root = state.trace.root.id;
  return state.chains.filter((chain) => endsInFocus(chain) && (!state.regionNames || chain.nodes.some((id) => inRegion(state.trace.nodes[id])))
    && (!state.themeIds || chain.nodes.some((id) => id !== root && state.themeIds.has(id))));
}

function filtering() { return Boolean(state.themeIds || state.regionNames); }

function inRegion(node) { return Boolean(node) && (!state.regionNames || state.regionNames.has(node.region)); }

function nodeMatches(node) {
  return inRegion(node) && (!state.themeIds || state.themeIds.has(node.id));
}

// -- layout: a column per level, lanes inside a level for a document's own outline ------------

function layout(chains) {
  const nodes = state.trace.nodes;
  const lanes = new Map(), previous = new Map(), order = [];
  for (const chain of chains) {
    const seen = {};
    chain.nodes.forEach((id, i) => {
      const level = levelOf(nodes[id]);
      const lane = Math.min(seen[level] || 0, MAX_LANES - 1);
      seen[level] = (seen[level] || 0) + 1;
      lanes.set(id, Math.max(lanes.get(id) || 0, lane));
      if (!previous.has(id)) { previous.set(id, i ? chain.nodes[i - 1] : null); order.push(id); }
    });
  }
  if (!order.length) order.push(state.trace.root.id);
  const widest = Object.fromEntries(LEVELS.map((l) => [l, 0]));
  for (const [id, lane] of lanes) widest[levelOf(nodes[id])] = Math.max(widest[levelOf(nodes[id])], lane);
  size(widest);
  const columnX = {};
  let x = LEFT;
  for (const level of LEVELS) {
    columnX[level] = x;
    x += geo.boxW + widest[level] * geo.indent + geo.gap;
  }
  // Column by column, left to right: a node first reached from another level heads a block
  // (it and the outline below it in its level); blocks sit level with what reached them.
  const index = new Map(order.map((id, i) => [id, i]));
  const sameLevel = (id) => previous.get(id) && levelOf(nodes[previous.get(id)]) === levelOf(nodes[id]);
  const headOf = (id) => { let h = id; while (sameLevel(h)) h = previous.get(h); return h; };
  const pos = {}, bottom = {};
  for (const level of LEVELS) {
    const blocks = new Map();
    for (const id of order) {
      if (levelOf(nodes[id]) !== level) continue;
      const head = headOf(id);
      if (!blocks.has(head)) blocks.set(head, []);
      blocks.get(head).push(id);
    }
    const key = (head) => { const before = previous.get(head); return before ? (pos[before] ? pos[before].y : Infinity) : TOP; };
    const sorted = [...blocks.keys()].sort((a, b) => key(a) - key(b) || index.get(a) - index.get(b));
    for (const head of sorted) {
      for (const id of blocks.get(head)) {
        const before = previous.get(id);
        let want = id === head ? key(head) : pos[before] ? pos[before].y + ROW : TOP;
        if (!Number.isFinite(want)) want = TOP;
        const y = Math.max(want, bottom[level] === undefined ? TOP : bottom[level] + ROW);
        bottom[level] = y;
        pos[id] = { x: columnX[level] + (lanes.get(id) || 0) * geo.indent, y, level };
      }
    }
  }
  const height = Math.max(...Object.values(bottom), TOP) + ROW + 20;
  return { pos, columnX, widest, width: x - geo.gap + LEFT + 24, height };
}

// Columns as wide as the view allows (between BOX_MIN and BOX_MAX), so that the four levels
// show side by side; what is still too wide is scaled down in draw() ("fit").
function size(widest) {
  const room = Math.max(320, $("view").clientWidth);
  const roomy = room >= 1100;
  geo.gap = roomy ? 58 : 34;
  geo.indent = roomy ? 20 : 14;
  const lanes = LEVELS.reduce((sum, level) => sum + widest[level], 0);
  const fixed = 2 * LEFT + 24 + (LEVELS.length - 1) * geo.gap + lanes * geo.indent;  // as layout() adds up
  geo.boxW = Math.max(BOX_MIN, Math.min(BOX_MAX, Math.floor((room - fixed) / LEVELS.length)));
}

// -- drawing ------------------------------------------------------------------------------

function svgEl(name, attrs, parent) {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (parent) parent.appendChild(el);
  return el;
}

function draw() {
  if (!state.trace) return;
  const svg = $("cascade");
  svg.replaceChildren();
  svg.classList.remove("focus");
  const chains = visibleChains();
  const { pos, columnX, widest, width, height } = layout(chains);
  const room = $("view").clientWidth;
  geo.scale = state.zoom === "fit" ? Math.max(MIN_SCALE, Math.min(1, room / width)) : state.zoom;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", Math.floor(width * geo.scale));
  svg.setAttribute("height", Math.ceil(height * geo.scale));
  $("zoom-value").textContent = `${Math.round(geo.scale * 100)}%`;
  $("zoom-fit").classList.toggle("on", state.zoom === "fit");
  drawHeads(columnX, widest, pos);
  LEVELS.forEach((level, i) => {
    if (i % 2) svgEl("rect", { class: "band", x: columnX[level] - geo.gap / 2, y: 0,
      width: geo.boxW + widest[level] * geo.indent + geo.gap, height }, svg);
  });
  drawMarkers(svg);
  const steps = new Map();
  for (const chain of chains) for (const step of chain.steps) {
    const key = `${step.parent}\n${step.child}`;
    if (!steps.has(key)) steps.set(key, step);
  }
  const edgeLayer = svgEl("g", { class: "edges" }, svg);
  for (const step of steps.values()) drawEdge(edgeLayer, step, pos);
  const nodeLayer = svgEl("g", { class: "nodes" }, svg);
  const rootId = state.trace.root.id;  // drawn last: pinned, it passes over the others
  for (const [id, p] of Object.entries(pos)) if (id !== rootId) drawNode(nodeLayer, state.trace.nodes[id], p);
  if (pos[rootId]) drawNode(nodeLayer, state.trace.nodes[rootId], pos[rootId]);
  state.drawn = { pos, height };
  pinRoot();
  if (state.selected) highlight(state.selected, false);  // a redraw (a resize) keeps its edges lit
  showStatus(chains, Object.keys(pos).length);
  if (!chains.length) {
    const note = svgEl("text", { x: LEFT, y: TOP + BOX_H + 40, class: "empty-note" }, svg);
    note.textContent = state.focus ? `No chain from here ends in ${state.focus}: see why above.`
      : filtering() ? "No chain here passes the theme and region filters." : "Nothing further along this direction.";
  }
  explainFocus(chains).catch(fail);
}

// The root sticks below the column heads while the view scrolls down a long column, its links
// following it, so that the origin of what is on screen stays on screen.
function pinRoot() {
  const svg = $("cascade"), view = $("view"), rootId = state.trace && state.trace.root.id;
  const g = rootId && svg.querySelector(`g.node[data-id="${CSS.escape(rootId)}"]`);
  const p = g && state.drawn && state.drawn.pos[rootId];
  if (!p) return;
  const below = view.getBoundingClientRect().top + $("heads").offsetHeight;  // the heads' foot
  const top = (below - svg.getBoundingClientRect().top) / geo.scale + 6;
  const y = Math.max(p.y, Math.min(top, state.drawn.height - BOX_H - 8));
  if (g.dataset.y === String(y)) return;
  g.dataset.y = String(y);
  g.setAttribute("transform", `translate(${p.x},${y})`);
  g.classList.toggle("pinned", y !== p.y);
  const at = (id) => (id === rootId ? { ...p, y } : state.drawn.pos[id]);
  for (const edge of svg.querySelectorAll("g.edge")) {
    if (edge.dataset.from !== rootId && edge.dataset.to !== rootId) continue;
    const a = at(edge.dataset.from), b = at(edge.dataset.to);
    if (a && b) for (const path of edge.querySelectorAll("path")) path.setAttribute("d", edgeGeometry(a, b));
  }
}

function drawHeads(columnX, widest, pos) {
  const heads = $("heads");
  heads.replaceChildren();
  const counts = {};
  for (const p of Object.values(pos)) counts[p.level] = (counts[p.level] || 0) + 1;
  for (const level of LEVELS) {
    const head = document.createElement("div");
    head.className = level;
    head.style.left = `${Math.round(columnX[level] * geo.scale)}px`;
    head.innerHTML = `${LEVEL_NAMES[level]}<small>${counts[level] || 0}</small>`;
    heads.appendChild(head);
  }
}

function drawMarkers(svg) {
  const defs = svgEl("defs", {}, svg);
  for (const [kind, colour] of [["declared", "#34495e"], ["inferred", "#34495e"], ["contains", "#bfc5ca"], ["bridge", "#8e44ad"]]) {
    const marker = svgEl("marker", { id: `arrow-${kind}`, viewBox: "0 0 8 8", refX: 7, refY: 4,
      markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" }, defs);
    svgEl("path", { d: "M0,0 L8,4 L0,8 z", fill: colour }, marker);
  }
}

function edgeGeometry(a, b) {
  const ya = a.y + BOX_H / 2, yb = b.y + BOX_H / 2;
  if (b.x >= a.x + geo.boxW) {  // a lower level, to the right
    const x1 = a.x + geo.boxW, x2 = b.x - 2, mid = (x1 + x2) / 2;
    return `M${x1},${ya} C${mid},${ya} ${mid},${yb} ${x2},${yb}`;
  }
  if (b.x + geo.boxW <= a.x) {  // a link that climbs the levels
    const x1 = a.x, x2 = b.x + geo.boxW + 2, mid = (x1 + x2) / 2;
    return `M${x1},${ya} C${mid},${ya} ${mid},${yb} ${x2},${yb}`;
  }
  if (b.x > a.x + 8) {  // the outline inside a level: an elbow from the parent's foot
    const x = a.x + 10, y1 = b.y > a.y ? a.y + BOX_H : a.y;
    return `M${x},${y1} V${yb} H${b.x - 2}`;
  }
  const x = Math.min(a.x, b.x) - 10;  // same lane: a bracket on the left
  return `M${a.x},${ya} H${x} V${yb} H${b.x - 2}`;
}

function edgeTitle(step) {
  if (step.kind === "bridge") return `theme bridge: ${step.themes.join(" ⇄ ")}\n(the 六稳 item grew into the 六保 item)`;
  const rel = step.rel;
  if (rel.type === "CONTAINS") return "CONTAINS: the document's own outline";
  const lines = [`${rel.type} · ${rel.basis || ""}${typeof rel.score === "number" ? ` · score ${rel.score.toFixed(2)}` : ""}`];
  if (rel.method) lines.push(`method: ${rel.method}`);
  const evidence = Array.isArray(rel.evidence) ? rel.evidence : rel.evidence ? [rel.evidence] : [];
  if (evidence.length) lines.push(`evidence: ${evidence.slice(0, 6).join("、")}`);
  if (rel.reinvention) lines.push(`reinvention: ${rel.reinvention}${typeof rel.verbatim_share === "number" ? ` · verbatim share ${rel.verbatim_share.toFixed(2)}` : ""}`);
  if (rel.child_date || rel.parent_date) lines.push(`${rel.parent_date || "?"} → ${rel.child_date || "?"}`);
  return lines.join("\n");
}

function drawEdge(layer, step, pos) {
  const a = pos[step.parent], b = pos[step.child];
  if (!a || !b) return;
  const g = svgEl("g", { class: `edge ${step.kind}`, "data-from": step.parent, "data-to": step.child }, layer);
  const d = edgeGeometry(a, b);
  svgEl("path", { d, class: "hit" }, g);
  svgEl("path", { d, class: "line", "marker-end": `url(#arrow-${step.kind})` }, g);
  svgEl("title", {}, g).textContent = edgeTitle(step);
}

function drawNode(layer, node, p) {
  const classes = ["node", p.level];
  if (node.id === state.trace.root.id) classes.push("root");
  if (node.id === state.selected) classes.push("selected");
  if (filtering() && nodeMatches(node)) classes.push("match");
  const g = svgEl("g", { class: classes.join(" "), "data-id": node.id, "data-region": node.region || "", tabindex: 0,
    transform: `translate(${p.x},${p.y})` }, layer);
  svgEl("rect", { class: "box", width: geo.boxW, height: BOX_H, rx: 5 }, g);
  svgEl("rect", { class: "bar", width: 4, height: BOX_H, rx: 2 }, g);
  const top = kindOfNode(node) !== "Measure" ? `${node.region || ""} · ${kindOfNode(node)}`
    : isNational(node) ? `${docRef(node).replace(/^中共中央/, "")} · ${node.path}` : `${node.region || ""} ${node.path} · ${docRef(node)}`;
  const main = kindOfNode(node) === "Measure" ? node.heading || node.path : node.doc_number || node.title || node.name || node.id;
  svgEl("text", { class: "l1", x: 10, y: 14 }, g).textContent = fit(top, 10, geo.boxW - 16);
  svgEl("text", { class: "l2", x: 10, y: 31 }, g).textContent = fit(main, 12.5, geo.boxW - 16);
  svgEl("title", {}, g).textContent = `${label(node)}\n${node.id}`;
  g.addEventListener("click", () => select(node.id, false).catch(fail));  // clicked: already in view
  g.addEventListener("keydown", (event) => { if (event.key === "Enter") select(node.id, false).catch(fail); });
  g.addEventListener("mouseenter", () => highlight(node.id, true));
  g.addEventListener("mouseleave", () => highlight(state.selected, false));
}

function highlight(id, hovering) {
  const svg = $("cascade");
  svg.classList.toggle("focus", Boolean(id) && (hovering || Boolean(svg.querySelector(`g.node[data-id="${CSS.escape(id)}"]`))));
  for (const edge of svg.querySelectorAll("g.edge")) {
    edge.classList.toggle("hl", Boolean(id) && (edge.dataset.from === id || edge.dataset.to === id));
  }
}

function showStatus(chains, count) {
  const status = $("status");
  status.classList.remove("error");
  const arrow = state.direction === "down" ? "↓ down from" : "↑ up from";
  const shown = state.focus ? `${chains.length} of ${state.chains.length} chains end in ${state.focus}${filtering() ? " (filtered)" : ""}`
    : filtering() ? `${chains.length} of ${state.chains.length} chains (filtered)` : `${chains.length} chains`;
  status.textContent = `${arrow} ${label(state.trace.root)} — ${shown}, ${count} nodes${state.note ? ` · ${state.note}` : ""}`;
}

function fail(err) {
  $("view").classList.remove("loading");
  $("status").textContent = String(err.message || err);
  $("status").classList.add("error");
}

// -- loading a trace -------------------------------------------------------------------------

// direction "auto": down, or up when nothing below carries the root out.
async function showTrace(rootId, direction) {
  $("view").classList.add("loading");
  const query = (dir) => `/trace/${dir}?from=${enc(rootId)}&depth=${$("depth").value}&basis=${$("basis").value}&min_score=${$("min-score").value}&limit=500`;
  let trace = await api(query(direction === "up" ? "up" : "down"));
  state.note = "";
  if (direction === "auto" && !trace.paths.length) {
    trace = await api(query("up"));
    state.note = "nothing below carries it out: traced up";
  }
  state.root = trace.root.id;
  state.direction = trace.direction;
  if (trace.direction === "up" && state.focus) { setFocus(""); $("focus").value = ""; }  // a question down only
  state.trace = trace;
  state.chains = chainsOf(trace);
  $("dir-down").classList.toggle("on", trace.direction === "down");
  $("dir-up").classList.toggle("on", trace.direction === "up");
  syncDirective();
  history.replaceState(null, "", `#from=${enc(state.root)}&dir=${state.direction}${state.focus ? `&focus=${enc(state.focus)}` : ""}`);
  $("view").classList.remove("loading");
  draw();
}

function syncDirective() {
  const select = $("directive"), other = $("other-root");
  const listed = [...select.options].some((o) => o.value === state.root && o !== other);
  other.hidden = listed;
  other.textContent = listed ? "—" : `other: ${fit(label(state.trace.root), 12, 190)}`;
  select.value = listed ? state.root : "";
}

async function reroot(id) {
  await showTrace(id, "auto");
  await select(id);
}

// -- the side panel -----------------------------------------------------------------------

// `reveal`: scroll the node into view (not when it was clicked: it is in view, and scrolling
// would carry the directive out of it).
async function select(id, reveal = true) {
  state.selected = id;
  setPanel(true, false);
  const token = ++state.panelToken;
  for (const g of document.querySelectorAll("g.node")) g.classList.toggle("selected", g.dataset.id === id);
  highlight(id, false);
  const shown = document.querySelector(`g.node[data-id="${CSS.escape(id)}"]`);
  if (shown && reveal) shown.scrollIntoView({ block: "nearest", inline: "nearest" });
  const node = (state.trace && state.trace.nodes[id]) || await api(`/graph/neighbourhood?id=${enc(id)}&depth=1&max_nodes=1`).then((n) => n.nodes[0]);
  if (token !== state.panelToken) return;
  if (kindOfNode(node) === "Measure") await showMeasure(id, token);
  else if (kindOfNode(node) === "Document") await showDocument(id, token);
  else $("panel").innerHTML = `<h2>${escapeHtml(label(node))}</h2><p class="crumb">${escapeHtml(kindOfNode(node))} · ${escapeHtml(id)}</p>`;
}

async function showMeasure(id, token) {
  const basis = $("basis").value;
  const [measure, duties, lineage, outline] = await Promise.all([
    api(`/measures/${enc(id)}`),
    api(`/measures/${enc(id)}/responsibilities`),
    api(`/measures/${enc(id)}/lineage?depth=4&basis=${basis}`),
    api(`/graph/neighbourhood?id=${enc(id)}&depth=1&types=CONTAINS`),
  ]);
  if (token !== state.panelToken) return;
  const doc = measure.document || {};
  const agencies = (list) => list.length
    ? list.map((a) => `<span class="chip" title="${escapeHtml(a.system ? `system: ${a.system}` : a.id)}">${escapeHtml(a.name)}</span>`).join("")
    : "—";
  const container = outline.relationships.filter((r) => r.end === id).map((r) => outline.nodes.find((n) => n.id === r.start));
  const parts = outline.relationships.filter((r) => r.start === id).map((r) => outline.nodes.find((n) => n.id === r.end))
    .filter(Boolean).sort((a, b) => (a.line || 0) - (b.line || 0) || String(a.path).localeCompare(String(b.path)));
  $("panel").innerHTML = `
    <div class="crumb">${badge(measure)}${escapeHtml(measure.region || "")} · ${escapeHtml(measure.kind || "")} · ${escapeHtml(measure.id)}</div>
    <h2 id="m-heading">${escapeHtml(measure.heading || measure.path)}</h2>
    <dl>
      <dt>文号</dt><dd id="m-doc-number">${escapeHtml(measure.doc_number || doc.doc_number || "— (none)")}</dd>
      <dt>document</dt><dd id="m-title">${escapeHtml(doc.title || "")}</dd>
      <dt>issued by</dt><dd id="m-issuers">${escapeHtml((doc.issuers || []).join("、") || "—")}</dd>
      <dt>date</dt><dd id="m-date">${escapeHtml(measure.date || doc.date || "—")}${measure.deadline ? ` · deadline ${escapeHtml(measure.deadline)}` : ""}</dd>
      <dt>outline</dt><dd id="m-path">${escapeHtml(measure.path)}</dd>
    </dl>
    <div class="actions">
      <button type="button" id="act-down">↓ cascade from here</button>
      <button type="button" id="act-up">↑ trace up from here</button>
    </div>
    <div class="text" id="m-text">${escapeHtml(measure.text || "(no text)")}</div>
    <h3>Who</h3>
    <dl>
      <dt>lead 牵头</dt><dd id="m-lead">${agencies(duties.lead)}</dd>
      <dt>supporting 配合</dt><dd id="m-supporting">${agencies(duties.supporting)}</dd>
      <dt>responsible 责任</dt><dd id="m-responsible">${agencies(duties.responsible_agencies)}</dd>
      <dt>persons 责任人</dt><dd id="m-persons">${duties.responsible_persons.map((p) => `<span class="chip">${escapeHtml(p.name)}</span>`).join("") || "—"}</dd>
    </dl>
    <h3>Part of</h3><ul id="m-container">${container.filter(Boolean).map((n) => listItem(n, "open")).join("") || "<li>—</li>"}</ul>
    ${parts.length ? `<h3>Parts (${parts.length})</h3><ul id="m-parts">${parts.map((n) => listItem(n, "open")).join("")}</ul>` : ""}
    <h3>Carries out ↑</h3>${lineageList("m-up", lineage.up)}
    <h3>Carried out by ↓</h3>${lineageList("m-down", lineage.down)}`;
  $("act-down").onclick = () => showTrace(id, "down").then(() => select(id)).catch(fail);
  $("act-up").onclick = () => showTrace(id, "up").then(() => select(id)).catch(fail);
  wireLinks();
}

async function showDocument(id, token) {
  const doc = await api(`/documents/${enc(id)}`);
  if (token !== state.panelToken) return;
  $("panel").innerHTML = `
    <div class="crumb">${badge(doc)}${escapeHtml(doc.region || "")} · document${doc.in_corpus ? "" : " · only cited (stub)"}</div>
    <h2 id="m-heading">${escapeHtml(doc.title || doc.doc_number || doc.id)}</h2>
    <dl>
      <dt>文号</dt><dd id="m-doc-number">${escapeHtml(doc.doc_number || "— (none)")}</dd>
      <dt>issued by</dt><dd>${escapeHtml((doc.issuers || []).join("、") || "—")}</dd>
      <dt>date</dt><dd id="m-date">${escapeHtml(doc.date || "—")}</dd>
    </dl>
    <div class="actions"><button type="button" id="act-down">↓ cascade from here</button><button type="button" id="act-up">↑ trace up from here</button></div>`;
  $("act-down").onclick = () => showTrace(id, "down").then(() => select(id)).catch(fail);
  $("act-up").onclick = () => showTrace(id, "up").then(() => select(id)).catch(fail);
}

function listItem(node, action) {
  return `<li>${badge(node)}<a data-${action}="${escapeHtml(node.id)}" title="${escapeHtml(node.id)}">${escapeHtml(label(node))}</a></li>`;
}

// The distinct measures on a lineage trace's paths, national first; each link re-roots the view.
function lineageList(id, trace) {
  const seen = new Map();
  for (const path of trace.paths) for (const nodeId of path.nodes) {
    const node = trace.nodes[nodeId];
    if (nodeId !== trace.root.id && node && kindOfNode(node) !== "Theme" && !seen.has(nodeId)) seen.set(nodeId, node);
  }
  const nodes = [...seen.values()].sort((a, b) => LEVELS.indexOf(levelOf(a)) - LEVELS.indexOf(levelOf(b)));
  if (!nodes.length) return `<ul id="${id}"><li>—</li></ul>`;
  const more = nodes.length > LIST_CAP ? `<li class="more">… and ${nodes.length - LIST_CAP} more (see the cascade)</li>` : "";
  return `<ul id="${id}" class="lineage">${nodes.slice(0, LIST_CAP).map((n) => listItem(n, "reroot")).join("")}${more}</ul>`;
}

function wireLinks() {
  for (const a of document.querySelectorAll("#panel a[data-reroot]")) a.onclick = () => reroot(a.dataset.reroot).catch(fail);
  for (const a of document.querySelectorAll("#panel a[data-open]")) a.onclick = () => select(a.dataset.open).catch(fail);
}

// -- search -------------------------------------------------------------------------------

async function search(event) {
  event.preventDefault();
  const q = $("q").value.trim();
  const box = $("results");
  if (!q) { box.hidden = true; return; }
  const found = await api(`/search?q=${enc(q)}&limit=100`);
  const hits = found.data.filter((hit) => nodeMatches(hit.measure));
  const hidden = found.data.length - hits.length;
  const terms = q.split(/\s+/).filter(Boolean);
  const mark = (text) => terms.reduce((html, term) => html.split(escapeHtml(term)).join(`<mark>${escapeHtml(term)}</mark>`), escapeHtml(text));
  box.innerHTML = `<div class="count">${found.count} measures${hidden ? `, ${hidden} hidden by the filters` : ""} — Esc closes</div>`
    + hits.map((hit) => `<div class="result" tabindex="0" data-id="${escapeHtml(hit.measure.id)}">${badge(hit.measure)}${mark(label(hit.measure))}
        <div class="snippet">${mark(hit.snippet)}</div></div>`).join("");
  box.hidden = false;
  for (const row of box.querySelectorAll(".result")) {
    const open = () => { box.hidden = true; reroot(row.dataset.id).catch(fail); };
    row.onclick = open;
    row.onkeydown = (e) => { if (e.key === "Enter") open(); };
  }
}

// -- filters ------------------------------------------------------------------------------

async function themeChanged() {
  const name = $("theme").value;
  if (!name) state.themeIds = null;
  else {
    const coverage = await api(`/themes/${enc(name)}/coverage`);
    state.themeIds = new Set(coverage.levels.flatMap((l) => l.regions.flatMap((r) => r.measures)));
  }
  draw();
}

function regionChanged() {
  const name = $("region").value;
  if (!name) { state.regionNames = null; draw(); return; }
  const names = new Set();
  const collect = (items, inside) => items.forEach((r) => {
    const mine = inside || r.name === name;
    if (mine) names.add(r.name);
    collect(r.children || [], mine);
  });
  collect(state.regions, false);
  state.regionNames = names;
  draw();
}

// -- start --------------------------------------------------------------------------------

async function directives() {  // the 六保 and 六稳 items of the national documents
  const docs = (await api("/documents?level=national&limit=100")).data;
  for (const doc of docs) state.docs.set(doc.id, doc);
  const outlines = await Promise.all(docs.map((d) => api(`/documents/${enc(d.id)}/outline`).then((o) => [d, o.data])));
  const groups = [];
  for (const [doc, outline] of outlines) {
    const items = [];
    const walk = (entries) => entries.forEach((m) => { if (/^六(保|稳)\.\d+$/.test(m.path)) items.push(m); walk(m.children || []); });
    walk(outline);
    if (items.length) groups.push({ doc, items });
  }
  const rank = (g) => (g.doc.id === DEFAULT_ROOT.split("#")[0] ? 0 : 1);
  groups.sort((a, b) => rank(a) - rank(b) || String(b.doc.date).localeCompare(String(a.doc.date)));
  return groups;
}

function fillDirectives(groups) {
  const select = $("directive");
  for (const { doc, items } of groups) {
    const family = items[0].path.startsWith("六保") ? "六保" : "六稳";
    const group = document.createElement("optgroup");
    group.label = `${family} · ${sourceName(doc)}`;
    const short = sourceName(doc).replace(/^中共中央/, "");
    for (const item of items) {
      const option = new Option(`${item.heading} · ${short}`, item.id);
      option.title = `${doc.title} (${doc.date})`;
      group.appendChild(option);
    }
    select.appendChild(group);
  }
}

async function fillThemes() {
  const themes = (await api("/themes?limit=500")).data;
  const families = new Map();
  for (const t of themes) {
    const family = t.family || "other";
    if (!families.has(family)) families.set(family, []);
    families.get(family).push(t);
  }
  for (const [family, list] of families) {
    const group = document.createElement("optgroup");
    group.label = family;
    for (const t of list) group.appendChild(new Option(t.corresponds_to.length ? `${t.name} → ${t.corresponds_to.join("、")}` : t.name, t.name));
    $("theme").appendChild(group);
  }
}

async function fillRegions() {
  state.regions = (await api("/regions")).data;
  const walk = (items, depth) => items.forEach((r) => {
    $("region").appendChild(new Option(`${"\u00a0\u00a0".repeat(depth)}${r.name}`, r.name));
    if (depth) $("focus").appendChild(new Option(`${"\u00a0\u00a0".repeat(depth - 1)}${r.name}`, r.name));
    walk(r.children || [], depth + 1);
  });
  walk(state.regions, 0);
}

function wire() {
  $("directive").onchange = () => { if ($("directive").value) showTrace($("directive").value, "down").catch(fail); };
  $("dir-down").onclick = () => showTrace(state.root, "down").catch(fail);
  $("dir-up").onclick = () => showTrace(state.root, "up").catch(fail);
  $("depth").onchange = () => showTrace(state.root, state.direction).catch(fail);
  $("basis").onchange = () => showTrace(state.root, state.direction).catch(fail);
  $("min-score").oninput = () => { $("min-score-value").textContent = Number($("min-score").value).toFixed(2); };
  $("min-score").onchange = () => showTrace(state.root, state.direction).catch(fail);
  $("theme").onchange = () => themeChanged().catch(fail);
  $("region").onchange = regionChanged;
  $("search-form").onsubmit = (event) => search(event).catch(fail);
  $("focus").onchange = () => focusChanged($("focus").value).catch(fail);
  $("panel-toggle").onclick = () => setPanel(document.body.classList.contains("panel-closed"), true);
  $("zoom-out").onclick = () => zoomBy(1 / ZOOM_STEP);
  $("zoom-in").onclick = () => zoomBy(ZOOM_STEP);
  $("zoom-fit").onclick = () => { state.zoom = "fit"; draw(); };
  let pinning = false;
  $("view").addEventListener("scroll", () => {
    if (!pinning) { pinning = true; requestAnimationFrame(() => { pinning = false; pinRoot(); }); }
  }, { passive: true });
  let width = 0;
  new ResizeObserver(() => {  // the window, or the panel opening or closing
    if ($("view").clientWidth !== width) { width = $("view").clientWidth; requestAnimationFrame(draw); }
  }).observe($("view"));
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") $("results").hidden = true; });
  document.addEventListener("click", (event) => { if (!$("search-form").contains(event.target)) $("results").hidden = true; });
}

// The side panel, open or closed; `keep` stores the choice (a click on a node opens the
// panel without changing what is stored).
function setPanel(open, keep) {
  document.body.classList.toggle("panel-closed", !open);
  const button = $("panel-toggle");
  button.setAttribute("aria-expanded", String(open));
  button.textContent = open ? "hide panel ▸" : "◂ show panel";
  if (keep) localStorage.setItem(PANEL_KEY, open ? "open" : "closed");
}

function zoomBy(factor) {
  state.zoom = Math.max(MIN_SCALE, Math.min(2, geo.scale * factor));
  draw();
}

async function start() {
  const stored = localStorage.getItem(PANEL_KEY);
  setPanel(stored ? stored === "open" : window.innerWidth >= 1200, false);
  wire();
  const [groups] = await Promise.all([directives(), fillThemes(), fillRegions()]);
  fillDirectives(groups);
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.get("focus")) { setFocus(params.get("focus")); $("focus").value = state.focus; }
  await showTrace(params.get("from") || DEFAULT_ROOT, params.get("dir") === "up" ? "up" : "down");
}

start().catch(fail);
