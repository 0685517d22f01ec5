import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'ftcost on VitePress',
  // A <script> in a .md page breaks the build (VitePress compiles Markdown as a Vue component): load it from head.
  head: [['script', { src: '/ftcost/ftcost-widget.iife.js', defer: '' }]],
  // Without this Vue's server render replaces <ftcost-calculator> with <!----> (a hydration mismatch).
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ftcost-') } } },
  themeConfig: { nav: [{ text: 'Other page', link: '/other' }] },
});
