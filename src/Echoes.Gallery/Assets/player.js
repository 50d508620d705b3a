// The work page's time-lapse: a video the engine rendered. It starts by itself (muted) only for visitors who have not
// asked for reduced motion; they see its poster, the finished painting, until they press play. A time-lapse still being
// made is asked after every few seconds and swapped in (the server's own markup) when it is ready.
"use strict";
(() => {
  const section = document.getElementById("timelapse");
  if (!section) return;
  const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function start() {
    const video = document.getElementById("timelapse-video");
    if (!video) return;
    video.dataset.autoplay = still ? "off" : "on";
    if (!still) video.play().catch(() => { /* the browser refused: the poster and the controls stay */ });
  }

  async function follow(current) {
    const t = await (await fetch(current.dataset.api)).json().catch(() => ({ status: "queued" }));
    if (t.status === "queued" || t.status === "rendering") { setTimeout(() => follow(current), 3000); return; }
    const page = new DOMParser().parseFromString(await (await fetch(location.pathname)).text(), "text/html");
    const fresh = page.getElementById("timelapse");
    if (fresh) { current.replaceWith(document.importNode(fresh, true)); start(); }
  }

  if (section.dataset.api) follow(section); else start();
})();
