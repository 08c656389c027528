import Checklist from './Checklist.astro';
import ManagerTool from './ManagerTool.astro';
import SiteNote from './SiteNote.astro';
import Table from './Table.astro';
import VideoLink from './VideoLink.astro';

/**
 * Components handbook MDX pages may use by name. Markdown's own headings,
 * links and tables need none: the site's Markdown plugin shapes them
 * (src/markdown/handbook-markdown.ts), in `.md` and `.mdx` alike.
 */
export const contentComponents = { Table, Checklist, ManagerTool, VideoLink, SiteNote };
