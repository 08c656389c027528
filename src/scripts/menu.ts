/*
 * The menu button on narrow screens (src/components/MenuButton.astro): opens and closes the sidebar, and Escape
 * closes it and gives the focus back to the button. Part of the handbook pages' one script
 * (src/scripts/handbook-shell.ts).
 */
const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
if (button) {
  // The button's `aria-expanded` (through ARIA reflection) is the menu's state, and the sidebar's styles follow it.
  // Both need a browser of late 2023 or newer (Firefox 121): an older one shows no button (MenuButton.astro).
  button.addEventListener('click', () => {
    button.ariaExpanded = String(button.ariaExpanded !== 'true');
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.ariaExpanded === 'true') {
      button.ariaExpanded = 'false';
      button.focus();
    }
  });
}
