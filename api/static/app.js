// policy-cascades viewer: a cascade as columns of levels, drawn in plain SVG from the API.
// No build step, no CDN: the page works offline against either store.
"use strict";

const LEVELS = ["national", "provincial", "municipal", "county"];
const COL_W = 250, BOX_W = 215, BOX_H = 24, ROW_H = 30, TOP = 36, LEFT = 16;
const $ = (id) => document.getElementById(id);
const enc = encodeURIComponent;
const state = { root: null, direction: "down", selected: null, trace: null };

async function api(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${(await response.json()).detail || ""}`);
  return response.json();
}

function label(node) {
  if (node.path) return `${node.region} ${node.doc_number || ""}#${node.path} ${node.heading || ""}`;
  return node.name || node.caption || node.title || node.id;
}

function levelOf(node) {  // themes sit with the national items they bridge
  return node.level || "national";
}

// -- loading ------------------------------------------------------------------------------

async function directives() {
  const docs = (await api("/documents?level=national&in_corpus=true&limit=50")).data;
  docs.sort((a, b) => (b.date || "").localeCompare(a.date || ""));  // the latest statement first
  const found = new Map();
  for (const doc of docs) {
    const outline = await api(`/documents/${enc(doc.id)}/outline`);
    const walk = (items) => items.forEach((m) => {
      if (/^(保|稳)/.test(m.heading) && m.kind === "item" && !found.has(m.heading)) found.set(m.heading, m.id);
      walk(m.children || []);
    });
    walk(outline.data);
  }
  return [...found.entries()].sort((a, b) => a[1].localeCompare(b[1]));
}

async function regions() {
  const names = [];
  const walk = (items) => items.forEach((r) => { names.push(r.name); walk(r.children || []); });
  walk((await api("/regions")).data);
  return names;
}

async function showTrace(rootId, direction) {
  state.root = rootId;
  state.direction = direction;
  $("status").textContent = "loading…";
  const basis = $("basis").value;
  state.trace = await api(`/trace/${direction}?from=${enc(rootId)}&depth=4&basis=${basis}`);
  draw();
}

// -- drawing ------------------------------------------------------------------------------

function visiblePaths() {
  const region = $("region").value;
  const paths = state.trace.paths;
  if (!region) return paths;
  return paths.filter((p) => p.nodes.some((id) => state.trace.nodes[id].region === region));
}

function layout(paths) {
  const columns = { national: [], provincial: [], municipal: [], county: [] };
  const seen = new Set();
  const place = (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    columns[levelOf(state.trace.nodes[id])].push(id);
  };
  place(state.trace.root.id);
  paths.forEach((p) => p.nodes.forEach(place));
  const order = LEVELS;
  const pos = {};
  order.forEach((column, x) => columns[column].forEach((id, y) => {
    pos[id] = { x: LEFT + x * COL_W, y: TOP + y * ROW_H, column };
  }));
  return { pos, order, rows: Math.max(...order.map((c) => columns[c].length), 1) };
}

function svgEl(name, attrs, parent) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", name);
  Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
  if (parent) parent.appendChild(el);
  return el;
}

function draw() {
  const svg = $("cascade");
  svg.innerHTML = "";
  const paths = visiblePaths();
  const { pos, order, rows } = layout(paths);
  svg.setAttribute("width", LEFT * 2 + order.length * COL_W);
  svg.setAttribute("height", TOP + rows * ROW_H + 20);
  order.forEach((column, x) => {
    const title = svgEl("text", { x: LEFT + x * COL_W, y: 20, class: "col-title" }, svg);
    title.textContent = column;
  });
  const edges = new Map();
  paths.forEach((p) => p.relationships.forEach((r) => edges.set(`${r.type}|${r.start}|${r.end}`, r)));
  for (const rel of edges.values()) drawEdge(svg, rel, pos);
  for (const [id, p] of Object.entries(pos)) drawNode(svg, state.trace.nodes[id], p);
  const n = Object.keys(pos).length;
  $("status").textContent = `${state.direction === "down" ? "down from" : "up from"} ${label(state.trace.root)} — ${paths.length} chains, ${n} nodes`;
}

function drawEdge(svg, rel, pos) {
  const a = pos[rel.start], b = pos[rel.end];
  if (!a || !b) return;
  const kind = rel.type === "CONTAINS" ? "contains"
    : rel.type === "IMPLEMENTS" ? (rel.basis === "declared" ? "declared" : "inferred") : "theme";
  let d;
  if (a.x === b.x) {  // same column: bow out to the right
    const x = a.x + BOX_W, y1 = a.y + BOX_H / 2, y2 = b.y + BOX_H / 2;
    d = `M${x},${y1} C${x + 30},${y1} ${x + 30},${y2} ${x},${y2}`;
  } else {
    const [left, right] = a.x < b.x ? [a, b] : [b, a];
    const x1 = left.x + BOX_W, y1 = left.y + BOX_H / 2, x2 = right.x, y2 = right.y + BOX_H / 2;
    d = `M${x1},${y1} C${x1 + 25},${y1} ${x2 - 25},${y2} ${x2},${y2}`;
  }
  const path = svgEl("path", { d, class: `edge ${kind}` }, svg);
  const title = svgEl("title", {}, path);
  title.textContent = rel.type === "IMPLEMENTS"
    ? `${rel.basis} ${rel.method || ""}, score ${rel.score}\nevidence: ${(rel.evidence || []).join("、")}\n${rel.child_date || ""} → ${rel.parent_date || ""}; ${rel.reinvention || ""} (verbatim ${rel.verbatim_share ?? "-"})`
    : rel.type;
}

function drawNode(svg, node, p) {
  const classes = ["node", node.labels && node.labels[0] === "Theme" ? "theme" : levelOf(node)];
  if (node.id === state.trace.root.id) classes.push("root");
  if (node.id === state.selected) classes.push("selected");
  const g = svgEl("g", { class: classes.join(" "), "data-id": node.id, transform: `translate(${p.x},${p.y})` }, svg);
  svgEl("rect", { width: BOX_W, height: BOX_H }, g);
  const text = svgEl("text", { x: 6, y: 16 }, g);
  const full = label(node);
  text.textContent = full.length > 24 ? `${full.slice(0, 23)}…` : full;
  svgEl("title", {}, g).textContent = full;
  g.addEventListener("click", () => select(node.id));
}

// -- the side panel -----------------------------------------------------------------------

async function select(id) {
  state.selected = id;
  document.querySelectorAll("g.node").forEach((g) => g.classList.toggle("selected", g.dataset.id === id));
  const panel = $("panel");
  if (!id.includes("#")) {  // a theme or a document: show what there is
    const node = state.trace && state.trace.nodes[id];
    panel.innerHTML = `<h2>${escape(node ? label(node) : id)}</h2>`;
    return;
  }
  const [measure, duties] = await Promise.all([
    api(`/measures/${enc(id)}`), api(`/measures/${enc(id)}/responsibilities`)]);
  const names = (list) => list.length ? list.map((x) => escape(x.name)).join("、") : "—";
  panel.innerHTML = `
    <h2 id="m-heading">${escape(measure.heading)}</h2>
    <div class="meta"><span id="m-doc-number">${escape(measure.doc_number || "")}</span>
      #${escape(measure.path)} · ${escape(measure.region)} · ${escape(measure.date || "")}</div>
    <div class="meta" id="m-title">${escape(measure.document ? measure.document.title : "")}</div>
    <div class="text" id="m-text">${escape(measure.text || "")}</div>
    <h3>Who</h3>
    <ul>
      <li>lead: <span id="m-lead">${names(duties.lead)}</span></li>
      <li>supporting: <span id="m-supporting">${names(duties.supporting)}</span></li>
      <li>responsible: <span id="m-responsible">${names(duties.responsible_agencies)}</span></li>
      <li>persons: <span id="m-persons">${names(duties.responsible_persons)}</span></li>
    </ul>
    <button id="up">Lineage up</button><button id="down">Lineage down</button>`;
  $("up").onclick = () => showTrace(id, "up").then(() => select(id));
  $("down").onclick = () => showTrace(id, "down").then(() => select(id));
}

function escape(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
}

async function search(event) {
  event.preventDefault();
  const q = $("q").value.trim();
  if (!q) return;
  const found = await api(`/search?q=${enc(q)}&limit=30`);
  const panel = $("panel");
  panel.innerHTML = `<h2>${found.count} measures for “${escape(q)}”</h2><ul id="results"></ul>`;
  for (const hit of found.data) {
    const li = document.createElement("li");
    li.innerHTML = `<span class="result">${escape(label(hit.measure))}</span><br><small>${escape(hit.snippet)}</small>`;
    li.querySelector(".result").onclick = () => showTrace(hit.measure.id, "up").then(() => select(hit.measure.id));
    $("results").appendChild(li);
  }
}

// -- start --------------------------------------------------------------------------------

async function start() {
  const [items, places] = await Promise.all([directives(), regions()]);
  for (const [heading, id] of items) $("directive").add(new Option(heading, id));
  for (const name of places) $("region").add(new Option(name, name));
  $("directive").onchange = () => showTrace($("directive").value, "down");
  $("basis").onchange = () => showTrace(state.root, state.direction);
  $("region").onchange = draw;
  $("search-form").onsubmit = search;
  const params = new URLSearchParams(location.search);
  const root = params.get("from") || (items.find(([h]) => h === "保居民就业") || items[0])[1];
  if ([...$("directive").options].some((o) => o.value === root)) $("directive").value = root;
  await showTrace(root, params.get("direction") || "down");
}

start().catch((err) => { $("status").textContent = String(err); });
