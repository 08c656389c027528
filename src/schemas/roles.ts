/** Who a task or list is for. A plain list, so browser code can check roles without the content schemas. */
export const ROLES = ['new-csm', 'manager', 'buddy', 'intern', 'mentor'] as const;
export type RoleName = (typeof ROLES)[number];

/** Shape of the stable ids of programs, sections and tasks. */
export const ITEM_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ITEM_ID_MAX_LENGTH = 80;
