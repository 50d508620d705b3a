// Draws Echoes strokes (the plan format's stroke objects) on a 2D canvas: a live, approximate preview of the
// engine's renderer. Outlines follow the Catmull-Rom spine with the stroke's tapers; colours are linear RGB, turned
// to sRGB; strokes composite in sRGB space like the engine does; glazes multiply. Texture and relief are left to the
// server's render, which replaces the preview when the painting is done.
"use strict";
window.EchoesStrokes = (() => {
  const enc = v => { v = Math.min(1, Math.max(0, v)); return v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055; };
  const css = c => `rgb(${Math.round(enc(c[0]) * 255)},${Math.round(enc(c[1]) * 255)},${Math.round(enc(c[2]) * 255)})`;

  function spine(p) {
    const n = p.length / 2, out = [];
    const at = i => { i = Math.max(0, Math.min(n - 1, i)); return [p[2 * i], p[2 * i + 1]]; };
    for (let i = 0; i < n - 1; i++) {
      const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
      for (let k = 0; k < 8; k++) {
        const t = k / 8, t2 = t * t, t3 = t2 * t;
        const f = j => 0.5 * (2 * p1[j] + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2 + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3);
        out.push([f(0), f(1)]);
      }
    }
    out.push(at(n - 1));
    return out;
  }

  function profile(t, s) {
    const [a, b] = s.taper || [0.15, 0.25];
    if (s.brush === "flat" || s.brush === "knife") return 1;
    const up = a > 0 ? Math.min(1, t / a) : 1, down = b > 0 ? Math.min(1, (1 - t) / b) : 1;
    return Math.max(0.15, Math.sqrt(Math.min(up, down)));
  }

  function draw(ctx, s, scale) {
    ctx.globalAlpha = s.opacity ?? 1;
    ctx.globalCompositeOperation = s.brush === "glaze" ? "multiply" : "source-over";
    ctx.fillStyle = css(s.color);
    const p = s.points, w = s.width * scale;
    if (s.brush === "splatter" || p.length === 2) {
      ctx.beginPath();
      ctx.arc(p[0] * scale, p[1] * scale, Math.max(0.5, w / 2), 0, 2 * Math.PI);
      ctx.fill();
      return;
    }
    const pts = spine(p).map(([x, y]) => [x * scale, y * scale]);
    const len = [0];
    for (let i = 1; i < pts.length; i++) len.push(len[i - 1] + Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]));
    const total = len[len.length - 1] || 1, left = [], right = [];
    for (let i = 0; i < pts.length; i++) {
      const a = pts[Math.max(0, i - 1)], b = pts[Math.min(pts.length - 1, i + 1)];
      let dx = b[0] - a[0], dy = b[1] - a[1];
      const d = Math.hypot(dx, dy) || 1; dx /= d; dy /= d;
      const h = Math.max(0.35, w / 2 * profile(len[i] / total, s));
      left.push([pts[i][0] - dy * h, pts[i][1] + dx * h]);
      right.push([pts[i][0] + dy * h, pts[i][1] - dx * h]);
    }
    ctx.beginPath();
    ctx.moveTo(left[0][0], left[0][1]);
    for (const q of left) ctx.lineTo(q[0], q[1]);
    for (const q of right.reverse()) ctx.lineTo(q[0], q[1]);
    ctx.closePath();
    ctx.fill();
  }

  function ground(canvas, width, height, background, maxSide) {
    const scale = maxSide / Math.max(width, height);
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d");
    ctx.globalAlpha = 1; ctx.globalCompositeOperation = "source-over";
    ctx.fillStyle = css(background);
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    return { ctx, scale };
  }

  return { draw, ground, css };
})();
