// policy-cascades viewer, the focused question: from one item down to one region. Only the
// chains that end in the region are drawn, and each level on the way (province, city, county)
// that none of them passes gets a line saying why, with the SIMILAR_TO links that stand in
// for the missing IMPLEMENTS. Loaded before app.js, whose state and helpers it uses.
"use strict";

const SIMILAR_CAP = 4;

function setFocus(name) {
  state.focus = name || "";
  state.focusNames = state.focus ? regionsUnder(state.focus) : null;
}

async function focusChanged(name) {
  setFocus(name);
  if (state.focus && state.direction !== "down") await showTrace(state.root, "down");
  else {
    history.replaceState(null, "", `#from=${enc(state.root)}&dir=${state.direction}${state.focus ? `&focus=${enc(state.focus)}` : ""}`);
    draw();
  }
}

function regionsUnder(name) {  // the region and every region inside it
  const names = new Set();
  const collect = (items, inside) => items.forEach((r) => {
    const mine = inside || r.name === name;
    if (mine) names.add(r.name);
    collect(r.children || [], mine);
  });
  collect(state.regions, false);
  return names;
}

function regionPath(name) {  // the regions from 中国 down to `name`
  let found = [];
  const walk = (items, trail) => items.forEach((r) => {
    const here = [...trail, r];
    if (r.name === name) found = here;
    walk(r.children || [], here);
  });
  walk(state.regions, []);
  return found;
}

function endsInFocus(chain) {
  if (!state.focus) return true;
  const last = state.trace.nodes[chain.nodes[chain.nodes.length - 1]];
  return state.direction === "down" && chain.nodes.length > 1 && Boolean(last) && state.focusNames.has(last.region);
}

// -- why a level is empty -------------------------------------------------------------------

async function explainFocus(chains) {
  const box = $("why");
  const token = ++state.whyToken;
  if (!state.focus) { box.hidden = true; box.replaceChildren(); return; }
  const nodes = state.trace.nodes;
  const passed = new Set(chains.flatMap((c) => c.nodes.map((id) => nodes[id] && nodes[id].region)));
  const ends = [...new Set(chains.map((c) => c.nodes[c.nodes.length - 1]))].map((id) => nodes[id]);
  const lines = [];
  for (const region of regionPath(state.focus)) {
    if (!["provincial", "municipal", "county"].includes(region.level) || passed.has(region.name)) continue;
    lines.push(await whyEmpty(region, state.trace.root, ends));
    if (token !== state.whyToken) return;
  }
  const title = `Focus: ${label(state.trace.root)} → ${state.focus}: ${chains.length === 1 ? "1 chain ends" : `${chains.length} chains end`} there.`;
  box.innerHTML = `<p class="q">${escapeHtml(title)}${lines.length ? "" : " Every level on the way has a measure on them."}</p>`
    + (lines.length ? `<ul>${lines.map(whyItem).join("")}</ul>` : "");
  box.hidden = false;
  for (const a of box.querySelectorAll("a[data-open]")) a.onclick = () => select(a.dataset.open).catch(fail);
}

function whyItem(line) {
  const more = line.links.length > SIMILAR_CAP ? `<li class="more">… and ${line.links.length - SIMILAR_CAP} more SIMILAR_TO links</li>` : "";
  const links = line.links.slice(0, SIMILAR_CAP).map((l) => `<li class="similar">${badge(l.from)}<a data-open="${escapeHtml(l.from.id)}">${escapeHtml(label(l.from))}</a>
    <span class="rel" title="SIMILAR_TO: a strong text match that cannot be IMPLEMENTS, because the text it resembles was issued later">≈ SIMILAR_TO${typeof l.rel.score === "number" ? ` ${l.rel.score.toFixed(2)}` : ""}</span>
    ${badge(l.to)}<a data-open="${escapeHtml(l.to.id)}">${escapeHtml(label(l.to))}</a>
    <span class="dates">${escapeHtml(l.from.date || "?")} → ${escapeHtml(l.to.date || "?")}</span></li>`).join("");
  return `<li class="why" data-level="${line.level}" data-region="${escapeHtml(line.region)}">${badge({ level: line.level })}<b>${escapeHtml(line.region)}</b>: ${escapeHtml(line.text)}
    ${links || more ? `<ul class="links">${links}${more}</ul>` : ""}</li>`;
}

function docList(docs) {
  const short = (title) => bareTitle(title).replace(/^(关于印发|印发|关于)/, "").replace(/(的通知|的意见|的若干意见)$/, "");
  return docs.map((d) => `${d.doc_number || short(d.title)} (${d.date})`).join("、");
}

// The reason, from dates: a text issued before the one it resembles cannot carry it out.
async function whyEmpty(region, root, ends) {
  const base = { level: region.level, region: region.name, links: [] };
  const docs = (await api(`/documents?region=${enc(region.name)}&in_corpus=true&limit=100`)).data
    .filter((d) => d.date).sort((a, b) => a.date.localeCompare(b.date));
  if (!docs.length) return { ...base, text: `no dated document of ${region.name} is loaded, so no chain can pass through it.` };
  const rootDate = root.date;
  if (rootDate && docs.every((d) => d.date < rootDate)) {
    const links = await similarTo([root], (rel, from) => rel.end === root.id && from.region === region.name);
    return { ...base, links, text: `its ${docList(docs)} came before the directive (${rootDate}): an earlier text cannot carry out a later one, so the matches are SIMILAR_TO, not IMPLEMENTS${links.length ? "" : " (none at this min score)"}.` };
  }
  let earlier = ends.map((n) => n.date).filter(Boolean).sort();
  let sources = ends;
  if (!earlier.length) {  // no chain ends in the region: its own documents stand for it
    sources = (await api(`/documents?region=${enc(state.focus)}&in_corpus=true&limit=100`)).data.filter((d) => d.date);
    earlier = sources.map((d) => d.date).sort();
  }
  const later = docs.filter((d) => !rootDate || d.date >= rootDate);
  if (earlier.length && later.length && later.every((d) => d.date > earlier[earlier.length - 1])) {
    const links = await similarTo(sources, (rel, from, to) => to.region === region.name && state.focusNames.has(from.region)
      && sources.some((s) => under(from, s)));
    return { ...base, links, text: `${state.focus}'s measures (${earlier[0]}) came before its ${docList(later)}: upward diffusion — the later plan took them up, so they are linked as SIMILAR_TO, not IMPLEMENTS${links.length ? "" : " (none at this min score)"}.` };
  }
  return { ...base, text: `its ${docList(docs)} are loaded, but no chain from this item to ${state.focus} passes through them at this depth, basis and min score.` };
}

function under(node, top) {  // a measure inside `top` (a measure or a document), or `top` itself
  if (node.id === top.id) return true;
  const docId = kindOfNode(top) === "Document" || !top.path ? top.id : top.doc_id;
  return node.doc_id === docId && (!top.path || String(node.path).startsWith(`${top.path}.`));
}

// SIMILAR_TO links near `starts` (their outline included) that pass `keep(rel, from, to)`,
// strongest first.
async function similarTo(starts, keep) {
  const found = new Map();
  const minScore = $("min-score").value;
  for (const start of starts.slice(0, 8)) {
    const depth = start.path ? 3 : 4;
    const hood = await api(`/graph/neighbourhood?id=${enc(start.id)}&depth=${depth}&types=CONTAINS&types=SIMILAR_TO&max_nodes=2000&min_score=${minScore}`);
    const byId = new Map(hood.nodes.map((n) => [n.id, n]));
    for (const rel of hood.relationships) {
      const from = byId.get(rel.start), to = byId.get(rel.end);
      if (rel.type === "SIMILAR_TO" && from && to && keep(rel, from, to)) found.set(`${rel.start}\n${rel.end}`, { rel, from, to });
    }
  }
  return [...found.values()].sort((a, b) => (b.rel.score || 0) - (a.rel.score || 0));
}
