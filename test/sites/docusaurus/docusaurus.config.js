// @ts-check
/** @type {import('@docusaurus/types').Config} */
export default {
  title: 'ftcost on Docusaurus',
  url: 'https://example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  // On every page's first load: the element is then defined once, and each page that client-side navigation renders
  // later upgrades its own <ftcost-calculator> (a <script> inside MDX would never run after such a navigation).
  scripts: [{ src: '/ftcost/ftcost-widget.iife.js', defer: true }],
  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false, pages: false }]],
  themeConfig: { navbar: { items: [{ to: '/other', label: 'Other page' }] } },
};
