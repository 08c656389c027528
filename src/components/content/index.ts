import Checklist from './Checklist.astro';
import ContentLink from './ContentLink.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import ManagerTool from './ManagerTool.astro';
import SiteNote from './SiteNote.astro';
import Table from './Table.astro';
import VideoLink from './VideoLink.astro';

/** Components handbook MDX renders with: Markdown elements it overrides, and the ones pages may use by name. */
export const contentComponents = {
  a: ContentLink,
  h2: H2,
  h3: H3,
  h4: H4,
  table: Table,
  Table,
  Checklist,
  ManagerTool,
  VideoLink,
  SiteNote,
};
