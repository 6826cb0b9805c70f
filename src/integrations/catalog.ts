import type { AstroIntegration } from 'astro';
import { catalogDir } from '../catalog/folder.ts';
import { invalidateSite } from '../site/load.ts';

/** In `astro dev`, reloads the catalog and the open page whenever a catalog file changes. */
export function catalogIntegration(): AstroIntegration {
  return {
    name: 'mcp-tool-atlas:catalog',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const dir = catalogDir();
        server.watcher.add(dir);
        const onChange = (file: string) => {
          if (!file.startsWith(dir)) return;
          invalidateSite();
          logger.info(`catalog changed (${file.slice(dir.length + 1)}): reloading`);
          // Astro caches getStaticPaths() results; the event its content layer sends on a
          // change is what clears that cache in every server-side environment.
          for (const [name, environment] of Object.entries(server.environments)) {
            if (name !== 'client') environment.hot.send('astro:content-changed', {});
          }
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
