/*
 * The menu button on narrow screens (src/components/MenuButton.astro): opens and closes the sidebar, and Escape
 * closes it and gives the focus back to the button. Part of the handbook pages' one script
 * (src/scripts/handbook-shell.ts).
 */
const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
const nav = document.getElementById('site-nav');
if (button && nav) {
  const setOpen = (open: boolean): void => {
    button.setAttribute('aria-expanded', String(open));
    document.documentElement.classList.toggle('nav-open', open);
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });
}
