// The work page's time-lapse player: replays the plan's strokes in order on a canvas (about twelve seconds), with a
// slider to scrub to any stroke; when it ends, the server's full render (texture and relief) is shown again.
"use strict";
(() => {
  const play = document.getElementById("play"), scrub = document.getElementById("scrub");
  const img = document.getElementById("painting"), canvas = document.getElementById("timelapse");
  if (!play || !canvas) return;
  let plan = null, frame = 0, shown = 0;
  const load = async () => plan ??= await (await fetch(play.dataset.plan)).json();
  const side = () => Math.min(1600, Math.max(img.naturalWidth || 1024, img.naturalHeight || 1024));

  function paintTo(n) {
    const { ctx, scale } = EchoesStrokes.ground(canvas, plan.width, plan.height, plan.background, side());
    for (let i = 0; i < n; i++) EchoesStrokes.draw(ctx, plan.strokes[i], scale);
    shown = n;
    return { ctx, scale };
  }

  function show(live) { canvas.hidden = !live; img.hidden = live; }

  play.addEventListener("click", async () => {
    if (frame) { cancelAnimationFrame(frame); frame = 0; play.textContent = "▶ Time-lapse"; return; }
    await load();
    const { ctx, scale } = paintTo(0);
    show(true);
    play.textContent = "❚❚ Pause";
    const perFrame = Math.max(1, Math.ceil(plan.strokes.length / 720));
    const step = () => {
      const end = Math.min(plan.strokes.length, shown + perFrame);
      for (; shown < end; shown++) EchoesStrokes.draw(ctx, plan.strokes[shown], scale);
      scrub.value = shown;
      if (shown < plan.strokes.length) frame = requestAnimationFrame(step);
      else { frame = 0; play.textContent = "▶ Time-lapse"; show(false); }
    };
    frame = requestAnimationFrame(step);
  });

  scrub.addEventListener("input", async () => {
    if (frame) { cancelAnimationFrame(frame); frame = 0; play.textContent = "▶ Time-lapse"; }
    await load();
    const n = Number(scrub.value);
    if (n >= plan.strokes.length) { show(false); return; }
    paintTo(n);
    show(true);
  });
})();
