// The studio: sends the photo, scene or story with the chosen style and mood, then draws the strokes as the server streams
// them (server-sent events), swaps in the server's render when done, and offers to hang the painting.
"use strict";
(() => {
  const form = document.getElementById("studio-form");
  if (!form) return;
  const canvas = document.getElementById("easel"), status = document.getElementById("status");
  const hang = document.getElementById("hang-form"), button = document.getElementById("paint");
  const token = document.querySelector("meta[name=csrf-token]").content;

  form.querySelectorAll("input[name=from]").forEach(r => r.addEventListener("change", () =>
    form.querySelectorAll("[data-from]").forEach(d => d.hidden = d.dataset.from !== form.from.value)));
  form.querySelectorAll(".moods input").forEach(r => r.addEventListener("input", () => r.nextElementSibling.textContent = r.value));

  function mood() {
    return [...form.querySelectorAll(".moods input")].filter(r => Number(r.value) > 0)
      .map(r => `${r.name.slice(5)}:${r.value}`).join(",");
  }

  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const data = new FormData();
    if (form.from.value === "photo") {
      if (!form.image.files.length) { status.textContent = "Choose a photo first."; return; }
      data.append("image", form.image.files[0]);
    } else if (form.from.value === "story") {
      if (form.story.files.length) data.append("story", form.story.files[0]);
      else data.append("storyText", form.storyText.value);
    } else if (form.scene.files.length) data.append("scene", form.scene.files[0]);
    else data.append("sceneText", form.sceneText.value);
    data.append("style", form.style.value);
    if (mood()) data.append("mood", mood());
    if (form.strokes.value) data.append("strokes", form.strokes.value);
    if (form.focus.value.trim()) data.append("focus", form.focus.value.trim());
    button.disabled = true; hang.hidden = true;
    status.textContent = "Sending…";
    const res = await fetch("/api/studio", { method: "POST", body: data, headers: { "X-CSRF-TOKEN": token } });
    const body = await res.json().catch(() => ({ error: `the server answered ${res.status}` }));
    if (!res.ok) { status.textContent = body.error; button.disabled = false; return; }
    watch(body);
  });

  function watch(started) {
    let ctx = null, scale = 1, count = 0, batches = 0;
    canvas.dataset.strokes = "0"; canvas.dataset.batches = "0"; canvas.dataset.state = "painting";
    status.textContent = "Waiting for an easel…";
    const events = new EventSource(started.events);
    events.addEventListener("begin", e => {
      const b = JSON.parse(e.data);
      ({ ctx, scale } = EchoesStrokes.ground(canvas, b.width, b.height, b.background, 1024));
    });
    events.addEventListener("strokes", e => {
      for (const s of JSON.parse(e.data)) EchoesStrokes.draw(ctx, s, scale);
      count = Number(e.lastEventId); batches++;
      canvas.dataset.strokes = String(count); canvas.dataset.batches = String(batches);
      status.textContent = `Painting… ${count.toLocaleString("en")} strokes`;
    });
    events.addEventListener("done", e => {
      events.close();
      const d = JSON.parse(e.data), img = new Image();
      img.onload = () => {
        ctx.globalAlpha = 1; ctx.globalCompositeOperation = "source-over";
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        canvas.dataset.state = "done";
      };
      img.src = d.image;
      status.textContent = `Done: ${d.strokes.toLocaleString("en")} strokes.`;
      hang.action = `/studio/${started.id}/hang`;
      hang.hidden = false; button.disabled = false;
    });
    events.addEventListener("error", e => {
      if (!e.data) return; // a dropped connection: EventSource reconnects and resumes from the last batch
      events.close();
      status.textContent = JSON.parse(e.data).error;
      canvas.dataset.state = "failed"; button.disabled = false;
    });
  }
})();
