/*
 * The browser side of the Preact islands: hydrates an island Astro rendered on the server. Astro calls it
 * once per island, with the component, its props and its slots (the server's HTML of what the page put
 * inside the island: the career ladder's quotes).
 *
 * @astrojs/preact's own client also revives Preact signals passed as props, with a lazy chunk of
 * @preact/signals for them. No island here takes one: their props are plain data. Without that code every
 * planner page loads about 0.25 KB gzip less (docs/performance-log.md). An island given a signal fails the
 * build (preact-server.ts), rather than hydrating here without it: pass data as props instead, or go back to
 * @astrojs/preact's client in preact-islands.ts.
 */
import { Component, type ComponentType, h, hydrate, render } from 'preact';
import { guardAgainstFraming } from '../browser/frame';

// Before the first island comes alive: inside another site's frame, their controls are turned off.
guardAgainstFraming();

type Props = Record<string, unknown>;

/** A slot's HTML as the server rendered it, in the element Astro's islands expect (as @astrojs/preact's). */
const Slot = ({ value, name }: { value: string; name?: string }) =>
  value ? h('astro-slot', { name, dangerouslySetInnerHTML: { __html: value } }) : null;
Slot.shouldComponentUpdate = () => false;

export default (element: HTMLElement) =>
  async (Island: ComponentType<Props>, props: Props, slots: Record<string, string>, { client }: { client: string }) => {
    // Astro drops `ssr` once an island is hydrated; it may call again when the island's props change.
    if (!element.hasAttribute('ssr')) return;
    const { default: children, ...named } = slots;
    for (const [name, value] of Object.entries(named)) props[name] = h(Slot, { value, name });
    // An island whose render throws once it is alive (a defect, or the browser failing under it) goes back to
    // what the server rendered, its controls disabled, and its notice says so (src/scripts/island-failure.ts)
    // as when its code cannot load: else it stays as the error left it, clicks do nothing, and nothing is said.
    // What the reader did before is in the stores, which save without the island.
    const html = element.innerHTML;
    let failed = false;
    class Guard extends Component {
      override componentDidCatch(error: unknown) {
        console.error(error);
        failed = true;
        this.forceUpdate();
        element.dispatchEvent(new Event('astro:hydration-error', { bubbles: true }));
      }
      override render() {
        return failed ? h(Slot, { value: html }) : island;
      }
    }
    const island = h(Island, props, children === undefined ? undefined : h(Slot, { value: children }));
    if (client === 'only') {
      element.innerHTML = '';
      render(h(Guard, null), element);
    } else {
      hydrate(h(Guard, null), element);
    }
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
