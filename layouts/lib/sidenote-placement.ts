/**
 * The sidenote page's one script, a progressive enhancement: on wide screens it lifts each
 * margin note from where the float layout left it (below the block that calls it) up to the
 * line of its first call, but never above the end of the note before it, so notes stay apart.
 * It only ever moves a note up (relative positioning, so nothing else moves), and without it
 * every note is still in the margin, in order, at or below its call. On narrow screens it
 * leaves the notes under their paragraphs, as it leaves a note too long for the margin.
 */
export const sidenotePlacementScript = `<script>
(() => {
  const wide = matchMedia("(min-width: 62rem)");
  const gap = 8;
  const place = () => {
    const notes = [...document.querySelectorAll("aside.sidenote:not(.sidenote-in-text)")];
    for (const note of notes) note.style.top = "";
    if (!wide.matches) return;
    const range = document.createRange();
    let previousBottom = -Infinity;
    // One note after the other: a call inside a note that was just lifted has moved with it.
    // Lifting a note moves nothing else, so each note's own top is still the float layout's.
    for (const note of notes) {
      const call = document.getElementById(note.id.replace(/^fn-/, "fnref-"));
      const box = note.getBoundingClientRect();
      if (call) range.selectNodeContents(call);
      const callTop = call ? range.getBoundingClientRect().top : box.top;
      const shift = Math.min(0, Math.max(callTop, previousBottom + gap) - box.top);
      note.style.top = shift ? shift + "px" : "";
      previousBottom = box.top + shift + box.height;
    }
  };
  place();
  addEventListener("load", place);
  addEventListener("resize", place);
  wide.addEventListener("change", place);
  document.fonts?.ready.then(place);
})();
</script>`;
