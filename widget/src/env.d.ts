/** Vite's `?inline` CSS import: the stylesheet as a string, injected into the widget's shadow root. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** Vite's `?worker&url` import: the URL of the separately built worker script. */
declare module '*?worker&url' {
  const url: string;
  export default url;
}
