/** Entry of the search page's script (bundled by esbuild; see src/pages/search/index.astro). */
import { runSearch } from './search.ts';

runSearch();
