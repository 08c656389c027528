/*
 * The search dialog's opener, on every page (part of the shell script,
 * src/scripts/shell.ts): the button and the shortcut open it, Escape and the
 * backdrop close it, and the search code itself (src/scripts/search-ui.ts)
 * loads the first time it opens. Closing gives the focus back to what had it before: the browser does that
 * for a modal dialog, as the dialog closes.
 */
import { isSearchShortcut, isTypingTarget } from '../lib/search-shortcut';

const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const panel = dialog?.querySelector<HTMLElement>('[data-search-panel]');
const input = panel?.querySelector<HTMLInputElement>('[data-search-input]');
/** Whether the search code was asked for: it loads once, the first time the dialog opens. */
let searchAsked = false;
/** Whether Enter was pressed in the box before the search code came: its first result opens once it has. */
let entered = false;

function open(): void {
  if (!dialog || !panel || !input || dialog.open) return;
  dialog.showModal();
  input.focus();
  input.select();
  loadSearch();
}

/**
 * Loads the search code, once. When it cannot come (offline, or a newer deploy replaced the file), the dialog
 * says so, and the next open or the next keystroke asks again (under a new address: src/build/preload-helper.ts).
 */
function loadSearch(): void {
  if (searchAsked || !dialog || !panel) return;
  searchAsked = true;
  void import('./search-ui').then(
    // A result on this very page only scrolls it: close the dialog so the reader sees it.
    (search) =>
      search.attachSearch(
        panel,
        import.meta.env.BASE_URL,
        {
          // The browser gives the focus back to the opener as the dialog closes, before the result takes it.
          onOpen: () => dialog.close(),
        },
        entered,
      ),
    () => {
      searchAsked = false;
      const status = panel.querySelector<HTMLElement>('[data-search-status]');
      if (status) status.textContent = status.dataset.unavailable ?? '';
    },
  );
}

if (button && dialog) {
  button.addEventListener('click', open);
  // A click on the backdrop (outside the panel) or on the close button closes the dialog (one listener for both: the
  // bytes it saves on every page pay for keeping an early Enter, below).
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog || (event.target as Element).closest('[data-search-close]')) dialog.close();
  });
  // Typing asks for the search code again if it could not come; once it has, it answers the typing itself.
  input?.addEventListener('input', loadSearch);
  // One Escape closes, as the panel's footer says (in a search box the browser would first clear it). An Enter
  // before the search code came is kept for it (once it has, it answers Enter itself, and this is not read again).
  input?.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    } else entered ||= event.key === 'Enter';
  });
  document.addEventListener('keydown', (event) => {
    if (isSearchShortcut(event) && !isTypingTarget(event.target) && !dialog.open) {
      event.preventDefault();
      open();
    }
  });
}
