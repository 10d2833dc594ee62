/**
 * The sidenote page's one script, a progressive enhancement: on wide screens it lifts each
 * margin note from where the float layout left it (below the block that calls it) up to the
 * line of its first call, but never above the end of the note before it, so notes stay apart.
 * It only ever moves a note up (relative positioning, so nothing else moves), and without it
 * every note is still in the margin, in order, at or below its call. On narrow screens it
 * leaves the notes under their paragraphs.
 */
export const sidenotePlacementScript = `<script>
(() => {
  const wide = matchMedia("(min-width: 62rem)");
  const gap = 8;
  const place = () => {
    const notes = [...document.querySelectorAll("aside.sidenote")];
    for (const note of notes) note.style.top = "";
    if (!wide.matches) return;
    const range = document.createRange();
    const boxes = notes.map((note) => {
      const call = document.getElementById(note.id.replace(/^fn-/, "fnref-"));
      if (call) range.selectNodeContents(call);
      const box = note.getBoundingClientRect();
      return { top: box.top, height: box.height, callTop: call ? range.getBoundingClientRect().top : box.top };
    });
    let previousBottom = -Infinity;
    notes.forEach((note, i) => {
      const { top, height, callTop } = boxes[i];
      const shift = Math.min(0, Math.max(callTop, previousBottom + gap) - top);
      note.style.top = shift ? shift + "px" : "";
      previousBottom = top + shift + height;
    });
  };
  place();
  addEventListener("load", place);
  addEventListener("resize", place);
  wide.addEventListener("change", place);
  document.fonts?.ready.then(place);
})();
</script>`;
