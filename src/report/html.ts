import { createHash } from 'node:crypto';
import type { Claim, ClaimKind } from '../claims/types.js';
import type { CheckedDocument, Finding, FindingLocation, Severity } from '../rules/types.js';
import { displayPath, summaryText, type Formatter, type FormatOptions, type AnyRunResults } from './types.js';

/** A highlighted range of a document's text, with the tags that open and close it. */
interface Mark {
  start: number;
  end: number;
  /** Lower ranks open first (outside) when two marks cover the same range. */
  rank: number;
  open: string;
  /** Opening tag for the rest of a mark cut by a crossing one: same look, no id. */
  reopen: string;
  close: string;
}

/** What every part of the page needs to know about the run. */
interface Context {
  results: AnyRunResults;
  documents: readonly CheckedDocument[];
  options: FormatOptions;
  /** Position of each document in the run, by id, for anchor ids. */
  docIndex: Map<string, number>;
  findings: readonly Finding[];
}

const KINDS: readonly ClaimKind[] = ['count', 'percent', 'money', 'quantity', 'fraction', 'date', 'duration'];

/**
 * One self-contained HTML page: each article's text with its claims highlighted by kind and its findings
 * underlined and listed, a table of figures per measure when there are several articles, and the
 * summary line. No external resources; every piece of article text is escaped.
 */
export const formatHtml: Formatter = (results, options) => {
  const findings = [...(results.findings ?? [])];
  // The page lists every claim, so a run for it keeps its documents in memory: an array to walk often.
  const documents = Array.from(results.documents);
  const context: Context = { results, documents, options, docIndex: new Map(documents.map((d, i) => [d.doc.id, i])), findings };
  const summary = summaryText(results);
  const body = [
    '<header>',
    '<h1>factlint report</h1>',
    `<p class="summary ${summary.tone === 'error' || summary.tone === 'warning' ? `sev-${summary.tone}` : summary.tone}" id="summary">${esc(summary.text)}</p>`,
    legend(),
    '</header>',
    '<main>',
    errorsSection(results),
    unplacedFindings(context),
    documents.length > 1 ? figuresTable(context) : '',
    ...documents.map((checked, i) => articleSection(checked, i, context)),
    '</main>',
  ];
  return page(body.filter(Boolean).join('\n'));
};

function page(body: string): string {
  // A CSP that only admits our own style and script: a missed escape still cannot run or fetch anything.
  const csp = `default-src 'none'; style-src '${sha256(CSS)}'; script-src '${sha256(SCRIPT)}'; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>factlint report</title>',
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    body,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const sha256 = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Escapes text for element content and quoted attribute values alike. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function legend(): string {
  const items = KINDS.map((kind) => `<li><span class="claim k-${kind}">${kind}</span></li>`);
  const underline = (['error', 'warning', 'info'] as const).map((sev) => `<li><mark class="finding sev-${sev}">${sev}</mark></li>`);
  return `<ul class="legend" aria-label="legend">${[...items, ...underline].join('')}</ul>`;
}

function errorsSection(results: AnyRunResults): string {
  if (results.errors.length === 0) return '';
  const items = results.errors.map((e) => `<li><code>${esc(e.code)}</code> ${esc(e.message)}</li>`);
  return `<section class="errors"><h2>Could not be checked</h2><ul>${items.join('')}</ul></section>`;
}

// ---- Anchors ------------------------------------------------------------------------------------

const docAnchor = (doc: number): string => `doc-${doc}`;
const claimAnchor = (doc: number, claim: Claim): string => `d${doc}-${claim.id}`;
const locationAnchor = (finding: number, location: number): string => `f${finding}-l${location}`;

/** A link the page script scrolls to and flashes; plain `href` keeps it working without script. */
const jump = (anchor: string, html: string, cls = ''): string =>
  `<a href="#${esc(anchor)}" data-target="${esc(anchor)}"${cls ? ` class="${cls}"` : ''}>${html}</a>`;

// ---- Articles -----------------------------------------------------------------------------------

function articleSection({ doc, claims }: CheckedDocument, index: number, context: Context): string {
  const path = displayPath(doc.id, context.options);
  const meta = [doc.lang, doc.date?.value ?? 'undated', `${claims.length} claim${claims.length === 1 ? '' : 's'}`, doc.source];
  const heading = doc.title === undefined ? esc(path) : `${esc(doc.title)} <small>${esc(path)}</small>`;
  const marks = [...findingMarks(doc.id, context), ...claims.map((claim) => claimMark(claim, index, doc.id, context))];
  return [
    `<section class="article" id="${docAnchor(index)}" data-document="${esc(doc.id)}">`,
    `<h2>${heading}</h2>`,
    `<p class="meta">${esc(meta.filter(Boolean).join(' · '))}</p>`,
    context.results.findings === null ? '' : findingsPanel(doc.id, context),
    `<div class="text">${highlight(doc.text, marks)}</div>`,
    '</section>',
  ].filter(Boolean).join('\n');
}

/** Findings with a location in this document; each links to its places, in this article or others. */
function findingsPanel(docId: string, context: Context): string {
  const rows: string[] = [];
  context.findings.forEach((finding, f) => {
    const here = finding.locations.findIndex((loc) => loc.document === docId);
    if (here >= 0) rows.push(findingItem(finding, f, here, docId, context));
  });
  const list = rows.length > 0 ? `<ol>${rows.join('\n')}</ol>` : '<p class="ok">No findings.</p>';
  return `<div class="findings"><h3>Findings</h3>${list}</div>`;
}

/** Findings no article panel shows (no location in a document of the run): listed, never lost. */
function unplacedFindings(context: Context): string {
  const rows: string[] = [];
  context.findings.forEach((finding, f) => {
    if (!finding.locations.some((loc) => context.docIndex.has(loc.document))) rows.push(findingItem(finding, f, -1, '', context));
  });
  return rows.length === 0 ? '' : `<section class="findings"><h2>Findings outside the articles</h2><ol>${rows.join('\n')}</ol></section>`;
}

/** Severity, message (a link to the location `here`, when there is one), rule id and every place. */
function findingItem(finding: Finding, f: number, here: number, docId: string, context: Context): string {
  const description = context.options.rulesMeta[finding.ruleId]?.docs.description;
  const places = finding.locations.map((loc, l) => placeLink(loc, f, l, docId, context));
  return [
    `<li class="finding-item sev-${finding.severity}">`,
    `<span class="severity">${finding.severity}</span> `,
    here >= 0 ? jump(locationAnchor(f, here), esc(finding.message), 'goto') : esc(finding.message),
    ` <code class="rule"${description ? ` title="${esc(description)}"` : ''}>${esc(finding.ruleId)}</code>`,
    places.length > 0 ? ` <span class="places">${places.join(', ')}</span>` : '',
    '</li>',
  ].join('');
}

function placeLink(loc: FindingLocation, f: number, l: number, docId: string, context: Context): string {
  const where = `${loc.document === docId ? '' : `${displayPath(loc.document, context.options)}:`}${loc.line}:${loc.column}`;
  // A location in a document that is not in the run has no anchor to go to.
  return context.docIndex.has(loc.document) ? jump(locationAnchor(f, l), esc(where)) : esc(where);
}

/** Underlines for every finding location in this document; outermost, so claims keep whole elements. */
function findingMarks(docId: string, context: Context): Mark[] {
  const marks: Mark[] = [];
  context.findings.forEach((finding, f) => {
    finding.locations.forEach((loc, l) => {
      if (loc.document !== docId) return;
      const attrs = `class="finding sev-${finding.severity}" data-finding="f${f}" title="${esc(`${finding.severity} ${finding.ruleId}: ${finding.message}`)}"`;
      marks.push({ start: loc.start, end: loc.end, rank: f, open: `<mark id="${locationAnchor(f, l)}" ${attrs}>`, reopen: `<mark ${attrs}>`, close: '</mark>' });
    });
  });
  return marks;
}

function claimMark(claim: Claim, doc: number, docId: string, context: Context): Mark {
  const attrs = `class="claim k-${claim.kind}" data-claim="${esc(claim.id)}" data-kind="${claim.kind}" title="${esc(claimTitle(claim, docId, context))}"`;
  return {
    start: claim.start,
    end: claim.end,
    rank: context.findings.length + 1,
    open: `<span id="${esc(claimAnchor(doc, claim))}" ${attrs}>`,
    reopen: `<span ${attrs} data-continued="">`,
    close: '</span>',
  };
}

/** The tooltip: what the claim means, and the findings that touch it (their underline is hidden under it). */
function claimTitle(claim: Claim, docId: string, context: Context): string {
  const lines = [
    `${claim.id} ${claim.kind}: ${valueText(claim)}`,
    `interval: ${intervalText(claim)}`,
    `qualifier: ${claim.qualifier}`,
    `measure: ${claim.measure ?? '—'}`,
  ];
  if (claim.unit) lines.push(`unit: ${claim.unit}`);
  if (claim.partOf) lines.push(`part of: ${claim.partOf}`);
  for (const f of context.findings) {
    const touches = f.locations.some((loc) => loc.document === docId && loc.start < claim.end && claim.start < loc.end);
    if (touches) lines.push(`${f.severity} ${f.ruleId}: ${f.message}`);
  }
  return lines.join('\n');
}

const num = (n: number): string => (n === Infinity ? '∞' : Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000));

const valueText = (claim: Claim): string =>
  claim.kind === 'date' ? claim.value : `${num(claim.value)}${claim.unit ? ` ${claim.unit}` : ''}`;

const intervalText = (claim: Claim): string =>
  claim.kind === 'date' ? `${claim.low} .. ${claim.high}` : `${num(claim.low)} .. ${num(claim.high)}`;

// ---- Highlighting -------------------------------------------------------------------------------

/**
 * The text, escaped, with the marks as elements. Marks that nest become nested elements, so a claim
 * stays one element; a mark crossing another is closed at the crossing and reopened after it, so every
 * character lies inside exactly the marks that cover it.
 */
function highlight(text: string, marks: readonly Mark[]): string {
  const sorted = marks
    .map((m) => ({ ...m, start: clamp(m.start, text.length), end: clamp(Math.max(m.start, m.end), text.length) }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const bounds = [...new Set([0, text.length, ...sorted.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: string[] = [];
  const open: Mark[] = [];
  let next = 0;
  for (const [i, pos] of bounds.entries()) {
    closeAt(pos, open, out);
    for (; next < sorted.length && sorted[next]!.start === pos; next++) {
      const mark = sorted[next]!;
      out.push(mark.open);
      // An empty span (start = end) is still an anchor to scroll to.
      if (mark.end === pos) out.push(mark.close);
      else open.push(mark);
    }
    out.push(esc(text.slice(pos, bounds[i + 1] ?? pos)));
  }
  closeAt(Infinity, open, out);
  return out.join('');
}

const clamp = (n: number, max: number): number => Math.min(Math.max(0, n), max);

/** Closes the open marks that end at `pos`, cutting and reopening any opened inside them that go on. */
function closeAt(pos: number, open: Mark[], out: string[]): void {
  const first = open.findIndex((m) => m.end <= pos);
  if (first < 0) return;
  const carried = open.splice(first).reverse();
  for (const m of carried) out.push(m.close);
  for (const m of carried.reverse()) {
    if (m.end <= pos) continue;
    out.push(m.reopen);
    open.push(m);
  }
}

// ---- Figures per measure ------------------------------------------------------------------------

/** Rows: measures; columns: articles; cells: the figures each article gives for the measure. */
function figuresTable(context: Context): string {
  const { documents } = context;
  const measures = [...new Set(documents.flatMap((d) => d.claims.flatMap((c) => (c.measure ? [c.measure] : []))))].sort();
  if (measures.length === 0) return '<section class="figures"><h2>Figures per measure</h2><p>No figure has a known measure.</p></section>';
  const head = documents.map((d, i) => `<th scope="col">${jump(docAnchor(i), esc(displayPath(d.doc.id, context.options)))}</th>`);
  const rows = measures.map((measure) => {
    const cells = documents.map(({ claims }, i) => {
      const figures = claims.filter((c) => c.measure === measure).map((c) => `<li>${jump(claimAnchor(i, c), esc(c.text))} <span class="value">${esc(figureValue(c))}</span></li>`);
      return `<td>${figures.length > 0 ? `<ul>${figures.join('')}</ul>` : ''}</td>`;
    });
    return `<tr data-measure="${esc(measure)}"><th scope="row">${esc(measure)}</th>${cells.join('')}</tr>`;
  });
  return [
    '<section class="figures"><h2>Figures per measure</h2>',
    `<table class="figures-table"><thead><tr><th scope="col">measure</th>${head.join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table></section>`,
  ].join('\n');
}

/** The value, with its interval when the text allows more than one. */
function figureValue(claim: Claim): string {
  const exact = claim.kind === 'date' ? claim.low === claim.high : claim.low === claim.value && claim.high === claim.value;
  const qualifier = claim.qualifier === 'exact' ? '' : ` (${claim.qualifier})`;
  return `= ${valueText(claim)}${exact ? '' : ` [${intervalText(claim)}]`}${qualifier}`;
}

// ---- Style and script ---------------------------------------------------------------------------

const SEVERITY_COLOURS: Record<Severity, string> = { error: '#c62828', warning: '#b26a00', info: '#1565c0' };
const KIND_COLOURS: Record<ClaimKind, string> = {
  count: '#cfe3ff', percent: '#ffdcb0', money: '#c6efc6', quantity: '#e3d4ff', fraction: '#ffd0dc', date: '#fff1a0', duration: '#c4efea',
};

const CSS = [
  'body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:0 1rem 4rem;color:#1a1a1a;background:#fff}',
  'header{border-bottom:1px solid #ddd;padding-bottom:.5rem}',
  'h1{font-size:1.4rem;margin:.8rem 0 .2rem}h2{font-size:1.15rem;margin:1.6rem 0 .2rem}h3{font-size:1rem;margin:.6rem 0 .2rem}',
  '.summary{font-weight:600;margin:.2rem 0}.summary.ok{color:#2e7d32}.summary.neutral{color:#555}',
  '.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:.4rem 0}',
  '.meta{color:#666;margin:0}small{color:#666;font-weight:normal}',
  '.text{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #e2e2e2;border-radius:4px;padding:.8rem;background:#fcfcfc}',
  '.claim{border-radius:3px;padding:0 1px}',
  ...KINDS.map((k) => `.k-${k}{background:${KIND_COLOURS[k]}}`),
  'mark.finding{background:none;color:inherit;text-decoration:underline wavy;text-decoration-thickness:1.5px;text-underline-offset:3px}',
  ...(['error', 'warning', 'info'] as const).map((s) => `.sev-${s}{color:${SEVERITY_COLOURS[s]}}mark.sev-${s}{text-decoration-color:${SEVERITY_COLOURS[s]}}`),
  '.findings ol{margin:.2rem 0;padding-left:1.5rem}.finding-item{margin:.2rem 0}.finding-item a.goto{color:#1a1a1a}',
  '.severity{font-weight:600;text-transform:uppercase;font-size:.75rem}',
  '.rule,.places{color:#666;font-size:.85rem}.ok{color:#2e7d32}',
  '.figures-table{border-collapse:collapse;width:100%}.figures-table th,.figures-table td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}',
  '.figures-table ul{list-style:none;margin:0;padding:0}.value{color:#555;font-size:.85rem}',
  '.errors{color:#c62828}',
  '.flash{animation:flash 1.2s ease-out}',
  '@keyframes flash{0%,40%{outline:3px solid #ff9800;background-color:#ffe0a0}100%{outline:3px solid transparent}}',
].join('\n');

// Scrolls the target of a finding or figure link into view and flashes it; the href alone already jumps.
const SCRIPT = `
document.addEventListener('click', function (event) {
  var link = event.target instanceof Element ? event.target.closest('a[data-target]') : null;
  var target = link && document.getElementById(link.getAttribute('data-target'));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.classList.remove('flash');
  void target.offsetWidth;
  target.classList.add('flash');
  setTimeout(function () { target.classList.remove('flash'); }, 1300);
});
`;
