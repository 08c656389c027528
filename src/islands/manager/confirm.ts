/*
 * The shared confirm dialog as the toolkit loads it, on demand (useConfirm in
 * ./parts.tsx): through a module of its own, so the dialog's shared chunk,
 * which other pages load up front, is not turned into one loaded on demand.
 */
export { ConfirmDialog } from '../ConfirmDialog';
