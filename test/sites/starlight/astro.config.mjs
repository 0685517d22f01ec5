import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [
    starlight({
      title: 'ftcost on Starlight',
      // The widget's script on every page; the element itself goes in the Markdown as plain HTML.
      head: [{ tag: 'script', attrs: { src: '/ftcost/ftcost-widget.iife.js', defer: true } }],
    }),
  ],
});
