/** Everything the embed page runs: the site's chart interactions and self-sizing. */
import '../scripts/interactions.ts';
import './child.ts';
