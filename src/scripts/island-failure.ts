/*
 * Shows the notice before an island whose code could not load (src/components/IslandFailure.astro). The
 * first notice shown is an alert, so a screen reader says it once, not once for each of 16 lists.
 */
document.addEventListener('astro:hydration-error', (event) => {
  const island = event.target as HTMLElement;
  let note = island.previousElementSibling as HTMLElement | null;
  // Astro writes its island runtime (a style, scripts) just before the first island of a page.
  while (note?.localName === 'script' || note?.localName === 'style') note = note.previousElementSibling as HTMLElement;
  const failed = note?.dataset.islandFailed;
  if (!note || !failed) return;
  if (!document.querySelector('[data-island-failed]:not([hidden])')) note.setAttribute('role', 'alert');
  note.hidden = false;
  island.classList.add(failed === 'hide' ? 'island-hidden' : 'island-failed');
});
