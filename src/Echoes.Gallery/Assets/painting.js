// A work still being painted: draws its strokes as they land (from whichever worker paints it, through any server),
// then reloads the page to show the finished work.
"use strict";
(() => {
  const canvas = document.getElementById("live"), status = document.getElementById("painting-status");
  if (!canvas || canvas.dataset.state === "failed") return;
  let ctx = null, scale = 1;
  const events = new EventSource(canvas.dataset.events);
  events.addEventListener("begin", e => {
    const b = JSON.parse(e.data);
    ({ ctx, scale } = EchoesStrokes.ground(canvas, b.width, b.height, b.background, 1024));
  });
  events.addEventListener("strokes", e => {
    for (const s of JSON.parse(e.data)) EchoesStrokes.draw(ctx, s, scale);
    canvas.dataset.strokes = e.lastEventId;
    status.textContent = `Painting… ${Number(e.lastEventId).toLocaleString("en")} strokes`;
  });
  events.addEventListener("done", () => { events.close(); location.reload(); });
  events.addEventListener("error", e => {
    if (!e.data) return; // a dropped connection: EventSource reconnects and resumes
    events.close();
    status.textContent = JSON.parse(e.data).error;
  });
})();
