/** True in `astro build`, where the Pagefind integration writes the index; false in `astro dev`. */
declare const __SEARCH_INDEX__: boolean;
