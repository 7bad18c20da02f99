// Measures, in headless Chromium, whether each Mermaid journey task/section label fits its box.
// Usage: node measure-svg.mjs mermaid.svg [puppeteer.json]  -> JSON on stdout
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import path from 'node:path';

const svgPath = path.resolve(process.argv[2] ?? 'mermaid.svg');
const cfg = JSON.parse(fs.readFileSync(process.argv[3] ?? 'puppeteer.json', 'utf8'));
const browser = await puppeteer.launch({ ...cfg, headless: true });
const page = await browser.newPage();
await page.goto('file://' + svgPath);
await page.evaluate(() => document.fonts.ready);
const result = await page.evaluate(() => {
  // Show the SVG at its natural size (1 user unit = 1 CSS px) so both measures share units.
  const svg = document.querySelector('svg');
  const vb = svg.viewBox.baseVal;
  svg.style.maxWidth = 'none';
  svg.setAttribute('width', vb.width);
  svg.setAttribute('height', vb.height);
  const tol = 0.5; // px
  const out = [];
  const groups = [...document.querySelectorAll('rect.task, rect.journey-section')]; // task boxes and section headers
  for (const rect of groups) {
    const kind = rect.classList.contains('task') ? 'task' : 'section';
    // The label belongs to the <switch> right after the rect (after actor circles).
    let sw = rect.nextElementSibling;
    while (sw && sw.tagName !== 'switch') sw = sw.nextElementSibling;
    if (!sw) continue;
    const label = sw.querySelector('foreignObject div.label');
    const svgText = sw.querySelector('text');
    const r = rect.getBoundingClientRect();
    const rbox = { x: r.left, y: r.top, w: r.width, h: r.height };
    // (a) What Chromium actually paints: the HTML label in the foreignObject. Union of its line boxes.
    const range = document.createRange();
    range.selectNodeContents(label);
    const rects = [...range.getClientRects()];
    const u = rects.reduce((a, b) => ({ l: Math.min(a.l, b.left), t: Math.min(a.t, b.top), r: Math.max(a.r, b.right), b: Math.max(a.b, b.bottom) }),
      { l: Infinity, t: Infinity, r: -Infinity, b: -Infinity });
    const lines = new Set(rects.map(q => Math.round(q.top))).size;
    const html = { w: u.r - u.l, h: u.b - u.t, lines,
      overflowX: Math.max(0, r.left - u.l, u.r - r.right), overflowY: Math.max(0, r.top - u.t, u.b - r.bottom) };
    html.fits = html.overflowX <= tol && html.overflowY <= tol;
    // Actor dots drawn on the task box's top edge: do they cover painted text?
    let covered = 0;
    for (let el = rect.nextElementSibling; el && el.tagName === 'circle'; el = el.nextElementSibling) {
      const c = el.getBoundingClientRect();
      if (rects.some(q => q.left < c.right && q.right > c.left && q.top < c.bottom && q.bottom > c.top)) covered++;
    }
    html.actorDotsOverText = covered;
    // (b) The SVG <text> fallback (what non-HTML SVG consumers draw: Inkscape, librsvg, many viewers):
    //     a copy placed outside the <switch> so it is rendered, then getBBox() in user units.
    const clone = svgText.cloneNode(true);
    rect.ownerSVGElement.appendChild(clone);
    const bb = clone.getBBox();
    clone.remove();
    const rx = +rect.getAttribute('x'), ry = +rect.getAttribute('y'), rw = +rect.getAttribute('width'), rh = +rect.getAttribute('height');
    const fb = { w: bb.width, h: bb.height,
      overflowX: Math.max(0, rx - bb.x, bb.x + bb.width - (rx + rw)), overflowY: Math.max(0, ry - bb.y, bb.y + bb.height - (ry + rh)) };
    fb.fits = fb.overflowX <= tol && fb.overflowY <= tol;
    out.push({ kind, text: label.textContent, box: { w: rw, h: rh }, html, svgTextFallback: fb });
  }
  return out;
});
await browser.close();
const round = o => JSON.parse(JSON.stringify(o, (k, v) => typeof v === 'number' ? Math.round(v * 10) / 10 : v));
console.log(JSON.stringify(round(result), null, 1));
