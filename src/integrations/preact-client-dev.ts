// In `npm run dev`, Preact's warnings (preact/debug) come first, as @astrojs/preact's dev client has them.
import 'preact/debug';

export { default } from './preact-client';
