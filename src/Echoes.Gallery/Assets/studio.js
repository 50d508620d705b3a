// The studio: sends the photo, scene or story with the chosen style and mood, then shows the engine's own render of the
// painting as the server streams it (JPEG frames over server-sent events), the finished render when done, and offers to
// hang the painting.
"use strict";
(() => {
  const form = document.getElementById("studio-form");
  if (!form) return;
  const easel = document.getElementById("easel"), status = document.getElementById("status");
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

  // Frames are the engine's render of the strokes so far; a frame that differs from the one before counts as a change.
  function watch(started) {
    let frames = 0, changes = 0, last = "";
    easel.dataset.strokes = "0"; easel.dataset.frames = "0"; easel.dataset.changes = "0"; easel.dataset.state = "painting";
    status.textContent = "Waiting for an easel…";
    const events = new EventSource(started.frames);
    events.addEventListener("frame", e => {
      const f = JSON.parse(e.data);
      frames++;
      if (f.image !== last) changes++;
      last = f.image;
      easel.src = f.image; easel.hidden = false;
      easel.dataset.strokes = String(f.strokes); easel.dataset.frames = String(frames); easel.dataset.changes = String(changes);
      status.textContent = `Painting… ${f.strokes.toLocaleString("en")} strokes`;
    });
    events.addEventListener("done", e => {
      events.close();
      const d = JSON.parse(e.data);
      easel.onload = () => { easel.onload = null; easel.dataset.state = "done"; };
      easel.src = d.image; easel.hidden = false;
      easel.dataset.strokes = String(d.strokes);
      status.textContent = `Done: ${d.strokes.toLocaleString("en")} strokes.`;
      hang.action = `/studio/${started.id}/hang`;
      hang.hidden = false; button.disabled = false;
    });
    events.addEventListener("error", e => {
      if (!e.data) return; // a dropped connection: EventSource reconnects and is sent the newest frame
      events.close();
      status.textContent = JSON.parse(e.data).error;
      easel.dataset.state = "failed"; button.disabled = false;
    });
  }
})();
