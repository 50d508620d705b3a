// A work still being painted: shows the engine's own render of it as the strokes land (frames streamed by the server,
// from whichever worker paints it), then reloads the page to show the finished work.
"use strict";
(() => {
  const live = document.getElementById("live"), status = document.getElementById("painting-status");
  if (!live || live.dataset.state === "failed") return;
  const frames = new EventSource(live.dataset.frames);
  frames.addEventListener("frame", e => {
    const f = JSON.parse(e.data);
    live.src = f.image; live.hidden = false;
    live.dataset.strokes = String(f.strokes);
    status.textContent = `Painting… ${f.strokes.toLocaleString("en")} strokes`;
  });
  frames.addEventListener("done", () => { frames.close(); location.reload(); });
  frames.addEventListener("error", e => {
    if (!e.data) return; // a dropped connection: EventSource reconnects
    frames.close();
    status.textContent = JSON.parse(e.data).error;
  });
})();
